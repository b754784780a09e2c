//! The cohort summary as a PDF, with the same engine, layout rules and tagging as the
//! learner's report: page 1 the group's size, where to start, the profiles, both indexes and
//! the topics the group needs most; page 2 every competency's spread; then how reliable the
//! statements are on these learners, as a table with the flagged statements below it.

use std::rc::Rc;

use crate::cohort::charts::{
    CohortChartLabels, competency_box_chart, format_median, index_chart, profile_chart,
};
use crate::cohort::reliability::{CohortReliability, Scale, fixed};
use crate::cohort::{Advice, CohortSummary};
use crate::decimal::with_decimal_mark;
use crate::model::instrument::{Instrument, Track};
use crate::strings::cohort::CohortWords;
use crate::strings::{Strings, fill};

use super::font::Fonts;
use super::layout::size::{BODY, HEADING, SMALL, TITLE};
use super::layout::{Flow, Paper, Tone};
use super::results::write_with_footers;
use super::structure::Role;
use super::text::Face;
use crate::calendar::CalendarDate;

/// Charts are drawn this share of the text width: wide enough to read, narrow enough that
/// page 1 holds both.
const CHART_SHARE: f64 = 0.6;

/// Everything the cohort PDF needs; all of it is on the cohort page.
pub struct CohortPdfInput<'a> {
    pub instrument: &'a Instrument,
    pub summary: &'a CohortSummary,
    /// The learner's table, for the words both share (profiles, tracks, dates, footers).
    pub strings: &'a Strings,
    pub words: &'a CohortWords,
    /// The provider's name, if the page has one.
    pub provider: Option<&'a str>,
    pub date: CalendarDate,
    pub paper: Paper,
    /// The reliability figures measured on the cohort; `None` leaves their section out.
    pub reliability: Option<&'a CohortReliability>,
    /// The fonts to embed.
    pub fonts: &'a Rc<Fonts>,
}

/// One row of the reliability table, as the page and the PDF write it.
#[derive(Clone, Debug, PartialEq)]
pub struct ReliabilityRow {
    /// The competency's name, or the index's.
    pub name: String,
    /// α and its 95 % interval, or why there is none.
    pub alpha: String,
    /// The SEM in points; empty without figures.
    pub sem: String,
    /// How many learners the row rests on.
    pub learners: String,
    /// Whether the row is one of the two indexes.
    pub index: bool,
}

fn row(name: String, scale: &Scale, words: &CohortWords, index: bool) -> ReliabilityRow {
    let shown = |value: f64, places: u32| with_decimal_mark(fixed(value, places), words.decimal_mark);
    let (alpha, sem) = match scale.figures {
        Some(f) => (
            fill(
                words.alpha_range,
                &[("alpha", &shown(f.alpha, 2)), ("low", &shown(f.low, 2)), ("high", &shown(f.high, 2))],
            ),
            shown(f.sem, 1),
        ),
        None => (words.no_figure.to_owned(), String::new()),
    };
    ReliabilityRow { name, alpha, sem, learners: scale.learners.to_string(), index }
}

/// The reliability table's rows: every competency in the instrument's order, then both
/// indexes.
pub fn reliability_rows(
    instrument: &Instrument,
    reliability: &CohortReliability,
    words: &CohortWords,
) -> Vec<ReliabilityRow> {
    let mut rows: Vec<ReliabilityRow> = reliability
        .competencies
        .iter()
        .filter_map(|c| {
            Some(row(instrument.competencies.get(c.competency)?.name.clone(), &c.scale, words, false))
        })
        .collect();
    for (track, name) in
        [(Track::Management, words.management_index), (Track::Leadership, words.leadership_index)]
    {
        rows.push(row(name.to_owned(), reliability.track(track), words, true));
    }
    rows
}

