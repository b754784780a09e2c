//! `cargo xtask bench`: sizes and timings of the release bundle, printed as tables and
//! written to `bench/latest.json`. Timings are reported, never asserted: these machines are
//! noisy. The browser side is `tests/e2e/tests/bench.rs`.

use serde_json::{Value, json};

use crate::run::{command, first_line, root, status};
use crate::setup;
use crate::sizes;

const BENCH_DIST: &str = "target/bench-dist";
const TIMINGS: &str = "target/bench-timings.json";

/// What the figures were measured on.
fn machine() -> Value {
    let cpu = std::fs::read_to_string("/proc/cpuinfo")
        .ok()
        .and_then(|info| {
            info.lines()
                .find(|l| l.starts_with("model name"))
                .map(|l| l.split(':').nth(1).unwrap_or("").trim().to_owned())
        })
        .unwrap_or_else(|| "unknown".to_owned());
    json!({
        "cpu": cpu,
        "cores": std::thread::available_parallelism().map(|n| n.get()).unwrap_or(1),
        "os": first_line("uname", &["-sr"]).unwrap_or_default(),
        "browser": first_line("chromium", &["--version"]).unwrap_or_default(),
    })
}

fn timing_rows(timings: &Value) -> String {
    let mut text = format!(
        "  {:<40} {:>12} {:>12} {:>14} {:>14}\n",
        "timing (ms)", "median", "p90", "median, 4× CPU", "p90, 4× CPU"
    );
    for (key, label) in [
        ("wasm_ready_ms", "navigation → wasm ready (15 cold)"),
        ("first_statement_ms", "navigation → first statement (15 cold)"),
        ("last_answer_to_results_ms", "last answer → results painted (5)"),
        ("pdf_ms", "making the PDF (20)"),
    ] {
        let figure = |speed: &str, stat: &str| {
            timings[speed][key][stat].as_f64().map_or("?".to_owned(), |v| format!("{v:.1}"))
        };
        text.push_str(&format!(
            "  {label:<40} {:>12} {:>12} {:>14} {:>14}\n",
            figure("full_speed", "median"),
            figure("full_speed", "p90"),
            figure("cpu_4x_slower", "median"),
            figure("cpu_4x_slower", "p90"),
        ));
    }
    let fetch = |speed: &str| {
        timings[speed]["pdf_fonts_fetch_ms"].as_f64().map_or("?".to_owned(), |v| format!("{v:.1}"))
    };
    text.push_str(&format!(
        "  the PDF's fonts, fetched once (local server): {} ms; with 4× CPU: {} ms\n",
        fetch("full_speed"),
        fetch("cpu_4x_slower")
    ));
    let memory = timings["full_speed"]["wasm_memory_bytes"].as_u64().unwrap_or(0);
    text.push_str(&format!(
        "  wasm memory after a full session: {memory} B ({:.1} MiB)\n",
        memory as f64 / 1_048_576.0
    ));
    text
}

/// The demo page's widget element and its config's preload hint, as `inline_config_page`
/// finds them in the built `index.html`.
const DEMO_WIDGET: &str =
    r#"<leadership-balance class="demo-widget" config="example-config.json"></leadership-balance>"#;
const DEMO_CONFIG_HINT: &str = r#"<link rel="preload" href="example-config.json" as="fetch" crossorigin />"#;

