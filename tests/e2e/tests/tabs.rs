//! Nothing a learner did is lost, in Chromium, Firefox and WebKit: two tabs of one browser
//! answering the same assessment, in either order and on the same statement; storage that
//! starts refusing writes part-way and then accepts them again; and storage unusable from the
//! start.

use std::time::{Duration, Instant};

use e2e::{Browser, Engine, StaticServer, TIMEOUT, Widget, bundle_dir, choose_in, flows::INTRO, open_bundle};
use fantoccini::Locator;
use fantoccini::wd::WindowHandle;
use leadership_balance::model::answers::{Answer, AnswerSheet, Experience, Frequency};
use leadership_balance::model::instrument::Instrument;
use leadership_balance::model::profile::DEFAULT_THRESHOLD;
use leadership_balance::model::second_stage;
use leadership_balance::model::uncertainty::ErrorModel;

/// The demo page, with the widget on it.
const PAGE: &str = "/";

/// A second tab of the same browser, on `url`; the first tab's handle comes back with it.
async fn second_tab(browser: &Browser, url: &str) -> (WindowHandle, WindowHandle) {
    let first = browser.client.window().await.expect("the first tab");
    let opened = browser.client.new_window(true).await.expect("a new tab");
    browser.client.switch_to_window(opened.handle.clone()).await.expect("to the new tab");
    browser.client.goto(url).await.expect("the page loads in the second tab");
    (first, opened.handle)
}

async fn switch(browser: &Browser, to: &WindowHandle) -> Widget {
    browser.client.switch_to_window(to.clone()).await.expect("switched tab");
    browser.widget(0).await
}

/// The context questions answered and the first page of statements reached.
async fn start(widget: &Widget) {
    widget.wait_for_heading(INTRO).await;
    widget.start_with_context("1–3 years", "1–3").await;
}

/// The demo page in `engine`, its first page of statements answered "Often" and the second
/// reached: the server, the browser and the widget.
async fn on_the_second_page(engine: Engine) -> (StaticServer, Browser, Widget) {
    let (server, browser) = open_bundle(engine, PAGE, 900, 1000).await;
    let widget = browser.widget(0).await;
    start(&widget).await;
    answer_page(&widget, "Often").await;
    widget.click_button("Next").await;
    widget.find(".lb-card__counter", "Statement 7 of 48").await;
    (server, browser, widget)
}

/// Reloads the page and waits for the first widget to welcome the learner back with `answered`
/// answers kept on this device.
async fn reload_and_expect_welcome_back(browser: &Browser, answered: usize) {
    browser.client.refresh().await.expect("reloaded");
    let widget = browser.widget(0).await;
    let welcome = format!("Welcome back. You have answered {answered} of 48 statements on this device.");
    widget.find(".lb-intro p", &welcome).await;
}

/// Every statement on the page shown answered with `label`; the page's first statement's text
/// comes back.
async fn answer_page(widget: &Widget, label: &str) -> String {
    let questions = widget.questions().await;
    assert_eq!(questions.len(), 6, "a page of six statements");
    for (_, fieldset) in &questions {
        choose_in(fieldset, label).await;
    }
    questions[0].0.clone()
}

/// Waits until the progress line says `answered` of 48.
async fn wait_for_answered(widget: &Widget, answered: usize) {
    widget.find(".lb-progress__label", &format!("{answered} of 48 answered")).await;
}

/// The option chosen in the question whose legend is `legend`, if any.
async fn chosen(widget: &Widget, legend: &str) -> Option<String> {
    for (text, fieldset) in widget.questions().await {
        if text == legend {
            for label in fieldset.find_all(Locator::Css("label")).await.unwrap_or_default() {
                let input = label.find(Locator::Css("input")).await.expect("a radio");
                if input.prop("checked").await.ok().flatten().as_deref() == Some("true") {
                    return Some(label.text().await.unwrap_or_default().trim().to_owned());
                }
            }
            return None;
        }
    }
    panic!("no question {legend:?} on the page")
}

/// Waits until the question `legend` shows `label` chosen.
async fn wait_for_chosen(widget: &Widget, legend: &str, label: &str) {
    let started = Instant::now();
    loop {
        if chosen(widget, legend).await.as_deref() == Some(label) {
            return;
        }
        assert!(started.elapsed() < TIMEOUT, "{legend:?} never showed {label:?} chosen");
        tokio::time::sleep(Duration::from_millis(25)).await;
    }
}

