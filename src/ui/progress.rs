//! An assessment in progress as the device keeps it ([`crate::persistence`]), and back.

use std::rc::Rc;

use crate::model::instrument::Instrument;
use crate::persistence::{Discarded, LastResult, Progress, SavedStep};

use super::state::{Assessment, REFLECTIONS, Step};

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
        Step::Results => (SavedStep::Results, 0),
    };
    Some(Progress {
        attempt: kept.attempt,
        answers: kept.answers.clone(),
        context: kept.context,
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
    let mut assessment = Assessment::new(instrument);
    assessment.step = match progress.step {
        SavedStep::Intro => Step::Intro,
        SavedStep::Context => Step::Context,
        SavedStep::Statements if progress.page < assessment.page_count() => {
            Step::Statements { page: progress.page }
        }
        SavedStep::Results => Step::Results,
        SavedStep::Statements => return Err(Discarded(format!("no statements page {}", progress.page))),
    };
    assessment.answers = progress.answers;
    assessment.context = progress.context;
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

    #[test]
    fn a_page_past_the_last_is_discarded() {
        let good = to_text(&in_progress()).expect("saved");
        assert!(from_text(instrument(), &good.replace("\"page\":1", "\"page\":99")).is_err());
    }
}
