//! The fonts every PDF embeds: a font pack per face, and their subsets for one document.
//!
//! A pack (`web/fonts/*.lbfont`, made by `cargo xtask codegen` from DejaVu Sans Condensed)
//! holds the font's program cut down to the scripts a learner may write in (Latin, Vietnamese
//! included, Greek, Cyrillic: [`COVERED`]), which character is which glyph, each glyph's
//! advance, and the metrics a PDF font descriptor needs. The widget fetches the packs only
//! when a PDF is near (`web::fonts`); each PDF then embeds a subset of only the glyphs it
//! uses (`subsetter`), so a file stays small and a learner's words print in their own letters.
//!
//! The pack's layout, all numbers little-endian: `LBF1`; the PostScript name (a byte of length,
//! then ASCII); units per em, ascender, descender, cap height, the bounding box (4), the weight
//! class and the replacement glyph (11 × 16 bits); the count of characters (32 bits), then per
//! character its code point (32 bits), glyph and advance (16 bits each), by code point; the
//! glyph count (16 bits) and each glyph's advance; then the program's length (32 bits) and
//! bytes. The program has no `cmap`: the pack's character list is the map.

use std::ops::RangeInclusive;

use super::text::Face;

/// The characters a pack is cut to: Latin (with Vietnamese and the IPA letters some names
/// use), combining accents, Greek, Cyrillic, punctuation, currency and letterlike signs, and
/// the replacement character that marks what no glyph shows.
pub const COVERED: [RangeInclusive<u32>; 12] = [
    0x20..=0x7E,
    0xA0..=0x24F,
    0x250..=0x2FF,
    0x300..=0x36F,
    0x370..=0x3FF,
    0x400..=0x52F,
    0x1E00..=0x1EFF,
    0x1F00..=0x1FFF,
    0x2000..=0x206F,
    0x20A0..=0x20CF,
    0x2100..=0x214F,
    0xFFFD..=0xFFFD,
];

/// Whether every face of the PDF shows `c` (white space prints as a space). The same as the
/// packs say, from `coverage.rs`, so that the results page can tell before they are fetched.
pub fn printable(c: char) -> bool {
    let code = u32::from(c);
    c.is_whitespace()
        || super::coverage::SHOWN
            .binary_search_by(|&(first, last)| {
                if last < code {
                    std::cmp::Ordering::Less
                } else if first > code {
                    std::cmp::Ordering::Greater
                } else {
                    std::cmp::Ordering::Equal
                }
            })
            .is_ok()
}

/// The characters of `text` the PDF cannot show, each once, in the order they first appear.
pub fn unprintable(text: &str) -> Vec<char> {
    let mut missing: Vec<char> = Vec::new();
    for c in text.chars() {
        if !printable(c) && !missing.contains(&c) {
            missing.push(c);
        }
    }
    missing
}

/// The character a PDF shows where no glyph can: a visible mark, with the real text kept
/// beside it for copying and reading aloud.
pub const REPLACEMENT: char = '\u{FFFD}';

const MAGIC: &[u8; 4] = b"LBF1";

/// Why a font pack could not be read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FontError(pub String);

impl std::fmt::Display for FontError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "the PDF's font could not be read: {}", self.0)
    }
}

/// What a PDF font descriptor says of a face, in font units.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Metrics {
    pub units_per_em: u16,
    pub ascender: i16,
    pub descender: i16,
    pub cap_height: i16,
    /// x min, y min, x max, y max.
    pub bbox: [i16; 4],
    /// 400 regular, 700 bold.
    pub weight: u16,
}

/// One face: its name, metrics, character map, advances and program.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FontPack {
    /// The PostScript name, as the PDF's `/BaseFont` gives it.
    pub name: String,
    pub metrics: Metrics,
    /// The glyph that stands for a character no glyph shows ([`REPLACEMENT`]'s).
    pub replacement: u16,
    /// Code point and glyph, by code point.
    pub characters: Vec<(u32, u16)>,
    /// Each glyph's advance, by glyph.
    pub advances: Vec<u16>,
    /// The font program (TrueType), without a `cmap`.
    pub program: Vec<u8>,
}

/// Reads a pack's numbers in order.
struct Reader<'a> {
    bytes: &'a [u8],
    at: usize,
}

