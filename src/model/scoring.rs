//! From answers to numbers: a 0–100 score per competency and an index per track.
//!
//! Scores are deliberately simple, so that a provider can explain them to a learner in one
//! sentence: the mean of the answered statements, reverse-keyed ones flipped, stretched from the
//! 1..5 scale onto 0..100.

use super::answers::{Answer, AnswerSheet};
use super::instrument::{Instrument, Track};
use super::ordering::sort_small;

/// How many answered statements a competency needs before its score means anything.
pub const MIN_ANSWERED: usize = 2;

/// A competency's result.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum CompetencyScore {
    /// 0.0..=100.0.
    Scored(f64),
    /// Fewer than [`MIN_ANSWERED`] statements were answered on the scale. Shown as such, never
    /// as zero: "no chance yet" is not a low score.
    NotEnoughAnswers,
}

impl CompetencyScore {
    pub fn value(self) -> Option<f64> {
        match self {
            CompetencyScore::Scored(v) => Some(v),
            CompetencyScore::NotEnoughAnswers => None,
        }
    }
}

/// Every number the results page shows.
#[derive(Clone, Debug, PartialEq)]
pub struct Scores {
    /// Indexed like the instrument's competencies.
    pub competencies: Vec<CompetencyScore>,
    /// Mean of the scored management competencies, if any was scored.
    pub management: Option<f64>,
    /// Mean of the scored leadership competencies, if any was scored.
    pub leadership: Option<f64>,
}

/// Maps a 1..=5 mean onto 0..=100.
fn to_percent(mean: f64) -> f64 {
    (mean - 1.0) * 25.0
}

fn mean(values: impl Iterator<Item = f64>) -> Option<f64> {
    let (sum, count) = values.fold((0.0, 0usize), |(s, n), v| (s + v, n + 1));
    (count > 0).then(|| sum / count as f64)
}

impl Scores {
    /// Scores every competency and both tracks.
    ///
    /// A worked example: a competency with answers Often (4), Almost always (5) and a
    /// reverse-keyed Rarely (2, read as 4) has the mean 13 / 3 = 4.33, so it scores
    /// (4.33 − 1) × 25 = 83.3.
    ///
    /// ```
    /// use leadership_balance::model::answers::{Answer, AnswerSheet, Frequency::*};
    /// use leadership_balance::model::instrument::Instrument;
    /// use leadership_balance::model::scoring::{CompetencyScore, Scores};
    ///
    /// let instrument = Instrument::builtin().unwrap();
    /// let mut sheet = AnswerSheet::new(instrument.statements.len());
    /// // "planning" has statements 0, 1 and 2; statement 2 is reverse-keyed.
    /// sheet.set(0, Answer::Frequency(Often));
    /// sheet.set(1, Answer::Frequency(AlmostAlways));
    /// sheet.set(2, Answer::Frequency(Rarely));
    /// let scores = Scores::compute(&instrument, &sheet);
    /// let CompetencyScore::Scored(planning) = scores.competencies[0] else { panic!() };
    /// assert!((planning - 83.333).abs() < 0.001);
    /// // Planning is the only scored management competency, so it is the whole index.
    /// assert_eq!(scores.management, Some(planning));
    /// assert_eq!(scores.leadership, None);
    /// ```
    pub fn compute(instrument: &Instrument, answers: &AnswerSheet) -> Scores {
        let competencies: Vec<CompetencyScore> = (0..instrument.competencies.len())
            .map(|c| {
                let points: Vec<f64> = instrument
                    .statements_of(c)
                    .iter()
                    .filter_map(|&s| match answers.get(s)? {
                        Answer::Frequency(f) if instrument.statements[s].reverse => Some(f.mirrored()),
                        Answer::Frequency(f) => Some(f),
                        Answer::NoChanceYet => None,
                    })
                    .map(|f| f64::from(f.value()))
                    .collect();
                if points.len() < MIN_ANSWERED {
                    CompetencyScore::NotEnoughAnswers
                } else {
                    mean(points.into_iter())
                        .map_or(CompetencyScore::NotEnoughAnswers, |m| CompetencyScore::Scored(to_percent(m)))
                }
            })
            .collect();
        Scores::from_competencies(instrument, competencies)
    }

