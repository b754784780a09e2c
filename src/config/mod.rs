//! The provider's configuration: who they are, how the widget looks, which sections show,
//! and where each topic's course lives.
//!
//! A provider writes it by hand (or with `configure.html`), so every mistake must come back as
//! a sentence with the field's path, and an unknown key with the key they probably meant; one
//! reload should show every problem. A derive stops at the first problem, so reading is two
//! steps: [`validate`] walks the JSON and collects every problem, then serde's derive reads
//! the file, which by then has the shape [`ProviderConfig`] declares.
//!
//! - [`validate`]: every problem of a config text, with its path;
//! - [`checks`]: the field checks it is made of, one sentence each;
//! - [`attributes`]: the element's `lang` and `accent` attributes over the config;
//! - [`contrast`]: WCAG contrast of the provider's colours;
//! - [`reliability`]: the `reliability` block, standard errors measured on the provider's
//!   learners, and the widget's error model from it.

pub mod attributes;
mod checks;
pub mod contrast;
pub mod reliability;
mod validate;

use std::collections::BTreeMap;

use serde::{Deserialize, Deserializer, Serialize};

use crate::model::instrument::{Instrument, InstrumentError};
use crate::model::profile::DEFAULT_THRESHOLD;
use crate::model::uncertainty::ErrorModel;
use crate::paper::Paper;

pub use checks::{hex_colour, is_origin};
pub use reliability::{MEASURED_KEYS, Measured, RELIABILITY_KEYS, Reliability};

/// Languages the widget can speak; the first is the fallback.
pub use crate::strings::CODES as LANGUAGES;

/// The longest text a provider may give, by kind, so that no config can swamp the layout.
pub const MAX_NAME: usize = 120;
/// A course's blurb.
pub const MAX_BLURB: usize = 400;
/// The intro's replacement text.
pub const MAX_INTRO: usize = 1000;
/// Any link.
pub const MAX_URL: usize = 2000;

/// One problem in a config, with the path of the field it is about, such as
/// `topics.project_management.url` (empty for the file as a whole).
pub type ConfigError = crate::checker::Problem;

/// Who the provider is; both are optional.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Provider {
    /// Shown above the intro and at the head of the PDF.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// The provider's own site, always http or https.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
}

/// Colours and shape; each is optional and falls back to the widget's own theme.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Theme {
    /// `#rgb` or `#rrggbb`, kept in lower case.
    #[serde(deserialize_with = "lower_case", skip_serializing_if = "Option::is_none")]
    pub accent: Option<String>,
    /// The text colour, `#rgb` or `#rrggbb`, kept in lower case.
    #[serde(deserialize_with = "lower_case", skip_serializing_if = "Option::is_none")]
    pub text: Option<String>,
    /// The background colour, `#rgb` or `#rrggbb`, kept in lower case.
    #[serde(deserialize_with = "lower_case", skip_serializing_if = "Option::is_none")]
    pub background: Option<String>,
    /// A CSS font-family list.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub font_family: Option<String>,
    /// Corner radius in pixels, 0–32.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub radius: Option<u8>,
}

/// Hex colours are compared and shown in one case, whatever case the provider typed.
fn lower_case<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Option<String>, D::Error> {
    Ok(Option::<String>::deserialize(deserializer)?.map(|colour| colour.to_ascii_lowercase()))
}

/// A provider's instrument goes through [`Instrument::from_value`], the one way every
/// instrument is read, so that its problems come with their paths and its derive is compiled
/// once.
fn custom_instrument<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Option<Instrument>, D::Error> {
    let value = serde_json::Value::deserialize(deserializer)?;
    Instrument::from_value(&value).map(Some).map_err(serde::de::Error::custom)
}

impl Theme {
    /// The CSS custom properties this theme sets, for the widget's container.
    pub fn custom_properties(&self) -> Vec<(&'static str, String)> {
        let mut properties = Vec::new();
        let colours =
            [("--lb-accent", &self.accent), ("--lb-text", &self.text), ("--lb-background", &self.background)];
        for (name, value) in colours {
            if let Some(value) = value {
                properties.push((name, value.clone()));
            }
        }
        if let Some(family) = &self.font_family {
            properties.push(("--lb-font-family", family.clone()));
        }
        if let Some(radius) = self.radius {
            properties.push(("--lb-radius", format!("{radius}px")));
        }
        properties
    }
}

