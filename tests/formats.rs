//! Known answers: every link and stored value the widget has ever handed out
//! (`tests/fixtures/formats/`, made once and never regenerated) still reads, field by field,
//! as it did the day it was made. Round-trip tests cannot see a format change, because both
//! sides change together; only fixed answers can (tests/fixtures/formats/README.md).

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic, reason = "a test stops where it fails")]
#![cfg(not(target_arch = "wasm32"))]

use leadership_balance::cohort::read_pasted;
use leadership_balance::model::answers::{
    Answer, AnswerSheet, Context, DirectReports, Experience, Frequency,
};
use leadership_balance::model::colleague::{
    ColleagueView, REQUEST_MARKER, RESPONSE_MARKER, Request, decode_request, decode_response,
};
use leadership_balance::model::instrument::Instrument;
use leadership_balance::model::profile::DEFAULT_THRESHOLD;
use leadership_balance::model::share::{decode, fingerprint, full_fingerprint};
use leadership_balance::persistence::{LastResult, Progress, SavedStep, Stamps, storage_key};

fn fixture(name: &str) -> String {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/formats").join(name);
    std::fs::read_to_string(&path)
        .unwrap_or_else(|e| panic!("{}: {e}", path.display()))
        .trim_end_matches('\n')
        .to_owned()
}

fn builtin() -> Instrument {
    Instrument::builtin().expect("the built-in instrument")
}

/// Answers written out one character per statement: `1`–`5` on the scale, `n` for "no chance
/// yet" (a colleague's "not seen"), `.` for none. Statements not written out are unanswered:
/// a code made before the second stage existed reads with the second stage unanswered.
fn sheet(written: &str) -> AnswerSheet {
    let mut sheet = AnswerSheet::from_answers(
        written
            .chars()
            .map(|c| match c {
                '.' => None,
                'n' => Some(Answer::NoChanceYet),
                digit => Some(Answer::Frequency(
                    Frequency::from_value(digit.to_digit(10).expect("a digit") as u8).expect("on the scale"),
                )),
            })
            .collect(),
    );
    sheet.extend_to(statements());
    sheet
}

/// How many statements the built-in instrument has, both stages.
fn statements() -> usize {
    builtin().statements.len()
}

/// The code after `marker` in a link.
fn after<'a>(link: &'a str, marker: &str) -> &'a str {
    let at = link.find(marker).unwrap_or_else(|| panic!("{link} has no {marker}"));
    &link[at + marker.len()..]
}

const COMPLETE: &str = "4135241n5241352413n2413524135n4135241352n1352413";
const PARTIAL: &str = "241352413n241...................................";
const EARLIER: &str = "524135n4135241352n1352413524n3524135241n52413524";
/// Both stages: [`COMPLETE`], then the 32 statements of the second stage, some unanswered.
const BOTH_STAGES: &str = "4135241n5241352413n2413524135n4135241352n135241352413.....n2413524135.....413524";

fn complete_context() -> Context {
    Context { experience: Some(Experience::OneToThreeYears), reports: Some(DirectReports::OneToThree) }
}

fn partial_context() -> Context {
    Context { experience: Some(Experience::NotYet), reports: None }
}

fn earlier_context() -> Context {
    Context { experience: Some(Experience::UnderOneYear), reports: Some(DirectReports::None) }
}

#[test]
fn the_built_in_instruments_fingerprint_and_storage_keys_are_unchanged() {
    let instrument = builtin();
    // Every link and every saved file a learner holds carries this number.
    assert_eq!(fingerprint(&instrument), 48_267);
    // Links that carry second-stage answers carry this one, of both stages.
    assert_eq!(full_fingerprint(&instrument), 51_475);
    assert_eq!(
        storage_key(&instrument, Some("northwind")),
        "leadership-balance:leadership-balance-core:1:northwind"
    );
    assert_eq!(storage_key(&instrument, None), "leadership-balance:leadership-balance-core:1:default");
    assert_eq!((REQUEST_MARKER, RESPONSE_MARKER), ("#lb-ask=", "#lb-re="));
}

