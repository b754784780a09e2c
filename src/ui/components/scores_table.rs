//! The scores as a table: the charts' text alternative, and the place to read exact numbers.

use std::rc::Rc;

use yew::prelude::*;

use crate::model::chart::format_score;
use crate::model::instrument::{Instrument, Track};
use crate::model::scoring::Scores;
use crate::ui::app::use_text;

#[derive(Properties, PartialEq)]
pub struct ScoresTableProps {
    pub instrument: Rc<Instrument>,
    pub scores: Rc<Scores>,
}

#[function_component]
pub fn ScoresTable(props: &ScoresTableProps) -> Html {
    let text = use_text();
    let rows = props.instrument.competencies.iter().zip(&props.scores.competencies).map(|(competency, score)| {
        html! {
            <tr>
                <th scope="row">{ competency.name.clone() }</th>
                <td>{ text.track(competency.track) }</td>
                <td class="lb-table__score">{ score.value().map_or_else(|| text.not_enough_answers.to_owned(), format_score) }</td>
            </tr>
        }
    });
    let index_rows = Track::ALL.into_iter().map(|track| {
        html! {
            <tr class="lb-table__index">
                <th scope="row">{ text.track(track) }</th>
                <td></td>
                <td class="lb-table__score">{ props.scores.index(track).map_or_else(|| text.not_enough_answers.to_owned(), format_score) }</td>
            </tr>
        }
    });
    html! {
        <div class="lb-table-wrap">
            <table class="lb-table">
                <caption>{ text.table_caption }</caption>
                <thead>
                    <tr>
                        <th scope="col">{ text.table_competency }</th>
                        <th scope="col">{ text.table_track }</th>
                        <th scope="col" class="lb-table__score">{ text.table_score }</th>
                    </tr>
                </thead>
                <tbody>{ for rows }</tbody>
                <tfoot>{ for index_rows }</tfoot>
            </table>
        </div>
    }
}
