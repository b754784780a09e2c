//! Colour contrast as WCAG 2.2 defines it, so that no provider theme can make text unreadable.
//!
//! The widget's own palette lives in `styles/leadership-balance.css`; the defaults below must
//! match it, and `tests/contrast.rs` checks both that they do and that every text colour of
//! the stylesheet, light and dark, reaches [`TEXT`] against the backgrounds it sits on.

use super::{ConfigError, Theme};

/// The least contrast for body text (WCAG 2.2 success criterion 1.4.3, level AA).
pub const TEXT: f64 = 4.5;
/// The least contrast for controls and chart shapes (success criterion 1.4.11).
pub const NON_TEXT: f64 = 3.0;

/// The stylesheet's light defaults, which a provider's theme replaces.
pub const DEFAULT_ACCENT: &str = "#2450a6";
/// The default text colour.
pub const DEFAULT_TEXT: &str = "#1c2430";
/// The default background.
pub const DEFAULT_BACKGROUND: &str = "#ffffff";
/// Colours a provider cannot change that still sit on their background: muted text, error
/// text, and the label of a primary button on the accent.
pub const MUTED: &str = "#4f5b6b";
/// Error text.
pub const ERROR: &str = "#b3261e";
/// A primary button's label, on the accent.
pub const ON_ACCENT: &str = "#ffffff";

/// The relative luminance of `#rgb` or `#rrggbb`; `None` for anything else.
pub fn luminance(hex: &str) -> Option<f64> {
    let digits = hex.strip_prefix('#')?;
    let channel = |text: &str| u8::from_str_radix(text, 16).ok();
    let [r, g, b] = match digits.len() {
        3 => {
            let mut it = digits.chars().map(|c| channel(&format!("{c}{c}")));
            [it.next()??, it.next()??, it.next()??]
        }
        6 => [channel(digits.get(0..2)?)?, channel(digits.get(2..4)?)?, channel(digits.get(4..6)?)?],
        _ => return None,
    };
    let linear = |c: u8| {
        let c = f64::from(c) / 255.0;
        if c <= 0.04045 { c / 12.92 } else { pow_2_4((c + 0.055) / 1.055) }
    };
    Some(0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b))
}

/// `x^2.4` for `x` in (0, 1], as `x² · (x²)^(1/5)` with Newton's method for the fifth root.
///
/// `f64::powf` links the C library's `pow` into the wasm for this
/// one formula; squaring and dividing are single instructions. Starting above the root, the
/// iteration falls monotonically, so it stops when a step no longer makes `t` smaller.
fn pow_2_4(x: f64) -> f64 {
    let square = x * x;
    let mut root = 1.0_f64;
    loop {
        let next = (4.0 * root + square / (root * root * root * root)) / 5.0;
        if next >= root {
            return square * root;
        }
        root = next;
    }
}

/// The contrast ratio of two colours, 1 to 21; `None` when either is not a hex colour.
///
/// ```
/// use leadership_balance::config::contrast::ratio;
/// assert_eq!(ratio("#000", "#ffffff").map(|r| r.round()), Some(21.0));
/// ```
pub fn ratio(a: &str, b: &str) -> Option<f64> {
    let (a, b) = (luminance(a)?, luminance(b)?);
    let (light, dark) = if a > b { (a, b) } else { (b, a) };
    Some((light + 0.05) / (dark + 0.05))
}

/// "2.9:1", rounded down so that a failing ratio never prints as if it passed.
fn shown(ratio: f64) -> String {
    let tenths = (ratio * 10.0).floor() as u32;
    format!("{}.{}:1", tenths / 10, tenths % 10)
}

/// Every pair of the theme's colours that would fall short of WCAG AA in the light scheme,
/// as an error on the field the provider set. Dark mode has its own palette, which the
/// provider's light colours never reach.
pub fn problems(theme: &Theme) -> Vec<ConfigError> {
    let accent = theme.accent.as_deref().unwrap_or(DEFAULT_ACCENT);
    let text = theme.text.as_deref().unwrap_or(DEFAULT_TEXT);
    let background = theme.background.as_deref().unwrap_or(DEFAULT_BACKGROUND);
    // (the field to blame, foreground, background, what it is)
    let mut pairs = vec![
        ("theme.text", text, background, "text"),
        ("theme.accent", accent, background, "links"),
        ("theme.accent", ON_ACCENT, accent, "button labels (white on the accent)"),
    ];
    if theme.background.is_some() {
        pairs.push(("theme.background", MUTED, background, "secondary text"));
        pairs.push(("theme.background", ERROR, background, "error messages"));
    }
    let mut errors: Vec<ConfigError> = Vec::new();
    for (path, foreground, behind, what) in pairs {
        let set_by_provider = match path {
            "theme.text" => theme.text.is_some() || theme.background.is_some(),
            "theme.accent" => theme.accent.is_some() || theme.background.is_some(),
            _ => true,
        };
        let Some(found) = ratio(foreground, behind) else { continue };
        if set_by_provider && found < TEXT && !errors.iter().any(|e| e.path == path) {
            errors.push(ConfigError {
                path: path.to_owned(),
                message: format!(
                    "{foreground} on {behind} has a contrast of {}; {what} need at least 4.5:1 to be readable",
                    shown(found)
                ),
            });
        }
    }
    errors
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_fifth_root_power_agrees_with_powf_on_every_channel_value() {
        // Every value the sRGB formula can hand it: the channels above 0.04045 of 0..=255.
        for channel in 11..=255_u8 {
            let x = (f64::from(channel) / 255.0 + 0.055) / 1.055;
            let (ours, libm) = (pow_2_4(x), x.powf(2.4));
            assert!((ours - libm).abs() < 1e-14, "channel {channel}: {ours} vs {libm}");
        }
    }

    #[test]
    fn ratios_match_published_values() {
        // Pairs with well-known ratios (WebAIM's checker).
        let close = |a: &str, b: &str, expected: f64| {
            let found = ratio(a, b).unwrap_or(0.0);
            assert!((found - expected).abs() < 0.01, "{a} on {b}: {found}");
        };
        close("#000000", "#ffffff", 21.0);
        close("#777777", "#ffffff", 4.48);
        close("#767676", "#ffffff", 4.54);
        close("#595959", "#ffffff", 7.0);
        close("#fff", "#ffffff", 1.0);
        assert_eq!(ratio("#12", "#fff"), None);
        assert_eq!(ratio("red", "#fff"), None);
    }

    #[test]
    fn the_default_theme_passes() {
        assert!(problems(&Theme::default()).is_empty());
    }

    #[test]
    fn an_unreadable_provider_colour_is_named_with_its_ratio() {
        let theme = Theme { accent: Some("#ffdd00".to_owned()), ..Theme::default() };
        let errors = problems(&theme);
        assert_eq!(errors.len(), 1, "{errors:?}");
        assert_eq!(
            errors[0].to_string(),
            "theme.accent: #ffdd00 on #ffffff has a contrast of 1.3:1; links need at least 4.5:1 to be readable"
        );
        let dark = Theme { background: Some("#222222".to_owned()), ..Theme::default() };
        let paths: Vec<String> = problems(&dark).into_iter().map(|e| e.path).collect();
        assert_eq!(paths, ["theme.text", "theme.accent", "theme.background"]);
        let readable_dark = Theme {
            background: Some("#ffffff".to_owned()),
            text: Some("#000".to_owned()),
            accent: Some("#0b57d0".to_owned()),
            ..Theme::default()
        };
        assert!(problems(&readable_dark).is_empty());
    }
}