#[test]
fn result_links_read_as_they_were_made() {
    let instrument = builtin();
    let complete = fixture("result-link-complete.txt");
    assert_eq!(decode(&instrument, after(&complete, "#lb=")), Ok((sheet(COMPLETE), complete_context())));
    let partial = fixture("result-link-partial.txt");
    assert_eq!(decode(&instrument, after(&partial, "#lb=")), Ok((sheet(PARTIAL), partial_context())));
    let both = fixture("result-link-second-stage.txt");
    assert_eq!(decode(&instrument, after(&both, "#lb=")), Ok((sheet(BOTH_STAGES), both_stages_context())));
}

fn both_stages_context() -> Context {
    Context { experience: Some(Experience::OverFiveYears), reports: Some(DirectReports::FourToEight) }
}

/// The saved progress of the fixture `name`, read as the widget reads it.
fn progress_fixture(name: &str) -> Progress {
    Progress::from_text(&builtin(), &fixture(name)).expect("it reads")
}

/// The stamps of a progress whose statements `answers` were answered at their times, and
/// nothing else stamped.
fn answers_stamped(answers: &[(usize, u64)]) -> Stamps {
    let mut stamps = Stamps::unstamped(statements(), 4);
    for &(statement, at) in answers {
        stamps.answers[statement] = at;
    }
    stamps
}

#[test]
fn saved_progress_with_second_stage_answers_reads_with_every_stamp() {
    let kept = progress_fixture("progress-v2-second-stage.json");
    let mut stamps =
        answers_stamped(&[(2, 1_796_100_000_100), (50, 1_796_100_000_200), (79, 1_796_100_000_300)]);
    stamps.reflections[0] = 1_796_100_000_400;
    assert_eq!(
        kept,
        Progress {
            revision: 31,
            attempt: 2,
            answers: sheet(BOTH_STAGES),
            context: both_stages_context(),
            stamps,
            step: SavedStep::SecondStage,
            page: 0,
            reflections: vec!["Ask before I tell.".to_owned(), String::new(), String::new(), String::new()],
            earlier: None,
            last_result: None,
        }
    );
}

#[test]
fn colleague_requests_and_responses_read_as_they_were_made() {
    let instrument = builtin();
    let named = fixture("colleague-request-named.txt");
    assert_eq!(
        decode_request(&instrument, after(&named, REQUEST_MARKER)),
        Ok(Request { name: Some("Zoë".to_owned()) })
    );
    let unnamed = fixture("colleague-request-unnamed.txt");
    assert_eq!(decode_request(&instrument, after(&unnamed, REQUEST_MARKER)), Ok(Request { name: None }));
    let first = fixture("colleague-response-1.txt");
    assert_eq!(
        decode_response(&instrument, after(&first, RESPONSE_MARKER)),
        Ok(sheet("35241352n1352413524n3524135241n5241352413n241352"))
    );
    let second = fixture("colleague-response-2.txt");
    assert_eq!(
        decode_response(&instrument, after(&second, RESPONSE_MARKER)),
        Ok(sheet("13524n3524n3524135241n5241352413n2413524135n4135"))
    );
}

#[test]
fn the_kept_colleagues_view_reads_to_the_bit() {
    let instrument = builtin();
    let view = ColleagueView::from_code(&instrument, &fixture("colleague-view.txt")).expect("it reads");
    assert_eq!(view.fingerprint, 48_267);
    assert_eq!(view.responses, 2);
    assert_eq!(
        view.sums,
        [
            91.66666666666667,
            91.66666666666666,
            137.5,
            112.5,
            100.0,
            108.33333333333334,
            129.16666666666666,
            129.16666666666666,
            58.33333333333333,
            100.0,
            112.5,
            75.0,
            125.0,
            66.66666666666666,
            120.83333333333334,
            108.33333333333334,
        ]
    );
    assert_eq!(view.counts, [2; 16]);
    // Each response's checksum, so that the same answer is never counted twice.
    assert_eq!(view.seen, [4596, 48609]);
    let mut again = view.clone();
    let repeat = fixture("colleague-response-1.txt");
    assert!(again.add_pasted(&instrument, &repeat).is_err(), "a response already counted is known");
}

