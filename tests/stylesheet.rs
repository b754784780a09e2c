//! The stylesheets are ready for right-to-left languages: they use logical properties only
//! (`margin-inline-start`, `text-align: start`, …), so a table with `Direction::RightToLeft`
//! mirrors the layout through the widget's `dir` attribute with no CSS work.

#![cfg(not(target_arch = "wasm32"))]

const SHEETS: [(&str, &str); 3] = [
    ("styles/leadership-balance.css", include_str!("../styles/leadership-balance.css")),
    ("web/configure.css", include_str!("../web/configure.css")),
    ("web/embed.css", include_str!("../web/embed.css")),
];

/// Physical properties and values that would not mirror.
const PHYSICAL: [&str; 14] = [
    "margin-left",
    "margin-right",
    "padding-left",
    "padding-right",
    "border-left",
    "border-right",
    "left:",
    "right:",
    "text-align: left",
    "text-align: right",
    "float: left",
    "float: right",
    "border-top-left-radius",
    "border-top-right-radius",
];

#[test]
fn every_stylesheet_uses_logical_directions_only() {
    let mut found = Vec::new();
    for (name, css) in SHEETS {
        for (number, line) in css.lines().enumerate() {
            let code = line.split("/*").next().unwrap_or("").trim();
            for physical in PHYSICAL {
                // `left:` must be the property itself, not the end of `margin-left:`.
                let hit = code.starts_with(physical) || code.contains(&format!(" {physical}"));
                if hit {
                    found.push(format!("{name}:{}: {code}", number + 1));
                }
            }
        }
    }
    assert!(found.is_empty(), "physical directions:\n{}", found.join("\n"));
}
