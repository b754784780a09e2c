//! axe-core (the npm package, its axe.min.js injected into the page) checks the widget, inside
//! its shadow root, at every step of the flow, in Chromium and in Firefox (and in Polish and
//! Ukrainian in WebKit too), the colleague's
//! path and the learner's comparison, and the provider's configurator with its live preview:
//! WCAG 2.x A and AA rules, zero violations, in both colour schemes.

use e2e::flows::rank_topics_by_colleagues;
use e2e::{Browser, Engine, Held, StaticServer, Widget, bundle_dir, open_intro_holding};
use fantoccini::Locator;
use leadership_balance::model::answers::{Answer, AnswerSheet, Frequency};
use leadership_balance::model::colleague::encode_response;
use leadership_balance::strings::{ENGLISH, POLISH, Strings, UKRAINIAN};
use serde_json::Value;

fn axe_source() -> String {
    let path = e2e::node_modules().join("axe-core/axe.min.js");
    std::fs::read_to_string(&path).unwrap_or_else(|e| {
        panic!("{}: {e}; `cargo xtask test` installs axe-core into .tools/", path.display())
    })
}

/// Runs axe on the first widget and returns the violations, summarised.
async fn violations(browser: &Browser, axe: &str) -> Vec<String> {
    violations_in(browser, axe, r#"{ fromShadowDom: ["leadership-balance", ".lb"] }"#).await
}

/// Runs axe on `context` (an axe context, such as `document`) and returns the violations.
async fn violations_in(browser: &Browser, axe: &str, context: &str) -> Vec<String> {
    browser.client.execute(axe, vec![]).await.expect("axe loaded");
    let script = r#"
        const done = arguments[arguments.length - 1];
        axe.run(CONTEXT,
                { runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"] } })
          .then((r) => done(r.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.length}) ${v.nodes.slice(0, 2).map((n) => n.html).join(" | ")}`)))
          .catch((e) => done([`axe failed: ${e}`]));
    "#
    .replace("CONTEXT", context);
    let result = browser.client.execute_async(&script, vec![]).await.expect("axe ran");
    result.as_array().into_iter().flatten().filter_map(Value::as_str).map(str::to_owned).collect()
}

/// Runs axe on the first widget and adds its violations to `found`, each after `step`.
async fn check(browser: &Browser, axe: &str, step: &str, found: &mut Vec<String>) {
    for v in violations(browser, axe).await {
        found.push(format!("{step}: {v}"));
    }
}

/// Runs axe on the whole document and adds its violations to `found`, each after `step`.
async fn check_document(browser: &Browser, axe: &str, step: &str, found: &mut Vec<String>) {
    for v in violations_in(browser, axe, "document").await {
        found.push(format!("{step}: {v}"));
    }
}

/// Walks the learner's flow in the language of `s`, running axe at each step.
async fn walk(browser: &Browser, widget: &Widget, axe: &str, s: &Strings) -> Vec<String> {
    let mut found = Vec::new();
    widget.wait_for_heading(s.intro_heading).await;
    check(browser, axe, "intro", &mut found).await;
    widget.click_button(s.start).await;
    widget.wait_for_heading(s.context_heading).await;
    widget.click_button(s.next).await;
    widget.find("[aria-live]", s.context_missing).await;
    check(browser, axe, "context with errors", &mut found).await;
    widget.choose(s.experience_question, s.experience_options[2]).await;
    widget.choose(s.reports_question, s.reports_options[1]).await;
    widget.click_button(s.next).await;
    widget.wait_for_heading(s.statements_heading).await;
    widget.click_button(s.next).await;
    check(browser, axe, "statements with errors", &mut found).await;
    browser.answer_everything(0).await;
    widget.wait_for_heading(s.results_heading).await;
    check(browser, axe, "results", &mut found).await;
    found
}

/// A `width` × 1000 window of `engine` reporting the colour scheme `scheme`, on `server`'s page
/// `path`.
async fn open_in_scheme(
    engine: Engine,
    scheme: &str,
    width: u32,
    server: &StaticServer,
    path: &str,
) -> Browser {
    let browser = match engine {
        Engine::Chromium => Browser::launch_with_scheme(width, 1000, scheme).await,
        Engine::Firefox => Browser::launch_firefox(width, 1000, scheme).await,
        Engine::WebKit => unimplemented!("WebKitGTK's driver has no colour-scheme setting"),
    };
    browser.client.goto(&server.url(path)).await.unwrap_or_else(|e| panic!("{path} does not load: {e}"));
    browser
}

/// Walks the flow with axe in `engine`, once in each colour scheme, and fails on any violation.
async fn no_violation_in_either_scheme(engine: Engine) {
    let server = StaticServer::start(bundle_dir());
    let axe = axe_source();
    let mut found = Vec::new();
    for scheme in ["light", "dark"] {
        let browser = open_in_scheme(engine, scheme, 900, &server, "/").await;
        let applied = browser.script("return matchMedia('(prefers-color-scheme: dark)').matches;").await;
        assert_eq!(applied, Value::Bool(scheme == "dark"), "{engine:?} reports the {scheme} scheme");
        let widget = browser.widget(0).await;
        for v in walk(&browser, &widget, &axe, &ENGLISH).await {
            found.push(format!("{engine:?}, {scheme}: {v}"));
        }
        browser.close().await;
    }
    assert!(found.is_empty(), "axe violations:\n{}", found.join("\n"));
}

e2e::engine_tests! {
    axe_finds_no_violation_at_any_step_in_either_colour_scheme => no_violation_in_either_scheme(Chromium);
    axe_finds_no_violation_at_any_step_in_firefox_in_either_colour_scheme =>
        no_violation_in_either_scheme(Firefox);
}

/// Polish and Ukrainian, whose words are the newest, walked with axe in every engine.
#[tokio::test]
async fn axe_finds_no_violation_in_polish_and_ukrainian_in_every_engine() {
    let server = StaticServer::start(bundle_dir());
    let axe = axe_source();
    let mut found = Vec::new();
    for engine in [Engine::Chromium, Engine::Firefox, Engine::WebKit] {
        let browser = Browser::launch_engine(engine, 900, 1000).await;
        for s in [&POLISH, &UKRAINIAN] {
            let page = format!("axe-{}.html", s.code);
            let element = format!(r#"<leadership-balance lang="{}"></leadership-balance>"#, s.code);
            browser.client.goto(&server.scratch_page(&page, &element)).await.expect("the page loads");
            // A new learner: the previous language's walk left its progress, which the widget
            // may have read already, so the page starts again once it is cleared.
            browser.script("localStorage.clear();").await;
            browser.client.refresh().await.expect("reloaded");
            let widget = browser.widget(0).await;
            for v in walk(&browser, &widget, &axe, s).await {
                found.push(format!("{engine:?}, {}: {v}", s.code));
            }
        }
        browser.close().await;
    }
    assert!(found.is_empty(), "axe violations:\n{}", found.join("\n"));
}

#[tokio::test]
async fn axe_finds_no_violation_in_the_pages_the_loader_draws_before_the_wasm() {
    let axe = axe_source();
    // Held for as long as the six axe runs take.
    let (_server, wasm, browser, widget) =
        open_intro_holding(Engine::Chromium, Held::FirstModule, 900, 1000).await;
    let mut found = Vec::new();
    check(&browser, &axe, "early intro", &mut found).await;
    widget.click_button("Start the self-assessment").await;
    widget.wait_for_heading("First, a little about your role").await;
    check(&browser, &axe, "early context", &mut found).await;
    widget.click_button("Next").await;
    widget.find("[aria-live]", "Please answer both questions to continue.").await;
    check(&browser, &axe, "early context with errors", &mut found).await;
    widget.choose("How long have you been managing people?", "1–3 years").await;
    widget.choose("How many people report to you directly?", "1–3").await;
    widget.click_button("Next").await;
    widget.wait_for_heading("How often do you do this?").await;
    check(&browser, &axe, "early statements", &mut found).await;
    let legends = widget.texts(".lb-card legend").await;
    widget.choose(&legends[0], "Often").await;
    widget.click_button("Next").await;
    widget.find("[aria-live]", "Statements 2, 3, 4, 5 and 6 still need an answer.").await;
    check(&browser, &axe, "early statements with errors", &mut found).await;
    for legend in &legends[1..] {
        widget.choose(legend, "Sometimes").await;
    }
    widget.click_button("Next").await;
    widget.find("button", "Getting the questions ready…").await;
    check(&browser, &axe, "early statements, getting the questions ready", &mut found).await;
    let ready =
        browser.script("return performance.getEntriesByName('leadership-balance:wasm-ready').length;").await;
    assert_eq!(ready, serde_json::json!(0), "axe ran on the loader's pages, before the wasm");
    wasm.release();
    assert!(found.is_empty(), "axe violations:\n{}", found.join("\n"));
    browser.close().await;
}

#[tokio::test]
async fn axe_finds_no_violation_in_the_configurator_in_either_colour_scheme() {
    let server = StaticServer::start(bundle_dir());
    let axe = axe_source();
    let mut found = Vec::new();
    for scheme in ["light", "dark"] {
        let browser = open_in_scheme(Engine::Chromium, scheme, 1200, &server, "/configure.html").await;
        browser
            .widget(0)
            .await
            .wait_for_heading("Management or leadership: where should you grow next?")
            .await;
        check_document(&browser, &axe, &format!("{scheme}, as opened"), &mut found).await;
        // A website without its scheme: the preview shows the error panel with the path.
        let url = browser.client.find(Locator::Id("provider-url")).await.expect("the website field");
        url.send_keys("northwind.example").await.expect("typed");
        // The preview is redrawn a moment after typing stops; wait for the new widget's panel.
        let started = std::time::Instant::now();
        let panel = "return document.querySelector('#preview leadership-balance')?.shadowRoot\
            ?.querySelector('.lb-error h2')?.textContent ?? '';";
        while browser.script(panel).await.as_str() != Some("This self-assessment is not set up correctly") {
            assert!(started.elapsed().as_secs() < 15, "{scheme}: the preview never showed the error panel");
            tokio::time::sleep(std::time::Duration::from_millis(50)).await;
        }
        check_document(&browser, &axe, &format!("{scheme}, with an error"), &mut found).await;
        browser.close().await;
    }
    assert!(found.is_empty(), "axe violations:\n{}", found.join("\n"));
}

#[tokio::test]
async fn axe_finds_no_violation_on_the_cohort_page_in_either_colour_scheme() {
    let server = StaticServer::start(bundle_dir());
    let axe = axe_source();
    let mut found = Vec::new();
    for scheme in ["light", "dark"] {
        let browser = open_in_scheme(Engine::Chromium, scheme, 900, &server, "/cohort.html").await;
        let field = browser.wait_for("//textarea[@id='lb-cohort-paste']").await;
        check_document(&browser, &axe, &format!("{scheme}, empty"), &mut found).await;
        // One learner (so the small-group note shows too) and one line that is not a result.
        let code = "AbyLMEEokkokkkkko2222222222222zX_w";
        field.send_keys(&format!("{code}\nnot a result")).await.expect("pasted");
        browser
            .wait_for("//button[normalize-space(.)='Add these results']")
            .await
            .click()
            .await
            .expect("Add");
        browser.wait_for("//h2[normalize-space(.)='1 learner']").await;
        check_document(&browser, &axe, &format!("{scheme}, summary"), &mut found).await;
        browser.close().await;
    }
    assert!(found.is_empty(), "axe violations on the cohort page:\n{}", found.join("\n"));
}

/// The colleague's path and the learner's comparison, with axe at each step: the colleague's
/// intro, a page of statements with its errors, the answer link; then the learner's results
/// with that answer added (the indexes alone), then two more (the comparison, its chart, its
/// table and the topics ticked on).
async fn colleague_steps(engine: Engine, scheme: &str, server: &StaticServer, axe: &str) -> Vec<String> {
    let instrument = leadership_balance::model::instrument::Instrument::builtin().expect("valid");
    let request = leadership_balance::model::colleague::encode_request(&instrument, "Ana");
    let browser = open_in_scheme(engine, scheme, 900, server, &format!("/#lb-ask={request}")).await;
    let mut found = Vec::new();
    let widget = browser.widget(0).await;
    widget.wait_for_heading("Ana asked how you see their work").await;
    check(&browser, axe, "colleague's intro", &mut found).await;
    widget.click_button("Start").await;
    widget.wait_for_heading("How often do they do this?").await;
    widget.click_button("Next").await;
    check(&browser, axe, "colleague's statements with errors", &mut found).await;
    browser.answer_everything(0).await;
    widget.wait_for_heading("Thank you. Now send your answers back").await;
    check(&browser, axe, "colleague's answer link", &mut found).await;
    let field = widget.root.find(Locator::Css(".lb-colleague input")).await.expect("the answer link");
    let answer = field.prop("value").await.expect("value").unwrap_or_default();

    if engine == Engine::Chromium {
        // The learner's side: a fresh page, the whole assessment, the answer added.
        browser.client.goto("about:blank").await.expect("away");
        browser.client.goto(&server.url("/")).await.expect("the demo page loads");
        let widget = browser.widget(0).await;
        widget.start_with_context("1–3 years", "1–3").await;
        browser.answer_everything(0).await;
        widget.wait_for_heading("Your leadership balance").await;
        let paste =
            widget.root.find(Locator::Css(".lb-colleagues--view input[type=text]")).await.expect("box");
        paste.send_keys(&answer).await.expect("pasted");
        widget.click_button("Add this answer").await;
        widget.find(".lb-colleagues__count", "Combined from 1 colleague’s answers.").await;
        check(&browser, axe, "results with one colleague's answer (indexes only)", &mut found).await;
        // Two more colleagues' answer links, made as the colleague's page makes them, so that
        // the whole comparison shows (it needs three).
        for level in [Frequency::Rarely, Frequency::Often] {
            let mut sheet = AnswerSheet::new(instrument.statements.len());
            for s in (0..instrument.statements.len()).filter(|&s| !instrument.is_extra(s)) {
                sheet.set(s, Answer::Frequency(level));
            }
            let paste =
                widget.root.find(Locator::Css(".lb-colleagues--view input[type=text]")).await.expect("box");
            paste.send_keys(&encode_response(&instrument, &sheet)).await.expect("pasted");
            widget.click_button("Add this answer").await;
        }
        widget.find(".lb-colleagues__count", "Combined from 3 colleagues’ answers.").await;
        rank_topics_by_colleagues(&widget).await;
        check(&browser, axe, "results with a colleague's view", &mut found).await;
    }
    browser.close().await;
    found.into_iter().map(|v| format!("{engine:?}, {scheme}: {v}")).collect()
}

#[tokio::test]
async fn axe_finds_no_violation_on_the_colleagues_path_in_either_colour_scheme() {
    let server = StaticServer::start(bundle_dir());
    let axe = axe_source();
    let mut found = Vec::new();
    for engine in [Engine::Chromium, Engine::Firefox] {
        for scheme in ["light", "dark"] {
            found.extend(colleague_steps(engine, scheme, &server, &axe).await);
        }
    }
    assert!(found.is_empty(), "axe violations:\n{}", found.join("\n"));
}
