//! The provider's configuration: who they are, how the widget looks, which sections show,
//! and where each topic's course lives.
//!
//! A provider writes it by hand (or with `configure.html`), so every mistake must come back as
//! a sentence with the field's path, and an unknown key with the key they probably meant. To
//! say that, the JSON is walked by hand rather than through a derive: a derive stops at the
//! first problem and knows no paths. Everything is collected, so one reload shows every error.

mod checks;
pub mod contrast;

use std::fmt;

use crate::json::Value;

use crate::model::instrument::Instrument;
use crate::model::profile::DEFAULT_THRESHOLD;
use crate::pdf::Paper;

use checks::{Checker, is_origin};

pub use checks::hex_colour;

/// Languages the widget can speak; the first is the fallback.
pub use crate::strings::CODES as LANGUAGES;

/// The longest text a provider may give, by kind, so that no config can swamp the layout.
pub const MAX_NAME: usize = 120;
pub const MAX_BLURB: usize = 400;
pub const MAX_INTRO: usize = 1000;
pub const MAX_URL: usize = 2000;

/// One problem in a config, with the path of the field it is about.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ConfigError {
    /// Such as `topics.project_management.url`; empty for the file as a whole.
    pub path: String,
    pub message: String,
}

impl fmt::Display for ConfigError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.path.is_empty() {
            f.write_str(&self.message)
        } else {
            write!(f, "{}: {}", self.path, self.message)
        }
    }
}

/// Colours and shape; each is optional and falls back to the widget's own theme.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Theme {
    /// `#rgb` or `#rrggbb`.
    pub accent: Option<String>,
    pub text: Option<String>,
    pub background: Option<String>,
    /// A CSS font-family list.
    pub font_family: Option<String>,
    /// Corner radius in pixels, 0–32.
    pub radius: Option<u8>,
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
#[derive(Clone, Debug, PartialEq)]
pub struct Course {
    pub title: String,
    /// Always http or https.
    pub url: String,
    pub blurb: Option<String>,
}

/// The provider's courses by topic id: at most one per topic of the instrument, so a handful.
///
/// A list searched in order rather than a `BTreeMap`: the standard map's code (insertion,
/// node splits, dropping) cost about 1.5 KB gzip in the wasm, for maps of under ten entries.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Courses(Vec<(String, Course)>);

impl Courses {
    /// The course for `topic`, if the provider has one.
    pub fn get(&self, topic: &str) -> Option<&Course> {
        self.0.iter().find(|(id, _)| id == topic).map(|(_, course)| course)
    }

    /// Sets the course for `topic`, replacing any earlier one.
    pub fn insert(&mut self, topic: String, course: Course) {
        match self.0.iter_mut().find(|(id, _)| *id == topic) {
            Some((_, earlier)) => *earlier = course,
            None => self.0.push((topic, course)),
        }
    }

    pub fn len(&self) -> usize {
        self.0.len()
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
}

/// Sections the provider may switch off.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Sections {
    pub reflection: bool,
    pub pdf: bool,
}

impl Default for Sections {
    fn default() -> Sections {
        Sections { reflection: true, pdf: true }
    }
}

/// A checked provider configuration. [`ProviderConfig::default`] is the widget with no config.
#[derive(Clone, Debug, PartialEq)]
pub struct ProviderConfig {
    /// Names this configuration, so that saved answers of two providers never mix.
    pub id: Option<String>,
    pub provider_name: Option<String>,
    pub provider_url: Option<String>,
    pub theme: Theme,
    pub language: Option<String>,
    pub threshold: f64,
    /// Courses by topic id.
    pub courses: Courses,
    /// Replaces the intro's explanation.
    pub intro: Option<String>,
    pub sections: Sections,
    /// The provider's own statements and competencies, checked like the built-in ones.
    pub instrument: Option<Instrument>,
    /// Overrides the paper size the learner's locale suggests.
    pub paper: Option<Paper>,
    /// In iframe mode, the only origin events and height messages are posted to.
    pub parent_origin: Option<String>,
    /// Whether answers are kept on the learner's device to resume later.
    pub persistence: bool,
}

