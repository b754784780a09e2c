//! `cargo xtask codegen`: every file that is made from another is made here, by one command,
//! and a test fails when a committed copy is stale (the way rust-analyzer keeps its
//! generated files). Each has one source in Rust:
//!
//! - `web/lang/<code>.json`: the language packs, from the tables in `src/strings/`;
//! - `web/loader/early-words.js`: the words of the loader's early pages (English; the other
//!   languages come from their packs), the first page's statements and the time estimate;
//! - the topic list in `web/configure.js`, from the built-in instrument;
//! - `web/fonts/*.lbfont`: the PDF's font packs, from DejaVu Sans (see fonts.rs), and
//!   `src/pdf/coverage.rs`, the characters they show.

use leadership_balance::model::instrument::Instrument;
use leadership_balance::strings::{self, ENGLISH, pack};
use leadership_balance::ui::components::intro::minutes_for;
use leadership_balance::ui::state::PAGE_SIZE;

use crate::fonts;
use crate::run::root;

/// A file's path from the workspace root, and what it must hold.
pub struct Generated {
    pub path: String,
    pub contents: Vec<u8>,
}

/// Every generated file, as it should be now.
pub fn generated() -> Result<Vec<Generated>, String> {
    let instrument = Instrument::builtin().map_err(|e| format!("the built-in instrument: {e}"))?;
    let mut files: Vec<Generated> = strings::LANGUAGES
        .iter()
        .filter(|s| s.code != ENGLISH.code)
        .map(|s| Generated {
            path: format!("web/lang/{}.json", s.code),
            contents: (pack::to_pack(s) + "\n").into_bytes(),
        })
        .collect();
    files.push(Generated { path: EARLY_WORDS.to_owned(), contents: early_words(&instrument)?.into_bytes() });
    let configurator = read(CONFIGURATOR)?;
    files.push(Generated {
        path: CONFIGURATOR.to_owned(),
        contents: replace_region(&configurator, CONFIGURATOR, &topic_list(&instrument))?.into_bytes(),
    });
    let packs = fonts::FACES.iter().map(|(font, _)| fonts::pack(font)).collect::<Result<Vec<_>, _>>()?;
    for ((_, path), pack) in fonts::FACES.iter().zip(&packs) {
        files.push(Generated { path: (*path).to_owned(), contents: pack.to_bytes() });
    }
    files.push(Generated {
        path: "src/pdf/coverage.rs".to_owned(),
        contents: fonts::coverage(&packs).into_bytes(),
    });
    Ok(files)
}

fn read(path: &str) -> Result<String, String> {
    std::fs::read_to_string(root().join(path)).map_err(|e| format!("{path}: {e}"))
}

/// `cargo xtask codegen`: writes every generated file that differs from what it should be.
pub fn codegen() -> Result<(), String> {
    let mut written = 0;
    for file in generated()? {
        let path = root().join(&file.path);
        if std::fs::read(&path).ok().as_deref() != Some(file.contents.as_slice()) {
            if let Some(folder) = path.parent() {
                std::fs::create_dir_all(folder).map_err(|e| format!("{}: {e}", folder.display()))?;
            }
            std::fs::write(&path, &file.contents).map_err(|e| format!("{}: {e}", file.path))?;
            println!("wrote {}", file.path);
            written += 1;
        }
    }
    println!("{written} generated files written; the others were up to date.");
    Ok(())
}

const EARLY_WORDS: &str = "web/loader/early-words.js";

/// The texts the early pages use, by their field names in `Strings`.
const EARLY_FIELDS: [&str; 29] = [
    "app_title",
    "intro_heading",
    "intro_body",
    "intro_duration",
    "privacy_promise",
    "privacy_details_summary",
    "privacy_details",
    "privacy_details_off",
    "start",
    "preparing",
    "forget",
    "forgotten",
    "context_heading",
    "experience_question",
    "experience_options",
    "reports_question",
    "reports_options",
    "context_missing",
    "statements_heading",
    "statements_hint",
    "progress",
    "statement_counter",
    "scale",
    "no_chance_yet",
    "missing_one",
    "missing_many",
    "and",
    "back",
    "next",
];