/// A provider's course for one topic.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Course {
    /// The course's name, shown as its link.
    pub title: String,
    /// Always http or https.
    pub url: String,
    /// A sentence or two under the link.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub blurb: Option<String>,
}

/// The provider's courses by topic id, at most one per topic of the instrument.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(transparent)]
pub struct Courses(BTreeMap<String, Course>);

impl Courses {
    /// The course for `topic`, if the provider has one.
    pub fn get(&self, topic: &str) -> Option<&Course> {
        self.0.get(topic)
    }

    /// Sets the course for `topic`, replacing any earlier one.
    pub fn insert(&mut self, topic: String, course: Course) {
        self.0.insert(topic, course);
    }

    /// How many topics have a course.
    pub fn len(&self) -> usize {
        self.0.len()
    }

    /// Whether no topic has a course.
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
}

/// Sections the provider may switch off.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Sections {
    /// The reflection questions on the results page and in the PDF.
    pub reflection: bool,
    /// The Download PDF button.
    pub pdf: bool,
}

impl Default for Sections {
    fn default() -> Sections {
        Sections { reflection: true, pdf: true }
    }
}

/// Where learners may send their result for a trainer's cohort view.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct CohortSettings {
    /// The trainer's email address. With it, the results page offers "Send my result to my
    /// trainer", which opens the learner's own mail program; the widget sends nothing.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub contact: Option<String>,
}

/// Settings for the SCORM package (`cargo xtask dist --scorm`, docs/lms.md), used only when
/// the widget runs under a learning platform. Read by [`read_lms`], not a derive.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize)]
pub struct LmsSettings {
    /// Prints the learner's name, as the platform gives it, at the head of the PDF. Off by
    /// default: a name on a file the learner may pass on is the provider's choice.
    pub name_on_pdf: bool,
}

/// Settings for iframe mode (`embed.html`).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Embed {
    /// The only origin events and height messages are posted to.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub parent_origin: Option<String>,
}

/// A checked provider configuration, in the shape of its JSON file (`web/config.schema.json`
/// describes the same keys). [`ProviderConfig::default`] is the widget with no config.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct ProviderConfig {
    /// Names this configuration, so that saved answers of two providers never mix.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// Who the provider is.
    pub provider: Provider,
    /// The provider's colours and shape.
    pub theme: Theme,
    /// The widget's language (`en`, `de`, …), unless the element's `lang` says otherwise.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub language: Option<String>,
    /// Where a track's index counts as strong, 0–100.
    pub threshold: f64,
    /// Courses by topic id.
    #[serde(rename = "topics")]
    pub courses: Courses,
    /// Replaces the intro's explanation.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub intro: Option<String>,
    /// Which optional sections show.
    pub sections: Sections,
    /// The provider's own statements and competencies, checked like the built-in ones.
    #[serde(deserialize_with = "custom_instrument", skip_serializing_if = "Option::is_none")]
    pub instrument: Option<Instrument>,
    /// Overrides the paper size the learner's locale suggests.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub paper: Option<Paper>,
    /// Settings for iframe mode.
    pub embed: Embed,
    /// Whether answers are kept on the learner's device to resume later.
    pub persistence: bool,
    /// Where learners may send their result for their trainer.
    pub cohort: CohortSettings,
    /// Standard errors measured on the provider's own learners (the cohort page's block),
    /// used for the bands instead of the built-in assumption.
    #[serde(deserialize_with = "reliability::read", skip_serializing_if = "Option::is_none")]
    pub reliability: Option<Reliability>,
    /// Settings for when the widget runs under a learning platform.
    #[serde(deserialize_with = "read_lms")]
    pub lms: LmsSettings,
}