/// The demo page with its config inline, as the configurator's snippet carries it, and so
/// without the config's preload hint: the same page and config, with no request for the
/// config. The bench loads it beside the demo page to show what the inline form saves.
/// The JSON is escaped for HTML as `web/configure.js` escapes it.
fn inline_config_page(index: &str, config: &str) -> Result<String, String> {
    for marker in [DEMO_WIDGET, DEMO_CONFIG_HINT] {
        let found = index.matches(marker).count();
        if found != 1 {
            return Err(format!(
                "index.html holds `{marker}` {found} times, not once; update xtask's bench to match"
            ));
        }
    }
    let config: Value = serde_json::from_str(config).map_err(|e| format!("web/example-config.json: {e}"))?;
    let json = serde_json::to_string(&config).map_err(|e| e.to_string())?;
    let mut escaped = String::with_capacity(json.len());
    for c in json.chars() {
        match c {
            '<' | '>' | '&' | '\u{2028}' | '\u{2029}' => escaped.push_str(&format!("\\u{:04x}", c as u32)),
            _ => escaped.push(c),
        }
    }
    let widget = format!(
        r#"<leadership-balance class="demo-widget"><script type="application/json">{escaped}</script></leadership-balance>"#
    );
    Ok(index.replace(DEMO_CONFIG_HINT, "").replace(DEMO_WIDGET, &widget))
}

/// Builds the pages the widget is compared with into `<dist>`: SurveyJS (`bench/surveyjs/`) in
/// `surveyjs/`, the same 48 statements bundled and minified with esbuild from the pinned npm
/// packages; the floor (`bench/floor/`, one line of text) in `floor/`; and the demo page with
/// its config inline, `config-inline.html`.
fn comparison_pages(dist: &std::path::Path) -> Result<(), String> {
    let (surveyjs, floor) = (dist.join("surveyjs"), dist.join("floor"));
    for dir in [&surveyjs, &floor] {
        std::fs::create_dir_all(dir).map_err(|e| format!("{}: {e}", dir.display()))?;
    }
    let modules = root().join(".tools").join("node_modules");
    let mut build = command(
        "esbuild",
        &[
            "bench/surveyjs/survey.js",
            "--bundle",
            "--format=esm",
            "--minify",
            "--log-level=error",
            "--define:process.env.NODE_ENV=\"production\"",
        ],
    );
    build.arg(format!("--outfile={}", surveyjs.join("survey.js").display())).env("NODE_PATH", &modules);
    status(build)?;
    for (from, to) in [
        (root().join("bench/surveyjs/index.html"), surveyjs.join("index.html")),
        (modules.join("survey-core/survey-core.min.css"), surveyjs.join("survey-core.min.css")),
        (root().join("bench/floor/index.html"), floor.join("index.html")),
    ] {
        std::fs::copy(&from, &to).map_err(|e| format!("{}: {e}", from.display()))?;
    }
    let read = |path: std::path::PathBuf| {
        std::fs::read_to_string(&path).map_err(|e| format!("{}: {e}", path.display()))
    };
    let page =
        inline_config_page(&read(dist.join("index.html"))?, &read(root().join("web/example-config.json"))?)?;
    let inline = dist.join("config-inline.html");
    std::fs::write(&inline, page).map_err(|e| format!("{}: {e}", inline.display()))?;
    Ok(())
}

/// The chain of requests: each file's request start → response end, earliest first.
fn chain_rows(chain: &Value) -> String {
    let mut rows: Vec<(f64, String)> = chain["files"]
        .as_object()
        .map(|files| {
            files
                .iter()
                .map(|(name, times)| {
                    let (start, end) =
                        (times["start_ms"].as_f64().unwrap_or(0.0), times["end_ms"].as_f64().unwrap_or(0.0));
                    (start, format!("  {name:<44} {start:>8.0} → {end:>6.0}\n"))
                })
                .collect()
        })
        .unwrap_or_default();
    rows.sort_by(|a, b| a.0.total_cmp(&b.0));
    let mut text =
        "  the chain of requests on Slow 4G, 4× CPU (median ms after navigation start)\n".to_owned();
    text.extend(rows.into_iter().map(|(_, row)| row));
    text
}