#[test]
fn saved_progress_of_version_1_reads_field_by_field() {
    let instrument = builtin();
    let middle =
        Progress::from_text(&instrument, &fixture("progress-v1-in-the-middle.json")).expect("it reads");
    assert_eq!(
        middle,
        Progress {
            revision: 0,
            attempt: 0,
            answers: sheet(PARTIAL),
            context: partial_context(),
            stamps: Stamps::unstamped(statements(), 4),
            step: SavedStep::Statements,
            page: 2,
            reflections: vec![String::new(); 4],
            earlier: None,
            last_result: None,
        }
    );
    let full = Progress::from_text(&instrument, &fixture("progress-v1-with-earlier-and-notes.json"))
        .expect("it reads");
    assert_eq!(
        full,
        Progress {
            revision: 0,
            attempt: 3,
            answers: sheet(COMPLETE),
            context: complete_context(),
            stamps: Stamps::unstamped(statements(), 4),
            step: SavedStep::Results,
            page: 0,
            reflections: vec![
                "Delegate the weekly report — to Zoë.".to_owned(),
                String::new(),
                "Ask: “what would help?”\nThen listen.".to_owned(),
                "Plan 1:1s".to_owned(),
            ],
            earlier: Some((sheet(EARLIER), earlier_context())),
            last_result: Some(LastResult {
                attempt: 3,
                answers: "AbyLMGoXVDqoXVC8oXVC7oXVC6sXVCwJJw".to_owned()
            }),
        }
    );
}

#[test]
fn the_cohort_pages_kept_codes_read_as_three_learners() {
    let instrument = builtin();
    let intake = read_pasted(
        &instrument,
        &fixture("cohort-kept.txt"),
        DEFAULT_THRESHOLD,
        &leadership_balance::model::uncertainty::ErrorModel::default_for(&instrument),
    );
    assert_eq!(intake.problems, []);
    assert_eq!(intake.repeats, Vec::<usize>::new());
    let members: Vec<(&str, Context)> = intake.members.iter().map(|m| (m.code.as_str(), m.context)).collect();
    assert_eq!(
        members,
        [
            ("AbyLMGoXVDqoXVC8oXVC7oXVC6sXVCwJJw", complete_context()),
            ("AbyLMEaoXdC6oXVi6oXVM6oXVDqoXVAFPw", earlier_context()),
            ("AbyLMCFC6oXlCAAAAAAAAAAAAAAAAACnmw", partial_context()),
        ]
    );
}

#[test]
fn the_requests_kept_on_the_asking_device_still_decode() {
    let instrument = builtin();
    let names: Vec<Option<String>> = fixture("colleague-asked.txt")
        .lines()
        .map(|code| decode_request(&instrument, code).expect("it reads").name)
        .collect();
    assert_eq!(names, [Some("Zoë".to_owned()), None]);
}

#[test]
fn saved_progress_of_version_2_reads_with_its_revision_and_stamps() {
    let kept = progress_fixture("progress-v2-two-tabs.json");
    let mut stamps =
        answers_stamped(&[(0, 1_796_000_000_100), (5, 1_796_000_000_200), (11, 1_796_000_000_300)]);
    stamps.experience = 1_796_000_000_010;
    stamps.reports = 1_796_000_000_020;
    stamps.reflections[2] = 1_796_000_000_400;
    assert_eq!(
        kept,
        Progress {
            revision: 12,
            attempt: 1,
            answers: sheet("4....n.....1...................................."),
            context: Context {
                experience: Some(Experience::ThreeToFiveYears),
                reports: Some(DirectReports::NineOrMore)
            },
            stamps,
            step: SavedStep::Statements,
            page: 1,
            reflections: vec![
                String::new(),
                String::new(),
                "Ставити цілі разом — Zoë".to_owned(),
                String::new()
            ],
            earlier: None,
            last_result: None,
        }
    );
}
