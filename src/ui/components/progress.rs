//! How far along the learner is, in words and as a bar.

use yew::prelude::*;

use crate::strings::fill;
use crate::ui::app::use_text;

#[derive(Properties, PartialEq)]
pub struct ProgressProps {
    pub answered: usize,
    pub total: usize,
}

#[function_component]
pub fn Progress(props: &ProgressProps) -> Html {
    let text = use_text();
    let label = fill(
        text.progress,
        &[("answered", &props.answered.to_string()), ("total", &props.total.to_string())],
    );
    html! {
        <div class="lb-progress">
            // Announced politely, so a screen reader hears the count after each answer.
            <p class="lb-progress__label" aria-live="polite">{ label.clone() }</p>
            <progress class="lb-progress__bar" max={props.total.to_string()} value={props.answered.to_string()} aria-label={label} />
        </div>
    }
}
