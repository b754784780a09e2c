//! Reading what a trainer pastes or drops: one share link or code per line, or a CSV export
//! with the link somewhere in each row. Each line is decoded on its own, so one bad line costs
//! only itself, and it is listed with its number and the reason.

use crate::model::answers::{AnswerSheet, Context};
use crate::model::instrument::Instrument;
use crate::model::profile::Profile;
use crate::model::scoring::Scores;
use crate::model::share::{CodeReader, ShareError};
use crate::model::uncertainty::{Bands, ErrorModel, Placement};

/// The most lines read from one paste or file: far more than any cohort, and a bound on the
/// work a mistaken drop of a huge file can cause.
pub const MAX_LINES: usize = 5_000;

/// One learner of the cohort.
#[derive(Clone, Debug, PartialEq)]
pub struct Member {
    /// The share code, as read: the CSV export's first column.
    pub code: String,
    /// Every answer the code carries: the reliability figures are measured on them.
    pub answers: AnswerSheet,
    pub context: Context,
    pub scores: Scores,
    /// The profile, or close to the line, as the learner's own results state it; `None` while
    /// either index is missing.
    pub placement: Option<Placement>,
    /// The profile, where the answers support one (see `placement`).
    pub profile: Option<Profile>,
}

/// A line that held no readable result.
#[derive(Clone, Debug, PartialEq)]
pub struct LineProblem {
    /// 1-based, as an editor numbers lines.
    pub line: usize,
    pub error: ShareError,
}

/// What a paste gave: the learners, in the order their lines came, and what was left out.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Intake {
    pub members: Vec<Member>,
    pub problems: Vec<LineProblem>,
    /// Lines whose code was already counted on an earlier line: the same learner sent twice.
    pub repeats: Vec<usize>,
    /// Lines past [`MAX_LINES`], not read.
    pub skipped: usize,
}

impl Intake {
    /// Adds the learners and problems of `more`, keeping a code already here out: a second
    /// paste or file adds to the cohort. Line numbers stay those of their own paste.
    /// (`more` comes from [`read_pasted`], which has already counted each code once.)
    pub fn merge(&mut self, more: Intake) {
        let mut counted: Vec<&str> = self.members.iter().map(|m| m.code.as_str()).collect();
        counted.sort_unstable();
        let fresh: Vec<Member> = more
            .members
            .into_iter()
            .filter(|member| counted.binary_search(&member.code.as_str()).is_err())
            .collect();
        self.members.extend(fresh);
        self.problems = more.problems;
        self.repeats = more.repeats;
        self.skipped = more.skipped;
    }
}

/// The codes counted so far, kept sorted: a binary search finds a repeat, so a paste of
/// thousands of lines does not compare every code with every other. (A sorted `Vec` rather
/// than a `BTreeSet`, which grew the cohort page's wasm.)
#[derive(Default)]
struct Known(Vec<String>);

impl Known {
    /// Adds `code`; `false` when it was already there.
    fn insert(&mut self, code: &str) -> bool {
        match self.0.binary_search_by(|known| known.as_str().cmp(code)) {
            Ok(_) => false,
            Err(at) => {
                self.0.insert(at, code.to_owned());
                true
            }
        }
    }
}

