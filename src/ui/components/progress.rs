//! How far along the learner is, in words and as a bar.

use yew::prelude::*;

use crate::strings::{Strings, fill};

pub fn progress(text: &Strings, answered: usize, total: usize) -> Html {
    let label = fill(text.progress, &[("answered", &answered.to_string()), ("total", &total.to_string())]);
    html! {
        <div class="lb-progress">
            // Announced politely, so a screen reader hears the count after each answer.
            <p class="lb-progress__label" aria-live="polite">{ label.clone() }</p>
            <progress class="lb-progress__bar" max={total.to_string()} value={answered.to_string()} aria-label={label} />
        </div>
    }
}
