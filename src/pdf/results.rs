//! What the results PDF says, in which order: the same report, charts and strings as the
//! results page.

use crate::config::ProviderConfig;
use crate::model::chart::{ChartLabels, balance_chart, competency_chart, format_score};
use crate::model::instrument::{Instrument, Track};
use crate::model::quality::QualityNote;
use crate::model::report::Report;
use crate::strings::{Strings, fill};

use super::CalendarDate;
use super::layout::{Flow, Paper, Tone};
use super::text::{Face, width};
use super::writer::{Metadata, write};

const TITLE: f64 = 20.0;
const HEADING: f64 = 13.0;
const BODY: f64 = 10.0;
const SMALL: f64 = 8.5;
/// Spacing of the ruled lines offered for a reflection question left empty.
const WRITING_LINE: f64 = 22.0;
const WRITING_LINES: usize = 3;

/// Everything the PDF needs; all of it is already on the results page.
pub struct PdfInput<'a> {
    pub instrument: &'a Instrument,
    pub report: &'a Report,
    /// The learner's reflection notes, possibly empty.
    pub reflections: &'a [String],
    pub strings: &'a Strings,
    /// The provider's name, course links and sections.
    pub config: &'a ProviderConfig,
    pub date: CalendarDate,
    pub paper: Paper,
}

/// "28 November 2026", in the strings' own order and month names.
pub fn long_date(strings: &Strings, date: CalendarDate) -> String {
    let month = strings.months.get(usize::from(date.month).wrapping_sub(1)).copied().unwrap_or("");
    let day = if date.day == 1 { strings.first_day.to_owned() } else { date.day.to_string() };
    fill(strings.date_format, &[("day", &day), ("month", month), ("year", &date.year.to_string())])
}

fn score_text(strings: &Strings, score: Option<f64>) -> String {
    score.map_or_else(|| strings.not_enough_answers.to_owned(), format_score)
}

fn competency_list(flow: &mut Flow, input: &PdfInput, heading: &str, competencies: &[usize]) {
    let s = input.strings;
    flow.heading(heading, BODY + 1.0, 2.0 * BODY);
    if competencies.is_empty() {
        flow.paragraph(s.nothing_to_rank, Face::Regular, BODY, Tone::Muted);
    }
    for &c in competencies {
        let score = score_text(s, input.report.scores.competencies[c].value());
        let line = format!("• {} · {score}", input.instrument.competencies[c].name);
        flow.paragraph(&line, Face::Regular, BODY, Tone::Normal);
    }
}

fn scores_table(flow: &mut Flow, input: &PdfInput) {
    let s = input.strings;
    let (left, total) = (flow.x, flow.full_width());
    let track_x = left + total * 0.62;
    let right = left + total;
    let row = |flow: &mut Flow, name: &str, track: &str, score: &str, face: Face| {
        flow.ensure(BODY * 1.6);
        flow.gap(BODY * 1.45);
        let baseline = flow.y - BODY * 0.35;
        flow.place(left, baseline, name, face, BODY, Tone::Normal);
        flow.place(track_x, baseline, track, face, BODY, Tone::Normal);
        flow.place(right - width(score, face, BODY), baseline, score, face, BODY, Tone::Normal);
        flow.rule(BODY * 0.1);
    };
    flow.heading(s.table_caption, HEADING, 6.0 * BODY);
    row(flow, s.table_competency, s.table_track, s.table_score, Face::Bold);
    for (competency, score) in input.instrument.competencies.iter().zip(&input.report.scores.competencies) {
        row(flow, &competency.name, s.track(competency.track), &score_text(s, score.value()), Face::Regular);
    }
    for track in Track::ALL {
        let name = s.track(track);
        row(flow, name, "", &score_text(s, input.report.scores.index(track)), Face::Bold);
    }
}

