//! The layering in `src/lib.rs`, checked: every `crate::…` path in `src/` names a module of
//! the same layer or of one before it, and the layers before `web` name no browser crate. A
//! newcomer can trust the module list because this test fails, with the file and line, the
//! moment an arrow points the other way (docs/architecture.md explains the order).

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic, reason = "a test stops where it fails")]

use std::path::{Path, PathBuf};

/// The crate's top-level modules, lowest layer first: `src/lib.rs` lists them in this order.
const LAYERS: [&str; 17] = [
    "decimal",
    "paper",
    "calendar",
    "checker",
    "model",
    "cohort",
    "strings",
    "config",
    "persistence",
    "scorer",
    "events",
    "pdf",
    "fuzzing",
    "web",
    "ui",
    "mount",
    // The crate root itself: `lib.rs` declares everything.
    "lib",
];

/// The first layer that may talk to the browser; every layer before it stays native.
const FIRST_BROWSER_LAYER: &str = "web";

/// Crates that only run in a browser.
const BROWSER_CRATES: [&str; 5] = ["web_sys", "js_sys", "wasm_bindgen", "yew", "gloo"];

fn rank(module: &str) -> Option<usize> {
    LAYERS.iter().position(|layer| *layer == module)
}

/// An arrow against the order, or a browser crate in a native layer.
#[derive(Debug, PartialEq, Eq)]
struct Violation {
    file: String,
    line: usize,
    message: String,
}

impl std::fmt::Display for Violation {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}:{}: {}", self.file, self.line, self.message)
    }
}

/// The top-level module a file under `src/` belongs to: `model` for `src/model/share.rs`,
/// `decimal` for `src/decimal.rs`, `lib` for `src/lib.rs`.
fn module_of(relative: &Path) -> Option<String> {
    let mut parts = relative.components().map(|c| c.as_os_str().to_string_lossy().into_owned());
    let first = parts.next()?;
    let module = first.strip_suffix(".rs").unwrap_or(&first);
    Some(module.to_owned())
}

/// The code of a line without its comment (doc comments included): what the compiler reads.
fn code_of(line: &str) -> &str {
    match line.find("//") {
        Some(at) => &line[..at],
        None => line,
    }
}

/// The first path segments after each `crate::` in `code`: `crate::model::x` gives `model`,
/// `crate::{model::x, strings}` gives `model` and `strings`.
fn crate_modules(code: &str) -> Vec<String> {
    let mut found = Vec::new();
    let mut rest = code;
    while let Some(at) = rest.find("crate::") {
        // `leadership_balance_crate::` or `my_crate::` are other names, not this crate.
        let before = rest[..at].chars().next_back();
        rest = &rest[at + "crate::".len()..];
        if before.is_some_and(|c| c.is_alphanumeric() || c == '_') {
            continue;
        }
        if let Some(group) = rest.strip_prefix('{') {
            let mut depth = 0;
            let mut segment_start = true;
            for (i, c) in group.char_indices() {
                match c {
                    '{' => depth += 1,
                    '}' if depth == 0 => break,
                    '}' => depth -= 1,
                    ',' if depth == 0 => segment_start = true,
                    c if segment_start && (c.is_alphanumeric() || c == '_') => {
                        let name: String =
                            group[i..].chars().take_while(|c| c.is_alphanumeric() || *c == '_').collect();
                        found.push(name);
                        segment_start = false;
                    }
                    _ => {}
                }
            }
        } else {
            let name: String = rest.chars().take_while(|c| c.is_alphanumeric() || *c == '_').collect();
            if !name.is_empty() {
                found.push(name);
            }
        }
    }
    found
}