/// The Slow-4G and loopback comparisons with SurveyJS and the floor, the cohort page and
/// Lighthouse, as a table.
fn side_by_side_rows(timings: &Value) -> String {
    let mut text = format!(
        "  {:<44} {:>16} {:>16} {:>16}\n",
        "side by side (median ms, 9 cold loads each)", "Slow 4G, 4× CPU", "loopback", "Slow 4G, brotli"
    );
    let figure = |part: &str, key: &str| {
        timings[part][key]["median"].as_f64().map_or("?".to_owned(), |v| format!("{v:.1}"))
    };
    for (key, label) in [
        ("widget_intro_visible_ms", "widget: intro and Start visible"),
        ("widget_wasm_ready_ms", "widget: wasm ready"),
        ("widget_first_statement_ms", "widget: first statement"),
        ("widget_cls_before_start", "widget: layout shift before Start (CLS)"),
        ("widget_config_inline_intro_visible_ms", "widget, config inline: intro visible"),
        ("widget_config_inline_wasm_ready_ms", "widget, config inline: wasm ready"),
        ("widget_config_inline_first_statement_ms", "widget, config inline: first statement"),
        ("surveyjs_first_question_ms", "SurveyJS: first question"),
        ("surveyjs_cls", "SurveyJS: layout shift (CLS)"),
        ("floor_text_visible_ms", "floor: a page of one line, text visible"),
    ] {
        text.push_str(&format!(
            "  {label:<44} {:>16} {:>16} {:>16}\n",
            figure("slow_4g_cpu_4x", key),
            figure("loopback_full_speed", key),
            figure("slow_4g_cpu_4x_brotli", key)
        ));
    }
    let ratio = |part: &str| {
        timings[part]["first_statement_over_surveyjs_first_question"].as_f64().unwrap_or(f64::NAN)
    };
    text.push_str(&format!(
        "  {:<44} {:>16.3} {:>16.3} {:>16.3}\n",
        "first statement ÷ SurveyJS's first question",
        ratio("slow_4g_cpu_4x"),
        ratio("loopback_full_speed"),
        ratio("slow_4g_cpu_4x_brotli")
    ));
    let cohort = |speed: &str| {
        timings["cohort_page"][speed]["add_to_summary_ms"]["median"]
            .as_f64()
            .map_or("?".to_owned(), |v| format!("{v:.1}"))
    };
    text.push_str(&format!(
        "  {:<44} {:>16} {:>16}\n",
        "cohort page: 1,000 links, Add → summary drawn",
        format!("{} (4× CPU)", cohort("cpu_4x_slower")),
        cohort("full_speed")
    ));
    for run in timings["lighthouse"]["runs"].as_array().into_iter().flatten() {
        text.push_str(&format!(
            "  Lighthouse 12.8.2 (mobile): performance {}, CLS {}, FCP {} ms, LCP {} ms, TBT {} ms\n",
            run["performance_score"],
            run["cumulative_layout_shift"],
            run["first_contentful_paint_ms"],
            run["largest_contentful_paint_ms"],
            run["total_blocking_time_ms"]
        ));
    }
    text
}

