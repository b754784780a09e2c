//! A few more statements when the result is close: the second stage.
//!
//! After the first stage, the answers may leave what the learner most wants to know
//! undecided: which side of the line each index is on, which way the balance tips, or which
//! topics come first. Each built-in competency has statements kept back for this
//! (`"extra": true` in the instrument); one more answered statement of a competency narrows
//! its band, and so the band of every index, balance and topic it feeds.
//!
//! The second stage is offered only where it can help: for what is undecided now and would be
//! decided by at most [`MAX_EXTRA`] more statements, were the scores to stay where they are. A
//! learner right on a line gains nothing from a minute more, and is not asked. [`next_page`]
//! picks the statements that narrow those contrasts most, a page at a time. A provider's
//! instrument without extra statements has no second stage.

use super::answers::{AnswerSheet, Experience};
use super::instrument::{Instrument, Track};
use super::scoring::Scores;
use super::uncertainty::{Bands, ErrorModel, Lean, Placement, Side, Tier, answered_on_scale, tier_topics};

/// The most statements the second stage asks.
pub const MAX_EXTRA: usize = 12;
/// Statements on one page of the second stage.
pub const PAGE: usize = 6;
/// How many topics the first tier may hold and still be a short list to start with.
pub const FIRST_TIER_MOST: usize = 3;

/// What a result leaves undecided.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Undecided {
    /// The management index is too close to the threshold.
    pub management: bool,
    /// The leadership index is too close to the threshold.
    pub leadership: bool,
    /// The balance is within its error.
    pub balance: bool,
    /// More than [`FIRST_TIER_MOST`] topics come out level at the top.
    pub topics: bool,
}

impl Undecided {
    /// What `bands` of `scores` leave undecided, against `threshold`.
    pub fn of(
        instrument: &Instrument,
        scores: &Scores,
        bands: &Bands,
        experience: Option<Experience>,
        threshold: f64,
    ) -> Undecided {
        let (management, leadership) = match Placement::of(bands, threshold) {
            Some(Placement::Close { management, leadership }) => {
                (management == Side::Close, leadership == Side::Close)
            }
            _ => (false, false),
        };
        let first_tier = tier_topics(instrument, scores, bands, experience)
            .iter()
            .filter(|t| t.tier == Tier::StartHere)
            .count();
        Undecided {
            management,
            leadership,
            balance: Lean::of(bands) == Some(Lean::Even),
            topics: first_tier > FIRST_TIER_MOST,
        }
    }

    /// Whether anything is undecided.
    pub fn any(self) -> bool {
        self.management || self.leadership || self.balance || self.topics
    }

    /// What is undecided here but not in `later`.
    fn decided_by(self, later: Undecided) -> Undecided {
        Undecided {
            management: self.management && !later.management,
            leadership: self.leadership && !later.leadership,
            balance: self.balance && !later.balance,
            topics: self.topics && !later.topics,
        }
    }

    /// How much one more answered statement of competency `c` helps: the share by which it
    /// narrows the variance of each contrast named here that `c` feeds, summed.
    fn gain(self, instrument: &Instrument, model: &ErrorModel, answered: &[usize], c: usize) -> f64 {
        let variance = |c: usize| model.competency_sem(c, answered[c]).powi(2);
        let narrowing = variance(c) - model.competency_sem(c, answered[c] + 1).powi(2);
        let in_track = |t: Track| instrument.competencies_in(t).count() as f64;
        let track_variance =
            |t: Track| instrument.competencies_in(t).map(variance).sum::<f64>() / in_track(t).powi(2);
        let track = instrument.competencies[c].track;
        let own_share = narrowing / in_track(track).powi(2);
        let mut gain = 0.0;
        if (track == Track::Management && self.management) || (track == Track::Leadership && self.leadership)
        {
            gain += own_share / track_variance(track);
        }
        if self.balance {
            gain += own_share / (track_variance(Track::Management) + track_variance(Track::Leadership));
        }
        if self.topics && !instrument.topics_of(c).is_empty() {
            gain += narrowing / variance(c) / 2.0;
        }
        gain
    }
}

