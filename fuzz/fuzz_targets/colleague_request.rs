#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| leadership_balance::fuzzing::colleague_request(data));
