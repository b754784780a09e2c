//! The SCORM packages in a learning platform (docs/lms.md): the real zips, as `cargo xtask
//! test` writes them into the bundle's scorm/ folder, unzipped and played by the test's LMS
//! page on scorm-again's run-time (see `e2e::lms`). A learner takes the assessment, and the
//! test reads what the platform received: completion, the objectives' scores against the
//! results page, every answer as an interaction, the session's time and exit. Then the same
//! learner in fresh browser profiles: the platform's data loaded back, the learner lands where
//! they stopped, and a finished one on their results. Then a platform that fails: no API,
//! a refused start, failing commits, suspend data refused for its length. And the manifests of
//! the real zips, read back.

use std::cell::RefCell;
use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use e2e::flows::{INTRO, LEARNER, RESULTS, SECOND_STAGE, answer_pages_with};
use e2e::{Browser, Engine, LmsServer, TIMEOUT, Widget, bundle_dir};
use fantoccini::Locator;
use serde_json::Value;

/// The instrument the widget compiles in: statement ids, competencies, names.
const INSTRUMENT: &str = include_str!("../../../src/model/instrument.json");

/// One package: the SCORM version its launch page speaks, and its zip.
struct Course {
    version: &'static str,
    zip: PathBuf,
}

/// The two packages in the bundle under test, as `cargo xtask test` (or `cargo xtask scorm`)
/// wrote them.
fn courses() -> Vec<Course> {
    let folder = bundle_dir().join("scorm");
    let find = |ending: &str| {
        std::fs::read_dir(&folder)
            .unwrap_or_else(|e| panic!("{}: {e} (run `cargo xtask scorm` on the bundle)", folder.display()))
            .filter_map(|entry| entry.ok().map(|e| e.path()))
            .find(|path| path.to_string_lossy().ends_with(ending))
            .unwrap_or_else(|| panic!("no *{ending} in {}", folder.display()))
    };
    vec![
        Course { version: "1.2", zip: find("-scorm-1.2.zip") },
        Course { version: "2004", zip: find("-scorm-2004-4th-edition.zip") },
    ]
}

fn zips(courses: &[Course]) -> Vec<PathBuf> {
    courses.iter().map(|c| c.zip.clone()).collect()
}

/// A statement of the instrument as the test needs it.
struct Statement {
    id: String,
    competency: String,
    reverse: bool,
}

/// The statements by their text, and each competency's name by its id.
fn instrument() -> (BTreeMap<String, Statement>, BTreeMap<String, String>) {
    let read: Value = serde_json::from_str(INSTRUMENT).expect("the instrument parses");
    let text = |v: &Value, key: &str| v[key].as_str().expect(key).to_owned();
    let statements = read["statements"]
        .as_array()
        .expect("statements")
        .iter()
        .map(|s| {
            let statement = Statement {
                id: text(s, "id"),
                competency: text(s, "competency"),
                reverse: s["reverse"].as_bool().unwrap_or(false),
            };
            (text(s, "text"), statement)
        })
        .collect();
    let names = read["competencies"]
        .as_array()
        .expect("competencies")
        .iter()
        .map(|c| (text(c, "id"), text(c, "name")))
        .collect();
    (statements, names)
}

/// The level each competency's statements are answered at (1 = never … 5 = almost always, as
/// the statement scores it): the scores then differ from one competency to the next.
fn level(competency: &str) -> usize {
    match competency {
        "vision" => 1,
        "developing_others" | "networks" | "consensus" | "change" => 3,
        "planning" | "budgets" => 5,
        _ => 4,
    }
}

/// Answered "No chance to do this yet": the platform gets `n`.
const NO_CHANCE: &str = "When costs start to run over, I act early and say so.";

/// Answers pages `pages` and notes, by statement id, the response the platform must get: the
/// option chosen, 1 (never) to 5 (almost always), or `n`.
async fn answer(
    widget: &Widget,
    pages: std::ops::Range<usize>,
    expected: &RefCell<BTreeMap<String, String>>,
) {
    let (statements, _) = instrument();
    answer_pages_with(widget, pages, &LEARNER, &|text, competency| {
        let statement = statements.get(text).unwrap_or_else(|| panic!("unknown statement {text}"));
        if text == NO_CHANCE {
            expected.borrow_mut().insert(statement.id.clone(), "n".to_owned());
            return None;
        }
        let level = level(competency);
        let chosen = if statement.reverse { 6 - level } else { level };
        expected.borrow_mut().insert(statement.id.clone(), chosen.to_string());
        Some(level)
    })
    .await;
}

