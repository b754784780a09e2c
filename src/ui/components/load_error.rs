//! Shown instead of the assessment when it cannot start: a config or instrument with
//! problems. It names each problem with its path, and never breaks the host page.

use yew::prelude::*;

/// `body` is one sentence on who should act; `details` holds each problem with its path.
pub fn load_error(heading: &'static str, body: &'static str, details: &[String]) -> Html {
    html! {
        <section class="lb-page lb-error" role="alert">
            <h2 class="lb-heading">{ heading }</h2>
            <p>{ body }</p>
            <ul class="lb-error__details">
                { for details.iter().filter(|d| !d.is_empty()).map(|d| html! { <li><code>{ d.clone() }</code></li> }) }
            </ul>
        </section>
    }
}
