//! How far a result can be trusted, and what it may therefore say.
//!
//! A learner who answers twice gives slightly different answers: each statement carries
//! measurement error. Classical test theory turns that into a standard error of measurement
//! (SEM) for every number the results show:
//!
//! - a statement's error `e` (in score points: the spread of one statement's score around the
//!   learner's true level) comes from the [`ErrorModel`]: a default derived from the stated
//!   assumptions (docs/trust.md), or the provider's own, measured on their learners;
//! - a competency scored from `k` answered statements has `SEM = e / √k`;
//! - a track's index, the mean of its `n` scored competencies, whose errors are independent,
//!   has `SEM = √(Σ SEM_c²) / n`.
//!
//! A score is shown as a band, `value ± z·SEM` with [`Z`] for 95 %, and a statement about it
//! (a profile, a lean, a topic's tier, a strength, a change, a blind spot) is made only when it
//! holds across the band. Otherwise the result says the learner is close to the line.

use super::answers::{Answer, AnswerSheet, Experience};
use super::instrument::{Instrument, Track};
use super::ordering::sort_small;
use super::profile::Profile;
use super::scoring::Scores;
use super::topics::{Recommendation, StageWeights, rank_topics};

/// How many standard errors a statement must clear: 1.96, a 95 % band.
pub const Z: f64 = 1.96;
/// How many standard errors a change between two attempts must clear to be called one: 2.58,
/// a 99 % line. Stricter than the bands, because a retake compares 18 scores at once, and at
/// 95 % nearly every retake would show a change that is only noise (docs/trust.md).
pub const Z_CHANGE: f64 = 2.58;
/// How many standard errors below every first-tier topic a topic must be to come "later": 3.29,
/// a 99.9 % line, so that a topic to start with is almost never called one for later on a
/// retake (the first tier itself holds the topics not clearly below the first, at [`Z`]).
pub const Z_LATER: f64 = 3.29;

/// The error of one statement, in score points, when nothing better is known: what `cargo xtask
/// simulate` measures under its stated response model with statements of one competency
/// correlating .3 (docs/trust.md states the model; a test in xtask keeps the two in step). A
/// provider's `reliability` block replaces it with what their own learners show.
pub const DEFAULT_STATEMENT_ERROR: f64 = 22.8;

/// The error of one statement, per competency.
#[derive(Clone, Debug, PartialEq)]
pub struct ErrorModel {
    /// Indexed like the instrument's competencies, in score points.
    statement_error: Vec<f64>,
}

impl ErrorModel {
    /// The default for every competency of `instrument`.
    pub fn default_for(instrument: &Instrument) -> ErrorModel {
        ErrorModel { statement_error: vec![DEFAULT_STATEMENT_ERROR; instrument.competencies.len()] }
    }

    /// Measured errors: for each competency of `instrument`, the SEM of its score over the
    /// statements a cohort answered and how many those were (`None` keeps the default).
    pub fn measured(instrument: &Instrument, measured: &[Option<(f64, usize)>]) -> ErrorModel {
        let mut model = ErrorModel::default_for(instrument);
        for (slot, found) in model.statement_error.iter_mut().zip(measured) {
            if let Some((sem, statements)) = *found
                && sem.is_finite()
                && sem > 0.0
                && statements > 0
            {
                *slot = sem * (statements as f64).sqrt();
            }
        }
        model
    }

    /// The same model with every error times `factor`: bands as wide as `factor` × these at
    /// the same confidence, or, equally, these at `Z / factor`. `cargo xtask simulate` uses it
    /// to show what narrower bands would trade for more definite answers.
    pub fn scaled(&self, factor: f64) -> ErrorModel {
        ErrorModel { statement_error: self.statement_error.iter().map(|e| e * factor).collect() }
    }

    /// The error of one statement of competency `c`.
    pub fn statement_error(&self, c: usize) -> f64 {
        self.statement_error.get(c).copied().unwrap_or(DEFAULT_STATEMENT_ERROR)
    }

    /// The SEM of competency `c`'s score from `answered` statements on the scale.
    pub fn competency_sem(&self, c: usize, answered: usize) -> f64 {
        self.statement_error(c) / (answered.max(1) as f64).sqrt()
    }
}

/// A score and its standard error.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Band {
    pub value: f64,
    pub sem: f64,
}

impl Band {
    /// How far either side of the value the band reaches: `Z · SEM`.
    pub fn margin(self) -> f64 {
        Z * self.sem
    }

    /// The band's lower end, not below 0.
    pub fn low(self) -> f64 {
        (self.value - self.margin()).max(0.0)
    }