/// In tab 1, still on the second page: its first statement, `conflicting`, answered "Never".
async fn answer_again(one: &Widget, conflicting: &str) {
    let questions = one.questions().await;
    assert_eq!(questions[0].0, conflicting, "tab 1 is on the same page");
    choose_in(&questions[0].1, "Never").await;
}

/// In tab 2: the second and third pages answered "Rarely", then on to the fourth.
async fn answer_two_pages(two: &Widget) {
    answer_page(two, "Rarely").await;
    two.click_button("Next").await;
    two.find(".lb-card__counter", "Statement 13 of 48").await;
    answer_page(two, "Rarely").await;
    two.click_button("Next").await;
    two.find(".lb-card__counter", "Statement 19 of 48").await;
}

/// The scenario: tab 1 answers the first page and moves to the second; tab 2 opens,
/// continues, and answers the second and third pages; back in tab 1, still on the second page,
/// one statement is answered again, differently. With `tab_one_first`, tab 1 answers that
/// statement before tab 2 answers its pages instead (the reverse order). Every answer is kept,
/// the later of the two conflicting ones wins, and both tabs end up with the same progress.
async fn two_tabs(engine: Engine, tab_one_first: bool) {
    let (server, browser, _one) = on_the_second_page(engine).await;
    let (first, second) = second_tab(&browser, &server.url(PAGE)).await;
    let two = browser.widget(0).await;
    two.wait_for_heading(INTRO).await;
    two.click_button("Continue where you left off").await;
    two.find(".lb-card__counter", "Statement 7 of 48").await;
    let conflicting = two.questions().await[0].0.clone();

    if tab_one_first {
        answer_again(&switch(&browser, &first).await, &conflicting).await;
        answer_two_pages(&switch(&browser, &second).await).await;
    } else {
        answer_two_pages(&two).await;
        answer_again(&switch(&browser, &first).await, &conflicting).await;
    }
    let one = switch(&browser, &first).await;
    // Tab 1 shows all 18 answers, and which of the two conflicting answers came later.
    let later = if tab_one_first { "Rarely" } else { "Never" };
    wait_for_answered(&one, 18).await;
    wait_for_chosen(&one, &conflicting, later).await;
    one.find(".lb-footer .lb-status", "Updated with the answers you gave in another tab.").await;
    // Tab 2 shows the same, on its own page.
    let two = switch(&browser, &second).await;
    wait_for_answered(&two, 18).await;
    two.click_button("Back").await;
    two.click_button("Back").await;
    two.find(".lb-card__counter", "Statement 7 of 48").await;
    wait_for_chosen(&two, &conflicting, later).await;
    // What the device keeps holds all 18: a reload of either tab offers them.
    reload_and_expect_welcome_back(&browser, 18).await;
    browser.close().await;
}

/// Storage refuses writes from the eleventh answer on, then accepts them again: the learner is
/// told at once, with a link holding every answer so far; nothing on screen goes; saving
/// resumes by itself and says so; after a reload all answers are offered.
async fn storage_refusing_then_accepting(engine: Engine) {
    let (_server, browser, widget) = on_the_second_page(engine).await;
    let questions = widget.questions().await;
    for (_, fieldset) in &questions[..4] {
        choose_in(fieldset, "Sometimes").await;
    }
    wait_for_answered(&widget, 10).await;
    browser
        .script(
            "Storage.prototype.lbSetItem = Storage.prototype.setItem; \
             Storage.prototype.setItem = function () { throw new DOMException('full', 'QuotaExceededError'); };",
        )
        .await;
    choose_in(&questions[4].1, "Sometimes").await;
    let told =
        wait_for_text_start(&widget, ".lb-save", "This browser has stopped keeping your progress.").await;
    assert!(told.contains("Your answers so far"), "{told}");
    let link = widget.attribute(".lb-save a", "href").await.expect("a link");
    assert!(link.contains("#lb="), "{link}");
    wait_for_answered(&widget, 11).await;
    // The browser accepts writes again.
    browser.script("Storage.prototype.setItem = Storage.prototype.lbSetItem;").await;
    choose_in(&questions[5].1, "Sometimes").await;
    widget.find(".lb-footer .lb-status", "Your progress is kept on this device again.").await;
    reload_and_expect_welcome_back(&browser, 12).await;
    // The link holds the eleven answers there were when it was offered: opening it offers them.
    browser.client.goto(&link).await.expect("the link opens");
    reload_and_expect_welcome_back(&browser, 11).await;
    browser.close().await;
}

