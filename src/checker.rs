//! Walking a JSON value a person wrote by hand, and recording each problem with its path.
//!
//! Both files a provider writes, the config and their own instrument, are checked this way
//! rather than by serde's derive alone: the derive stops at the first problem and words it for
//! programmers ("invalid type: integer `7`, expected a string"), while a provider fixing a file
//! wants every problem, each at its path (`statements[3].text`), and the key they probably
//! meant when they mistyped one. Once a walk has found nothing, the derive reads the value,
//! which by then has the declared shape.
//!
//! Each check records a [`Problem`] and returns `None` when the value is wrong, so that a walk
//! goes on and finds the rest. The general checks are here; the config's own (colours, links,
//! email addresses) are in `config/checks.rs`.

use std::fmt;

use serde_json::{Map, Value};

/// A JSON object, as the checks read it.
pub type Object = Map<String, Value>;

/// A check of one value at its path: records what is wrong and returns what it read.
pub trait Check<T>: FnOnce(&mut Checker, &str, &Value) -> Option<T> {}

impl<T, F: FnOnce(&mut Checker, &str, &Value) -> Option<T>> Check<T> for F {}

/// One problem in a file, with the path of the value it is about.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Problem {
    /// Such as `topics.project_management.url` or `statements[3].text`; empty for the file as
    /// a whole.
    pub path: String,
    pub message: String,
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.path.is_empty() {
            f.write_str(&self.message)
        } else {
            write!(f, "{}: {}", self.path, self.message)
        }
    }
}

/// The path of `key` inside the value at `parent`.
pub fn join(parent: &str, key: &str) -> String {
    if parent.is_empty() { key.to_owned() } else { format!("{parent}.{key}") }
}

/// The known key closest to `key`, if it is close enough to be a likely typo.
pub fn suggestion<'a>(key: &str, known: &[&'a str]) -> Option<&'a str> {
    // ASCII case folding: keys are ASCII, and full Unicode folding would ship its tables.
    let key = key.to_ascii_lowercase();
    known
        .iter()
        .map(|k| (strsim::levenshtein(&key, &k.to_ascii_lowercase()), *k))
        // Up to one edit in three letters (at least one), so short words are not "corrected"
        // into unrelated ones.
        .filter(|(d, k)| *d <= (k.len() / 3).max(1))
        .min_by_key(|(d, _)| *d)
        .map(|(_, k)| k)
}

/// The problems found so far in one file.
pub struct Checker {
    pub problems: Vec<Problem>,
    /// What the file is called in a sentence about the whole of it, such as "the config".
    file: &'static str,
}

impl Checker {
    /// A checker for a file a provider knows as `file` ("the config", "the instrument").
    pub fn new(file: &'static str) -> Checker {
        Checker { problems: Vec::new(), file }
    }

    pub fn fail(&mut self, path: &str, message: &str) {
        self.problems.push(Problem { path: path.to_owned(), message: message.to_owned() });
    }

    pub fn unknown_key(&mut self, path: &str, key: &str, known: &[&str]) {
        let message = match suggestion(key, known) {
            Some(near) => format!("unknown key; did you mean `{near}`?"),
            None if known.is_empty() => "unknown key".to_owned(),
            None => format!("unknown key; expected one of: {}", known.join(", ")),
        };
        self.fail(path, &message);
    }