    /// The band's upper end, not above 100.
    pub fn high(self) -> f64 {
        (self.value + self.margin()).min(100.0)
    }
}

/// Which side of a line a band puts a score.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Side {
    /// At or above the line, clearly.
    Above,
    /// Below the line, clearly.
    Below,
    /// Too close to the line to say.
    Close,
}

impl Side {
    /// Where `band` stands against `line`.
    pub fn of(band: Band, line: f64) -> Side {
        if band.value - band.margin() >= line {
            Side::Above
        } else if band.value + band.margin() < line {
            Side::Below
        } else {
            Side::Close
        }
    }
}

/// Every score of a result as a band.
#[derive(Clone, Debug, PartialEq)]
pub struct Bands {
    /// Indexed like the instrument's competencies; `None` where there is no score.
    pub competencies: Vec<Option<Band>>,
    pub management: Option<Band>,
    pub leadership: Option<Band>,
}

/// How many of competency `c`'s statements were answered on the scale.
pub fn answered_on_scale(instrument: &Instrument, answers: &AnswerSheet, c: usize) -> usize {
    instrument
        .statements_of(c)
        .iter()
        .filter(|&&s| matches!(answers.get(s), Some(Answer::Frequency(_))))
        .count()
}

impl Bands {
    /// The bands of `scores`, made from `answers` under `model`.
    pub fn of(instrument: &Instrument, answers: &AnswerSheet, scores: &Scores, model: &ErrorModel) -> Bands {
        let answered: Vec<usize> =
            (0..instrument.competencies.len()).map(|c| answered_on_scale(instrument, answers, c)).collect();
        Bands::with_answered(instrument, scores, model, &answered)
    }

    /// The bands of `scores` had competency `c` been scored from `answered[c]` statements.
    pub fn with_answered(
        instrument: &Instrument,
        scores: &Scores,
        model: &ErrorModel,
        answered: &[usize],
    ) -> Bands {
        let competencies: Vec<Option<Band>> = scores
            .competencies
            .iter()
            .enumerate()
            .map(|(c, score)| {
                let value = score.value()?;
                Some(Band { value, sem: model.competency_sem(c, answered.get(c).copied().unwrap_or(0)) })
            })
            .collect();
        Bands::from_competencies(instrument, scores, competencies)
    }

    /// The indexes' bands from competency bands worked out elsewhere (a colleagues' mean).
    pub fn from_competencies(
        instrument: &Instrument,
        scores: &Scores,
        competencies: Vec<Option<Band>>,
    ) -> Bands {
        let index = |track: Track, value: Option<f64>| {
            let sems: Vec<f64> = instrument
                .competencies_in(track)
                .filter_map(|c| competencies.get(c).copied().flatten().map(|b| b.sem))
                .collect();
            let n = sems.len() as f64;
            Some(Band { value: value?, sem: sems.iter().map(|s| s * s).sum::<f64>().sqrt() / n })
        };
        Bands {
            management: index(Track::Management, scores.management),
            leadership: index(Track::Leadership, scores.leadership),
            competencies,
        }
    }

    /// The band of one track's index.
    pub fn index(&self, track: Track) -> Option<Band> {
        match track {
            Track::Management => self.management,
            Track::Leadership => self.leadership,
        }
    }

    /// Leadership minus management, with the error of a difference of two independent scores.
    pub fn balance(&self) -> Option<Band> {
        let (m, l) = (self.management?, self.leadership?);
        Some(Band { value: l.value - m.value, sem: (m.sem * m.sem + l.sem * l.sem).sqrt() })
    }
}

/// Where a learner stands, as far as the answers support it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Placement {
    /// Both indexes clear the threshold on one side or the other: a profile.
    Clear(Profile),
    /// At least one index is too close to the threshold to say which side it is on.
    Close { management: Side, leadership: Side },
}

impl Placement {
    /// The placement of `bands` against `threshold`; `None` while a track has no score.
    pub fn of(bands: &Bands, threshold: f64) -> Option<Placement> {
        let (m, l) = (Side::of(bands.management?, threshold), Side::of(bands.leadership?, threshold));
        Some(match (m, l) {
            (Side::Close, _) | (_, Side::Close) => Placement::Close { management: m, leadership: l },
            _ => Placement::Clear(Profile::place(
                Some(bands.management?.value),
                Some(bands.leadership?.value),
                threshold,
            )?),
        })
    }