/// Reads `text`, one learner per line. Empty lines are ignored; a line is a share link
/// (anything with `#lb=` in it; several on a line all count), a bare code, or a CSV row with
/// either in one of its cells. A first row of several cells without a code is taken for a
/// form export's header and skipped.
pub fn read_pasted(instrument: &Instrument, text: &str, threshold: f64, errors: &ErrorModel) -> Intake {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let mut intake = Intake::default();
    let mut known = Known::default();
    let reader = CodeReader::new(instrument);
    for (index, line) in text.lines().enumerate() {
        if index >= MAX_LINES {
            intake.skipped += 1;
            continue;
        }
        let line_number = index + 1;
        if line.trim().is_empty() {
            continue;
        }
        let reads = read_line(&reader, line);
        // A first line that holds no code in any cell is a form export's header row.
        if intake.members.is_empty()
            && intake.problems.is_empty()
            && is_header(line)
            && matches!(reads.as_slice(), [Err(ShareError::NotACode)])
        {
            continue;
        }
        for read in reads {
            match read {
                Ok((code, answers, context)) => {
                    if !known.insert(&code) {
                        intake.repeats.push(line_number);
                        continue;
                    }
                    let scores = Scores::compute(instrument, &answers);
                    let bands = Bands::of(instrument, &answers, &scores, errors);
                    let placement = Placement::of(&bands, threshold);
                    let profile = placement.and_then(Placement::profile);
                    intake.members.push(Member { code, answers, context, scores, placement, profile });
                }
                Err(error) => intake.problems.push(LineProblem { line: line_number, error }),
            }
        }
    }
    intake
}

type Decoded = (String, AnswerSheet, Context);

/// Shorter cells of a CSV row are words, dates or names, even when they happen to be
/// valid base64 ("Timestamp" is): a code for any instrument is longer.
const SHORTEST_CODE_CELL: usize = 16;

/// The learners on one line. Every link on it counts, since links pasted from a mail whose
/// line breaks were lost can share a line; a CSV row is one learner, in whichever cell.
fn read_line(reader: &CodeReader, line: &str) -> Vec<Result<Decoded, ShareError>> {
    let (candidates, from_cells) = candidates(line);
    if !from_cells {
        return candidates
            .iter()
            .map(|code| reader.decode(code).map(|(answers, context)| (code.clone(), answers, context)))
            .collect();
    }
    let several = candidates.len() > 1;
    let mut first_error = None;
    for candidate in &candidates {
        if several && candidate.len() < SHORTEST_CODE_CELL {
            continue;
        }
        match reader.decode(candidate) {
            Ok((answers, context)) => return vec![Ok((candidate.clone(), answers, context))],
            // A cell that is plainly not a code says less than a code that is damaged or
            // made for another instrument: report the more telling reason.
            Err(ShareError::NotACode) => {}
            Err(error) => {
                first_error.get_or_insert(error);
            }
        }
    }
    vec![Err(first_error.unwrap_or(ShareError::NotACode))]
}

/// A CSV row with several cells and no link: what a form tool's header looks like.
fn is_header(line: &str) -> bool {
    !line.contains("#lb=") && candidates(line).0.len() > 1
}

