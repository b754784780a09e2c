//! A language table as a JSON file (a "pack") that the loader fetches for the one language a
//! learner needs, so that the wasm carries English only.
//!
//! Why: every language's table in the wasm would be downloaded by every learner, who needs one
//! (docs/performance.md, the price list). The Rust tables (`de.rs`, `pl.rs` and the others)
//! stay the source, and stay checked at compile time; `cargo xtask codegen` writes the packs in
//! `web/lang/` from them, and a test in xtask fails when one is stale.
//!
//! A pack lists the texts in the order of `table::texts`, which `table::build` reads back in
//! the same order; both come from the one field list in `table.rs`.

use serde::{Deserialize, Serialize};

use super::table::build;
#[cfg(not(target_arch = "wasm32"))]
use super::table::texts;
use super::{CompetencyText, Direction, InstrumentText, Plural, Strings, TopicText};

/// Bumped when the pack layout changes; a pack of another format is refused.
const FORMAT: u32 = 2;

/// A pack file, as written to `web/lang/<code>.json`.
#[derive(Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct Pack {
    /// [`FORMAT`] when it was written.
    format: u32,
    code: String,
    /// The language's own name for itself.
    name: String,
    direction: Direction,
    /// How the language picks a counted text's form.
    plural: Plural,
    /// Every text of the table, in the order of [`texts`].
    texts: Vec<String>,
    /// `[id, title, summary]` per topic of the built-in instrument.
    topics: Vec<[String; 3]>,
    /// `[id, name, short_name]` per competency.
    competencies: Vec<[String; 3]>,
    /// `[id, text]` per statement.
    statements: Vec<[String; 2]>,
    /// `[id, text]` per statement, as a colleague reads it.
    observer_statements: Vec<[String; 2]>,
}

/// Why a pack could not be used; the widget then speaks English and logs this.
#[derive(Debug, PartialEq, Eq)]
pub struct PackError(pub String);

impl std::fmt::Display for PackError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "the language file could not be used: {}", self.0)
    }
}

/// How many texts a pack holds: one per text field of a table.
fn text_count() -> usize {
    let mut count = 0;
    build("", "", Direction::LeftToRight, Plural::OneOther, None, &mut || {
        count += 1;
        ""
    });
    count
}

/// The pack of `strings`, as written to `web/lang/<code>.json`.
#[cfg(not(target_arch = "wasm32"))]
pub fn to_pack(strings: &Strings) -> String {
    let instrument = strings.instrument;
    let pack = Pack {
        format: FORMAT,
        code: strings.code.to_owned(),
        name: strings.name.to_owned(),
        direction: strings.direction,
        plural: strings.plural,
        texts: texts(strings).into_iter().map(|(_, text)| text.to_owned()).collect(),
        topics: instrument
            .map_or(&[][..], |i| i.topics)
            .iter()
            .map(|t| [t.id, t.title, t.summary].map(str::to_owned))
            .collect(),
        competencies: instrument
            .map_or(&[][..], |i| i.competencies)
            .iter()
            .map(|c| [c.id, c.name, c.short_name].map(str::to_owned))
            .collect(),
        statements: instrument
            .map_or(&[][..], |i| i.statements)
            .iter()
            .map(|(id, text)| [*id, *text].map(str::to_owned))
            .collect(),
        observer_statements: instrument
            .map_or(&[][..], |i| i.observer_statements)
            .iter()
            .map(|(id, text)| [*id, *text].map(str::to_owned))
            .collect(),
    };
    serde_json::to_string(&pack).unwrap_or_default()
}

/// Text that lives as long as the page: a pack is read once per language per page.
fn keep(text: String) -> &'static str {
    Box::leak(text.into_boxed_str())
}

/// The pack in `text`, checked against this version's layout.
fn read(text: &str) -> Result<Pack, PackError> {
    // Through a JSON value, as every JSON text the widget reads (see `persistence`).
    let pack = serde_json::from_str::<serde_json::Value>(text).and_then(|value| Pack::deserialize(&value));
    let pack = pack.map_err(|e| {
        // A pack of another format may differ in any field; say that rather than the field.
        match serde_json::from_str::<serde_json::Value>(text).ok().and_then(|v| v.get("format")?.as_u64()) {
            Some(format) if format != u64::from(FORMAT) => {
                PackError("it was made for another version of the widget".to_owned())
            }
            _ => PackError(e.to_string()),
        }
    })?;
    if pack.format != FORMAT {
        return Err(PackError("it was made for another version of the widget".to_owned()));
    }
    let expected = text_count();
    if pack.texts.len() != expected {
        return Err(PackError(format!(
            "it holds {} texts where this version needs {expected}",
            pack.texts.len()
        )));
    }
    Ok(pack)
}