    /// The profile, when the answers support one.
    pub fn profile(self) -> Option<Profile> {
        match self {
            Placement::Clear(profile) => Some(profile),
            Placement::Close { .. } => None,
        }
    }
}

/// Which way the balance tips, as far as the answers support it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Lean {
    Management,
    Leadership,
    /// The difference is within what a retake could change.
    Even,
}

impl Lean {
    /// The lean of `bands`; `None` while a track has no score.
    pub fn of(bands: &Bands) -> Option<Lean> {
        Some(match Side::of(bands.balance()?, 0.0) {
            Side::Above if bands.balance()?.value > 0.0 => Lean::Leadership,
            Side::Below => Lean::Management,
            _ => Lean::Even,
        })
    }
}

/// How soon a topic should come, in tiers the error model separates.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Tier {
    /// Level with the most needed topic: the answers cannot put another one before it.
    StartHere,
    /// Below the first tier but not clearly below all of it.
    Next,
    /// Clearly below every topic of the first tier.
    Later,
}

/// A topic with its priority's standard error and its tier.
#[derive(Clone, Debug, PartialEq)]
pub struct TieredTopic {
    pub recommendation: Recommendation,
    /// The standard error of the priority, in the priority's points.
    pub sem: f64,
    pub tier: Tier,
}

/// Whether priority `a` is clearly above priority `b`, by `z` standard errors.
fn clearly_above(a: (f64, f64), b: (f64, f64), z: f64) -> bool {
    a.0 - b.0 > z * (a.1 * a.1 + b.1 * b.1).sqrt()
}

/// Every topic with a score behind it, most needed first (as [`rank_topics`] orders them), in
/// tiers: the first tier holds the topics no other topic is clearly above (at [`Z`]), the last
/// the topics clearly below every topic of the first (at [`Z_LATER`]).
pub fn tier_topics(
    instrument: &Instrument,
    scores: &Scores,
    bands: &Bands,
    experience: Option<Experience>,
) -> Vec<TieredTopic> {
    let weights = StageWeights::for_experience(experience);
    let ranked = rank_topics(instrument, scores, experience);
    let sem_of = |topic: usize| {
        let weight = f64::from(weights.of(instrument.topics[topic].track)) / 100.0;
        let variance: f64 = (0..instrument.competencies.len())
            .filter(|&c| instrument.topics_of(c).contains(&topic))
            .filter_map(|c| bands.competencies.get(c).copied().flatten())
            .map(|b| b.sem * b.sem)
            .sum();
        weight * variance.sqrt()
    };
    let with_sem: Vec<(Recommendation, f64)> =
        ranked.into_iter().map(|r| (r.clone(), sem_of(r.topic))).collect();
    let first: Vec<(f64, f64)> = with_sem
        .iter()
        .map(|(r, sem)| (r.priority, *sem))
        .filter(|&t| !with_sem.iter().any(|(o, osem)| clearly_above((o.priority, *osem), t, Z)))
        .collect();
    with_sem
        .into_iter()
        .map(|(recommendation, sem)| {
            let own = (recommendation.priority, sem);
            let tier = if first.contains(&own) {
                Tier::StartHere
            } else if first.iter().all(|&f| clearly_above(f, own, Z_LATER)) {
                Tier::Later
            } else {
                Tier::Next
            };
            TieredTopic { recommendation, sem, tier }
        })
        .collect()
}

/// Competencies clearly above the learner's own mean (strongest first) and clearly below it
/// (weakest first), at most `count` each.
pub fn clear_strengths(bands: &Bands, count: usize) -> (Vec<usize>, Vec<usize>) {
    let scored: Vec<(usize, Band)> =
        bands.competencies.iter().enumerate().filter_map(|(c, b)| Some((c, (*b)?))).collect();
    if scored.len() < 2 {
        return (Vec::new(), Vec::new());
    }
    let mean = scored.iter().map(|(_, b)| b.value).sum::<f64>() / scored.len() as f64;
    let mut above: Vec<(usize, f64)> =
        scored.iter().filter(|(_, b)| b.value - mean > b.margin()).map(|(c, b)| (*c, b.value)).collect();
    let mut below: Vec<(usize, f64)> =
        scored.iter().filter(|(_, b)| mean - b.value > b.margin()).map(|(c, b)| (*c, b.value)).collect();
    sort_small(&mut above, |a, b| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0)));
    sort_small(&mut below, |a, b| a.1.total_cmp(&b.1).then(a.0.cmp(&b.0)));
    (
        above.into_iter().take(count).map(|(c, _)| c).collect(),
        below.into_iter().take(count).map(|(c, _)| c).collect(),
    )
}

