//! Shown instead of the assessment when it cannot start: a config or instrument with
//! problems. It names each problem with its path, and never breaks the host page.

use yew::prelude::*;

/// What went wrong, in the learner's language and in the provider's terms.
pub struct LoadErrorProps<'a> {
    /// Says that the assessment cannot start.
    pub heading: &'static str,
    /// One sentence on who should act.
    pub body: &'static str,
    /// Each problem with its path, for the provider.
    pub details: &'a [String],
}

/// What went wrong, in a sentence, with the details for the provider.
pub fn load_error(props: LoadErrorProps) -> Html {
    let LoadErrorProps { heading, body, details } = props;
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
