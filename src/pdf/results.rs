//! What the results PDF says, in which order: the same report, charts and strings as the
//! results page, on two pages, and no more certain than the answers: every score with its band,
//! a profile only where it clears the line. Page 1 is the summary a learner would pin up: the
//! profile (or how close to the line), the next step, the balance, strengths and growth areas,
//! and the topics in tiers. Page 2 holds the sixteen competencies and the reflection. Long
//! notes flow onto further pages.

use std::rc::Rc;

use crate::config::ProviderConfig;
use crate::model::chart::{ChartLabels, balance_chart, competency_chart, format_score};
use crate::model::colleague::{ColleagueView, Comparison, FEW_RESPONSES, SideBySide};
use crate::model::instrument::Instrument;
use crate::model::quality::QualityNote;
use crate::model::report::{Report, in_full};
use crate::model::topics::Recommendation;
use crate::model::uncertainty::{ErrorModel, Tier};
use crate::strings::{Strings, fill};

use super::font::Fonts;
use super::layout::size::{BODY, HEADING, SMALL, TITLE};
use super::layout::{Flow, MARGIN, Paper, Tone};
use super::structure::Role;
use super::text::Face;
use super::writer::{Metadata, write};
use crate::calendar::CalendarDate;

/// Spacing of the ruled lines offered for a reflection question left empty.
const WRITING_LINE: f64 = 20.0;
const WRITING_LINES: usize = 3;
/// Between two columns.
const GUTTER: f64 = 24.0;
/// How far list text stands right of its bullet, and of its number.
const BULLET_INDENT: f64 = 10.0;
const NUMBER_INDENT: f64 = 16.0;
const TOPIC_GAP: f64 = 6.0;

/// Everything the PDF needs; all of it is already on the results page.
pub struct PdfInput<'a> {
    pub instrument: &'a Instrument,
    pub report: &'a Report,
    /// The learner's reflection notes, possibly empty.
    pub reflections: &'a [String],
    /// What colleagues said, combined, when at least one answer was added.
    pub colleagues: Option<&'a ColleagueView>,
    pub strings: &'a Strings,
    /// The provider's name, course links and sections.
    pub config: &'a ProviderConfig,
    /// The error model the report's bands came from; the colleagues' bands come from it too.
    pub errors: &'a ErrorModel,
    pub date: CalendarDate,
    pub paper: Paper,
    /// The fonts to embed (`web::fonts` fetches them; tests read `web/fonts/`).
    pub fonts: &'a Rc<Fonts>,
    /// The learner's name under the date, only where a learning platform gives it and the
    /// provider's config asks for it (`lms.name_on_pdf`).
    pub learner: Option<&'a str>,
}

/// A bullet list of competencies with their scores, or `none` when there are none.
fn competency_list(flow: &mut Flow, input: &PdfInput, heading: &str, competencies: &[usize], none: &str) {
    flow.heading(heading, Role::H2, BODY + 1.0, 2.0 * BODY);
    if competencies.is_empty() {
        flow.paragraph(none, Face::Regular, BODY, Tone::Muted);
        return;
    }
    let s = input.strings;
    flow.within(Role::L, &mut |flow| {
        for &c in competencies {
            let score = s.score(input.report.scores.competencies[c].value());
            // No-break spaces keep the score on the line of the name's last word.
            let line = format!("{}\u{a0}·\u{a0}{score}", input.instrument.competencies[c].name);
            flow.list_item("•", BODY, BULLET_INDENT, &mut |f| {
                f.paragraph(&line, Face::Regular, BODY, Tone::Normal)
            });
        }
    });
}

/// Page 1's header: who made the report, what it is, and when.
fn header(flow: &mut Flow, input: &PdfInput) {
    let s = input.strings;
    let provider = input.config.provider.name.as_deref().unwrap_or(s.app_title);
    flow.paragraph(provider, Face::Bold, BODY, Tone::Accent);
    flow.heading(s.results_heading, Role::H1, TITLE, 0.0);
    let created = fill(s.created_on, &[("date", &s.long_date(input.date))]);
    flow.paragraph(&created, Face::Regular, BODY, Tone::Muted);
    if let Some(learner) = input.learner {
        flow.paragraph(learner, Face::Regular, BODY, Tone::Normal);
    }
    flow.gap(BODY * 0.6);
}

