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

use crate::model::colleague::ColleagueView;
use crate::model::instrument::Instrument;
use crate::ui::colleague_flow::{ColleagueFlow, ColleagueFlowProps};
use crate::ui::components::results::{ResultsProps, results};
use crate::ui::results_effects::ResultsEffects;
use crate::web::colleagues;

/// The later views, and the device reads only they need.
pub struct LaterViews {
    /// The results page.
    pub results: fn(ResultsProps) -> Html,
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
    colleague_flow: |props| {
        let ColleagueFlowProps { text, config, instrument, request, instance } = props;
        html! { <ColleagueFlow {text} {config} {instrument} {request} {instance} /> }
    },
    request_in_address: colleagues::request_in_address,
    kept_colleague_view: colleagues::kept_view,
};
