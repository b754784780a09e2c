//! Page layout: the results, placed top-down onto as many pages as they need, each piece
//! tagged with the structure element it belongs to.
//!
//! Everything here is plain geometry in points, with y growing downwards from the top of
//! the page, like the chart geometry it embeds. [`super::writer`] turns it into PDF bytes.
//!
//! The page-break rules a reader notices are kept here, once: a heading never stands alone at
//! the foot of a page ([`Flow::heading`]); a block that fits on one page is not split
//! ([`Flow::keep_together`]); and no page but the last is left less than a quarter full,
//! because both of those give way when obeying them would leave one.

use std::rc::Rc;

use crate::model::chart::Chart;

use super::font::Fonts;
use super::structure::{NodeId, Role, Structure};
use super::text::{Face, width, wrap_at_spaces};
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
    /// A clickable area, its top-left corner at (`x`, `y`), opening `url`; `label` is the
    /// text it covers, which the annotation also carries for screen readers.
    Link { x: f64, y: f64, width: f64, height: f64, url: String, label: String },
}

/// An item and the structure element it belongs to; `None` marks an artifact (footers,
/// rules), which screen readers skip.
#[derive(Clone, Debug, PartialEq)]
pub struct Placed {
    pub item: Item,
    pub node: Option<NodeId>,
}

/// A laid-out page.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Page {
    pub items: Vec<Placed>,
}

/// The laid-out document.
#[derive(Clone, Debug, PartialEq)]
pub struct Document {
    /// The fonts it was measured with, which the writer embeds.
    pub fonts: Rc<Fonts>,
    pub width: f64,
    pub height: f64,
    pub pages: Vec<Page>,
    pub structure: Structure,
}

/// The type sizes, in points, of every document made here: the learner's results and the
/// trainer's cohort summary look like one family.
pub mod size {
    /// The document's title.
    pub const TITLE: f64 = 20.0;
    /// A section's heading.
    pub const HEADING: f64 = 13.0;
    /// Running text.
    pub const BODY: f64 = 10.0;
    /// Footers, notes and chart labels.
    pub const SMALL: f64 = 8.5;
}

pub const MARGIN: f64 = 50.0;
/// Room kept free at the bottom of each page for the footer.
pub const FOOTER_SPACE: f64 = 24.0;
/// The share of a page that must be filled before the flow may leave it for the next one.
const LEAST_FILL: f64 = 0.25;
/// Line height as a multiple of the font size.
const LEADING: f64 = 1.35;

/// One column of [`Flow::side_by_side`]: its left edge, its width, and what fills it.
pub type Column<'a> = (f64, f64, &'a mut dyn FnMut(&mut Flow));

/// A cursor that places blocks from the top of a page and starts a new page when one is full.
pub struct Flow {
    /// The fonts every line is measured with, and the writer later draws with.
    fonts: Rc<Fonts>,
    width: f64,
    height: f64,
    pages: Vec<Page>,
    structure: Structure,
    /// The open structure elements, innermost last; content is tagged with the last.
    open: Vec<NodeId>,
    /// The current line's top.
    pub y: f64,
    /// Left edge and width of the column being filled.
    pub x: f64,
    pub column: f64,
}

impl Flow {
    pub fn new(paper: Paper, fonts: Rc<Fonts>) -> Flow {
        let (width, height) = paper.size();
        Flow::sized(fonts, width, height, width - 2.0 * MARGIN)
    }

    fn sized(fonts: Rc<Fonts>, width: f64, height: f64, column: f64) -> Flow {
        Flow {
            fonts,
            width,
            height,
            pages: vec![Page::default()],
            structure: Structure::default(),
            open: vec![0],
            y: MARGIN,
            x: MARGIN,
            column,
        }
    }

    /// The full text width between the margins.
    pub fn full_width(&self) -> f64 {
        self.width - 2.0 * MARGIN
    }

    fn bottom(&self) -> f64 {
        self.height - MARGIN - FOOTER_SPACE
    }

    /// The height a page offers between the margins and above the footer.
    pub fn page_capacity(&self) -> f64 {
        self.bottom() - MARGIN
    }

