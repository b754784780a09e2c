//! The built-in instrument's words in another language, matched to the instrument by id.
//!
//! Ids, tracks, reverse keying and topic links stay in `instrument.json`, so a translation can
//! change what a learner reads but never how an answer is scored, and a result link made in
//! one language opens in any other.

use crate::model::instrument::Instrument;

use super::Strings;

/// A topic's title and one-sentence summary.
#[derive(Debug)]
pub struct TopicText {
    pub id: &'static str,
    pub title: &'static str,
    pub summary: &'static str,
}

/// A competency's full name and its short chart label.
#[derive(Debug)]
pub struct CompetencyText {
    pub id: &'static str,
    pub name: &'static str,
    /// Short enough for a chart label on a 320 px screen.
    pub short_name: &'static str,
}

/// The built-in instrument's texts in one language.
#[derive(Debug)]
pub struct InstrumentText {
    pub topics: &'static [TopicText],
    pub competencies: &'static [CompetencyText],
    /// `(statement id, text)`.
    pub statements: &'static [(&'static str, &'static str)],
    /// `(statement id, text)`: the statement as a colleague reads it.
    pub observer_statements: &'static [(&'static str, &'static str)],
}

/// Which instrument the translations belong to; a provider's own instrument keeps its words.
const BUILTIN_ID: &str = "leadership-balance-core";

/// `instrument` in the language of `strings`: the built-in instrument's texts are replaced by
/// the translation, id by id. Any other instrument is returned unchanged, because it was
/// written by a provider in the language they chose.
pub fn localize(instrument: &Instrument, strings: &Strings) -> Instrument {
    let mut localized = instrument.clone();
    let Some(text) = strings.instrument.filter(|_| instrument.id == BUILTIN_ID) else {
        return localized;
    };
    for topic in &mut localized.topics {
        if let Some(t) = text.topics.iter().find(|t| t.id == topic.id) {
            t.title.clone_into(&mut topic.title);
            t.summary.clone_into(&mut topic.summary);
        }
    }
    for competency in &mut localized.competencies {
        if let Some(t) = text.competencies.iter().find(|t| t.id == competency.id) {
            t.name.clone_into(&mut competency.name);
            t.short_name.clone_into(&mut competency.short_name);
        }
    }
    for statement in &mut localized.statements {
        if let Some((_, t)) = text.statements.iter().find(|(id, _)| *id == statement.id) {
            (*t).clone_into(&mut statement.text);
        }
        if let Some((_, t)) = text.observer_statements.iter().find(|(id, _)| *id == statement.id) {
            statement.observer = Some((*t).to_owned());
        }
    }
    localized
}