/// Reads and checks a pack without keeping it: what `from_pack` does before it makes the table
/// live for the page. The fuzz target calls this, as the memory `from_pack` keeps on purpose
/// would look like a leak to it.
pub fn check(text: &str) -> Result<(), PackError> {
    read(text).map(drop)
}

/// Reads a pack. The table lives for the rest of the page.
pub fn from_pack(text: &str) -> Result<&'static Strings, PackError> {
    let pack = read(text)?;
    let topics: Vec<TopicText> = pack
        .topics
        .into_iter()
        .map(|[id, title, summary]| TopicText { id: keep(id), title: keep(title), summary: keep(summary) })
        .collect();
    let competencies: Vec<CompetencyText> = pack
        .competencies
        .into_iter()
        .map(|[id, name, short_name]| CompetencyText {
            id: keep(id),
            name: keep(name),
            short_name: keep(short_name),
        })
        .collect();
    let pairs = |list: Vec<[String; 2]>| -> &'static [(&'static str, &'static str)] {
        let pairs: Vec<(&'static str, &'static str)> =
            list.into_iter().map(|[id, text]| (keep(id), keep(text))).collect();
        Box::leak(pairs.into_boxed_slice())
    };
    let instrument: &'static InstrumentText = Box::leak(Box::new(InstrumentText {
        topics: Box::leak(topics.into_boxed_slice()),
        competencies: Box::leak(competencies.into_boxed_slice()),
        statements: pairs(pack.statements),
        observer_statements: pairs(pack.observer_statements),
    }));
    let mut texts = pack.texts.into_iter().map(keep);
    let strings =
        build(keep(pack.code), keep(pack.name), pack.direction, pack.plural, Some(instrument), &mut || {
            texts.next().unwrap_or_default()
        });
    Ok(Box::leak(Box::new(strings)))
}

#[cfg(test)]
#[cfg(not(target_arch = "wasm32"))]
mod tests {
    use super::*;
    use crate::strings::LANGUAGES;

    #[test]
    fn every_language_survives_a_round_trip_through_its_pack() {
        for strings in LANGUAGES.iter().filter(|s| s.code != "en") {
            let read = from_pack(&to_pack(strings)).expect("its own pack reads");
            assert_eq!(texts(read), texts(strings), "{}", strings.code);
            assert_eq!(
                (read.code, read.name, read.direction, read.plural),
                (strings.code, strings.name, strings.direction, strings.plural)
            );
            let (a, b) = (read.instrument.expect("translated"), strings.instrument.expect("translated"));
            assert_eq!(a.statements, b.statements);
            assert_eq!(a.observer_statements, b.observer_statements);
            let ids = |t: &InstrumentText| -> Vec<(&str, &str, &str)> {
                t.topics
                    .iter()
                    .map(|t| (t.id, t.title, t.summary))
                    .chain(t.competencies.iter().map(|c| (c.id, c.name, c.short_name)))
                    .collect()
            };
            assert_eq!(ids(a), ids(b));
        }
    }

    #[test]
    fn a_damaged_pack_is_refused_with_a_reason() {
        let good = to_pack(&crate::strings::GERMAN);
        let cases = [
            ("oops", "expected value at line 1 column 1"),
            (&good.replace("\"format\":2", "\"format\":3"), "another version"),
            (&good.replace("\"plural\":\"one-other\"", "\"plural\":\"dual\""), "unknown variant `dual`"),
            (
                &good.replace("\"texts\":[\"Leadership Balance\",", "\"texts\":["),
                "texts where this version needs",
            ),
            (&good.replace("\"statements\":", "\"statement\":"), "unknown field `statement`"),
            (&good.replace("[\"time_management\",", "["), "invalid length 2, expected an array of length 3"),
        ];
        for (text, reason) in cases {
            let error = from_pack(text).map(|s| s.code).expect_err(reason);
            assert!(error.to_string().contains(reason), "{error}");
        }
    }
}