/// The profile's name and what it means (or how close to the line the learner is), the next
/// step, with any note on how the answers were given.
fn profile(flow: &mut Flow, input: &PdfInput) {
    let s = input.strings;
    let report = input.report;
    let (name, interpretation) = s.placement(report);
    flow.heading(&name, Role::H2, HEADING + 2.0, 3.0 * BODY);
    flow.paragraph(&interpretation, Face::Regular, BODY, Tone::Normal);
    if report.placement.is_some() {
        flow.gap(BODY * 0.3);
        flow.paragraph(s.next_step(report), Face::Bold, BODY, Tone::Normal);
    }
    for note in &report.notes {
        let text = match note {
            QualityNote::StraightLining => s.straight_lining_note.to_owned(),
            QualityNote::ReverseKeyedDisagreement { competencies } => {
                fill(s.reverse_disagreement_note, &[("count", &competencies.to_string())])
            }
        };
        flow.gap(BODY * 0.4);
        flow.paragraph(&text, Face::Regular, SMALL, Tone::Muted);
    }
}

/// The balance chart, large, with its sentence; strengths and growth areas beside it.
fn balance(flow: &mut Flow, input: &PdfInput, labels: &ChartLabels) {
    let s = input.strings;
    let report = input.report;
    let chart = balance_chart(&report.scores, Some(&report.bands), labels, None);
    let summary = s.balance_summary_for(&report.bands);
    let lean = s.lean_sentence(report).unwrap_or_default();
    let full = flow.full_width();
    let chart_width = full * 0.5;
    let lists_width = full - chart_width - GUTTER;
    let (left, right) = (flow.x, flow.x + chart_width + GUTTER);
    let chart_side = |f: &mut Flow| f.chart(&chart, chart_width, &summary);
    let lists_side = |f: &mut Flow| {
        competency_list(f, input, s.strengths_heading, &report.strengths, s.no_clear_strengths);
        competency_list(f, input, s.growth_heading, &report.growth_areas, s.no_clear_growth);
    };
    let chart_block = flow.measure(chart_width, &mut |f| chart_side(f));
    let lists_block = flow.measure(lists_width, &mut |f| lists_side(f));
    flow.heading(s.balance_heading, Role::H2, HEADING, chart_block.max(lists_block));
    flow.side_by_side(&mut [
        (left, chart_width, &mut |f: &mut Flow| chart_side(f)),
        (right, lists_width, &mut |f: &mut Flow| lists_side(f)),
    ]);
    // Across the page, under both: a sentence at 60 % of the width would take twice the lines.
    flow.paragraph(&lean, Face::Regular, BODY, Tone::Normal);
    flow.paragraph(&summary, Face::Regular, SMALL, Tone::Muted);
}

/// One suggested topic: its title, what it covers, why it is suggested, and the provider's
/// course for it.
fn topic(flow: &mut Flow, input: &PdfInput, recommendation: &Recommendation) {
    let s = input.strings;
    let topic = &input.instrument.topics[recommendation.topic];
    flow.paragraph(&topic.title, Face::Bold, BODY + 0.5, Tone::Normal);
    flow.paragraph(&topic.summary, Face::Regular, BODY, Tone::Normal);
    flow.paragraph(&s.topic_reason(input.instrument, recommendation), Face::Regular, BODY, Tone::Muted);
    if let Some(course) = input.config.courses.get(&topic.id) {
        let line = format!("{} {} – {}", s.course_label, course.title, course.url);
        flow.link(&line, &course.url, Face::Regular, BODY);
        if let Some(blurb) = &course.blurb {
            flow.paragraph(blurb, Face::Regular, BODY, Tone::Normal);
        }
    }
}

/// The topics in tiers: the first tier in full, numbered, each kept whole on one page, with a
/// sentence when several come out level; the later tiers by title.
fn topics(flow: &mut Flow, input: &PdfInput) {
    let s = input.strings;
    let report = input.report;
    let indent = NUMBER_INDENT;
    let level = report.first_topics().count();
    let first: Vec<&Recommendation> = in_full(&report.topics);
    let blocks: Vec<f64> = first
        .iter()
        .map(|r| flow.measure(flow.full_width() - indent, &mut |f| topic(f, input, r)) + TOPIC_GAP)
        .collect();
    flow.heading(s.topics_heading, Role::H2, HEADING, blocks.first().copied().unwrap_or(2.0 * BODY));
    if first.is_empty() {
        flow.paragraph(s.no_topics, Face::Regular, BODY, Tone::Muted);
        return;
    }
    flow.heading(s.tier(Tier::StartHere), Role::H3, BODY + 1.0, blocks[0]);
    if level > 1 {
        let level = fill(s.tier_level, &[("count", &level.to_string())]);
        flow.paragraph(&level, Face::Regular, BODY, Tone::Muted);
    }
    flow.within(Role::L, &mut |flow| {
        for (rank, (recommendation, block)) in first.iter().zip(&blocks).enumerate() {
            flow.keep_together(*block);
            let number = format!("{}.", rank + 1);
            flow.list_item(&number, BODY + 0.5, indent, &mut |f| topic(f, input, recommendation));
            flow.gap(TOPIC_GAP);
        }
    });
    for (label, titles) in s.tier_lines(input.instrument, &report.topics) {
        flow.paragraph(&format!("{label}: {titles}"), Face::Regular, BODY, Tone::Normal);
    }
}

