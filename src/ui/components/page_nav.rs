//! Back and Next, plus the live message that says what is missing.

use yew::prelude::*;

use crate::ui::app::use_text;

#[derive(Properties, PartialEq)]
pub struct PageNavProps {
    pub on_back: Callback<MouseEvent>,
    pub on_next: Callback<MouseEvent>,
    /// Label of the forward button; "Next" unless this is the last page.
    pub next_label: AttrValue,
    /// What still needs an answer, or nothing. Announced politely as it changes.
    #[prop_or_default]
    pub message: Option<String>,
}

#[function_component]
pub fn PageNav(props: &PageNavProps) -> Html {
    let text = use_text();
    html! {
        <div class="lb-nav-area">
            <p class="lb-status" aria-live="polite">{ props.message.clone().unwrap_or_default() }</p>
            <div class="lb-nav">
                <button type="button" class="lb-button lb-button--secondary" onclick={props.on_back.clone()}>{ text.back }</button>
                <button type="button" class="lb-button lb-button--primary" onclick={props.on_next.clone()}>{ props.next_label.clone() }</button>
            </div>
        </div>
    }
}
