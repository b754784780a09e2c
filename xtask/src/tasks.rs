//! The commands themselves.

use std::time::Instant;

use std::cell::Cell;

use crate::loader;
use crate::package;
use crate::run::{TestCount, command, root, status, tests};
use crate::scorm;
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

/// What `cargo xtask dist` must produce besides the widget's own files and language packs
/// ([`sizes::WIDGET_FILES`], [`sizes::ON_DEMAND`]), relative to dist/.
const DIST_FILES: [&str; 21] = [
    "embed.html",
    "embed.css",
    "embed.js",
    "origin.js",
    "configure.html",
    "configure.css",
    "configure.js",
    "cohort.html",
    "cohort.css",
    "cohort-page.js",
    "cohort/cohort.js",
    "cohort/cohort_bg.wasm",
    "config.schema.json",
    "example-config.json",
    "index.html",
    "demo.css",
    "headers/_headers",
    "headers/nginx.conf",
    "package.json",
    "leadership-balance.d.ts",
    "custom-elements.json",
];

/// The origins given as `--config-origin <origin>`, each checked by the widget's own rule.
pub fn config_origins(args: &[String]) -> Result<Vec<String>, String> {
    let mut origins = Vec::new();
    let mut args = args.iter();
    while let Some(arg) = args.next() {
        match (arg.as_str(), args.next()) {
            ("--config-origin", Some(origin)) if leadership_balance::config::is_origin(origin) => {
                origins.push(origin.clone());
            }
            ("--config-origin", Some(origin)) => {
                return Err(format!(
                    "--config-origin {origin}: must be an origin such as https://cdn.example.com, with no path"
                ));
            }
            ("--config-origin", None) => return Err("--config-origin needs an origin after it".to_owned()),
            (other, _) => return Err(format!("dist does not take `{other}`")),
        }
    }
    Ok(origins)
}

/// What `cargo xtask dist` was asked for: iframe mode's other config origins, and with
/// `--scorm` the SCORM packages, with the provider's config (`--config`) or none.
pub struct DistOptions {
    origins: Vec<String>,
    scorm: Option<scorm::Provider>,
}

/// `dist`'s arguments: `--scorm` and `--config <file>` (which needs `--scorm`), the rest as
/// [`config_origins`] reads them.
pub fn dist_options(args: &[String]) -> Result<DistOptions, String> {
    let (mut scorm_wanted, mut config, mut rest) = (false, Vec::new(), Vec::new());
    let mut args = args.iter();
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--scorm" => scorm_wanted = true,
            "--config" => {
                config.push(arg.clone());
                config.push(args.next().ok_or("--config needs a file after it")?.clone());
            }
            _ => rest.push(arg.clone()),
        }
    }
    if !config.is_empty() && !scorm_wanted {
        return Err("--config goes into the SCORM packages: add --scorm".to_owned());
    }
    let scorm = if scorm_wanted { Some(scorm::arguments(&config)?.1) } else { None };
    Ok(DistOptions { origins: config_origins(&rest)?, scorm })
}

/// `cargo xtask scorm [folder] [--config <file>]`: the SCORM packages of a built bundle.
pub fn scorm(args: &[String]) -> Result<(), String> {
    let (bundle, provider) = scorm::arguments(args)?;
    let bundle = bundle.unwrap_or_else(|| root().join(E2E_DIST));
    write_scorm(&bundle, &provider)
}

/// Writes the SCORM packages of `bundle` into its scorm/ folder, and says where.
fn write_scorm(bundle: &std::path::Path, provider: &scorm::Provider) -> Result<(), String> {
    let out = bundle.join("scorm");
    let written = scorm::write_packages(bundle, &root().join("web").join("scorm"), provider, &out)?;
    println!(
        "
The SCORM packages, each to upload to a learning platform as it is (docs/lms.md):"
    );
    for path in written {
        let size = std::fs::metadata(&path).map_err(|e| format!("{}: {e}", path.display()))?.len();
        println!("  {size:>9} B  {}", path.display());
    }
    Ok(())
}

