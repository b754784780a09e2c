//! Results a learner can trust, on the built bundle: a result close to the line says so, in
//! Chromium, Firefox and WebKit; the second stage is offered there, taken and skipped; a
//! result already too close for more statements to settle says so at once; and a retake names
//! only the changes beyond what measurement error explains. (A clear result in every engine is
//! `flows::learner_takes_the_assessment`; a colleague's view with 2 and 3 answers is in
//! `colleagues.rs`.)
//!
//! Each learner comes back to progress kept on the device, as the widget writes it (the
//! library's own `Progress::to_text`), with every first-stage statement answered: what the
//! results say is the point here, not answering 48 statements once more.

use e2e::flows::{self, scale_label};
use e2e::{Browser, Engine, StaticServer, Widget, bundle_dir, choose_in};
use fantoccini::Locator;
use leadership_balance::config::ProviderConfig;
use leadership_balance::model::answers::{
    Answer, AnswerSheet, Context, DirectReports, Experience, Frequency,
};
use leadership_balance::model::instrument::Instrument;
use leadership_balance::model::profile::DEFAULT_THRESHOLD;
use leadership_balance::model::report::Report;
use leadership_balance::model::second_stage;
use leadership_balance::model::share;
use leadership_balance::model::uncertainty::ErrorModel;
use leadership_balance::persistence::{Progress, SavedStep, Stamps, storage_key};
use leadership_balance::strings::{ENGLISH, fill};

fn instrument() -> Instrument {
    Instrument::builtin().expect("valid")
}

fn context() -> Context {
    Context { experience: Some(Experience::OneToThreeYears), reports: Some(DirectReports::OneToThree) }
}

/// Every statement of the bank (both stages) answered so that competency `c` scores
/// `level(c)` (1 = Never … 5 = Almost always); first stage only unless `both_stages`.
fn answers(instrument: &Instrument, both_stages: bool, level: &dyn Fn(&str) -> usize) -> AnswerSheet {
    let mut sheet = AnswerSheet::new(instrument.statements.len());
    for (s, statement) in instrument.statements.iter().enumerate() {
        if instrument.is_extra(s) && !both_stages {
            continue;
        }
        let value = level(&instrument.competencies[instrument.competency_of(s)].id);
        let value = if statement.reverse { 6 - value } else { value };
        sheet.set(s, Answer::Frequency(Frequency::from_value(value as u8).expect("on the scale")));
    }
    sheet
}

/// Management 67.9 (planning and monitoring at Sometimes, the rest at Often), leadership 100:
/// management is too close to 60 to call after the first stage, and twelve more management
/// statements answered the same way would settle it.
fn close_but_within_reach(competency: &str) -> usize {
    match competency {
        "planning" | "monitoring" => 3,
        "administration" | "budgets" | "stakeholders" | "problem_solving" | "time" => 4,
        _ => 5,
    }
}

/// Management 60.7 (four competencies at Sometimes, three at Often), leadership 100: right on
/// the line, where twelve more statements could not tell the side.
fn right_on_the_line(competency: &str) -> usize {
    match competency {
        "planning" | "monitoring" | "administration" | "budgets" => 3,
        "stakeholders" | "problem_solving" | "time" => 4,
        _ => 5,
    }
}

/// The demo page in `engine`, with `progress` kept on the device as the widget keeps it, and
/// the learner back where they left off.
async fn come_back_to(engine: Engine, progress: &Progress) -> (StaticServer, Browser, Widget) {
    let instrument = instrument();
    let server = StaticServer::start(bundle_dir());
    let browser = Browser::launch_engine(engine, 860, 1000).await;
    let config = ProviderConfig::from_json(include_str!("../../../web/example-config.json")).expect("valid");
    let key = storage_key(&instrument, config.id.as_deref());
    // Stored from a page of the same origin without a widget, so that no widget's own start
    // can write over it before the demo page reads it.
    let no_widget = server.scratch_page("no-widget.html", "<p>No widget here.</p>");
    browser.client.goto(&no_widget).await.expect("a page of the same origin loads");
    let script = format!(
        "localStorage.setItem({}, {});",
        serde_json::to_string(&key).expect("a string"),
        serde_json::to_string(&progress.to_text(&instrument)).expect("a string")
    );
    browser.script(&script).await;
    browser.client.goto(&server.url("/")).await.expect("the demo page loads");
    let widget = browser.widget(0).await;
    widget.click_button("Continue where you left off").await;
    (server, browser, widget)
}

/// Progress with every first-stage statement answered, on the last page of statements.
fn at_the_last_page(answers: AnswerSheet) -> Progress {
    let instrument = instrument();
    Progress {
        revision: 1,
        attempt: 1,
        answers,
        context: context(),
        stamps: Stamps::unstamped(instrument.statements.len(), 4),
        step: SavedStep::Statements,
        page: 7,
        reflections: vec![String::new(); 4],
        earlier: None,
        last_result: None,
    }
}

