//! The npm package that dist/ is: `npm pack` takes exactly the widget's files, the Custom
//! Elements Manifest is valid and names what the widget really has, and a TypeScript host
//! type-checks against the installed package.

use std::collections::BTreeSet;
use std::path::Path;
use std::process::Command;

use e2e::{bundle_dir, hosts_dir, node_modules, npm_tool};
use serde_json::Value;

/// What the package must hold: the loader and what it loads (the PDF's fonts and their licence
/// included), the styles, the types and the manifest; not the demo, the configurator, iframe
/// mode or the precompressed copies, which a provider hosts from dist/ itself.
const PACKAGE_FILES: [&str; 17] = [
    "package.json",
    "leadership-balance.js",
    "leadership-balance.css",
    "leadership-balance.d.ts",
    "custom-elements.json",
    "core/leadership-balance.js",
    "core/leadership-balance_bg.wasm",
    "core/leadership-balance-full.js",
    "core/leadership-balance-full_bg.wasm",
    "core/lang/de.json",
    "core/lang/es.json",
    "core/lang/fr.json",
    "core/lang/pl.json",
    "core/lang/uk.json",
    "core/fonts/sans-regular.lbfont",
    "core/fonts/sans-bold.lbfont",
    "core/fonts/LICENSE-DejaVu.txt",
];

/// Runs `command`, and fails with everything it printed if it fails.
fn run(command: &mut Command) -> String {
    let output = command.output().unwrap_or_else(|e| panic!("cannot run {command:?}: {e}"));
    let stdout = String::from_utf8_lossy(&output.stdout).into_owned();
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(output.status.success(), "{command:?} failed:\n{stdout}\n{stderr}");
    stdout
}

fn npm(dir: &Path, args: &[&str]) -> String {
    run(Command::new("npm").args(args).current_dir(dir))
}

#[test]
fn npm_pack_takes_exactly_the_widgets_files() {
    let listing = npm(&bundle_dir(), &["pack", "--dry-run", "--json", "--ignore-scripts"]);
    let listing: Value = serde_json::from_str(&listing).expect("npm pack --json");
    let packed: BTreeSet<String> = listing[0]["files"]
        .as_array()
        .expect("a file list")
        .iter()
        .filter_map(|file| file["path"].as_str().map(str::to_owned))
        .collect();
    let expected: BTreeSet<String> = PACKAGE_FILES.iter().map(|f| (*f).to_owned()).collect();
    assert_eq!(packed, expected);
    assert_eq!(listing[0]["name"], "leadership-balance");
    assert_eq!(listing[0]["version"], leadership_balance::VERSION);
}

#[test]
fn the_custom_elements_manifest_is_valid_and_names_what_the_widget_has() {
    let path = bundle_dir().join("custom-elements.json");
    let valid = run(Command::new("node")
        .arg(hosts_dir().join("validate-manifest.cjs"))
        .arg(&path)
        .env("NODE_PATH", node_modules()));
    assert!(valid.starts_with("valid against"), "{valid}");

    let manifest: Value =
        serde_json::from_str(&std::fs::read_to_string(&path).expect("the manifest")).expect("JSON");
    let element = &manifest["modules"][0]["declarations"][0];
    assert_eq!(element["tagName"], "leadership-balance");
    let names = |key: &str| -> BTreeSet<String> {
        element[key]
            .as_array()
            .into_iter()
            .flatten()
            .filter_map(|v| v["name"].as_str().map(str::to_owned))
            .collect()
    };
    // The attributes the loader observes.
    let loader =
        std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("../../web/loader/element.js"))
            .expect("the loader");
    let observed = loader
        .split("observedAttributes()")
        .nth(1)
        .and_then(|rest| rest.split(']').next())
        .expect("observedAttributes");
    let observed: BTreeSet<String> = observed.split('"').skip(1).step_by(2).map(str::to_owned).collect();
    assert_eq!(names("attributes"), observed);
    // The events the widget dispatches (src/events.rs) and the types declare.
    let events: BTreeSet<String> = include_str!("../../../src/events.rs")
        .split('"')
        .filter(|text| text.starts_with("leadership-balance:"))
        .map(str::to_owned)
        .collect();
    assert_eq!(events.len(), 3, "{events:?}");
    assert_eq!(names("events"), events);
    let types = std::fs::read_to_string(bundle_dir().join("leadership-balance.d.ts")).expect("the types");
    for event in &events {
        assert!(types.contains(&format!("\"{event}\": CustomEvent<")), "the types lack {event}");
    }
    // The custom properties a host may set: each `var(--lb-…, fallback)` of the stylesheet
    // that is not one of its own `--lb-c-…`.
    let css = std::fs::read_to_string(bundle_dir().join("leadership-balance.css")).expect("the styles");
    let properties: BTreeSet<String> = css
        .split("var(")
        .skip(1)
        .filter_map(|rest| {
            let end = rest.find([',', ')'])?;
            (rest[end..].starts_with(',')).then(|| rest[..end].trim().to_owned())
        })
        .filter(|name| name.starts_with("--lb-") && !name.starts_with("--lb-c-"))
        .collect();
    assert_eq!(names("cssProperties"), properties);
    // Every key of the config's schema is in the config type.
    let schema: Value =
        serde_json::from_str(include_str!("../../../web/config.schema.json")).expect("the schema");
    for key in schema["properties"].as_object().expect("properties").keys() {
        assert!(types.contains(&format!("\n  {key}?: ")), "LeadershipBalanceConfig lacks {key}");
    }
}

#[test]
fn a_typescript_host_type_checks_against_the_installed_package() {
    let work = std::env::temp_dir().join(format!("lb-typed-host-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&work);
    std::fs::create_dir_all(&work).expect("a work folder");
    let packed = npm(
        &bundle_dir(),
        &["pack", "--json", "--ignore-scripts", "--pack-destination", &work.to_string_lossy()],
    );
    let packed: Value = serde_json::from_str(&packed).expect("npm pack --json");
    let tarball = work.join(packed[0]["filename"].as_str().expect("the tarball's name"));
    std::fs::write(work.join("package.json"), r#"{ "name": "typed-host", "private": true }"#)
        .expect("written");
    npm(&work, &["install", "--offline", "--no-audit", "--no-fund", &tarball.to_string_lossy()]);
    for file in ["typed.ts", "tsconfig.json"] {
        std::fs::copy(hosts_dir().join(file), work.join(file)).expect("copied");
    }
    // Each `@ts-expect-error` in typed.ts must meet an error, so this fails on loose types as
    // well as on wrong ones.
    run(Command::new(npm_tool("tsc")).args(["--noEmit", "-p", "tsconfig.json"]).current_dir(&work));
    let _ = std::fs::remove_dir_all(&work);
}
