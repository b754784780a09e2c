//! Installs the pinned tool chain: whatever is already present at the right version is kept.

use crate::run::{command, first_line, status, tools_dir};

pub const WASM_TARGET: &str = "wasm32-unknown-unknown";
const TRUNK_VERSION: &str = "0.21.14";
/// Must equal the `wasm-bindgen` crate version pinned in Cargo.toml.
const WASM_BINDGEN_VERSION: &str = "0.2.130";
const BINARYEN_VERSION: &str = "132";

const GECKODRIVER_VERSION: &str = "0.37.1";
/// cargo-mutants for `cargo xtask mutants`; 27.1 builds with Rust 1.88 and later.
const CARGO_MUTANTS_VERSION: &str = "27.1.0";

/// Debian packages, each with a file that shows it is installed: Chromium and its driver, and
/// the PDF tools for the PDF checks, and the font `cargo xtask codegen` cuts the PDF's font
/// packs from (a test checks them against it).
const APT_PACKAGES: [(&str, &str); 6] = [
    ("chromium", "/usr/bin/chromium"),
    ("chromium-driver", "/usr/bin/chromedriver"),
    ("qpdf", "/usr/bin/qpdf"),
    ("poppler-utils", "/usr/bin/pdftotext"),
    ("poppler-utils", "/usr/bin/pdftoppm"),
    ("fonts-dejavu-extra", "/usr/share/fonts/truetype/dejavu/DejaVuSansCondensed.ttf"),
];

/// The other two engines: Firefox ESR (its driver comes from crates.io), and WebKitGTK's
/// WebDriver with MiniBrowser, which needs an X display (Xvfb) and, with no window manager
/// there, xdotool to give its window the keyboard focus. Installed with their recommends:
/// WebKitGTK draws through Mesa and GStreamer, which Debian lists there.
const ENGINE_PACKAGES: [(&str, &str); 4] = [
    ("firefox-esr", "/usr/bin/firefox-esr"),
    ("webkit2gtk-driver", "/usr/bin/WebKitWebDriver"),
    ("xvfb", "/usr/bin/Xvfb"),
    ("xdotool", "/usr/bin/xdotool"),
];

fn say(message: &str) {
    println!("setup: {message}");
}

/// What `serve` needs: the Rust-to-wasm build chain.
pub fn build_tools() -> Result<(), String> {
    wasm_target()?;
    trunk()?;
    wasm_bindgen()?;
    wasm_opt()
}

/// What `test` needs on top: the three browser engines, their drivers and the PDF tools.
pub fn test_tools() -> Result<(), String> {
    build_tools()?;
    system_packages(&APT_PACKAGES, false)?;
    system_packages(&ENGINE_PACKAGES, true)?;
    geckodriver()
}

/// Where `cargo install` puts geckodriver; the end-to-end tests are told this path.
pub fn geckodriver_path() -> std::path::PathBuf {
    crate::run::cargo_bin_dir().join("geckodriver")
}

fn geckodriver() -> Result<(), String> {
    let wanted = format!("geckodriver {GECKODRIVER_VERSION}");
    let found = first_line(&geckodriver_path().to_string_lossy(), &["--version"]);
    if found.as_deref().is_some_and(|f| f.starts_with(&wanted)) {
        say(&format!("{wanted}: present"));
        return Ok(());
    }
    say(&format!(
        "{wanted}: installing (found {}); this takes about 4 minutes",
        found.as_deref().unwrap_or("none")
    ));
    status(command("cargo", &["install", "--force", &format!("geckodriver@{GECKODRIVER_VERSION}")]))
}

fn wasm_target() -> Result<(), String> {
    let installed = command("rustup", &["target", "list", "--installed"])
        .output()
        .map(|o| String::from_utf8_lossy(&o.stdout).lines().any(|l| l.trim() == WASM_TARGET))
        .unwrap_or(false);
    if installed {
        say(&format!("Rust target {WASM_TARGET}: present"));
        return Ok(());
    }
    say(&format!("Rust target {WASM_TARGET}: adding"));
    status(command("rustup", &["target", "add", WASM_TARGET]))
}

