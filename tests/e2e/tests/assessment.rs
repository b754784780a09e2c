//! A learner takes the whole assessment on the release bundle's demo page, in headless
//! Chromium under a strict Content-Security-Policy, and the results page and the PDF show
//! the indexes, profile and topics worked out by hand in `e2e::flows`; and at 320 px wide
//! nothing scrolls sideways.

use e2e::{Engine, flows, open_bundle};

e2e::engine_tests! {
    a_learner_completes_the_assessment_and_sees_the_expected_results =>
        flows::learner_takes_the_assessment(Chromium);
}

#[tokio::test]
async fn at_320_px_wide_nothing_scrolls_sideways() {
    let (_server, browser) = open_bundle(Engine::Chromium, "/", 320, 800).await;
    let check = |step: &'static str| {
        let client = browser.client.clone();
        async move {
            let viewport =
                client.execute("return document.documentElement.clientWidth;", vec![]).await.expect("width");
            assert_eq!(viewport.as_i64(), Some(320), "the viewport is 320 px wide");
            let overflow =
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth;";
            let extra = client.execute(overflow, vec![]).await.expect("overflow");
            assert_eq!(extra.as_i64(), Some(0), "{step}: the page scrolls sideways by {extra} px");
        }
    };

    let widget = browser.widget(0).await;
    widget.wait_for_heading("Management or leadership: where should you grow next?").await;
    check("intro").await;
    widget.click_button("Start the self-assessment").await;
    widget.wait_for_heading("First, a little about your role").await;
    widget.choose("How long have you been managing people?", "Not yet").await;
    widget.choose("How many people report to you directly?", "None").await;
    check("context").await;
    widget.click_button("Next").await;
    for page in 0..8 {
        widget.find(".lb-card__counter", &format!("Statement {} of 48", page * 6 + 1)).await;
        for (_, fieldset) in widget.questions().await {
            e2e::choose_in(&fieldset, "Sometimes").await;
        }
        check("statements").await;
        widget.click_button(if page == 7 { "See my results" } else { "Next" }).await;
    }
    widget.wait_for_heading("Your leadership balance").await;
    check("results").await;
    browser.close().await;
}