/// The reflection questions, each with the learner's note or lines to write on.
fn reflection(flow: &mut Flow, input: &PdfInput) {
    let s = input.strings;
    flow.heading(s.reflection_heading, Role::H2, HEADING, 6.0 * BODY);
    flow.paragraph(s.reflection_intro, Face::Regular, BODY, Tone::Muted);
    for (i, question) in s.reflection_questions.iter().enumerate() {
        let answer = input.reflections.get(i).map(|a| a.trim()).filter(|a| !a.is_empty());
        let mut one = |f: &mut Flow| {
            f.gap(BODY * 0.6);
            f.paragraph(question, Face::Bold, BODY, Tone::Normal);
            match answer {
                Some(answer) => f.paragraph(answer, Face::Regular, BODY, Tone::Normal),
                None => f.writing_lines(WRITING_LINES, WRITING_LINE),
            }
        };
        let block = flow.measure(flow.column, &mut one);
        flow.keep_together(block);
        one(flow);
    }
}

/// Page 2's chart of all sixteen competencies, each score printed at its bar.
fn competencies(flow: &mut Flow, input: &PdfInput, labels: &ChartLabels, chart_width: f64) {
    let s = input.strings;
    let report = input.report;
    let chart = competency_chart(
        input.instrument,
        &report.scores,
        Some(&report.bands),
        report.threshold,
        labels,
        None,
    );
    let summary = s.competencies_summary_for(input.instrument, &report.bands);
    flow.heading(s.competencies_heading, Role::H2, HEADING, chart.height * chart_width / chart.width);
    flow.chart(&chart, chart_width, &summary);
    let threshold = fill(s.threshold_note, &[("threshold", &format_score(report.threshold))]);
    flow.paragraph(&format!("{threshold} {}", s.band_note), Face::Regular, SMALL, Tone::Muted);
}

/// Page 2: the competencies, and the reflection beside them when it fits there; otherwise
/// below, flowing onto further pages as long notes need.
fn second_page(flow: &mut Flow, input: &PdfInput, labels: &ChartLabels) {
    let s = input.strings;
    flow.new_page_unless_sparse();
    let full = flow.full_width();
    let reflect = input.config.sections.reflection;
    let chart_width = full * 0.5;
    let side_width = full - chart_width - GUTTER;
    let chart_block = flow.measure(chart_width, &mut |f| competencies(f, input, labels, chart_width));
    let side_block = flow.measure(side_width, &mut |f| reflection(f, input));
    let room = flow.page_capacity() - (flow.y - MARGIN);
    if reflect && side_block <= room && chart_block <= room {
        let (left, right) = (flow.x, flow.x + chart_width + GUTTER);
        flow.side_by_side(&mut [
            (left, chart_width, &mut |f: &mut Flow| competencies(f, input, labels, chart_width)),
            (right, side_width, &mut |f: &mut Flow| reflection(f, input)),
        ]);
    } else {
        competencies(flow, input, labels, chart_width);
        if reflect {
            flow.gap(BODY);
            reflection(flow, input);
        }
    }
    flow.gap(BODY);
    flow.paragraph(s.self_rating_note, Face::Regular, BODY, Tone::Muted);
}

/// "How colleagues see you": the count, both indexes side by side, the balance as colleagues
/// see it, the blind spots and hidden strengths, and every competency, self against
/// colleagues; the same words and chart as the results page.
fn colleagues(flow: &mut Flow, input: &PdfInput, view: &ColleagueView) {
    let s = input.strings;
    let instrument = input.instrument;
    let others = view.bands(instrument, input.errors);
    let comparison = Comparison::build(instrument, &input.report.bands, &others, view.responses);
    flow.heading(s.view_heading, Role::H2, HEADING, 4.0 * BODY);
    let count = s.colleague_count(view.responses);
    flow.paragraph(&count, Face::Regular, BODY, Tone::Normal);
    if view.responses < FEW_RESPONSES {
        flow.paragraph(s.view_indexes_only, Face::Regular, BODY, Tone::Muted);
    }
    let indexes = s.colleague_indexes(&comparison);
    flow.paragraph(&indexes, Face::Regular, BODY, Tone::Normal);
    let labels = s.chart_labels();
    let chart = balance_chart(&view.scores(instrument), Some(&others), &labels, None);
    let width = flow.full_width() * 0.45;
    flow.heading(s.view_balance_heading, Role::H3, BODY + 1.0, chart.height * width / chart.width);
    flow.chart(&chart, width, &s.balance_summary_for(&others));
    if view.responses < FEW_RESPONSES {
        return;
    }
    let list = |flow: &mut Flow, heading: &str, rows: &[SideBySide]| {
        flow.heading(heading, Role::H3, BODY + 1.0, 2.0 * BODY);
        flow.within(Role::L, &mut |flow| {
            for row in rows {
                let text = s.side_by_side(instrument, row);
                flow.list_item("•", BODY, BULLET_INDENT, &mut |f| {
                    f.paragraph(&text, Face::Regular, BODY, Tone::Normal)
                });
            }
        });
    };
    if comparison.blind_spots.is_empty() && comparison.hidden_strengths.is_empty() {
        flow.paragraph(s.no_gaps, Face::Regular, BODY, Tone::Normal);
    }
    if !comparison.blind_spots.is_empty() {
        list(flow, s.blind_spots_heading, &comparison.blind_spots);
    }
    if !comparison.hidden_strengths.is_empty() {
        list(flow, s.hidden_strengths_heading, &comparison.hidden_strengths);
    }
    list(flow, s.competencies_heading, &comparison.rows);
}