impl<'a> Reader<'a> {
    fn take(&mut self, n: usize) -> Result<&'a [u8], FontError> {
        let end = self.at.checked_add(n).filter(|&end| end <= self.bytes.len());
        let end = end.ok_or_else(|| FontError(format!("cut short at byte {}", self.at)))?;
        let slice = &self.bytes[self.at..end];
        self.at = end;
        Ok(slice)
    }

    fn u16(&mut self) -> Result<u16, FontError> {
        let b = self.take(2)?;
        Ok(u16::from_le_bytes([b[0], b[1]]))
    }

    fn i16(&mut self) -> Result<i16, FontError> {
        let b = self.take(2)?;
        Ok(i16::from_le_bytes([b[0], b[1]]))
    }

    fn u32(&mut self) -> Result<u32, FontError> {
        let b = self.take(4)?;
        Ok(u32::from_le_bytes([b[0], b[1], b[2], b[3]]))
    }

    fn count(&mut self, each: usize) -> Result<usize, FontError> {
        let n = usize::try_from(self.u32()?).map_err(|_| FontError("a count too large".to_owned()))?;
        if n.saturating_mul(each) > self.bytes.len() - self.at {
            return Err(FontError(format!("a count of {n} past the end")));
        }
        Ok(n)
    }
}

impl FontPack {
    /// The pack in `bytes`, checked: every glyph it names exists.
    pub fn from_bytes(bytes: &[u8]) -> Result<FontPack, FontError> {
        let mut r = Reader { bytes, at: 0 };
        if r.take(4)? != MAGIC {
            return Err(FontError("not a font pack".to_owned()));
        }
        let length = usize::from(r.take(1)?[0]);
        let name =
            String::from_utf8(r.take(length)?.to_vec()).map_err(|_| FontError("a bad name".to_owned()))?;
        let metrics = Metrics {
            units_per_em: r.u16()?,
            ascender: r.i16()?,
            descender: r.i16()?,
            cap_height: r.i16()?,
            bbox: [r.i16()?, r.i16()?, r.i16()?, r.i16()?],
            weight: r.u16()?,
        };
        let replacement = r.u16()?;
        let characters =
            (0..r.count(6)?).map(|_| Ok((r.u32()?, r.u16()?))).collect::<Result<Vec<_>, FontError>>()?;
        let glyphs = usize::from(r.u16()?);
        let advances = (0..glyphs).map(|_| r.u16()).collect::<Result<Vec<_>, FontError>>()?;
        let length = r.count(1)?;
        let program = r.take(length)?.to_vec();
        if metrics.units_per_em == 0 {
            return Err(FontError("no units per em".to_owned()));
        }
        let names_a_glyph = |g: u16| usize::from(g) < advances.len();
        if !names_a_glyph(replacement) || !characters.iter().all(|&(_, g)| names_a_glyph(g)) {
            return Err(FontError("a character's glyph is missing".to_owned()));
        }
        if !characters.windows(2).all(|w| w[0].0 < w[1].0) {
            return Err(FontError("characters out of order".to_owned()));
        }
        Ok(FontPack { name, metrics, replacement, characters, advances, program })
    }

    /// The pack as its file holds it.
    pub fn to_bytes(&self) -> Vec<u8> {
        let mut out = MAGIC.to_vec();
        out.push(u8::try_from(self.name.len()).unwrap_or(u8::MAX));
        out.extend(self.name.bytes().take(usize::from(u8::MAX)));
        let m = self.metrics;
        out.extend(m.units_per_em.to_le_bytes());
        for v in [m.ascender, m.descender, m.cap_height, m.bbox[0], m.bbox[1], m.bbox[2], m.bbox[3]] {
            out.extend(v.to_le_bytes());
        }
        out.extend(m.weight.to_le_bytes());
        out.extend(self.replacement.to_le_bytes());
        out.extend(u32::try_from(self.characters.len()).unwrap_or(u32::MAX).to_le_bytes());
        for &(code, glyph) in &self.characters {
            out.extend(code.to_le_bytes());
            out.extend(glyph.to_le_bytes());
        }
        out.extend(u16::try_from(self.advances.len()).unwrap_or(u16::MAX).to_le_bytes());
        for advance in &self.advances {
            out.extend(advance.to_le_bytes());
        }
        out.extend(u32::try_from(self.program.len()).unwrap_or(u32::MAX).to_le_bytes());
        out.extend(&self.program);
        out
    }

