//! Running other programs, loudly: every command is printed before it runs, and a failure
//! says which command failed.

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

/// The workspace root: xtask lives one folder below it.
pub fn root() -> PathBuf {
    let manifest = Path::new(env!("CARGO_MANIFEST_DIR"));
    manifest
        .parent()
        .map_or_else(|| manifest.to_path_buf(), Path::to_path_buf)
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
    let mut parts = vec![
        tools_dir().join("node_modules").join(".bin"),
        cargo_bin_dir(),
    ];
    if let Some(path) = std::env::var_os("PATH") {
        parts.extend(std::env::split_paths(&path));
    }
    std::env::join_paths(parts)
        .map(|p| p.to_string_lossy().into_owned())
        .unwrap_or_default()
}

/// A command in the workspace root with the tool PATH.
pub fn command(program: &str, args: &[&str]) -> Command {
    let mut command = Command::new(program);
    command
        .args(args)
        .current_dir(root())
        .env("PATH", tool_path());
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
    let status = command
        .status()
        .map_err(|e| format!("could not start `{description}`: {e}"))?;
    if status.success() {
        Ok(())
    } else {
        Err(format!("`{description}` failed ({status})"))
    }
}

/// The first line a command prints, or `None` if it cannot be run.
pub fn first_line(program: &str, args: &[&str]) -> Option<String> {
    let output = command(program, args)
        .stdin(Stdio::null())
        .stderr(Stdio::null())
        .output()
        .ok()?;
    if !output.status.success() {
        return None;
    }
    let text = String::from_utf8_lossy(&output.stdout);
    text.lines().next().map(|l| l.trim().to_owned())
}