/// Every violation in one file's `text`, which belongs to `module`.
fn check_file(file: &str, module: &str, text: &str) -> Vec<Violation> {
    let Some(own) = rank(module) else {
        return vec![Violation {
            file: file.to_owned(),
            line: 1,
            message: format!(
                "module `{module}` is not in the layer list (tests/architecture.rs, src/lib.rs)"
            ),
        }];
    };
    let native = rank(FIRST_BROWSER_LAYER).is_some_and(|browser| own < browser);
    let mut violations = Vec::new();
    for (index, line) in text.lines().enumerate() {
        let code = code_of(line);
        for used in crate_modules(code) {
            match rank(&used) {
                Some(other) if other > own => violations.push(Violation {
                    file: file.to_owned(),
                    line: index + 1,
                    message: format!("`{module}` uses `{used}`, a later layer"),
                }),
                // `crate::VERSION` and the like: items of the crate root, not a module.
                _ => {}
            }
        }
        if native {
            let words = code.split(|c: char| !(c.is_alphanumeric() || c == '_'));
            for word in words.filter(|w| BROWSER_CRATES.contains(w)) {
                violations.push(Violation {
                    file: file.to_owned(),
                    line: index + 1,
                    message: format!(
                        "`{module}` is pure logic, checked natively, but names the browser crate `{word}`; \
                         the browser belongs in `web`, `ui` or `mount`"
                    ),
                });
            }
        }
    }
    violations
}

fn rust_files(folder: &Path, found: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(folder) else { return };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            rust_files(&path, found);
        } else if path.extension().is_some_and(|e| e == "rs") {
            found.push(path);
        }
    }
}

#[test]
fn every_arrow_points_down_the_layers() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut files = Vec::new();
    rust_files(&src, &mut files);
    files.sort();
    let mut violations = Vec::new();
    let mut checked = 0;
    for path in &files {
        let relative = path.strip_prefix(&src).unwrap_or(path);
        // The wasm entry points are binaries of their own, outside the library's layers.
        if relative.starts_with("bin") {
            continue;
        }
        let Some(module) = module_of(relative) else { continue };
        let text = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        violations.extend(check_file(&format!("src/{}", relative.display()), &module, &text));
        checked += 1;
    }
    assert!(checked > 50, "only {checked} files found under {}", src.display());
    let report: Vec<String> = violations.iter().map(ToString::to_string).collect();
    assert!(
        report.is_empty(),
        "{} arrows against the layers ({}):\n{}\nMove the code to the layer that uses it, or the \
         shared piece down to a layer both can use (docs/architecture.md).",
        report.len(),
        LAYERS.join(" < "),
        report.join("\n")
    );
}

#[test]
fn the_layer_list_is_the_one_in_lib_rs() {
    let lib = include_str!("../src/lib.rs");
    // The modules lib.rs declares, and the order its module map names them in.
    let mut declared: Vec<&str> =
        lib.lines().filter_map(|l| l.strip_prefix("pub mod ")?.strip_suffix(';')).collect();
    declared.sort_unstable();
    let mut layers: Vec<&str> = LAYERS.iter().copied().filter(|l| *l != "lib").collect();
    layers.sort_unstable();
    assert_eq!(declared, layers, "src/lib.rs declares other modules than the layer list");
    let mut mapped = Vec::new();
    for line in lib.lines().filter_map(|l| l.strip_prefix("//! - ")) {
        let mut rest = line;
        while let Some(at) = rest.find("[`") {
            rest = &rest[at + 2..];
            let end = rest.find('`').unwrap_or(rest.len());
            if !mapped.contains(&&rest[..end]) {
                mapped.push(&rest[..end]);
            }
        }
    }
    let ordered: Vec<&str> = LAYERS.iter().copied().filter(|l| *l != "lib" && *l != "fuzzing").collect();
    assert_eq!(mapped, ordered, "src/lib.rs's module map lists the layers in another order");
}

#[test]
fn the_check_finds_an_upward_arrow_and_a_browser_crate() {
    let planted = "use crate::model::scoring::Scores;\n\
                   // crate::ui in a comment is no arrow\n\
                   use crate::{strings, ui::app::App};\n\
                   fn f() { let _ = web_sys::window(); }\n";
    let found = check_file("src/pdf/planted.rs", "pdf", planted);
    let lines: Vec<usize> = found.iter().map(|v| v.line).collect();
    assert_eq!(lines, [3, 4], "{found:#?}");
    assert!(found[0].message.contains("`pdf` uses `ui`"), "{}", found[0]);
    assert!(found[1].message.contains("`web_sys`"), "{}", found[1]);
    // The same lines are fine where they belong.
    assert_eq!(check_file("src/mount/planted.rs", "mount", planted), []);
    assert_eq!(crate_modules("crate::{a::{b, c}, d}; my_crate::x; crate::e"), ["a", "d", "e"]);
}