/// The pieces of `line` that may be a code: what follows `#lb=` in a link, or else each cell
/// of a CSV row (comma, semicolon or tab separated, quotes removed); and whether they are
/// cells.
fn candidates(line: &str) -> (Vec<String>, bool) {
    let ends = |c: char| c.is_whitespace() || matches!(c, ',' | ';' | '"' | '\'' | '&' | '<' | '>');
    let from_links: Vec<String> = line
        .match_indices("#lb=")
        .map(|(at, marker)| {
            let rest = &line[at + marker.len()..];
            rest[..rest.find(ends).unwrap_or(rest.len())].to_owned()
        })
        .collect();
    if !from_links.is_empty() {
        return (from_links, false);
    }
    let cells = line
        .split([',', ';', '\t'])
        .map(|cell| cell.trim().trim_matches('"').trim().to_owned())
        .filter(|cell| !cell.is_empty())
        .collect();
    (cells, true)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::answers::{Experience, Frequency};
    use crate::model::fixtures::builtin;
    use crate::model::fixtures::sheet_scoring;
    use crate::model::profile::DEFAULT_THRESHOLD;
    use crate::model::share::encode;

    /// A learner who scores `level` on every statement (reverse-keyed ones answered mirrored):
    /// Rarely gives every competency 25.
    fn code(instrument: &Instrument, level: Frequency, experience: Experience) -> String {
        let answers = sheet_scoring(instrument, |_| level);
        encode(instrument, &answers, &Context { experience: Some(experience), reports: None })
    }

    /// Reads `around(code)` for one learner's code, and checks that that learner alone is
    /// taken and `problems` are reported.
    fn one_learner_in(around: impl Fn(&str) -> String, problems: &[LineProblem]) {
        let instrument = builtin();
        let a = code(&instrument, Frequency::Often, Experience::NotYet);
        let intake = read(&instrument, &around(&a));
        let codes: Vec<&str> = intake.members.iter().map(|m| m.code.as_str()).collect();
        assert_eq!(codes, [a.as_str()]);
        assert_eq!(intake.problems, problems);
    }

    /// What the cohort page reads from `text`, at the default threshold and error model.
    fn read(instrument: &Instrument, text: &str) -> Intake {
        read_pasted(instrument, text, DEFAULT_THRESHOLD, &ErrorModel::default_for(instrument))
    }

    #[test]
    fn links_codes_and_csv_rows_are_read_and_bad_lines_listed_with_their_reason() {
        let instrument = builtin();
        let often = code(&instrument, Frequency::Often, Experience::NotYet);
        let rarely = code(&instrument, Frequency::Rarely, Experience::OverFiveYears);
        let always = code(&instrument, Frequency::AlmostAlways, Experience::UnderOneYear);
        let mut damaged = often.clone();
        damaged.replace_range(10..11, if &often[10..11] == "A" { "B" } else { "A" });
        let text = format!(
            "https://training.example/check#lb={often}\n\
             \n\
             {rarely}\n\
             \"2026-11-30 10:12\",\"Ana\",\"https://training.example/#lb={always}\"\n\
             Timestamp,Name,Result\n\
             {damaged}\n\
             https://training.example/check#lb={often}\n\
             {}\n",
            &often[..12]
        );
        let intake = read(&instrument, &text);
        let codes: Vec<&str> = intake.members.iter().map(|m| m.code.as_str()).collect();
        assert_eq!(codes, [often.as_str(), rarely.as_str(), always.as_str()]);
        assert_eq!(
            intake.problems,
            [
                LineProblem { line: 5, error: ShareError::NotACode },
                LineProblem { line: 6, error: ShareError::Damaged },
                LineProblem { line: 8, error: ShareError::Truncated },
            ]
        );
        assert_eq!(intake.repeats, [7], "the same code twice counts once");
        assert_eq!(intake.members[0].context.experience, Some(Experience::NotYet));
        assert_eq!(intake.members[1].scores.management, Some(25.0));
        assert_eq!(intake.members[2].profile, Some(Profile::BothStrong));
    }

    #[test]
    fn a_form_exports_header_row_is_skipped_but_the_same_row_later_is_reported() {
        one_learner_in(
            |a| format!("Timestamp,Name,Result\n2026-11-30,Ana,{a}\nTimestamp,Name,Result\nnot a code\n"),
            &[
                LineProblem { line: 3, error: ShareError::NotACode },
                LineProblem { line: 4, error: ShareError::NotACode },
            ],
        );
    }

    #[test]
    fn a_first_line_of_one_cell_that_is_not_a_code_is_reported_not_taken_for_a_header() {
        one_learner_in(
            |a| format!("see the results below\n{a}\n"),
            &[LineProblem { line: 1, error: ShareError::NotACode }],
        );
    }

    #[test]
    fn a_byte_order_mark_windows_line_ends_and_a_second_paste_are_handled() {
        let instrument = builtin();
        let a = code(&instrument, Frequency::Often, Experience::NotYet);
        let b = code(&instrument, Frequency::Sometimes, Experience::NotYet);
        let errors = ErrorModel::default_for(&instrument);
        let mut intake =
            read_pasted(&instrument, &format!("\u{feff}{a}\r\n{b}\r\n"), DEFAULT_THRESHOLD, &errors);
        assert_eq!(intake.members.len(), 2);
        assert!(intake.problems.is_empty(), "{:?}", intake.problems);
        let c = code(&instrument, Frequency::Rarely, Experience::NotYet);
        intake.merge(read_pasted(&instrument, &format!("{b}\n{c}\nnot a code"), DEFAULT_THRESHOLD, &errors));
        assert_eq!(intake.members.len(), 3, "b is already in the cohort");
        assert_eq!(intake.problems, [LineProblem { line: 3, error: ShareError::NotACode }]);
    }

    #[test]
    fn a_code_cut_to_the_shortest_code_cell_in_a_csv_row_is_reported_as_cut_short() {
        one_learner_in(
            |a| format!("2026-11-30,Ana,{a}\n2026-11-30,Ben,{}\n", &a[..SHORTEST_CODE_CELL]),
            &[LineProblem { line: 2, error: ShareError::Truncated }],
        );
    }

    #[test]
    fn every_link_on_a_line_counts_when_line_breaks_were_lost() {
        let instrument = builtin();
        let a = code(&instrument, Frequency::Often, Experience::NotYet);
        let b = code(&instrument, Frequency::Rarely, Experience::NotYet);
        let line =
            format!("https://x.example/#lb={a} https://x.example/#lb={b}https://x.example/#lb={}", &a[..9]);
        let intake = read(&instrument, &line);
        let codes: Vec<&str> = intake.members.iter().map(|m| m.code.as_str()).collect();
        assert_eq!(codes, [a.as_str()], "the second link runs into the third: it is damaged");
        let line = format!("https://x.example/#lb={a} https://x.example/#lb={b} https://x.example/#lb={a}");
        let intake = read(&instrument, &line);
        assert_eq!(intake.members.len(), 2);
        assert_eq!(intake.repeats, [1]);
        assert!(intake.problems.is_empty());
    }

    #[test]
    fn a_code_for_another_instrument_says_so() {
        let instrument = builtin();
        let mut other = instrument.clone();
        other.statements[0].id = "another_statement".to_owned();
        let foreign = code(&other, Frequency::Often, Experience::NotYet);
        let intake = read_pasted(
            &instrument,
            &foreign,
            DEFAULT_THRESHOLD,
            &crate::model::uncertainty::ErrorModel::default_for(&instrument),
        );
        assert_eq!(intake.problems, [LineProblem { line: 1, error: ShareError::OtherInstrument }]);
    }

    #[test]
    fn lines_past_the_limit_are_counted_not_read() {
        let instrument = builtin();
        let text = "x\n".repeat(MAX_LINES + 3);
        let intake = read(&instrument, &text);
        assert_eq!((intake.problems.len(), intake.skipped), (MAX_LINES, 3));
    }

    /// A learner placed as their own results place them: management and leadership both at
    /// 62.5 (every competency half Often, half Sometimes) is too close to 60 for a profile, and
    /// counted so, not as "both strong".
    #[test]
    fn a_learner_close_to_the_line_has_no_profile_here_either() {
        let instrument = builtin();
        let answers = crate::model::fixtures::sheet_with(&instrument, |_, s| {
            let level = if s % 2 == 0 { Frequency::Often } else { Frequency::Sometimes };
            Some(crate::model::answers::Answer::Frequency(if instrument.statements[s].reverse {
                level.mirrored()
            } else {
                level
            }))
        });
        let close = encode(&instrument, &answers, &Context::default());
        let clear = code(&instrument, Frequency::AlmostAlways, Experience::NotYet);
        let errors = ErrorModel::default_for(&instrument);
        let intake = read_pasted(&instrument, &format!("{close}\n{clear}"), DEFAULT_THRESHOLD, &errors);
        assert!(
            matches!(intake.members[0].placement, Some(Placement::Close { .. })),
            "{:?}",
            intake.members[0]
        );
        assert_eq!(intake.members[0].profile, None);
        assert_eq!(intake.members[1].profile, Some(Profile::BothStrong));
        let summary = crate::cohort::CohortSummary::build(&instrument, &intake.members);
        assert_eq!((summary.profiles, summary.close, summary.unplaced), ([1, 0, 0, 0], 1, 0));
    }
}
