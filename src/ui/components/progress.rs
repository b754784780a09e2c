//! How far along the learner is, in words and as a bar.

use yew::prelude::*;

use crate::strings::{Strings, fill};

/// How many of how many statements are answered.
pub struct ProgressProps<'a> {
    /// The learner's language.
    pub text: &'a Strings,
    /// Statements with an answer, "No chance to do this yet" included.
    pub answered: usize,
    /// Statements in the instrument.
    pub total: usize,
    /// What the line says, where not "12 of 48 answered".
    pub label: Option<String>,
}

/// "12 of 48 answered", and a bar.
pub fn progress(props: ProgressProps) -> Html {
    let ProgressProps { text, answered, total, label } = props;
    let label = label.unwrap_or_else(|| {
        fill(text.progress, &[("answered", &answered.to_string()), ("total", &total.to_string())])
    });
    html! {
        <div class="lb-progress">
            // Announced politely, so a screen reader hears the count after each answer.
            <p class="lb-progress__label" aria-live="polite">{ label.clone() }</p>
            <progress class="lb-progress__bar" max={total.to_string()} value={answered.to_string()} aria-label={label} />
        </div>
    }
}
