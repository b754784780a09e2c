//! The commands themselves.

use std::time::Instant;

use std::cell::Cell;

use crate::run::{TestCount, command, root, status, tests};
use crate::setup::{self, WASM_TARGET};
use crate::sizes;

const CHROMEDRIVER: &str = "/usr/bin/chromedriver";
/// Where the end-to-end tests find the release bundle; inside target/ so git never sees it.
const E2E_DIST: &str = "target/e2e-dist";

/// `cargo xtask serve`.
pub fn serve() -> Result<(), String> {
    setup::build_tools()?;
    println!("\nServing the demo on http://127.0.0.1:8080 (Ctrl-C stops it).");
    status(command("trunk", &["serve", "--release"]))
}

/// What `cargo xtask dist` must produce, relative to dist/.
const DIST_FILES: [&str; 17] = [
    "leadership-balance.js",
    "leadership-balance.css",
    "core/leadership-balance.js",
    "core/leadership-balance_bg.wasm",
    "core/lang/de.json",
    "core/lang/es.json",
    "core/lang/fr.json",
    "embed.html",
    "embed.css",
    "embed.js",
    "configure.html",
    "configure.css",
    "configure.js",
    "config.schema.json",
    "example-config.json",
    "index.html",
    "demo.css",
];

/// `cargo xtask dist`.
pub fn dist() -> Result<(), String> {
    setup::build_tools()?;
    status(command("trunk", &["build", "--release", "--dist", "dist"]))?;
    let dist = root().join("dist");
    let compressed = sizes::precompress(&dist)?;
    println!("\nWrote {compressed} precompressed files (.gz, .br) beside the originals.");
    println!("\ndist/ is ready to upload to any static host or CDN:");
    for file in DIST_FILES {
        let size =
            std::fs::metadata(dist.join(file)).map_err(|e| format!("dist/{file} is missing: {e}"))?.len();
        println!("  {size:>9} B  {file}");
    }
    println!(
        "\nServe .wasm as application/wasm. If the page embedding the widget is on another origin,\n\
         also send Access-Control-Allow-Origin for these files (README, \"Embed it\")."
    );
    Ok(())
}

/// The fuzz targets in fuzz/, each with its corpus in fuzz/corpus/<target>/.
const FUZZ_TARGETS: [&str; 5] = ["config", "instrument", "share_link", "saved_state", "language_pack"];

/// `cargo xtask fuzz`: every target for `seconds`, one after another. New inputs that reach
/// new code are added to the corpora, which `cargo xtask test` replays.
pub fn fuzz(seconds: u64) -> Result<(), String> {
    setup::fuzz_tools()?;
    for target in FUZZ_TARGETS {
        let mut run = command(
            "cargo",
            &[
                "+nightly",
                "fuzz",
                "run",
                target,
                "--",
                &format!("-max_total_time={seconds}"),
                "-print_final_stats=1",
            ],
        );
        run.current_dir(root().join("fuzz"));
        status(run)?;
    }
    println!("\nNo fuzz target found a crash in {seconds} s each.");
    Ok(())
}

/// `cargo xtask test`.
pub fn test() -> Result<(), String> {
    setup::test_tools()?;
    let mut timings = Vec::new();
    let count = Cell::new(TestCount::default());
    let run_tests = |test: std::process::Command| -> Result<(), String> {
        let mut total = count.get();
        total += tests(test)?;
        count.set(total);
        Ok(())
    };
    let mut step = |name: &'static str, run: &dyn Fn() -> Result<(), String>| -> Result<(), String> {
        println!("\n=== {name} ===");
        let started = Instant::now();
        run().map_err(|e| format!("{name}: {e}"))?;
        timings.push((name, started.elapsed().as_secs_f64()));
        Ok(())
    };

    step("rustfmt", &|| status(command("cargo", &["fmt", "--all", "--", "--check"])))?;
    step("clippy (native)", &|| {
        status(command("cargo", &["clippy", "--workspace", "--all-targets", "--", "-D", "warnings"]))
    })?;
    step("clippy (wasm)", &|| {
        status(command(
            "cargo",
            &[
                "clippy",
                "-p",
                "leadership-balance",
                "--target",
                WASM_TARGET,
                "--all-targets",
                "--",
                "-D",
                "warnings",
            ],
        ))
    })?;
    step("native tests", &|| run_tests(command("cargo", &["test", "--workspace", "--exclude", "e2e"])))?;
    step("browser tests (headless Chromium)", &|| {
        let mut test = command(
            "cargo",
            &["test", "-p", "leadership-balance", "--target", WASM_TARGET, "--test", "browser"],
        );
        test.env("CHROMEDRIVER", CHROMEDRIVER);
        run_tests(test)
    })?;
    step("release bundle", &|| status(command("trunk", &["build", "--release", "--dist", E2E_DIST])))?;
    step("size budget (bench/budget.json)", &|| {
        let text = std::fs::read_to_string(root().join("bench").join("budget.json"))
            .map_err(|e| format!("bench/budget.json: {e}"))?;
        let budget = sizes::Budget::from_json(&text)?;
        let measured = sizes::measure(&root().join(E2E_DIST))?;
        print!("{}", sizes::table(&measured));
        println!("{}", budget.check(&measured)?);
        Ok(())
    })?;
    step("end-to-end tests (release bundle, headless Chromium)", &|| {
        let mut test = command("cargo", &["test", "-p", "e2e", "--", "--test-threads=1"]);
        test.env("LB_DIST", root().join(E2E_DIST))
            .env("LB_SCREENSHOTS", root().join("target").join("screenshots"))
            .env("CHROMEDRIVER", CHROMEDRIVER);
        run_tests(test)
    })?;

    println!("\nAll checks passed:");
    for (name, seconds) in timings {
        println!("  {seconds:>7.1} s  {name}");
    }
    let total = count.get();
    // The plain closing line CI reads: every test that ran, native, browser and end to end.
    println!("\ntests: {} passed, {} failed", total.passed, total.failed);
    Ok(())
}
