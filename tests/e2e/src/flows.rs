//! The learner's journeys that every engine must pass, written once: the whole assessment
//! answered by labels, its results, the PDF, the share link, resuming after a reload, and the
//! keyboard-only path. `tests/assessment.rs` and `tests/keyboard.rs` run them in Chromium,
//! `tests/engines.rs` in Firefox and WebKit.

use std::path::Path;

use fantoccini::Locator;
use fantoccini::actions::{InputSource, KeyAction, KeyActions};
use fantoccini::key::Key;
use serde_json::Value;

use crate::pdf_tools::{self, assert_well_formed};
use crate::{Browser, Engine, Held, Instrument, StaticServer, Widget, bundle_dir};

pub const INTRO: &str = "Management or leadership: where should you grow next?";
const SCALE: [&str; 5] = ["Never", "Rarely", "Sometimes", "Often", "Almost always"];

/// The level every statement of a competency is answered at (1..=5, before reverse-keying).
///
/// Management: all at Often (75 each) → management index 75, likely 65–85 (budgets has one
/// answer fewer, below).
/// Leadership: coaching, innovation at Often (75); developing others, networks, consensus,
/// change, inspiring, motivating at Sometimes (50); vision at Never (0) → leadership index
/// 450 / 9 = 50, likely 41–59. Both bands clear 60: profile management strong, stated.
///
/// Topics at 3–5 years of experience (management × 0.8, leadership × 1.2), from the
/// competencies' distances to 100:
///   Motivation                 (100 + 50 + 50) × 1.2 = 240
///   Influence and persuasion   (50 + 50 + 50) × 1.2  = 180
/// are level within their errors (the first tier); Human personalities, Delegation and
/// empowerment, Communication skills and Conflict resolution come next, and the management
/// topics later.
fn level(competency: &str) -> usize {
    match competency {
        "vision" => 1,
        "developing_others" | "networks" | "consensus" | "change" | "inspiring" | "motivating" => 3,
        _ => 4,
    }
}

/// One management statement is answered "No chance to do this yet": its competency still has
/// two answers, so its score stays 75.
const NO_CHANCE_STATEMENT: &str = "When costs start to run over, I act early and say so.";

/// Answers the statements of pages `pages` by their labels, at the levels above, and moves on
/// after each page.
pub async fn answer_pages(widget: &Widget, pages: std::ops::Range<usize>) {
    answer_pages_with(widget, pages, &LEARNER, &|text, competency| {
        if text == NO_CHANCE_STATEMENT { None } else { Some(level(competency)) }
    })
    .await;
}

/// Who answers: the option for "not on the scale" and the last page's button.
pub struct Answerer {
    pub absent: &'static str,
    pub finish: &'static str,
}

pub const LEARNER: Answerer = Answerer { absent: "No chance to do this yet", finish: "See my results" };
pub const COLLEAGUE: Answerer = Answerer { absent: "I haven’t seen this", finish: "Make my answer link" };

/// The option for `level` (1 = Never … 5 = Almost always, as the statement scores it), on a
/// statement that is reverse-keyed or not.
pub fn scale_label(level: usize, reverse: bool) -> &'static str {
    SCALE[if reverse { 5 - level } else { level - 1 }]
}

/// Answers the statements of pages `pages` by their labels, each at `level_of(text,
/// competency id)` (`None`: the answerer's option off the scale), and moves on after each page.
pub async fn answer_pages_with(
    widget: &Widget,
    pages: std::ops::Range<usize>,
    answerer: &Answerer,
    level_of: &dyn Fn(&str, &str) -> Option<usize>,
) {
    let by_text = Instrument::builtin().by_text();
    for page in pages {
        widget.find(".lb-card__counter", &format!("Statement {} of 48", page * 6 + 1)).await;
        let questions = widget.questions().await;
        assert_eq!(questions.len(), 6, "page {page} shows six statements");
        let mut competencies = std::collections::HashSet::new();
        for (text, fieldset) in questions {
            let (competency, reverse) =
                by_text.get(&text).unwrap_or_else(|| panic!("unknown statement: {text}"));
            competencies.insert(competency.clone());
            let label = match level_of(&text, competency) {
                Some(value) => scale_label(value, *reverse),
                None => answerer.absent,
            };
            crate::choose_in(&fieldset, label).await;
        }
        assert_eq!(competencies.len(), 6, "six different competencies on page {page}");
        widget.find(".lb-progress__label", &format!("{} of 48 answered", (page + 1) * 6)).await;
        widget.click_button(if page == 7 { answerer.finish } else { "Next" }).await;
    }
}

