//! The learner's journeys in the two other engines providers' visitors use: Firefox ESR
//! (headless, through geckodriver) and WebKit, Safari's engine (WebKitGTK's MiniBrowser
//! through WebKitWebDriver, on a virtual display). Chromium runs the same flows in
//! `assessment.rs` and `keyboard.rs`; the keyboard flow runs here also on the pages the loader
//! draws while the wasm is held back. (A colleague answering by label in both is in
//! `colleagues.rs`.)

use e2e::{Engine, StaticServer, bundle_dir, flows};
use leadership_balance::model::colleague::{decode_response, encode_request};
use leadership_balance::model::instrument::Instrument;

/// A colleague's path by keyboard in `engine`; its answer link must decode.
async fn colleague_by_keyboard(engine: Engine) {
    let server = StaticServer::start(bundle_dir());
    let instrument = Instrument::builtin().expect("valid");
    let link = flows::colleague_keyboard_only(engine, &server, &encode_request(&instrument, "Ana")).await;
    let code = link.split_once("#lb-re=").map(|(_, code)| code).unwrap_or_default();
    let answers = decode_response(&instrument, code).unwrap_or_else(|e| panic!("{engine:?}: {e:?}"));
    assert_eq!(answers.answered(), 48, "{engine:?}: every statement answered by its digit key");
}

e2e::engine_tests! {
    firefox_a_colleague_answers_with_the_keyboard_alone => colleague_by_keyboard(Firefox);
    webkit_a_colleague_answers_with_the_keyboard_alone => colleague_by_keyboard(WebKit);
    firefox_the_whole_assessment_results_pdf_share_link_and_resume =>
        flows::learner_takes_the_assessment(Firefox);
    firefox_the_keyboard_only_flow => flows::keyboard_only(Firefox);
    webkit_the_whole_assessment_results_pdf_share_link_and_resume =>
        flows::learner_takes_the_assessment(WebKit);
    webkit_the_keyboard_only_flow => flows::keyboard_only(WebKit);
    firefox_the_keyboard_only_flow_on_the_loaders_early_pages =>
        flows::keyboard_only_before_the_wasm(Firefox);
    webkit_the_keyboard_only_flow_on_the_loaders_early_pages => flows::keyboard_only_before_the_wasm(WebKit);
}