    /// How much of the current page is filled, from 0 to 1.
    fn filled(&self) -> f64 {
        (self.y - MARGIN) / self.page_capacity()
    }

    /// The pages started so far.
    pub fn page_count(&self) -> usize {
        self.pages.len()
    }

    /// Starts a new page unless `height` more points fit on this one.
    pub fn ensure(&mut self, height: f64) {
        if self.y + height > self.bottom() && self.y > MARGIN {
            self.new_page();
        }
    }

    fn new_page(&mut self) {
        self.pages.push(Page::default());
        self.y = MARGIN;
    }

    /// Moves a block `height` points tall to the next page if it would be split here and fits
    /// whole there; but not when that would leave this page less than a quarter full.
    pub fn keep_together(&mut self, height: f64) {
        if height <= self.page_capacity() && self.filled() >= LEAST_FILL {
            self.ensure(height);
        }
    }

    /// Starts the next part of the document on a new page, unless this page is still less
    /// than a quarter full (what overflowed from the part before), where it simply goes on.
    pub fn new_page_unless_sparse(&mut self) {
        if self.filled() >= LEAST_FILL {
            self.new_page();
        }
    }

    /// The height `fill` takes in a column `column` points wide, placed nowhere.
    pub fn measure(&self, column: f64, fill: &mut dyn FnMut(&mut Flow)) -> f64 {
        let mut scratch = Flow::sized(Rc::clone(&self.fonts), self.width, f64::INFINITY, column);
        fill(&mut scratch);
        scratch.y - MARGIN
    }

    pub fn gap(&mut self, height: f64) {
        self.y += height;
    }

    fn push(&mut self, item: Item) {
        let node = self.open.last().copied();
        self.push_tagged(item, node);
    }

    fn push_tagged(&mut self, item: Item, node: Option<NodeId>) {
        if let Some(page) = self.pages.last_mut() {
            page.items.push(Placed { item, node });
        }
    }

    /// Opens a structure element inside the current one; what is placed next belongs to it
    /// until [`Flow::end`].
    pub fn begin(&mut self, role: Role) {
        self.begin_with_alt(role, None);
    }

    fn begin_with_alt(&mut self, role: Role, alt: Option<String>) {
        let parent = self.open.last().copied().unwrap_or(0);
        let node = self.structure.add(role, parent, alt);
        self.open.push(node);
    }

    /// Closes the innermost open element. The document itself stays open.
    pub fn end(&mut self) {
        if self.open.len() > 1 {
            self.open.pop();
        }
    }

    /// `fill` placed inside a new element of `role`.
    pub fn within(&mut self, role: Role, fill: &mut dyn FnMut(&mut Flow)) {
        self.begin(role);
        fill(self);
        self.end();
    }

    /// A paragraph of wrapped text in the current column; long text flows onto the next page
    /// line by line.
    pub fn paragraph(&mut self, text: &str, face: Face, size: f64, tone: Tone) {
        self.within(Role::P, &mut |f| f.lines(text, face, size, tone, None));
    }

    /// A paragraph whose every line is a link to `url`.
    pub fn link(&mut self, text: &str, url: &str, face: Face, size: f64) {
        self.within(Role::P, &mut |f| {
            f.within(Role::Link, &mut |f| f.lines(text, face, size, Tone::Accent, Some(url)))
        });
    }

    fn lines(&mut self, text: &str, face: Face, size: f64, tone: Tone, url: Option<&str>) {
        let leading = size * LEADING;
        let fonts = Rc::clone(&self.fonts);
        for (line, swallowed_space) in wrap_at_spaces(&fonts, text, face, size, self.column) {
            self.ensure(leading);
            let top = self.y;
            self.y += leading;
            let baseline = Flow::baseline(top, size);
            if let Some(url) = url {
                let width = width(&fonts, &line, face, size);
                self.push(Item::Link {
                    x: self.x,
                    y: top,
                    width,
                    height: leading,
                    url: url.to_owned(),
                    label: line.clone(),
                });
            }
            let text = if swallowed_space { line + " " } else { line };
            self.push(Item::Text { x: self.x, y: baseline, text, face, size, tone });
        }
    }