fn lay_out(input: &PdfInput) -> Flow {
    let s = input.strings;
    let mut flow = Flow::new(input.paper, Rc::clone(input.fonts));
    let labels = s.chart_labels();
    // Page 1: what a learner would pin up.
    header(&mut flow, input);
    profile(&mut flow, input);
    flow.gap(BODY * 0.5);
    balance(&mut flow, input, &labels);
    flow.gap(BODY * 0.5);
    topics(&mut flow, input);
    second_page(&mut flow, input, &labels);
    if let Some(view) = input.colleagues {
        // A page of its own, so that it reads as one piece (unless little is on this one yet).
        flow.new_page_unless_sparse();
        colleagues(&mut flow, input, view);
    }
    flow
}

/// The results as a PDF file.
pub fn results_pdf(input: &PdfInput) -> Vec<u8> {
    let s = input.strings;
    write_with_footers(lay_out(input), s, input.date, (s.pdf_title, s.pdf_subject))
}

/// `flow` with the footer every PDF of ours carries ("Leadership Balance · date", "Page n of
/// N") and written out, titled `title` with `subject`, in the strings' language.
pub(super) fn write_with_footers(
    flow: Flow,
    strings: &Strings,
    date: CalendarDate,
    (title, subject): (&str, &str),
) -> Vec<u8> {
    let day = strings.long_date(date);
    let document = flow.finish(|page, pages| {
        (
            format!("{} · {day}", strings.app_title),
            fill(strings.page_counter, &[("n", &page.to_string()), ("total", &pages.to_string())]),
        )
    });
    let metadata = Metadata {
        title,
        subject,
        language: strings.code,
        year: date.year,
        month: date.month,
        day: date.day,
    };
    write(&document, &metadata)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::answers::{Answer, AnswerSheet, Context, Frequency};
    use crate::pdf::layout::{Document, Item};
    use crate::strings::ENGLISH;

    fn document(reflections: &[String]) -> Document {
        let instrument = Instrument::builtin().expect("valid");
        let answers =
            (0..instrument.statements.len()).map(|_| Some(Answer::Frequency(Frequency::Often))).collect();
        let errors = ErrorModel::default_for(&instrument);
        let report = Report::build(
            &instrument,
            &AnswerSheet::from_answers(answers),
            &Context::default(),
            60.0,
            &errors,
        );
        let input = PdfInput {
            instrument: &instrument,
            report: &report,
            reflections,
            colleagues: None,
            strings: &ENGLISH,
            config: &ProviderConfig::default(),
            errors: &errors,
            date: CalendarDate { year: 2026, month: 1, day: 5 },
            paper: Paper::A4,
            fonts: &Rc::new(crate::pdf::font::test_fonts()),
            learner: None,
        };
        lay_out(&input).finish(|_, _| (String::new(), String::new()))
    }

    fn rules(document: &Document) -> usize {
        document.pages.iter().flat_map(|p| &p.items).filter(|p| matches!(p.item, Item::Rule { .. })).count()
    }

    #[test]
    fn empty_reflections_get_three_lines_each_to_write_on() {
        let answered = vec!["Yes.".to_owned(); 4];
        let one_empty = vec!["Yes.".to_owned(), String::new(), "Yes.".to_owned(), "Yes.".to_owned()];
        let base = rules(&document(&answered));
        assert_eq!(rules(&document(&one_empty)), base + WRITING_LINES);
        assert_eq!(rules(&document(&[])), base + 4 * WRITING_LINES);
        // Blank space counts as empty.
        let blank = vec!["  \n ".to_owned(); 4];
        assert_eq!(rules(&document(&blank)), base + 4 * WRITING_LINES);
    }

    #[test]
    fn a_typical_result_fits_on_one_to_three_pages() {
        let pages = document(&[]).pages.len();
        assert!((1..=3).contains(&pages), "{pages} pages");
    }
}