fn trunk() -> Result<(), String> {
    let wanted = format!("trunk {TRUNK_VERSION}");
    match first_line("trunk", &["--version"]) {
        Some(found) if found == wanted => {
            say(&format!("{wanted}: present"));
            Ok(())
        }
        found => {
            say(&format!(
                "{wanted}: installing (found {}); this takes about 14 minutes on 2 cores",
                found.as_deref().unwrap_or("none")
            ));
            status(command("cargo", &["install", "--locked", &format!("trunk@{TRUNK_VERSION}")]))
        }
    }
}

fn wasm_bindgen() -> Result<(), String> {
    let wanted = format!("wasm-bindgen {WASM_BINDGEN_VERSION}");
    let cli = first_line("wasm-bindgen", &["--version"]);
    let runner = first_line("wasm-bindgen-test-runner", &["--version"]);
    let good = |found: &Option<String>| found.as_deref().is_some_and(|f| f.starts_with(&wanted));
    let runner_good = runner.as_deref().is_some_and(|f| f.contains(WASM_BINDGEN_VERSION));
    if good(&cli) && runner_good {
        say(&format!("wasm-bindgen-cli {WASM_BINDGEN_VERSION}: present"));
        return Ok(());
    }
    say(&format!(
        "wasm-bindgen-cli {WASM_BINDGEN_VERSION}: installing (found {}); this takes about 2 minutes",
        cli.as_deref().unwrap_or("none")
    ));
    // Not `--locked`: its lock file names a webpki-roots version the registry no longer serves.
    status(command("cargo", &["install", "--force", &format!("wasm-bindgen-cli@{WASM_BINDGEN_VERSION}")]))
}

/// The npm packages, installed together into .tools/ so that one install never prunes the
/// others: binaryen (wasm-opt), terser and csso (tools/post_build.mjs) for the build; axe-core for
/// the accessibility test; React, Vue and esbuild for the framework host pages; TypeScript,
/// ajv and the Custom Elements Manifest schema for the package tests; scorm-again, the SCORM
/// 1.2 and 2004 run-time that learning platforms embed, for the LMS tests' platform.
const NPM_PACKAGES: [(&str, &str); 12] = [
    ("binaryen", "132.0.0"),
    ("terser", "5.51.4"),
    ("csso", "5.0.5"),
    ("axe-core", "4.14.1"),
    ("react", "19.3.1"),
    ("react-dom", "19.3.1"),
    ("vue", "3.5.45"),
    ("esbuild", "0.28.2"),
    ("typescript", "5.9.3"),
    ("ajv", "8.20.0"),
    ("custom-elements-manifest", "2.1.0"),
    ("scorm-again", "3.4.3"),
];

/// The version of an npm package in .tools/, if installed.
fn npm_version(package: &str) -> Option<String> {
    let manifest = tools_dir().join("node_modules").join(package).join("package.json");
    let text = std::fs::read_to_string(manifest).ok()?;
    let start = text.find("\"version\"")?;
    let rest = &text[start + 9..];
    let value = rest.split('"').nth(1)?;
    Some(value.to_owned())
}

fn wasm_opt() -> Result<(), String> {
    let binary = tools_dir().join("node_modules").join(".bin").join("wasm-opt");
    let wasm_opt_ready = first_line(&binary.to_string_lossy(), &["--version"])
        .is_some_and(|found| found.contains(&format!("version {BINARYEN_VERSION}")));
    let others_ready =
        NPM_PACKAGES[1..].iter().all(|(name, version)| npm_version(name).as_deref() == Some(*version));
    let names: Vec<String> = NPM_PACKAGES.iter().map(|(name, version)| format!("{name} {version}")).collect();
    let names = names.join(", ");
    if wasm_opt_ready && others_ready {
        say(&format!("npm packages in .tools/ ({names}): present"));
        return Ok(());
    }
    say(&format!("npm packages ({names}): installing into .tools/"));
    std::fs::create_dir_all(tools_dir()).map_err(|e| format!("cannot create .tools/: {e}"))?;
    let prefix = tools_dir().to_string_lossy().into_owned();
    let packages: Vec<String> =
        NPM_PACKAGES.iter().map(|(name, version)| format!("{name}@{version}")).collect();
    let mut args = vec!["install", "--prefix", &prefix, "--no-audit", "--no-fund", "--save-exact"];
    args.extend(packages.iter().map(String::as_str));
    status(command("npm", &args))
}

