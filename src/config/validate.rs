//! Every problem of a config, found by walking its JSON: serde's derive would stop at the
//! first one and word it for programmers, and a provider fixing a file wants them all, each
//! with its path and, for a mistyped key, the key they meant.

use serde_json::Value;

use crate::checker::Checker;
use crate::model::instrument::Instrument;
use crate::model::instrument_shape;

use super::checks::is_origin;
use super::reliability::{MAX_LEARNERS, MAX_SEM, MAX_STATEMENTS};
use super::{
    COHORT_KEYS, COURSE_KEYS, ConfigError, EMBED_KEYS, LANGUAGES, LMS_KEYS, MAX_BLURB, MAX_INTRO, MAX_NAME,
    MEASURED_KEYS, PROVIDER_KEYS, RELIABILITY_KEYS, SECTION_KEYS, THEME_KEYS, TOP_KEYS, Theme, contrast,
};

/// Every problem in `value`, in the order a provider reads the file; empty when it is fine.
pub fn problems(value: &Value) -> Vec<ConfigError> {
    let mut c = Checker::new("the config");
    walk(&mut c, value);
    c.problems
}

fn walk(c: &mut Checker, value: &Value) {
    let Some(top) = c.object("", value, &[]) else { return };
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

    c.field(top, "", "id", |c, path, v| c.identifier(path, v));
    if let Some(provider) = top.get("provider").and_then(|v| c.object("provider", v, &PROVIDER_KEYS)) {
        c.field(provider, "provider", "name", |c, p, v| c.text(p, v, MAX_NAME));
        c.field(provider, "provider", "url", |c, p, v| c.url(p, v));
    }
    if let Some(theme) = top.get("theme").and_then(|v| c.object("theme", v, &THEME_KEYS)) {
        let checked = Theme {
            accent: c.field(theme, "theme", "accent", |c, p, v| c.colour(p, v)),
            text: c.field(theme, "theme", "text", |c, p, v| c.colour(p, v)),
            background: c.field(theme, "theme", "background", |c, p, v| c.colour(p, v)),
            font_family: c.field(theme, "theme", "font_family", |c, p, v| c.font_family(p, v)),
            radius: c.field(theme, "theme", "radius", |c, p, v| c.whole_number(p, v, 0, 32)).map(|r| r as u8),
        };
        c.problems.extend(contrast::problems(&checked));
    }
    c.field(top, "", "language", |c, p, v| c.one_of(p, v, &LANGUAGES));
    c.field(top, "", "threshold", |c, p, v| c.number(p, v, 0, 100));
    c.field(top, "", "intro", |c, p, v| c.text(p, v, MAX_INTRO));
    c.field(top, "", "persistence", |c, p, v| c.boolean(p, v));
    if let Some(sections) = top.get("sections").and_then(|v| c.object("sections", v, &SECTION_KEYS)) {
        c.field(sections, "sections", "reflection", |c, p, v| c.boolean(p, v));
        c.field(sections, "sections", "pdf", |c, p, v| c.boolean(p, v));
    }
    c.field(top, "", "paper", |c, p, v| c.one_of(p, v, &["A4", "Letter"]));
    if let Some(lms) = top.get("lms").and_then(|v| c.object("lms", v, &LMS_KEYS)) {
        c.field(lms, "lms", "name_on_pdf", |c, p, v| c.boolean(p, v));
    }
    if let Some(cohort) = top.get("cohort").and_then(|v| c.object("cohort", v, &COHORT_KEYS)) {
        c.field(cohort, "cohort", "contact", |c, p, v| c.email(p, v));
    }
    if let Some(embed) = top.get("embed").and_then(|v| c.object("embed", v, &EMBED_KEYS)) {
        c.field(embed, "embed", "parent_origin", |c, p, v| {
            let origin = c.string(p, v)?;
            if is_origin(&origin) {
                Some(origin)
            } else {
                c.fail(p, "must be an origin such as https://www.example.com, with no path");
                None
            }
        });
    }
    let custom = top.get("instrument").and_then(|custom| {
        // Every shape problem of the provider's instrument, like the config's own; its
        // cross-references (ids that must exist, counts) only once its shape is right.
        let before = c.problems.len();
        instrument_shape::walk(c, "instrument", custom);
        if c.problems.len() > before {
            return None;
        }
        match Instrument::from_checked_value(custom) {
            Ok(instrument) => Some(instrument),
            Err(e) => {
                let path = if e.path.is_empty() {
                    "instrument".to_owned()
                } else {
                    format!("instrument.{}", e.path)
                };
                let message = e.to_string();
                let message = message.strip_prefix(&format!("{}: ", e.path)).unwrap_or(&message).to_owned();
                c.fail(&path, &message);
                None
            }
        }
    });
    // Topic and competency ids depend on the instrument in use, so they are checked last.
    let instrument = custom.map_or_else(Instrument::builtin, Ok).ok();
    if let Some(topics) = top.get("topics").and_then(|v| c.object("topics", v, &[])) {
        let known: Vec<&str> = instrument.iter().flat_map(|i| &i.topics).map(|t| t.id.as_str()).collect();
        for (id, value) in topics {
            let path = format!("topics.{id}");
            if !known.contains(&id.as_str()) {
                c.unknown_key(&path, id, &known);
                continue;
            }
            let Some(course) = c.object(&path, value, &COURSE_KEYS) else { continue };
            c.required(course, &path, "title", |c, p, v| c.text(p, v, MAX_NAME));
            c.required(course, &path, "url", |c, p, v| c.url(p, v));
            c.field(course, &path, "blurb", |c, p, v| c.text(p, v, MAX_BLURB));
        }
    }
    if let Some(block) = top.get("reliability").and_then(|v| c.object("reliability", v, &RELIABILITY_KEYS)) {
        let known: Vec<&str> =
            instrument.iter().flat_map(|i| &i.competencies).map(|c| c.id.as_str()).collect();
        reliability(c, block, &known);
    }
}

/// The `reliability` block: each competency id must name a competency of the instrument in
/// use, as `topics` keys must name its topics.
fn reliability(c: &mut Checker, block: &crate::checker::Object, known: &[&str]) {
    c.field(block, "reliability", "learners", |c, p, v| c.whole_number(p, v, 1, MAX_LEARNERS));
    let Some(value) = block.get("competencies") else {
        c.fail("reliability.competencies", "is required");
        return;
    };
    let Some(competencies) = c.object("reliability.competencies", value, &[]) else { return };
    for (id, value) in competencies {
        let path = format!("reliability.competencies.{id}");
        if !known.contains(&id.as_str()) {
            c.unknown_key(&path, id, known);
            continue;
        }
        let Some(measured) = c.object(&path, value, &MEASURED_KEYS) else { continue };
        c.field(measured, &path, "alpha", |c, p, v| c.number(p, v, -1, 1));
        c.required(measured, &path, "sem", |c, p, v| c.positive_number(p, v, MAX_SEM));
        c.required(measured, &path, "statements", |c, p, v| c.whole_number(p, v, 1, MAX_STATEMENTS));
    }
}
