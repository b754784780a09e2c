//! Cohorts for tests: learners' codes built from levels, read back as the cohort page reads them.

use crate::model::answers::{Answer, AnswerSheet, Context, Frequency};
use crate::model::instrument::Instrument;
use crate::model::profile::DEFAULT_THRESHOLD;
use crate::model::share::encode;
use crate::model::uncertainty::ErrorModel;

use super::intake::{Member, read_pasted};
use super::reliability::first_stage_of;

/// Five learners, each scoring every competency's three first-stage statements at these
/// levels: α 0.862832 (interval 0.3069 to 0.9847) and SEM 10.3749 in every competency, worked
/// by hand in `reliability`'s tests.
pub const FIVE_LEARNERS: [[u8; 3]; 5] = [[1, 2, 2], [2, 2, 3], [3, 4, 3], [4, 4, 5], [5, 3, 4]];

/// The code of a learner whose every competency's first-stage statements score `levels`
/// (1..5, before mirroring), with `extra` on every second-stage statement.
pub fn code_by_place(instrument: &Instrument, levels: [u8; 3], extra: Option<Answer>) -> String {
    let mut sheet = AnswerSheet::new(instrument.statements.len());
    for c in 0..instrument.competencies.len() {
        for (place, &s) in first_stage_of(instrument, c).iter().enumerate() {
            let level = Frequency::from_value(levels[place % 3]).expect("on the scale");
            let level = if instrument.statements[s].reverse { level.mirrored() } else { level };
            sheet.set(s, Answer::Frequency(level));
        }
    }
    if let Some(extra) = extra {
        (instrument.first_stage()..instrument.statements.len()).for_each(|s| sheet.set(s, extra));
    }
    encode(instrument, &sheet, &Context::default())
}

/// The learners the cohort page reads from `codes`, which must all be readable.
pub fn members_of(instrument: &Instrument, codes: &[String]) -> Vec<Member> {
    let intake =
        read_pasted(instrument, &codes.join("\n"), DEFAULT_THRESHOLD, &ErrorModel::default_for(instrument));
    assert!(intake.problems.is_empty(), "{:?}", intake.problems);
    intake.members
}

/// The five learners of [`FIVE_LEARNERS`].
pub fn five_learners(instrument: &Instrument) -> Vec<Member> {
    let codes: Vec<String> = FIVE_LEARNERS.iter().map(|&l| code_by_place(instrument, l, None)).collect();
    members_of(instrument, &codes)
}