/// One learner's whole assessment on the widget, from its intro to the results page: the two
/// context answers by their labels, every statement at `level_of(competency id)`. Offered a
/// second stage (a result close to a line), this learner skips it; `trust.rs` takes it.
pub async fn take_assessment(
    widget: &Widget,
    experience: &str,
    reports: &str,
    level_of: &dyn Fn(&str) -> usize,
) {
    widget.wait_for_heading(INTRO).await;
    widget.click_button("Start the self-assessment").await;
    widget.wait_for_heading("First, a little about your role").await;
    widget.choose("How long have you been managing people?", experience).await;
    widget.choose("How many people report to you directly?", reports).await;
    widget.click_button("Next").await;
    answer_pages_with(widget, 0..8, &LEARNER, &|_, competency| Some(level_of(competency))).await;
    let shown = widget.wait_for_one_heading_of(&[RESULTS, SECOND_STAGE]).await;
    if shown == SECOND_STAGE {
        widget.click_button("Skip, show my result").await;
        widget.wait_for_heading(RESULTS).await;
    }
}

/// The results page's heading, and the second stage's offer's.
pub const RESULTS: &str = "Your leadership balance";
pub const SECOND_STAGE: &str = "A few more statements?";

/// [`take_assessment`], then the share link the results page offers, and Start again, so that
/// the next learner can take it on the same device.
pub async fn take_and_share(
    widget: &Widget,
    experience: &str,
    reports: &str,
    level_of: &dyn Fn(&str) -> usize,
) -> String {
    take_assessment(widget, experience, reports, level_of).await;
    let share = share_link(widget).await;
    widget.click_button("Start again").await;
    share
}

/// The share link the results page of `widget` offers.
pub async fn share_link(widget: &Widget) -> String {
    let share = widget.root.find(Locator::Css(".lb-share input")).await.expect("the share link");
    share.prop("value").await.expect("value").expect("a link")
}

/// Opens `link`, a share link, as a new page (from a blank one, not as a change of hash), and
/// waits for the read-only result it shows.
pub async fn open_shared_result(browser: &Browser, link: &str) -> Widget {
    browser.client.goto("about:blank").await.expect("away");
    browser.client.goto(link).await.expect("the share link loads");
    let shared = browser.widget(0).await;
    shared
        .find(
            ".lb-shared p",
            "You are looking at a result someone shared with you. It holds their scores, never their notes.",
        )
        .await;
    shared
}

/// Ticks "Rank my next topics by my colleagues' view" on the results page of `widget`, and
/// waits for the topics it ranks.
pub async fn rank_topics_by_colleagues(widget: &Widget) {
    widget
        .find(".lb-colleagues__view label", "Rank my next topics by my colleagues’ view")
        .await
        .click()
        .await
        .expect("ticked");
    widget.find(".lb-colleagues__view h4", "Your next topics, from your colleagues’ view").await;
}