/// A change between two attempts, as far as measurement error allows one to be called.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Change {
    Up,
    Down,
    /// Within what measurement error explains.
    AboutTheSame,
}

impl Change {
    /// The reliable change index of Jacobson & Truax (1991): the difference over the standard
    /// error of a difference, `√(SEM₁² + SEM₂²)`; a change is called only beyond [`Z_CHANGE`].
    pub fn between(before: Band, after: Band) -> Change {
        let index = Change::index(before, after);
        if index > Z_CHANGE {
            Change::Up
        } else if index < -Z_CHANGE {
            Change::Down
        } else {
            Change::AboutTheSame
        }
    }

    /// The reliable change index itself.
    pub fn index(before: Band, after: Band) -> f64 {
        let spread = (before.sem * before.sem + after.sem * after.sem).sqrt();
        if spread > 0.0 { (after.value - before.value) / spread } else { 0.0 }
    }
}

/// Whether a learner's own score and their colleagues' mean differ by more than measurement
/// error can explain: the gap over the error of the difference, beyond [`Z`].
pub fn clear_gap(own: Band, others: Band) -> bool {
    (own.value - others.value).abs() > Z * (own.sem * own.sem + others.sem * others.sem).sqrt()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::answers::Frequency;
    use crate::model::fixtures::builtin;
    use crate::model::fixtures::sheet_scoring;

    #[test]
    fn a_competencys_band_narrows_with_the_square_root_of_its_statements() {
        let model = ErrorModel::default_for(&builtin());
        // 22.8 / √3 = 13.164; / √5 = 10.197.
        assert!((model.competency_sem(0, 3) - 13.164).abs() < 0.001);
        assert!((model.competency_sem(0, 5) - 10.197).abs() < 0.001);
        let band = Band { value: 50.0, sem: 13.164 };
        assert!((band.margin() - 25.801).abs() < 0.001, "{}", band.margin());
        assert_eq!(
            (Band { value: 95.0, sem: 12.0 }.high(), Band { value: 5.0, sem: 12.0 }.low()),
            (100.0, 0.0)
        );
    }

    #[test]
    fn an_index_band_combines_its_competencies_errors() {
        let instrument = builtin();
        let scores = Scores::compute(&instrument, &sheet_scoring(&instrument, |_| Frequency::Often));
        let answers = sheet_scoring(&instrument, |_| Frequency::Often);
        let bands = Bands::of(&instrument, &answers, &scores, &ErrorModel::default_for(&instrument));
        // 7 management competencies of 3 statements each: √(7 · 13.164²) / 7 = 13.164 / √7 = 4.975.
        let m = bands.management.expect("scored");
        assert!((m.sem - 4.975).abs() < 0.001, "{}", m.sem);
        // 9 leadership competencies: 13.164 / 3 = 4.388.
        assert!((bands.leadership.expect("scored").sem - 4.388).abs() < 0.001);
        // The balance's error: √(4.975² + 4.388²) = 6.634.
        assert!((bands.balance().expect("both").sem - 6.634).abs() < 0.001);
    }

    #[test]
    fn a_side_is_named_only_beyond_the_band() {
        let band = |value| Band { value, sem: 5.0 };
        assert_eq!(Side::of(band(70.0), 60.0), Side::Above); // 70 − 9.8 = 60.2 ≥ 60
        assert_eq!(Side::of(band(69.7), 60.0), Side::Close);
        assert_eq!(Side::of(band(50.1), 60.0), Side::Below); // 50.1 + 9.8 = 59.9 < 60
        assert_eq!(Side::of(band(50.3), 60.0), Side::Close);
    }

    #[test]
    fn the_reliable_change_index_matches_jacobson_and_truax() {
        // Jacobson & Truax's worked form: SEM 5 on both attempts, S_diff = √50 = 7.071; a
        // change of 14 gives RCI 1.98 (reliable), of 13 gives 1.84 (not).
        let before = Band { value: 50.0, sem: 5.0 };
        assert!((Change::index(before, Band { value: 64.0, sem: 5.0 }) - 1.9799).abs() < 0.0001);
        // At this widget's stricter 99 % line (2.58), 18.3 points are needed.
        assert_eq!(Change::between(before, Band { value: 68.5, sem: 5.0 }), Change::Up);
        assert_eq!(Change::between(before, Band { value: 64.0, sem: 5.0 }), Change::AboutTheSame);
        assert_eq!(Change::between(before, Band { value: 31.5, sem: 5.0 }), Change::Down);
    }
}
