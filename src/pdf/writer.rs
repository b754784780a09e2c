//! Laid-out pages to PDF bytes, with pdf-writer.
//!
//! Text uses the standard Helvetica fonts with WinAnsiEncoding, so nothing is embedded and
//! the text stays selectable and searchable. Charts are drawn as vector paths from the same
//! shapes the SVG uses.

use pdf_writer::types::{ActionType, AnnotationType};
use pdf_writer::{Content, Date, Finish, Name, Pdf, Rect, Ref, Str, TextStr};

use crate::model::chart::{Anchor, Chart, Ink, Shape};

use super::layout::{Document, Item, Tone};
use super::text::{Face, encode, width};

const REGULAR: Name<'static> = Name(b"F1");
const BOLD: Name<'static> = Name(b"F2");
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

/// Print colours for each chart role: the light theme of `styles/widget.css`.
fn ink_rgb(ink: Ink) -> (f32, f32, f32) {
    let hex: u32 = match ink {
        Ink::Leadership => 0x1f6f5c,
        Ink::Management => 0x7a4a00,
        Ink::ManagementTint => 0xfbe7c6,
        Ink::Track => 0xe3e7ee,
        Ink::Structure => 0x5b6676,
        Ink::Text => 0x1c2430,
        Ink::MutedText => 0x4f5b6b,
    };
    rgb(hex)
}

fn rgb(hex: u32) -> (f32, f32, f32) {
    let channel = |shift: u32| ((hex >> shift) & 0xff) as f32 / 255.0;
    (channel(16), channel(8), channel(0))
}

fn tone_rgb(tone: Tone) -> (f32, f32, f32) {
    match tone {
        Tone::Normal => ink_rgb(Ink::Text),
        Tone::Muted => ink_rgb(Ink::MutedText),
        Tone::Accent => rgb(0x2450a6),
    }
}

fn font_name(face: Face) -> Name<'static> {
    match face {
        Face::Regular => REGULAR,
        Face::Bold => BOLD,
    }
}

fn text(content: &mut Content, x: f64, y: f64, face: Face, size: f64, color: (f32, f32, f32), text: &str) {
    let (r, g, b) = color;
    content.set_fill_rgb(r, g, b);
    content.begin_text();
    content.set_font(font_name(face), size as f32);
    content.next_line(x as f32, y as f32);
    content.show(Str(&encode(text)));
    content.end_text();
}

/// Draws `chart` with its top-left corner at (`x`, `top`) in PDF coordinates (y up).
fn draw_chart(content: &mut Content, chart: &Chart, x: f64, top: f64, scale: f64) {
    let px = |cx: f64| (x + cx * scale) as f32;
    let py = |cy: f64| (top - cy * scale) as f32;
    for shape in &chart.shapes {
        match shape {
            Shape::Rect { x: rx, y: ry, width: w, height: h, ink } => {
                let (r, g, b) = ink_rgb(*ink);
                content.set_fill_rgb(r, g, b);
                content.rect(px(*rx), py(ry + h), (w * scale) as f32, (h * scale) as f32);
                content.fill_nonzero();
            }
            Shape::Line { x1, y1, x2, y2, width: w, ink } => {
                let (r, g, b) = ink_rgb(*ink);
                content.set_stroke_rgb(r, g, b);
                content.set_line_width((w * scale) as f32);
                content.move_to(px(*x1), py(*y1));
                content.line_to(px(*x2), py(*y2));
                content.stroke();
            }
            Shape::Polygon { points, ink } => {
                let (r, g, b) = ink_rgb(*ink);
                content.set_fill_rgb(r, g, b);
                for (i, (cx, cy)) in points.iter().enumerate() {
                    if i == 0 {
                        content.move_to(px(*cx), py(*cy));
                    } else {
                        content.line_to(px(*cx), py(*cy));
                    }
                }
                content.close_path();
                content.fill_nonzero();
            }
            Shape::Text { x: tx, y: ty, text: words, size, anchor, bold, ink } => {
                let face = if *bold { Face::Bold } else { Face::Regular };
                let size = size * scale;
                let shift = match anchor {
                    Anchor::Start => 0.0,
                    Anchor::Middle => width(words, face, size) / 2.0,
                    Anchor::End => width(words, face, size),
                };
                text(
                    content,
                    f64::from(px(*tx)) - shift,
                    f64::from(py(*ty)),
                    face,
                    size,
                    ink_rgb(*ink),
                    words,
                );
            }
        }
    }
}

