//! `cargo xtask`: the project's own commands. Each installs whatever it needs first, so that a
//! fresh clone works with no other set-up.
//!
//! - `cargo xtask serve`: build and serve the demo page on http://127.0.0.1:8080.
//! - `cargo xtask test`: every check CI runs, in order.
//! - `cargo xtask dist [--config-origin <origin>]… [--scorm [--config <file>]]`: the deployable
//!   folder a provider hosts, and with `--scorm` the two SCORM packages (see scorm.rs).
//! - `cargo xtask scorm [folder] [--config <file>]`: the SCORM packages of a built bundle.
//! - `cargo xtask fuzz [seconds]`: each fuzz target for a bounded time.
//! - `cargo xtask simulate`: how far to trust the result (see simulate.rs, docs/trust.md).
//! - `cargo xtask codegen`: every generated file written from its source (see codegen.rs).
//! - `cargo xtask bench`: sizes and timings of the release bundle, into bench/latest.json.
//! - `cargo xtask mutants [--file <glob>]… [--iterate]`: mutation testing of the pure layers (mutants.rs).

mod bench;
mod codegen;
mod fonts;
mod loader;
mod mutants;
mod package;
mod run;
mod scorm;
mod setup;
mod simulate;
mod sizes;
mod tasks;

use std::process::ExitCode;

const USAGE: &str = "usage: cargo xtask <command>

commands:
  serve   install what is missing, build, and serve the demo on http://127.0.0.1:8080
  bench   build the release bundle and measure it: sizes (raw, gzip, brotli), time to the
          first statement, results paint, PDF, memory, also with the CPU slowed 4×;
          prints tables and writes bench/latest.json
  codegen write every generated file from its source: the language packs (web/lang/), the
          loader's early words and the configurator's topics; a test fails when one is stale
  simulate
          how often a retake would contradict what the results say: a Monte Carlo study over the
          widget's own scoring; prints tables and writes bench/simulation.json. --config <file>
          (repeatable) runs a provider's instrument too; --learners <n> (default 20000)
  sizes   check a built bundle ([folder], default the one `test` builds) against the size
          budgets in bench/budget.json, printing every table
  dist    build the deployable folder dist/ (stable file names; see the README's Embed it section),
          which is also an npm package (package.json, types, Custom Elements Manifest);
          --config-origin <origin> (repeatable) lets iframe mode load configs from that origin
          besides its own; --scorm also writes the two SCORM packages (1.2 and 2004 4th
          Edition) a learning platform imports into dist/scorm/, with --config <file> (your
          config, checked first) inside them (docs/lms.md)
  scorm   write the two SCORM packages of a built bundle ([folder], default the one `test`
          builds) into [folder]/scorm/; --config <file> puts your config inside
  fuzz    run each fuzz target for [seconds] (default 60) with cargo fuzz on nightly
  mutants mutation testing with cargo-mutants over the pure layers (model, persistence, cohort,
          config, the PDF's layout) and the crate's native tests; --file <glob> (repeatable)
          restricts it, --iterate tests only what the last run did not catch;
          mutants-equivalent.txt lists the ones no behaviour can tell apart; writes
          target/mutants-summary.txt. Hours: run it before each release, not in `test`
  test    install what is missing, then run rustfmt, clippy (native and wasm), the native
          tests, the browser tests and the end-to-end tests on the release bundle";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let result = match args.first().map(String::as_str) {
        Some("serve") => tasks::serve(),
        Some("test") => tasks::test(),
        Some("dist") => tasks::dist_options(&args[1..]).and_then(|options| tasks::dist(&options)),
        Some("scorm") => tasks::scorm(&args[1..]),
        Some("bench") => bench::bench(),
        Some("codegen") => codegen::codegen(),
        Some("simulate") => simulate::simulate(&args[1..]),
        Some("sizes") => tasks::sizes(&args[1..]),
        Some("mutants") => mutants::mutants(&args[1..]),
        Some("fuzz") => match args.get(1).map(|s| s.parse::<u64>()) {
            None => tasks::fuzz(60),
            Some(Ok(seconds)) if seconds > 0 => tasks::fuzz(seconds),
            Some(_) => Err(format!("`{}` is not a number of seconds", args[1])),
        },
        Some("help" | "-h" | "--help") => {
            println!("{USAGE}");
            return ExitCode::SUCCESS;
        }
        Some(other) => Err(format!("unknown command `{other}`\n\n{USAGE}")),
        None => Err(USAGE.to_owned()),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("\nxtask: {message}");
            ExitCode::FAILURE
        }
    }
}
