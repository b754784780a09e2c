//! The instrument as the tests read it, from the very file the widget compiles in, so that a
//! test answers a statement by its meaning (its competency, whether it is reverse-keyed)
//! rather than by its place on the page.

use std::collections::HashMap;

use serde::Deserialize;

/// The built-in instrument, read from the same file the widget compiles in.
const INSTRUMENT_JSON: &str = include_str!("../../../src/model/instrument.json");

/// The parts of the instrument the tests need to answer by meaning.
#[derive(Deserialize)]
pub struct Instrument {
    pub competencies: Vec<Competency>,
    pub statements: Vec<Statement>,
}

#[derive(Deserialize)]
pub struct Competency {
    pub id: String,
}

#[derive(Deserialize)]
pub struct Statement {
    pub competency: String,
    pub text: String,
    /// The statement as a colleague reads it.
    #[serde(default)]
    pub observer: Option<String>,
    #[serde(default)]
    pub reverse: bool,
}

impl Instrument {
    pub fn builtin() -> Instrument {
        serde_json::from_str(INSTRUMENT_JSON).expect("the instrument file parses")
    }

    /// Each statement's text (and its colleague's wording) mapped to its competency id and
    /// whether it is reverse-keyed.
    pub fn by_text(&self) -> HashMap<String, (String, bool)> {
        // Both wordings: a learner's page shows the first, a colleague's page the second.
        self.statements
            .iter()
            .flat_map(|s| {
                let meaning = (s.competency.clone(), s.reverse);
                [Some((s.text.clone(), meaning.clone())), s.observer.clone().map(|o| (o, meaning))]
            })
            .flatten()
            .collect()
    }
}
