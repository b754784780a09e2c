//! The fonts a PDF embeds: each face's glyphs numbered in the order the document first uses
//! them, the face's program cut to exactly those (`subsetter`), and a Type 0 font with
//! Identity-H encoding, the glyphs' widths and a ToUnicode map, so that every line can be
//! copied, searched and read aloud as the words it shows.

use std::collections::BTreeMap;

use subsetter::GlyphRemapper;

use super::font::{FontPack, Fonts};
use super::syntax::{Content, GlyphRun, PdfFile};
use super::text::{Face, printed};

/// One face as a document uses it.
struct FaceUse<'a> {
    pack: &'a FontPack,
    /// The pack's glyphs, renumbered in the order the document first uses them (glyph 0,
    /// .notdef, stays 0). The new numbers are the CIDs the content shows.
    glyphs: GlyphRemapper,
    /// What each CID stands for, for the ToUnicode map.
    unicode: BTreeMap<u16, String>,
}

impl FaceUse<'_> {
    fn cid(&mut self, glyph: u16, text: &str) -> u16 {
        let cid = self.glyphs.remap(glyph);
        self.unicode.entry(cid).or_insert_with(|| text.to_owned());
        cid
    }
}

/// The faces of one document, filled as its text is drawn, then written.
pub struct Embedder<'a> {
    faces: [FaceUse<'a>; 2],
}

impl<'a> Embedder<'a> {
    pub fn new(fonts: &'a Fonts) -> Embedder<'a> {
        let face = |pack| FaceUse { pack, glyphs: GlyphRemapper::new(), unicode: BTreeMap::new() };
        Embedder { faces: [face(&fonts.regular), face(&fonts.bold)] }
    }

    fn face(&mut self, face: Face) -> &mut FaceUse<'a> {
        match face {
            Face::Regular => &mut self.faces[0],
            Face::Bold => &mut self.faces[1],
        }
    }

    /// `text` as the runs of CIDs that show it in `face`: characters the font has, then
    /// stand-ins (the replacement mark) for those it has not, each run with its own text.
    pub fn runs(&mut self, face: Face, text: &str) -> Vec<GlyphRun> {
        let used = self.face(face);
        let mut runs: Vec<GlyphRun> = Vec::new();
        for c in text.chars() {
            let shown = c.is_whitespace() || used.pack.glyph(c).is_some();
            let glyph = printed(used.pack, c);
            let own = if c.is_whitespace() { ' ' } else { c };
            if shown {
                let cid = used.cid(glyph, own.encode_utf8(&mut [0; 4]));
                match runs.last_mut() {
                    Some(GlyphRun::Shown(glyphs)) => glyphs.push(cid),
                    _ => runs.push(GlyphRun::Shown(vec![cid])),
                }
            } else {
                let cid = used.cid(glyph, "\u{FFFD}");
                match runs.last_mut() {
                    Some(GlyphRun::StandIn { glyphs, actual }) => {
                        glyphs.push(cid);
                        actual.push(c);
                    }
                    _ => runs.push(GlyphRun::StandIn { glyphs: vec![cid], actual: c.to_string() }),
                }
            }
        }
        runs
    }