/// What `bench` needs on top of `test`: Lighthouse, and SurveyJS for the comparison. Added to
/// .tools/ with `--save-exact`, so that the test tools' install keeps them.
const BENCH_NPM_PACKAGES: [(&str, &str); 3] =
    [("lighthouse", "12.8.2"), ("survey-core", "2.5.38"), ("survey-js-ui", "2.5.38")];

pub fn bench_tools() -> Result<(), String> {
    let names: Vec<String> =
        BENCH_NPM_PACKAGES.iter().map(|(name, version)| format!("{name}@{version}")).collect();
    if BENCH_NPM_PACKAGES.iter().all(|(name, version)| npm_version(name).as_deref() == Some(*version)) {
        say(&format!("{}: present", names.join(", ")));
        return Ok(());
    }
    say(&format!("{}: installing into .tools/", names.join(", ")));
    let prefix = tools_dir().to_string_lossy().into_owned();
    let mut args = vec!["install", "--prefix", &prefix, "--no-audit", "--no-fund", "--save-exact"];
    args.extend(names.iter().map(String::as_str));
    status(command("npm", &args))
}

/// What `fuzz` needs: the nightly toolchain (on this kind of machine already) and cargo-fuzz.
pub fn fuzz_tools() -> Result<(), String> {
    let nightly = command("rustup", &["toolchain", "list"])
        .output()
        .map(|o| String::from_utf8_lossy(&o.stdout).contains("nightly"))
        .unwrap_or(false);
    if !nightly {
        return Err("cargo fuzz needs the nightly toolchain: rustup toolchain install nightly".to_owned());
    }
    if first_line("cargo", &["fuzz", "--version"]).is_some() {
        say("cargo-fuzz: present");
        return Ok(());
    }
    say("cargo-fuzz: installing");
    status(command("cargo", &["install", "--locked", "cargo-fuzz"]))
}

/// What `mutants` needs: cargo-mutants, at the pinned version.
pub fn mutants_tools() -> Result<(), String> {
    let wanted = format!("cargo-mutants {CARGO_MUTANTS_VERSION}");
    let found = first_line("cargo", &["mutants", "--version"]);
    if found.as_deref() == Some(wanted.as_str()) {
        say(&format!("{wanted}: present"));
        return Ok(());
    }
    say(&format!(
        "{wanted}: installing (found {}); this takes about 6 minutes on 2 cores",
        found.as_deref().unwrap_or("none")
    ));
    status(command(
        "cargo",
        &["install", "--locked", "--force", &format!("cargo-mutants@{CARGO_MUTANTS_VERSION}")],
    ))
}

fn is_root() -> bool {
    first_line("id", &["-u"]).as_deref() == Some("0")
}

/// Installs whichever of `packages` are missing, with Debian's recommends or without.
fn system_packages(packages: &[(&str, &str)], with_recommends: bool) -> Result<(), String> {
    let mut names: Vec<&str> = packages.iter().map(|(package, _)| *package).collect();
    names.dedup();
    let mut missing: Vec<&str> = packages
        .iter()
        .filter(|(_, file)| !std::path::Path::new(file).exists())
        .map(|(package, _)| *package)
        .collect();
    missing.dedup();
    if missing.is_empty() {
        say(&format!("{}: present", names.join(", ")));
        return Ok(());
    }
    let list = missing.join(" ");
    if !is_root() {
        return Err(format!(
            "these Debian packages are missing: {list}\nInstall them with:\n  sudo apt-get update && sudo apt-get install -y {list}\nthen run the command again."
        ));
    }
    say(&format!("installing Debian packages: {list}"));
    status(command("apt-get", &["update"]))?;
    let mut args = vec!["install", "-y"];
    if !with_recommends {
        args.push("--no-install-recommends");
    }
    args.extend(missing.iter().copied());
    let mut install = command("apt-get", &args);
    install.env("DEBIAN_FRONTEND", "noninteractive");
    status(install)
}
