//! The views a learner reaches only after the statements: the results (with the PDF, sharing,
//! comparing and the colleagues' view) and a colleague's own path from a request link.
//!
//! Why they are reached through function pointers: the widget ships as two wasm modules.
//! The first (src/bin/widget.rs) holds the intro, the context and the statements, and is all
//! a learner waits for; the second (src/bin/full.rs) holds everything, and the loader fetches
//! it in the background at the learner's first click. Flow calls these views only
//! through a [`LaterViews`] it was given, so that the first module's entry point never
//! reaches their code and the linker leaves it out (docs/performance.md). Without them, Flow
//! draws a short "getting your results ready" page and hands its state to the full module.

use yew::prelude::*;

use crate::events::HostEvent;
use crate::model::answers::{AnswerSheet, Context};
use crate::model::colleague::ColleagueView;
use crate::model::instrument::Instrument;
use crate::model::report::Report;
use crate::model::second_stage::{self, Undecided};
use crate::model::uncertainty::ErrorModel;
use crate::ui::colleague_flow::{ColleagueFlow, ColleagueFlowProps};
use crate::ui::components::page_frame::PageFrame;
use crate::ui::components::results::{ResultsProps, results};
use crate::ui::components::second_stage::{SecondStageProps, second_stage};
use crate::ui::results_effects::ResultsEffects;
use crate::ui::state::{Action, Assessment};
use crate::web::colleagues;

/// What the second stage's page is drawn from.
pub struct SecondStageInput<'a> {
    /// The words, the heading, the answers and where the second stage stands, and where the
    /// learner's answers and choices go.
    pub frame: PageFrame<'a>,
    /// The provider's threshold, against which the profile is placed.
    pub threshold: f64,
    /// The error model the bands come from.
    pub errors: &'a std::rc::Rc<ErrorModel>,
}

/// The later views, and the device reads only they need.
pub struct LaterViews {
    /// The results page.
    pub results: fn(ResultsProps) -> Html,
    /// The second stage's offer and pages.
    pub second_stage: fn(SecondStageInput) -> Html,
    /// At the results: what the second stage would decide, and its first page (empty when the
    /// stage would not help, and the results show at once).
    pub decide_second_stage: fn(&Assessment, f64, &ErrorModel) -> (Undecided, Vec<usize>),
    /// The event that tells the host page the results are shown.
    pub completed: fn(&Assessment, f64, &ErrorModel) -> HostEvent,
    /// The results of a set of answers (see [`Report::build`]).
    pub report: fn(&Instrument, &AnswerSheet, &Context, f64, &ErrorModel) -> Report,
    /// A colleague's path, when the address holds a request link.
    pub colleague_flow: fn(ColleagueFlowProps) -> Html,
    /// The request code in the address, if any.
    pub request_in_address: fn() -> Option<String>,
    /// The colleagues' combined view this device keeps for an instrument and config id.
    pub kept_colleague_view: fn(&Instrument, Option<&str>) -> Option<ColleagueView>,
}

/// Every later view: what the full module and the tests mount.
pub static ALL: LaterViews = LaterViews {
    results: |props| {
        let effects = ResultsEffects::for_page(&props);
        results(props, effects)
    },
    second_stage: |input| {
        let SecondStageInput { frame, threshold, errors } = input;
        let (assessment, dispatch) = (frame.assessment, frame.dispatch);
        let on_next = {
            let (answers, experience) = (assessment.answers.clone(), assessment.context.experience);
            let (instrument, errors) =
                (std::rc::Rc::clone(&assessment.instrument), std::rc::Rc::clone(errors));
            dispatch.reform(move |_: MouseEvent| {
                Action::NextExtraPage(second_stage::next_page(
                    &instrument,
                    &answers,
                    experience,
                    threshold,
                    &errors,
                ))
            })
        };
        second_stage(SecondStageProps { frame, on_next })
    },
    decide_second_stage: |assessment, threshold, errors| {
        let (instrument, answers) = (&assessment.instrument, &assessment.answers);
        let experience = assessment.context.experience;
        let what = second_stage::within_reach(instrument, answers, experience, threshold, errors);
        let page = if what.any() {
            second_stage::next_page(instrument, answers, experience, threshold, errors)
        } else {
            Vec::new()
        };
        (what, page)
    },
    report: Report::build,
    completed: |assessment, threshold, errors| {
        let report = Report::build(
            &assessment.instrument,
            &assessment.answers,
            &assessment.context,
            threshold,
            errors,
        );
        HostEvent::completed(&assessment.instrument, &report)
    },
    colleague_flow: |props| {
        let ColleagueFlowProps { text, config, instrument, request, instance } = props;
        html! { <ColleagueFlow {text} {config} {instrument} {request} {instance} /> }
    },
    request_in_address: colleagues::request_in_address,
    kept_colleague_view: colleagues::kept_view,
};
