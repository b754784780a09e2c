//! The learners of the cohort tests, as the codes of their result links: one source for the
//! native cohort PDF test and the end-to-end test of the cohort page, which read the same
//! twelve.

use leadership_balance::model::answers::{Answer, AnswerSheet, Context, Experience, Frequency};
use leadership_balance::model::instrument::{Instrument, Track};
use leadership_balance::model::share::encode;

/// A learner whose management statements all score `management` and leadership ones
/// `leadership`, with `experience`.
pub fn learner(
    instrument: &Instrument,
    management: Frequency,
    leadership: Frequency,
    experience: Experience,
) -> String {
    let answers = (0..instrument.statements.len())
        .map(|s| {
            let track = instrument.competencies[instrument.competency_of(s)].track;
            let level = if track == Track::Management { management } else { leadership };
            Some(Answer::Frequency(if instrument.statements[s].reverse { level.mirrored() } else { level }))
        })
        .collect();
    encode(
        instrument,
        &AnswerSheet::from_answers(answers),
        &Context { experience: Some(experience), reports: None },
    )
}

/// Twelve learners: nine new to managing people and weaker on management, three experienced.
pub fn twelve(instrument: &Instrument) -> Vec<String> {
    use Frequency::*;
    let levels = [Never, Rarely, Sometimes];
    let mut codes = Vec::new();
    for i in 0..9 {
        let experience = if i % 2 == 0 { Experience::NotYet } else { Experience::UnderOneYear };
        codes.push(learner(instrument, levels[i % 3], [Sometimes, Often, AlmostAlways][i / 3], experience));
    }
    codes.push(learner(instrument, Often, Rarely, Experience::ThreeToFiveYears));
    codes.push(learner(instrument, AlmostAlways, Sometimes, Experience::OverFiveYears));
    codes.push(learner(instrument, Often, Often, Experience::OneToThreeYears));
    codes
}
