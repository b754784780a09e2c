//! PDF file syntax: objects, streams, the cross-reference table, strings, numbers, and the
//! few content-stream operators the results need, marked content for tagging included.
//!
//! Why not a PDF library: the results PDF needs a catalog, a page tree, two standard fonts,
//! pages, content streams, link annotations and an info dictionary, nothing more. The library
//! used before (pdf-writer) writes every number through `f32`, which linked Rust's general
//! float formatting into the wasm for values this document never has; writing the syntax here,
//! with numbers in fixed point, made the gzipped wasm smaller (docs/performance.md). The
//! output is checked with `qpdf --check`, `pdftotext` and `pdftoppm` in `tests/pdf.rs`.

use crate::decimal::format_decimal;
use crate::model::ordering::sort_small;

/// A PDF file being written: objects are appended, and their byte offsets kept for the
/// cross-reference table.
pub struct PdfFile {
    bytes: Vec<u8>,
    offsets: Vec<(usize, usize)>,
}

impl Default for PdfFile {
    fn default() -> PdfFile {
        PdfFile::new()
    }
}

impl PdfFile {
    pub fn new() -> PdfFile {
        // The comment of high bytes tells transfer tools that the file is binary.
        let mut bytes = b"%PDF-1.7\n%".to_vec();
        bytes.extend_from_slice(&[0xE2, 0xE3, 0xCF, 0xD3, b'\n']);
        PdfFile { bytes, offsets: Vec::new() }
    }

    /// Object `id` holding `body` (a dictionary or array in PDF syntax).
    pub fn object(&mut self, id: usize, body: &str) {
        self.offsets.push((id, self.bytes.len()));
        self.bytes.extend_from_slice(format!("{id} 0 obj\n{body}\nendobj\n").as_bytes());
    }

    /// Object `id` as a stream of `data`, deflated: a page's content is mostly glyph numbers
    /// in hexadecimal, which shrink to about a fifth.
    pub fn stream(&mut self, id: usize, data: &[u8]) {
        let deflated = miniz_oxide::deflate::compress_to_vec_zlib(data, 6);
        self.stream_with(id, " /Filter /FlateDecode", &deflated);
    }

    /// Object `id` as a stream of `data` as given, with more entries in its dictionary
    /// (` /Length1 42 /Filter /FlateDecode` when `data` is deflated already).
    pub fn stream_with(&mut self, id: usize, entries: &str, data: &[u8]) {
        self.offsets.push((id, self.bytes.len()));
        self.bytes.extend_from_slice(
            format!("{id} 0 obj\n<< /Length {}{entries} >>\nstream\n", data.len()).as_bytes(),
        );
        self.bytes.extend_from_slice(data);
        self.bytes.extend_from_slice(b"\nendstream\nendobj\n");
    }

    /// The file, with its cross-reference table and trailer. Ids never written are listed as
    /// free, so the table is valid whatever ids were used.
    pub fn finish(mut self, root: usize, info: usize) -> Vec<u8> {
        sort_small(&mut self.offsets, |a, b| a.0.cmp(&b.0));
        let size = self.offsets.last().map_or(1, |(id, _)| id + 1);
        let table_at = self.bytes.len();
        let mut table = format!("xref\n0 {size}\n0000000000 65535 f \n");
        for id in 1..size {
            match self.offsets.iter().find(|(i, _)| *i == id) {
                // Each entry is exactly 20 bytes, end of line included.
                Some((_, offset)) => table.push_str(&format!("{offset:010} 00000 n \n")),
                None => table.push_str("0000000000 65535 f \n"),
            }
        }
        table.push_str(&format!(
            "trailer\n<< /Size {size} /Root {root} 0 R /Info {info} 0 R >>\nstartxref\n{table_at}\n%%EOF\n"
        ));
        self.bytes.extend_from_slice(table.as_bytes());
        self.bytes
    }
}

/// `bytes` as a PDF literal string: printable ASCII as it is, `(`, `)` and `\` escaped, and
/// everything else as an octal escape, so the result is plain ASCII.
pub fn literal(bytes: &[u8]) -> String {
    let mut text = String::with_capacity(bytes.len() + 2);
    text.push('(');
    for &b in bytes {
        match b {
            b'(' | b')' | b'\\' => {
                text.push('\\');
                text.push(char::from(b));
            }
            0x20..=0x7E => text.push(char::from(b)),
            _ => text.push_str(&format!("\\{b:03o}")),
        }
    }
    text.push(')');
    text
}

/// A text string for the document information: ASCII as a literal, anything else as
/// UTF-16BE with its byte-order mark, which every reader shows correctly.
pub fn text_string(text: &str) -> String {
    if text.bytes().all(|b| (0x20..=0x7E).contains(&b)) {
        return literal(text.as_bytes());
    }
    let mut hex = String::from("<FEFF");
    for unit in text.encode_utf16() {
        hex.push_str(&format!("{unit:04X}"));
    }
    hex.push('>');
    hex
}

/// Glyphs drawn in one go, in a two-byte font.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum GlyphRun {
    Shown(Vec<u16>),
    /// Replacement marks for `actual`, characters no glyph of the font shows.
    StandIn {
        glyphs: Vec<u16>,
        actual: String,
    },
}

/// A page's content stream.
#[derive(Default)]
pub struct Content {
    text: String,
}

impl Content {
    /// A number as PDF writes it: at most three decimals, no exponent, no `-0`. A thousandth
    /// of a point is far below what any printer or screen can show.
    ///
    /// ```
    /// use leadership_balance::pdf::syntax::Content;
    /// assert_eq!(Content::number(841.89), "841.89");
    /// assert_eq!(Content::number(12.0), "12");
    /// assert_eq!(Content::number(-0.0004), "0");
    /// assert_eq!(Content::number(0.123456), "0.123");
    /// ```
    pub fn number(value: f64) -> String {
        format_decimal(value, 3)
    }

