//! The loader's type check. The loader (`web/leadership-balance.js` and `web/loader/`) is
//! plain JavaScript that runs before the wasm, on every learner's phone, with JSDoc types that
//! only mean something when TypeScript reads them: this runs the project's `tsc` over it with
//! `web/loader/tsconfig.json`, which also holds it to the browser floor's library.

use crate::run::{command, status, tools_dir};

/// The loader's tsconfig, relative to the workspace root.
const TSCONFIG: &str = "web/loader/tsconfig.json";

/// Type-checks the loader with the TypeScript that setup installs into `.tools/`.
pub fn typecheck() -> Result<(), String> {
    let tsc = tools_dir().join("node_modules").join(".bin").join("tsc");
    if !tsc.exists() {
        return Err(format!(
            "{} is missing; `cargo xtask test` installs it with the other npm tools",
            tsc.display()
        ));
    }
    status(command(&tsc.to_string_lossy(), &["--project", TSCONFIG, "--pretty", "false"]))?;
    println!("The loader type-checks ({TSCONFIG}).");
    Ok(())
}

#[cfg(test)]
mod tests {
    use std::path::Path;

    use super::TSCONFIG;
    use crate::run::root;

    /// The loader's sources: the entry and every `.js` file in `web/loader/`.
    fn sources(root: &Path) -> Vec<String> {
        let folder = root.join("web/loader");
        let mut files = vec!["web/leadership-balance.js".to_owned()];
        for entry in std::fs::read_dir(folder).expect("web/loader/") {
            let name = entry.expect("a file in web/loader/").file_name().to_string_lossy().into_owned();
            if name.ends_with(".js") {
                files.push(format!("web/loader/{name}"));
            }
        }
        files
    }

    #[test]
    fn every_loader_file_asks_to_be_checked_and_is_in_the_tsconfig() {
        let root = root();
        let files = sources(&root);
        assert!(files.len() > 1, "the loader has its parts in web/loader/: {files:?}");
        for file in &files {
            let text = std::fs::read_to_string(root.join(file)).expect("readable");
            assert!(text.starts_with("// @ts-check\n"), "{file} must start with `// @ts-check`");
        }
        // The tsconfig takes every .js file in its own folder, and the entry beside it.
        let tsconfig = std::fs::read_to_string(root.join(TSCONFIG)).expect("the loader's tsconfig");
        for include in [r#""./*.js""#, r#""../leadership-balance.js""#] {
            assert!(tsconfig.contains(include), "{TSCONFIG} does not include {include}");
        }
        for option in [r#""checkJs": true"#, r#""strict": true"#, r#""noEmit": true"#] {
            assert!(tsconfig.contains(option), "{TSCONFIG} lacks {option}");
        }
    }
}
