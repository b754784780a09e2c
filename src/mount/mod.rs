//! The top layer: where each wasm's entry point (`src/bin/`) starts the app. Mounting needs
//! both the Yew app (`ui`) and the browser glue (`web`), so it sits above both, and nothing
//! in the crate uses it.
//!
//! - [`widget`]: mounting a `<leadership-balance>` widget, from either of its two modules;
//! - [`cohort_page`]: starting the trainer's cohort page.

pub mod cohort_page;
pub mod widget;
