//! Everything the results page (and the PDF) says about one set of answers, computed once, and
//! only as far as the answers support it (`model::uncertainty`).

use super::answers::{AnswerSheet, Context};
use super::instrument::{Instrument, Track};
use super::profile::Profile;
use super::quality::{QualityNote, quality_notes};
use super::scoring::Scores;
use super::topics::Recommendation;
use super::uncertainty::{
    Bands, ErrorModel, Lean, Placement, Tier, TieredTopic, clear_strengths, tier_topics,
};

/// How many strengths and growth areas the results show at most.
pub const SHOWN: usize = 3;

/// The learner's results.
#[derive(Clone, Debug, PartialEq)]
pub struct Report {
    pub scores: Scores,
    /// Every score as a band: the score and its standard error.
    pub bands: Bands,
    /// A profile, or how close to the line each index is; `None` while a track has no score.
    pub placement: Option<Placement>,
    /// The profile, only where the answers support one (see [`Report::placement`]).
    pub profile: Option<Profile>,
    /// Which way the balance tips, or that it is about even.
    pub lean: Option<Lean>,
    /// Which kind of development comes first, where the answers say.
    pub next_step: Option<Track>,
    pub threshold: f64,
    /// Up to three competencies clearly above the learner's own mean, strongest first.
    pub strengths: Vec<usize>,
    /// Up to three competencies clearly below it, weakest first.
    pub growth_areas: Vec<usize>,
    /// Every topic with a score behind it, most needed first, in tiers.
    pub topics: Vec<TieredTopic>,
    pub notes: Vec<QualityNote>,
}

impl Report {
    /// The results for `answers` under the error model `model`, against `threshold`.
    pub fn build(
        instrument: &Instrument,
        answers: &AnswerSheet,
        context: &Context,
        threshold: f64,
        model: &ErrorModel,
    ) -> Report {
        let scores = Scores::compute(instrument, answers);
        let bands = Bands::of(instrument, answers, &scores, model);
        let placement = Placement::of(&bands, threshold);
        let profile = placement.and_then(Placement::profile);
        let lean = Lean::of(&bands);
        let (strengths, growth_areas) = clear_strengths(&bands, SHOWN);
        Report {
            topics: tier_topics(instrument, &scores, &bands, context.experience),
            next_step: next_step(profile, lean),
            placement,
            profile,
            lean,
            threshold,
            strengths,
            growth_areas,
            notes: quality_notes(instrument, answers),
            bands,
            scores,
        }
    }

    /// The topics to start with: the first tier.
    pub fn first_topics(&self) -> impl Iterator<Item = &Recommendation> {
        self.topics.iter().filter(|t| t.tier == Tier::StartHere).map(|t| &t.recommendation)
    }
}

/// The topics the results describe in full: the first tier, up to [`SHOWN`]. A longer first
/// tier is level throughout, so the rest follow by title (see `Strings::tier_lines`): nine
/// topics in full would bury the advice.
pub fn in_full(topics: &[TieredTopic]) -> Vec<&Recommendation> {
    topics.iter().filter(|t| t.tier == Tier::StartHere).take(SHOWN).map(|t| &t.recommendation).collect()
}

/// Which kind of development comes first: the side the profile (or, without one, the balance)
/// shows weaker; with both still growing, management first, the article's advice for new
/// managers. `None` where the answers do not say.
pub fn next_step(profile: Option<Profile>, lean: Option<Lean>) -> Option<Track> {
    match profile {
        Some(Profile::ManagementStrong) => Some(Track::Leadership),
        Some(Profile::LeadershipStrong | Profile::BothGrowing) => Some(Track::Management),
        Some(Profile::BothStrong) | None => match lean? {
            Lean::Management => Some(Track::Leadership),
            Lean::Leadership => Some(Track::Management),
            Lean::Even => None,
        },
    }
}