/// The finished PDF file.
pub fn write(document: &Document, metadata: &Metadata) -> Vec<u8> {
    let mut pdf = Pdf::new();
    let catalog = Ref::new(1);
    let tree = Ref::new(2);
    let regular = Ref::new(3);
    let bold = Ref::new(4);
    let info = Ref::new(5);
    let first_page = 6;
    // Each page takes two ids: the page and its content stream.
    let page_ids: Vec<(Ref, Ref)> = (0..document.pages.len())
        .map(|i| {
            let id = first_page + 2 * i as i32;
            (Ref::new(id), Ref::new(id + 1))
        })
        .collect();

    pdf.catalog(catalog).pages(tree);
    pdf.pages(tree).kids(page_ids.iter().map(|(page, _)| *page)).count(page_ids.len() as i32);
    for (id, name) in [(regular, b"Helvetica".as_slice()), (bold, b"Helvetica-Bold".as_slice())] {
        pdf.type1_font(id).base_font(Name(name)).encoding_predefined(Name(b"WinAnsiEncoding"));
    }

    // Link annotations take ids after all pages.
    let mut next_id = first_page + 2 * page_ids.len() as i32;
    for (page, (page_id, content_id)) in document.pages.iter().zip(&page_ids) {
        let mut content = Content::new();
        let mut links: Vec<(Ref, Rect, String)> = Vec::new();
        for item in &page.items {
            match item {
                Item::Text { x, y, text: words, face, size, tone } => {
                    text(&mut content, *x, document.height - y, *face, *size, tone_rgb(*tone), words);
                }
                Item::Rule { x1, y1, x2, y2 } => {
                    // Dark enough to write along when printed, light enough to stay quiet.
                    let (r, g, b) = rgb(RULE);
                    content.set_stroke_rgb(r, g, b);
                    content.set_line_width(0.75);
                    content.move_to(*x1 as f32, (document.height - y1) as f32);
                    content.line_to(*x2 as f32, (document.height - y2) as f32);
                    content.stroke();
                }
                Item::Chart { chart, x, y, scale } => {
                    draw_chart(&mut content, chart, *x, document.height - y, *scale)
                }
                Item::Link { x, y, width, height, url } => {
                    let bottom = document.height - y - height;
                    let rect =
                        Rect::new(*x as f32, bottom as f32, (x + width) as f32, (bottom + height) as f32);
                    links.push((Ref::new(next_id), rect, url.clone()));
                    next_id += 1;
                }
            }
        }
        let mut writer = pdf.page(*page_id);
        writer.parent(tree).media_box(Rect::new(0.0, 0.0, document.width as f32, document.height as f32));
        writer.contents(*content_id);
        writer.resources().fonts().pair(REGULAR, regular).pair(BOLD, bold);
        if !links.is_empty() {
            writer.annotations(links.iter().map(|(id, _, _)| *id));
        }
        writer.finish();
        pdf.stream(*content_id, &content.finish());
        for (id, rect, url) in links {
            let mut annotation = pdf.annotation(id);
            annotation.subtype(AnnotationType::Link).rect(rect).border(0.0, 0.0, 0.0, None);
            annotation.action().action_type(ActionType::Uri).uri(Str(url.as_bytes()));
        }
    }

    let mut info_writer = pdf.document_info(info);
    info_writer
        .title(TextStr(metadata.title))
        .subject(TextStr(metadata.subject))
        .producer(TextStr("Leadership Balance"))
        .creation_date(Date::new(metadata.year).month(metadata.month).day(metadata.day));
    info_writer.finish();
    pdf.finish()
}
