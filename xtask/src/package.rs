//! The npm package in dist/: `package.json`, written here with the crate's version, beside
//! the types (`web/leadership-balance.d.ts`) and the Custom Elements Manifest
//! (`web/custom-elements.json`) that Trunk copies. Editors and frameworks read the last two to
//! know the element's attributes, events and CSS properties.

use std::path::Path;

/// `package.json` for version `version`.
pub fn package_json(version: &str) -> String {
    let manifest = serde_json::json!({
        "name": "leadership-balance",
        "version": version,
        "description": "A management-or-leadership self-assessment widget for training providers: one custom element, Rust and WebAssembly, no server.",
        "license": "MIT OR Apache-2.0",
        "type": "module",
        "main": "./leadership-balance.js",
        "types": "./leadership-balance.d.ts",
        "exports": {
            ".": {
                "types": "./leadership-balance.d.ts",
                "default": "./leadership-balance.js",
            },
            "./leadership-balance.css": "./leadership-balance.css",
            "./custom-elements.json": "./custom-elements.json",
            "./package.json": "./package.json",
        },
        "files": [
            "leadership-balance.js",
            "leadership-balance.css",
            "leadership-balance.d.ts",
            "custom-elements.json",
            "core/leadership-balance.js",
            "core/leadership-balance_bg.wasm",
            "core/leadership-balance-full.js",
            "core/leadership-balance-full_bg.wasm",
            "core/lang/*.json",
            "core/fonts/*.lbfont",
            "core/fonts/LICENSE-DejaVu.txt",
        ],
        "customElements": "custom-elements.json",
        // Importing the loader defines the element: bundlers must keep it.
        "sideEffects": ["./leadership-balance.js"],
    });
    let mut text = serde_json::to_string_pretty(&manifest).unwrap_or_default();
    text.push('\n');
    text
}

/// Writes `package.json` into `dist`, which Trunk has filled.
pub fn write(dist: &Path) -> Result<(), String> {
    for file in ["leadership-balance.d.ts", "custom-elements.json"] {
        if !dist.join(file).exists() {
            return Err(format!("{} has no {file}: Trunk copies it from web/", dist.display()));
        }
    }
    let path = dist.join("package.json");
    std::fs::write(&path, package_json(leadership_balance::VERSION))
        .map_err(|e| format!("{}: {e}", path.display()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn package_json_names_the_types_the_manifest_and_the_crate_version() {
        let text = package_json("1.2.3");
        let manifest: serde_json::Value = serde_json::from_str(&text).expect("JSON");
        assert_eq!(manifest["version"], "1.2.3");
        assert_eq!(manifest["types"], "./leadership-balance.d.ts");
        assert_eq!(manifest["exports"]["."]["types"], "./leadership-balance.d.ts");
        assert_eq!(manifest["customElements"], "custom-elements.json");
        assert_eq!(leadership_balance::VERSION, "0.1.0", "the version is the widget crate's");
    }
}
