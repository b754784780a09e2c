//! `leadership-balance-score`: scores answer sheets collected elsewhere and prints, for each,
//! what the widget would state (README, "Scoring answers collected elsewhere").
//!
//! ```text
//! leadership-balance-score [--config FILE] [--lang CODE] [--page URL] [--adaptive] [--json] [FILE]
//! ```
//!
//! Reads FILE, or standard input without one: JSON lines or CSV (src/scorer/input.rs). A
//! sheet that cannot be read is reported on standard error with its line and what to fix;
//! the others are still scored, and the exit status is 1.

#![cfg_attr(target_arch = "wasm32", allow(unused, reason = "the scorer is native only"))]
#![allow(clippy::print_stdout, clippy::print_stderr, reason = "a command-line tool prints")]

#[cfg(not(target_arch = "wasm32"))]
fn main() -> std::process::ExitCode {
    match run(&std::env::args().skip(1).collect::<Vec<_>>()) {
        Ok(true) => std::process::ExitCode::SUCCESS,
        Ok(false) => std::process::ExitCode::FAILURE,
        Err(problem) => {
            eprintln!("leadership-balance-score: {problem}");
            std::process::ExitCode::from(2)
        }
    }
}

#[cfg(target_arch = "wasm32")]
fn main() {}

const USAGE: &str =
    "usage: leadership-balance-score [--config FILE] [--lang CODE] [--page URL] [--adaptive] [--json] [FILE]

Scores answer sheets (JSON lines or CSV, from FILE or standard input) and prints what the
widget would state for each: both indexes with their likely ranges, the profile or that it
is close to the line, the topics in tiers, and the result link.

  --config FILE  the provider's config: its instrument, threshold, courses, language and
                 measured reliability
  --lang CODE    the language of the sentences (en, de, es, fr, pl, uk); else the config's, else en
  --page URL     the page the widget is on, for the result links
  --adaptive     each sheet answers the whole bank: show the statements the second stage
                 would ask, in order, and the result after them
  --json         one JSON object per sheet instead of text";

/// What the command line asked for.
#[derive(Default)]
struct Options {
    config: Option<String>,
    lang: Option<String>,
    page: Option<String>,
    adaptive: bool,
    json: bool,
    input: Option<String>,
}

fn options(args: &[String]) -> Result<Option<Options>, String> {
    let mut options = Options::default();
    let mut args = args.iter();
    while let Some(arg) = args.next() {
        let mut value = |name: &str| args.next().cloned().ok_or(format!("{name} needs a value\n\n{USAGE}"));
        match arg.as_str() {
            "--help" | "-h" => return Ok(None),
            "--config" => options.config = Some(value("--config")?),
            "--lang" => options.lang = Some(value("--lang")?),
            "--page" => options.page = Some(value("--page")?),
            "--adaptive" => options.adaptive = true,
            "--json" => options.json = true,
            other if other.starts_with("--") => return Err(format!("unknown option {other}\n\n{USAGE}")),
            file if options.input.is_none() => options.input = Some(file.to_owned()),
            extra => return Err(format!("one input file at most ({extra} is a second)\n\n{USAGE}")),
        }
    }
    Ok(Some(options))
}

/// Scores every sheet; `Ok(false)` when some could not be read.
#[cfg(not(target_arch = "wasm32"))]
fn run(args: &[String]) -> Result<bool, String> {
    use std::io::Read;

    use leadership_balance::config::ProviderConfig;
    use leadership_balance::{scorer, strings};

    let Some(options) = options(args)? else {
        println!("{USAGE}");
        return Ok(true);
    };
    let config = match &options.config {
        None => ProviderConfig::default(),
        Some(path) => {
            let text = std::fs::read_to_string(path).map_err(|e| format!("{path}: {e}"))?;
            ProviderConfig::from_json(&text).map_err(|problems| {
                let each: Vec<String> = problems.iter().map(|p| format!("  {p}")).collect();
                format!("{path} is not a valid config:\n{}", each.join("\n"))
            })?
        }
    };
    let code = options.lang.as_deref().or(config.language.as_deref()).unwrap_or("en");
    let strings = strings::builtin(code)
        .ok_or_else(|| format!("no language {code:?}: use one of {}", strings::CODES.join(", ")))?;
    let instrument = config.instrument().map_err(|e| format!("the config's instrument: {e}"))?;
    let instrument = strings::localize(&instrument, strings);
    let errors = config.error_model(&instrument);
    if options.adaptive && !instrument.has_second_stage() {
        return Err(
            "--adaptive needs an instrument with a second stage (statements marked \"extra\")".to_owned()
        );
    }
    let text = match &options.input {
        Some(path) => std::fs::read_to_string(path).map_err(|e| format!("{path}: {e}"))?,
        None => {
            let mut text = String::new();
            std::io::stdin().read_to_string(&mut text).map_err(|e| format!("standard input: {e}"))?;
            text
        }
    };
    let mut all_read = true;
    for sheet in scorer::read(&instrument, &text) {
        match sheet {
            Err(problem) => {
                all_read = false;
                eprintln!("{}: {problem}", options.input.as_deref().unwrap_or("input"));
            }
            Ok(sheet) => {
                let scored = scorer::score(&instrument, &config, &errors, &sheet, options.adaptive);
                let page = options.page.as_deref();
                if options.json {
                    println!("{}", scorer::json_line(&instrument, &scored, page));
                } else {
                    println!("{}\n", scorer::text(&instrument, strings, &config, &scored, page));
                }
            }
        }
    }
    Ok(all_read)
}
