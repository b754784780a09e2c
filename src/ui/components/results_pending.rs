//! The results page's heading and one line, drawn by the widget's first module for the moment
//! it takes the full module (which holds the results) to take over; see [`crate::ui::later`].
//! Usually that module has arrived while the learner answered, and this shows for a frame.

use yew::prelude::*;

use crate::strings::Strings;

/// The results page to come.
pub struct ResultsPendingProps {
    /// The learner's language.
    pub text: &'static Strings,
    /// The heading, which takes the focus as every new page's does.
    pub heading: NodeRef,
}

/// The results' heading while the full module is on its way.
pub fn results_pending(props: ResultsPendingProps) -> Html {
    let ResultsPendingProps { text, heading } = props;
    html! {
        <section key="results-pending" class="lb-page lb-results-pending" aria-busy="true">
            <h2 class="lb-heading" tabindex="-1" ref={heading}>{ text.results_heading }</h2>
            <p class="lb-meta" role="status">{ text.results_preparing }</p>
        </section>
    }
}
