//! The scores as a table: the charts' text alternative, and the place to read exact numbers.

use yew::prelude::*;

use crate::model::chart::format_score;
use crate::model::instrument::{Instrument, Track};
use crate::model::uncertainty::{Band, Bands};
use crate::strings::Strings;
use crate::ui::components::data_table::{DataTableProps, data_table};

/// The scores to list.
pub struct ScoresTableProps<'a> {
    /// The learner's language: headers and track names.
    pub text: &'a Strings,
    /// The competencies' names and tracks, in instrument order.
    pub instrument: &'a Instrument,
    /// One score per competency, and the two indexes, each with its band.
    pub bands: &'a Bands,
}

/// Every score as a table, for those who do not read charts.
pub fn scores_table(props: ScoresTableProps) -> Html {
    let ScoresTableProps { text, instrument, bands } = props;
    let score = |band: Option<Band>| {
        band.map_or_else(|| text.not_enough_answers.to_owned(), |b| format_score(b.value))
    };
    let rows = instrument.competencies.iter().zip(&bands.competencies).map(|(competency, band)| {
        html! {
            <tr>
                <th scope="row">{ competency.name.clone() }</th>
                <td class="lb-table__track">{ text.track(competency.track) }</td>
                <td class="lb-table__range">{ text.range(*band) }</td>
                <td class="lb-table__score">{ score(*band) }</td>
            </tr>
        }
    });
    let index_rows = Track::ALL.into_iter().map(|track| {
        html! {
            <tr class="lb-table__index">
                <th scope="row">{ text.track(track) }</th>
                <td class="lb-table__track"></td>
                <td class="lb-table__range">{ text.range(bands.index(track)) }</td>
                <td class="lb-table__score">{ score(bands.index(track)) }</td>
            </tr>
        }
    });
    data_table(DataTableProps {
        class: "",
        caption: text.table_caption,
        columns: &[
            (text.table_competency, ""),
            (text.table_track, "lb-table__track"),
            (text.table_range, "lb-table__range"),
            (text.table_score, "lb-table__score"),
        ],
        body: rows.collect(),
        foot: Some(index_rows.collect()),
    })
}
