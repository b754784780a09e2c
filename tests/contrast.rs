//! Text contrast in both colour schemes, computed from the stylesheet's own colours: every
//! text colour must reach 4.5:1 and every chart shape 3:1 against what it is drawn on
//! (WCAG 2.2 AA). The palette is read from `styles/leadership-balance.css`, so a colour
//! changed there is checked here without anyone copying it.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic, reason = "a test stops where it fails")]
#![cfg(not(target_arch = "wasm32"))]

use std::collections::BTreeMap;

use leadership_balance::config::contrast::{self, NON_TEXT, TEXT, ratio};

const CSS: &str = include_str!("../styles/leadership-balance.css");

/// The custom properties declared in the first `.lb {` block after `from`, with each
/// `var(--public, #default)` resolved to its default.
fn palette_after(from: &str) -> BTreeMap<String, String> {
    let start = CSS.find(from).unwrap_or_else(|| panic!("the stylesheet has {from:?}"));
    let rest = &CSS[start..];
    let block_start = rest.find(".lb {").expect("a .lb block") + ".lb {".len();
    let block = &rest[block_start..block_start + rest[block_start..].find('}').expect("the block ends")];
    let mut palette = BTreeMap::new();
    for declaration in block.split(';') {
        let declaration = strip_comments(declaration);
        let Some((name, value)) = declaration.trim().split_once(':') else { continue };
        let Some(name) = name.trim().strip_prefix("--") else { continue };
        // The colour a declaration ends up with when no provider sets anything: the last
        // hex colour in it (the fallback of a `var()`), if it has one.
        if let Some(hex) = value.rsplit('#').next().filter(|_| value.contains('#')) {
            let digits: String = hex.chars().take_while(char::is_ascii_hexdigit).collect();
            palette.insert(name.to_owned(), format!("#{digits}"));
        }
    }
    palette
}

fn strip_comments(text: &str) -> String {
    let mut out = String::new();
    let mut rest = text;
    while let Some(open) = rest.find("/*") {
        out.push_str(&rest[..open]);
        rest = rest[open..].find("*/").map_or("", |close| &rest[open + close + 2..]);
    }
    out.push_str(rest);
    out
}

fn schemes() -> [(&'static str, BTreeMap<String, String>); 2] {
    let light = palette_after(":host {");
    let mut dark = light.clone();
    dark.extend(palette_after("@media (prefers-color-scheme: dark)"));
    [("light", light), ("dark", dark)]
}

/// The text colours: each is drawn on the page's background and on a card's surface.
const TEXT_COLOURS: [&str; 4] = ["lb-c-text", "lb-muted", "lb-c-accent", "lb-error"];

/// (foreground, background, least ratio): the pairings the stylesheet draws beside
/// [`TEXT_COLOURS`] on their two grounds.
const OTHER_PAIRS: [(&str, &str, f64); 5] = [
    ("lb-on-accent", "lb-c-accent", TEXT),
    ("lb-leadership", "lb-c-background", NON_TEXT),
    ("lb-management", "lb-c-background", NON_TEXT),
    ("lb-structure", "lb-c-background", NON_TEXT),
    ("lb-leadership", "lb-track", NON_TEXT),
];

/// (foreground, background, least ratio): every pairing the stylesheet draws.
fn pairs() -> impl Iterator<Item = (&'static str, &'static str, f64)> {
    TEXT_COLOURS
        .into_iter()
        .flat_map(|colour| [(colour, "lb-c-background", TEXT), (colour, "lb-surface", TEXT)])
        .chain(OTHER_PAIRS)
}

#[test]
fn every_text_and_shape_reads_clearly_in_both_colour_schemes() {
    let mut report = Vec::new();
    let mut failures = Vec::new();
    for (scheme, palette) in schemes() {
        for (foreground, background, least) in pairs() {
            let colour =
                |name: &str| palette.get(name).unwrap_or_else(|| panic!("{scheme}: no --{name}")).clone();
            let (fg, bg) = (colour(foreground), colour(background));
            let found = ratio(&fg, &bg).unwrap_or_else(|| panic!("{scheme}: {fg} or {bg} is not a colour"));
            report.push(format!("{scheme}: --{foreground} {fg} on --{background} {bg}: {found:.2}:1"));
            if found < least {
                failures.push(format!(
                    "{scheme}: --{foreground} {fg} on --{background} {bg} is {found:.2}:1, below {least}:1"
                ));
            }
        }
    }
    assert!(failures.is_empty(), "{}\n\nall pairs:\n{}", failures.join("\n"), report.join("\n"));
}

#[test]
fn the_config_checks_provider_colours_against_the_stylesheet_defaults() {
    let [(_, light), _] = schemes();
    for (name, constant) in [
        ("lb-c-accent", contrast::DEFAULT_ACCENT),
        ("lb-c-text", contrast::DEFAULT_TEXT),
        ("lb-c-background", contrast::DEFAULT_BACKGROUND),
        ("lb-muted", contrast::MUTED),
        ("lb-error", contrast::ERROR),
        ("lb-on-accent", contrast::ON_ACCENT),
    ] {
        assert_eq!(light.get(name).map(String::as_str), Some(constant), "--{name}");
    }
}
