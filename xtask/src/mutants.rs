//! `cargo xtask mutants`: mutation testing of the pure layers with cargo-mutants. A test suite
//! that passes with a deliberate bug in the code (a mutant "missed") does not check what that
//! code does; each miss is either killed by a new test or listed in `mutants-equivalent.txt`,
//! with the reason no behaviour can tell it apart. Too slow for `cargo xtask test`: it is run
//! before each release.

use std::path::{Path, PathBuf};
use std::time::Instant;

use crate::run::{command, root, status};
use crate::setup;

/// The pure layers: no browser, so every mutant can be judged by the native tests.
pub const FILES: [&str; 5] =
    ["src/model/**", "src/persistence.rs", "src/cohort/**", "src/config/**", "src/pdf/layout.rs"];

/// The mutants no behaviour can tell apart from the code, each with its reason.
const EQUIVALENTS: &str = "mutants-equivalent.txt";

/// Where cargo-mutants writes `mutants.out/`, relative to the workspace root.
const OUTPUT: &str = "target";

/// The summary's file, relative to the workspace root.
const SUMMARY: &str = "target/mutants-summary.txt";

/// One line of `mutants-equivalent.txt`.
#[derive(Debug, PartialEq, Eq)]
pub struct Equivalent {
    /// The mutant as cargo-mutants names it: `file:line:column: change`.
    pub name: String,
    /// Why no behaviour can tell it apart.
    pub why: String,
}

/// The equivalents listed in `text`: one per line, `<mutant> # <why>`; blank lines and lines
/// starting with `#` are comments.
pub fn parse_equivalents(text: &str) -> Result<Vec<Equivalent>, String> {
    let mut equivalents = Vec::new();
    for (number, line) in text.lines().enumerate() {
        let line = line.trim();
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        match line.split_once(" # ") {
            Some((name, why)) if !name.trim().is_empty() && !why.trim().is_empty() => {
                equivalents.push(Equivalent { name: name.trim().to_owned(), why: why.trim().to_owned() });
            }
            _ => {
                return Err(format!(
                    "{EQUIVALENTS}, line {}: expected `<mutant as cargo-mutants names it> # <why no behaviour can tell it apart>`",
                    number + 1
                ));
            }
        }
    }
    Ok(equivalents)
}

/// A regular expression (as cargo-mutants' `--exclude-re` reads it) matching `name` and
/// nothing else.
pub fn exact_pattern(name: &str) -> String {
    let mut pattern = String::from("^");
    for c in name.chars() {
        if "\\.+*?()|[]{}^$#&-~".contains(c) {
            pattern.push('\\');
        }
        pattern.push(c);
    }
    pattern.push('$');
    pattern
}

/// What one run found, from cargo-mutants' lists in `mutants.out/`.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct Outcome {
    /// Caught by an earlier run (or did not compile then), not tested again (`--iterate`).
    pub previously: usize,
    pub caught: usize,
    pub missed: Vec<String>,
    pub unviable: usize,
    pub timeouts: Vec<String>,
}

/// The mutants named in one of cargo-mutants' lists (`missed.txt` and the others), one a line.
fn names(text: &str) -> Vec<String> {
    text.lines().map(str::trim).filter(|l| !l.is_empty()).map(str::to_owned).collect()
}

impl Outcome {
    /// Reads the lists cargo-mutants wrote into `folder` (its `mutants.out`).
    fn read(folder: &Path) -> Result<Outcome, String> {
        let list = |file: &str| {
            std::fs::read_to_string(folder.join(file))
                .map(|text| names(&text))
                .map_err(|e| format!("{}: {e} (did cargo-mutants finish?)", folder.join(file).display()))
        };
        let previously = std::fs::read_to_string(folder.join("previously_caught.txt"))
            .map_or(0, |text| names(&text).len());
        Ok(Outcome {
            previously,
            caught: list("caught.txt")?.len(),
            missed: list("missed.txt")?,
            unviable: list("unviable.txt")?.len(),
            timeouts: list("timeout.txt")?,
        })
    }

