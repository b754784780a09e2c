//! Telling the host page what the learner did: started, answered, saw the results. Under a
//! learning platform the results also go to the platform, every competency's score with them
//! (see `web::lms`); the answers go there with the saved progress (`saved_progress`).

use yew::prelude::*;

use super::use_on_change;
use crate::events::HostEvent;
use crate::ui::state::{Assessment, SecondStage, Step};
use crate::web::lms;

/// Sends `Started` when the learner leaves the intro for the first question, `Completed` when
/// the results are shown (after any second stage), and `Progress` whenever the number of
/// answers changes. Nothing is sent for the state the widget starts in, such as resumed
/// progress. `completed` makes the completion event; only the full module has it (it needs
/// the results' code), so the first module, which hands over at the results, sends none.
#[hook]
pub fn use_host_events(
    state: &UseReducerHandle<Assessment>,
    completed: Option<Callback<(), HostEvent>>,
    on_event: &Callback<HostEvent>,
) {
    use_on_change(state.step, {
        let on_event = on_event.clone();
        move |before, now| {
            if (*before, *now) == (Step::Intro, Step::Context) {
                on_event.emit(HostEvent::Started);
            }
        }
    });
    let shown = state.step == Step::Results && state.second_stage == SecondStage::Over;
    use_on_change(shown, {
        let on_event = on_event.clone();
        move |_, now| {
            if let (true, Some(completed)) = (*now, completed) {
                let event = completed.emit(());
                if let (Some(platform), Some(result)) = (lms::bridge(), event.lms_result()) {
                    platform.report_result(result.to_owned());
                }
                on_event.emit(event);
            }
        }
    });
    let total = state.order.len() + state.answered_second_stage();
    use_on_change(state.answers.answered(), {
        let on_event = on_event.clone();
        move |_, answered| on_event.emit(HostEvent::Progress { answered: *answered, total })
    });
}
