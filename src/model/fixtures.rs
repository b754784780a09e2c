//! Answer sheets for tests, built from a rule per competency.

use super::answers::{Answer, AnswerSheet, Frequency};
use super::instrument::Instrument;

/// A sheet where every first-stage statement of competency `c` gets `answer(c, statement)`,
/// as a learner leaves the first stage; the second stage's statements are unanswered.
pub fn sheet_with(instrument: &Instrument, answer: impl Fn(usize, usize) -> Option<Answer>) -> AnswerSheet {
    let answers = (0..instrument.statements.len())
        .map(|s| if instrument.is_extra(s) { None } else { answer(instrument.competency_of(s), s) })
        .collect();
    AnswerSheet::from_answers(answers)
}

/// Answers so that every competency scores `level(c)`: reverse-keyed statements mirrored.
pub fn sheet_scoring(instrument: &Instrument, level: impl Fn(usize) -> Frequency) -> AnswerSheet {
    sheet_with(instrument, |c, s| {
        let f = level(c);
        Some(Answer::Frequency(if instrument.statements[s].reverse { f.mirrored() } else { f }))
    })
}

/// The built-in instrument, which a test relies on being valid.
pub fn builtin() -> Instrument {
    Instrument::builtin().expect("the built-in instrument is valid")
}