/// Where each version keeps what the test reads, as JSON pointers into a commit.
struct Fields {
    status: &'static str,
    location: &'static str,
    exit: &'static str,
    session_time: &'static str,
    suspend_data: &'static str,
    response: &'static str,
    time: &'static str,
    /// `cmi.exit` when the learner leaves finished.
    normal_exit: &'static str,
}

fn fields(version: &str) -> Fields {
    if version == "1.2" {
        Fields {
            status: "/cmi/core/lesson_status",
            location: "/cmi/core/lesson_location",
            exit: "/cmi/core/exit",
            session_time: "/cmi/core/session_time",
            suspend_data: "/cmi/suspend_data",
            response: "student_response",
            time: "time",
            normal_exit: "",
        }
    } else {
        Fields {
            status: "/cmi/completion_status",
            location: "/cmi/location",
            exit: "/cmi/exit",
            session_time: "/cmi/session_time",
            suspend_data: "/cmi/suspend_data",
            response: "learner_response",
            time: "timestamp",
            normal_exit: "normal",
        }
    }
}

/// The text at `pointer` in a commit; "" when absent.
fn at<'a>(commit: &'a Value, pointer: &str) -> &'a str {
    commit.pointer(pointer).and_then(Value::as_str).unwrap_or("")
}

/// The records of a SCORM list (`cmi.interactions`, `cmi.objectives`) in their order.
fn records(list: Option<&Value>) -> Vec<&Value> {
    match list {
        Some(Value::Array(items)) => items.iter().collect(),
        Some(Value::Object(items)) => {
            let mut numbered: Vec<(usize, &Value)> =
                items.iter().filter_map(|(key, value)| Some((key.parse().ok()?, value))).collect();
            numbered.sort_by_key(|(n, _)| *n);
            numbered.into_iter().map(|(_, value)| value).collect()
        }
        _ => Vec::new(),
    }
}

/// The session time in seconds, from SCORM 1.2's `HHHH:MM:SS.SS` or 2004's `PT…H…M…S`.
fn seconds(version: &str, time: &str) -> f64 {
    let parts: Vec<f64> = if version == "1.2" {
        time.split(':').map(|p| p.parse().unwrap_or_else(|_| panic!("a 1.2 time: {time}"))).collect()
    } else {
        let rest = time.strip_prefix("PT").unwrap_or_else(|| panic!("a 2004 duration: {time}"));
        rest.split(['H', 'M', 'S'])
            .filter(|p| !p.is_empty())
            .map(|p| p.parse().unwrap_or_else(|_| panic!("a 2004 duration: {time}")))
            .collect()
    };
    assert_eq!(parts.len(), 3, "hours, minutes, seconds in {time}");
    parts[0] * 3600.0 + parts[1] * 60.0 + parts[2]
}

/// Goes into the course's frame and finds its widget.
async fn course_widget(browser: &Browser) -> Widget {
    browser.client.enter_frame(0).await.expect("the course's frame");
    browser.widget(0).await
}

/// The learner leaves the course (the LMS page closes its frame), and the test waits for the
/// commit that says how they left, the first after `after` that has a session time and exit
/// `exit`.
async fn leave(browser: &Browser, lms: &LmsServer, version: &str, after: usize, exit: &str) -> Value {
    browser.client.enter_parent_frame().await.expect("back to the LMS page");
    browser.script("lmsLeave();").await;
    let names = fields(version);
    lms.commit_after(version, after, &format!("with exit {exit:?}"), |c| {
        at(c, names.exit) == exit && !at(c, names.session_time).is_empty()
    })
    .await
}

/// The launch page's notices, as the learner reads them (inside the course's frame).
async fn notices(browser: &Browser) -> String {
    browser
        .script("return document.getElementById('lms-notices').textContent;")
        .await
        .as_str()
        .unwrap_or("")
        .to_owned()
}