impl Default for ProviderConfig {
    fn default() -> ProviderConfig {
        ProviderConfig {
            id: None,
            provider_name: None,
            provider_url: None,
            theme: Theme::default(),
            language: None,
            threshold: DEFAULT_THRESHOLD,
            courses: Courses::default(),
            intro: None,
            sections: Sections::default(),
            instrument: None,
            paper: None,
            parent_origin: None,
            persistence: true,
        }
    }
}

/// Every key the top level and each nested object accept; the JSON Schema lists the same.
pub const TOP_KEYS: [&str; 12] = [
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
];
pub const PROVIDER_KEYS: [&str; 2] = ["name", "url"];
pub const THEME_KEYS: [&str; 5] = ["accent", "text", "background", "font_family", "radius"];
pub const COURSE_KEYS: [&str; 3] = ["title", "url", "blurb"];
pub const SECTION_KEYS: [&str; 2] = ["reflection", "pdf"];
pub const EMBED_KEYS: [&str; 1] = ["parent_origin"];

impl ProviderConfig {
    /// Parses and checks a config, returning every problem found.
    ///
    /// ```
    /// use leadership_balance::config::ProviderConfig;
    /// let errors = ProviderConfig::from_json(r##"{"theme": {"acent": "#123456"}}"##).unwrap_err();
    /// assert_eq!(errors[0].to_string(), "theme.acent: unknown key; did you mean `accent`?");
    /// ```
    pub fn from_json(json: &str) -> Result<ProviderConfig, Vec<ConfigError>> {
        let value = crate::json::parse(json).map_err(|e| {
            vec![ConfigError { path: String::new(), message: format!("this is not valid JSON ({e})") }]
        })?;
        let mut checker = Checker::default();
        let config = read(&mut checker, &value);
        if checker.errors.is_empty() { Ok(config) } else { Err(checker.errors) }
    }

    /// The instrument in use: the provider's own, or the built-in one.
    pub fn instrument(&self) -> Result<Instrument, crate::model::instrument::InstrumentError> {
        match &self.instrument {
            Some(instrument) => Ok(instrument.clone()),
            None => Instrument::builtin(),
        }
    }
}

