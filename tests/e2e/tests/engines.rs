//! The learner's journeys in the two other engines providers' visitors use: Firefox ESR
//! (headless, through geckodriver) and WebKit, Safari's engine (WebKitGTK's MiniBrowser
//! through WebKitWebDriver, on a virtual display). Chromium runs the same flows in
//! `assessment.rs` and `keyboard.rs`.

use e2e::{Engine, flows};

#[tokio::test]
async fn firefox_the_whole_assessment_results_pdf_share_link_and_resume() {
    flows::learner_takes_the_assessment(Engine::Firefox).await;
}

#[tokio::test]
async fn firefox_the_keyboard_only_flow() {
    flows::keyboard_only(Engine::Firefox).await;
}

#[tokio::test]
async fn webkit_the_whole_assessment_results_pdf_share_link_and_resume() {
    flows::learner_takes_the_assessment(Engine::WebKit).await;
}

#[tokio::test]
async fn webkit_the_keyboard_only_flow() {
    flows::keyboard_only(Engine::WebKit).await;
}