/// What the section says first: what is measured and how to read it.
pub fn reliability_intro(reliability: &CohortReliability, strings: &Strings, words: &CohortWords) -> String {
    fill(
        words.reliability_intro,
        &[("statements", &reliability.first_stage.to_string()), ("no_chance", strings.no_chance_yet)],
    )
}

/// Each flagged statement, by its text, with its competency and correlation.
pub fn weak_statement_lines(
    instrument: &Instrument,
    reliability: &CohortReliability,
    words: &CohortWords,
) -> Vec<String> {
    reliability
        .weak_statements()
        .filter_map(|(s, r)| {
            let statement = instrument.statements.get(s)?;
            let competency = instrument.competencies.get(instrument.competency_of(s))?;
            Some(fill(
                words.weak_item,
                &[
                    ("statement", &statement.text),
                    ("competency", &competency.short_name),
                    ("r", &with_decimal_mark(fixed(r, 2), words.decimal_mark)),
                ],
            ))
        })
        .collect()
}

/// The sentence that says where the group should start.
pub fn advice_text(words: &CohortWords, advice: Advice) -> String {
    match advice {
        Advice::ManagementBasics { new_managers, learners, management_lower } => fill(
            if management_lower { words.advice_management_lower } else { words.advice_management_anyway },
            &[("new", &new_managers.to_string()), ("total", &learners.to_string())],
        ),
        Advice::Leadership { experienced, learners } => fill(
            words.advice_leadership,
            &[("experienced", &experienced.to_string()), ("total", &learners.to_string())],
        ),
        Advice::ManagementGaps { experienced, learners } => fill(
            words.advice_management_gaps,
            &[("experienced", &experienced.to_string()), ("total", &learners.to_string())],
        ),
        Advice::NotEnough => words.advice_not_enough.to_owned(),
    }
}

/// The chart labels from the two tables.
pub fn chart_labels<'a>(strings: &'a Strings, words: &'a CohortWords) -> CohortChartLabels<'a> {
    CohortChartLabels {
        profiles: strings.profiles.each_ref().map(|p| p.name),
        close: strings.placement_close_heading,
        unplaced: words.unplaced,
        management: strings.management,
        leadership: strings.leadership,
        median: words.median,
        decimal_mark: words.decimal_mark,
    }
}

/// The three charts' text alternatives, the same on the page and in the PDF.
pub struct ChartSummaries {
    pub profiles: String,
    pub indexes: String,
    pub competencies: String,
}

pub fn chart_summaries(
    instrument: &Instrument,
    summary: &CohortSummary,
    strings: &Strings,
    words: &CohortWords,
) -> ChartSummaries {
    let labels = chart_labels(strings, words);
    let mut each: Vec<String> =
        labels.profiles.iter().zip(summary.profiles).map(|(name, count)| format!("{name} {count}")).collect();
    if summary.close > 0 {
        each.push(format!("{} {}", labels.close, summary.close));
    }
    if summary.unplaced > 0 {
        each.push(format!("{} {}", words.unplaced, summary.unplaced));
    }
    let count = summary.learners.to_string();
    let median = |spread: Option<crate::cohort::Spread>| {
        spread.map_or_else(
            || strings.not_enough_answers.to_owned(),
            |s| format_median(s.median, words.decimal_mark),
        )
    };
    let competencies: Vec<String> = summary
        .competencies
        .iter()
        .filter_map(|(c, spread)| {
            let name = &instrument.competencies.get(*c)?.short_name;
            Some(format!("{name} {}", format_median(spread.median, words.decimal_mark)))
        })
        .collect();
    ChartSummaries {
        profiles: fill(words.profiles_summary, &[("count", &count), ("each", &each.join(", "))]),
        indexes: fill(
            words.indexes_summary,
            &[
                ("count", &count),
                ("management", &median(summary.management_spread)),
                ("leadership", &median(summary.leadership_spread)),
            ],
        ),
        competencies: fill(words.competencies_summary, &[("each", &competencies.join(", "))]),
    }
}