    /// The glyph that shows `c`, if the pack has one.
    pub fn glyph(&self, c: char) -> Option<u16> {
        let code = u32::from(c);
        self.characters.binary_search_by_key(&code, |&(cp, _)| cp).ok().map(|i| self.characters[i].1)
    }

    /// A glyph's advance in font units.
    pub fn advance(&self, glyph: u16) -> u16 {
        self.advances.get(usize::from(glyph)).copied().unwrap_or(0)
    }

    /// A glyph's advance in thousandths of an em, as PDF widths are given.
    pub fn width(&self, glyph: u16) -> f64 {
        f64::from(self.advance(glyph)) * 1000.0 / f64::from(self.metrics.units_per_em)
    }
}

/// The two faces a PDF uses.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Fonts {
    pub regular: FontPack,
    pub bold: FontPack,
}

impl Fonts {
    /// The fonts from their two packs' bytes.
    pub fn from_packs(regular: &[u8], bold: &[u8]) -> Result<Fonts, FontError> {
        Ok(Fonts { regular: FontPack::from_bytes(regular)?, bold: FontPack::from_bytes(bold)? })
    }

    pub fn face(&self, face: Face) -> &FontPack {
        match face {
            Face::Regular => &self.regular,
            Face::Bold => &self.bold,
        }
    }
}

/// The committed packs, for tests: what `cargo xtask codegen` made.
#[cfg(test)]
pub fn test_fonts() -> Fonts {
    let read = |name: &str| {
        let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("web/fonts").join(name);
        std::fs::read(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
    };
    Fonts::from_packs(&read("sans-regular.lbfont"), &read("sans-bold.lbfont"))
        .unwrap_or_else(|e| panic!("{e}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pack() -> FontPack {
        FontPack {
            name: "Test-Sans".to_owned(),
            metrics: Metrics {
                units_per_em: 2048,
                ascender: 1901,
                descender: -483,
                cap_height: 1493,
                bbox: [-2090, -850, 3673, 2524],
                weight: 400,
            },
            replacement: 3,
            characters: vec![(0x20, 1), (0x41, 2), (0xFFFD, 3)],
            advances: vec![1229, 651, 1401, 2048],
            program: vec![0, 1, 0, 0, 7],
        }
    }

    #[test]
    fn a_pack_reads_back_as_it_was_written() {
        let pack = pack();
        assert_eq!(FontPack::from_bytes(&pack.to_bytes()), Ok(pack.clone()));
        assert_eq!(pack.glyph('A'), Some(2));
        assert_eq!(pack.glyph('Ł'), None);
        assert!((pack.width(2) - 1401.0 * 1000.0 / 2048.0).abs() < 1e-9);
    }

    #[test]
    fn a_damaged_pack_is_refused_with_a_reason() {
        let bytes = pack().to_bytes();
        assert!(FontPack::from_bytes(&bytes[..bytes.len() - 1]).is_err(), "cut short");
        assert!(FontPack::from_bytes(b"PDF!").is_err(), "not a pack");
        let mut bad = pack();
        bad.characters.push((0x42, 9));
        assert!(FontPack::from_bytes(&bad.to_bytes()).is_err(), "a glyph that is not there");
        let mut huge = bytes.clone();
        // The character count, just after the fixed header, claims far more than follows.
        let at = 4 + 1 + "Test-Sans".len() + 2 * 10;
        huge[at..at + 4].copy_from_slice(&u32::MAX.to_le_bytes());
        assert!(FontPack::from_bytes(&huge).is_err());
    }

    /// The generated table says exactly what the committed packs show.
    #[test]
    fn the_coverage_table_matches_the_packs() {
        let fonts = test_fonts();
        for code in (0..0x3_0000).filter_map(char::from_u32) {
            let both = fonts.regular.glyph(code).is_some() && fonts.bold.glyph(code).is_some();
            assert_eq!(printable(code), both || code.is_whitespace(), "{code:?}");
        }
        assert_eq!(unprintable("Łódź 😀 中 😀"), vec!['😀', '中']);
    }

    #[test]
    fn unprintable_characters_are_listed_once_in_order() {
        assert_eq!(unprintable("A 中 A 😀 中\n"), vec!['中', '😀']);
    }
}
