//! The whole assessment with the keyboard alone: Tab, Space, the arrow keys, the digit keys
//! and Enter, on the release bundle's demo page.

use std::time::Duration;

use e2e::{Browser, StaticServer, bundle_dir};
use fantoccini::key::Key;
use serde_json::Value;

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

async fn press(browser: &Browser, keys: &str) {
    let target = browser.client.active_element().await.expect("a focused element");
    target.send_keys(keys).await.expect("keys sent");
    tokio::time::sleep(Duration::from_millis(20)).await;
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

#[tokio::test]
async fn the_whole_flow_works_with_the_keyboard_alone() {
    let server = StaticServer::start(bundle_dir());
    let browser = Browser::launch(900, 1000).await;
    browser.client.goto(&server.url("/")).await.expect("the page loads");
    let widget = browser.widget(0).await;
    widget.wait_for_heading("Management or leadership: where should you grow next?").await;

    tab_to(&browser, "Start", is_button("Start the self-assessment")).await;
    assert_focus_ring_visible(&browser, "Start").await;
    press(&browser, &Key::Enter.to_string()).await;
    widget.wait_for_heading("First, a little about your role").await;
    let focus = focused(&browser).await;
    assert_eq!(
        (focus["tag"].as_str(), focus["text"].as_str()),
        (Some("h2"), Some("First, a little about your role"))
    );

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

    for page in 0..8 {
        widget.find(".lb-card__counter", &format!("Statement {} of 48", page * 6 + 1)).await;
        let mut seen = Vec::new();
        for _ in 0..6 {
            tab_to(&browser, "the next statement", |f| {
                f["type"] == "radio" && f["legend"].as_str().is_some_and(|l| !seen.contains(&l.to_owned()))
            })
            .await;
            let legend = focused(&browser).await["legend"].as_str().unwrap_or_default().to_owned();
            if page == 0 && seen.is_empty() {
                assert_focus_ring_visible(&browser, "an answer option").await;
            }
            press(&browser, "3").await; // digit keys answer the focused statement
            let now = focused(&browser).await;
            assert_eq!(
                (now["index"].as_str(), now["checked"].as_bool()),
                (Some("2"), Some(true)),
                "{legend}"
            );
            seen.push(legend);
        }
        let next = if page == 7 { "See my results" } else { "Next" };
        tab_to(&browser, next, is_button(next)).await;
        assert_focus_ring_visible(&browser, next).await;
        press(&browser, &Key::Enter.to_string()).await;
    }
    widget.wait_for_heading("Your leadership balance").await;
    assert_eq!(widget.text(".lb-profile__name").await, "Rising manager");
    // The results are reachable too: Tab gets to Start again, and Enter starts again.
    tab_to(&browser, "Start again", is_button("Start again")).await;
    press(&browser, &Key::Enter.to_string()).await;
    widget.wait_for_heading("Management or leadership: where should you grow next?").await;
    browser.close().await;
}