/// The whole assessment on the demo page, by labels, in `engine`: the context questions and
/// what Next says when something is missing; three pages, a reload and "Continue where you
/// left off"; the other five pages; the results worked out by hand above; the reflection; the
/// PDF; the share link opened in the same browser; and Start again.
pub async fn learner_takes_the_assessment(engine: Engine) {
    let server = StaticServer::start(bundle_dir());
    let browser = Browser::launch_engine(engine, 860, 1000).await;
    assert_eq!(Instrument::builtin().competencies.len(), 16);

    browser.client.goto(&server.url("/")).await.expect("the demo page loads");
    let widget = browser.widget(0).await;
    widget.wait_for_heading(INTRO).await;
    assert_eq!(widget.text(".lb-privacy p").await, "Your answers never leave this device.");
    assert_eq!(widget.text(".lb-eyebrow").await, "Northwind Learning", "the demo's config is applied");
    widget.click_button("Start the self-assessment").await;

    // Context questions: Next first says what is missing.
    widget.wait_for_heading("First, a little about your role").await;
    widget.click_button("Next").await;
    widget.find("[aria-live]", "Please answer both questions to continue.").await;
    widget.choose("How long have you been managing people?", "3–5 years").await;
    widget.choose("How many people report to you directly?", "4–8").await;
    widget.click_button("Next").await;

    widget.wait_for_heading("How often do you do this?").await;
    widget.click_button("Next").await;
    widget.find("[aria-live]", "Statements 1, 2, 3, 4, 5 and 6 still need an answer.").await;
    answer_pages(&widget, 0..3).await;

    // Resume after a reload: the answers so far come back, on the page the learner was on.
    widget.find(".lb-card__counter", "Statement 19 of 48").await;
    browser.client.refresh().await.expect("reloaded");
    let widget = browser.widget(0).await;
    widget.click_button("Continue where you left off").await;
    widget.find(".lb-progress__label", "18 of 48 answered").await;
    answer_pages(&widget, 3..8).await;

    widget.wait_for_heading("Your leadership balance").await;
    assert_eq!(widget.text(".lb-profile__name").await, "Steady organizer");
    assert_eq!(widget.table_value("tfoot", "Management").await, "75");
    assert_eq!(widget.table_value("tfoot", "Leadership").await, "50");
    assert_eq!(widget.table_value("tbody", "Managing budgets").await, "75");
    assert_eq!(widget.table_value("tbody", "Creating an appealing vision").await, "0");
    let chart = widget.root.find(Locator::Css("svg.lb-chart--balance[role='img']")).await.expect("chart");
    assert_eq!(
        chart.attr("aria-label").await.expect("label").as_deref(),
        Some("Management scores 75 (likely 65–85) and leadership scores 50 (likely 41–59) out of 100.")
    );
    assert_eq!(widget.table_value("tfoot", "Management").await, "75");
    assert_eq!(
        widget.text(".lb-next-step").await,
        "Your next step: leadership development, the why of vision, motivation and coaching."
    );
    // The first tier: the two topics the answers cannot tell apart; the rest by title.
    assert_eq!(widget.texts(".lb-topics > li h5").await, ["Motivation", "Influence and persuasion"]);
    assert_eq!(
        widget.texts(".lb-topics__tier").await,
        [
            "Next: Human personalities, Delegation and empowerment, Communication skills, Conflict resolution",
            "Later: Time management, Project management, Policies and processes"
        ]
    );
    assert_eq!(
        widget.text(".lb-topic__reason").await,
        "Because Creating an appealing vision and Inspiring others towards the vision scored lowest."
    );
    // The demo config links a course to each topic.
    let course = widget.find(".lb-topic__course a", "What moves people").await;
    assert_eq!(
        course.attr("href").await.expect("href").as_deref(),
        Some("https://northwind.example/courses/motivation")
    );
    // Management's seven competencies are level at 75: none stands clearly above the mean.
    assert!(widget.texts(".lb-columns .lb-section:first-child li").await.is_empty());
    assert_eq!(
        widget.text(".lb-columns .lb-section:first-child p").await,
        "No competency stands clearly above your own average: your scores are close together."
    );
    let growth = widget.texts(".lb-columns .lb-section:last-child li").await;
    assert!(growth[0].starts_with("Creating an appealing vision"), "{growth:?}");

    if engine == Engine::Chromium {
        browser.save_full_page("results.png").await;
    }

    // The reflection keeps what is typed.
    let area = widget.root.find(Locator::Css("textarea")).await.expect("the first text box");
    area.send_keys("Ana, my first team lead").await.expect("typing");
    assert_eq!(area.prop("value").await.expect("value").as_deref(), Some("Ana, my first team lead"));

    // Download PDF: the file is a valid PDF with the same results.
    let pdf = browser.download_pdf(&widget, "Download PDF").await;
    let today = browser
        .script("const d = new Date(); return [d.getFullYear(), d.getMonth() + 1, d.getDate()].map(n => String(n).padStart(2, '0')).join('-');")
        .await;
    let today = today.as_str().expect("a date string");
    assert_eq!(
        pdf.file_name().and_then(|n| n.to_str()),
        Some(format!("leadership-balance-{today}.pdf").as_str())
    );
    assert_well_formed(&pdf);
    assert_eq!(pdf_tools::page_count(&pdf), 2, "a typical result is a two-page report");
    assert_pdf_holds(
        &pdf,
        &[
            "Northwind Learning",
            "Steady organizer",
            "Management scores 75 (likely 65–85) and leadership scores 50 (likely 41–59) out of 100.",
            "Start here",
            "1. Motivation",
            "2. Influence and persuasion",
            "Next: Human personalities, Delegation and empowerment",
            "Our course: What moves people",
            "Ana, my first team lead",
            "What did you admire about them?",
        ],
    );
    let bytes = std::fs::read(&pdf).expect("the PDF");
    let link = b"/URI (https://northwind.example/courses/motivation)";
    assert!(bytes.windows(link.len()).any(|w| w == link), "the course is a clickable link");

    // The share link opens the same results, read-only; then the learner's own session is
    // still there.
    let scores = widget.texts("tbody td:last-child").await;
    let share = share_link(&widget).await;
    assert!(share.starts_with(&format!("{}#lb=", server.url("/"))), "{share}");
    // The demo names a trainer: the mail link opens the learner's own mail program with the
    // same link in the body (percent-encoded, as mailto: needs), and sends nothing itself.
    let mail = widget.find(".lb-share__trainer a", "Send my result to my trainer").await;
    let href = mail.attr("href").await.expect("href").unwrap_or_default();
    assert!(href.starts_with("mailto:trainer@northwind.example?subject="), "{href}");
    let code = share.split_once("#lb=").map(|(_, code)| code).unwrap_or_default();
    assert!(href.contains(&format!("%23lb%3D{code}")), "the mail holds the result link: {href}");
    let shared = open_shared_result(&browser, &share).await;
    assert_eq!(shared.text(".lb-profile__name").await, "Steady organizer");
    assert_eq!(shared.texts("tbody td:last-child").await, scores);
    shared.click_button("Take it yourself").await;
    browser.client.goto(&server.url("/")).await.expect("back to the demo page");
    let own = browser.widget(0).await;
    own.click_button("Continue where you left off").await;
    own.wait_for_heading("Your leadership balance").await;
    let kept = own.root.find(Locator::Css("textarea")).await.expect("the note box");
    assert_eq!(kept.prop("value").await.expect("value").as_deref(), Some("Ana, my first team lead"));

    own.click_button("Start again").await;
    own.wait_for_heading(INTRO).await;
    browser.close().await;
}