    /// The summary as printed and written to [`SUMMARY`].
    pub fn summary(&self, files: &[String], excluded: usize, seconds: f64) -> String {
        let tested = self.caught + self.missed.len() + self.unviable + self.timeouts.len();
        let mut text = format!(
            "cargo xtask mutants: {tested} mutants in {}, in {:.0} min\n\
             ({excluded} listed in {EQUIVALENTS}, left out)\n\n\
             \x20 caught    {:>5}\n  missed    {:>5}\n  unviable  {:>5}  (did not compile)\n  timeout   {:>5}  (a test hung: a user would notice)\n",
            files.join(", "),
            seconds / 60.0,
            self.caught,
            self.missed.len(),
            self.unviable,
            self.timeouts.len(),
        );
        if self.previously > 0 {
            text.push_str(&format!(
                "  and {} caught (or not compiling) in the earlier runs, not tested again (--iterate)\n",
                self.previously
            ));
        }
        if !self.missed.is_empty() {
            text.push_str("\nMissed: add a test a user would notice, or a line in mutants-equivalent.txt\n");
            for name in &self.missed {
                text.push_str(&format!("  {name}\n"));
            }
        }
        if !self.timeouts.is_empty() {
            text.push_str("\nTimed out:\n");
            for name in &self.timeouts {
                text.push_str(&format!("  {name}\n"));
            }
        }
        text
    }
}

/// `cargo xtask mutants [--file <path or glob>]… [--iterate]`: every file of [`FILES`], or only
/// those given; `--iterate` tests again only what the last run did not catch.
pub fn mutants(args: &[String]) -> Result<(), String> {
    let mut files = Vec::new();
    let mut iterate = false;
    let mut args = args.iter();
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--iterate" => iterate = true,
            "--file" => match args.next() {
                Some(file) => files.push(file.clone()),
                None => return Err("--file needs a path or a glob after it".to_owned()),
            },
            other => return Err(format!("mutants does not take `{other}`")),
        }
    }
    if files.is_empty() {
        files = FILES.iter().map(|f| (*f).to_owned()).collect();
    }
    setup::mutants_tools()?;

    let equivalents_path = root().join(EQUIVALENTS);
    let text = std::fs::read_to_string(&equivalents_path).map_err(|e| format!("{EQUIVALENTS}: {e}"))?;
    let equivalents = parse_equivalents(&text)?;
    stale_equivalents(&equivalents)?;

    let file_args: Vec<String> = files.iter().flat_map(|f| ["--file".to_owned(), f.clone()]).collect();
    let mut run = vec![
        "mutants",
        "--output",
        OUTPUT,
        // Every native test of the crate that holds these layers: its unit tests, tests/*.rs
        // and its doctests. Not xtask's (they check the tooling, and every mutant would
        // rebuild and run them too), nor the end-to-end tests (a browser).
        "--test-package",
        "leadership-balance",
    ];
    run.extend(file_args.iter().map(String::as_str));
    if iterate {
        // Leaves out what an earlier run into the same folder caught or could not compile.
        run.push("--iterate");
    }
    let patterns: Vec<String> = equivalents.iter().map(|e| exact_pattern(&e.name)).collect();
    for pattern in &patterns {
        run.extend(["--exclude-re", pattern.as_str()]);
    }
    let mut mutants = command("cargo", &run);
    mutants.env("CARGO_TARGET_DIR", build_folder());
    let started = Instant::now();
    // cargo-mutants also fails when a mutant is missed or times out; the lists say which.
    let failed = status(mutants).err();
    if let Some(failed) = &failed {
        println!("({failed}; reading what it found)");
    }
    let seconds = started.elapsed().as_secs_f64();
    let outcome = Outcome::read(&root().join(OUTPUT).join("mutants.out"))?;
    let summary = outcome.summary(&files, equivalents.len(), seconds);
    println!("\n{summary}");
    let summary_path = root().join(SUMMARY);
    std::fs::create_dir_all(root().join("target")).map_err(|e| format!("target/: {e}"))?;
    std::fs::write(&summary_path, &summary).map_err(|e| format!("{SUMMARY}: {e}"))?;
    println!("Written to {SUMMARY}; every mutant's log is in {OUTPUT}/mutants.out/.");
    match failed {
        _ if !outcome.missed.is_empty() => {
            Err(format!("{} mutants missed (listed above)", outcome.missed.len()))
        }
        // A failing baseline or an interrupted run leaves nothing missed: not a pass.
        Some(failed) if outcome.timeouts.is_empty() => Err(failed),
        _ => Ok(()),
    }
}