pub fn bench() -> Result<(), String> {
    setup::test_tools()?;
    setup::bench_tools()?;
    status(command("trunk", &["build", "--release", "--dist", BENCH_DIST]))?;
    let sizes = sizes::measure(&root().join(BENCH_DIST))?;
    let full_module = sizes::measure_files(&root().join(BENCH_DIST), &sizes::FULL_MODULE)?;
    let on_demand = sizes::measure_files(&root().join(BENCH_DIST), &sizes::ON_DEMAND)?;
    comparison_pages(&root().join(BENCH_DIST))?;
    // Gzip on the wire for both sides: the bench server sends these .gz copies (and the .br
    // copies in the one row that measures brotli).
    sizes::precompress(&root().join(BENCH_DIST))?;
    const SURVEYJS: [&str; 3] = ["surveyjs/index.html", "surveyjs/survey.js", "surveyjs/survey-core.min.css"];
    let surveyjs = sizes::measure_files(&root().join(BENCH_DIST), &SURVEYJS)?;
    // What the bench's server sends: the .gz copies (zopfli), beside the gzip -9 above.
    let on_the_wire = json!({
        "widget": sizes::wire_gzip_sizes(&root().join(BENCH_DIST), &sizes::SHIPPED)?,
        "surveyjs": sizes::wire_gzip_sizes(&root().join(BENCH_DIST), &SURVEYJS)?,
    });

    let _ = std::fs::remove_file(root().join(TIMINGS));
    let mut run = command(
        "cargo",
        &["test", "-p", "e2e", "--release", "--test", "bench", "--", "--ignored", "--test-threads=1"],
    );
    // The whole benchmark, whatever a quick look left in the environment.
    run.env_remove("LB_BENCH_PARTS")
        .env("LB_DIST", root().join(BENCH_DIST))
        .env("LB_BENCH_OUT", root().join(TIMINGS))
        .env("CHROMEDRIVER", "/usr/bin/chromedriver");
    status(run)?;
    let timings: Value = std::fs::read_to_string(root().join(TIMINGS))
        .map_err(|e| format!("{TIMINGS}: {e}"))
        .and_then(|text| serde_json::from_str(&text).map_err(|e| format!("{TIMINGS}: {e}")))?;

    let report = json!({
        "measured_at": first_line("date", &["-u", "+%Y-%m-%dT%H:%M:%SZ"]).unwrap_or_default(),
        "machine": machine(),
        "sizes": sizes::to_json(&sizes),
        "sizes_full_module": sizes::to_json(&full_module),
        "sizes_on_demand": sizes::to_json(&on_demand),
        "sizes_surveyjs": sizes::to_json(&surveyjs),
        "gzip_on_the_wire": on_the_wire,
        "timings": timings,
    });
    let path = root().join("bench").join("latest.json");
    let text = serde_json::to_string_pretty(&report).map_err(|e| e.to_string())?;
    std::fs::write(&path, text + "\n").map_err(|e| format!("{}: {e}", path.display()))?;

    println!("\nShipped files, what the widget waits for (bytes):\n{}", sizes::table(&sizes));
    println!("The full module, fetched in the background (bytes):\n{}", sizes::table(&full_module));
    println!("Loaded only for a learner who needs them (bytes):\n{}", sizes::table(&on_demand));
    println!("SurveyJS's page, for the comparison (bytes):\n{}", sizes::table(&surveyjs));
    println!("Gzip on the bench's wire, the .gz copies (zopfli; bytes): {}\n", report["gzip_on_the_wire"]);
    println!("{}", timing_rows(&report["timings"]));
    println!("{}", side_by_side_rows(&report["timings"]));
    println!("{}", chain_rows(&report["timings"]["request_chain"]));
    println!("Machine: {}", report["machine"]);
    println!("Written to bench/latest.json.");
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_inline_page_carries_the_config_escaped_and_drops_its_hint() {
        let index = format!("<head>\n    {DEMO_CONFIG_HINT}\n</head><body>{DEMO_WIDGET}</body>");
        let page = inline_config_page(&index, r#"{ "provider": { "name": "A & B <Learning>" } }"#).unwrap();
        assert!(!page.contains("example-config.json"), "{page}");
        assert!(
            page.contains(r#"<script type="application/json">{"provider":{"name":"A \u0026 B \u003cLearning\u003e"}}</script>"#),
            "{page}"
        );
    }

    #[test]
    fn a_demo_page_that_moved_on_is_refused_with_what_to_update() {
        let error = inline_config_page(&format!("<body>{DEMO_WIDGET}</body>"), "{}").unwrap_err();
        assert!(error.contains("0 times") && error.contains("update xtask"), "{error}");
        let error =
            inline_config_page(&format!("{DEMO_CONFIG_HINT}{DEMO_WIDGET}"), "{ not json").unwrap_err();
        assert!(error.contains("example-config.json"), "{error}");
    }

    #[test]
    fn the_markers_are_in_the_demo_page() {
        let index = std::fs::read_to_string(root().join("index.html")).unwrap();
        assert!(inline_config_page(&index, "{}").is_ok());
    }
}
