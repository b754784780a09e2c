//! The command-line scorer (`src/bin/score.rs`): answer sheets collected elsewhere, on paper
//! at a workshop or in an LMS export, read ([`input`]) and scored into exactly what the widget
//! would state ([`output`]), through the same library calls.

pub mod input;
pub mod output;

pub use input::{Sheet, SheetError, read};
pub use output::{Scored, json_line, link, score, text};