/// What the results page must say for `answers`: the library's own report.
fn report_for(answers: &AnswerSheet) -> Report {
    let instrument = instrument();
    Report::build(&instrument, answers, &context(), DEFAULT_THRESHOLD, &ErrorModel::default_for(&instrument))
}

async fn aria_label(widget: &Widget, css: &str) -> String {
    let element = widget.root.find(Locator::Css(css)).await.unwrap_or_else(|_| panic!("no {css}"));
    element.attr("aria-label").await.expect("an attribute").unwrap_or_default()
}

/// The second stage's offer, as the library decides it for `first`.
async fn the_offer_is_made(widget: &Widget, first: &AnswerSheet) -> Vec<usize> {
    let instrument = instrument();
    let errors = ErrorModel::default_for(&instrument);
    let experience = context().experience;
    let what = second_stage::within_reach(&instrument, first, experience, DEFAULT_THRESHOLD, &errors);
    assert!(what.management, "the answers were chosen for a close management score: {what:?}");
    let page = second_stage::next_page(&instrument, first, experience, DEFAULT_THRESHOLD, &errors);
    widget.click_button("See my results").await;
    widget.wait_for_heading("A few more statements?").await;
    let body = fill(ENGLISH.second_stage_body, &[("what", &ENGLISH.undecided(what))]);
    widget.find(".lb-second-stage-offer p", &body).await;
    widget.root.find(Locator::Css(".lb-second-stage-offer button")).await.expect("the offer's buttons");
    page
}

/// A close result skipped past the offer: "Close to the line", with the ranges, and no
/// profile stated; in every engine.
async fn close_and_skipped(engine: Engine) {
    let instrument = instrument();
    let first = answers(&instrument, false, &close_but_within_reach);
    let (_server, browser, widget) = come_back_to(engine, &at_the_last_page(first.clone())).await;
    let page = the_offer_is_made(&widget, &first).await;
    widget.find(".lb-second-stage-offer button", &format!("Answer {} more", page.len())).await;
    widget.click_button("Skip, show my result").await;
    widget.wait_for_heading("Your leadership balance").await;

    let report = report_for(&first);
    assert_eq!(report.profile, None, "{engine:?}: no profile is stated");
    let (heading, body) = ENGLISH.placement(&report);
    assert_eq!(heading, "Close to the line");
    assert_eq!(widget.text(".lb-profile__name").await, heading, "{engine:?}");
    widget.find(".lb-profile p", &body).await;
    assert!(body.contains(": Management 68 (likely 58–78)."), "{body}");
    assert_eq!(
        aria_label(&widget, "svg.lb-chart--balance[role='img']").await,
        "Management scores 68 (likely 58–78) and leadership scores 100 (likely 91–100) out of 100.",
        "{engine:?}"
    );
    // The balance is clear even so: leadership is far above management.
    assert_eq!(
        widget.text(".lb-next-step").await,
        "Your next step: management development, the how of planning, organizing and monitoring.",
        "{engine:?}"
    );
    assert_eq!(widget.table_value("tfoot", "Management").await, "68");
    browser.close().await;
}

e2e::engine_tests! {
    chromium_a_close_result_says_so_after_the_second_stage_is_skipped => close_and_skipped(Chromium);
    firefox_a_close_result_says_so_after_the_second_stage_is_skipped => close_and_skipped(Firefox);
    webkit_a_close_result_says_so_after_the_second_stage_is_skipped => close_and_skipped(WebKit);
}

