//! Laid-out pages to PDF bytes.
//!
//! Text is drawn in the embedded fonts ([`super::embed`]), so every learner's words print in
//! their own letters and stay selectable and searchable. Charts are drawn as vector paths from
//! the same shapes the SVG uses. The file itself is written by [`super::syntax`]: a results PDF needs
//! a dozen kinds of object, and writing them directly keeps general float formatting out of
//! the wasm (see that module).

use crate::model::chart::{Anchor, Chart, Ink, Shape};

use super::embed::Embedder;
use super::layout::{Document, Item, Placed, Tone};
use super::structure::{NodeId, Structure};
use super::syntax::{Content, PdfFile, literal, text_string};
use super::text::{Face, width};

const REGULAR: &str = "F1";
const BOLD: &str = "F2";
/// Table and writing rules: the widget's border colour.
const RULE: u32 = 0xc5ccd8;

/// What goes into the document information dictionary. Never learner data.
pub struct Metadata<'a> {
    pub title: &'a str,
    /// The document's language, `en`, `de`, …: screen readers pick their voice by it.
    pub language: &'a str,
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

/// Where text is drawn: a page's content, and the fonts that number its glyphs.
struct Pen<'p, 'f> {
    content: &'p mut Content,
    fonts: &'p mut Embedder<'f>,
}

impl Pen<'_, '_> {
    fn text(&mut self, x: f64, y: f64, face: Face, size: f64, color: u32, text: &str) {
        self.content.fill_colour(color);
        let runs = self.fonts.runs(face, text);
        self.content.show_glyphs(font_name(face), size, x, y, &runs);
    }
}

/// Draws `chart` with its top-left corner at (`x`, `top`) in PDF coordinates (y up).
fn draw_chart(pen: &mut Pen, document: &Document, chart: &Chart, x: f64, top: f64, scale: f64) {
    let content = &mut *pen.content;
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
            Shape::Squares { corners, size, ink } => {
                content.fill_colour(ink_rgb(*ink));
                for (sx, sy) in corners {
                    content.rect(px(*sx), py(sy + size), size * scale, size * scale);
                }
                content.fill();
            }
            Shape::Text { x: tx, y: ty, text: words, size, anchor, bold, ink } => {
                let face = if *bold { Face::Bold } else { Face::Regular };
                let size = size * scale;
                let shift = match anchor {
                    Anchor::Start => 0.0,
                    Anchor::Middle => width(&document.fonts, words, face, size) / 2.0,
                    Anchor::End => width(&document.fonts, words, face, size),
                };
                Pen { content: &mut *content, fonts: &mut *pen.fonts }.text(
                    px(*tx) - shift,
                    py(*ty),
                    face,
                    size,
                    ink_rgb(*ink),
                    words,
                );
            }
        }
    }
}

/// What a structure element holds, in reading order.
enum Kid {
    Element(NodeId),
    /// A marked-content sequence: its page and its id on that page.
    Content {
        page: usize,
        mcid: usize,
    },
    /// A link annotation: its page and its object id.
    Annotation {
        page: usize,
        object: usize,
    },
}

/// The structure tree as the pages are written: each element's kids in the order they were
/// drawn, and what each page's marked content belongs to (the parent tree).
struct Tagging {
    kids: Vec<Vec<Kid>>,
    placed: Vec<bool>,
    /// Per page, the element of each marked-content id.
    page_contents: Vec<Vec<NodeId>>,
    /// Each link annotation's element, keyed after the pages in the parent tree.
    annotations: Vec<NodeId>,
    /// A figure's box on its page, in PDF coordinates: left, bottom, right, top.
    boxes: Vec<Option<[f64; 4]>>,
}

impl Tagging {
    fn new(document: &Document) -> Tagging {
        let nodes = document.structure.nodes.len();
        Tagging {
            kids: (0..nodes).map(|_| Vec::new()).collect(),
            placed: vec![false; nodes],
            page_contents: vec![Vec::new(); document.pages.len()],
            annotations: Vec::new(),
            boxes: vec![None; nodes],
        }
    }

