//! A group of learners' results, combined for their trainer: what the cohort page shows.
//!
//! A learner sends their result by their own means ([`mailto`] makes the link for their mail
//! program). The trainer pastes the share links learners sent them (or a form tool's export
//! holding them); [`intake`] reads them line by line with the share codec, [`summary`]
//! combines the group, [`charts`] draws it as geometry for the page's SVG and the PDF, and
//! [`csv`] writes one row per learner for a spreadsheet. All of it is
//! pure Rust over [`crate::model`]: nothing here stores or sends anything.

pub mod charts;
pub mod csv;
pub mod intake;
pub mod mailto;
pub mod summary;

pub use intake::{Intake, LineProblem, Member, read_pasted};
pub use summary::{Advice, CohortSummary, CohortTopic, Spread};
