//! Replays every input the fuzzers kept (fuzz/corpus/<target>/) through the same entry points,
//! as ordinary tests: what once found new paths through the parsers must never panic.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic, reason = "a test stops where it fails")]
#![cfg(not(target_arch = "wasm32"))]

use std::path::Path;

use leadership_balance::fuzzing;

fn replay(target: &str, run: fn(&[u8])) {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("fuzz").join("corpus").join(target);
    let mut inputs = 0;
    for entry in std::fs::read_dir(&dir).unwrap_or_else(|e| panic!("{}: {e}", dir.display())) {
        let path = entry.expect("a corpus entry").path();
        // A fuzzer running meanwhile may replace an input with a smaller one.
        let data = match std::fs::read(&path) {
            Ok(data) => data,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => continue,
            Err(e) => panic!("{}: {e}", path.display()),
        };
        run(&data);
        inputs += 1;
    }
    assert!(inputs > 0, "the {target} corpus is empty");
}

#[test]
fn the_config_corpus_replays_without_a_panic() {
    replay("config", fuzzing::config);
}

#[test]
fn the_instrument_corpus_replays_without_a_panic() {
    replay("instrument", fuzzing::instrument);
}

#[test]
fn the_share_link_corpus_replays_without_a_panic() {
    replay("share_link", fuzzing::share_link);
}

#[test]
fn the_saved_state_corpus_replays_without_a_panic() {
    replay("saved_state", fuzzing::saved_state);
}

#[test]
fn the_language_pack_corpus_replays_without_a_panic() {
    replay("language_pack", fuzzing::language_pack);
}

#[test]
fn the_cohort_paste_corpus_replays_without_a_panic() {
    replay("cohort_paste", fuzzing::cohort_paste);
}

#[test]
fn the_colleague_request_corpus_replays_without_a_panic() {
    replay("colleague_request", fuzzing::colleague_request);
}

#[test]
fn the_colleague_response_corpus_replays_without_a_panic() {
    replay("colleague_response", fuzzing::colleague_response);
}