/// Checks that the PDF at `pdf` holds each of `expected`, its white space as a reader sees it.
pub fn assert_pdf_holds(pdf: &Path, expected: &[&str]) {
    let text = pdf_tools::words(&pdf_tools::text_of(pdf));
    for expected in expected {
        assert!(text.contains(expected), "the PDF lacks {expected:?}:\n{text}");
    }
}

/// Describes the focused element, looking through shadow roots: its tag, type, text or
/// legend, and whether it is checked.
const DEEP_FOCUS: &str = r#"
    let e = document.activeElement;
    while (e && e.shadowRoot && e.shadowRoot.activeElement) e = e.shadowRoot.activeElement;
    if (!e) return null;
    const legend = e.closest("fieldset")?.querySelector("legend")?.textContent.trim() ?? null;
    return { tag: e.tagName.toLowerCase(), type: e.type ?? null, text: e.textContent.trim(),
             legend, checked: e.checked ?? null, index: e.dataset?.index ?? null };
"#;

/// The focus ring of the focused control: its own outline, or for a radio button (which is
/// drawn by its label) the outline of the label beside it.
const FOCUS_RING: &str = r#"
    let e = document.activeElement;
    while (e && e.shadowRoot && e.shadowRoot.activeElement) e = e.shadowRoot.activeElement;
    const drawn = e.type === "radio" ? e.nextElementSibling : e;
    const style = getComputedStyle(drawn);
    return { style: style.outlineStyle, width: parseFloat(style.outlineWidth), colour: style.outlineColor };
