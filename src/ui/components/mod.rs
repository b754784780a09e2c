//! One view per file; each draws what it is given and reports what the learner did.
//!
//! The views are plain functions returning `Html`, not components: the flow (`ui::app`)
//! holds all state, and every component type would add about 0.8 KB gzip of yew's lifecycle
//! code to the wasm. Measured when they were converted: twelve stateless components cost
//! 8.8 KB; the results page, the share panel, the compare box, the PDF button and the two
//! context providers another 6.9 KB.

pub mod chart_svg;
pub mod choice_group;
pub mod comparison;
pub mod context_page;
pub mod intro;
pub mod load_error;
pub mod page_nav;
pub mod pdf_button;
pub mod progress;
pub mod reflection;
pub mod results;
pub mod scores_table;
pub mod share_panel;
pub mod statement_card;
pub mod statements_page;
pub mod topic_list;
