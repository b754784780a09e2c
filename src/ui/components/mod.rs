//! One component per file; each draws what its props say and reports what the learner did.

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
