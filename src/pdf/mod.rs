//! The results PDF, made on the device in pure Rust.
//!
//! - [`text`]: WinAnsi encoding, glyph widths and line wrapping for the standard fonts;
//! - [`layout`]: placing blocks on pages, with page breaks and footers;
//! - [`structure`]: the headings, paragraphs, lists and figures a screen reader follows;
//! - [`results`]: what the results PDF says, in which order;
//! - [`cohort`]: the trainer's cohort summary, with the same engine;
//! - [`writer`]: the laid-out pages as PDF objects;
//! - [`syntax`]: PDF file syntax, numbers and strings, written directly.
//!
//! Nothing here touches the browser: `cargo test` makes real PDFs natively and checks them
//! with qpdf and poppler.

pub mod cohort;
pub mod layout;
mod metrics;
pub mod results;
pub mod structure;
pub mod syntax;
pub mod text;
pub mod writer;

pub use layout::Paper;
pub use results::{PdfInput, results_pdf};