"#;

/// Asserts that the focused control shows a solid ring at least 2 px wide.
async fn assert_focus_ring_visible(browser: &Browser, what: &str) {
    let ring = browser.script(FOCUS_RING).await;
    assert!(
        ring["style"] == "solid" && ring["width"].as_f64().is_some_and(|w| w >= 2.0),
        "{what} has no visible focus ring: {ring}"
    );
}

async fn focused(browser: &Browser) -> Value {
    browser.script(DEEP_FOCUS).await
}

/// Presses and releases each key of `keys` on whatever has the focus, as a keyboard does.
/// (Sending keys *to an element* would not do: Firefox refuses the shadow host that
/// `document.activeElement` names.)
pub async fn press(browser: &Browser, keys: &str) {
    let mut actions = KeyActions::new("keyboard".to_owned());
    for key in keys.chars() {
        actions = actions.then(KeyAction::Down { value: key }).then(KeyAction::Up { value: key });
    }
    browser.client.perform_actions(actions).await.expect("keys pressed");
    // What the keys did is on the page by the next frame: the loader answers keys at once, and
    // Yew draws in a microtask.
    browser
        .client
        .execute_async("requestAnimationFrame(arguments[arguments.length - 1]);", vec![])
        .await
        .expect("a frame after the keys");
}

/// Presses Tab until the focused element satisfies `wanted`, at most 40 times.
async fn tab_to(browser: &Browser, what: &str, wanted: impl Fn(&Value) -> bool) {
    for _ in 0..40 {
        if wanted(&focused(browser).await) {
            return;
        }
        press(browser, &Key::Tab.to_string()).await;
    }
    panic!("Tab never reached {what}; focus is on {}", focused(browser).await);
}

fn is_button(label: &'static str) -> impl Fn(&Value) -> bool {
    move |f| f["tag"] == "button" && f["text"] == label
}

/// Answers the six statements of the page on screen with the keyboard: Tab into each card
/// in turn, then the digit key `digit` (1–5), which must check that option; `ring`: check the
/// focus ring on the first option reached.
async fn answer_page_by_digit(browser: &Browser, digit: u8, ring: bool) {
    let mut seen = Vec::new();
    for _ in 0..6 {
        tab_to(browser, "the next statement", |f| {
            f["type"] == "radio" && f["legend"].as_str().is_some_and(|l| !seen.contains(&l.to_owned()))
        })
        .await;
        let legend = focused(browser).await["legend"].as_str().unwrap_or_default().to_owned();
        if ring && seen.is_empty() {
            assert_focus_ring_visible(browser, "an answer option").await;
        }
        press(browser, &digit.to_string()).await; // digit keys answer the focused statement
        let now = focused(browser).await;
        let index = (digit - 1).to_string();
        assert_eq!(
            (now["index"].as_str(), now["checked"].as_bool()),
            (Some(index.as_str()), Some(true)),
            "{legend}"
        );
        seen.push(legend);
    }
}

/// The whole assessment with the keyboard alone, in `engine`: Tab, Space, the arrow keys, the
/// digit keys and Enter, with a visible focus ring on the way.
pub async fn keyboard_only(engine: Engine) {
    keyboard_only_with(engine, false).await;
}

/// Tabs to the button `start`, with its focus ring showing, presses Enter, and checks that the
/// page headed `heading` comes with its heading focused.
async fn start_by_keyboard(browser: &Browser, widget: &Widget, start: &'static str, heading: &str) {
    tab_to(browser, "Start", is_button(start)).await;
    assert_focus_ring_visible(browser, "Start").await;
    press(browser, &Key::Enter.to_string()).await;
    widget.wait_for_heading(heading).await;
    let focus = focused(browser).await;
    assert_eq!((focus["tag"].as_str(), focus["text"].as_str()), (Some("h2"), Some(heading)));
}

/// [`keyboard_only`] with the wasm held back: the intro, the context questions and the first
/// statements are the loader's (their digit keys among them), and Enter on Next, with the
/// first page answered, waits with "Getting the questions ready…"; the wasm, let go then, goes
/// on to the second page by itself. (The wasm taking over the page the learner is on is in
/// `loading.rs`.)
pub async fn keyboard_only_before_the_wasm(engine: Engine) {
    keyboard_only_with(engine, true).await;
}