/// Waits until the launch page's notices satisfy `done`, and returns them.
async fn wait_for_notices(browser: &Browser, what: &str, done: impl Fn(&str) -> bool) -> String {
    let started = Instant::now();
    loop {
        let text = notices(browser).await;
        if done(&text) {
            return text;
        }
        assert!(started.elapsed() < TIMEOUT, "the launch page never said {what}; it says {text:?}");
        tokio::time::sleep(Duration::from_millis(25)).await;
    }
}

/// The results page's scores: each competency's by its name, and the two indexes.
async fn results_scores(widget: &Widget) -> (BTreeMap<String, String>, String, String) {
    let mut scores = BTreeMap::new();
    for row in widget.root.find_all(Locator::Css("tbody tr")).await.expect("the scores") {
        let name = row.find(Locator::Css("th")).await.expect("a name").text().await.expect("text");
        let cells = row.find_all(Locator::Css("td")).await.expect("cells");
        let score = cells.last().expect("a score").text().await.expect("text");
        scores.insert(name.trim().to_owned(), score.trim().to_owned());
    }
    let management = widget.table_value("tfoot", "Management").await;
    let leadership = widget.table_value("tfoot", "Leadership").await;
    (scores, management, leadership)
}

/// After the last page: the results, a second stage skipped if offered.
async fn to_results(widget: &Widget) {
    if widget.wait_for_one_heading_of(&[RESULTS, SECOND_STAGE]).await == SECOND_STAGE {
        widget.click_button("Skip, show my result").await;
        widget.wait_for_heading(RESULTS).await;
    }
}

/// What the platform must hold of a finished attempt: completed (2004: success unknown, as a
/// diagnostic has no pass mark), each competency and both indexes as objectives with the
/// results page's scores, and every answer once as a likert interaction with its response,
/// its competency and a time.
fn assert_finished(
    version: &str,
    commit: &Value,
    shown: &(BTreeMap<String, String>, String, String),
    expected: &BTreeMap<String, String>,
) {
    let names = fields(version);
    let (_, competency_names) = instrument();
    assert_eq!(at(commit, names.status), "completed", "SCORM {version}");
    if version == "2004" {
        assert_eq!(at(commit, "/cmi/success_status"), "unknown");
        assert_eq!(at(commit, "/cmi/progress_measure"), "1");
    }
    assert_eq!(at(commit, names.location), "results");

    let objectives: BTreeMap<&str, &Value> = records(commit.pointer("/cmi/objectives"))
        .into_iter()
        .map(|o| (o["id"].as_str().unwrap_or(""), o))
        .collect();
    assert_eq!(objectives.len(), 18, "16 competencies and 2 indexes: {:?}", objectives.keys());
    let (scores, management, leadership) = shown;
    let mut wanted: Vec<(String, &str)> = competency_names
        .iter()
        .map(|(id, name)| {
            (id.clone(), scores.get(name).unwrap_or_else(|| panic!("no score for {name}")).as_str())
        })
        .collect();
    wanted.push(("management_index".to_owned(), management));
    wanted.push(("leadership_index".to_owned(), leadership));
    for (id, score) in wanted {
        let objective = objectives.get(id.as_str()).unwrap_or_else(|| panic!("no objective {id}"));
        assert_eq!(objective["score"]["raw"], score, "objective {id}");
        assert_eq!(
            (&objective["score"]["min"], &objective["score"]["max"]),
            (&Value::from("0"), &Value::from("100"))
        );
        if version == "1.2" {
            assert_eq!(objective["status"], "completed", "{id}");
        } else {
            assert_eq!(objective["completion_status"], "completed", "{id}");
            assert_eq!(objective["success_status"], "unknown", "{id}");
            if let Some(name) = competency_names.get(&id) {
                assert_eq!(objective["description"], name.as_str(), "{id}");
            }
            let scaled: f64 =
                objective["score"]["scaled"].as_str().and_then(|s| s.parse().ok()).expect("scaled");
            let raw: f64 = score.parse().expect("a whole number");
            assert!((scaled - raw / 100.0).abs() < 1e-9, "{id}: scaled {scaled}, raw {raw}");
        }
    }

    let interactions = records(commit.pointer("/cmi/interactions"));
    let (statements, _) = instrument();
    let competency_of: BTreeMap<&str, &str> =
        statements.values().map(|s| (s.id.as_str(), s.competency.as_str())).collect();
    let text_of: BTreeMap<&str, &str> =
        statements.iter().map(|(text, s)| (s.id.as_str(), text.as_str())).collect();
    let mut received = BTreeMap::new();
    for interaction in &interactions {
        let id = interaction["id"].as_str().expect("an id");
        assert_eq!(interaction["type"], "likert", "{id}");
        assert_eq!(interaction["result"], "neutral", "{id}");
        if version == "2004" {
            assert_eq!(interaction["description"], text_of[id], "{id}");
        }
        assert!(!interaction[names.time].as_str().unwrap_or("").is_empty(), "{id} has a time");
        let objective = records(interaction.get("objectives")).first().map(|o| o["id"].clone());
        assert_eq!(objective, Some(Value::from(competency_of[id])), "{id}'s objective");
        let response = interaction[names.response].as_str().expect("a response").to_owned();
        assert!(received.insert(id.to_owned(), response).is_none(), "{id} journaled twice");
    }
    assert_eq!(received.len(), 48, "every answer once");
    assert_eq!(&received, expected, "SCORM {version}: the responses");
}