fn lay_out(input: &CohortPdfInput) -> Flow {
    let (s, words, summary) = (input.strings, input.words, input.summary);
    let labels = chart_labels(s, words);
    let alts = chart_summaries(input.instrument, summary, s, words);
    let mut flow = Flow::new(input.paper, Rc::clone(input.fonts));
    let width = flow.full_width() * CHART_SHARE;

    flow.paragraph(input.provider.unwrap_or(s.app_title), Face::Bold, BODY, Tone::Accent);
    flow.heading(words.title, Role::H1, TITLE, 0.0);
    let created = fill(s.created_on, &[("date", &s.long_date(input.date))]);
    flow.paragraph(
        &format!("{} · {created}", words.learners(summary.learners)),
        Face::Regular,
        BODY,
        Tone::Muted,
    );
    if summary.learners < 3 {
        flow.gap(BODY * 0.4);
        flow.paragraph(words.small_group, Face::Regular, BODY, Tone::Normal);
    }

    flow.heading(words.advice_heading, Role::H2, HEADING, 2.0 * BODY);
    flow.paragraph(&advice_text(words, summary.advice), Face::Regular, BODY, Tone::Normal);

    let profiles = profile_chart(summary, &labels);
    flow.heading(words.profiles_heading, Role::H2, HEADING, profiles.height * width / profiles.width);
    flow.chart(&profiles, width, &alts.profiles);

    let indexes = index_chart(summary, &labels);
    flow.heading(words.indexes_heading, Role::H2, HEADING, indexes.height * width / indexes.width);
    flow.chart(&indexes, width, &alts.indexes);

    flow.heading(words.topics_heading, Role::H2, HEADING, 3.0 * BODY);
    flow.within(Role::L, &mut |flow| {
        for (rank, topic) in summary.topics.iter().take(5).enumerate() {
            let Some(info) = input.instrument.topics.get(topic.topic) else { continue };
            let share = fill(
                words.top_three,
                &[("count", &topic.in_top_three.to_string()), ("total", &summary.learners.to_string())],
            );
            flow.list_item(&format!("{}.", rank + 1), BODY + 0.5, 16.0, &mut |f| {
                f.paragraph(&info.title, Face::Bold, BODY + 0.5, Tone::Normal);
                f.paragraph(&share, Face::Regular, BODY, Tone::Muted);
            });
            flow.gap(4.0);
        }
    });

    flow.new_page_unless_sparse();
    let boxes = competency_box_chart(input.instrument, summary, &labels);
    flow.heading(words.competencies_heading, Role::H2, HEADING, boxes.height * width / boxes.width);
    flow.chart(&boxes, width, &alts.competencies);
    flow.paragraph(words.competencies_note, Face::Regular, SMALL, Tone::Muted);
    if let Some(reliability) = input.reliability {
        flow.new_page_unless_sparse();
        reliability_section(&mut flow, input, reliability);
    }
    flow
}

/// The share of the text width each column of the reliability table takes.
const COLUMN_SHARES: [f64; 4] = [0.36, 0.34, 0.15, 0.15];
/// The space between two columns of the table.
const COLUMN_GAP: f64 = 6.0;

/// One cell of the table: its text as a paragraph of the column.
fn cell(text: &str, face: Face) -> impl FnMut(&mut Flow) + '_ {
    move |f: &mut Flow| f.paragraph(text, face, SMALL, Tone::Normal)
}