/// The extra statements still unasked, most helpful first for what `undecided` names, at most
/// `most`: greedily, each pick counted before the next.
fn most_helpful(
    instrument: &Instrument,
    answers: &AnswerSheet,
    model: &ErrorModel,
    undecided: Undecided,
    most: usize,
) -> (Vec<usize>, Vec<usize>) {
    let mut answered: Vec<usize> =
        (0..instrument.competencies.len()).map(|c| answered_on_scale(instrument, answers, c)).collect();
    let mut picked = Vec::new();
    while picked.len() < most {
        // The competency whose next statement helps most; ties to the one asked least, then to
        // instrument order, so that the same answers always pick the same statements.
        let best = (0..instrument.competencies.len())
            .filter_map(|c| {
                let next =
                    instrument.statements_of(c).iter().copied().find(|&s| {
                        instrument.is_extra(s) && answers.get(s).is_none() && !picked.contains(&s)
                    })?;
                Some((c, next, undecided.gain(instrument, model, &answered, c)))
            })
            .filter(|(_, _, gain)| *gain > 0.0)
            .max_by(|a, b| a.2.total_cmp(&b.2).then(answered[b.0].cmp(&answered[a.0])).then(b.0.cmp(&a.0)));
        let Some((c, statement, _)) = best else { break };
        picked.push(statement);
        answered[c] += 1;
    }
    (picked, answered)
}

/// What the second stage can still decide for `answers`: what is undecided now and would be
/// decided, were the scores to stay, once the most helpful remaining extra statements (as many
/// as the stage still allows) are answered too. Nothing, when the stage would not help.
pub fn within_reach(
    instrument: &Instrument,
    answers: &AnswerSheet,
    experience: Option<Experience>,
    threshold: f64,
    model: &ErrorModel,
) -> Undecided {
    let asked = (0..instrument.statements.len())
        .filter(|&s| instrument.is_extra(s) && answers.get(s).is_some())
        .count();
    let scores = Scores::compute(instrument, answers);
    let bands = Bands::of(instrument, answers, &scores, model);
    let undecided = Undecided::of(instrument, &scores, &bands, experience, threshold);
    if !undecided.any() || asked >= MAX_EXTRA {
        return Undecided::default();
    }
    let (_, answered) = most_helpful(instrument, answers, model, undecided, MAX_EXTRA - asked);
    let narrowed = Bands::with_answered(instrument, &scores, model, &answered);
    undecided.decided_by(Undecided::of(instrument, &scores, &narrowed, experience, threshold))
}

/// The next page of the second stage: up to [`PAGE`] unanswered extra statements, the most
/// helpful first for what the stage can still decide; empty when it can decide nothing more.
pub fn next_page(
    instrument: &Instrument,
    answers: &AnswerSheet,
    experience: Option<Experience>,
    threshold: f64,
    model: &ErrorModel,
) -> Vec<usize> {
    let reachable = within_reach(instrument, answers, experience, threshold, model);
    if !reachable.any() {
        return Vec::new();
    }
    let asked = (0..instrument.statements.len())
        .filter(|&s| instrument.is_extra(s) && answers.get(s).is_some())
        .count();
    most_helpful(instrument, answers, model, reachable, PAGE.min(MAX_EXTRA - asked)).0
}

