//! The shape of an instrument file, checked by walking its JSON before serde's derive reads it.
//!
//! A provider's own instrument is written by hand, so a wrong type or a mistyped key should
//! come back as the config's problems do ([`crate::checker`]): at its path, in plain words,
//! with the key they probably meant. The walk accepts what the derive of
//! [`InstrumentFile`](super::instrument::InstrumentFile) accepts, with one exception: the
//! derive would also read an object written as a list of its values in field order, which no
//! provider means to write. A property test (`tests/properties.rs`) and the instrument's fuzz
//! target hold the two together.

use serde_json::Value;

use crate::checker::{Checker, Problem};

/// The keys of each object, as the structs in [`super::instrument`] name their fields.
pub const FILE_KEYS: [&str; 5] = ["id", "version", "topics", "competencies", "statements"];
pub const TOPIC_KEYS: [&str; 4] = ["id", "track", "title", "summary"];
pub const COMPETENCY_KEYS: [&str; 5] = ["id", "track", "name", "short_name", "topics"];
pub const STATEMENT_KEYS: [&str; 6] = ["id", "competency", "text", "observer", "reverse", "extra"];
/// The two tracks as the file spells them.
const TRACKS: [&str; 2] = ["management", "leadership"];

/// Every shape problem of an instrument file of its own, in the order a provider reads it;
/// empty when the derive can read it.
pub fn problems(value: &Value) -> Vec<Problem> {
    let mut c = Checker::new("the instrument");
    walk(&mut c, "", value);
    c.problems
}

/// Records every shape problem of the instrument at `path` (empty for a file of its own,
/// `instrument` inside a config).
pub fn walk(c: &mut Checker, path: &str, value: &Value) {
    let Some(file) = c.object(path, value, &FILE_KEYS) else { return };
    c.required(file, path, "id", Checker::string);
    c.required(file, path, "version", |c, p, v| {
        // The derive reads a u32; a provider needs the example, not its bounds.
        let version = v.as_u64().filter(|n| u32::try_from(*n).is_ok());
        if version.is_none() {
            c.fail(p, "must be a whole number, such as 1");
        }
        version
    });
    c.required_list(file, path, "topics", topic);
    c.required_list(file, path, "competencies", competency);
    c.required_list(file, path, "statements", statement);
}

fn track(c: &mut Checker, path: &str, value: &Value) -> Option<String> {
    c.one_of(path, value, &TRACKS)
}

fn topic(c: &mut Checker, path: &str, value: &Value) {
    let Some(topic) = c.object(path, value, &TOPIC_KEYS) else { return };
    c.required(topic, path, "id", Checker::string);
    c.required(topic, path, "track", track);
    c.required(topic, path, "title", Checker::string);
    c.required(topic, path, "summary", Checker::string);
}

fn competency(c: &mut Checker, path: &str, value: &Value) {
    let Some(competency) = c.object(path, value, &COMPETENCY_KEYS) else { return };
    c.required(competency, path, "id", Checker::string);
    c.required(competency, path, "track", track);
    c.required(competency, path, "name", Checker::string);
    c.required(competency, path, "short_name", Checker::string);
    c.required(competency, path, "topics", |c, p, v| {
        c.each(p, v, |c, p, v| {
            c.string(p, v);
        });
        Some(())
    });
}

fn statement(c: &mut Checker, path: &str, value: &Value) {
    let Some(statement) = c.object(path, value, &STATEMENT_KEYS) else { return };
    c.required(statement, path, "id", Checker::string);
    c.required(statement, path, "competency", Checker::string);
    c.required(statement, path, "text", Checker::string);
    // `null` is read as no observer wording, as serde reads an `Option`.
    c.field(statement, path, "observer", |c, p, v| if v.is_null() { None } else { c.string(p, v) });
    c.field(statement, path, "reverse", Checker::boolean);
    c.field(statement, path, "extra", Checker::boolean);
}