    /// Writes each face's Type 0 font as object `ids[face]`, and what it refers to as
    /// objects from `next_id` on; returns the next free id.
    pub fn write(self, file: &mut PdfFile, ids: [usize; 2], mut next_id: usize) -> usize {
        for (used, id) in self.faces.into_iter().zip(ids) {
            let [descendant, descriptor, program, to_unicode] = [0, 1, 2, 3].map(|i| next_id + i);
            next_id += 4;
            let pack = used.pack;
            let old: Vec<u16> = used.glyphs.remapped_gids().collect();
            let name = format!("{}+{}", tag(&old), pack.name);
            // The program cut to the document's glyphs, numbered as the content numbers them;
            // were that to fail, the whole program goes in with a map from CID to glyph.
            let (data, cid_to_gid) = match subsetter::subset(&pack.program, 0, &used.glyphs) {
                Ok(subset) => (subset, "/Identity".to_owned()),
                Err(_) => {
                    let map: Vec<u8> = old.iter().flat_map(|g| g.to_be_bytes()).collect();
                    file.stream(next_id, &map);
                    next_id += 1;
                    (pack.program.clone(), format!("{} 0 R", next_id - 1))
                }
            };
            let widths: Vec<String> = old.iter().map(|&g| Content::number(pack.width(g))).collect();
            file.object(
                id,
                &format!(
                    "<< /Type /Font /Subtype /Type0 /BaseFont /{name} /Encoding /Identity-H \
                     /DescendantFonts [{descendant} 0 R] /ToUnicode {to_unicode} 0 R >>"
                ),
            );
            file.object(
                descendant,
                &format!(
                    "<< /Type /Font /Subtype /CIDFontType2 /BaseFont /{name} \
                     /CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> \
                     /FontDescriptor {descriptor} 0 R /DW 1000 /W [0 [{}]] /CIDToGIDMap {cid_to_gid} >>",
                    widths.join(" ")
                ),
            );
            let m = pack.metrics;
            let em = |v: i16| Content::number(f64::from(v) * 1000.0 / f64::from(m.units_per_em));
            let bbox = m.bbox.map(em).join(" ");
            // A stem width from the weight, as font tools estimate it when a font gives none.
            let stem = 10.0 + 220.0 * (f64::from(m.weight) - 50.0) / 900.0;
            file.object(
                descriptor,
                &format!(
                    "<< /Type /FontDescriptor /FontName /{name} /Flags 32 /FontBBox [{bbox}] /ItalicAngle 0 \
                     /Ascent {} /Descent {} /CapHeight {} /StemV {} /FontFile2 {program} 0 R >>",
                    em(m.ascender),
                    em(m.descender),
                    em(m.cap_height),
                    Content::number(stem)
                ),
            );
            let deflated = miniz_oxide::deflate::compress_to_vec_zlib(&data, 6);
            file.stream_with(program, &format!(" /Length1 {} /Filter /FlateDecode", data.len()), &deflated);
            file.stream(to_unicode, to_unicode_map(&used.unicode).as_bytes());
        }
        next_id
    }
}

/// The six capital letters that mark a subset's name, from the glyphs it holds, so that two
/// different subsets of one font never share a name.
fn tag(glyphs: &[u16]) -> String {
    let mut hash: u32 = 0x811c_9dc5;
    for g in glyphs {
        for byte in g.to_be_bytes() {
            hash = (hash ^ u32::from(byte)).wrapping_mul(0x0100_0193);
        }
    }
    (0..6)
        .map(|i| {
            let letter = (hash >> (i * 5)) % 26;
            char::from(b'A' + u8::try_from(letter).unwrap_or(0))
        })
        .collect()
}

/// The ToUnicode CMap: each CID and the text it stands for, in UTF-16BE.
fn to_unicode_map(unicode: &BTreeMap<u16, String>) -> String {
    let mut map = String::from(
        "/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n\
         /CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n\
         /CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n\
         1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n",
    );
    let entries: Vec<(&u16, &String)> = unicode.iter().collect();
    // A CMap lists at most 100 mappings in one block.
    for block in entries.chunks(100) {
        map.push_str(&format!("{} beginbfchar\n", block.len()));
        for (cid, text) in block {
            let units: String = text.encode_utf16().map(|u| format!("{u:04X}")).collect();
            map.push_str(&format!("<{cid:04X}> <{units}>\n"));
        }
        map.push_str("endbfchar\n");
    }
    map.push_str("endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n");
    map
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::pdf::font::test_fonts;

    #[test]
    fn characters_become_cids_in_order_of_first_use_and_stand_ins_keep_their_text() {
        let fonts = test_fonts();
        let mut embedder = Embedder::new(&fonts);
        let runs = embedder.runs(Face::Regular, "Łą 😀中 a");
        assert_eq!(
            runs,
            vec![
                GlyphRun::Shown(vec![1, 2, 3]),
                GlyphRun::StandIn { glyphs: vec![4, 4], actual: "😀中".to_owned() },
                GlyphRun::Shown(vec![3, 5]),
            ]
        );
        let unicode = &embedder.faces[0].unicode;
        assert_eq!(unicode.get(&1).map(String::as_str), Some("Ł"));
        assert_eq!(unicode.get(&3).map(String::as_str), Some(" "));
        assert_eq!(unicode.get(&4).map(String::as_str), Some("\u{FFFD}"));
        let map = to_unicode_map(unicode);
        assert!(map.contains("<0001> <0141>\n"), "{map}");
        assert!(map.contains("5 beginbfchar\n"), "{map}");
    }

    #[test]
    fn a_subset_names_itself_by_its_glyphs() {
        assert_eq!(tag(&[0, 1, 2]).len(), 6);
        assert!(tag(&[0, 1, 2]).chars().all(|c| c.is_ascii_uppercase()));
        assert_ne!(tag(&[0, 1, 2]), tag(&[0, 1, 3]));
    }
}