/// Where the mutants are built: a folder of their own, kept between runs so that the
/// dependencies are built once. Never the tree's own target folder: cargo records a workspace
/// member's sources relative to its package, so a build of a mutated copy could later pass for
/// a fresh build of the real tree.
fn build_folder() -> PathBuf {
    let target = std::env::var_os("CARGO_TARGET_DIR").map_or_else(|| root().join("target"), PathBuf::from);
    target.join("mutants-build")
}

/// Fails when a line of [`EQUIVALENTS`] names no mutant of today's code: the code moved or
/// changed, and the line must follow it (or go).
fn stale_equivalents(equivalents: &[Equivalent]) -> Result<(), String> {
    if equivalents.is_empty() {
        return Ok(());
    }
    let mut list = vec!["mutants", "--list"];
    for file in FILES {
        list.extend(["--file", file]);
    }
    let description = format!("cargo {}", list.join(" "));
    let output =
        command("cargo", &list).output().map_err(|e| format!("could not start `{description}`: {e}"))?;
    if !output.status.success() {
        return Err(format!("`{description}` failed: {}", String::from_utf8_lossy(&output.stderr)));
    }
    let listed = names(&String::from_utf8_lossy(&output.stdout));
    let stale: Vec<&str> = equivalents
        .iter()
        .map(|e| e.name.as_str())
        .filter(|name| !listed.iter().any(|l| l == name))
        .collect();
    if stale.is_empty() {
        Ok(())
    } else {
        Err(format!(
            "{EQUIVALENTS} names mutants that today's code does not have (moved or changed? \
             `{description}` lists them as they are now):\n  {}",
            stale.join("\n  ")
        ))
    }
}

#[cfg(test)]
mod tests {
    use super::{Equivalent, Outcome, exact_pattern, parse_equivalents};

    #[test]
    fn equivalents_are_read_with_their_reason_and_a_line_without_one_is_refused() {
        let text = "# comment\n\nsrc/a.rs:3:9: replace | with ^ in f # the bits never overlap\n";
        assert_eq!(
            parse_equivalents(text),
            Ok(vec![Equivalent {
                name: "src/a.rs:3:9: replace | with ^ in f".to_owned(),
                why: "the bits never overlap".to_owned()
            }])
        );
        let missing = parse_equivalents("ok # fine\nsrc/a.rs:3:9: replace | with ^ in f\n");
        assert!(missing.is_err_and(|e| e.contains("line 2")));
    }

    #[test]
    fn a_mutants_name_becomes_a_pattern_that_matches_only_itself() {
        assert_eq!(
            exact_pattern("src/a.rs:3:9: replace * with + in <impl Foo for Bar>::f -> u8"),
            r"^src/a\.rs:3:9: replace \* with \+ in <impl Foo for Bar>::f \-> u8$"
        );
    }

    #[test]
    fn the_summary_counts_every_outcome_and_lists_what_was_missed() {
        let outcome = Outcome {
            previously: 0,
            caught: 40,
            missed: vec!["src/a.rs:1:1: replace f -> bool with true".to_owned()],
            unviable: 3,
            timeouts: Vec::new(),
        };
        let text = outcome.summary(&["src/a.rs".to_owned()], 2, 600.0);
        assert!(text.starts_with("cargo xtask mutants: 44 mutants in src/a.rs, in 10 min\n"), "{text}");
        assert!(text.contains("caught       40\n  missed        1\n  unviable      3"), "{text}");
        assert!(text.contains("\n  src/a.rs:1:1: replace f -> bool with true\n"), "{text}");
        assert!(!text.contains("Timed out"), "{text}");
    }
}
