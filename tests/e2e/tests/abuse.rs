//! The widget in a hostile world: blocked WebAssembly, a slow download, twenty widgets, an
//! element removed and added back, rapid double clicks, back and forward, resizes mid-flow,
//! a crash, and absurd config strings. Nothing may break the host page or lose answers.

use std::time::{Duration, Instant};

use e2e::{Browser, Engine, Held, TIMEOUT, open_bundle, open_intro_holding};
use fantoccini::Locator;
use serde_json::{Value, json};

const INTRO: &str = "Management or leadership: where should you grow next?";

#[tokio::test]
async fn blocked_webassembly_shows_a_readable_message_and_the_providers_link() {
    let (_server, browser) = open_bundle(Engine::Chromium, "/test/no-wasm-eval.html", 900, 900).await;
    let started = Instant::now();
    loop {
        let text = browser.loader_message(0).await;
        if text.contains("could not load") {
            assert!(text.contains("Visit Northwind Learning"), "{text}");
            break;
        }
        assert!(started.elapsed() < TIMEOUT, "still {text:?}");
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    let link = browser
        .script("return document.querySelector('leadership-balance').shadowRoot.querySelector('.lb-loading a').href;")
        .await;
    assert_eq!(link, Value::String("https://northwind.example/".to_owned()));
    // The second widget's config asks for French, and so does its message.
    let french = browser.loader_message(1).await;
    assert!(
        french.starts_with("L’auto-évaluation n’a pas pu se charger")
            && french.contains("Visiter Northwind Learning"),
        "{french}"
    );
    browser.close().await;
}

/// The checked options' labels on the current page, in order.
const CHECKED: &str = "return [...document.querySelector('leadership-balance').shadowRoot
    .querySelectorAll('input:checked')].map((i) => i.closest('label').textContent);";

/// Continues where the learner left off in the first widget, once it is back, and checks that
/// the page headed `heading` shows `checked` chosen.
async fn continue_where_left_off(browser: &Browser, heading: &str, checked: Value) {
    let widget = browser.widget(0).await;
    widget.click_button("Continue where you left off").await;
    widget.wait_for_heading(heading).await;
    assert_eq!(browser.script(CHECKED).await, checked);
}

/// On a slow download the loader draws the intro, the context questions and the first
/// statements itself, and the wasm, once it arrives, takes over with the answers given; after
/// a reload, with answers saved, the loader says it is loading until the wasm comes.
#[tokio::test]
async fn on_a_slow_download_the_intro_shows_at_once_and_an_early_start_goes_on_by_itself() {
    // The loader draws the intro while the wasm is still on its way.
    let (server, wasm, browser, widget) =
        open_intro_holding(Engine::Chromium, Held::FirstModule, 900, 900).await;
    let marks = "return ['early-intro', 'wasm-ready'].map((m) => performance.getEntriesByName(`leadership-balance:${m}`).length);";
    assert_eq!(browser.script(marks).await, json!([1, 0]), "the intro came before the wasm");
    assert!(
        browser.script("return document.activeElement === document.body;").await.as_bool().unwrap_or(false),
        "no focus taken"
    );
    browser
        .script(
            "window.lbStarted = 0; document.querySelector('leadership-balance')
                .addEventListener('leadership-balance:started', () => window.lbStarted++); return null;",
        )
        .await;
    let focused_text =
        "return document.querySelector('leadership-balance').shadowRoot.activeElement?.textContent ?? null;";
    // Start opens the context questions at once, drawn by the loader, the heading focused.
    widget.click_button("Start the self-assessment").await;
    widget.wait_for_heading("First, a little about your role").await;
    assert_eq!(browser.script(focused_text).await, json!("First, a little about your role"));
    // Next with an answer missing says so, as the widget does.
    widget.choose("How long have you been managing people?", "1–3 years").await;
    widget.click_button("Next").await;
    assert_eq!(widget.text(".lb-context .lb-status").await, "Please answer both questions to continue.");
    widget.choose("How many people report to you directly?", "4–8").await;
    assert_eq!(widget.text(".lb-context .lb-status").await, "", "the message goes once both are answered");
    widget.click_button("Next").await;
    // Next opens the first statements, drawn by the loader too, their heading focused.
    widget.wait_for_heading("How often do you do this?").await;
    assert_eq!(browser.script(focused_text).await, json!("How often do you do this?"));
    let first = widget.texts(".lb-card legend").await.into_iter().next().expect("a statement");
    widget.choose(&first, "Rarely").await;
    assert_eq!(browser.script(marks).await, json!([1, 0]), "all of that before the wasm");
    // The wasm arrives and takes the page over as it is, and tells the host once that the
    // learner started.
    wasm.release();
    browser.wait_for_wasm(0).await;
    assert_eq!(browser.script("return window.lbStarted;").await, json!(1), "one started event");
    // The answers given before it came are the widget's.
    widget.click_button("Back").await;
    widget.wait_for_heading("First, a little about your role").await;
    assert_eq!(browser.script(CHECKED).await, json!(["1–3 years", "4–8"]));
    widget.click_button("Next").await;
    widget.wait_for_heading("How often do you do this?").await;
    assert_eq!(browser.script(CHECKED).await, json!(["Rarely"]));

    // With answers saved, the first screen offers them back, which only the wasm can draw:
    // until it arrives the loader says it is loading.
    let wasm = server.hold(Held::FirstModule);
    browser.client.refresh().await.expect("reloaded");
    wasm.wait_requested().await;
    assert_eq!(browser.loader_message(0).await, "Loading the self-assessment…");
    wasm.release();
    continue_where_left_off(&browser, "How often do you do this?", json!(["Rarely"])).await;
    browser.close().await;
}