/// One row of the table, its cells side by side, kept whole on one page.
fn table_row(flow: &mut Flow, cells: [&str; 4], face: Face) {
    let full = flow.full_width();
    let widths = COLUMN_SHARES.map(|share| full * share - COLUMN_GAP);
    let height = cells
        .iter()
        .zip(widths)
        .map(|(text, width)| flow.measure(width, &mut |f| f.paragraph(text, face, SMALL, Tone::Normal)))
        .fold(0.0, f64::max);
    flow.ensure(height);
    let mut lefts = [flow.x; 4];
    for i in 1..4 {
        lefts[i] = lefts[i - 1] + full * COLUMN_SHARES[i - 1];
    }
    let [a, b, c, d] = cells;
    let (mut a, mut b, mut c, mut d) = (cell(a, face), cell(b, face), cell(c, face), cell(d, face));
    flow.side_by_side(&mut [
        (lefts[0], widths[0], &mut a),
        (lefts[1], widths[1], &mut b),
        (lefts[2], widths[2], &mut c),
        (lefts[3], widths[3], &mut d),
    ]);
    flow.gap(2.0);
}

/// "How reliable are these statements on your learners?": what is measured, the rough-figures
/// note, the table, and the flagged statements.
fn reliability_section(flow: &mut Flow, input: &CohortPdfInput, reliability: &CohortReliability) {
    let (s, words) = (input.strings, input.words);
    flow.heading(words.reliability_heading, Role::H2, HEADING, 4.0 * BODY);
    flow.paragraph(&reliability_intro(reliability, s, words), Face::Regular, BODY, Tone::Normal);
    if !reliability.has_figures() {
        flow.gap(BODY * 0.4);
        flow.paragraph(words.reliability_none, Face::Regular, BODY, Tone::Normal);
        return;
    }
    if reliability.is_rough() {
        flow.gap(BODY * 0.4);
        flow.paragraph(words.reliability_rough, Face::Bold, BODY, Tone::Normal);
    }
    flow.gap(BODY);
    let header = [words.column_scale, words.column_alpha, words.column_sem, words.column_learners];
    table_row(flow, header, Face::Bold);
    flow.rule(2.0);
    for (i, row) in reliability_rows(input.instrument, reliability, words).into_iter().enumerate() {
        if row.index && i == reliability.competencies.len() {
            flow.rule(0.0);
            flow.gap(2.0);
        }
        let face = if row.index { Face::Bold } else { Face::Regular };
        table_row(flow, [&row.name, &row.alpha, &row.sem, &row.learners], face);
    }
    let weak = weak_statement_lines(input.instrument, reliability, words);
    flow.heading(words.weak_heading, Role::H2, HEADING, 3.0 * BODY);
    flow.paragraph(words.weak_intro, Face::Regular, BODY, Tone::Muted);
    flow.gap(BODY * 0.4);
    if weak.is_empty() {
        flow.paragraph(words.none_weak, Face::Regular, BODY, Tone::Normal);
    }
    flow.within(Role::L, &mut |flow| {
        for line in &weak {
            flow.list_item("•", BODY, 12.0, &mut |f| f.paragraph(line, Face::Regular, BODY, Tone::Normal));
        }
    });
}

/// The cohort summary as a PDF file.
pub fn cohort_pdf(input: &CohortPdfInput) -> Vec<u8> {
    let words = input.words;
    write_with_footers(lay_out(input), input.strings, input.date, (words.pdf_title, words.pdf_subject))
}

#[cfg(test)]
mod tests {
    use crate::pdf::font::unprintable;
    use crate::strings::cohort::COHORT_LANGUAGES;

    #[test]
    fn every_word_of_the_reliability_section_prints_in_the_pdfs_fonts() {
        for w in COHORT_LANGUAGES {
            for text in [
                w.reliability_heading,
                w.reliability_intro,
                w.reliability_rough,
                w.reliability_none,
                w.column_scale,
                w.column_alpha,
                w.column_sem,
                w.column_learners,
                w.management_index,
                w.leadership_index,
                w.alpha_range,
                w.no_figure,
                w.weak_heading,
                w.weak_intro,
                w.weak_item,
                w.none_weak,
            ] {
                let missing = unprintable(text);
                assert!(missing.is_empty(), "{}: {missing:?} in {text:?}", w.code);
            }
        }
    }
}