/// The text of the element matching `css` once it starts with `start`.
async fn wait_for_text_start(widget: &Widget, css: &str, start: &str) -> String {
    let started = Instant::now();
    loop {
        let text = widget.text(css).await;
        if text.starts_with(start) {
            return text;
        }
        assert!(started.elapsed() < TIMEOUT, "{css} never said {start:?}; it says {text:?}");
        tokio::time::sleep(Duration::from_millis(25)).await;
    }
}

/// Storage that throws from the start: said once on the intro, and the whole assessment works.
async fn storage_unusable_from_the_start(engine: Engine) {
    let server = StaticServer::start(bundle_dir());
    std::fs::write(
        server.scratch.join("no-storage.js"),
        "Object.defineProperty(window, 'localStorage', { get() { throw new DOMException('blocked', 'SecurityError'); } });\n",
    )
    .expect("script written");
    let page = server.scratch_page(
        "no-storage.html",
        "<script src=\"/scratch/no-storage.js\"></script>\n    <leadership-balance></leadership-balance>",
    );
    let browser = Browser::launch_engine(engine, 900, 1000).await;
    browser.client.goto(&page).await.expect("the page loads");
    let widget = browser.widget(0).await;
    widget.wait_for_heading(INTRO).await;
    widget
        .find(
            "p",
            "This browser does not let the page keep your answers, so they are lost if you leave or reload. \
             Everything else works.",
        )
        .await;
    start(&widget).await;
    for page in 0..8 {
        answer_page(&widget, "Often").await;
        widget.click_button(if page == 7 { "See my results" } else { "Next" }).await;
    }
    // Every answer "Often" leaves the management score close to the line, and a few more
    // statements could settle it (the library says so below): the second stage works without
    // storage too, every page of it.
    let instrument = Instrument::builtin().expect("valid");
    let mut bank = AnswerSheet::new(instrument.statements.len());
    for s in 0..instrument.statements.len() {
        bank.set(s, Answer::Frequency(Frequency::Often));
    }
    let errors = ErrorModel::default_for(&instrument);
    let experience = Some(Experience::OneToThreeYears);
    let (asked, _) = second_stage::replay(&instrument, &bank, experience, DEFAULT_THRESHOLD, &errors);
    assert!(!asked.is_empty(), "the answers were chosen for a second stage");
    widget.wait_for_heading("A few more statements?").await;
    widget.click_button(&format!("Answer {} more", asked.len().min(second_stage::PAGE))).await;
    for (number, page) in asked.chunks(second_stage::PAGE).enumerate() {
        let before = number * second_stage::PAGE;
        let label = format!("{before} of {} extra answered", before + page.len());
        widget.find(".lb-progress__label", &label).await;
        answer_page(&widget, "Often").await;
        widget.click_button("Next").await;
    }
    widget.wait_for_heading("Your leadership balance").await;
    browser.close().await;
}

e2e::engine_tests! {
    chromium_two_tabs_keep_every_answer => two_tabs(Chromium, false);
    chromium_two_tabs_keep_every_answer_in_the_reverse_order => two_tabs(Chromium, true);
    firefox_two_tabs_keep_every_answer => two_tabs(Firefox, false);
    firefox_two_tabs_keep_every_answer_in_the_reverse_order => two_tabs(Firefox, true);
    webkit_two_tabs_keep_every_answer => two_tabs(WebKit, false);
    webkit_two_tabs_keep_every_answer_in_the_reverse_order => two_tabs(WebKit, true);
}

e2e::engine_tests! {
    chromium_storage_refusing_then_accepting_loses_nothing => storage_refusing_then_accepting(Chromium);
    firefox_storage_refusing_then_accepting_loses_nothing => storage_refusing_then_accepting(Firefox);
    webkit_storage_refusing_then_accepting_loses_nothing => storage_refusing_then_accepting(WebKit);
    chromium_storage_unusable_from_the_start => storage_unusable_from_the_start(Chromium);
    firefox_storage_unusable_from_the_start => storage_unusable_from_the_start(Firefox);
    webkit_storage_unusable_from_the_start => storage_unusable_from_the_start(WebKit);
}
