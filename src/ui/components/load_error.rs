//! Shown instead of the assessment when the instrument cannot be loaded.

use yew::prelude::*;

use crate::ui::app::use_text;

#[derive(Properties, PartialEq)]
pub struct LoadErrorProps {
    /// The validation message, with the path of the problem.
    pub details: AttrValue,
}

#[function_component]
pub fn LoadError(props: &LoadErrorProps) -> Html {
    let text = use_text();
    html! {
        <section class="lb-page lb-error" role="alert">
            <h2 class="lb-heading">{ text.load_error_heading }</h2>
            <p>{ text.load_error_body }</p>
            <pre class="lb-error__details">{ props.details.clone() }</pre>
        </section>
    }
}
