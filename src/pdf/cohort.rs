//! The cohort summary as a PDF, with the same engine, layout rules and tagging as the
//! learner's report: page 1 the group's size, where to start, the profiles, both indexes and
//! the topics the group needs most; page 2 every competency's spread.

use crate::cohort::charts::{
    CohortChartLabels, competency_box_chart, format_median, index_chart, profile_chart,
};
use crate::cohort::{Advice, CohortSummary};
use crate::model::instrument::Instrument;
use crate::strings::cohort::CohortWords;
use crate::strings::{Strings, fill};

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
        unplaced: words.unplaced,
        management: strings.management,
        leadership: strings.leadership,
        median: words.median,
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
    if summary.unplaced > 0 {
        each.push(format!("{} {}", words.unplaced, summary.unplaced));
    }
    let count = summary.learners.to_string();
    let median = |spread: Option<crate::cohort::Spread>| {
        spread.map_or_else(|| strings.not_enough_answers.to_owned(), |s| format_median(s.median))
    };
    let competencies: Vec<String> = summary
        .competencies
        .iter()
        .filter_map(|(c, spread)| {
            let name = &instrument.competencies.get(*c)?.short_name;
            Some(format!("{name} {}", format_median(spread.median)))
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
    let mut flow = Flow::new(input.paper);
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
    let boxes = competency_box_chart(input.instrument, summary);
    flow.heading(words.competencies_heading, Role::H2, HEADING, boxes.height * width / boxes.width);
    flow.chart(&boxes, width, &alts.competencies);
    flow.paragraph(words.competencies_note, Face::Regular, SMALL, Tone::Muted);
    flow
}

/// The cohort summary as a PDF file.
pub fn cohort_pdf(input: &CohortPdfInput) -> Vec<u8> {
    let words = input.words;
    write_with_footers(lay_out(input), input.strings, input.date, (words.pdf_title, words.pdf_subject))
}
