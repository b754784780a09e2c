//! Leadership Balance: a management/leadership self-assessment widget.
//!
//! - [`allocator`]: the wasm's small size-class memory allocator.
//! - [`config`]: the provider's configuration, checked with paths and suggestions.
//! - [`events`]: what the widget tells its host page.
//! - [`json`]: the small JSON reader and writer the config, instrument and saved progress use.
//! - [`model`]: the instrument, scoring, advice and chart geometry; pure Rust.
//! - [`pdf`]: the results PDF, laid out and written in pure Rust.
//! - [`strings`]: every word the learner reads, one table per language.
//! - [`ui`]: the Yew app and its views, which draw a state and report what the learner did.
//! - [`web`]: the few places that talk to the browser directly.

pub mod allocator;
pub mod config;
pub mod events;
pub mod fuzzing;
pub mod json;
pub mod model;
pub mod pdf;
pub mod strings;
pub mod ui;
pub mod web;
