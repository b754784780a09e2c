//! Shown instead of the assessment when it cannot start: a config or instrument with
//! problems. It names each problem with its path, and never breaks the host page.

use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct LoadErrorProps {
    pub heading: AttrValue,
    /// One sentence on who should act.
    pub body: AttrValue,
    /// Each problem, with its path.
    pub details: Vec<String>,
}

#[function_component]
pub fn LoadError(props: &LoadErrorProps) -> Html {
    html! {
        <section class="lb-page lb-error" role="alert">
            <h2 class="lb-heading">{ props.heading.clone() }</h2>
            <p>{ props.body.clone() }</p>
            <ul class="lb-error__details">
                { for props.details.iter().filter(|d| !d.is_empty()).map(|d| html! { <li><code>{ d.clone() }</code></li> }) }
            </ul>
        </section>
    }
}
