//! Telling the host page what the learner did: started, answered, reached the results.

use yew::prelude::*;

use super::use_on_change;
use crate::events::HostEvent;
use crate::model::report::Report;
use crate::ui::state::{Assessment, Step};

/// Sends `Started` when the learner leaves the intro for the first question, `Completed` on
/// reaching the results, and `Progress` whenever the number of answers changes. Nothing is
/// sent for the state the widget starts in, such as resumed progress.
#[hook]
pub fn use_host_events(state: &UseReducerHandle<Assessment>, threshold: f64, on_event: &Callback<HostEvent>) {
    use_on_change(state.step, {
        let (state, on_event) = (state.clone(), on_event.clone());
        move |before, now| match (before, now) {
            (Step::Intro, Step::Context) => on_event.emit(HostEvent::Started),
            (_, Step::Results) => {
                let report = Report::build(&state.instrument, &state.answers, &state.context, threshold);
                on_event.emit(HostEvent::completed(&state.instrument, &report));
            }
            _ => {}
        }
    });
    let total = state.answers.len();
    use_on_change(state.answers.answered(), {
        let on_event = on_event.clone();
        move |_, answered| on_event.emit(HostEvent::Progress { answered: *answered, total })
    });
}
