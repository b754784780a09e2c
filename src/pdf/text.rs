//! Text for the PDF's standard fonts: WinAnsi encoding, measured widths, and line wrapping.
//!
//! The standard Helvetica fonts need no embedding, which keeps the file and the wasm small,
//! but they speak WinAnsiEncoding (Windows-1252) only. Every Latin-script character the UI
//! shows maps onto it, typographic quotes and dashes included; anything else becomes `?`.

use super::metrics::{HELVETICA, HELVETICA_BOLD};

/// One of the two faces the PDF uses.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Face {
    Regular,
    Bold,
}

/// What an unencodable character prints as.
const REPLACEMENT: u8 = b'?';

/// The Windows-1252 codes 0x80..=0x9F, in order; `None` where the code is undefined.
const CP1252_HIGH: [Option<char>; 32] = [
    Some('€'),
    None,
    Some('‚'),
    Some('ƒ'),
    Some('„'),
    Some('…'),
    Some('†'),
    Some('‡'),
    Some('ˆ'),
    Some('‰'),
    Some('Š'),
    Some('‹'),
    Some('Œ'),
    None,
    Some('Ž'),
    None,
    None,
    Some('‘'),
    Some('’'),
    Some('“'),
    Some('”'),
    Some('•'),
    Some('–'),
    Some('—'),
    Some('˜'),
    Some('™'),
    Some('š'),
    Some('›'),
    Some('œ'),
    None,
    Some('ž'),
    Some('Ÿ'),
];

const NO_BREAK_SPACE: char = '\u{a0}';

/// The WinAnsi code of `c`, if the standard fonts can show it.
pub fn encode_char(c: char) -> Option<u8> {
    match u32::from(c) {
        0x20..=0x7E | 0xA0..=0xFF => u8::try_from(u32::from(c)).ok(),
        _ => CP1252_HIGH.iter().position(|&h| h == Some(c)).and_then(|i| u8::try_from(0x80 + i).ok()),
    }
}

/// `text` in WinAnsi bytes. Tabs and other white space become spaces; characters the fonts
/// cannot show become `?`.
pub fn encode(text: &str) -> Vec<u8> {
    text.chars()
        .map(|c| if c.is_whitespace() { b' ' } else { encode_char(c).unwrap_or(REPLACEMENT) })
        .collect()
}

fn advance(face: Face, code: u8) -> u16 {
    let table = match face {
        Face::Regular => &HELVETICA,
        Face::Bold => &HELVETICA_BOLD,
    };
    table.get(usize::from(code).wrapping_sub(32)).copied().unwrap_or(0)
}

/// The width of `text` in points at `size`, as the PDF viewer will draw it.
pub fn width(text: &str, face: Face, size: f64) -> f64 {
    let units: u32 = encode(text).into_iter().map(|code| u32::from(advance(face, code))).sum();
    f64::from(units) * size / 1000.0
}

/// Splits `text` into lines no wider than `max_width` points: at spaces where possible, and
/// inside a word only when the word alone is too wide. Line breaks in `text` are kept, and
/// an empty line stays an empty line. A no-break space (French puts one before `:`) joins
/// its neighbours like a letter would.
pub fn wrap(text: &str, face: Face, size: f64, max_width: f64) -> Vec<String> {
    wrap_at_spaces(text, face, size, max_width).into_iter().map(|(line, _)| line).collect()
}

