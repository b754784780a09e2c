//! A reflection note is never cut silently, on the release bundle: a note at the limit is
//! counted, the box takes no more, and after a reload the whole note comes back and the PDF
//! prints every word of it.

use e2e::pdf_tools::{assert_well_formed, text_of, words};
use e2e::{Engine, open_bundle};
use fantoccini::Locator;
use leadership_balance::persistence::MAX_NOTE;
use leadership_balance::strings::{ENGLISH, fill};
use serde_json::json;

/// A note of exactly `MAX_NOTE` characters: numbered words, so that any lost piece shows.
fn long_note() -> String {
    let mut note = String::new();
    let mut n = 0;
    while note.chars().count() < MAX_NOTE {
        n += 1;
        note.push_str(&format!("słowo{n} "));
    }
    note.chars().take(MAX_NOTE - 1).chain(['.']).collect()
}

#[tokio::test]
async fn a_note_at_the_limit_is_counted_kept_whole_and_printed_whole() {
    let s = &ENGLISH;
    let (_server, browser) = open_bundle(Engine::Chromium, "/", 860, 1000).await;
    let widget = browser.widget(0).await;
    widget.start_with_context(s.experience_options[2], s.reports_options[1]).await;
    browser.answer_everything(0).await;
    widget.wait_for_heading(s.results_heading).await;

    let note = long_note();
    let set = format!(
        r#"const box = document.querySelector("leadership-balance").shadowRoot.querySelector(".lb-reflection textarea");
           box.focus();
           box.value = {note};
           box.dispatchEvent(new InputEvent("input", {{ bubbles: true, inputType: "insertText" }}));"#,
        note = json!(note)
    );
    browser.script(&set).await;
    let limit = MAX_NOTE.to_string();
    widget.find(".lb-field__count", &fill(s.note_counter, &[("count", &limit), ("max", &limit)])).await;
    // The box refuses a character more, as the learner types it.
    let field = widget.root.find(Locator::Css(".lb-reflection textarea")).await.expect("the box");
    field.send_keys("x").await.expect("typed");
    let value = field.prop("value").await.expect("value").unwrap_or_default();
    assert_eq!(value, note, "the box takes no more than the limit, and nothing is cut");

    browser.client.refresh().await.expect("reloaded");
    let widget = browser.widget(0).await;
    widget.click_button(s.continue_saved).await;
    widget.wait_for_heading(s.results_heading).await;
    let field = widget.root.find(Locator::Css(".lb-reflection textarea")).await.expect("the box");
    let kept = field.prop("value").await.expect("value").unwrap_or_default();
    assert_eq!(kept.chars().count(), MAX_NOTE);
    assert_eq!(kept, note, "the whole note comes back after a reload");

    let pdf = browser.download_pdf(&widget, s.download_pdf).await;
    assert_well_formed(&pdf);
    // Every word of the note, in order; the pages' footers may stand between them.
    let printed = words(&text_of(&pdf));
    let mut printed = printed.split_whitespace();
    for word in note.split_whitespace() {
        assert!(printed.any(|w| w == word), "the PDF lacks {word:?} of the note, or has it out of order");
    }
    browser.close().await;
}
