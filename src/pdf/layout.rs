//! Page layout: the results, placed top-down onto as many pages as they need.
//!
//! Everything here is plain geometry in points, with y growing downwards from the top of
//! the page, like the chart geometry it embeds. [`super::writer`] turns it into PDF bytes.

use crate::model::chart::Chart;

use super::text::{Face, width, wrap};
pub use crate::paper::Paper;

/// How a text is coloured.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Tone {
    Normal,
    Muted,
    Accent,
}

/// One thing drawn on a page.
#[derive(Clone, Debug, PartialEq)]
pub enum Item {
    /// `y` is the baseline; the text already fits where it is put.
    Text { x: f64, y: f64, text: String, face: Face, size: f64, tone: Tone },
    /// A thin grey rule.
    Rule { x1: f64, y1: f64, x2: f64, y2: f64 },
    /// A chart, its top-left corner at (`x`, `y`), drawn at `scale` points per chart unit.
    Chart { chart: Chart, x: f64, y: f64, scale: f64 },
    /// A clickable area, its top-left corner at (`x`, `y`), opening `url`.
    Link { x: f64, y: f64, width: f64, height: f64, url: String },
}

/// A laid-out page.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Page {
    pub items: Vec<Item>,
}

/// The laid-out document.
#[derive(Clone, Debug, PartialEq)]
pub struct Document {
    pub width: f64,
    pub height: f64,
    pub pages: Vec<Page>,
}

pub const MARGIN: f64 = 50.0;
/// Room kept free at the bottom of each page for the footer.
const FOOTER_SPACE: f64 = 24.0;

/// One column of [`Flow::side_by_side`]: its left edge, its width, and what fills it.
pub type Column<'a> = (f64, f64, &'a mut dyn FnMut(&mut Flow));

/// A cursor that places blocks from the top of a page and starts a new page when one is full.
pub struct Flow {
    width: f64,
    height: f64,
    pages: Vec<Page>,
    /// The current line's top.
    pub y: f64,
    /// Left edge and width of the column being filled.
    pub x: f64,
    pub column: f64,
}

impl Flow {
    pub fn new(paper: Paper) -> Flow {
        let (width, height) = paper.size();
        Flow {
            width,
            height,
            pages: vec![Page::default()],
            y: MARGIN,
            x: MARGIN,
            column: width - 2.0 * MARGIN,
        }
    }

    /// The full text width between the margins.
    pub fn full_width(&self) -> f64 {
        self.width - 2.0 * MARGIN
    }

    fn bottom(&self) -> f64 {
        self.height - MARGIN - FOOTER_SPACE
    }

    /// Starts a new page unless `height` more points fit on this one.
    pub fn ensure(&mut self, height: f64) {
        if self.y + height > self.bottom() && self.y > MARGIN {
            self.pages.push(Page::default());
            self.y = MARGIN;
        }
    }

    pub fn gap(&mut self, height: f64) {
        self.y += height;
    }

    fn push(&mut self, item: Item) {
        if let Some(page) = self.pages.last_mut() {
            page.items.push(item);
        }
    }

    /// Wrapped text in the current column; long text flows onto the next page line by line.
    pub fn paragraph(&mut self, text: &str, face: Face, size: f64, tone: Tone) {
        self.lines(text, face, size, tone, None);
    }

    /// Like [`Flow::paragraph`], with every line a link to `url`.
    pub fn link(&mut self, text: &str, url: &str, face: Face, size: f64) {
        self.lines(text, face, size, Tone::Accent, Some(url));
    }

    fn lines(&mut self, text: &str, face: Face, size: f64, tone: Tone, url: Option<&str>) {
        let leading = size * 1.35;
        for line in wrap(text, face, size, self.column) {
            self.ensure(leading);
            let top = self.y;
            self.y += leading;
            let baseline = self.y - (leading - size) / 2.0 - size * 0.2;
            if let Some(url) = url {
                let width = width(&line, face, size);
                self.push(Item::Link { x: self.x, y: top, width, height: leading, url: url.to_owned() });
            }
            self.push(Item::Text { x: self.x, y: baseline, text: line, face, size, tone });
        }
    }

    /// A heading, kept on the same page as at least `keep` points of what follows it.
    pub fn heading(&mut self, text: &str, size: f64, keep: f64) {
        self.ensure(size * 1.35 + keep);
        self.gap(size * 0.5);
        self.paragraph(text, Face::Bold, size, Tone::Normal);
        self.gap(size * 0.25);
    }

    /// A chart `target_width` points wide at the cursor.
    pub fn chart(&mut self, chart: &Chart, target_width: f64) {
        let scale = target_width / chart.width;
        self.ensure(chart.height * scale);
        self.push(Item::Chart { chart: chart.clone(), x: self.x, y: self.y, scale });
        self.y += chart.height * scale;
    }

    /// A horizontal rule across the column, `gap` points below the cursor.
    pub fn rule(&mut self, gap: f64) {
        self.y += gap;
        self.push(Item::Rule { x1: self.x, y1: self.y, x2: self.x + self.column, y2: self.y });
    }

    /// `count` ruled lines to write on, `spacing` points apart.
    pub fn writing_lines(&mut self, count: usize, spacing: f64) {
        for _ in 0..count {
            self.ensure(spacing);
            self.rule(spacing);
        }
    }

    /// A text placed at an explicit position on the current page, not moving the cursor.
    pub fn place(&mut self, x: f64, y: f64, text: &str, face: Face, size: f64, tone: Tone) {
        self.push(Item::Text { x, y, text: text.to_owned(), face, size, tone });
    }