/// A learner takes the assessment in the LMS, in each package, in `engine`: what the
/// platform received while they answered, at the results, and when they left.
async fn the_platform_receives_everything(engine: Engine) {
    let courses = courses();
    let lms = LmsServer::start(&zips(&courses));
    let browser = Browser::launch_engine(engine, 1100, 1000).await;
    for course in &courses {
        let (version, names) = (course.version, fields(course.version));
        let started = Instant::now();
        browser.client.goto(&lms.page(version, &course.zip, "")).await.expect("the LMS page");
        let widget = course_widget(&browser).await;
        let expected = RefCell::new(BTreeMap::new());
        widget.wait_for_heading(INTRO).await;
        assert_eq!(notices(&browser).await, "", "no notice under a working platform");
        widget.start_with_context("3–5 years", "4–8").await;
        answer(&widget, 0..2, &expected).await;
        // A commit at each page: the platform has the place and the first answers already.
        let midway =
            lms.wait_for_commit(version, "at page 3", |c| at(c, names.location) == "statements 3").await;
        assert_eq!(at(&midway, names.status), "incomplete");
        assert_eq!(records(midway.pointer("/cmi/interactions")).len(), 12, "two pages' answers");
        answer(&widget, 2..8, &expected).await;
        to_results(&widget).await;
        let shown = results_scores(&widget).await;
        let done = lms.wait_for_commit(version, "completed", |c| at(c, names.status) == "completed").await;
        assert_finished(version, &done, &shown, &expected.borrow());
        assert_eq!(notices(&browser).await, "");

        let after = lms.commits(version).len();
        let left = leave(&browser, &lms, version, after, names.normal_exit).await;
        assert_finished(version, &left, &shown, &expected.borrow());
        let time = seconds(version, at(&left, names.session_time));
        assert!(
            time > 0.0 && time <= started.elapsed().as_secs_f64() + 1.0,
            "session time {time} s, the test took {:?}",
            started.elapsed()
        );
        let suspended = at(&left, names.suspend_data);
        println!(
            "{engine:?}, SCORM {version}: a finished attempt's suspend data, empty notes: {} characters",
            suspended.len()
        );
        assert!(suspended.len() < 1000, "{} characters: {suspended}", suspended.len());
        if engine == Engine::Chromium && version == "2004" {
            browser.script("lmsShow();").await;
            browser.save_full_page("lms.png").await;
        }
    }
    browser.close().await;
}

e2e::engine_tests! {
    chromium_the_platform_receives_everything => the_platform_receives_everything(Chromium);
    firefox_the_platform_receives_everything => the_platform_receives_everything(Firefox);
    webkit_the_platform_receives_everything => the_platform_receives_everything(WebKit);
}

/// Sets every note on the results page to `text`, as typing would, and returns how many.
async fn write_notes(browser: &Browser, text: &str) -> usize {
    let script = r#"
        const root = document.querySelector("leadership-balance").shadowRoot;
        const areas = root.querySelectorAll("textarea");
        for (const area of areas) {
            area.value = arguments[0];
            area.dispatchEvent(new Event("input", { bubbles: true }));
        }
        return areas.length;
    "#;
    let count = browser.client.execute(script, vec![Value::from(text)]).await.expect("notes written");
    count.as_u64().expect("a count") as usize
}

