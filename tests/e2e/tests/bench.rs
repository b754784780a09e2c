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
//! - WebAssembly memory after the whole session;
//! - side by side with SurveyJS showing the same 48 statements (`bench/surveyjs/`), cold
//!   loads in turn, on Lighthouse's Slow 4G with the CPU slowed 4× and at full speed on
//!   loopback, gzip on the wire for both: the widget's intro visible, its wasm ready, its first
//!   statement, SurveyJS's first question, and the layout shifts (CLS) while loading; the same
//!   for the demo page with its config inline (the configurator's snippet), which saves the
//!   config's request; and the Slow-4G row once more with brotli on the wire for both, as many
//!   hosts and CDNs send it;
//! - the chain of requests on that Slow 4G with the CPU slowed 4×: when each of the page's
//!   files was asked for and when it had arrived, with the loader's marks;
//! - Lighthouse's performance score, CLS and paint timings for the demo page;
//! - the trainer's cohort page: 1,000 pasted links, from pressing Add to the summary painted,
//!   at full speed and with the CPU slowed 4×.
//!
//! It writes them as JSON to the file `LB_BENCH_OUT` names (or prints them).

use e2e::{Browser, StaticServer, bundle_dir};
use leadership_balance::model::answers::{Answer, AnswerSheet, Context, Experience, Frequency};
use leadership_balance::model::instrument::Instrument;
use leadership_balance::model::share::encode;
use serde_json::{Value, json};

const COLD_LOADS: usize = 15;
const SESSIONS: usize = 5;
const PDFS: usize = 20;

