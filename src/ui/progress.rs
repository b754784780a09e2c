//! An assessment in progress as the device keeps it ([`crate::persistence`]), and back.

use std::rc::Rc;

use crate::model::instrument::Instrument;
use crate::persistence::{Discarded, LastResult, Progress, SavedStep, merge};

use super::state::{Assessment, REFLECTIONS, SecondStage, Step};

/// The progress to keep for `assessment`, or `None` when there is nothing worth keeping (and
/// any saved copy should go). A pending offer is kept as the state it offers.
pub fn to_progress(assessment: &Assessment) -> Option<Progress> {
    if !assessment.worth_saving() {
        return None;
    }
    let kept = assessment.offer.as_deref().unwrap_or(assessment);
    let (step, page) = match kept.step {
        Step::Intro => (SavedStep::Intro, 0),
        Step::Context => (SavedStep::Context, 0),
        Step::Statements { page } => (SavedStep::Statements, page),
        Step::Results if kept.second_stage == SecondStage::Over => (SavedStep::Results, 0),
        Step::Results => (SavedStep::SecondStage, 0),
    };
    Some(Progress {
        revision: 0,
        attempt: kept.attempt,
        answers: kept.answers.clone(),
        context: kept.context,
        stamps: kept.stamps.clone(),
        step,
        page,
        reflections: kept.reflections.to_vec(),
        earlier: kept.earlier.clone(),
        last_result: assessment
            .last_result
            .as_ref()
            .map(|(attempt, answers)| LastResult { attempt: *attempt, answers: answers.clone() }),
    })
}

/// The assessment saved in `text`, if it is whole, current and made with `instrument`.
pub fn from_text(instrument: Rc<Instrument>, text: &str) -> Result<Assessment, Discarded> {
    let progress = Progress::from_text(&instrument, text)?;
    from_progress(instrument, progress)
}

/// The assessment `progress` holds, if its page exists.
pub fn from_progress(instrument: Rc<Instrument>, progress: Progress) -> Result<Assessment, Discarded> {
    let mut assessment = Assessment::new(instrument);
    assessment.step = match progress.step {
        SavedStep::Intro => Step::Intro,
        SavedStep::Context => Step::Context,
        SavedStep::Statements if progress.page < assessment.page_count() => {
            Step::Statements { page: progress.page }
        }
        SavedStep::Results => {
            // Shown before: a learner who skipped the second stage is not asked again.
            assessment.second_stage = SecondStage::Over;
            Step::Results
        }
        SavedStep::SecondStage => Step::Results,
        SavedStep::Statements => return Err(Discarded(format!("no statements page {}", progress.page))),
    };
    assessment.answers = progress.answers;
    assessment.context = progress.context;
    assessment.stamps = progress.stamps;
    assessment.attempt = progress.attempt;
    for (slot, note) in
        assessment.reflections.iter_mut().zip(progress.reflections.into_iter().take(REFLECTIONS))
    {
        *slot = note;
    }
    assessment.earlier = progress.earlier;
    assessment.last_result = progress.last_result.map(|last| (last.attempt, last.answers));
    Ok(assessment)
}

/// `assessment` with another tab's newer progress merged in (see [`merge`]), or `None` when
/// that changes nothing the learner would see. The tab stays on its page unless the other tab
/// started a new attempt; a pending offer is brought up to date; a tab with nothing of its own
/// is offered the other tab's progress, as on opening.
pub fn merged(assessment: &Assessment, theirs: &Progress) -> Option<Assessment> {
    let instrument = &assessment.instrument;
    let taken = |progress: Progress| from_progress(Rc::clone(instrument), progress).ok();
    if let Some(offer) = &assessment.offer {
        let mine = to_progress(offer)?;
        let offered = taken(merge(&mine, theirs))?;
        let mut next = assessment.clone();
        next.attempt = offered.attempt + 1;
        next.offer = Some(Box::new(offered));
        return (next != *assessment).then_some(next);
    }
    let Some(mine) = to_progress(assessment) else {
        // Nothing here yet: offered the other tab's progress, as a tab opened now would be.
        let offered = taken(theirs.clone())?;
        let next = Assessment::start(Rc::clone(instrument), Some(offered), None);
        let next = Assessment {
            shared: assessment.shared.clone(),
            link_problem: assessment.link_problem.clone(),
            ..next
        };
        return (next != *assessment).then_some(next);
    };
    let together = merge(&mine, theirs);
    let same_attempt = together.attempt == assessment.attempt;
    let mut next = taken(together)?;
    // The page, and what the page shows, stay this tab's own.
    if same_attempt {
        next.step = assessment.step;
        next.show_missing = assessment.show_missing;
    }
    next.shared = assessment.shared.clone();
    next.link_problem = assessment.link_problem.clone();
    let changed = next.answers != assessment.answers
        || next.context != assessment.context
        || next.reflections != assessment.reflections
        || next.attempt != assessment.attempt
        || next.step != assessment.step;
    // Said until the learner moves on, however many times the other tab saves meanwhile.
    next.taken_over = assessment.taken_over || changed;
    (next != *assessment).then_some(next)
}