/// The notes on the results page, as the learner sees them.
async fn notes(widget: &Widget) -> Vec<String> {
    let mut texts = Vec::new();
    for area in widget.root.find_all(Locator::Css("textarea")).await.expect("the notes") {
        texts.push(area.prop("value").await.expect("value").unwrap_or_default());
    }
    texts
}

/// The notes kept in a commit's suspend data.
fn kept_notes(version: &str, commit: &Value) -> Vec<String> {
    let progress: Value =
        serde_json::from_str(at(commit, fields(version).suspend_data)).expect("JSON progress");
    progress["reflections"]
        .as_array()
        .expect("notes")
        .iter()
        .map(|n| n.as_str().unwrap_or("").to_owned())
        .collect()
}

/// A long note, as a learner might write one: 1,500 characters, with quotes, accents and
/// line breaks that the suspend data must carry.
fn long_note(n: usize) -> String {
    let line = format!("Note {n}: “Ana” said the team needs clearer priorities; café talk helped.\n");
    line.chars().cycle().take(1500).collect()
}

/// The same learner in fresh browser profiles, as on another device: half-finished, they land
/// on the page where they stopped with every answer; finished, on the same results; their
/// notes follow them as far as the version keeps them, and they are told when not.
#[tokio::test]
async fn a_learner_resumes_on_another_device() {
    let courses = courses();
    let lms = LmsServer::start(&zips(&courses));
    for course in &courses {
        let (version, names) = (course.version, fields(course.version));
        let expected = RefCell::new(BTreeMap::new());

        // The laptop: three pages, then away.
        let browser = Browser::launch(1100, 1000).await;
        browser.client.goto(&lms.page(version, &course.zip, "")).await.expect("the LMS page");
        let widget = course_widget(&browser).await;
        widget.wait_for_heading(INTRO).await;
        widget.start_with_context("3–5 years", "4–8").await;
        answer(&widget, 0..3, &expected).await;
        widget.find(".lb-card__counter", "Statement 19 of 48").await;
        let half = leave(&browser, &lms, version, 0, "suspend").await;
        assert_eq!(at(&half, names.location), "statements 4");
        assert_eq!(at(&half, names.status), "incomplete");
        println!(
            "SCORM {version}: suspend data after three pages: {} characters",
            at(&half, names.suspend_data).len()
        );
        browser.close().await;

        // The phone: a fresh profile, the platform's data loaded back.
        let browser = Browser::launch(1100, 1000).await;
        browser.client.goto(&lms.page(version, &course.zip, "&resume")).await.expect("the LMS page");
        let widget = course_widget(&browser).await;
        widget.find(".lb-card__counter", "Statement 19 of 48").await;
        widget.find(".lb-progress__label", "18 of 48 answered").await;
        answer(&widget, 3..8, &expected).await;
        to_results(&widget).await;
        let shown = results_scores(&widget).await;
        let after = lms.commits(version).len();
        let finished = leave(&browser, &lms, version, after, names.normal_exit).await;
        assert_finished(version, &finished, &shown, &expected.borrow());
        browser.close().await;

        // Another device again: the same results, and long notes.
        let browser = Browser::launch(1100, 1000).await;
        browser.client.goto(&lms.page(version, &course.zip, "&resume")).await.expect("the LMS page");
        let widget = course_widget(&browser).await;
        widget.wait_for_heading(RESULTS).await;
        assert_eq!(results_scores(&widget).await, shown, "the same results on another device");
        let written: Vec<String> = (1..=4).map(long_note).collect();
        let script = r#"
            const root = document.querySelector("leadership-balance").shadowRoot;
            const areas = [...root.querySelectorAll("textarea")];
            areas.forEach((area, i) => {
                area.value = arguments[0][i];
                area.dispatchEvent(new Event("input", { bubbles: true }));
            });
            return areas.length;
        "#;
        let count =
            browser.client.execute(script, vec![serde_json::json!(written)]).await.expect("notes written");
        assert_eq!(count, 4, "four notes");
        if version == "1.2" {
            let said = wait_for_notices(&browser, "that the notes do not all fit", |t| !t.is_empty()).await;
            assert!(said.contains("at most 4,096 characters"), "{said}");
            assert!(said.contains("download the PDF"), "{said}");
        }
        assert_eq!(notes(&widget).await, written, "the page keeps every note while open");
        let after = lms.commits(version).len();
        let with_notes = leave(&browser, &lms, version, after, names.normal_exit).await;
        let suspended = at(&with_notes, names.suspend_data);
        println!(
            "SCORM {version}: a finished attempt's suspend data with four 1,500-character notes: {} characters",
            suspended.len()
        );
        let kept = kept_notes(version, &with_notes);
        if version == "1.2" {
            assert!(suspended.len() <= 4096, "{} characters", suspended.len());
            assert!(
                kept.iter().zip(&written).all(|(k, w)| k.is_empty() || k == w),
                "each note whole or not at all"
            );
            assert_eq!(kept[0], written[0], "the notes that fit are kept, in order");
            assert!(kept.iter().any(String::is_empty), "6,000 characters of notes do not fit in 4,096");
        } else {
            assert_eq!(kept, written, "SCORM 2004 keeps 64,000 characters");
        }
        browser.close().await;

        // And the notes come back where they were kept.
        let browser = Browser::launch(1100, 1000).await;
        browser.client.goto(&lms.page(version, &course.zip, "&resume")).await.expect("the LMS page");
        let widget = course_widget(&browser).await;
        widget.wait_for_heading(RESULTS).await;
        assert_eq!(notes(&widget).await, kept);
        browser.close().await;
    }
}