/// [`wrap`], with each line saying whether it ended at a space that the break swallowed.
/// The PDF draws that space at the line's end, where it is invisible, so that a screen
/// reader or a copy of the text does not run the last word of one line into the next.
pub fn wrap_at_spaces(text: &str, face: Face, size: f64, max_width: f64) -> Vec<(String, bool)> {
    let mut lines = Vec::new();
    for paragraph in text.split('\n') {
        let mut line = String::new();
        let breaks = |c: char| c.is_whitespace() && c != NO_BREAK_SPACE;
        for word in paragraph.split(breaks).filter(|w| !w.is_empty()) {
            let candidate = if line.is_empty() { word.to_owned() } else { format!("{line} {word}") };
            if width(&candidate, face, size) <= max_width {
                line = candidate;
                continue;
            }
            if !line.is_empty() {
                lines.push((std::mem::take(&mut line), true));
            }
            // The word starts a new line; split it if even that is too wide.
            for c in word.chars() {
                let mut longer = line.clone();
                longer.push(c);
                if !line.is_empty() && width(&longer, face, size) > max_width {
                    lines.push((std::mem::take(&mut line), false));
                    line.push(c);
                } else {
                    line = longer;
                }
            }
        }
        lines.push((line, false));
    }
    lines
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_latin_character_the_ui_can_show_is_encoded() {
        let special = "’‘“”–—…éèüöäßñçøåÉÜÖÄÑÇØÅàâêîôûëïœŒ€";
        for c in special.chars() {
            assert!(encode_char(c).is_some(), "{c} has no WinAnsi code");
            let code = encode_char(c).unwrap_or(0);
            assert!(advance(Face::Regular, code) > 0 && advance(Face::Bold, code) > 0, "{c} has no width");
        }
        assert_eq!(encode("’“”–—…"), vec![0x92, 0x93, 0x94, 0x96, 0x97, 0x85]);
        assert_eq!(encode("é ß"), vec![0xE9, b' ', 0xDF]);
    }

    #[test]
    fn unencodable_characters_and_control_codes_are_replaced() {
        assert_eq!(encode("Łódź 😀"), b"?\xF3d? ?".to_vec());
        assert_eq!(encode("a\tb"), b"a b".to_vec());
        assert_eq!(encode_char('\u{81}'), None);
    }

    #[test]
    fn widths_follow_the_helvetica_metrics() {
        // Helvetica: H 722, e 556, l 222, o 556 → 2278 units; at 10 pt, 22.78 pt.
        assert!((width("Hello", Face::Regular, 10.0) - 22.78).abs() < 1e-9);
        // Bold is wider: H 722, e 556, l 278, o 611 → 2445.
        assert!((width("Hello", Face::Bold, 10.0) - 24.45).abs() < 1e-9);
        assert_eq!(width("", Face::Regular, 12.0), 0.0);
    }

    #[test]
    fn wrapping_breaks_at_spaces_and_never_overflows() {
        let text = "When someone seems disengaged, I talk with them to find out why.";
        for max in [40.0, 80.0, 120.0, 200.0, 1000.0] {
            let lines = wrap(text, Face::Regular, 10.0, max);
            for line in &lines {
                assert!(width(line, Face::Regular, 10.0) <= max, "{line:?} wider than {max}");
            }
            let letters = |t: &str| t.replace(' ', "");
            assert_eq!(letters(&lines.concat()), letters(text), "nothing lost at {max}");
        }
        assert_eq!(wrap(text, Face::Regular, 10.0, 1000.0).len(), 1);
    }

    #[test]
    fn a_no_break_space_never_starts_a_line() {
        let text = "Les détails\u{a0}: une phrase assez longue pour passer à la ligne\u{a0}?";
        for max in [60.0, 90.0, 150.0] {
            for line in wrap(text, Face::Regular, 10.0, max) {
                assert!(!line.starts_with(':') && !line.starts_with('?'), "{line:?} at {max}");
            }
        }
    }

    #[test]
    fn a_word_wider_than_the_line_is_split() {
        let word = "Rindfleischetikettierungsüberwachungsaufgabenübertragungsgesetz";
        let lines = wrap(word, Face::Bold, 12.0, 100.0);
        assert!(lines.len() > 1);
        assert!(lines.iter().all(|l| width(l, Face::Bold, 12.0) <= 100.0));
        assert_eq!(lines.concat(), word);
        assert!(wrap_at_spaces(word, Face::Bold, 12.0, 100.0).iter().all(|(_, space)| !space));
    }

    #[test]
    fn a_line_knows_whether_a_space_was_swallowed_at_its_end() {
        let lines = wrap_at_spaces("one two three\nfour", Face::Regular, 10.0, 40.0);
        let ends: Vec<(&str, bool)> = lines.iter().map(|(l, s)| (l.as_str(), *s)).collect();
        assert_eq!(ends, vec![("one two", true), ("three", false), ("four", false)]);
    }

    #[test]
    fn line_breaks_and_empty_lines_are_kept() {
        assert_eq!(wrap("one\n\ntwo", Face::Regular, 10.0, 500.0), vec!["one", "", "two"]);
        assert_eq!(wrap("", Face::Regular, 10.0, 500.0), vec![""]);
    }
}
