//! The cohort as a CSV file, one row per learner, that spreadsheet programs open correctly;
//! and the reliability figures as a second file of their own ([`reliability_csv`]), so that
//! the learners' file keeps exactly the columns trainers' spreadsheets already read.
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
use crate::model::uncertainty::Placement;

use super::intake::Member;
use super::reliability::{CohortReliability, Scale, fixed};

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
    experience.map_or("", Experience::code)
}

fn reports_name(reports: Option<DirectReports>) -> &'static str {
    reports.map_or("", DirectReports::code)
}

/// The profile column: the profile's id, `close_to_the_line` where the learner's results name
/// none because an index is too close to call, empty without both indexes.
fn profile_name(placement: Option<Placement>) -> &'static str {
    match placement {
        None => "",
        Some(Placement::Clear(profile)) => profile.id(),
        Some(Placement::Close { .. }) => "close_to_the_line",
    }
}

fn score(value: Option<f64>) -> String {
    value.map(|v| format_decimal(v, 1)).unwrap_or_default()
}

/// The rows as a file: the byte-order mark, and CRLF after every row.
fn file_of(rows: Vec<String>) -> String {
    let mut file = String::from(BYTE_ORDER_MARK);
    for row in rows {
        file.push_str(&row);
        file.push_str("\r\n");
    }
    file
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
        row.push(profile_name(member.placement).to_owned());
        rows.push(row.join(","));
    }
    file_of(rows)
}

/// The header of [`reliability_csv`]: a scale (an index or a competency, by id), what the row
/// is, and the figures; a statement's row has its id and its corrected item-total correlation.
pub const RELIABILITY_HEADER: [&str; 11] = [
    "scale",
    "kind",
    "statement",
    "learners",
    "items",
    "alpha",
    "alpha_low_95",
    "alpha_high_95",
    "sem_points",
    "item_total",
    "flagged",
];

/// The cells of a scale's figures: learners, items, α, its interval and the SEM.
fn scale_cells(scale: &Scale) -> Vec<String> {
    let mut cells = vec![scale.learners.to_string(), scale.items.to_string()];
    match scale.figures {
        Some(f) => cells.extend([fixed(f.alpha, 3), fixed(f.low, 3), fixed(f.high, 3), fixed(f.sem, 2)]),
        None => cells.extend(["", "", "", ""].map(str::to_owned)),
    }
    cells
}

/// The reliability figures as their own CSV file: both indexes, then each competency followed
/// by its first-stage statements. Machine names and `.` decimals, as in [`cohort_csv`].
pub fn reliability_csv(instrument: &Instrument, reliability: &CohortReliability) -> String {
    let mut rows = vec![RELIABILITY_HEADER.join(",")];
    for track in Track::ALL {
        let name = match track {
            Track::Management => "management",
            Track::Leadership => "leadership",
        };
        let mut row = vec![name.to_owned(), "index".to_owned(), String::new()];
        row.extend(scale_cells(reliability.track(track)));
        row.extend([String::new(), String::new()]);
        rows.push(row.join(","));
    }
    for measured in &reliability.competencies {
        let Some(competency) = instrument.competencies.get(measured.competency) else { continue };
        let id = cell(&competency.id);
        let mut row = vec![id.clone(), "competency".to_owned(), String::new()];
        row.extend(scale_cells(&measured.scale));
        row.extend([String::new(), String::new()]);
        rows.push(row.join(","));
        for fit in &measured.statements {
            let Some(statement) = instrument.statements.get(fit.statement) else { continue };
            let mut row = vec![id.clone(), "statement".to_owned(), cell(&statement.id)];
            row.push(measured.scale.learners.to_string());
            row.extend(["", "", "", "", ""].map(str::to_owned));
            row.push(fit.item_total.map(|r| fixed(r, 3)).unwrap_or_default());
            row.push(if fit.is_weak() { "1" } else { "0" }.to_owned());
            rows.push(row.join(","));
        }
    }
    file_of(rows)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::cohort::fixtures::five_learners;
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
        let intake = read_pasted(
            &instrument,
            &code,
            DEFAULT_THRESHOLD,
            &crate::model::uncertainty::ErrorModel::default_for(&instrument),
        );
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
        assert_eq!(row[21], profile_name(intake.members[0].placement));
        assert!(!row[21].is_empty());
    }

    #[test]
    fn the_reliability_figures_are_a_file_of_their_own() {
        let instrument = Instrument::builtin().expect("valid");
        // α 0.862832, interval 0.3069 to 0.9847, SEM 10.3749 (cohort::reliability's tests).
        let members = five_learners(&instrument);
        let reliability = CohortReliability::measure(&instrument, &members);
        let file = reliability_csv(&instrument, &reliability);
        assert!(file.starts_with('\u{feff}'));
        let lines: Vec<&str> = file.trim_start_matches('\u{feff}').trim_end().split("\r\n").collect();
        // The header, two indexes, and 16 competencies with three statements each.
        assert_eq!(lines.len(), 1 + 2 + 16 * 4);
        assert_eq!(lines[0], RELIABILITY_HEADER.join(","));
        // Every competency scores alike for each learner: the index's α is 1 exactly.
        assert_eq!(lines[1], "management,index,,5,7,1.000,1.000,1.000,0.00,,");
        assert_eq!(lines[3], "planning,competency,,5,3,0.863,0.307,0.985,10.37,,");
        let planning_first = &instrument.statements[instrument.statements_of(0)[0]].id;
        assert_eq!(lines[4], format!("planning,statement,{planning_first},5,,,,,,0.811,0"));
        assert!(lines.iter().all(|line| line.split(',').count() == RELIABILITY_HEADER.len()), "{lines:?}");
        // The learners' own file is as it was.
        assert!(
            cohort_csv(&instrument, &members).starts_with("\u{feff}code,experience,direct_reports,planning,")
        );
    }
}
