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

/// Declares a test for each `name: target` line: the target's corpus replays through
/// `fuzzing::<target>` without a panic.
macro_rules! corpus_tests {
    ($($name:ident: $target:ident,)+) => {
        $(
            #[test]
            fn $name() {
                replay(stringify!($target), fuzzing::$target);
            }
        )+
    };
}

corpus_tests! {
    the_config_corpus_replays_without_a_panic: config,
    the_instrument_corpus_replays_without_a_panic: instrument,
    the_share_link_corpus_replays_without_a_panic: share_link,
    the_saved_state_corpus_replays_without_a_panic: saved_state,
    the_language_pack_corpus_replays_without_a_panic: language_pack,
    the_cohort_paste_corpus_replays_without_a_panic: cohort_paste,
    the_colleague_request_corpus_replays_without_a_panic: colleague_request,
    the_colleague_response_corpus_replays_without_a_panic: colleague_response,
}
