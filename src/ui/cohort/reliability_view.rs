//! "How reliable are these statements on your learners?": the figures as a table, the
//! flagged statements, the rough-figures note, and the `reliability` block for the provider's
//! config with its copy button. It only draws; copying and the CSV download are the page's
//! callbacks.

use yew::prelude::*;

use crate::cohort::{CohortReliability, Member};
use crate::config::Reliability;
use crate::model::instrument::Instrument;
use crate::pdf::cohort::{reliability_intro, reliability_rows, weak_statement_lines};

use crate::ui::components::data_table::{DataTableProps, data_table};

use super::CohortSetup;
use super::text_box::{TextBoxProps, text_box};

/// The cohort's reliability figures and the config block they make, worked out once each
/// time learners are added.
#[derive(Debug, PartialEq)]
pub struct MeasuredCohort {
    /// The figures.
    pub figures: CohortReliability,
    /// The `reliability` block as the trainer copies it.
    pub block: String,
}

impl MeasuredCohort {
    /// Measures `members` on `instrument`.
    pub fn of(instrument: &Instrument, members: &[Member]) -> MeasuredCohort {
        let figures = CohortReliability::measure(instrument, members);
        let block = Reliability::from_cohort(instrument, &figures).block();
        MeasuredCohort { figures, block }
    }
}

/// What the reliability section shows.
pub struct ReliabilityViewProps<'a> {
    /// The language's tables and the instrument.
    pub setup: &'a CohortSetup,
    /// The figures and the block.
    pub measured: &'a MeasuredCohort,
    /// What the copy button last did; empty before it is pressed.
    pub copy_status: &'a str,
    /// Copies the block; given the block's field, to select it where the browser refuses the
    /// clipboard.
    pub on_copy: Callback<NodeRef>,
    /// Makes the figures' CSV and saves it.
    pub on_csv: Callback<MouseEvent>,
}

/// The section: the table, the flagged statements and the block, or one sentence while no
/// scale has figures.
pub fn reliability_view(props: ReliabilityViewProps) -> Html {
    let ReliabilityViewProps { setup, measured, copy_status, on_copy, on_csv } = props;
    let (strings, words, instrument) = (setup.strings, setup.words, &setup.instrument);
    let figures = &measured.figures;
    let field = NodeRef::default();
    let onclick = {
        let field = field.clone();
        on_copy.reform(move |_: MouseEvent| field.clone())
    };
    let intro = reliability_intro(figures, strings, words);
    if !figures.has_figures() {
        return html! {
            <section class="lb-section lb-cohort__reliability" aria-labelledby="lb-cohort-reliability">
                <h2 id="lb-cohort-reliability">{ words.reliability_heading }</h2>
                <p>{ intro }</p>
                <p class="lb-notes">{ words.reliability_none }</p>
            </section>
        };
    }
    let (competency_rows, index_rows): (Vec<_>, Vec<_>) =
        reliability_rows(instrument, figures, words).into_iter().partition(|row| !row.index);
    let draw = |rows: Vec<crate::pdf::cohort::ReliabilityRow>| {
        rows.into_iter().map(|row| {
            html! {
                <tr class={classes!(row.index.then_some("lb-table__index"))}>
                    <th scope="row">{ row.name }</th>
                    <td class="lb-table__score">{ row.alpha }</td>
                    <td class="lb-table__score">{ row.sem }</td>
                    <td class="lb-table__score">{ row.learners }</td>
                </tr>
            }
        })
    };
    let weak = weak_statement_lines(instrument, figures, words);
    html! {
        <section class="lb-section lb-cohort__reliability" aria-labelledby="lb-cohort-reliability">
            <h2 id="lb-cohort-reliability">{ words.reliability_heading }</h2>
            <p>{ intro }</p>
            if figures.is_rough() {
                <p class="lb-notes lb-cohort__rough">{ words.reliability_rough }</p>
            }
            { data_table(DataTableProps {
                class: "lb-cohort__reliability-table",
                caption: words.table_caption,
                columns: &[
                    (words.column_scale, ""),
                    (words.column_alpha, "lb-table__score"),
                    (words.column_sem, "lb-table__score"),
                    (words.column_learners, "lb-table__score"),
                ],
                body: draw(competency_rows).collect(),
                foot: Some(draw(index_rows).collect()),
            }) }
            <h3>{ words.weak_heading }</h3>
            <p class="lb-hint">{ words.weak_intro }</p>
            if weak.is_empty() {
                <p>{ words.none_weak }</p>
            } else {
                <ul class="lb-cohort__weak">{ for weak.into_iter().map(|line| html! { <li>{ line }</li> }) }</ul>
            }
            { text_box(TextBoxProps {
                id: "lb-cohort-block",
                label: words.block_label,
                hint: words.block_hint,
                field,
                read_only: Some(measured.block.clone()),
                on_drop: None,
            }) }
            <p class="lb-share__actions">
                <button type="button" class="lb-button lb-button--secondary" {onclick}>{ words.copy_block }</button>
                <button type="button" class="lb-button lb-button--secondary" onclick={on_csv}>{ words.reliability_csv_button }</button>
                <span class="lb-status" role="status">{ copy_status.to_owned() }</span>
            </p>
        </section>
    }
}
