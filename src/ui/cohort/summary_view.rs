//! The group's summary: its size, where to start, the profiles, both indexes, the topics it
//! needs most and every competency's spread; and the buttons for the CSV and PDF downloads.

use yew::prelude::*;

use crate::cohort::CohortSummary;
use crate::cohort::charts::{competency_box_chart, index_chart, profile_chart};
use crate::pdf::cohort::{advice_text, chart_labels, chart_summaries};
use crate::strings::fill;
use crate::ui::components::chart_svg::{ChartSvgProps, chart_svg};

use super::CohortSetup;

/// How many of the ranked topics the page lists (the PDF lists as many).
const TOPICS_SHOWN: usize = 5;

/// What the summary shows.
pub struct SummaryViewProps<'a> {
    /// The language's tables and the instrument.
    pub setup: &'a CohortSetup,
    /// The group, combined.
    pub summary: &'a CohortSummary,
    /// Whether the cohort is kept on this device.
    pub kept: bool,
    /// Ticks or unticks "Keep this cohort on this device".
    pub on_keep: Callback<Event>,
    /// Makes the CSV and saves it.
    pub on_csv: Callback<MouseEvent>,
    /// Makes the PDF and saves it.
    pub on_pdf: Callback<MouseEvent>,
    /// Empties the cohort.
    pub on_clear: Callback<MouseEvent>,
}

pub fn summary_view(props: SummaryViewProps) -> Html {
    let SummaryViewProps { setup, summary, kept, on_keep, on_csv, on_pdf, on_clear } = props;
    let (strings, words, instrument) = (setup.strings, setup.words, &setup.instrument);
    let labels = chart_labels(strings, words);
    let alts = chart_summaries(instrument, summary, strings, words);
    let topics = summary.topics.iter().take(TOPICS_SHOWN).filter_map(|topic| {
        let info = instrument.topics.get(topic.topic)?;
        let share = fill(
            words.top_three,
            &[("count", &topic.in_top_three.to_string()), ("total", &summary.learners.to_string())],
        );
        Some(html! {
            <li>
                <strong class="lb-topic__title">{ info.title.clone() }</strong>
                <p class="lb-hint">{ share }</p>
            </li>
        })
    });

    html! {
        <section class="lb-section lb-cohort__summary" aria-labelledby="lb-cohort-size">
            <h2 id="lb-cohort-size">{ words.learners(summary.learners) }</h2>
            if summary.learners < 3 {
                <p class="lb-notes">{ words.small_group }</p>
            }
            <h2>{ words.advice_heading }</h2>
            <p class="lb-cohort__advice">{ advice_text(words, summary.advice) }</p>
            <h2>{ words.profiles_heading }</h2>
            { chart_svg(ChartSvgProps { chart: &profile_chart(summary, &labels), summary: alts.profiles, class: "lb-chart--profiles" }) }
            <h2>{ words.indexes_heading }</h2>
            { chart_svg(ChartSvgProps { chart: &index_chart(summary, &labels), summary: alts.indexes, class: "lb-chart--indexes" }) }
            <h2>{ words.topics_heading }</h2>
            <ol class="lb-cohort__topics">{ for topics }</ol>
            <h2>{ words.competencies_heading }</h2>
            { chart_svg(ChartSvgProps { chart: &competency_box_chart(instrument, summary, &labels), summary: alts.competencies, class: "lb-chart--boxes" }) }
            <p class="lb-chart-note">{ words.competencies_note }</p>
            <label class="lb-option lb-cohort__keep">
                <input type="checkbox" checked={kept} onchange={on_keep} />
                <span class="lb-option__label">{ words.keep_label }</span>
            </label>
            <p class="lb-share__actions">
                <button type="button" class="lb-button lb-button--secondary" onclick={on_csv}>{ words.csv_button }</button>
                <button type="button" class="lb-button lb-button--secondary" onclick={on_pdf}>{ words.pdf_button }</button>
                <button type="button" class="lb-button lb-button--secondary" onclick={on_clear}>{ words.clear_button }</button>
            </p>
        </section>
    }
}
