//! The command-line scorer, run as a provider runs it: the built binary on the files in
//! `tests/fixtures/scorer/` (a workshop's CSV, and JSON lines answering the whole bank).

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic, reason = "a test stops where it fails")]
#![cfg(not(target_arch = "wasm32"))]

use std::io::Write;
use std::process::{Command, Output, Stdio};

use leadership_balance::model::instrument::Instrument;
use leadership_balance::model::second_stage::MAX_EXTRA;
use leadership_balance::model::share;
use leadership_balance::scorer;
use serde_json::Value;

fn fixture(name: &str) -> String {
    format!("{}/tests/fixtures/scorer/{name}", env!("CARGO_MANIFEST_DIR"))
}

fn run(args: &[&str], input: Option<&str>) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_leadership-balance-score"))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the scorer runs");
    if let Some(input) = input {
        child.stdin.take().expect("stdin").write_all(input.as_bytes()).expect("input written");
    }
    drop(child.stdin.take());
    child.wait_with_output().expect("the scorer ends")
}

fn stdout(output: &Output) -> String {
    String::from_utf8(output.stdout.clone()).expect("UTF-8")
}

#[test]
fn a_workshops_csv_prints_each_learners_result_as_the_widget_states_it() {
    let output = run(&[&fixture("workshop.csv")], None);
    assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
    let text = stdout(&output);
    for expected in [
        "ana\n  Steady organizer: ",
        "Your next step: leadership development",
        "chloe\n  People champion: ",
        "Your next step: management development",
        "Management scores 49 (likely 42–57) and leadership scores 95 (likely 88–100) out of 100.",
        "\n  Start here:",
        "\n  #lb=Ask",
    ] {
        assert!(text.contains(expected), "missing {expected:?} in\n{text}");
    }
    assert_eq!(text.matches("\n  #lb=").count(), 3, "one link per learner");
}

#[test]
fn the_json_output_answers_the_widgets_own_reading_of_its_link() {
    let instrument = Instrument::builtin().expect("valid");
    let output = run(&["--json", "--page", "https://northwind.example/a", &fixture("workshop.csv")], None);
    assert!(output.status.success());
    let lines: Vec<Value> = stdout(&output).lines().map(|l| serde_json::from_str(l).expect("JSON")).collect();
    let text = std::fs::read_to_string(fixture("workshop.csv")).expect("the fixture");
    let sheets: Vec<_> = scorer::read(&instrument, &text).into_iter().map(|s| s.expect("it reads")).collect();
    assert_eq!(lines.len(), sheets.len());
    for (line, sheet) in lines.iter().zip(&sheets) {
        let link = line["link"].as_str().expect("a link");
        let code = link.strip_prefix("https://northwind.example/a#lb=").expect("on the page");
        assert_eq!(share::decode(&instrument, code), Ok((sheet.answers.clone(), sheet.context)));
    }
    assert_eq!(lines[0]["profile"], "management_strong");
    assert_eq!(lines[2]["next_step"], "management");
}

/// Each learner answered the whole bank; with `--adaptive` the result rests on the first
/// stage and on the extra statements the widget would have asked, no others.
#[test]
fn adaptive_scoring_uses_only_the_statements_the_second_stage_asks() {
    let instrument = Instrument::builtin().expect("valid");
    let output = run(&["--adaptive", "--json", &fixture("bank.jsonl")], None);
    assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
    let text = std::fs::read_to_string(fixture("bank.jsonl")).expect("the fixture");
    let banks: Vec<_> = scorer::read(&instrument, &text).into_iter().map(|s| s.expect("it reads")).collect();
    let mut asked_any = false;
    for (line, bank) in stdout(&output).lines().zip(&banks) {
        let line: Value = serde_json::from_str(line).expect("JSON");
        let asked: Vec<usize> = line["asked"]
            .as_array()
            .expect("the statements asked")
            .iter()
            .map(|id| {
                instrument.statements.iter().position(|s| s.id == id.as_str().unwrap_or("")).expect("an id")
            })
            .collect();
        assert!(asked.len() <= MAX_EXTRA);
        asked_any |= !asked.is_empty();
        let code = line["link"].as_str().and_then(|l| l.strip_prefix("#lb=")).expect("a link");
        let (answers, _) = share::decode(&instrument, code).expect("the link reads");
        for s in 0..instrument.statements.len() {
            let used = !instrument.is_extra(s) || asked.contains(&s);
            assert_eq!(
                answers.get(s),
                if used { bank.answers.get(s) } else { None },
                "{}: statement {s}",
                bank.id
            );
        }
    }
    assert!(asked_any, "these learners were chosen close to a line: some are asked more");
    let text = stdout(&run(&["--adaptive", &fixture("bank.jsonl")], None));
    assert!(text.contains("Second stage: 6 asked: "), "{text}");
}

#[test]
fn a_sheet_with_a_problem_is_named_and_the_others_are_still_scored() {
    let input = "id,experience,planing_1\nana,not_yet,4\n";
    let output = run(&[], Some(input));
    assert_eq!(output.status.code(), Some(1));
    let errors = String::from_utf8_lossy(&output.stderr);
    assert!(errors.contains("input: line 1: column \"planing_1\" is not a statement of this instrument. Did you mean \"planning_1\"?"), "{errors}");

    let input = "{\"id\": \"ana\", \"answers\": {\"planning_1\": 4}}\n{\"id\": \"ben\", \"answers\": {\"planning_1\": 9}}\n";
    let output = run(&["--lang", "de"], Some(input));
    assert_eq!(output.status.code(), Some(1));
    let errors = String::from_utf8_lossy(&output.stderr);
    assert!(errors.contains("input: line 2: planning_1: \"9\" is not an answer"), "{errors}");
    let text = stdout(&output);
    assert!(
        text.starts_with("ana\n  Noch zu wenige Antworten für eine Einordnung: "),
        "scored in German:\n{text}"
    );

    let output = run(&["--lang", "xx"], Some(""));
    assert_eq!(output.status.code(), Some(2));
    assert!(
        String::from_utf8_lossy(&output.stderr)
            .contains("no language \"xx\": use one of en, de, es, fr, pl, uk")
    );
}

#[test]
fn the_providers_config_brings_its_courses_and_language() {
    let config = format!("{}/web/example-config.json", env!("CARGO_MANIFEST_DIR"));
    let output = run(&["--config", &config, &fixture("workshop.csv")], None);
    assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
    let text = stdout(&output);
    let ana = text.split("\n\n").next().expect("the first learner");
    assert!(
        ana.contains(
            "1. Communication skills (Clear messages: https://northwind.example/courses/communication)."
        ),
        "{ana}"
    );
}
