//! Where the harness finds what it serves and runs: the release bundle `cargo xtask test`
//! builds, the npm tools it installs into `.tools/`, and the host pages in `hosts/`. Each
//! fails with the command that provides what is missing.

use std::path::{Path, PathBuf};

/// The release bundle the tests run against, built by `cargo xtask test`.
pub fn bundle_dir() -> PathBuf {
    let dir = std::env::var_os("LB_DIST").map(PathBuf::from).unwrap_or_else(|| {
        panic!("LB_DIST is not set: run these tests through `cargo xtask test`, which builds the release bundle first")
    });
    assert!(
        dir.join("index.html").exists(),
        "no index.html in {}: build the bundle with `cargo xtask test`",
        dir.display()
    );
    dir
}

/// The project's npm packages, which `cargo xtask test` installs into .tools/.
pub fn node_modules() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../.tools/node_modules")
}

/// The host pages and scripts the framework, package and README tests build (`hosts/`).
pub fn hosts_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("hosts")
}

/// The project's npm tools (esbuild, tsc, …), which `cargo xtask test` installs into .tools/.
pub fn npm_tool(name: &str) -> PathBuf {
    let path = node_modules().join(".bin").join(name);
    assert!(path.exists(), "{}: `cargo xtask test` installs it into .tools/", path.display());
    path
}