/// The second stage taken: two pages of six management statements, answered by label as the
/// bank says, and then a clear result, the one the library's replay gives.
async fn second_stage_taken(engine: Engine) {
    let instrument = instrument();
    let first = answers(&instrument, false, &close_but_within_reach);
    let bank = answers(&instrument, true, &close_but_within_reach);
    let (_server, browser, widget) = come_back_to(engine, &at_the_last_page(first.clone())).await;
    let first_page = the_offer_is_made(&widget, &first).await;
    let errors = ErrorModel::default_for(&instrument);
    let (asked, after) =
        second_stage::replay(&instrument, &bank, context().experience, DEFAULT_THRESHOLD, &errors);
    assert_eq!(asked[..first_page.len()], first_page[..]);
    assert_eq!(asked.len(), 12, "two pages");
    widget.click_button(&format!("Answer {} more", first_page.len())).await;

    let by_text = e2e::Instrument::builtin().by_text();
    for (number, page) in asked.chunks(second_stage::PAGE).enumerate() {
        widget.wait_for_heading("How often do you do this?").await;
        widget
            .find(".lb-progress__label", &format!("{} of {} extra answered", number * 6, (number + 1) * 6))
            .await;
        let questions = widget.questions().await;
        let shown: Vec<&str> = questions.iter().map(|(text, _)| text.as_str()).collect();
        let expected: Vec<&str> = page.iter().map(|&s| instrument.statements[s].text.as_str()).collect();
        assert_eq!(shown, expected, "{engine:?}: page {number} asks what the library picks");
        // Next with nothing answered says what is missing, as on every page.
        widget.click_button("Next").await;
        widget.find("[aria-live]", "Statements 1, 2, 3, 4, 5 and 6 still need an answer.").await;
        for (text, fieldset) in &questions {
            let (competency, reverse) =
                by_text.get(text).unwrap_or_else(|| panic!("unknown statement: {text}"));
            choose_in(fieldset, scale_label(close_but_within_reach(competency), *reverse)).await;
        }
        widget.click_button("Next").await;
    }
    widget.wait_for_heading("Your leadership balance").await;
    let report = report_for(&after);
    assert_eq!(report.profile.map(|p| ENGLISH.profile(p).name), Some("Well-rounded"));
    assert_eq!(widget.text(".lb-profile__name").await, "Well-rounded", "{engine:?}");
    assert_eq!(
        aria_label(&widget, "svg.lb-chart--balance[role='img']").await,
        ENGLISH.balance_summary_for(&report.bands)
    );
    // The share link carries the extra answers: it reads back as exactly the replay's sheet.
    let share = flows::share_link(&widget).await;
    let code = share.split_once("#lb=").map(|(_, code)| code).unwrap_or_default();
    assert_eq!(share::decode(&instrument, code), Ok((after, context())), "{engine:?}");
    browser.close().await;
}

e2e::engine_tests! {
    chromium_the_second_stage_taken_settles_a_close_result => second_stage_taken(Chromium);
    webkit_the_second_stage_taken_settles_a_close_result => second_stage_taken(WebKit);
}

/// Right on the line, twelve more statements could not help: no offer, the results at once,
/// saying the result is close.
#[tokio::test]
async fn a_result_right_on_the_line_is_not_offered_more_statements() {
    let instrument = instrument();
    let first = answers(&instrument, false, &right_on_the_line);
    let errors = ErrorModel::default_for(&instrument);
    let reach =
        second_stage::within_reach(&instrument, &first, context().experience, DEFAULT_THRESHOLD, &errors);
    assert!(!reach.any(), "{reach:?}");
    let (_server, browser, widget) = come_back_to(Engine::Chromium, &at_the_last_page(first.clone())).await;
    widget.click_button("See my results").await;
    widget.wait_for_heading("Your leadership balance").await;
    assert_eq!(widget.text(".lb-profile__name").await, "Close to the line");
    let (_, body) = ENGLISH.placement(&report_for(&first));
    assert!(body.contains(": Management 61 (likely 51–70)."), "{body}");
    widget.find(".lb-profile p", &body).await;
    assert!(widget.root.find(Locator::Css(".lb-second-stage-offer")).await.is_err());
    browser.close().await;
}

/// A retake: vision from Never to Almost always (0 → 100, far beyond the error) and budgets
/// from Often to Sometimes (75 → 50, within it); the indexes move 4 and 11 points, within
/// theirs. Only vision is called a change.
#[tokio::test]
async fn a_retake_names_only_the_changes_beyond_the_error() {
    let instrument = instrument();
    let mixed = |competency: &str| match competency {
        "vision" => 1,
        "developing_others" | "networks" | "consensus" | "change" | "inspiring" => 3,
        _ => 4,
    };
    let earlier = answers(&instrument, false, &mixed);
    let now = answers(&instrument, false, &|c| match c {
        "vision" => 5,
        "budgets" => 3,
        other => mixed(other),
    });
    let mut progress = at_the_last_page(now);
    progress.step = SavedStep::Results;
    progress.page = 0;
    progress.attempt = 2;
    progress.earlier = Some((earlier, context()));
    let (_server, browser, widget) = come_back_to(Engine::Chromium, &progress).await;
    widget.wait_for_heading("Your leadership balance").await;
    assert_eq!(
        widget.texts(".lb-comparison .lb-list--indexes li").await,
        ["Management: 75 → 71, about the same", "Leadership: 53 → 64, about the same"]
    );
    let summary = widget.root.find(Locator::Css(".lb-comparison summary")).await.expect("the details");
    summary.click().await.expect("opened");
    let lines = widget.texts(".lb-comparison details li").await;
    assert!(lines.contains(&"Creating an appealing vision: 0 → 100 (+100)".to_owned()), "{lines:?}");
    assert!(lines.contains(&"Managing budgets: 75 → 50, about the same".to_owned()), "{lines:?}");
    let changed: Vec<&String> = lines.iter().filter(|l| !l.ends_with("about the same")).collect();
    assert_eq!(changed.len(), 1, "only vision changed beyond the error: {lines:?}");
    browser.close().await;
}
