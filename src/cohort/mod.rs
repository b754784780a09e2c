//! A group of learners' results, combined for their trainer: what the cohort page shows.
//!
//! A learner sends their result by their own means ([`mailto`] makes the link for their mail
//! program). The trainer pastes the share links learners sent them (or a form tool's export
//! holding them); [`intake`] reads them line by line with the share codec, [`summary`]
//! combines the group, [`charts`] draws it as geometry for the page's SVG and the PDF,
//! [`reliability`] measures how reliable the statements are on these learners (with
//! [`f_distribution`] for α's interval), and [`csv`] writes one row per learner for a
//! spreadsheet, and the reliability figures for another. All of it is pure Rust over
//! [`crate::model`]: nothing here stores or sends anything.

pub mod charts;
pub mod csv;
pub mod f_distribution;
#[cfg(test)]
pub(crate) mod fixtures;
pub mod intake;
pub mod mailto;
pub mod reliability;
pub mod summary;

pub use intake::{Intake, LineProblem, Member, read_pasted};
pub use reliability::CohortReliability;
pub use summary::{Advice, CohortSummary, CohortTopic, Spread};

/// The codes kept on the device (`kept`, one per line) together with `more`, each once, the
/// kept ones first: what a second tab of the cohort page keeps, so that neither tab's learners
/// are lost.
pub fn union_of_codes(kept: &str, more: &[&str]) -> Vec<String> {
    let mut all: Vec<String> = Vec::new();
    for code in kept.lines().map(str::trim).chain(more.iter().map(|c| c.trim())) {
        if !code.is_empty() && !all.iter().any(|known| known == code) {
            all.push(code.to_owned());
        }
    }
    all
}

#[cfg(test)]
mod tests {
    use super::union_of_codes;

    #[test]
    fn two_tabs_codes_are_kept_together_each_once() {
        assert_eq!(union_of_codes("a\nb\n", &["b", "c", " a "]), ["a", "b", "c"]);
        assert_eq!(union_of_codes("", &[]), Vec::<String>::new());
        assert_eq!(union_of_codes("x\n\ny", &["y"]), ["x", "y"]);
    }
}