/// Clicks through intro and context as fast as the page allows, and answers with the times
/// (ms since navigation start) of the loader's `leadership-balance:wasm-ready` mark and of
/// the frame after the first statement card exists (the loader's or the wasm's, whichever
/// draws it), once the wasm has also started.
const TO_FIRST_STATEMENT: &str = r#"
    const done = arguments[arguments.length - 1];
    const root = () => document.querySelector("leadership-balance")?.shadowRoot;
    let cardSeen = false;
    let firstStatement = null;
    const step = () => {
        const r = root();
        if (!cardSeen && r?.querySelector(".lb-card input")) {
            cardSeen = true;
            requestAnimationFrame(() => (firstStatement = performance.now()));
        }
        // The loader may draw the first statements before the wasm has started: what comes
        // next is timed on the wasm's page, so wait for both.
        if (firstStatement !== null && document.querySelector("leadership-balance").widget) {
            const ready = performance.getEntriesByName("leadership-balance:wasm-ready")[0]?.startTime ?? null;
            return done([ready, firstStatement]);
        }
        if (cardSeen) return setTimeout(step, 1);
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

/// Waits until the PDF's fonts are fetched (the results page starts that), then clicks
/// "Download PDF" `count` times, and answers the durations of the widget's own
/// `leadership-balance:pdf` measures and of its one `leadership-balance:pdf-fonts` fetch.
const PDF_TIMES: &str = r#"
    const [count, done] = [arguments[0], arguments[arguments.length - 1]];
    const root = document.querySelector("leadership-balance").shadowRoot;
    const button = root.querySelector(".lb-pdf .lb-button--primary");
    const fonts = () => performance.getEntriesByName("leadership-balance:pdf-fonts");
    performance.clearMeasures("leadership-balance:pdf");
    let clicks = 0;
    const click = () => {
        if (fonts().length === 0) return setTimeout(click, 50);
        if (clicks === count) {
            const pdf = performance.getEntriesByName("leadership-balance:pdf").map((e) => e.duration);
            return done({ pdf, fonts: fonts()[0].duration });
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

/// `count` different learners' result links: learner `i` answers statement `s` with the
/// digit of `i` in base 5 at place `s mod 5`, so the first thousand all differ.
fn result_links(server: &StaticServer, count: usize) -> String {
    let instrument = Instrument::builtin().expect("valid");
    (0..count)
        .map(|i| {
            let answers = (0..instrument.statements.len())
                .map(|s| Some(Answer::Frequency(Frequency::ALL[(i / 5usize.pow((s % 5) as u32)) % 5])))
                .collect();
            let experience = Experience::ALL[i % Experience::ALL.len()];
            let code = encode(
                &instrument,
                &AnswerSheet::from_answers(answers),
                &Context { experience: Some(experience), reports: None },
            );
            format!("{}#lb={code}", server.url("/"))
        })
        .collect::<Vec<_>>()
        .join("\n")
}

/// Puts `arguments[0]` into the cohort page's box, presses Add, and answers with the
/// milliseconds from the press to the frame after the summary's heading exists.
const COHORT_ADD: &str = r#"
    const [text, expected, done] = arguments;
    const box = document.getElementById("lb-cohort-paste");
    box.value = text;
    const button = [...document.querySelectorAll("button")].find((b) => b.textContent.trim() === "Add these results");
    const start = performance.now();
    button.click();
    const poll = () => {
        const heading = document.getElementById("lb-cohort-size");
        if (heading && heading.textContent.trim() === expected) {
            requestAnimationFrame(() => done(performance.now() - start));
        } else {
            requestAnimationFrame(poll);
        }
    };
    poll();
"#;

/// The cohort page reading 1,000 pasted links and drawing the summary, `runs` times each in a
/// fresh page.
async fn cohort_thousand(server: &StaticServer, slowdown: f64, runs: usize) -> Value {
    let links = result_links(server, 1000);
    let browser = prepared_browser(slowdown).await;
    let mut times = Vec::new();
    for _ in 0..runs {
        browser.client.goto(&server.url("/cohort.html")).await.expect("the cohort page loads");
        browser.wait_for("//textarea[@id='lb-cohort-paste']").await;
        let time = browser
            .client
            .execute_async(COHORT_ADD, vec![json!(links), json!("1000 learners")])
            .await
            .expect("the summary drawn");
        times.push(time.as_f64().expect("milliseconds"));
    }
    browser.close().await;
    json!({ "links": 1000, "add_to_summary_ms": summary(times) })
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
    let times = browser.client.execute_async(PDF_TIMES, vec![json!(PDFS)]).await.expect("PDF times");
    let pdf = numbers(&times["pdf"]);
    assert_eq!(pdf.len(), PDFS, "one timing entry per PDF");
    let fonts_fetch = times["fonts"].as_f64().unwrap_or(0.0);
    let memory = browser.script("return document.querySelector('leadership-balance').wasmMemoryBytes;").await;
    let user_agent = browser.script("return navigator.userAgent;").await;
    browser.close().await;
    json!({
        "cpu_slowdown": slowdown,
        "wasm_ready_ms": summary(wasm_ready),
        "first_statement_ms": summary(first_statement),
        "last_answer_to_results_ms": summary(results_paint),
        "pdf_ms": summary(pdf),
        "pdf_fonts_fetch_ms": fonts_fetch,
        "wasm_memory_bytes": memory,
        "user_agent": user_agent,
    })
}

/// Lighthouse's "Slow 4G": 150 ms round trip, 1.6 Mbit/s down, 750 kbit/s up.
const SLOW_4G: (f64, f64, f64) = (150.0, 1.6e6 / 8.0, 750e3 / 8.0);
/// Cold loads per side in the Slow-4G and SurveyJS rows.
const SIDE_BY_SIDE_LOADS: usize = 9;

/// Evaluated before any of the page's own scripts (DevTools' `addScriptToEvaluateOnNewDocument`):
/// watches every frame for the widget's intro with its Start button drawn and styled, for
/// SurveyJS's first question and for the floor page's line; and adds up layout shifts (CLS) as
/// the page loads.
const WATCH: &str = r#"
    (() => {
        const seen = (window.lbBench = { introVisible: null, firstQuestion: null, floorText: null, cls: 0 });
        new PerformanceObserver((list) => {
            for (const entry of list.getEntries()) if (!entry.hadRecentInput) seen.cls += entry.value;
        }).observe({ type: "layout-shift", buffered: true });
        const shown = (element) => element && element.getClientRects().length > 0;
        const frame = () => {
            const start = document.querySelector("leadership-balance")?.shadowRoot
                ?.querySelector(".lb-intro .lb-button--primary");
            if (seen.introVisible === null && shown(start) && getComputedStyle(start).minHeight === "44px") {
                seen.introVisible = performance.now();
            }
            if (seen.firstQuestion === null && shown(document.querySelector(".sd-question"))) {
                seen.firstQuestion = performance.now();
            }
            if (seen.floorText === null && shown(document.getElementById("bench-floor"))) {
                seen.floorText = performance.now();
            }
            if (seen.introVisible === null && seen.firstQuestion === null && seen.floorText === null) {
                requestAnimationFrame(frame);
            }
        };
        requestAnimationFrame(frame);
    })();
"#;

/// Evaluated before the widget page's own scripts in the side-by-side rows, beside [`WATCH`]:
/// a learner as quick as the page allows, from the first frame on. On every frame it clicks
/// Start once the intro is visible (noting the layout shifts up to then), answers the two
/// context questions and clicks Next once they are there, and notes the first frame in which a
/// statement card is shown: the moment SurveyJS's first question is noted for the other side,
/// found the same way. (Until 2026-12-01 these clicks came from a WebDriver script, which only
/// runs once the page's load event has fired and a round trip has passed: on loopback that was
/// 100-200 ms after the intro could have been clicked.)
const CLICK_THROUGH: &str = r#"
    (() => {
        const seen = (window.lbClicks = { firstStatement: null, clsAtStart: null });
        const shown = (element) => element && element.getClientRects().length > 0;
        const frame = () => {
            const r = document.querySelector("leadership-balance")?.shadowRoot;
            if (shown(r?.querySelector(".lb-card input"))) {
                seen.firstStatement = performance.now();
                return;
            }
            const start = r?.querySelector(".lb-intro .lb-button--primary");
            if (start && window.lbBench.introVisible !== null) {
                seen.clsAtStart ??= window.lbBench.cls;
                start.click();
            }
            const groups = r?.querySelectorAll(".lb-context fieldset") ?? [];
            if (groups.length === 2) {
                groups[0].querySelector("input").click();
                groups[1].querySelector("input").click();
                r.querySelector(".lb-nav .lb-button--primary").click();
            }
            requestAnimationFrame(frame);
        };
        requestAnimationFrame(frame);
    })();
"#;

/// Waits for [`CLICK_THROUGH`]'s first statement and the loader's `wasm-ready` mark (the
/// loader may draw the first statements before the wasm is ready): `[intro visible, wasm
/// ready, first statement, CLS up to Start]`.
const INTRO_TO_FIRST_STATEMENT: &str = r#"
    const done = arguments[arguments.length - 1];
    const wait = () => {
        const ready = performance.getEntriesByName("leadership-balance:wasm-ready")[0]?.startTime ?? null;
        const clicks = window.lbClicks;
        if (clicks.firstStatement !== null && ready !== null) {
            return done([window.lbBench.introVisible, ready, clicks.firstStatement, clicks.clsAtStart]);
        }
        setTimeout(wait, 5);
    };
    wait();
"#;

/// The first module's wasm, in the bundle and (with a leading `/`) in the page's address.
const FIRST_WASM: &str = "core/leadership-balance_bg.wasm";
/// How many bytes of the file at the path `arguments[0]` came over the wire (Resource
/// Timing's `encodedBodySize`).
const BYTES_ON_THE_WIRE: &str = r#"
    return performance.getEntriesByType("resource")
        .find((entry) => new URL(entry.name).pathname === arguments[0])
        ?.encodedBodySize ?? null;
"#;

/// Waits for SurveyJS's first question: `[first question, CLS]`.
const SURVEYJS_FIRST_QUESTION: &str = r#"
    const done = arguments[arguments.length - 1];
    const wait = () => window.lbBench.firstQuestion !== null
        ? requestAnimationFrame(() => done([window.lbBench.firstQuestion, window.lbBench.cls]))
        : setTimeout(wait, 5);
    wait();
"#;

/// Waits for the floor page's line of text (`bench/floor/index.html`): `[text visible]`.
const FLOOR_TEXT: &str = r#"
    const done = arguments[arguments.length - 1];
    const wait = () => window.lbBench.floorText !== null
        ? done([window.lbBench.floorText])
        : setTimeout(wait, 5);
    wait();
"#;

/// A cold browser with the CPU slowed `slowdown` times, on Slow 4G if `slow_network`, with
/// [`WATCH`] installed, and [`CLICK_THROUGH`] too if `clicking`.
async fn watched_browser(slowdown: f64, slow_network: bool, clicking: bool) -> Browser {
    let browser = prepared_browser(slowdown).await;
    if slow_network {
        let (latency, down, up) = SLOW_4G;
        browser
            .devtools(
                "Network.emulateNetworkConditions",
                json!({ "offline": false, "latency": latency, "downloadThroughput": down, "uploadThroughput": up }),
            )
            .await;
    }
    browser.devtools("Page.enable", json!({})).await;
    browser.devtools("Page.addScriptToEvaluateOnNewDocument", json!({ "source": WATCH })).await;
    if clicking {
        browser.devtools("Page.addScriptToEvaluateOnNewDocument", json!({ "source": CLICK_THROUGH })).await;
    }
    browser
}

/// A cold load of `server`'s page `path` in a [`watched_browser`] (clicking through if
/// `clicking`): the browser, and the figures `script` measured there.
async fn cold_load(
    server: &StaticServer,
    slowdown: f64,
    slow_network: bool,
    clicking: bool,
    path: &str,
    script: &str,
) -> (Browser, Vec<f64>) {
    let browser = watched_browser(slowdown, slow_network, clicking).await;
    browser.client.goto(&server.url(path)).await.unwrap_or_else(|e| panic!("{path} does not load: {e}"));
    let times = browser
        .client
        .execute_async(script, vec![])
        .await
        .unwrap_or_else(|e| panic!("{path}: no figures: {e}"));
    (browser, numbers(&times))
}

/// A cold load of the widget page `path` (see [`cold_load`]): the browser, and its
/// [`INTRO_TO_FIRST_STATEMENT`] figures.
async fn widget_load(
    server: &StaticServer,
    slowdown: f64,
    slow_network: bool,
    path: &str,
) -> (Browser, Vec<f64>) {
    let (browser, times) =
        cold_load(server, slowdown, slow_network, true, path, INTRO_TO_FIRST_STATEMENT).await;
    assert_eq!(times.len(), 4, "intro, wasm ready, first statement and CLS");
    (browser, times)
}

/// The widget (the demo page, and the same page with its config inline: `config-inline.html`,
/// which `cargo xtask bench` writes), SurveyJS and the floor page (one line of text, no
/// script), one cold load each in
/// turn, [`SIDE_BY_SIDE_LOADS`] times; the files go on the wire brotli'd if `brotli`, gzipped
/// otherwise. The floor is what any page costs in this browser under these conditions, the part
/// of each figure that neither the widget nor SurveyJS can remove.
async fn side_by_side(server: &StaticServer, slowdown: f64, slow_network: bool, brotli: bool) -> Value {
    server.serve_brotli(brotli);
    // The row is what it says it is: the wasm comes in the encoding this row names.
    let copy = bundle_dir().join(format!("{FIRST_WASM}.{}", if brotli { "br" } else { "gz" }));
    let expected = std::fs::metadata(&copy).map(|m| m.len()).expect("the precompressed wasm");
    let (mut intro, mut ready, mut first, mut cls) = (Vec::new(), Vec::new(), Vec::new(), Vec::new());
    let (mut inline_intro, mut inline_ready, mut inline_first) = (Vec::new(), Vec::new(), Vec::new());
    let (mut survey_first, mut survey_cls, mut floor) = (Vec::new(), Vec::new(), Vec::new());
    for _ in 0..SIDE_BY_SIDE_LOADS {
        let (browser, times) = widget_load(server, slowdown, slow_network, "/").await;
        let on_the_wire = browser
            .client
            .execute(BYTES_ON_THE_WIRE, vec![json!(format!("/{FIRST_WASM}"))])
            .await
            .expect("the wasm's Resource Timing")
            .as_f64()
            .expect("a byte count");
        assert_eq!(on_the_wire as u64, expected, "the first module's wasm as sent: {}", copy.display());
        intro.push(times[0]);
        ready.push(times[1]);
        first.push(times[2]);
        cls.push(times[3]);
        browser.close().await;

        // The same page with its config inline, as the configurator's snippet carries it.
        let (browser, times) = widget_load(server, slowdown, slow_network, "/config-inline.html").await;
        inline_intro.push(times[0]);
        inline_ready.push(times[1]);
        inline_first.push(times[2]);
        browser.close().await;

        let (browser, times) =
            cold_load(server, slowdown, slow_network, false, "/surveyjs/", SURVEYJS_FIRST_QUESTION).await;
        assert_eq!(times.len(), 2, "first question and CLS");
        survey_first.push(times[0]);
        survey_cls.push(times[1]);
        browser.close().await;

        let (browser, times) = cold_load(server, slowdown, slow_network, false, "/floor/", FLOOR_TEXT).await;
        assert_eq!(times.len(), 1, "the floor's text visible");
        floor.push(times[0]);
        browser.close().await;
    }
    let ratio = {
        let median = |mut v: Vec<f64>| {
            v.sort_by(f64::total_cmp);
            v[v.len() / 2]
        };
        (median(first.clone()) / median(survey_first.clone()) * 1000.0).round() / 1000.0
    };
    server.serve_brotli(false);
    json!({
        "network": if slow_network { "Slow 4G: 150 ms round trip, 1.6 Mbit/s down, 750 kbit/s up" } else { "loopback" },
        "cpu_slowdown": slowdown,
        "encoding": if brotli { "br" } else { "gzip" },
        "loads_each": SIDE_BY_SIDE_LOADS,
        "widget_intro_visible_ms": summary(intro),
        "widget_wasm_ready_ms": summary(ready),
        "widget_first_statement_ms": summary(first),
        "widget_cls_before_start": summary(cls),
        "widget_config_inline_intro_visible_ms": summary(inline_intro),
        "widget_config_inline_wasm_ready_ms": summary(inline_ready),
        "widget_config_inline_first_statement_ms": summary(inline_first),
        "surveyjs_first_question_ms": summary(survey_first),
        "surveyjs_cls": summary(survey_cls),
        "floor_text_visible_ms": summary(floor),
        "first_statement_over_surveyjs_first_question": ratio,
    })
}

/// Cold loads for the chain of requests.
const CHAIN_LOADS: usize = 5;

/// Once the loader's modules are in (its `wasm-ready` mark, then up to 8 s for `full-ready`,
/// which a bundle of one module never sets): each resource's request start and response end
/// and each loader mark, in ms since navigation start, by path or mark name.
const CHAIN: &str = r#"
    const done = arguments[arguments.length - 1];
    const has = (mark) => performance.getEntriesByName(mark).length > 0;
    let waited = 0;
    const wait = () => {
        if (!has("leadership-balance:wasm-ready") || (!has("leadership-balance:full-ready") && waited < 8000)) {
            waited += has("leadership-balance:wasm-ready") ? 20 : 0;
            return setTimeout(wait, 20);
        }
        const out = { "the page": [0, performance.getEntriesByType("navigation")[0].responseEnd] };
        for (const entry of performance.getEntriesByType("resource")) {
            out[new URL(entry.name).pathname] = [entry.startTime, entry.responseEnd];
        }
        for (const mark of ["early-intro", "wasm-ready", "full-ready"]) {
            const at = performance.getEntriesByName(`leadership-balance:${mark}`)[0]?.startTime;
            if (at !== undefined) out[`mark: ${mark}`] = [at, at];
        }
        done(out);
    };
    wait();
"#;

/// The demo page's chain of requests on Slow 4G with the CPU slowed 4×, [`CHAIN_LOADS`] cold
/// loads: for each file (and loader mark), the median request start and response end.
async fn request_chain(server: &StaticServer) -> Value {
    let mut seen: std::collections::BTreeMap<String, (Vec<f64>, Vec<f64>)> = Default::default();
    for _ in 0..CHAIN_LOADS {
        let browser = watched_browser(4.0, true, false).await;
        browser.client.goto(&server.url("/")).await.expect("the demo page loads");
        let chain = browser.client.execute_async(CHAIN, vec![]).await.expect("the chain");
        for (name, times) in chain.as_object().expect("an object") {
            let times = numbers(times);
            let entry = seen.entry(name.clone()).or_default();
            entry.0.push(times[0]);
            entry.1.push(times[1]);
        }
        browser.close().await;
    }
    let median = |mut v: Vec<f64>| {
        v.sort_by(f64::total_cmp);
        (v[v.len() / 2] * 10.0).round() / 10.0
    };
    let files: serde_json::Map<String, Value> = seen
        .into_iter()
        .map(|(name, (starts, ends))| {
            let loads = starts.len();
            (name, json!({ "start_ms": median(starts), "end_ms": median(ends), "loads": loads }))
        })
        .collect();
    json!({ "network": "Slow 4G, CPU 4× slower", "loads": CHAIN_LOADS, "files": files })
}

/// Lighthouse 12.8.2 (mobile, its default simulated Slow 4G and 4× CPU) on the demo page,
/// `runs` times: the performance score, CLS and the paint timings of each run.
fn lighthouse(server: &StaticServer, runs: usize) -> Value {
    let binary = e2e::npm_tool("lighthouse");
    let mut reports = Vec::new();
    for _ in 0..runs {
        let output = std::process::Command::new(&binary)
            .arg(server.url("/"))
            .args([
                "--only-categories=performance",
                "--output=json",
                "--output-path=stdout",
                "--quiet",
                "--chrome-flags=--headless=new --no-sandbox --disable-gpu --disable-dev-shm-usage --disable-background-networking --disable-component-update --no-first-run",
            ])
            .env("CHROME_PATH", "/usr/bin/chromium")
            .output()
            .expect("lighthouse runs");
        assert!(output.status.success(), "lighthouse failed: {}", String::from_utf8_lossy(&output.stderr));
        let report: Value = serde_json::from_slice(&output.stdout).expect("Lighthouse's JSON");
        let audit =
            |id: &str| report["audits"][id]["numericValue"].as_f64().map(|v| (v * 1000.0).round() / 1000.0);
        reports.push(json!({
            "performance_score": report["categories"]["performance"]["score"].as_f64().map(|v| (v * 100.0).round()),
            "cumulative_layout_shift": audit("cumulative-layout-shift"),
            "first_contentful_paint_ms": audit("first-contentful-paint"),
            "largest_contentful_paint_ms": audit("largest-contentful-paint"),
            "total_blocking_time_ms": audit("total-blocking-time"),
            "speed_index_ms": audit("speed-index"),
        }));
    }
    json!({ "version": "12.8.2", "form_factor": "mobile", "runs": reports })
}

#[tokio::test]
#[ignore = "a benchmark, run by `cargo xtask bench`"]
async fn bench() {
    let server = StaticServer::start(bundle_dir());
    // LB_BENCH_PARTS=full_speed,lighthouse runs only those parts, for a quick look while
    // working; `cargo xtask bench` runs them all.
    let parts = std::env::var("LB_BENCH_PARTS").unwrap_or_default();
    let wanted = |part: &str| parts.is_empty() || parts.split(',').any(|p| p.trim() == part);
    let mut report = serde_json::Map::new();
    if wanted("full_speed") {
        report.insert("full_speed".into(), measure(&server, 1.0).await);
    }
    if wanted("cpu_4x_slower") {
        report.insert("cpu_4x_slower".into(), measure(&server, 4.0).await);
    }
    if wanted("slow_4g_cpu_4x") {
        report.insert("slow_4g_cpu_4x".into(), side_by_side(&server, 4.0, true, false).await);
    }
    if wanted("slow_4g_cpu_4x_brotli") {
        report.insert("slow_4g_cpu_4x_brotli".into(), side_by_side(&server, 4.0, true, true).await);
    }
    if wanted("request_chain") {
        report.insert("request_chain".into(), request_chain(&server).await);
    }
    if wanted("loopback_full_speed") {
        report.insert("loopback_full_speed".into(), side_by_side(&server, 1.0, false, false).await);
    }
    if wanted("lighthouse") {
        report.insert("lighthouse".into(), lighthouse(&server, 3));
    }
    if wanted("cohort") {
        report.insert(
            "cohort_page".into(),
            json!({
                "full_speed": cohort_thousand(&server, 1.0, 9).await,
                "cpu_4x_slower": cohort_thousand(&server, 4.0, 9).await,
            }),
        );
    }
    let report = Value::Object(report);
    let text = serde_json::to_string_pretty(&report).expect("JSON");
    match std::env::var_os("LB_BENCH_OUT") {
        Some(path) => std::fs::write(&path, text).expect("the benchmark's output is written"),
        None => println!("{text}"),
    }
}
