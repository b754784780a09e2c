//! Running other programs, loudly: every command is printed before it runs, and a failure
//! says which command failed.

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

/// The workspace root: xtask lives one folder below it.
pub fn root() -> PathBuf {
    let manifest = Path::new(env!("CARGO_MANIFEST_DIR"));
    manifest.parent().map_or_else(|| manifest.to_path_buf(), Path::to_path_buf)
}

/// Folder for tools installed into the project (wasm-opt from npm), which git ignores.
pub fn tools_dir() -> PathBuf {
    root().join(".tools")
}

/// Where `cargo install` puts binaries.
pub fn cargo_bin_dir() -> PathBuf {
    if let Some(home) = std::env::var_os("CARGO_HOME") {
        return PathBuf::from(home).join("bin");
    }
    let home = std::env::var_os("HOME").map_or_else(|| PathBuf::from("/root"), PathBuf::from);
    home.join(".cargo").join("bin")
}

/// PATH with the project's tool folders first, so Trunk finds the pinned wasm-bindgen and
/// wasm-opt rather than whatever else the machine has.
pub fn tool_path() -> String {
    let mut parts = vec![tools_dir().join("node_modules").join(".bin"), cargo_bin_dir()];
    if let Some(path) = std::env::var_os("PATH") {
        parts.extend(std::env::split_paths(&path));
    }
    std::env::join_paths(parts).map(|p| p.to_string_lossy().into_owned()).unwrap_or_default()
}

/// A command in the workspace root with the tool PATH.
pub fn command(program: &str, args: &[&str]) -> Command {
    let mut command = Command::new(program);
    command.args(args).current_dir(root()).env("PATH", tool_path());
    // A CI run builds everything once, from a clean clone: incremental caches (about 0.8 GB)
    // would only take its disk.
    if std::env::var_os("CI").is_some() {
        command.env("CARGO_INCREMENTAL", "0");
    }
    command
}

fn describe(command: &Command) -> String {
    let mut text = command.get_program().to_string_lossy().into_owned();
    for arg in command.get_args() {
        text.push(' ');
        text.push_str(&arg.to_string_lossy());
    }
    text
}

/// Runs a command with its output shown, and fails with its name if it fails.
pub fn status(mut command: Command) -> Result<(), String> {
    let description = describe(&command);
    println!("\n$ {description}");
    let status = command.status().map_err(|e| format!("could not start `{description}`: {e}"))?;
    if status.success() { Ok(()) } else { Err(format!("`{description}` failed ({status})")) }
}

/// How many tests a test run reported.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct TestCount {
    pub passed: usize,
    pub failed: usize,
}

impl std::ops::AddAssign for TestCount {
    fn add_assign(&mut self, other: TestCount) {
        self.passed += other.passed;
        self.failed += other.failed;
    }
}

/// Reads a libtest summary line, as cargo test and wasm-bindgen-test-runner print it:
/// `test result: ok. 12 passed; 0 failed; ...`.
pub fn parse_test_result(line: &str) -> Option<TestCount> {
    let rest = line.trim().strip_prefix("test result: ")?;
    let number_before = |word: &str| -> Option<usize> {
        let end = rest.find(word)?;
        rest[..end].trim_end().rsplit([' ', '.', ';']).next()?.parse().ok()
    };
    Some(TestCount { passed: number_before(" passed")?, failed: number_before(" failed")? })
}

/// Runs a test command like [`status`], echoing its output while adding up the tests it
/// reports, so that the final summary counts what really ran.
pub fn tests(mut command: Command) -> Result<TestCount, String> {
    use std::io::{BufRead, BufReader};
    let description = describe(&command);
    println!("\n$ {description}");
    let mut child = command
        .stdout(Stdio::piped())
        .spawn()
        .map_err(|e| format!("could not start `{description}`: {e}"))?;
    let mut count = TestCount::default();
    if let Some(stdout) = child.stdout.take() {
        for line in BufReader::new(stdout).lines().map_while(Result::ok) {
            println!("{line}");
            if let Some(found) = parse_test_result(&line) {
                count += found;
            }
        }
    }
    let status = child.wait().map_err(|e| format!("`{description}` did not finish: {e}"))?;
    if status.success() { Ok(count) } else { Err(format!("`{description}` failed ({status})")) }
}

/// The first line a command prints, or `None` if it cannot be run.
pub fn first_line(program: &str, args: &[&str]) -> Option<String> {
    let output = command(program, args).stdin(Stdio::null()).stderr(Stdio::null()).output().ok()?;
    if !output.status.success() {
        return None;
    }
    let text = String::from_utf8_lossy(&output.stdout);
    text.lines().next().map(|l| l.trim().to_owned())
}

#[cfg(test)]
mod tests {
    use super::{TestCount, parse_test_result};

    #[test]
    fn libtest_and_wasm_bindgen_summaries_are_counted() {
        assert_eq!(
            parse_test_result(
                "test result: ok. 38 passed; 0 failed; 0 ignored; 0 measured; 0 filtered out; finished in 0.01s"
            ),
            Some(TestCount { passed: 38, failed: 0 })
        );
        assert_eq!(
            parse_test_result(
                "test result: FAILED. 1 passed; 2 failed; 0 ignored; 0 filtered out; finished in 0.46s"
            ),
            Some(TestCount { passed: 1, failed: 2 })
        );
        assert_eq!(parse_test_result("running 6 tests"), None);
        assert_eq!(parse_test_result("test result: garbled"), None);
    }
}
