//! Laid-out pages to PDF bytes.
//!
//! Text uses the standard Helvetica fonts with WinAnsiEncoding, so nothing is embedded and
//! the text stays selectable and searchable. Charts are drawn as vector paths from the same
//! shapes the SVG uses. The file itself is written by [`super::syntax`]: a results PDF needs
//! a dozen kinds of object, and writing them directly keeps general float formatting out of
//! the wasm (see that module).

use crate::model::chart::{Anchor, Chart, Ink, Shape};

use super::layout::{Document, Item, Tone};
use super::syntax::{Content, PdfFile, literal, text_string};
use super::text::{Face, encode, width};

const REGULAR: &str = "F1";
const BOLD: &str = "F2";
/// Table and writing rules: the widget's border colour.
const RULE: u32 = 0xc5ccd8;

/// What goes into the document information dictionary. Never learner data.
pub struct Metadata<'a> {
    pub title: &'a str,
    pub subject: &'a str,
    pub year: u16,
    pub month: u8,
    pub day: u8,
}

/// Print colours for each chart role: the light theme of `styles/leadership-balance.css`.
fn ink_rgb(ink: Ink) -> u32 {
    let hex: u32 = match ink {
        Ink::Leadership => 0x1f6f5c,
        Ink::Management => 0x7a4a00,
        Ink::ManagementTint => 0xfbe7c6,
        Ink::Track => 0xe3e7ee,
        Ink::Structure => 0x5b6676,
        Ink::Text => 0x1c2430,
        Ink::MutedText => 0x4f5b6b,
    };
    hex
}

fn tone_rgb(tone: Tone) -> u32 {
    match tone {
        Tone::Normal => ink_rgb(Ink::Text),
        Tone::Muted => ink_rgb(Ink::MutedText),
        Tone::Accent => 0x2450a6,
    }
}

fn font_name(face: Face) -> &'static str {
    match face {
        Face::Regular => REGULAR,
        Face::Bold => BOLD,
    }
}

fn text(content: &mut Content, x: f64, y: f64, face: Face, size: f64, color: u32, text: &str) {
    content.fill_colour(color);
    content.show_text(font_name(face), size, x, y, &encode(text));
}

/// Draws `chart` with its top-left corner at (`x`, `top`) in PDF coordinates (y up).
fn draw_chart(content: &mut Content, chart: &Chart, x: f64, top: f64, scale: f64) {
    let px = |cx: f64| x + cx * scale;
    let py = |cy: f64| top - cy * scale;
    for shape in &chart.shapes {
        match shape {
            Shape::Rect { x: rx, y: ry, width: w, height: h, ink } => {
                content.fill_colour(ink_rgb(*ink));
                content.rect(px(*rx), py(ry + h), w * scale, h * scale);
                content.fill();
            }
            Shape::Line { x1, y1, x2, y2, width: w, ink } => {
                content.stroke_colour(ink_rgb(*ink));
                content.line(w * scale, (px(*x1), py(*y1)), (px(*x2), py(*y2)));
            }
            Shape::Polygon { points, ink } => {
                content.fill_colour(ink_rgb(*ink));
                let corners: Vec<(f64, f64)> = points.iter().map(|(cx, cy)| (px(*cx), py(*cy))).collect();
                content.polygon(&corners);
            }
            Shape::Text { x: tx, y: ty, text: words, size, anchor, bold, ink } => {
                let face = if *bold { Face::Bold } else { Face::Regular };
                let size = size * scale;
                let shift = match anchor {
                    Anchor::Start => 0.0,
                    Anchor::Middle => width(words, face, size) / 2.0,
                    Anchor::End => width(words, face, size),
                };
                text(content, px(*tx) - shift, py(*ty), face, size, ink_rgb(*ink), words);
            }
        }
    }
}

/// The finished PDF file.
pub fn write(document: &Document, metadata: &Metadata) -> Vec<u8> {
    let mut file = PdfFile::new();
    // Fixed ids first; pages, their content streams and link annotations follow.
    let (catalog, tree, regular, bold, info) = (1, 2, 3, 4, 5);
    let first_page = 6;
    let page_ids: Vec<usize> = (0..document.pages.len()).map(|i| first_page + 2 * i).collect();
    let mut next_id = first_page + 2 * page_ids.len();

    file.object(catalog, &format!("<< /Type /Catalog /Pages {tree} 0 R >>"));
    let kids: Vec<String> = page_ids.iter().map(|id| format!("{id} 0 R")).collect();
    file.object(tree, &format!("<< /Type /Pages /Kids [{}] /Count {} >>", kids.join(" "), page_ids.len()));
    for (id, name) in [(regular, "Helvetica"), (bold, "Helvetica-Bold")] {
        file.object(
            id,
            &format!("<< /Type /Font /Subtype /Type1 /BaseFont /{name} /Encoding /WinAnsiEncoding >>"),
        );
    }

    let media_box = format!("[0 0 {} {}]", Content::number(document.width), Content::number(document.height));
    for (page, &page_id) in document.pages.iter().zip(&page_ids) {
        let content_id = page_id + 1;
        let mut content = Content::default();
        let mut links: Vec<(usize, String)> = Vec::new();
        for item in &page.items {
            match item {
                Item::Text { x, y, text: words, face, size, tone } => {
                    text(&mut content, *x, document.height - y, *face, *size, tone_rgb(*tone), words);
                }
                Item::Rule { x1, y1, x2, y2 } => {
                    // Dark enough to write along when printed, light enough to stay quiet.
                    content.stroke_colour(RULE);
                    content.line(0.75, (*x1, document.height - y1), (*x2, document.height - y2));
                }
                Item::Chart { chart, x, y, scale } => {
                    draw_chart(&mut content, chart, *x, document.height - y, *scale)
                }
                Item::Link { x, y, width, height, url } => {
                    let bottom = document.height - y - height;
                    let rect = [*x, bottom, x + width, bottom + height].map(Content::number).join(" ");
                    let annotation = format!(
                        "<< /Type /Annot /Subtype /Link /Rect [{rect}] /Border [0 0 0] /A << /S /URI /URI {} >> >>",
                        literal(url.as_bytes())
                    );
                    links.push((next_id, annotation));
                    next_id += 1;
                }
            }
        }
        let annotations = if links.is_empty() {
            String::new()
        } else {
            let ids: Vec<String> = links.iter().map(|(id, _)| format!("{id} 0 R")).collect();
            format!(" /Annots [{}]", ids.join(" "))
        };
        file.object(
            page_id,
            &format!(
                "<< /Type /Page /Parent {tree} 0 R /MediaBox {media_box} /Contents {content_id} 0 R \
                 /Resources << /Font << /{REGULAR} {regular} 0 R /{BOLD} {bold} 0 R >> >>{annotations} >>"
            ),
        );
        file.stream(content_id, content.bytes());
        for (id, annotation) in links {
            file.object(id, &annotation);
        }
    }

    let date = format!("D:{:04}{:02}{:02}", metadata.year, metadata.month, metadata.day);
    file.object(
        info,
        &format!(
            "<< /Title {} /Subject {} /Producer {} /CreationDate {} >>",
            text_string(metadata.title),
            text_string(metadata.subject),
            text_string("Leadership Balance"),
            literal(date.as_bytes())
        ),
    );
    file.finish(catalog, info)
}