    /// Lists `node` in its parent the first time it holds anything, so that every element
    /// sits in its parent in the order it is drawn.
    fn place(&mut self, structure: &Structure, node: NodeId) {
        if self.placed.get(node).copied().unwrap_or(true) {
            return;
        }
        self.placed[node] = true;
        if let Some(parent) = structure.nodes[node].parent {
            self.place(structure, parent);
            self.kids[parent].push(Kid::Element(node));
        }
    }

    fn content(&mut self, structure: &Structure, page: usize, node: NodeId) -> usize {
        self.place(structure, node);
        let mcid = self.page_contents[page].len();
        self.page_contents[page].push(node);
        self.kids[node].push(Kid::Content { page, mcid });
        mcid
    }
}

/// The finished PDF file, tagged: every drawn piece is either marked content of a structure
/// element or an artifact.
pub fn write(document: &Document, metadata: &Metadata) -> Vec<u8> {
    let structure = &document.structure;
    let mut file = PdfFile::new();
    // Fixed ids first; pages, their content streams, link annotations and the structure
    // elements follow.
    let (catalog, tree, regular, bold, info, struct_root, parent_tree) = (1, 2, 3, 4, 5, 6, 7);
    let first_page = 8;
    let page_ids: Vec<usize> = (0..document.pages.len()).map(|i| first_page + 2 * i).collect();
    let mut next_id = first_page + 2 * page_ids.len();

    file.object(
        catalog,
        &format!(
            "<< /Type /Catalog /Pages {tree} 0 R /StructTreeRoot {struct_root} 0 R /MarkInfo << /Marked true >> \
             /Lang {} /ViewerPreferences << /DisplayDocTitle true >> >>",
            literal(metadata.language.as_bytes())
        ),
    );
    let kids: Vec<String> = page_ids.iter().map(|id| format!("{id} 0 R")).collect();
    file.object(tree, &format!("<< /Type /Pages /Kids [{}] /Count {} >>", kids.join(" "), page_ids.len()));
    let mut fonts = Embedder::new(&document.fonts);

    let mut tagging = Tagging::new(document);
    let media_box = format!("[0 0 {} {}]", Content::number(document.width), Content::number(document.height));
    for (index, (page, &page_id)) in document.pages.iter().zip(&page_ids).enumerate() {
        let content_id = page_id + 1;
        let mut content = Content::default();
        let mut links: Vec<(usize, String)> = Vec::new();
        // The element whose marked content is open, or `Some(None)` for an open artifact.
        let mut open: Option<Option<NodeId>> = None;
        for Placed { item, node } in &page.items {
            if let Item::Link { x, y, width, height, url, label } = item {
                // An annotation is not page content: it joins its element's kids directly.
                let bottom = document.height - y - height;
                let rect = [*x, bottom, x + width, bottom + height].map(Content::number).join(" ");
                let mut annotation = format!(
                    "<< /Type /Annot /Subtype /Link /Rect [{rect}] /Border [0 0 0] /Contents {} /A << /S /URI /URI {} >>",
                    text_string(label),
                    literal(url.as_bytes())
                );
                if let Some(node) = *node {
                    let key = document.pages.len() + tagging.annotations.len();
                    annotation.push_str(&format!(" /StructParent {key}"));
                    tagging.place(structure, node);
                    tagging.kids[node].push(Kid::Annotation { page: index, object: next_id });
                    tagging.annotations.push(node);
                }
                annotation.push_str(" >>");
                links.push((next_id, annotation));
                next_id += 1;
                continue;
            }
            if open != Some(*node) {
                if open.is_some() {
                    content.end_marked();
                }
                match *node {
                    Some(element) => {
                        let mcid = tagging.content(structure, index, element);
                        content.begin_marked(structure.nodes[element].role.name(), mcid);
                    }
                    None => content.begin_artifact(),
                }
                open = Some(*node);
            }
            match item {
                Item::Text { x, y, text: words, face, size, tone } => {
                    let mut pen = Pen { content: &mut content, fonts: &mut fonts };
                    pen.text(*x, document.height - y, *face, *size, tone_rgb(*tone), words);
                }
                Item::Rule { x1, y1, x2, y2 } => {
                    // Dark enough to write along when printed, light enough to stay quiet.
                    content.stroke_colour(RULE);
                    content.line(0.75, (*x1, document.height - y1), (*x2, document.height - y2));
                }
                Item::Chart { chart, x, y, scale } => {
                    let top = document.height - y;
                    let mut pen = Pen { content: &mut content, fonts: &mut fonts };
                    draw_chart(&mut pen, document, chart, *x, top, *scale);
                    if let Some(element) = *node {
                        tagging.boxes[element] =
                            Some([*x, top - chart.height * scale, x + chart.width * scale, top]);
                    }
                }
                Item::Link { .. } => {}
            }
        }
        if open.is_some() {
            content.end_marked();
        }
        let annotations = if links.is_empty() {
            String::new()
        } else {
            let ids: Vec<String> = links.iter().map(|(id, _)| format!("{id} 0 R")).collect();
            format!(" /Annots [{}]", ids.join(" "))
        };
        // Tab order follows the structure, as PDF/UA asks of pages with annotations.
        file.object(
            page_id,
            &format!(
                "<< /Type /Page /Parent {tree} 0 R /MediaBox {media_box} /Contents {content_id} 0 R \
                 /Resources << /Font << /{REGULAR} {regular} 0 R /{BOLD} {bold} 0 R >> >>{annotations} \
                 /StructParents {index} /Tabs /S >>"
            ),
        );
        file.stream(content_id, content.bytes());
        for (id, annotation) in links {
            file.object(id, &annotation);
        }
    }

    let next_id = fonts.write(&mut file, [regular, bold], next_id);
    write_structure(&mut file, structure, &tagging, &page_ids, (struct_root, parent_tree, next_id));

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

/// The structure tree root, one object per element that holds anything, and the parent tree
/// that leads from marked content and annotations back to their elements. `ids` are the
/// root's, the parent tree's and the first element's.
fn write_structure(
    file: &mut PdfFile,
    structure: &Structure,
    tagging: &Tagging,
    page_ids: &[usize],
    (struct_root, parent_tree, first_element): (usize, usize, usize),
) {
    let element_id = |node: NodeId| first_element + node;
    let reference = |node: NodeId| format!("{} 0 R", element_id(node));
    for (node, found) in structure.nodes.iter().enumerate() {
        // Elements left empty (a list with no items) are not written, nor referred to.
        if !tagging.placed.get(node).copied().unwrap_or(false) && node != 0 {
            continue;
        }
        let parent = found.parent.map_or_else(|| format!("{struct_root} 0 R"), reference);
        let kids: Vec<String> = tagging.kids[node]
            .iter()
            .map(|kid| match kid {
                Kid::Element(child) => reference(*child),
                Kid::Content { page, mcid } => {
                    format!("<< /Type /MCR /Pg {} 0 R /MCID {mcid} >>", page_ids[*page])
                }
                Kid::Annotation { page, object } => {
                    format!("<< /Type /OBJR /Pg {} 0 R /Obj {object} 0 R >>", page_ids[*page])
                }
            })
            .collect();
        let mut body =
            format!("<< /Type /StructElem /S /{} /P {parent} /K [{}]", found.role.name(), kids.join(" "));
        if let Some(alt) = &found.alt {
            body.push_str(&format!(" /Alt {}", text_string(alt)));
        }
        if let Some(bounds) = tagging.boxes[node] {
            let bounds = bounds.map(Content::number).join(" ");
            body.push_str(&format!(" /A << /O /Layout /BBox [{bounds}] >>"));
        }
        body.push_str(" >>");
        file.object(element_id(node), &body);
    }
    file.object(
        struct_root,
        &format!("<< /Type /StructTreeRoot /K [{}] /ParentTree {parent_tree} 0 R >>", reference(0)),
    );

    let mut numbers: Vec<String> = Vec::new();
    for (page, contents) in tagging.page_contents.iter().enumerate() {
        let refs: Vec<String> = contents.iter().map(|&node| reference(node)).collect();
        numbers.push(format!("{page} [{}]", refs.join(" ")));
    }
    for (i, &node) in tagging.annotations.iter().enumerate() {
        numbers.push(format!("{} {}", page_ids.len() + i, reference(node)));
    }
    file.object(parent_tree, &format!("<< /Nums [{}] >>", numbers.join(" ")));
}