    /// The object at `path`, after reporting any key not in `known` (an empty `known` means
    /// the keys are checked by the caller).
    pub fn object<'v>(&mut self, path: &str, value: &'v Value, known: &[&str]) -> Option<&'v Object> {
        let Some(object) = value.as_object() else {
            let what = if path.is_empty() { self.file } else { "this" };
            self.fail(path, &format!("{what} must be a JSON object {{ … }}"));
            return None;
        };
        if !known.is_empty() {
            for key in object.keys() {
                if !known.contains(&key.as_str()) {
                    self.unknown_key(&join(path, key), key, known);
                }
            }
        }
        Some(object)
    }

    /// Checks each item of the list at `path` with `check`, at `path[0]`, `path[1]`, ….
    pub fn each(&mut self, path: &str, value: &Value, mut check: impl FnMut(&mut Checker, &str, &Value)) {
        match value.as_array() {
            Some(items) => {
                for (i, item) in items.iter().enumerate() {
                    check(self, &format!("{path}[{i}]"), item);
                }
            }
            None => self.fail(path, "must be a list [ … ]"),
        }
    }

    /// Reads the required list at `key`, each item with `check`.
    pub fn required_list(
        &mut self,
        object: &Object,
        parent: &str,
        key: &str,
        check: impl FnMut(&mut Checker, &str, &Value),
    ) {
        self.required(object, parent, key, |c, p, v| {
            c.each(p, v, check);
            Some(())
        });
    }

    /// Reads an optional field with `check`.
    pub fn field<T>(&mut self, object: &Object, parent: &str, key: &str, check: impl Check<T>) -> Option<T> {
        let value = object.get(key)?;
        check(self, &join(parent, key), value)
    }

    /// Reads a required field with `check`.
    pub fn required<T>(
        &mut self,
        object: &Object,
        parent: &str,
        key: &str,
        check: impl Check<T>,
    ) -> Option<T> {
        if !object.contains_key(key) {
            self.fail(&join(parent, key), "is required");
            return None;
        }
        self.field(object, parent, key, check)
    }

    pub fn string(&mut self, path: &str, value: &Value) -> Option<String> {
        match value.as_str() {
            Some(text) => Some(text.to_owned()),
            None => {
                self.fail(path, "must be a text in quotes");
                None
            }
        }
    }

    pub fn whole_number(&mut self, path: &str, value: &Value, min: u64, max: u64) -> Option<u64> {
        match value.as_u64() {
            Some(n) if (min..=max).contains(&n) => Some(n),
            _ => {
                self.fail(path, &format!("must be a whole number from {min} to {max}"));
                None
            }
        }
    }

    pub fn boolean(&mut self, path: &str, value: &Value) -> Option<bool> {
        let flag = value.as_bool();
        if flag.is_none() {
            self.fail(path, "must be true or false");
        }
        flag
    }

    pub fn one_of(&mut self, path: &str, value: &Value, allowed: &[&str]) -> Option<String> {
        let text = self.string(path, value)?;
        if allowed.contains(&text.as_str()) {
            return Some(text);
        }
        let hint = suggestion(&text, allowed).map(|s| format!("; did you mean `{s}`?")).unwrap_or_default();
        self.fail(path, &format!("must be one of: {}{hint}", allowed.join(", ")));
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn suggestions_catch_typos_but_not_unrelated_words() {
        let known = ["accent", "text", "background", "font_family", "radius"];
        assert_eq!(suggestion("acent", &known), Some("accent"));
        assert_eq!(suggestion("Accent", &known), Some("accent"));
        assert_eq!(suggestion("backround", &known), Some("background"));
        assert_eq!(suggestion("fontFamily", &known), Some("font_family"));
        assert_eq!(suggestion("colour", &known), None);
    }

    #[test]
    fn a_list_reports_each_item_at_its_index_and_a_non_list_once() {
        let mut c = Checker::new("the file");
        let value: Value = serde_json::json!(["a", 7, "c", false]);
        c.each("names", &value, |c, p, v| {
            c.string(p, v);
        });
        c.each("other", &serde_json::json!({"a": 1}), |_, _, _| {});
        let found: Vec<String> = c.problems.iter().map(Problem::to_string).collect();
        assert_eq!(
            found,
            [
                "names[1]: must be a text in quotes",
                "names[3]: must be a text in quotes",
                "other: must be a list [ … ]"
            ]
        );
    }

    #[test]
    fn the_whole_file_is_named_when_it_is_not_an_object() {
        let mut c = Checker::new("the instrument");
        assert!(c.object("", &serde_json::json!([1]), &[]).is_none());
        assert_eq!(c.problems[0].to_string(), "the instrument must be a JSON object { … }");
    }
}