/// A platform that fails, or none: the learner is told in plain words, and the assessment
/// goes on with nothing lost on their side.
#[tokio::test]
async fn a_failing_platform_is_handled_and_the_learner_told() {
    let courses = courses();
    let lms = LmsServer::start(&zips(&courses));
    let browser = Browser::launch(1100, 1000).await;
    let course = &courses[0];
    let (version, names) = (course.version, fields(course.version));

    // No platform at all: the launch page opened on its own runs as the anonymous widget.
    browser.client.goto(&lms.launch_page(&course.zip)).await.expect("the launch page");
    let widget = browser.widget(0).await;
    widget.wait_for_heading(INTRO).await;
    let said = wait_for_notices(&browser, "that there is no platform", |t| !t.is_empty()).await;
    assert!(said.starts_with("No learning platform (LMS) was found around this page"), "{said}");
    widget.click_button("Start the self-assessment").await;
    widget.wait_for_heading("First, a little about your role").await;

    // A platform that refuses to start the session.
    lms.forget(version);
    browser.client.goto(&lms.page(version, &course.zip, "&fail=init")).await.expect("the LMS page");
    let widget = course_widget(&browser).await;
    widget.wait_for_heading(INTRO).await;
    let said = wait_for_notices(&browser, "that the session did not start", |t| !t.is_empty()).await;
    assert!(said.contains("did not start this session (101"), "{said}");
    // As the notice says, the answers stay in this browser: those of the page on its own.
    widget.click_button("Continue where you left off").await;
    widget.wait_for_heading("First, a little about your role").await;
    assert!(lms.commits(version).is_empty(), "nothing sent to a platform that did not start");
    browser.client.enter_parent_frame().await.expect("the LMS page");

    // Commits that fail, then work again.
    lms.fail_commits(true);
    browser.client.goto(&lms.page(version, &course.zip, "")).await.expect("the LMS page");
    let widget = course_widget(&browser).await;
    let expected = RefCell::new(BTreeMap::new());
    widget.wait_for_heading(INTRO).await;
    widget.start_with_context("3–5 years", "4–8").await;
    answer(&widget, 0..1, &expected).await;
    let said = wait_for_notices(&browser, "that progress was not saved", |t| !t.is_empty()).await;
    assert!(said.starts_with("Your learning platform did not save your progress just now"), "{said}");
    assert!(
        browser.script("return document.querySelector('#lms-notices [role=alert]') !== null;").await
            == Value::Bool(true),
        "announced at once"
    );
    widget.find(".lb-progress__label", "6 of 48 answered").await;
    assert!(lms.commits(version).is_empty());
    lms.fail_commits(false);
    answer(&widget, 1..2, &expected).await;
    wait_for_notices(&browser, "nothing once saving works again", str::is_empty).await;
    let saved =
        lms.wait_for_commit(version, "after the failure", |c| at(c, names.location) == "statements 3").await;
    let journaled: BTreeSet<&str> =
        records(saved.pointer("/cmi/interactions")).iter().filter_map(|i| i["id"].as_str()).collect();
    assert_eq!(journaled.len(), 12, "the answers of the failed commit are sent with the next");
    browser.client.enter_parent_frame().await.expect("the LMS page");

    // A platform that refuses suspend data longer than 1,000 characters: a note that would
    // take it past stays out of it, the learner is told, and the page keeps it.
    let version = "2004";
    let course = &courses[1];
    lms.forget(version);
    browser.client.goto(&lms.page(version, &course.zip, "&limit=1000")).await.expect("the LMS page");
    let widget = course_widget(&browser).await;
    widget.wait_for_heading(INTRO).await;
    widget.start_with_context("3–5 years", "4–8").await;
    answer(&widget, 0..8, &RefCell::new(BTreeMap::new())).await;
    to_results(&widget).await;
    let note: String = long_note(1).chars().take(800).collect();
    assert_eq!(write_notes(&browser, &note).await, 4);
    let said = wait_for_notices(&browser, "that the notes were refused", |t| !t.is_empty()).await;
    assert!(said.contains("your notes are longer"), "{said}");
    assert_eq!(notes(&widget).await, vec![note; 4], "nothing lost on the page");
    let after = lms.commits(version).len();
    let left = leave(&browser, &lms, version, after, "normal").await;
    let suspended = at(&left, fields(version).suspend_data);
    assert!(suspended.len() <= 1000, "{} characters", suspended.len());
    assert_eq!(at(&left, "/cmi/completion_status"), "completed", "the answers and results are kept");
    browser.close().await;
}