fn read(c: &mut Checker, value: &Value) -> ProviderConfig {
    let mut config = ProviderConfig::default();
    let Some(top) = c.object("", value, &[]) else { return config };
    for key in top.keys().filter(|k| !TOP_KEYS.contains(&k.as_str())) {
        // Keys that belong one level down, or that match the element's attribute names, get
        // the exact place they belong.
        let nested = if THEME_KEYS.contains(&key.as_str()) {
            Some(format!("theme.{key}"))
        } else if PROVIDER_KEYS.contains(&key.as_str()) {
            Some(format!("provider.{key}"))
        } else if key == "lang" {
            Some("language".to_owned())
        } else {
            None
        };
        match nested {
            Some(place) => c.fail(key, &format!("unknown key; did you mean `{place}`?")),
            None => c.unknown_key(key, key, &TOP_KEYS),
        }
    }

    config.id = c.field(top, "", "id", |c, path, v| c.identifier(path, v));
    if let Some(provider) = top.get("provider").and_then(|v| c.object("provider", v, &PROVIDER_KEYS)) {
        config.provider_name = c.field(provider, "provider", "name", |c, p, v| c.text(p, v, MAX_NAME));
        config.provider_url = c.field(provider, "provider", "url", |c, p, v| c.url(p, v));
    }
    if let Some(theme) = top.get("theme").and_then(|v| c.object("theme", v, &THEME_KEYS)) {
        config.theme = Theme {
            accent: c.field(theme, "theme", "accent", |c, p, v| c.colour(p, v)),
            text: c.field(theme, "theme", "text", |c, p, v| c.colour(p, v)),
            background: c.field(theme, "theme", "background", |c, p, v| c.colour(p, v)),
            font_family: c.field(theme, "theme", "font_family", |c, p, v| c.font_family(p, v)),
            radius: c.field(theme, "theme", "radius", |c, p, v| c.whole_number(p, v, 0, 32)).map(|r| r as u8),
        };
    }
    c.errors.extend(contrast::problems(&config.theme));
    config.language = c.field(top, "", "language", |c, p, v| c.one_of(p, v, &LANGUAGES));
    if let Some(threshold) = c.field(top, "", "threshold", |c, p, v| c.number(p, v, 0, 100)) {
        config.threshold = threshold;
    }
    config.intro = c.field(top, "", "intro", |c, p, v| c.text(p, v, MAX_INTRO));
    if let Some(persistence) = c.field(top, "", "persistence", |c, p, v| c.boolean(p, v)) {
        config.persistence = persistence;
    }
    if let Some(sections) = top.get("sections").and_then(|v| c.object("sections", v, &SECTION_KEYS)) {
        let defaults = Sections::default();
        config.sections = Sections {
            reflection: c
                .field(sections, "sections", "reflection", |c, p, v| c.boolean(p, v))
                .unwrap_or(defaults.reflection),
            pdf: c.field(sections, "sections", "pdf", |c, p, v| c.boolean(p, v)).unwrap_or(defaults.pdf),
        };
    }
    config.paper = c.field(top, "", "paper", |c, p, v| {
        c.one_of(p, v, &["A4", "Letter"]).map(|p| if p == "A4" { Paper::A4 } else { Paper::Letter })
    });
    if let Some(embed) = top.get("embed").and_then(|v| c.object("embed", v, &EMBED_KEYS)) {
        config.parent_origin = c.field(embed, "embed", "parent_origin", |c, p, v| {
            let origin = c.string(p, v)?;
            if is_origin(&origin) {
                Some(origin)
            } else {
                c.fail(p, "must be an origin such as https://www.example.com, with no path");
                None
            }
        });
    }
    if let Some(custom) = top.get("instrument") {
        match Instrument::from_value(custom) {
            Ok(instrument) => config.instrument = Some(instrument),
            Err(e) => {
                let path = if e.path.is_empty() {
                    "instrument".to_owned()
                } else {
                    format!("instrument.{}", e.path)
                };
                let message = e.to_string();
                let message = message.strip_prefix(&format!("{}: ", e.path)).unwrap_or(&message).to_owned();
                c.fail(&path, &message);
            }
        }
    }
    // Topic ids depend on the instrument in use, so topics are read last.
    if let Some(topics) = top.get("topics").and_then(|v| c.object("topics", v, &[])) {
        let ids: Vec<String> = match &config.instrument {
            Some(instrument) => instrument.topics.iter().map(|t| t.id.clone()).collect(),
            None => Instrument::builtin()
                .map(|i| i.topics.into_iter().map(|t| t.id).collect())
                .unwrap_or_default(),
        };
        let known: Vec<&str> = ids.iter().map(String::as_str).collect();
        for (id, value) in topics.iter() {
            let path = format!("topics.{id}");
            if !known.contains(&id.as_str()) {
                c.unknown_key(&path, id, &known);
                continue;
            }
            let Some(course) = c.object(&path, value, &COURSE_KEYS) else { continue };
            let title = c.required(course, &path, "title", |c, p, v| c.text(p, v, MAX_NAME));
            let url = c.required(course, &path, "url", |c, p, v| c.url(p, v));
            let blurb = c.field(course, &path, "blurb", |c, p, v| c.text(p, v, MAX_BLURB));
            if let (Some(title), Some(url)) = (title, url) {
                config.courses.insert(id.clone(), Course { title, url, blurb });
            }
        }
    }
    config
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests;
