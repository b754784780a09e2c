//! The whole assessment with the keyboard alone: Tab, Space, the arrow keys, the digit keys
//! and Enter, on the release bundle's demo page, in Chromium (the flow is in
//! `e2e::flows::keyboard_only`; `tests/engines.rs` runs it in Firefox and WebKit), also on the
//! pages the loader draws while the wasm is held back; and a
//! colleague's path from a request link the same way.

use e2e::{Engine, StaticServer, bundle_dir, flows};
use leadership_balance::model::answers::{Answer, Frequency};
use leadership_balance::model::colleague::{decode_response, encode_request};
use leadership_balance::model::instrument::Instrument;

e2e::engine_tests! {
    the_whole_flow_works_with_the_keyboard_alone => flows::keyboard_only(Chromium);
    the_loaders_early_pages_work_with_the_keyboard_alone => flows::keyboard_only_before_the_wasm(Chromium);
}

#[tokio::test]
async fn a_colleague_answers_with_the_keyboard_alone() {
    let server = StaticServer::start(bundle_dir());
    let instrument = Instrument::builtin().expect("valid");
    let link =
        flows::colleague_keyboard_only(Engine::Chromium, &server, &encode_request(&instrument, "Ana")).await;
    let code = link.split_once("#lb-re=").map(|(_, code)| code).unwrap_or_default();
    let answers = decode_response(&instrument, code).expect("an answer link");
    // A colleague answers the first stage: the second stage's statements are the learner's alone.
    for s in 0..instrument.statements.len() {
        let expected = (!instrument.is_extra(s)).then_some(Answer::Frequency(Frequency::Often));
        assert_eq!(answers.get(s), expected, "statement {s}: the key 4");
    }
}