    /// Both indexes from competency scores worked out elsewhere (colleagues' means), the
    /// same way as a learner's own.
    pub fn from_competencies(instrument: &Instrument, competencies: Vec<CompetencyScore>) -> Scores {
        let index = |track: Track| {
            mean(
                instrument.competencies_in(track).filter_map(|c| competencies.get(c).and_then(|s| s.value())),
            )
        };
        Scores { management: index(Track::Management), leadership: index(Track::Leadership), competencies }
    }

    /// The index of one track.
    pub fn index(&self, track: Track) -> Option<f64> {
        match track {
            Track::Management => self.management,
            Track::Leadership => self.leadership,
        }
    }

    /// Leadership minus management: positive leans to leadership, negative to management.
    pub fn balance(&self) -> Option<f64> {
        Some(self.leadership? - self.management?)
    }

    /// Scored competencies from highest to lowest; ties keep instrument order, so the result
    /// never depends on anything but the answers.
    pub fn ranked(&self) -> Vec<(usize, f64)> {
        let mut scored: Vec<(usize, f64)> =
            self.competencies.iter().enumerate().filter_map(|(c, s)| Some((c, s.value()?))).collect();
        sort_small(&mut scored, |a, b| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0)));
        scored
    }

    /// Up to `count` strongest competencies, then up to `count` weakest that are not already
    /// among the strengths, weakest first.
    pub fn strengths_and_growth_areas(&self, count: usize) -> (Vec<usize>, Vec<usize>) {
        let ranked = self.ranked();
        let strengths: Vec<usize> = ranked.iter().take(count).map(|(c, _)| *c).collect();
        let mut ascending = ranked;
        sort_small(&mut ascending, |a, b| a.1.total_cmp(&b.1).then(a.0.cmp(&b.0)));
        let growth =
            ascending.into_iter().map(|(c, _)| c).filter(|c| !strengths.contains(c)).take(count).collect();
        (strengths, growth)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::answers::Frequency::*;
    use crate::model::fixtures::builtin;
    use crate::model::fixtures::{sheet_scoring, sheet_with};

    #[test]
    fn competency_scores_match_hand_computed_values() {
        let instrument = builtin();
        // planning: statements 0, 1, 2 (2 is reverse-keyed). monitoring: 3, 4, 5.
        let f = |level| Some(Answer::Frequency(level));
        let no_chance = Some(Answer::NoChanceYet);
        let cases: [([Option<Answer>; 3], CompetencyScore); 7] = [
            ([f(Never), f(Never), f(AlmostAlways)], CompetencyScore::Scored(0.0)),
            ([f(AlmostAlways), f(AlmostAlways), f(Never)], CompetencyScore::Scored(100.0)),
            ([f(Sometimes), f(Sometimes), f(Sometimes)], CompetencyScore::Scored(50.0)),
            // (4 + 5 + 4) / 3 = 4.333 → 83.33
            ([f(Often), f(AlmostAlways), f(Rarely)], CompetencyScore::Scored(250.0 / 3.0)),
            // Two answered: (2 + 3) / 2 = 2.5 → 37.5
            ([f(Rarely), no_chance, f(Sometimes)], CompetencyScore::Scored(37.5)),
            ([f(Often), no_chance, None], CompetencyScore::NotEnoughAnswers),
            ([no_chance, no_chance, no_chance], CompetencyScore::NotEnoughAnswers),
        ];
        for (planning, expected) in cases {
            let sheet = sheet_with(&instrument, |_, s| if s < 3 { planning[s] } else { None });
            let scores = Scores::compute(&instrument, &sheet);
            match (scores.competencies[0], expected) {
                (CompetencyScore::Scored(a), CompetencyScore::Scored(b)) => {
                    assert!((a - b).abs() < 1e-9, "{planning:?}: {a} != {b}")
                }
                (a, b) => assert_eq!(a, b, "{planning:?}"),
            }
        }
    }

    #[test]
    fn indexes_are_the_mean_of_scored_competencies() {
        let instrument = builtin();
        // Management: planning 100, monitoring 0, the other five "no chance yet".
        // Leadership: every competency at Often → 75.
        let sheet = sheet_with(&instrument, |c, s| {
            let reverse = instrument.statements[s].reverse;
            let f = match instrument.competencies[c].id.as_str() {
                "planning" => AlmostAlways,
                "monitoring" => Never,
                _ if instrument.competencies[c].track == Track::Leadership => Often,
                _ => return Some(Answer::NoChanceYet),
            };
            Some(Answer::Frequency(if reverse { f.mirrored() } else { f }))
        });
        let scores = Scores::compute(&instrument, &sheet);
        assert_eq!(scores.management, Some(50.0));
        assert_eq!(scores.leadership, Some(75.0));
        assert_eq!(scores.balance(), Some(25.0));
        let not_enough = scores.competencies.iter().filter(|s| s.value().is_none()).count();
        assert_eq!(not_enough, 5);
    }

    #[test]
    fn everything_no_chance_yet_scores_nothing_and_ranks_nothing() {
        let instrument = builtin();
        let sheet = sheet_with(&instrument, |_, _| Some(Answer::NoChanceYet));
        let scores = Scores::compute(&instrument, &sheet);
        assert!(scores.competencies.iter().all(|s| *s == CompetencyScore::NotEnoughAnswers));
        assert_eq!((scores.management, scores.leadership, scores.balance()), (None, None, None));
        assert_eq!(scores.strengths_and_growth_areas(3), (vec![], vec![]));
    }

    #[test]
    fn one_empty_track_leaves_its_index_and_the_balance_empty() {
        let instrument = builtin();
        let sheet = sheet_scoring(&instrument, |_| Often);
        let sheet = sheet_with(&instrument, |c, s| {
            (instrument.competencies[c].track == Track::Management).then(|| sheet.get(s)).flatten()
        });
        let scores = Scores::compute(&instrument, &sheet);
        assert_eq!(scores.management, Some(75.0));
        assert_eq!(scores.leadership, None);
        assert_eq!(scores.balance(), None);
    }

    #[test]
    fn strengths_and_growth_areas_break_ties_by_instrument_order() {
        let instrument = builtin();
        // Everything equal: strengths are the first three, growth areas the next three.
        let sheet = sheet_scoring(&instrument, |_| Sometimes);
        let scores = Scores::compute(&instrument, &sheet);
        assert_eq!(scores.strengths_and_growth_areas(3), (vec![0, 1, 2], vec![3, 4, 5]));
        // Competency 15 highest, 9 lowest, 4 second lowest.
        let sheet = sheet_scoring(&instrument, |c| match c {
            15 => AlmostAlways,
            9 => Never,
            4 => Rarely,
            _ => Sometimes,
        });
        let scores = Scores::compute(&instrument, &sheet);
        assert_eq!(scores.strengths_and_growth_areas(3), (vec![15, 0, 1], vec![9, 4, 2]));
    }

    #[test]
    fn few_scored_competencies_are_never_both_strength_and_growth_area() {
        let instrument = builtin();
        let sheet = sheet_with(&instrument, |c, s| {
            (c < 4).then(|| Answer::Frequency(if instrument.statements[s].reverse { Rarely } else { Often }))
        });
        let (strengths, growth) = Scores::compute(&instrument, &sheet).strengths_and_growth_areas(3);
        assert_eq!(strengths, vec![0, 1, 2]);
        assert_eq!(growth, vec![3]);
    }
}