/// The second stage as a learner who answers as `all` does would go through it: `all`'s
/// first-stage answers, then each page the stage asks, answered from `all`. The statements
/// asked, in order, and the answers after them. A statement `all` leaves unanswered ends the
/// stage after its page, as "Skip" would. The command-line scorer and the simulation replay
/// the stage with this; the widget asks the same pages through [`next_page`].
pub fn replay(
    instrument: &Instrument,
    all: &AnswerSheet,
    experience: Option<Experience>,
    threshold: f64,
    model: &ErrorModel,
) -> (Vec<usize>, AnswerSheet) {
    let mut answers = AnswerSheet::new(instrument.statements.len());
    for s in (0..instrument.statements.len()).filter(|&s| !instrument.is_extra(s)) {
        if let Some(answer) = all.get(s) {
            answers.set(s, answer);
        }
    }
    let mut asked = Vec::new();
    loop {
        let page = next_page(instrument, &answers, experience, threshold, model);
        if page.is_empty() {
            break;
        }
        let mut skipped = false;
        for &s in &page {
            match all.get(s) {
                Some(answer) => answers.set(s, answer),
                None => skipped = true,
            }
        }
        asked.extend(page);
        if skipped {
            break;
        }
    }
    (asked, answers)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::answers::{Answer, Frequency};
    use crate::model::fixtures::builtin;
    use crate::model::fixtures::{sheet_scoring, sheet_with};
    use crate::model::profile::DEFAULT_THRESHOLD;

    #[test]
    fn a_clear_result_gets_no_second_stage() {
        let instrument = builtin();
        // Management all Almost always (100), leadership all Never (0): nothing is close.
        let answers = sheet_scoring(&instrument, |c| {
            if instrument.competencies[c].track == Track::Management {
                Frequency::AlmostAlways
            } else {
                Frequency::Never
            }
        });
        let model = ErrorModel::default_for(&instrument);
        assert_eq!(next_page(&instrument, &answers, None, DEFAULT_THRESHOLD, &model), Vec::<usize>::new());
    }

    #[test]
    fn a_result_right_on_the_line_is_not_asked_for_more_it_cannot_use() {
        let instrument = builtin();
        // Every competency at Sometimes (50) and Often (75) alternating: both indexes near 60,
        // the balance near even, far inside every band and too close for 12 statements to help.
        let answers = sheet_with(&instrument, |_, s| {
            Some(Answer::Frequency(if s % 2 == 0 { Frequency::Sometimes } else { Frequency::Often }))
        });
        let model = ErrorModel::default_for(&instrument);
        let reach = within_reach(&instrument, &answers, None, DEFAULT_THRESHOLD, &model);
        assert!(!reach.management && !reach.leadership, "{reach:?}");
    }

    #[test]
    fn a_close_index_asks_its_own_tracks_extra_statements_at_most_six_a_page() {
        let instrument = builtin();
        let model = ErrorModel::default_for(&instrument);
        // Leadership clearly high; management at 68.75, just inside its band above 60 (its
        // margin is about 9.5 points), which its 14 extra statements could settle.
        let answers = sheet_with(&instrument, |c, s| {
            let management = instrument.competencies[c].track == Track::Management;
            let level = match (management, s % 4) {
                (false, _) => Frequency::AlmostAlways,
                (true, 0) => Frequency::Sometimes,
                (true, _) => Frequency::Often,
            };
            let f = if instrument.statements[s].reverse { level.mirrored() } else { level };
            Some(Answer::Frequency(f))
        });
        let reach = within_reach(&instrument, &answers, None, DEFAULT_THRESHOLD, &model);
        assert!(reach.management, "{reach:?}");
        let page = next_page(&instrument, &answers, None, DEFAULT_THRESHOLD, &model);
        assert_eq!(page.len(), PAGE);
        for s in page {
            assert!(instrument.is_extra(s));
            assert_eq!(instrument.competencies[instrument.competency_of(s)].track, Track::Management);
        }
    }

    /// The management-close learner above, answering every extra statement Almost always:
    /// the replay asks two pages of management statements, each as [`next_page`] picks it,
    /// and stops at [`MAX_EXTRA`].
    #[test]
    fn a_replay_asks_the_pages_the_widget_would_and_answers_them_from_the_bank() {
        let instrument = builtin();
        let model = ErrorModel::default_for(&instrument);
        let mut all = AnswerSheet::new(instrument.statements.len());
        for s in 0..instrument.statements.len() {
            let c = instrument.competency_of(s);
            let level = match (instrument.competencies[c].track, instrument.is_extra(s), s % 4) {
                (Track::Leadership, _, _) | (Track::Management, true, _) => Frequency::AlmostAlways,
                (Track::Management, false, 0) => Frequency::Sometimes,
                (Track::Management, false, _) => Frequency::Often,
            };
            let f = if instrument.statements[s].reverse { level.mirrored() } else { level };
            all.set(s, Answer::Frequency(f));
        }
        let (asked, answers) = replay(&instrument, &all, None, DEFAULT_THRESHOLD, &model);
        let first = sheet_with(&instrument, |_, s| all.get(s));
        let page = next_page(&instrument, &first, None, DEFAULT_THRESHOLD, &model);
        assert_eq!(asked[..page.len()], page[..], "the first page is the widget's");
        assert!(!asked.is_empty() && asked.len() <= MAX_EXTRA, "{asked:?}");
        for s in 0..instrument.statements.len() {
            let expected = if !instrument.is_extra(s) || asked.contains(&s) { all.get(s) } else { None };
            assert_eq!(answers.get(s), expected, "statement {s}");
        }
        // With the bank's extra statements unanswered, the stage ends after the first page.
        let (asked, answers) = replay(&instrument, &first, None, DEFAULT_THRESHOLD, &model);
        assert_eq!((asked, answers), (page, first));
    }
}
