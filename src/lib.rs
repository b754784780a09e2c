//! Leadership Balance: a management/leadership self-assessment widget.
//!
//! The modules, lowest layer first; each uses only those before it in this list, and
//! `tests/architecture.rs` fails on any `use crate::…` that points the other way
//! (docs/architecture.md says why each layer sits where it does):
//!
//! - [`decimal`], [`paper`], [`calendar`], [`checker`]: small shared vocabulary (number
//!   formatting, paper sizes, dates, and the walk that checks a hand-written JSON file and
//!   names each problem's path).
//! - [`model`]: the instrument, scoring, advice, share codes and chart geometry; pure Rust.
//! - [`cohort`]: a group of learners' results for their trainer: pasted share links read line
//!   by line, combined into medians, spreads and ranked topics, and written as CSV.
//! - [`strings`]: every word the learner reads, one table per language.
//! - [`config`]: the provider's configuration, checked with paths and suggestions.
//! - [`persistence`]: the progress file kept on the learner's device.
//! - [`scorer`]: the command-line scorer's reading and writing of answer sheets (native only).
//! - [`events`]: what the widget tells its host page.
//! - [`pdf`]: the results PDF, laid out and written in pure Rust.
//! - [`web`]: the only code that talks to the browser directly (storage, clipboard,
//!   downloads, focus, the address), for the app's hooks and the mounting to call.
//! - [`ui`]: the Yew app and its views, which draw a state and report what the learner did;
//!   its hooks call [`web`] for the effects.
//! - [`mount`]: where each wasm's entry point (`src/bin/`) mounts the app.
//!
//! Everything before `web` is free of `web-sys`, so `cargo test` checks it natively.
//! [`fuzzing`] holds the entry points the fuzz targets call.

pub mod calendar;
pub mod checker;
pub mod cohort;
#[deny(missing_docs)]
pub mod config;
pub mod decimal;
pub mod events;
pub mod fuzzing;
pub mod model;
pub mod mount;
pub mod paper;
pub mod pdf;
pub mod persistence;
#[cfg(not(target_arch = "wasm32"))]
pub mod scorer;
pub mod strings;
#[deny(missing_docs)]
pub mod ui;
pub mod web;

/// The widget's version, from Cargo.toml; the npm package in dist/ carries the same.
pub const VERSION: &str = env!("CARGO_PKG_VERSION");

/// The wasm builds' allocator: talc, in place of Rust's default (dlmalloc), because it is
/// smaller, and every byte of the first module is time a learner on a slow network waits
/// (docs/performance.md, the price list).
#[cfg(target_arch = "wasm32")]
#[global_allocator]
static ALLOCATOR: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();