#[tokio::test]
async fn twenty_widgets_on_one_page_stay_independent() {
    let (_server, browser) = open_bundle(Engine::Chromium, "/test/crowd.html", 900, 900).await;
    let mut widgets = Vec::new();
    for i in 0..20 {
        let widget = browser.widget(i).await;
        assert_eq!(widget.text(".lb-eyebrow").await, format!("Provider {i}"));
        widgets.push(widget);
    }
    widgets[7].click_button("Start the self-assessment").await;
    widgets[7].wait_for_heading("First, a little about your role").await;
    for (i, widget) in widgets.iter().enumerate().filter(|(i, _)| *i != 7) {
        assert_eq!(widget.texts("h2").await, [INTRO], "widget {i} did not move");
    }
    browser.close().await;
}

#[tokio::test]
async fn an_element_removed_mid_assessment_and_added_back_keeps_the_answers() {
    let (_server, browser) = open_bundle(Engine::Chromium, "/", 900, 900).await;
    let widget = browser.widget(0).await;
    widget.start_with_context("Over 5 years", "9 or more").await;
    let (_, card) = widget.questions().await.remove(0);
    e2e::choose_in(&card, "Almost always").await;

    browser
        .script("const e = document.querySelector('leadership-balance'); const parent = e.parentNode; e.remove(); window.lbParked = [e, parent]; return true;")
        .await;
    browser.script("const [e, parent] = window.lbParked; parent.append(e); return true;").await;
    let widget = browser.widget(0).await;
    widget.click_button("Continue where you left off").await;
    widget.wait_for_heading("How often do you do this?").await;
    widget.find(".lb-progress__label", "1 of 48 answered").await;
    browser.close().await;
}

#[tokio::test]
async fn rapid_double_clicks_back_and_forward_and_resizes_break_nothing() {
    let (server, browser) = open_bundle(Engine::Chromium, "/", 900, 900).await;
    let widget = browser.widget(0).await;
    // Two clicks in the same task: as fast as any hand, faster than a render.
    let double_click = |label: &'static str| {
        let browser = &browser;
        async move {
            let script = format!(
                "const root = document.querySelector('leadership-balance').shadowRoot; \
                 const b = [...root.querySelectorAll('button')].find((b) => b.textContent.trim() === '{label}'); \
                 b.click(); b.click(); return true;"
            );
            browser.script(&script).await;
        }
    };
    double_click("Start the self-assessment").await;
    widget.wait_for_heading("First, a little about your role").await;
    widget.choose("How long have you been managing people?", "1–3 years").await;
    widget.choose("How many people report to you directly?", "1–3").await;
    double_click("Next").await;
    // Two quick Nexts: the first opens page 1, the second finds it unanswered and says so.
    widget.find(".lb-card__counter", "Statement 1 of 48").await;
    widget.find("[aria-live]", "Statements 1, 2, 3, 4, 5 and 6 still need an answer.").await;

    // Resizing mid-flow keeps the page usable and never scrolls sideways.
    for (width, height) in [(500, 700), (1400, 900), (600, 1000)] {
        browser.client.set_window_size(width, height).await.expect("resized");
        let overflow = browser.sideways_overflow().await;
        assert_eq!(overflow, 0, "at {width} px");
    }
    browser.answer_everything(0).await;
    widget.wait_for_heading("Your leadership balance").await;
    double_click("Download PDF").await;
    browser.downloaded_file().await;
    widget.wait_for_heading("Your leadership balance").await;

    // Back to another page and forward again: the answers come back.
    browser.client.goto(&server.url("/configure.html")).await.expect("away");
    browser.client.back().await.expect("back");
    let widget = browser.widget(0).await;
    // The page may come back from the back-forward cache as it was, or load afresh and offer
    // the saved answers.
    if widget.root.find(Locator::Css(".lb-results")).await.is_err() {
        widget.click_button("Continue where you left off").await;
    }
    widget.wait_for_heading("Your leadership balance").await;
    browser.client.forward().await.expect("forward");
    browser.client.back().await.expect("back again");
    browser.widget(0).await;
    browser.close().await;
}

#[tokio::test]
async fn after_a_crash_every_widget_says_so_and_a_reload_brings_the_answers_back() {
    let (_server, browser) = open_bundle(Engine::Chromium, "/", 900, 900).await;
    let widget = browser.widget(0).await;
    widget.click_button("Start the self-assessment").await;
    widget.choose("How long have you been managing people?", "Not yet").await;
    // What the panic hook sends when the wasm stops (see web/element.rs).
    browser.script("window.dispatchEvent(new CustomEvent('leadership-balance:crashed')); return true;").await;
    let text = browser.loader_message(0).await;
    assert!(text.starts_with("Something went wrong; your answers are kept."), "{text}");
    let reload = widget.root.find(Locator::Css(".lb-loading button")).await.expect("a reload button");
    reload.click().await.expect("reloading");
    continue_where_left_off(&browser, "First, a little about your role", json!(["Not yet"])).await;
    browser.close().await;
}

#[tokio::test]
async fn absurd_config_strings_are_refused_politely_and_unusual_unicode_is_shown() {
    let (_server, browser) = open_bundle(Engine::Chromium, "/test/long-config.html", 900, 900).await;
    let long = browser.widget(0).await;
    assert_eq!(
        long.texts(".lb-error__details li").await,
        [
            "provider.name: is 5000 characters long; the limit is 120",
            "intro: is 100000 characters long; the limit is 1000"
        ]
    );
    let unicode = browser.widget(1).await;
    assert_eq!(unicode.text(".lb-eyebrow").await, "Ñandú Äkademie — “Führung” 🌱 עברית 中文");
    let overflow = browser.sideways_overflow().await;
    assert_eq!(overflow, 0, "a very long word wraps");
    browser.close().await;
}