/// The text to keep for `assessment`, or `None` when nothing is worth keeping.
pub fn to_text(assessment: &Assessment) -> Option<String> {
    to_progress(assessment).map(|progress| progress.to_text(&assessment.instrument))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::answers::{Answer, DirectReports, Experience, Frequency};
    use crate::ui::state::Action;

    fn instrument() -> Rc<Instrument> {
        Rc::new(Instrument::builtin().expect("valid"))
    }

    fn in_progress() -> Assessment {
        let mut a = Assessment::new(instrument());
        a.apply(Action::Start);
        a.apply(Action::SetExperience(Experience::UnderOneYear));
        a.apply(Action::SetReports(DirectReports::FourToEight));
        a.apply(Action::Next);
        let statements: Vec<usize> = a.page(0).map(|(_, s)| s).collect();
        for statement in statements {
            a.apply(Action::Answer { statement, answer: Answer::Frequency(Frequency::Often) });
        }
        a.apply(Action::Next);
        a.apply(Action::Reflect { question: 2, text: "Gave me “real” work — early.".to_owned() });
        a
    }

    #[test]
    fn an_assessment_survives_a_save_and_a_reload() {
        let a = in_progress();
        let text = to_text(&a).expect("worth saving");
        let back = from_text(instrument(), &text).expect("restored");
        assert_eq!(back, a);
        assert_eq!(back.step, Step::Statements { page: 1 });
    }

    #[test]
    fn a_fresh_widget_saves_nothing_and_a_pending_offer_is_kept_as_offered() {
        assert_eq!(to_text(&Assessment::new(instrument())), None);
        let offered = Assessment::start(instrument(), Some(in_progress()), None);
        let text = to_text(&offered).expect("the offer is kept");
        assert_eq!(from_text(instrument(), &text), Ok(in_progress()));
    }

    /// A learner who skipped the second stage comes back to their results, not to the offer;
    /// one who left while it was offered is offered it again.
    #[test]
    fn a_skipped_second_stage_is_not_offered_again_after_a_reload() {
        let mut a = in_progress();
        a.step = Step::Results;
        a.apply(Action::DecideSecondStage { what: Default::default(), page: vec![60, 61] });
        assert!(matches!(a.second_stage, SecondStage::Offered { .. }));
        let offered = from_text(instrument(), &to_text(&a).expect("saved")).expect("restored");
        assert_eq!((offered.step, offered.second_stage), (Step::Results, SecondStage::Undecided));
        a.apply(Action::SkipSecondStage);
        let text = to_text(&a).expect("saved");
        assert!(text.contains("\"step\":\"results\""), "{text}");
        let back = from_text(instrument(), &text).expect("restored");
        assert_eq!((back.step, back.second_stage), (Step::Results, SecondStage::Over));
    }

    #[test]
    fn a_page_past_the_last_is_discarded() {
        let good = to_text(&in_progress()).expect("saved");
        assert!(from_text(instrument(), &good.replace("\"page\":1", "\"page\":99")).is_err());
    }

    /// The answers of one page, each `level`, at time `at`.
    fn answer_page_at(a: &mut Assessment, page: usize, level: Frequency, at: u64) {
        let statements: Vec<usize> = a.page(page).map(|(_, s)| s).collect();
        for statement in statements {
            a.apply_at(Action::Answer { statement, answer: Answer::Frequency(level) }, at);
        }
    }

    #[test]
    fn two_tabs_keep_all_eighteen_answers_and_the_later_one_wins() {
        // Tab 1 answers the first page and goes on to the second.
        let mut first = Assessment::new(instrument());
        first.apply_at(Action::Start, 1_000);
        first.apply_at(Action::SetExperience(Experience::UnderOneYear), 1_000);
        first.apply_at(Action::SetReports(DirectReports::FourToEight), 1_000);
        first.apply_at(Action::Next, 1_000);
        answer_page_at(&mut first, 0, Frequency::Often, 2_000);
        first.apply_at(Action::Next, 2_000);
        let mut kept = to_progress(&first).expect("worth saving");
        kept.revision = 1;
        // Tab 2 opens, continues, and answers the second and third pages.
        let saved = from_progress(instrument(), kept).expect("readable");
        let mut second = Assessment::start(instrument(), Some(saved), None);
        second.apply_at(Action::Resume, 3_000);
        for page in 1..3 {
            answer_page_at(&mut second, page, Frequency::Rarely, 4_000);
            second.apply_at(Action::Next, 4_000);
        }
        let mut theirs = to_progress(&second).expect("worth saving");
        theirs.revision = 2;
        // Back in tab 1, still on the second page, one statement is answered once more.
        let statement = first.page(1).map(|(_, s)| s).next().expect("a statement");
        first.apply_at(Action::Answer { statement, answer: Answer::NoChanceYet }, 5_000);
        let merged = merged(&first, &theirs).expect("tab 2's answers come in");
        assert_eq!(merged.answers.answered(), 18);
        assert_eq!(merged.answers.get(statement), Some(Answer::NoChanceYet), "the later answer wins");
        assert_eq!(merged.step, Step::Statements { page: 1 }, "tab 1 stays on its page");
        assert!(merged.taken_over);
        // The file tab 1 then writes holds all 18 as well, and tab 2 takes it over the same way.
        let written = to_progress(&merged).expect("worth saving");
        let back_in_second = super::merged(&second, &written).expect("tab 1's later answer comes in");
        assert_eq!(back_in_second.answers, merged.answers);
        assert_eq!(back_in_second.step, Step::Statements { page: 3 });
    }

    #[test]
    fn a_tab_on_its_intro_is_offered_the_other_tabs_progress() {
        let fresh = Assessment::new(instrument());
        let theirs = to_progress(&in_progress()).expect("worth saving");
        let offered = merged(&fresh, &theirs).expect("an offer appears");
        assert_eq!(offered.step, Step::Intro);
        assert_eq!(offered.offer.as_ref().map(|o| o.answers.answered()), Some(6));
    }
}
