//! The cohort as a CSV file, one row per learner, that spreadsheet programs open correctly.
//!
//! - A UTF-8 byte-order mark, so that Excel reads the file as UTF-8 rather than the
//!   system's code page.
//! - Commas between cells, every cell in quotes where it needs them, and CRLF line ends
//!   (RFC 4180).
//! - Formula injection neutralised: a share code may start with `-`, and a cell starting
//!   with `=`, `+`, `-`, `@`, a tab or a carriage return would run as a formula in Excel,
//!   LibreOffice and Google Sheets. Such a cell gets a leading `'`, which the programs show
//!   as text (OWASP's advice for CSV injection).
//!
//! The columns are machine names (competency ids), the same in every language, so that a
//! trainer's formulas keep working whichever language the page was in.

use crate::decimal::format_decimal;
use crate::model::answers::{DirectReports, Experience};
use crate::model::instrument::{Instrument, Track};
use crate::model::profile::Profile;

use super::intake::Member;

const BYTE_ORDER_MARK: &str = "\u{feff}";

/// A cell as CSV writes it: quoted when it holds a separator, a quote or a line break, and
/// with a `'` before anything a spreadsheet would take for a formula.
pub fn cell(text: &str) -> String {
    let text =
        if text.starts_with(['=', '+', '-', '@', '\t', '\r']) { format!("'{text}") } else { text.to_owned() };
    if text.contains([',', '"', '\n', '\r', ';']) {
        format!("\"{}\"", text.replace('"', "\"\""))
    } else {
        text
    }
}

fn experience_name(experience: Option<Experience>) -> &'static str {
    match experience {
        None => "",
        Some(Experience::NotYet) => "not_yet",
        Some(Experience::UnderOneYear) => "under_1_year",
        Some(Experience::OneToThreeYears) => "1_to_3_years",
        Some(Experience::ThreeToFiveYears) => "3_to_5_years",
        Some(Experience::OverFiveYears) => "over_5_years",
    }
}

fn reports_name(reports: Option<DirectReports>) -> &'static str {
    match reports {
        None => "",
        Some(DirectReports::None) => "0",
        Some(DirectReports::OneToThree) => "1-3",
        Some(DirectReports::FourToEight) => "4-8",
        Some(DirectReports::NineOrMore) => "9+",
    }
}

fn profile_name(profile: Option<Profile>) -> &'static str {
    match profile {
        None => "",
        Some(Profile::BothStrong) => "both_strong",
        Some(Profile::ManagementStrong) => "management_strong",
        Some(Profile::LeadershipStrong) => "leadership_strong",
        Some(Profile::BothGrowing) => "both_growing",
    }
}

fn score(value: Option<f64>) -> String {
    value.map(|v| format_decimal(v, 1)).unwrap_or_default()
}

/// The whole file: a header row, then one row per learner.
pub fn cohort_csv(instrument: &Instrument, members: &[Member]) -> String {
    let mut header: Vec<String> = vec!["code".into(), "experience".into(), "direct_reports".into()];
    header.extend(instrument.competencies.iter().map(|c| c.id.clone()));
    header.extend(["management".into(), "leadership".into(), "profile".into()]);
    let mut rows = vec![header.iter().map(|h| cell(h)).collect::<Vec<_>>().join(",")];
    for member in members {
        let mut row = vec![
            cell(&member.code),
            experience_name(member.context.experience).to_owned(),
            cell(reports_name(member.context.reports)),
        ];
        row.extend(member.scores.competencies.iter().map(|s| score(s.value())));
        row.push(score(member.scores.index(Track::Management)));
        row.push(score(member.scores.index(Track::Leadership)));
        row.push(profile_name(member.profile).to_owned());
        rows.push(row.join(","));
    }
    let mut file = String::from(BYTE_ORDER_MARK);
    for row in rows {
        file.push_str(&row);
        file.push_str("\r\n");
    }
    file
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::cohort::intake::read_pasted;
    use crate::model::answers::{Answer, AnswerSheet, Context, Frequency};
    use crate::model::profile::DEFAULT_THRESHOLD;
    use crate::model::share::encode;

    #[test]
    fn formulas_are_neutralised_and_separators_quoted() {
        assert_eq!(cell("=HYPERLINK(\"http://x\")"), "\"'=HYPERLINK(\"\"http://x\"\")\"");
        assert_eq!(cell("-AbC_9"), "'-AbC_9");
        assert_eq!(cell("+1"), "'+1");
        assert_eq!(cell("@SUM(A1)"), "'@SUM(A1)");
        assert_eq!(cell("\tx"), "'\tx");
        assert_eq!(cell("a,b"), "\"a,b\"");
        assert_eq!(cell("plain"), "plain");
        assert_eq!(cell("9+"), "9+", "only the first character can start a formula");
    }

    #[test]
    fn one_row_per_learner_with_scores_indexes_and_profile() {
        let instrument = Instrument::builtin().expect("valid");
        let answers = AnswerSheet::from_answers(
            (0..instrument.statements.len()).map(|_| Some(Answer::Frequency(Frequency::Often))).collect(),
        );
        let context =
            Context { experience: Some(Experience::UnderOneYear), reports: Some(DirectReports::NineOrMore) };
        let code = encode(&instrument, &answers, &context);
        let intake = read_pasted(&instrument, &code, DEFAULT_THRESHOLD);
        let file = cohort_csv(&instrument, &intake.members);
        assert!(file.starts_with('\u{feff}'), "a byte-order mark for Excel");
        let lines: Vec<&str> = file.trim_start_matches('\u{feff}').split("\r\n").collect();
        assert_eq!(lines.len(), 3, "header, one learner, and the final line end: {lines:?}");
        let header: Vec<&str> = lines[0].split(',').collect();
        assert_eq!(header.len(), 3 + 16 + 3);
        assert_eq!(&header[..4], ["code", "experience", "direct_reports", "planning"]);
        let row: Vec<&str> = lines[1].split(',').collect();
        assert_eq!(row.len(), header.len());
        assert_eq!(row[0].trim_start_matches('\''), code);
        assert_eq!(&row[1..3], ["under_1_year", "9+"]);
        // Every statement at Often: reverse-keyed ones mirrored to Rarely score 25, so each
        // competency's score is its own mix; the indexes are the means of those.
        let expected: Vec<String> =
            intake.members[0].scores.competencies.iter().map(|s| score(s.value())).collect();
        assert_eq!(row[3..19].to_vec(), expected.iter().map(String::as_str).collect::<Vec<_>>());
        assert_eq!(row[21], profile_name(intake.members[0].profile));
        assert!(!row[21].is_empty());
    }
}