/// The meta tag in `embed.html` that lists the other origins iframe mode loads configs from.
const CONFIG_ORIGINS_META: &str = r#"<meta name="leadership-balance-config-origins" content="" />"#;

/// `embed.html` with `origins` written into its config-origins meta tag.
pub fn with_config_origins(html: &str, origins: &[String]) -> Result<String, String> {
    if !html.contains(CONFIG_ORIGINS_META) {
        return Err(
            "dist/embed.html has no empty leadership-balance-config-origins meta tag to fill".to_owned()
        );
    }
    let filled =
        format!(r#"<meta name="leadership-balance-config-origins" content="{}" />"#, origins.join(" "));
    Ok(html.replace(CONFIG_ORIGINS_META, &filled))
}

/// `cargo xtask dist`.
pub fn dist(options: &DistOptions) -> Result<(), String> {
    let config_origins = &options.origins;
    setup::build_tools()?;
    status(command("trunk", &["build", "--release", "--dist", "dist"]))?;
    let dist = root().join("dist");
    if !config_origins.is_empty() {
        let embed = dist.join("embed.html");
        let html = std::fs::read_to_string(&embed).map_err(|e| format!("dist/embed.html: {e}"))?;
        std::fs::write(&embed, with_config_origins(&html, config_origins)?)
            .map_err(|e| format!("dist/embed.html: {e}"))?;
        println!(
            "
iframe mode also loads configs from: {}",
            config_origins.join(", ")
        );
    }
    package::write(&dist)?;
    let compressed = sizes::precompress(&dist)?;
    println!("\nWrote {compressed} precompressed files (.gz, .br) beside the originals.");
    println!("\ndist/ is ready to upload to any static host or CDN:");
    for file in sizes::WIDGET_FILES.iter().chain(&sizes::ON_DEMAND).chain(&DIST_FILES) {
        let size =
            std::fs::metadata(dist.join(file)).map_err(|e| format!("dist/{file} is missing: {e}"))?.len();
        println!("  {size:>9} B  {file}");
    }
    println!(
        "\nServe .wasm as application/wasm. If the page embedding the widget is on another origin,\n\
         also send Access-Control-Allow-Origin for these files (README, \"Embed it\")."
    );
    if let Some(provider) = &options.scorm {
        write_scorm(&dist, provider)?;
    }
    Ok(())
}

/// The fuzz targets in fuzz/, each with its corpus in fuzz/corpus/<target>/.
const FUZZ_TARGETS: [&str; 8] = [
    "config",
    "instrument",
    "share_link",
    "saved_state",
    "language_pack",
    "cohort_paste",
    "colleague_request",
    "colleague_response",
];

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
    step("loader types (tsc)", &loader::typecheck)?;
    step("SCORM launch page types (tsc)", &scorm::typecheck)?;
    step("native tests", &|| run_tests(command("cargo", &["test", "--workspace", "--exclude", "e2e"])))?;
    step("browser tests (headless Chromium)", &|| {
        let mut test = command(
            "cargo",
            &["test", "-p", "leadership-balance", "--target", WASM_TARGET, "--test", "browser"],
        );
        test.env("CHROMEDRIVER", CHROMEDRIVER);
        run_tests(test)
    })?;
    step("release bundle", &|| {
        status(command("trunk", &["build", "--release", "--dist", E2E_DIST]))?;
        package::write(&root().join(E2E_DIST))?;
        // The SCORM packages the LMS tests import (tests/e2e/tests/scorm.rs), made as a
        // provider makes them, with the demo provider's config.
        let example = std::fs::read_to_string(root().join("web").join("example-config.json"))
            .map_err(|e| format!("web/example-config.json: {e}"))?;
        write_scorm(&root().join(E2E_DIST), &scorm::Provider::from_config(&example)?)
    })?;
    step("size budget (bench/budget.json)", &|| check_budgets(&root().join(E2E_DIST)))?;
    step("end-to-end tests (release bundle; Chromium, Firefox ESR, WebKit)", &|| {
        let mut test = command("cargo", &["test", "-p", "e2e", "--", "--test-threads=1"]);
        test.env("LB_DIST", root().join(E2E_DIST))
            .env("LB_SCREENSHOTS", root().join("target").join("screenshots"))
            .env("CHROMEDRIVER", CHROMEDRIVER)
            .env("GECKODRIVER", setup::geckodriver_path());
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

/// `cargo xtask sizes [folder]`: the three size budgets of bench/budget.json checked on a built
/// bundle (by default the one `cargo xtask test` builds), every table printed, every group
/// over its limit named.
pub fn sizes(args: &[String]) -> Result<(), String> {
    let dist = args.first().map_or_else(|| root().join(E2E_DIST), std::path::PathBuf::from);
    check_budgets(&dist)
}

/// The learner's download, the full module (it downloads in the background, after the widget
/// is on screen: a limit of its own, so that growth there is noticed without counting against
/// the wait) and the trainer's cohort page (its own bundle: it never adds to the learner's
/// download, and nothing it grows goes unnoticed either), each against its limit.
fn check_budgets(dist: &std::path::Path) -> Result<(), String> {
    let text = std::fs::read_to_string(root().join("bench").join("budget.json"))
        .map_err(|e| format!("bench/budget.json: {e}"))?;
    let groups: [(&str, Option<&str>, &[&str]); 3] = [
        ("the learner's download", None, &sizes::SHIPPED),
        ("full module", Some("full_module"), &sizes::FULL_MODULE),
        ("cohort page", Some("cohort_page"), &sizes::COHORT_SHIPPED),
    ];
    let mut over = Vec::new();
    for (name, key, files) in groups {
        let budget = match key {
            None => sizes::Budget::from_json(&text)?,
            Some(key) => sizes::Budget::from_json_at(&text, key)?,
        };
        let measured = sizes::measure_files(dist, files)?;
        print!("{}", sizes::table(&measured));
        match budget.check(&measured) {
            Ok(verdict) => println!("{name}: {verdict}"),
            Err(problem) => {
                println!("{name}: {problem}");
                over.push(format!("{name}: {problem}"));
            }
        }
    }
    if over.is_empty() { Ok(()) } else { Err(over.join("\n")) }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn args(list: &[&str]) -> Vec<String> {
        list.iter().map(|a| (*a).to_owned()).collect()
    }

    #[test]
    fn config_origins_are_checked_and_written_into_embed_html() {
        let origins = config_origins(&args(&[
            "--config-origin",
            "https://cdn.example.com",
            "--config-origin",
            "http://127.0.0.1:8080",
        ]));
        assert_eq!(origins, Ok(args(&["https://cdn.example.com", "http://127.0.0.1:8080"])));
        for wrong in [
            &["--config-origin", "https://cdn.example.com/configs"][..],
            &["--config-origin"],
            &["--origin", "x"],
        ] {
            assert!(config_origins(&args(wrong)).is_err(), "{wrong:?}");
        }
        let options =
            dist_options(&args(&["--scorm", "--config-origin", "https://cdn.example.com"])).expect("read");
        assert_eq!(options.origins, args(&["https://cdn.example.com"]));
        assert!(options.scorm.is_some());
        assert!(dist_options(&args(&[])).expect("read").scorm.is_none());
        assert!(dist_options(&args(&["--config", "web/example-config.json"])).is_err(), "needs --scorm");
        let embed = include_str!("../../web/embed.html");
        let filled =
            with_config_origins(embed, &args(&["https://cdn.example.com"])).expect("the tag is there");
        assert!(filled.contains(r#"content="https://cdn.example.com""#), "{filled}");
        assert!(with_config_origins(&filled, &args(&["https://other.example"])).is_err(), "filled only once");
    }
}
