//! Layout and display on the release bundle: a 320 px phone and 200% zoom with no sideways
//! scrolling and touch targets of at least 44 × 44 px at every step (in German, whose long
//! words are the hardest to fit, and in Polish and Ukrainian), and no motion when the learner
//! asks for reduced motion.

use e2e::{Browser, StaticServer, bundle_dir};
use fantoccini::Locator;
use leadership_balance::model::answers::{Answer, AnswerSheet, Frequency};
use leadership_balance::model::colleague::{encode_request, encode_response};
use leadership_balance::model::instrument::Instrument;
use leadership_balance::strings::{GERMAN, POLISH, Strings, UKRAINIAN};

/// Every control in the widget smaller than 44 × 44 CSS pixels, described; hidden ones, the
/// radio inputs and the checkboxes inside a `label.lb-option` (whose target is the whole label
/// around them, which is measured itself) are skipped.
const SMALL_TARGETS: &str = r#"
    const root = document.querySelector("leadership-balance").shadowRoot;
    const small = [];
    for (const el of root.querySelectorAll("button, a[href], label.lb-option, input:not([type=radio]):not(label.lb-option > [type=checkbox]), textarea, select, summary")) {
        const r = el.getBoundingClientRect();
        if (r.width === 0 && r.height === 0) continue;
        if (r.width < 43.5 || r.height < 43.5) { // allow for sub-pixel layout
            small.push(`${el.tagName.toLowerCase()} "${el.textContent.trim().slice(0, 40)}" ${r.width.toFixed(2)}×${r.height.toFixed(2)}`);
        }
    }
    return small;
"#;

/// Everything in the widget that reaches past the right edge of the viewport.
const PAST_THE_EDGE: &str = r#"
    const root = document.querySelector("leadership-balance").shadowRoot;
    const width = document.documentElement.clientWidth;
    return [...root.querySelectorAll("*")]
        .filter((el) => el.getBoundingClientRect().right > width + 0.5)
        .map((el) => `${el.tagName.toLowerCase()}.${el.getAttribute("class") ?? ""}`);
"#;

fn page(server: &StaticServer, s: &Strings) -> String {
    server.scratch_page(
        &format!("layout-{}.html", s.code),
        &format!(
            r#"<leadership-balance lang="{}" config="/example-config.json"></leadership-balance>"#,
            s.code
        ),
    )
}

/// Walks intro, context, statements and results in the language of `s`, checking the layout
/// at each.
async fn walk_checking_layout(browser: &Browser, server: &StaticServer, situation: &str, s: &Strings) {
    let situation = &format!("{situation}, {}", s.code);
    browser.client.goto(&page(server, s)).await.expect("the page loads");
    // A new learner: the previous language's walk left its progress, which the widget may
    // have read already, so the page starts again once it is cleared.
    browser.script("localStorage.clear();").await;
    browser.client.refresh().await.expect("reloaded");
    let widget = browser.widget(0).await;
    widget.wait_for_heading(s.intro_heading).await;
    let check = |step: &'static str| async move {
        assert_eq!(browser.sideways_overflow().await, 0, "{situation}, {step}: the page scrolls sideways");
        let past = browser.script(PAST_THE_EDGE).await;
        assert_eq!(past, serde_json::json!([]), "{situation}, {step}: past the right edge");
        let small = browser.script(SMALL_TARGETS).await;
        assert_eq!(small, serde_json::json!([]), "{situation}, {step}: targets under 44 × 44 px");
    };
    check("intro").await;
    widget.click_button(s.start).await;
    widget.wait_for_heading(s.context_heading).await;
    check("context").await;
    widget.choose(s.experience_question, s.experience_options[1]).await;
    widget.choose(s.reports_question, s.reports_options[1]).await;
    widget.click_button(s.next).await;
    widget.wait_for_heading(s.statements_heading).await;
    widget.click_button(s.next).await;
    widget
        .find(".lb-status", &s.missing_many.replace("{list}", &s.join(&["1", "2", "3", "4", "5", "6"])))
        .await;
    check("statements with errors").await;
    browser.answer_everything(0).await;
    widget.wait_for_heading(s.results_heading).await;
    check("results").await;

    // Three colleagues' answers added (the comparison needs three): its chart, its table, the
    // topics ticked on.
    let instrument = Instrument::builtin().expect("valid");
    for shift in 0..3 {
        let answers = AnswerSheet::from_answers(
            (0..instrument.statements.len())
                .map(|s| {
                    (!instrument.is_extra(s)).then_some(Answer::Frequency(Frequency::ALL[(s + shift) % 5]))
                })
                .collect(),
        );
        let paste =
            widget.root.find(Locator::Css(".lb-colleagues--view input[type=text]")).await.expect("the box");
        paste.send_keys(&encode_response(&instrument, &answers)).await.expect("pasted");
        widget.click_button(s.view_add).await;
        widget.find(".lb-colleagues__count", &s.colleague_count(shift + 1)).await;
    }
    widget.find(".lb-colleagues__view label", s.view_topics_toggle).await.click().await.expect("ticked");
    widget.find(".lb-colleagues__view h4", s.view_topics_heading).await;
    check("results with a colleague's view").await;

    // A colleague's path: the intro and a page of statements.
    browser.client.goto("about:blank").await.expect("away");
    let request = encode_request(&instrument, "Ana");
    browser
        .client
        .goto(&format!("{}#lb-ask={request}", page(server, s)))
        .await
        .expect("the request link opens");
    let widget = browser.widget(0).await;
    widget.wait_for_heading(&s.colleague_heading_named.replace("{name}", "Ana")).await;
    check("a colleague's intro").await;
    widget.click_button(s.colleague_start).await;
    widget.wait_for_heading(s.observer_heading).await;
    check("a colleague's statements").await;
}

