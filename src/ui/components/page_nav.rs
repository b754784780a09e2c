//! Back and Next, plus the live message that says what is missing.

use yew::prelude::*;

use crate::strings::Strings;

/// `next_label` is "Next" unless this is the last page; `message` says what still needs an
/// answer, and is announced politely as it changes.
pub fn page_nav(
    text: &Strings,
    on_back: Callback<MouseEvent>,
    on_next: Callback<MouseEvent>,
    next_label: &'static str,
    message: Option<String>,
) -> Html {
    html! {
        <div class="lb-nav-area">
            <p class="lb-status" aria-live="polite">{ message.unwrap_or_default() }</p>
            <div class="lb-nav">
                <button type="button" class="lb-button lb-button--secondary" onclick={on_back}>{ text.back }</button>
                <button type="button" class="lb-button lb-button--primary" onclick={on_next}>{ next_label }</button>
            </div>
        </div>
    }
}