async fn keyboard_only_with(engine: Engine, wasm_held: bool) {
    let server = StaticServer::start(bundle_dir());
    let mut held = wasm_held.then(|| server.hold(Held::FirstModule));
    let browser = Browser::launch_engine(engine, 900, 1000).await;
    browser.client.goto(&server.url("/")).await.expect("the page loads");
    let widget = browser.widget(0).await;
    widget.wait_for_heading(INTRO).await;

    start_by_keyboard(&browser, &widget, "Start the self-assessment", "First, a little about your role")
        .await;

    // Context: Tab into each group, then the arrow keys choose.
    tab_to(&browser, "the experience question", |f| f["legend"] == "How long have you been managing people?")
        .await;
    press(&browser, &Key::Down.to_string()).await; // the first arrow press picks the next option
    tab_to(&browser, "the reports question", |f| f["legend"] == "How many people report to you directly?")
        .await;
    press(&browser, " ").await; // Space picks the focused option
    tab_to(&browser, "Next", is_button("Next")).await;
    press(&browser, &Key::Enter.to_string()).await;
    widget.wait_for_heading("How often do you do this?").await;
    if held.is_some() {
        let ready = "return performance.getEntriesByName('leadership-balance:wasm-ready').length;";
        assert_eq!(
            browser.script(ready).await,
            serde_json::json!(0),
            "the loader's statements, before the wasm"
        );
    }
    let focus = focused(&browser).await;
    assert_eq!(
        focus["text"].as_str(),
        Some("How often do you do this?"),
        "the new page's heading has the focus"
    );

    for page in 0..8 {
        widget.find(".lb-card__counter", &format!("Statement {} of 48", page * 6 + 1)).await;
        answer_page_by_digit(&browser, 3, page == 0).await;
        let next = if page == 7 { "See my results" } else { "Next" };
        tab_to(&browser, next, is_button(next)).await;
        assert_focus_ring_visible(&browser, next).await;
        press(&browser, &Key::Enter.to_string()).await;
        if let Some(held) = held.take() {
            widget.find("button", "Getting the questions ready…").await;
            held.release();
        }
    }
    widget.wait_for_heading("Your leadership balance").await;
    assert_eq!(widget.text(".lb-profile__name").await, "Rising manager");
    // The results are reachable too: Tab gets to Start again, and Enter starts again.
    tab_to(&browser, "Start again", is_button("Start again")).await;
    press(&browser, &Key::Enter.to_string()).await;
    widget.wait_for_heading(INTRO).await;
    browser.close().await;
}

/// A colleague's whole path with the keyboard alone, in `engine`: Tab to Start, Enter, the
/// digit keys on every statement, Enter on "Make my answer link", and Tab to the answer
/// link's Copy button. Returns the answer link: every statement answered "Often".
pub async fn colleague_keyboard_only(engine: Engine, server: &StaticServer, request: &str) -> String {
    let browser = Browser::launch_engine(engine, 900, 1000).await;
    browser.client.goto(&server.url(&format!("/#lb-ask={request}"))).await.expect("the request link opens");
    let widget = browser.widget(0).await;
    widget.wait_for_heading("Ana asked how you see their work").await;
    start_by_keyboard(&browser, &widget, "Start", "How often do they do this?").await;
    for page in 0..8 {
        widget.find(".lb-card__counter", &format!("Statement {} of 48", page * 6 + 1)).await;
        answer_page_by_digit(&browser, 4, false).await;
        let next = if page == 7 { "Make my answer link" } else { "Next" };
        tab_to(&browser, next, is_button(next)).await;
        press(&browser, &Key::Enter.to_string()).await;
    }
    widget.wait_for_heading("Thank you. Now send your answers back").await;
    tab_to(&browser, "Copy the link", is_button("Copy the link")).await;
    assert_focus_ring_visible(&browser, "Copy the link").await;
    let field = widget.root.find(Locator::Css(".lb-colleague input")).await.expect("the answer link");
    let link = field.prop("value").await.expect("value").unwrap_or_default();
    browser.close().await;
    link
}