    /// The baseline of a line of `size` points whose line box starts at `top`.
    fn baseline(top: f64, size: f64) -> f64 {
        let leading = size * LEADING;
        top + leading - (leading - size) / 2.0 - size * 0.2
    }

    /// A heading of `role`, kept on the same page as at least `keep` points of what follows it.
    pub fn heading(&mut self, text: &str, role: Role, size: f64, keep: f64) {
        self.ensure(size * LEADING + keep);
        self.gap(size * 0.5);
        self.within(role, &mut |f| f.lines(text, Face::Bold, size, Tone::Normal, None));
        self.gap(size * 0.25);
    }

    /// One list item: `label` (a bullet or a number) hanging `indent` points to the left of
    /// what `body` places. Call inside a [`Role::L`].
    pub fn list_item(&mut self, label: &str, size: f64, indent: f64, body: &mut dyn FnMut(&mut Flow)) {
        self.ensure(size * LEADING);
        self.within(Role::LI, &mut |f| {
            let (x, column) = (f.x, f.column);
            let baseline = Flow::baseline(f.y, size);
            f.within(Role::Lbl, &mut |f| {
                f.push(Item::Text {
                    x,
                    y: baseline,
                    text: label.to_owned(),
                    face: Face::Regular,
                    size,
                    tone: Tone::Normal,
                })
            });
            f.x = x + indent;
            f.column = column - indent;
            f.within(Role::LBody, body);
            f.x = x;
            f.column = column;
        });
    }

    /// A chart `target_width` points wide at the cursor, as a figure whose text alternative
    /// is `alt`.
    pub fn chart(&mut self, chart: &Chart, target_width: f64, alt: &str) {
        let scale = target_width / chart.width;
        self.ensure(chart.height * scale);
        self.begin_with_alt(Role::Figure, Some(alt.to_owned()));
        self.push(Item::Chart { chart: chart.clone(), x: self.x, y: self.y, scale });
        self.end();
        self.y += chart.height * scale;
    }

    /// A horizontal rule across the column, `gap` points below the cursor: decoration, so an
    /// artifact.
    pub fn rule(&mut self, gap: f64) {
        self.y += gap;
        let rule = Item::Rule { x1: self.x, y1: self.y, x2: self.x + self.column, y2: self.y };
        self.push_tagged(rule, None);
    }