impl Default for ProviderConfig {
    fn default() -> ProviderConfig {
        ProviderConfig {
            id: None,
            provider: Provider::default(),
            theme: Theme::default(),
            language: None,
            threshold: DEFAULT_THRESHOLD,
            courses: Courses::default(),
            intro: None,
            sections: Sections::default(),
            instrument: None,
            paper: None,
            embed: Embed::default(),
            persistence: true,
            cohort: CohortSettings::default(),
            reliability: None,
            lms: LmsSettings::default(),
        }
    }
}

/// `lms` as the walk (validate.rs) has checked it: read from the JSON value rather than by a
/// derive, whose map visitor would grow the first module for one flag.
fn read_lms<'de, D: Deserializer<'de>>(deserializer: D) -> Result<LmsSettings, D::Error> {
    let value = serde_json::Value::deserialize(deserializer)?;
    Ok(LmsSettings {
        name_on_pdf: value.get("name_on_pdf").and_then(serde_json::Value::as_bool).unwrap_or(false),
    })
}

/// Every key the top level and each nested object accept. The JSON Schema lists the same, and
/// a test holds both to the fields of the structs above.
pub const TOP_KEYS: [&str; 15] = [
    "id",
    "provider",
    "theme",
    "language",
    "threshold",
    "topics",
    "intro",
    "sections",
    "instrument",
    "paper",
    "embed",
    "persistence",
    "cohort",
    "reliability",
    "lms",
];
/// The keys of `provider`.
pub const PROVIDER_KEYS: [&str; 2] = ["name", "url"];
/// The keys of `theme`.
pub const THEME_KEYS: [&str; 5] = ["accent", "text", "background", "font_family", "radius"];
/// The keys of each course under `topics`.
pub const COURSE_KEYS: [&str; 3] = ["title", "url", "blurb"];
/// The keys of `sections`.
pub const SECTION_KEYS: [&str; 2] = ["reflection", "pdf"];
/// The keys of `embed`.
pub const EMBED_KEYS: [&str; 1] = ["parent_origin"];
/// The keys of `lms`.
pub const LMS_KEYS: [&str; 1] = ["name_on_pdf"];
/// The keys of `cohort`.
pub const COHORT_KEYS: [&str; 1] = ["contact"];
/// The longest email address a mail system accepts (RFC 5321's path limit, less the brackets).
pub const MAX_EMAIL: usize = 254;

impl ProviderConfig {
    /// Parses and checks a config, returning every problem found.
    ///
    /// ```
    /// use leadership_balance::config::ProviderConfig;
    /// let errors = ProviderConfig::from_json(r##"{"theme": {"acent": "#123456"}}"##).unwrap_err();
    /// assert_eq!(errors[0].to_string(), "theme.acent: unknown key; did you mean `accent`?");
    /// ```
    pub fn from_json(json: &str) -> Result<ProviderConfig, Vec<ConfigError>> {
        let value: serde_json::Value = serde_json::from_str(json).map_err(|e| {
            vec![ConfigError {
                path: String::new(),
                message: format!("this is not valid JSON ({})", checks::syntax(&e)),
            }]
        })?;
        let problems = validate::problems(&value);
        if !problems.is_empty() {
            return Err(problems);
        }
        // The walk has checked every field the derive reads, so this fails only if the two
        // disagree, a bug: the problem then comes back as a sentence without its path. Reading
        // through serde_path_to_error here, for that path, would grow the first module.
        ProviderConfig::deserialize(&value)
            .map_err(|e| vec![ConfigError { path: String::new(), message: e.to_string() }])
    }

    /// The instrument in use: the provider's own, or the built-in one.
    pub fn instrument(&self) -> Result<Instrument, InstrumentError> {
        match &self.instrument {
            Some(instrument) => Ok(instrument.clone()),
            None => Instrument::builtin(),
        }
    }

    /// The widget's error model for `instrument` (the one in use): the `reliability` block's
    /// measured SEM and statement count for each competency it names, by competency id, and
    /// the built-in default for the rest.
    pub fn error_model(&self, instrument: &Instrument) -> ErrorModel {
        match &self.reliability {
            Some(reliability) => reliability.error_model(instrument),
            None => ErrorModel::default_for(instrument),
        }
    }
}

#[cfg(test)]
#[cfg(not(target_arch = "wasm32"))]
mod tests;
