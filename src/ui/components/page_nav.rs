//! Back and Next, plus the live message that says what is missing.

use yew::prelude::*;

use crate::strings::Strings;

/// The buttons and the message under a page.
pub struct PageNavProps<'a> {
    /// The learner's language.
    pub text: &'a Strings,
    /// Back to the previous page.
    pub on_back: Callback<MouseEvent>,
    /// On to the next page, or to the results.
    pub on_next: Callback<MouseEvent>,
    /// "Next" unless this is the last page.
    pub next_label: &'static str,
    /// What still needs an answer; announced politely as it changes.
    pub message: Option<String>,
}

/// Back and Next, under the line that says what is missing.
pub fn page_nav(props: PageNavProps) -> Html {
    let PageNavProps { text, on_back, on_next, next_label, message } = props;
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
