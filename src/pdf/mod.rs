//! The results PDF, made on the device in pure Rust.
//!
//! - [`font`]: the font packs every PDF embeds from, and which characters they show;
//! - [`text`]: widths and line wrapping in those fonts;
//! - [`embed`]: each document's own subset of them, as PDF fonts;
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
mod coverage;
mod embed;
pub mod font;
pub mod layout;
pub mod results;
pub mod structure;
pub mod syntax;
pub mod text;
pub mod writer;

pub use layout::Paper;
pub use results::{PdfInput, results_pdf};