#[tokio::test]
async fn a_320_px_phone_never_scrolls_sideways_and_every_target_is_44_px() {
    let server = StaticServer::start(bundle_dir());
    let browser = Browser::launch(320, 640).await;
    for s in [&GERMAN, &POLISH, &UKRAINIAN] {
        walk_checking_layout(&browser, &server, "320 px", s).await;
    }
    let width = browser.script("return document.documentElement.clientWidth;").await;
    assert_eq!(width.as_i64(), Some(320), "the viewport really is 320 px wide");
    browser.close().await;
}

#[tokio::test]
async fn at_200_percent_zoom_nothing_scrolls_sideways() {
    let server = StaticServer::start(bundle_dir());
    // Zooming a 1280 px window to 200% leaves a 640 CSS px viewport with two device pixels
    // per CSS pixel; device emulation sets exactly that.
    let browser = Browser::launch_zoomed(1280, 900, 2.0).await;
    for s in [&GERMAN, &POLISH, &UKRAINIAN] {
        walk_checking_layout(&browser, &server, "200% zoom", s).await;
    }
    let metrics = browser.script("return [document.documentElement.clientWidth, devicePixelRatio];").await;
    assert_eq!(metrics, serde_json::json!([640, 2]), "a 200% zoom of a 1280 px window");
    browser.close().await;
}

/// Elements of the widget that move: a running animation or a transition longer than zero.
const MOVING: &str = r#"
    const root = document.querySelector("leadership-balance").shadowRoot;
    const seconds = (list) => Math.max(...list.split(",").map((t) => parseFloat(t) || 0));
    return [...root.querySelectorAll("*")]
        .filter((el) => {
            const style = getComputedStyle(el);
            return style.animationName !== "none" || seconds(style.transitionDuration) > 0;
        })
        .map((el) => `${el.tagName.toLowerCase()}.${el.getAttribute("class") ?? ""}`);
"#;

#[tokio::test]
async fn reduced_motion_stops_every_animation_and_transition() {
    let server = StaticServer::start(bundle_dir());
    let url = page(&server, &GERMAN);
    let s = &GERMAN;

    let moving_normally = Browser::launch(860, 900).await;
    moving_normally.client.goto(&url).await.expect("loads");
    let widget = moving_normally.widget(0).await;
    widget.wait_for_heading(s.intro_heading).await;
    // The intro the loader drew early is taken over without sliding in again; the next page
    // slides in.
    widget.click_button(s.start).await;
    widget.wait_for_heading(s.context_heading).await;
    let moving = moving_normally.script(MOVING).await;
    let moving = moving.as_array().cloned().unwrap_or_default();
    assert!(
        moving.iter().any(|m| m.as_str().is_some_and(|m| m.contains("lb-page")))
            && moving.iter().any(|m| m.as_str().is_some_and(|m| m.contains("lb-button"))),
        "without the preference, pages slide in and buttons ease: {moving:?}"
    );
    moving_normally.close().await;

    let still = Browser::launch_with_switches(860, 900, &["--force-prefers-reduced-motion"]).await;
    still.client.goto(&url).await.expect("loads");
    let reduced = still.script("return matchMedia('(prefers-reduced-motion: reduce)').matches;").await;
    assert_eq!(reduced, serde_json::json!(true), "the browser asks for reduced motion");
    let widget = still.widget(0).await;
    widget.wait_for_heading(s.intro_heading).await;
    assert_eq!(still.script(MOVING).await, serde_json::json!([]), "intro");
    widget.click_button(s.start).await;
    widget.wait_for_heading(s.context_heading).await;
    assert_eq!(still.script(MOVING).await, serde_json::json!([]), "context");
    still.close().await;
}