fn lay_out(input: &PdfInput) -> Flow {
    let s = input.strings;
    let report = input.report;
    let mut flow = Flow::new(input.paper);

    // Title, provider and date.
    flow.paragraph(
        input.config.provider.name.as_deref().unwrap_or(s.app_title),
        Face::Bold,
        BODY,
        Tone::Accent,
    );
    flow.paragraph(s.results_heading, Face::Bold, TITLE, Tone::Normal);
    flow.paragraph(
        &fill(s.created_on, &[("date", &long_date(s, input.date))]),
        Face::Regular,
        BODY,
        Tone::Muted,
    );
    flow.gap(BODY);

    // Profile and its interpretation.
    let (name, interpretation) = match report.profile {
        Some(profile) => (s.profile(profile).name, s.profile(profile).interpretation),
        None => (s.unplaced_heading, s.unplaced_body),
    };
    flow.heading(name, HEADING + 2.0, 3.0 * BODY);
    flow.paragraph(interpretation, Face::Regular, BODY, Tone::Normal);
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
    flow.gap(BODY);

    // The two charts, from the same geometry as the SVG: competencies on the left; the
    // balance, strengths and growth areas on the right.
    let labels = ChartLabels {
        management: s.management,
        leadership: s.leadership,
        not_enough_answers: s.not_enough_answers,
    };
    let bars = competency_chart(input.instrument, &report.scores, report.threshold, &labels, None);
    let balance = balance_chart(&report.scores, &labels, None);
    let full = flow.full_width();
    let gutter = 24.0;
    let left_width = full * 0.52;
    let right_width = full - left_width - gutter;
    let (left_x, right_x) = (flow.x, flow.x + left_width + gutter);
    flow.ensure(bars.height * left_width / bars.width + 2.0 * HEADING);
    flow.side_by_side(&mut [
        (left_x, left_width, &mut |f: &mut Flow| {
            f.heading(s.competencies_heading, HEADING, 0.0);
            f.chart(&bars, left_width);
            f.paragraph(
                &fill(s.threshold_note, &[("threshold", &format_score(report.threshold))]),
                Face::Regular,
                SMALL,
                Tone::Muted,
            );
        }),
        (right_x, right_width, &mut |f: &mut Flow| {
            f.heading(s.balance_heading, HEADING, 0.0);
            f.chart(&balance, right_width);
            let balance_summary = fill(
                s.balance_summary,
                &[
                    ("management", &score_text(s, report.scores.management)),
                    ("leadership", &score_text(s, report.scores.leadership)),
                ],
            );
            f.paragraph(&balance_summary, Face::Regular, SMALL, Tone::Muted);
            competency_list(f, input, s.strengths_heading, &report.strengths);
            competency_list(f, input, s.growth_heading, &report.growth_areas);
        }),
    ]);
    flow.gap(BODY);

    scores_table(&mut flow, input);
    flow.gap(BODY);

    // Next topics with their reasons.
    flow.heading(s.topics_heading, HEADING, 4.0 * BODY);
    if report.next_topics.is_empty() {
        flow.paragraph(s.no_topics, Face::Regular, BODY, Tone::Muted);
    }
    for (rank, recommendation) in report.next_topics.iter().enumerate() {
        let topic = &input.instrument.topics[recommendation.topic];
        flow.ensure(4.0 * BODY * 1.35);
        flow.paragraph(&format!("{}. {}", rank + 1, topic.title), Face::Bold, BODY + 0.5, Tone::Normal);
        flow.paragraph(&topic.summary, Face::Regular, BODY, Tone::Normal);
        let reason = s.topic_reason(input.instrument, recommendation);
        flow.paragraph(&reason, Face::Regular, BODY, Tone::Muted);
        if let Some(course) = input.config.courses.get(&topic.id) {
            flow.link(
                &format!("{} {} – {}", s.course_label, course.title, course.url),
                &course.url,
                Face::Regular,
                BODY,
            );
            if let Some(blurb) = &course.blurb {
                flow.paragraph(blurb, Face::Regular, BODY, Tone::Normal);
            }
        }
        flow.gap(BODY * 0.5);
    }
    flow.gap(BODY * 0.5);

    // The reflection: the learner's notes, or lines to write on.
    if input.config.sections.reflection {
        reflection(&mut flow, input);
    }
    flow.gap(BODY);
    flow.paragraph(s.self_rating_note, Face::Regular, BODY, Tone::Muted);
    flow
}

fn reflection(flow: &mut Flow, input: &PdfInput) {
    let s = input.strings;
    flow.heading(s.reflection_heading, HEADING, 6.0 * BODY);
    flow.paragraph(s.reflection_intro, Face::Regular, BODY, Tone::Muted);
    for (i, question) in s.reflection_questions.iter().enumerate() {
        flow.gap(BODY * 0.6);
        flow.ensure(BODY * 1.35 + WRITING_LINE * WRITING_LINES as f64);
        flow.paragraph(question, Face::Bold, BODY, Tone::Normal);
        match input.reflections.get(i).map(|a| a.trim()).filter(|a| !a.is_empty()) {
            Some(answer) => flow.paragraph(answer, Face::Regular, BODY, Tone::Normal),
            None => flow.writing_lines(WRITING_LINES, WRITING_LINE),
        }
    }
}

/// The results as a PDF file.
pub fn results_pdf(input: &PdfInput) -> Vec<u8> {
    let s = input.strings;
    let date = long_date(s, input.date);
    let document = lay_out(input).finish(|page, pages| {
        (
            format!("{} · {date}", s.app_title),
            fill(s.page_counter, &[("n", &page.to_string()), ("total", &pages.to_string())]),
        )
    });
    let metadata = Metadata {
        title: s.pdf_title,
        subject: s.pdf_subject,
        year: input.date.year,
        month: input.date.month,
        day: input.date.day,
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
        let report =
            Report::build(&instrument, &AnswerSheet::from_answers(answers), &Context::default(), 60.0);
        let input = PdfInput {
            instrument: &instrument,
            report: &report,
            reflections,
            strings: &ENGLISH,
            config: &ProviderConfig::default(),
            date: CalendarDate { year: 2026, month: 1, day: 5 },
            paper: Paper::A4,
        };
        lay_out(&input).finish(|_, _| (String::new(), String::new()))
    }

    fn rules(document: &Document) -> usize {
        document.pages.iter().flat_map(|p| &p.items).filter(|i| matches!(i, Item::Rule { .. })).count()
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

    #[test]
    fn dates_read_naturally() {
        assert_eq!(long_date(&ENGLISH, CalendarDate { year: 2026, month: 1, day: 5 }), "5 January 2026");
        assert_eq!(
            CalendarDate { year: 2026, month: 1, day: 5 }.file_name(),
            "leadership-balance-2026-01-05.pdf"
        );
        // A month out of range shows no name rather than failing.
        assert_eq!(long_date(&ENGLISH, CalendarDate { year: 2026, month: 13, day: 5 }), "5  2026");
    }
}
