//! Everything the results page (and the PDF) says about one set of answers, computed once.

use super::answers::{AnswerSheet, Context};
use super::instrument::Instrument;
use super::profile::Profile;
use super::quality::{QualityNote, quality_notes};
use super::scoring::Scores;
use super::topics::{Recommendation, rank_topics};

/// How many strengths, growth areas and next topics the results show.
pub const SHOWN: usize = 3;

/// The learner's results.
#[derive(Clone, Debug, PartialEq)]
pub struct Report {
    pub scores: Scores,
    /// `None` while either track has no scored competency.
    pub profile: Option<Profile>,
    pub threshold: f64,
    /// Up to three competencies, strongest first.
    pub strengths: Vec<usize>,
    /// Up to three competencies, weakest first, none of them a strength.
    pub growth_areas: Vec<usize>,
    /// Up to three topics, most needed first.
    pub next_topics: Vec<Recommendation>,
    pub notes: Vec<QualityNote>,
}

impl Report {
    pub fn build(
        instrument: &Instrument,
        answers: &AnswerSheet,
        context: &Context,
        threshold: f64,
    ) -> Report {
        let scores = Scores::compute(instrument, answers);
        let (strengths, growth_areas) = scores.strengths_and_growth_areas(SHOWN);
        let mut next_topics = rank_topics(instrument, &scores, context.experience);
        next_topics.truncate(SHOWN);
        Report {
            profile: Profile::place(scores.management, scores.leadership, threshold),
            threshold,
            strengths,
            growth_areas,
            next_topics,
            notes: quality_notes(instrument, answers),
            scores,
        }
    }
}