    /// `count` ruled lines to write on, `spacing` points apart.
    pub fn writing_lines(&mut self, count: usize, spacing: f64) {
        for _ in 0..count {
            self.ensure(spacing);
            self.rule(spacing);
        }
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

    /// Adds `footer(page, pages)`'s left and right texts to every page, as artifacts, and
    /// returns the document.
    pub fn finish(mut self, footer: impl Fn(usize, usize) -> (String, String)) -> Document {
        let count = self.pages.len();
        let baseline = self.height - MARGIN + 4.0;
        let right_edge = self.width - MARGIN;
        for (i, page) in self.pages.iter_mut().enumerate() {
            let (left, right) = footer(i + 1, count);
            let size = 8.0;
            let x = right_edge - width(&self.fonts, &right, Face::Regular, size);
            for (x, text) in [(MARGIN, left), (x, right)] {
                let item = Item::Text { x, y: baseline, text, face: Face::Regular, size, tone: Tone::Muted };
                page.items.push(Placed { item, node: None });
            }
        }
        Document {
            fonts: self.fonts,
            width: self.width,
            height: self.height,
            pages: self.pages,
            structure: self.structure,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fonts() -> Rc<Fonts> {
        Rc::new(crate::pdf::font::test_fonts())
    }

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
            for placed in &page.items {
                if let Item::Text { y, text, .. } = &placed.item {
                    found.push((p, *y, text.clone()));
                }
            }
        }
        found
    }

    #[test]
    fn long_text_flows_onto_new_pages_inside_the_margins() {
        let mut flow = Flow::new(Paper::Letter, fonts());
        let long = "I listen before I decide. ".repeat(900);
        flow.paragraph(&long, Face::Regular, 10.0, Tone::Normal);
        let document = flow.finish(|n, total| (String::new(), format!("Page {n} of {total}")));
        assert!(document.pages.len() >= 3, "{} pages", document.pages.len());
        for (_, y, text) in texts(&document) {
            assert!(y > MARGIN && y <= document.height - MARGIN + 4.0, "{text:?} at {y}");
            // A line ends in the space its break swallowed, drawn past the edge where it shows
            // nothing (see `text::wrap_at_spaces`); what shows stays inside.
            let shown = text.trim_end();
            assert!(width(&fonts(), shown, Face::Regular, 10.0) <= document.width - 2.0 * MARGIN + 1e-9);
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
        let mut flow = Flow::new(Paper::A4, fonts());
        flow.y = 841.89 - MARGIN - FOOTER_SPACE - 30.0;
        flow.heading("What to learn next", Role::H2, 14.0, 60.0);
        let document = flow.finish(|_, _| (String::new(), String::new()));
        assert_eq!(document.pages.len(), 2);
        assert!(texts(&document).iter().any(|(p, _, t)| *p == 1 && t == "What to learn next"));
    }

    #[test]
    fn a_block_that_fits_a_page_moves_whole_unless_that_leaves_a_sparse_page() {
        let mut flow = Flow::new(Paper::A4, fonts());
        let room = flow.page_capacity();
        // Half the page used: a block taller than what is left moves to the next page.
        flow.gap(room * 0.5);
        flow.keep_together(room * 0.6);
        assert_eq!((flow.page_count(), flow.y), (2, MARGIN));
        // A tenth of a page used: the block stays and is split, rather than leave the page
        // nine tenths empty.
        flow.gap(room * 0.1);
        flow.keep_together(room * 0.95);
        assert_eq!(flow.page_count(), 2);
        // A block taller than a page is split wherever it starts.
        flow.gap(room * 0.5);
        flow.keep_together(room * 1.5);
        assert_eq!(flow.page_count(), 2);
    }

    #[test]
    fn a_new_part_starts_a_page_unless_the_page_holds_only_an_overflow() {
        let mut flow = Flow::new(Paper::Letter, fonts());
        flow.gap(flow.page_capacity() * 0.8);
        flow.new_page_unless_sparse();
        assert_eq!(flow.page_count(), 2);
        flow.gap(flow.page_capacity() * 0.1);
        flow.new_page_unless_sparse();
        assert_eq!(flow.page_count(), 2, "a tenth-full page is filled on, not left");
    }

    #[test]
    fn content_is_tagged_with_the_element_it_was_placed_in_and_rules_are_artifacts() {
        let mut flow = Flow::new(Paper::A4, fonts());
        flow.heading("Your balance", Role::H2, 13.0, 0.0);
        flow.within(Role::L, &mut |f| {
            f.list_item("•", 10.0, 10.0, &mut |f| {
                f.paragraph("Planning · 75", Face::Regular, 10.0, Tone::Normal)
            })
        });
        flow.rule(4.0);
        let document = flow.finish(|_, _| ("left".to_owned(), "right".to_owned()));
        let tagged: Vec<(Option<Vec<Role>>, String)> = document.pages[0]
            .items
            .iter()
            .map(|placed| {
                let what = match &placed.item {
                    Item::Text { text, .. } => text.clone(),
                    Item::Rule { .. } => "rule".to_owned(),
                    _ => "other".to_owned(),
                };
                (placed.node.map(|n| document.structure.path(n)), what)
            })
            .collect();
        use Role::*;
        assert_eq!(
            tagged,
            vec![
                (Some(vec![Document, H2]), "Your balance".to_owned()),
                (Some(vec![Document, L, LI, Lbl]), "•".to_owned()),
                (Some(vec![Document, L, LI, LBody, P]), "Planning · 75".to_owned()),
                (None, "rule".to_owned()),
                (None, "left".to_owned()),
                (None, "right".to_owned()),
            ]
        );
    }

    #[test]
    fn columns_lay_out_side_by_side_and_the_cursor_ends_below_the_taller() {
        let mut flow = Flow::new(Paper::A4, fonts());
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
            .filter_map(|placed| match &placed.item {
                Item::Text { x, y, text, .. } if !text.is_empty() => Some((*x, *y)),
                _ => None,
            })
            .collect()
    }
}
