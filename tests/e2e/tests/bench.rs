//! The benchmark behind `cargo xtask bench` (ignored in `cargo xtask test`: it measures,
//! it does not check). On the release bundle's demo page, in headless Chromium with the HTTP
//! cache disabled through DevTools, at full speed and with the CPU slowed 4× to mimic a
//! mid-range phone, it records:
//!
//! - navigation start to the first statement being interactive, over 15 cold loads, each in
//!   a new browser, and within it, to the wasm being compiled and ready;
//! - the last answer to the results being painted, over 5 sessions;
//! - making the PDF, over 20 downloads (the widget's own `leadership-balance:pdf` User
//!   Timing entries);
//! - WebAssembly memory after the whole session.
//!
//! It writes them as JSON to the file `LB_BENCH_OUT` names (or prints them).

use e2e::{Browser, StaticServer, bundle_dir};
use serde_json::{Value, json};

const COLD_LOADS: usize = 15;
const SESSIONS: usize = 5;
const PDFS: usize = 20;

/// Clicks through intro and context as fast as the page allows, and answers with the times
/// (ms since navigation start) of the loader's `leadership-balance:wasm-ready` mark and of
/// the frame after the first statement card exists.
const TO_FIRST_STATEMENT: &str = r#"
    const done = arguments[arguments.length - 1];
    const root = () => document.querySelector("leadership-balance")?.shadowRoot;
    const step = () => {
        const r = root();
        if (r?.querySelector(".lb-card input")) {
            const ready = performance.getEntriesByName("leadership-balance:wasm-ready")[0]?.startTime ?? null;
            return requestAnimationFrame(() => done([ready, performance.now()]));
        }
        const start = r?.querySelector(".lb-intro .lb-button--primary");
        if (start) start.click();
        const groups = r?.querySelectorAll(".lb-context fieldset") ?? [];
        if (groups.length === 2) {
            groups[0].querySelector("input").click();
            groups[1].querySelector("input").click();
            r.querySelector(".lb-nav .lb-button--primary").click();
        }
        setTimeout(step, 1);
    };
    step();
"#;

/// From the first statement page, answers everything but the last statement, then times the
/// last answer and "See my results" up to the frame after the results are drawn.
const LAST_ANSWER_TO_RESULTS: &str = r#"
    const done = arguments[arguments.length - 1];
    const root = document.querySelector("leadership-balance").shadowRoot;
    const next = () => root.querySelector(".lb-nav .lb-button--primary");
    const answerPage = (skipLast) => {
        const groups = [...root.querySelectorAll(".lb-cards fieldset")];
        groups.forEach((group, i) => {
            if (!(skipLast && i === groups.length - 1)) group.querySelector('input[data-index="2"]').click();
        });
    };
    const page = () => {
        // The last page starts at statement 43 ("Statement 43 of 48" in any language).
        const first = Number(root.querySelector(".lb-card__counter")?.textContent.match(/\d+/)?.[0]);
        if (first === 43) {
            answerPage(true);
            setTimeout(() => {
                const last = [...root.querySelectorAll(".lb-cards fieldset")].pop();
                const started = performance.now();
                last.querySelector('input[data-index="2"]').click();
                next().click();
                const wait = () => root.querySelector(".lb-results")
                    ? requestAnimationFrame(() => requestAnimationFrame(() => done(performance.now() - started)))
                    : setTimeout(wait, 0);
                wait();
            }, 50);
            return;
        }
        answerPage(false);
        next().click();
        setTimeout(page, 10);
    };
    page();
"#;

/// Clicks "Download PDF" `count` times, then answers the durations of the widget's own
/// `leadership-balance:pdf` measures.
const PDF_TIMES: &str = r#"
    const [count, done] = [arguments[0], arguments[arguments.length - 1]];
    const root = document.querySelector("leadership-balance").shadowRoot;
    const button = root.querySelector(".lb-pdf .lb-button--primary");
    performance.clearMeasures("leadership-balance:pdf");
    let clicks = 0;
    const click = () => {
        if (clicks === count) {
            return done(performance.getEntriesByName("leadership-balance:pdf").map((e) => e.duration));
        }
        clicks += 1;
        button.click();
        setTimeout(click, 100);
    };
    click();