/// `web/loader/early-words.js`: the English words of the early pages, each field's place in a
/// pack (so that the loader can read another language's words from its pack), the first page's
/// statements (their ids name them in a pack) and the built-in instrument's size and estimate.
fn early_words(instrument: &Instrument) -> Result<String, String> {
    use serde_json::{Map, Value};
    let texts = strings::texts(&ENGLISH);
    let mut words = Map::new();
    let mut fields = Map::new();
    for field in EARLY_FIELDS {
        // A list (the options) is every text of that name, in order.
        let places: Vec<usize> =
            texts.iter().enumerate().filter(|(_, (name, _))| *name == field).map(|(i, _)| i).collect();
        let (word, place): (Value, Value) = match places[..] {
            [] => return Err(format!("the early pages use `{field}`, which is not a field of Strings")),
            [one] => (texts[one].1.into(), one.into()),
            _ => (places.iter().map(|&i| texts[i].1).collect(), places.clone().into()),
        };
        words.insert(field.to_owned(), word);
        fields.insert(field.to_owned(), place);
    }
    let statements = instrument.first_stage();
    // The first page of statements as the widget shows it: each statement's id (by which a
    // language's pack names it) and its English text.
    let first_page: Vec<Value> = instrument
        .presentation_order()
        .into_iter()
        .take(PAGE_SIZE)
        .map(|i| {
            Value::from(vec![instrument.statements[i].id.as_str(), instrument.statements[i].text.as_str()])
        })
        .collect();
    Ok(format!(
        "// @ts-check\n\
         // The early pages' words (early-pages.js) in English, where the other languages' come from\n\
         // their packs. Generated by `cargo xtask codegen` from src/strings/ and the built-in\n\
         // instrument (xtask/src/codegen.rs); do not edit by hand.\n\n\
         const EARLY_WORDS = {};\nconst EARLY_FIELDS = {};\nconst EARLY_FIRST_PAGE = {};\n\
         const EARLY_STATEMENTS = {statements};\nconst EARLY_MINUTES = {};\n\n\
         export {{ EARLY_WORDS, EARLY_FIELDS, EARLY_FIRST_PAGE, EARLY_STATEMENTS, EARLY_MINUTES }};\n",
        Value::Object(words),
        Value::Object(fields),
        Value::from(first_page),
        minutes_for(statements),
    ))
}

const CONFIGURATOR: &str = "web/configure.js";
const BEGIN: &str = "// BEGIN GENERATED";
const END: &str = "// END GENERATED\n";

/// The configurator's list of the built-in topics: id and English title.
fn topic_list(instrument: &Instrument) -> String {
    let mut list = String::from("const TOPICS = [\n");
    for topic in &instrument.topics {
        let entry = serde_json::Value::from(vec![topic.id.as_str(), topic.title.as_str()]);
        list.push_str(&format!("  {},\n", entry.to_string().replace("\",\"", "\", \"")));
    }
    list.push_str("];\n");
    list
}

/// `text` with the part between its `// BEGIN GENERATED …` line and `// END GENERATED` put
/// in place of `region`, the marker lines kept.
fn replace_region(text: &str, path: &str, region: &str) -> Result<String, String> {
    let begin = text.find(BEGIN).ok_or_else(|| format!("{path} has no `{BEGIN}` line"))?;
    let after_begin = begin + text[begin..].find('\n').map_or(text.len() - begin, |n| n + 1);
    let end = text[after_begin..]
        .find(END)
        .map(|at| after_begin + at)
        .ok_or_else(|| format!("{path} has no `{}` line after its `{BEGIN}`", END.trim_end()))?;
    Ok(format!("{}{region}{}", &text[..after_begin], &text[end..]))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The generated files that differ from what they should be, by path.
    pub fn stale() -> Result<Vec<String>, String> {
        Ok(generated()?
            .into_iter()
            .filter(|file| {
                std::fs::read(root().join(&file.path)).ok().as_deref() != Some(file.contents.as_slice())
            })
            .map(|file| file.path)
            .collect())
    }

    #[test]
    fn the_generated_files_are_fresh() {
        let stale = stale().unwrap_or_else(|e| panic!("{e}"));
        assert!(stale.is_empty(), "stale: {}; run `cargo xtask codegen` and commit them", stale.join(", "));
    }

    #[test]
    fn a_region_is_replaced_between_its_markers_only() {
        let text = "a\n// BEGIN GENERATED by x\nold\n// END GENERATED\nb\n";
        assert_eq!(
            replace_region(text, "t", "new\n").as_deref(),
            Ok("a\n// BEGIN GENERATED by x\nnew\n// END GENERATED\nb\n")
        );
        assert!(replace_region("no markers", "t", "x").is_err());
    }
}
