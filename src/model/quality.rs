//! Gentle notes on how the answers were given. They never block the results: they invite the
//! learner to read them with care.

use super::answers::{Answer, AnswerSheet};
use super::instrument::Instrument;

/// Share of answers that must be the very same point before we call it straight-lining.
const STRAIGHT_LINE_SHARE: f64 = 0.9;
/// Below this many answers on the scale, sameness says little.
const STRAIGHT_LINE_MIN_ANSWERS: usize = 10;
/// Points (on 1..5, after reverse-keying) between a reverse-keyed answer and the mean of its
/// competency's other answers that count as disagreement.
const DISAGREEMENT_POINTS: f64 = 2.0;
/// Competencies with disagreement before we mention it.
const DISAGREEMENT_MIN_COMPETENCIES: usize = 3;

/// A note on answer quality.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum QualityNote {
    /// Nearly every answer on the scale is the same point.
    StraightLining,
    /// In `competencies` competencies, the reverse-keyed statement disagrees with the others:
    /// a sign that statements may have been skimmed.
    ReverseKeyedDisagreement { competencies: usize },
}

/// The notes that apply to these answers, in a fixed order.
pub fn quality_notes(instrument: &Instrument, answers: &AnswerSheet) -> Vec<QualityNote> {
    let mut notes = Vec::new();

    let mut counts = [0usize; 5];
    for s in 0..answers.len() {
        if let Some(Answer::Frequency(f)) = answers.get(s) {
            counts[usize::from(f.value()) - 1] += 1;
        }
    }
    let total: usize = counts.iter().sum();
    let most = counts.iter().copied().max().unwrap_or(0);
    if total >= STRAIGHT_LINE_MIN_ANSWERS && most as f64 >= STRAIGHT_LINE_SHARE * total as f64 {
        notes.push(QualityNote::StraightLining);
    }

    let disagreeing = (0..instrument.competencies.len())
        .filter(|&c| reverse_keyed_disagrees(instrument, answers, c))
        .count();
    if disagreeing >= DISAGREEMENT_MIN_COMPETENCIES {
        notes.push(QualityNote::ReverseKeyedDisagreement { competencies: disagreeing });
    }
    notes
}

/// Whether any reverse-keyed answer in competency `c`, once flipped, sits far from the mean of
/// the competency's positively keyed answers.
fn reverse_keyed_disagrees(instrument: &Instrument, answers: &AnswerSheet, c: usize) -> bool {
    let value = |s: usize| match answers.get(s) {
        Some(Answer::Frequency(f)) => Some(f64::from(f.value())),
        _ => None,
    };
    let statements = instrument.statements_of(c);
    let positive: Vec<f64> =
        statements.iter().filter(|&&s| !instrument.statements[s].reverse).filter_map(|&s| value(s)).collect();
    if positive.is_empty() {
        return false;
    }
    let positive_mean = positive.iter().sum::<f64>() / positive.len() as f64;
    statements
        .iter()
        .filter(|&&s| instrument.statements[s].reverse)
        .filter_map(|&s| value(s))
        .any(|v| ((6.0 - v) - positive_mean).abs() >= DISAGREEMENT_POINTS)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::answers::Frequency::{self, *};
    use crate::model::fixtures::builtin;
    use crate::model::fixtures::{sheet_scoring, sheet_with};

    #[test]
    fn consistent_varied_answers_raise_no_note() {
        let instrument = builtin();
        let levels = [Often, Sometimes, AlmostAlways, Rarely];
        let sheet = sheet_scoring(&instrument, |c| levels[c % 4]);
        assert_eq!(quality_notes(&instrument, &sheet), vec![]);
    }

    #[test]
    fn the_same_point_everywhere_is_straight_lining_and_contradicts_reverse_keys() {
        let instrument = builtin();
        // "Often" on all 48, reverse-keyed ones included: 6 reverse-keyed answers read as
        // Rarely against a mean of Often, in 6 competencies.
        let sheet = sheet_with(&instrument, |_, _| Some(Answer::Frequency(Often)));
        assert_eq!(
            quality_notes(&instrument, &sheet),
            vec![QualityNote::StraightLining, QualityNote::ReverseKeyedDisagreement { competencies: 6 }]
        );
    }

    #[test]
    fn straight_lining_needs_nine_in_ten_and_enough_answers() {
        let instrument = builtin();
        // 43 of 48 the same (89.6 %) is not straight-lining; 44 of 48 (91.7 %) is.
        for (different, expected) in [(5usize, false), (4, true)] {
            let sheet = sheet_with(&instrument, |_, s| {
                Some(Answer::Frequency(if s < different { Never } else { Sometimes }))
            });
            let notes = quality_notes(&instrument, &sheet);
            assert_eq!(notes.contains(&QualityNote::StraightLining), expected, "{different}");
        }
        // Nine identical answers are too few to say anything.
        let sheet = sheet_with(&instrument, |_, s| (s < 9).then_some(Answer::Frequency(Often)));
        assert_eq!(quality_notes(&instrument, &sheet), vec![]);
    }

    /// "Often" on what the positively keyed statements describe and "Never" on the
    /// reverse-keyed ones is consistent (Never reads as 5 against a mean of 4), even though it
    /// is not the exact mirror.
    #[test]
    fn never_on_the_reverse_keyed_statements_beside_often_is_no_disagreement() {
        let instrument = builtin();
        let sheet = sheet_with(&instrument, |_, s| {
            Some(Answer::Frequency(if instrument.statements[s].reverse { Never } else { Often }))
        });
        assert_eq!(quality_notes(&instrument, &sheet), []);
    }

    #[test]
    fn reverse_key_disagreement_needs_three_competencies() {
        let instrument = builtin();
        let reverse_competencies: Vec<usize> = (0..instrument.statements.len())
            .filter(|&s| instrument.statements[s].reverse)
            .map(|s| instrument.competency_of(s))
            .collect();
        // Often and Rarely alternate, so no single point dominates; a contradicted competency
        // answers its reverse-keyed statement as if it were positively keyed.
        let levels = [Often, Rarely];
        for (contradicted, expected) in [
            (0usize, vec![]),
            (2, vec![]),
            (3, vec![QualityNote::ReverseKeyedDisagreement { competencies: 3 }]),
            (6, vec![QualityNote::ReverseKeyedDisagreement { competencies: 6 }]),
        ] {
            let sheet = sheet_with(&instrument, |c, s| {
                let f: Frequency = levels[c % 2];
                let mirror =
                    instrument.statements[s].reverse && !reverse_competencies[..contradicted].contains(&c);
                Some(Answer::Frequency(if mirror { f.mirrored() } else { f }))
            });
            assert_eq!(quality_notes(&instrument, &sheet), expected, "{contradicted}");
        }
    }
}
