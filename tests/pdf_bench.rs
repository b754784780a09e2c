//! Not a check but a measurement: how long the results PDF takes to make in the browser, in
//! release wasm. Timings are reported, never asserted. Run it with
//!
//! ```sh
//! CHROMEDRIVER=/usr/bin/chromedriver cargo test --release --target wasm32-unknown-unknown \
//!     --test pdf_bench -- --include-ignored --nocapture
//! ```

#![cfg(target_arch = "wasm32")]

use leadership_balance::config::ProviderConfig;
use leadership_balance::model::answers::{Answer, AnswerSheet, Context, Experience, Frequency};
use leadership_balance::model::instrument::Instrument;
use leadership_balance::model::profile::DEFAULT_THRESHOLD;
use leadership_balance::model::report::Report;
use leadership_balance::pdf::{CalendarDate, Paper, PdfInput, results_pdf};
use leadership_balance::strings::ENGLISH;
use wasm_bindgen_test::{console_log, wasm_bindgen_test, wasm_bindgen_test_configure};

wasm_bindgen_test_configure!(run_in_browser);

const RUNS: usize = 20;

#[wasm_bindgen_test]
#[ignore = "a measurement, not a check"]
fn time_to_make_the_results_pdf() {
    let instrument = Instrument::builtin().expect("valid");
    let levels = [Frequency::Rarely, Frequency::Sometimes, Frequency::Often, Frequency::AlmostAlways];
    let answers = (0..instrument.statements.len())
        .map(|s| Some(Answer::Frequency(levels[instrument.competency_of(s) % 4])))
        .collect();
    let context = Context { experience: Some(Experience::OneToThreeYears), reports: None };
    let report = Report::build(&instrument, &AnswerSheet::from_answers(answers), &context, DEFAULT_THRESHOLD);
    let reflections = vec!["A manager who listened first and decided second.".repeat(4); 4];
    let input = PdfInput {
        instrument: &instrument,
        report: &report,
        reflections: &reflections,
        strings: &ENGLISH,
        config: &ProviderConfig::default(),
        date: CalendarDate { year: 2026, month: 11, day: 28 },
        paper: Paper::A4,
    };
    let performance = web_sys::window().and_then(|w| w.performance()).expect("performance");
    let mut times = Vec::with_capacity(RUNS);
    let mut size = 0;
    for _ in 0..RUNS {
        let started = performance.now();
        size = results_pdf(&input).len();
        times.push(performance.now() - started);
    }
    times.sort_by(f64::total_cmp);
    console_log!(
        "results PDF: median {:.2} ms over {RUNS} runs (min {:.2}, max {:.2}), {size} bytes",
        times[RUNS / 2],
        times[0],
        times[RUNS - 1]
    );
}
