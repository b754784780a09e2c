//! One view per file; each draws what it is given and reports what the learner did. The
//! effects behind a press (saving a file, the clipboard, the device's storage) come in as
//! callbacks, from `ui::hooks` or `ui::results_effects`.
//!
//! Each view is a plain function that takes one props struct and returns `Html`, rather than
//! a `#[function_component]`. They hold no state of their own (the flow in `ui::app` holds
//! it all), and as components they would each carry yew's lifecycle code in the wasm
//! (docs/performance.md). One exception: [`colleagues`] is a component, because what the
//! learner types there (a name, the topics toggle) must never join the assessment the flow
//! saves; its effects come from `hooks::use_colleague_panels`.

pub mod chart_svg;
pub mod choice_group;
pub mod colleagues;
pub mod comparison;
pub mod context_page;
pub mod data_table;
pub mod intro;
pub mod load_error;
pub mod page_frame;
pub mod page_nav;
pub mod pdf_button;
pub mod progress;
pub mod reflection;
pub mod results;
pub mod results_pending;
pub mod save_status;
pub mod scores_table;
pub mod second_stage;
pub mod share_panel;
pub mod statement_card;
pub mod statements_page;
pub mod topic_list;
