//! Text measured with the PDF's embedded fonts ([`super::font`]), and wrapped into lines.

use super::font::{FontPack, Fonts};

/// One of the two faces the PDF uses.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Face {
    Regular,
    Bold,
}

const NO_BREAK_SPACE: char = '\u{a0}';

/// The glyph `c` prints as: its own; a space for any white space (a tab, a line break);
/// the replacement mark for a character the font has no glyph for.
pub fn printed(pack: &FontPack, c: char) -> u16 {
    let c = if c.is_whitespace() { ' ' } else { c };
    pack.glyph(c).unwrap_or(pack.replacement)
}

/// The width of `text` in points at `size`, as the PDF viewer will draw it.
pub fn width(fonts: &Fonts, text: &str, face: Face, size: f64) -> f64 {
    let pack = fonts.face(face);
    let thousandths: f64 = text.chars().map(|c| pack.width(printed(pack, c))).sum();
    thousandths * size / 1000.0
}

/// Splits `text` into lines no wider than `max_width` points: at spaces where possible, and
/// inside a word only when the word alone is too wide. Line breaks in `text` are kept, and
/// an empty line stays an empty line. A no-break space (French puts one before `:`) joins
/// its neighbours like a letter would.
pub fn wrap(fonts: &Fonts, text: &str, face: Face, size: f64, max_width: f64) -> Vec<String> {
    wrap_at_spaces(fonts, text, face, size, max_width).into_iter().map(|(line, _)| line).collect()
}

/// [`wrap`], with each line saying whether it ended at a space that the break swallowed.
/// The PDF draws that space at the line's end, where it is invisible, so that a screen
/// reader or a copy of the text does not run the last word of one line into the next.
pub fn wrap_at_spaces(
    fonts: &Fonts,
    text: &str,
    face: Face,
    size: f64,
    max_width: f64,
) -> Vec<(String, bool)> {
    let mut lines = Vec::new();
    for paragraph in text.split('\n') {
        let mut line = String::new();
        let breaks = |c: char| c.is_whitespace() && c != NO_BREAK_SPACE;
        for word in paragraph.split(breaks).filter(|w| !w.is_empty()) {
            let candidate = if line.is_empty() { word.to_owned() } else { format!("{line} {word}") };
            if width(fonts, &candidate, face, size) <= max_width {
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
                if !line.is_empty() && width(fonts, &longer, face, size) > max_width {
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
    use crate::pdf::font::test_fonts;

    #[test]
    fn every_script_a_learner_writes_in_has_its_own_glyphs() {
        let fonts = test_fonts();
        let text =
            "’‘“”–—…éèüöäßñçøå ŁódźŻółćęą ČeštinaŘŮ İstanbulşğ Tiếng Việt Ελληνικά Українська ї є ґ №€";
        assert_eq!(crate::pdf::font::unprintable(text), Vec::<char>::new());
        for face in [Face::Regular, Face::Bold] {
            let pack = fonts.face(face);
            assert!(
                text.chars().all(|c| pack.width(printed(pack, c)) > 0.0),
                "{face:?}: a glyph without width"
            );
        }
        assert_eq!(crate::pdf::font::unprintable("Emoji 😀, 中文"), vec!['😀', '中', '文']);
    }

    #[test]
    fn widths_follow_the_fonts_advances() {
        let fonts = test_fonts();
        // DejaVu Sans Condensed: H 1386, e 1134, l 512, o 1127 in 2048 units.
        let expected = (1386.0 + 1134.0 + 512.0 * 2.0 + 1127.0) / 2048.0 * 10.0;
        assert!((width(&fonts, "Hello", Face::Regular, 10.0) - expected).abs() < 1e-9);
        assert!(width(&fonts, "Hello", Face::Bold, 10.0) > expected, "bold is wider");
        assert_eq!(width(&fonts, "", Face::Regular, 12.0), 0.0);
        // What no glyph shows takes the replacement's room, never none.
        assert!(width(&fonts, "😀", Face::Regular, 10.0) > 0.0);
    }

    #[test]
    fn wrapping_breaks_at_spaces_and_never_overflows() {
        let fonts = test_fonts();
        let text = "When someone seems disengaged, I talk with them to find out why.";
        for max in [40.0, 80.0, 120.0, 200.0, 1000.0] {
            let lines = wrap(&fonts, text, Face::Regular, 10.0, max);
            for line in &lines {
                assert!(width(&fonts, line, Face::Regular, 10.0) <= max, "{line:?} wider than {max}");
            }
            let letters = |t: &str| t.replace(' ', "");
            assert_eq!(letters(&lines.concat()), letters(text), "nothing lost at {max}");
        }
        assert_eq!(wrap(&fonts, text, Face::Regular, 10.0, 1000.0).len(), 1);
    }

    #[test]
    fn a_no_break_space_never_starts_a_line() {
        let fonts = test_fonts();
        let text = "Les détails\u{a0}: une phrase assez longue pour passer à la ligne\u{a0}?";
        for max in [60.0, 90.0, 150.0] {
            for line in wrap(&fonts, text, Face::Regular, 10.0, max) {
                assert!(!line.starts_with(':') && !line.starts_with('?'), "{line:?} at {max}");
            }
        }
    }

    #[test]
    fn a_word_wider_than_the_line_is_split() {
        let fonts = test_fonts();
        let word = "Rindfleischetikettierungsüberwachungsaufgabenübertragungsgesetz";
        let lines = wrap(&fonts, word, Face::Bold, 12.0, 100.0);
        assert!(lines.len() > 1);
        assert!(lines.iter().all(|l| width(&fonts, l, Face::Bold, 12.0) <= 100.0));
        assert_eq!(lines.concat(), word);
        assert!(wrap_at_spaces(&fonts, word, Face::Bold, 12.0, 100.0).iter().all(|(_, space)| !space));
    }

    #[test]
    fn a_line_knows_whether_a_space_was_swallowed_at_its_end() {
        let fonts = test_fonts();
        let lines = wrap_at_spaces(&fonts, "one two three\nfour", Face::Regular, 10.0, 45.0);
        let ends: Vec<(&str, bool)> = lines.iter().map(|(l, s)| (l.as_str(), *s)).collect();
        assert_eq!(ends, vec![("one two", true), ("three", false), ("four", false)]);
    }

    #[test]
    fn line_breaks_and_empty_lines_are_kept() {
        let fonts = test_fonts();
        assert_eq!(wrap(&fonts, "one\n\ntwo", Face::Regular, 10.0, 500.0), vec!["one", "", "two"]);
        assert_eq!(wrap(&fonts, "", Face::Regular, 10.0, 500.0), vec![""]);
    }
}