    /// Lays out `columns` side by side starting at the cursor: each closure fills its column;
    /// the cursor ends below the tallest. The caller makes sure the block fits one page.
    pub fn side_by_side(&mut self, columns: &mut [Column<'_>]) {
        let (top, x, column) = (self.y, self.x, self.column);
        let mut lowest = top;
        for (left, width, fill) in columns.iter_mut() {
            self.y = top;
            self.x = *left;
            self.column = *width;
            fill(self);
            lowest = lowest.max(self.y);
        }
        self.y = lowest;
        self.x = x;
        self.column = column;
    }

    /// Adds `footer(page, pages)`'s left and right texts to every page and returns the
    /// document.
    pub fn finish(mut self, footer: impl Fn(usize, usize) -> (String, String)) -> Document {
        let count = self.pages.len();
        let baseline = self.height - MARGIN + 4.0;
        let right_edge = self.width - MARGIN;
        for (i, page) in self.pages.iter_mut().enumerate() {
            let (left, right) = footer(i + 1, count);
            let size = 8.0;
            page.items.push(Item::Text {
                x: MARGIN,
                y: baseline,
                text: left,
                face: Face::Regular,
                size,
                tone: Tone::Muted,
            });
            let x = right_edge - width(&right, Face::Regular, size);
            page.items.push(Item::Text {
                x,
                y: baseline,
                text: right,
                face: Face::Regular,
                size,
                tone: Tone::Muted,
            });
        }
        Document { width: self.width, height: self.height, pages: self.pages }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paper_follows_the_region_of_the_locale() {
        for (tag, paper) in [
            ("en-US", Paper::Letter),
            ("en_us", Paper::Letter),
            ("fr-CA", Paper::Letter),
            ("es-MX", Paper::Letter),
            ("en-GB", Paper::A4),
            ("de-DE", Paper::A4),
            ("de", Paper::A4),
            ("es-419", Paper::A4),
            ("zh-Hant-TW", Paper::A4),
            ("", Paper::A4),
        ] {
            assert_eq!(Paper::for_locale(tag), paper, "{tag}");
        }
    }

    fn texts(document: &Document) -> Vec<(usize, f64, String)> {
        let mut found = Vec::new();
        for (p, page) in document.pages.iter().enumerate() {
            for item in &page.items {
                if let Item::Text { y, text, .. } = item {
                    found.push((p, *y, text.clone()));
                }
            }
        }
        found
    }

    #[test]
    fn long_text_flows_onto_new_pages_inside_the_margins() {
        let mut flow = Flow::new(Paper::Letter);
        let long = "I listen before I decide. ".repeat(900);
        flow.paragraph(&long, Face::Regular, 10.0, Tone::Normal);
        let document = flow.finish(|n, total| (String::new(), format!("Page {n} of {total}")));
        assert!(document.pages.len() >= 3, "{} pages", document.pages.len());
        for (_, y, text) in texts(&document) {
            assert!(y > MARGIN && y <= document.height - MARGIN + 4.0, "{text:?} at {y}");
            assert!(width(&text, Face::Regular, 10.0) <= document.width - 2.0 * MARGIN + 1e-9);
        }
        let footers: Vec<String> = texts(&document)
            .into_iter()
            .filter(|(_, _, t)| t.starts_with("Page "))
            .map(|(_, _, t)| t)
            .collect();
        let pages = document.pages.len();
        assert_eq!(footers, (1..=pages).map(|n| format!("Page {n} of {pages}")).collect::<Vec<_>>());
    }

    #[test]
    fn a_heading_is_never_left_alone_at_the_foot_of_a_page() {
        let mut flow = Flow::new(Paper::A4);
        flow.y = 841.89 - MARGIN - FOOTER_SPACE - 30.0;
        flow.heading("What to learn next", 14.0, 60.0);
        let document = flow.finish(|_, _| (String::new(), String::new()));
        assert_eq!(document.pages.len(), 2);
        assert!(texts(&document).iter().any(|(p, _, t)| *p == 1 && t == "What to learn next"));
    }

    #[test]
    fn columns_lay_out_side_by_side_and_the_cursor_ends_below_the_taller() {
        let mut flow = Flow::new(Paper::A4);
        let top = flow.y;
        flow.side_by_side(&mut [
            (50.0, 100.0, &mut |f: &mut Flow| {
                f.paragraph("one two three four five six", Face::Regular, 10.0, Tone::Normal)
            }),
            (200.0, 300.0, &mut |f: &mut Flow| f.paragraph("short", Face::Regular, 10.0, Tone::Normal)),
        ]);
        let document = flow_texts_after(flow);
        let left: Vec<_> = document.iter().filter(|(x, _)| *x == 50.0).collect();
        let right: Vec<_> = document.iter().filter(|(x, _)| *x == 200.0).collect();
        assert!(left.len() > 1 && right.len() == 1);
        assert!(right[0].1 > top && right[0].1 < left[left.len() - 1].1);
    }

    fn flow_texts_after(flow: Flow) -> Vec<(f64, f64)> {
        let document = flow.finish(|_, _| (String::new(), String::new()));
        document.pages[0]
            .items
            .iter()
            .filter_map(|i| match i {
                Item::Text { x, y, text, .. } if !text.is_empty() => Some((*x, *y)),
                _ => None,
            })
            .collect()
    }
}