    fn op(&mut self, operands: &[f64], operator: &str) {
        for value in operands {
            self.text.push_str(&Content::number(*value));
            self.text.push(' ');
        }
        self.text.push_str(operator);
        self.text.push('\n');
    }

    fn channels(colour: u32) -> [f64; 3] {
        [16, 8, 0].map(|shift| f64::from((colour >> shift) & 0xff) / 255.0)
    }

    /// The fill colour (also the colour of text), as `0xrrggbb`.
    pub fn fill_colour(&mut self, colour: u32) {
        self.op(&Content::channels(colour), "rg");
    }

    pub fn stroke_colour(&mut self, colour: u32) {
        self.op(&Content::channels(colour), "RG");
    }

    /// One line of text in a two-byte (Identity-H) font, its baseline starting at (`x`, `y`):
    /// the glyphs of each run, and for a run that stands in for characters no glyph shows,
    /// those characters as its `ActualText`, so that copying or reading the line aloud gives
    /// the learner's own words.
    pub fn show_glyphs(&mut self, font: &str, size: f64, x: f64, y: f64, runs: &[GlyphRun]) {
        self.text.push_str("BT\n/");
        self.text.push_str(font);
        self.text.push(' ');
        self.op(&[size], "Tf");
        self.op(&[x, y], "Td");
        for run in runs {
            let hex = |glyphs: &[u16]| -> String {
                let digits: String = glyphs.iter().map(|g| format!("{g:04X}")).collect();
                format!("<{digits}> Tj\n")
            };
            match run {
                GlyphRun::Shown(glyphs) => self.text.push_str(&hex(glyphs)),
                GlyphRun::StandIn { glyphs, actual } => {
                    self.text.push_str(&format!("/Span << /ActualText {} >> BDC\n", text_string(actual)));
                    self.text.push_str(&hex(glyphs));
                    self.text.push_str("EMC\n");
                }
            }
        }
        self.text.push_str("ET\n");
    }

    /// A rectangle path from its lower-left corner; [`Content::fill`] paints it.
    pub fn rect(&mut self, x: f64, y: f64, width: f64, height: f64) {
        self.op(&[x, y, width, height], "re");
    }

    pub fn fill(&mut self) {
        self.text.push_str("f\n");
    }

    /// A stroked straight line.
    pub fn line(&mut self, width: f64, from: (f64, f64), to: (f64, f64)) {
        self.op(&[width], "w");
        self.op(&[from.0, from.1], "m");
        self.op(&[to.0, to.1], "l");
        self.text.push_str("S\n");
    }

    /// A filled polygon through `corners`.
    pub fn polygon(&mut self, corners: &[(f64, f64)]) {
        for (i, (x, y)) in corners.iter().enumerate() {
            self.op(&[*x, *y], if i == 0 { "m" } else { "l" });
        }
        self.text.push_str("h\nf\n");
    }

    /// Opens marked content `mcid` of a structure element with the standard type `role`.
    pub fn begin_marked(&mut self, role: &str, mcid: usize) {
        self.text.push_str(&format!("/{role} << /MCID {mcid} >> BDC\n"));
    }

    /// Opens an artifact: drawing a screen reader skips.
    pub fn begin_artifact(&mut self) {
        self.text.push_str("/Artifact BMC\n");
    }

    /// Closes what [`Content::begin_marked`] or [`Content::begin_artifact`] opened.
    pub fn end_marked(&mut self) {
        self.text.push_str("EMC\n");
    }

    pub fn bytes(&self) -> &[u8] {
        self.text.as_bytes()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn strings_escape_what_pdf_reserves_and_stay_ascii() {
        assert_eq!(literal(b"a(b)c\\d"), "(a\\(b\\)c\\\\d)");
        assert_eq!(literal(&[0xE9, b'\n', b'x']), "(\\351\\012x)");
        assert_eq!(text_string("Leadership Balance"), "(Leadership Balance)");
        assert_eq!(
            text_string("vos résultats"),
            "<FEFF0076006F00730020007200E900730075006C0074006100740073>"
        );
    }

    #[test]
    fn the_cross_reference_table_points_at_each_object() {
        let mut file = PdfFile::new();
        file.object(1, "<< /Type /Catalog >>");
        file.stream(3, b"0 0 m");
        let bytes = file.finish(1, 1);
        // One character per byte, so that string positions are byte offsets.
        let text: String = bytes.iter().map(|&b| if b < 0x80 { char::from(b) } else { '?' }).collect();
        let start: usize = text
            .rsplit("startxref\n")
            .next()
            .and_then(|t| t.lines().next())
            .and_then(|n| n.parse().ok())
            .unwrap_or(0);
        assert!(text[start..].starts_with("xref\n0 4\n"), "{text}");
        let entries: Vec<&str> = text[start..].lines().skip(2).take(4).collect();
        assert_eq!(entries[2], "0000000000 65535 f ", "the unused id 2 is free");
        for (id, entry) in [(1, entries[1]), (3, entries[3])] {
            let offset: usize = entry[..10].parse().unwrap_or(0);
            assert!(text[offset..].starts_with(&format!("{id} 0 obj")), "{entry}");
        }
    }

    #[test]
    fn numbers_round_to_thousandths_without_exponents() {
        for (value, expected) in [
            (0.0, "0"),
            (1.5, "1.5"),
            (-2.25, "-2.25"),
            (1e-9, "0"),
            (123456.7891, "123456.789"),
            (f64::NAN, "0"),
        ] {
            assert_eq!(Content::number(value), expected);
        }
    }
}