"#;

fn numbers(value: &Value) -> Vec<f64> {
    value.as_array().into_iter().flatten().filter_map(Value::as_f64).collect()
}

/// Median and p90 (nearest rank) of `samples`, with the samples themselves.
fn summary(mut samples: Vec<f64>) -> Value {
    samples.sort_by(f64::total_cmp);
    let rank = |p: f64| samples[((p * samples.len() as f64).ceil() as usize).clamp(1, samples.len()) - 1];
    let round = |x: f64| (x * 100.0).round() / 100.0;
    json!({
        "median": round(rank(0.5)),
        "p90": round(rank(0.9)),
        "min": round(samples[0]),
        "max": round(samples[samples.len() - 1]),
        "samples": samples.iter().map(|s| round(*s)).collect::<Vec<_>>(),
    })
}

async fn prepared_browser(slowdown: f64) -> Browser {
    let browser = Browser::launch(860, 1000).await;
    browser.devtools("Network.enable", json!({})).await;
    browser.devtools("Network.setCacheDisabled", json!({ "cacheDisabled": true })).await;
    if slowdown > 1.0 {
        browser.devtools("Emulation.setCPUThrottlingRate", json!({ "rate": slowdown })).await;
    }
    browser
}

async fn measure(server: &StaticServer, slowdown: f64) -> Value {
    let url = server.url("/");

    // Each cold load gets a browser of its own: a fresh profile has an empty cache, and a
    // fresh process has not compiled the wasm before (V8 reuses a compiled module within a
    // process even when the HTTP cache is off).
    let (mut wasm_ready, mut first_statement) = (Vec::new(), Vec::new());
    for _ in 0..COLD_LOADS {
        let browser = prepared_browser(slowdown).await;
        browser.client.goto(&url).await.expect("the demo page loads");
        let times = numbers(
            &browser.client.execute_async(TO_FIRST_STATEMENT, vec![]).await.expect("first statement"),
        );
        assert_eq!(times.len(), 2, "both the wasm-ready mark and the first statement");
        wasm_ready.push(times[0]);
        first_statement.push(times[1]);
        browser.close().await;
    }

    let browser = prepared_browser(slowdown).await;
    let mut results_paint = Vec::new();
    for _ in 0..SESSIONS {
        browser.client.goto(&url).await.expect("the demo page loads");
        browser.client.execute_async(TO_FIRST_STATEMENT, vec![]).await.expect("first statement");
        let time = browser.client.execute_async(LAST_ANSWER_TO_RESULTS, vec![]).await.expect("results");
        results_paint.push(time.as_f64().expect("milliseconds"));
        browser.script("localStorage.clear();").await;
    }

    // The last session is on its results page: make the PDFs there, then read the memory.
    let pdf = numbers(&browser.client.execute_async(PDF_TIMES, vec![json!(PDFS)]).await.expect("PDF times"));
    assert_eq!(pdf.len(), PDFS, "one timing entry per PDF");
    let memory = browser.script("return document.querySelector('leadership-balance').wasmMemoryBytes;").await;
    let user_agent = browser.script("return navigator.userAgent;").await;
    browser.close().await;
    json!({
        "cpu_slowdown": slowdown,
        "wasm_ready_ms": summary(wasm_ready),
        "first_statement_ms": summary(first_statement),
        "last_answer_to_results_ms": summary(results_paint),
        "pdf_ms": summary(pdf),
        "wasm_memory_bytes": memory,
        "user_agent": user_agent,
    })
}

#[tokio::test]
#[ignore = "a benchmark, run by `cargo xtask bench`"]
async fn bench() {
    let server = StaticServer::start(bundle_dir());
    let report = json!({
        "full_speed": measure(&server, 1.0).await,
        "cpu_4x_slower": measure(&server, 4.0).await,
    });
    let text = serde_json::to_string_pretty(&report).expect("JSON");
    match std::env::var_os("LB_BENCH_OUT") {
        Some(path) => std::fs::write(&path, text).expect("the benchmark's output is written"),
        None => println!("{text}"),
    }
}