/// The real zips' manifests: well-formed, the elements each version requires, and exactly the
/// files in the zip (xtask's own tests check the same on stand-in files).
#[test]
fn the_real_manifests_list_exactly_their_zips_files() {
    for course in courses() {
        let listing =
            std::process::Command::new("unzip").arg("-Z1").arg(&course.zip).output().expect("unzip runs");
        let in_zip: BTreeSet<String> = String::from_utf8_lossy(&listing.stdout)
            .lines()
            .filter(|name| *name != "imsmanifest.xml" && !name.ends_with('/'))
            .map(str::to_owned)
            .collect();
        let manifest = std::process::Command::new("unzip")
            .args(["-p"])
            .arg(&course.zip)
            .arg("imsmanifest.xml")
            .output()
            .expect("unzip runs");
        let text = String::from_utf8(manifest.stdout).expect("UTF-8");
        let document = roxmltree::Document::parse(&text).expect("well-formed XML");
        let root = document.root_element();
        let (namespace, schema_version, scorm_type) = if course.version == "1.2" {
            (
                "http://www.imsproject.org/xsd/imscp_rootv1p1p2",
                "1.2",
                ("http://www.adlnet.org/xsd/adlcp_rootv1p2", "scormtype"),
            )
        } else {
            (
                "http://www.imsglobal.org/xsd/imscp_v1p1",
                "2004 4th Edition",
                ("http://www.adlnet.org/xsd/adlcp_v1p3", "scormType"),
            )
        };
        let find = |name: &str| {
            document
                .descendants()
                .find(|n| n.has_tag_name((namespace, name)))
                .unwrap_or_else(|| panic!("{}: no <{name}>", course.zip.display()))
        };
        assert_eq!(root.tag_name().name(), "manifest");
        assert_eq!(find("schema").text(), Some("ADL SCORM"));
        assert_eq!(find("schemaversion").text(), Some(schema_version));
        let organization = find("organization");
        assert_eq!(find("organizations").attribute("default"), organization.attribute("identifier"));
        assert_eq!(find("item").attribute("identifierref"), find("resource").attribute("identifier"));
        let resource = find("resource");
        assert_eq!(resource.attribute(scorm_type), Some("sco"));
        let launch = resource.attribute("href").expect("a launch page");
        assert!(in_zip.contains(launch), "{launch} is in the zip");
        let listed: BTreeSet<String> = resource
            .children()
            .filter(|c| c.has_tag_name((namespace, "file")))
            .filter_map(|f| f.attribute("href").map(str::to_owned))
            .collect();
        assert_eq!(listed, in_zip, "{}", course.zip.display());
        assert!(Path::new(&course.zip).metadata().expect("the zip").len() > 0);
    }
}
