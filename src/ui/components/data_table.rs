//! A table of figures that scrolls sideways on a narrow screen rather than squeezing its
//! numbers: the learner's scores, the colleagues' view and the cohort's reliability.

use yew::prelude::*;

/// A column's header, and the class its header shares with its cells (alignment, and what
/// narrow screens hide); empty for none.
pub type Column = (&'static str, &'static str);

/// What a table shows.
pub struct DataTableProps<'a> {
    /// The table's own class beside `lb-table`; empty for none.
    pub class: &'static str,
    /// What the table is, for everyone and for screen readers' table lists.
    pub caption: &'static str,
    /// The headers, left to right.
    pub columns: &'a [Column],
    /// The rows.
    pub body: Html,
    /// Summary rows below the others, such as the two indexes.
    pub foot: Option<Html>,
}

/// The table in its scrolling frame.
pub fn data_table(props: DataTableProps) -> Html {
    let DataTableProps { class, caption, columns, body, foot } = props;
    let headers = columns.iter().map(|&(header, class)| {
        html! { <th scope="col" class={(!class.is_empty()).then_some(class)}>{ header }</th> }
    });
    html! {
        <div class="lb-table-wrap">
            <table class={classes!("lb-table", class)}>
                <caption>{ caption }</caption>
                <thead>
                    <tr>{ for headers }</tr>
                </thead>
                <tbody>{ body }</tbody>
                if let Some(foot) = foot {
                    <tfoot>{ foot }</tfoot>
                }
            </table>
        </div>
    }
}
