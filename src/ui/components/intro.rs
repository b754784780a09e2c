//! The first screen: what the assessment measures, how long it takes, and the privacy promise.

use yew::prelude::*;

use crate::strings::fill;
use crate::ui::app::{use_config, use_text};

/// Seconds a learner needs per statement, on average, for the time estimate.
const SECONDS_PER_STATEMENT: usize = 10;

#[derive(Properties, PartialEq)]
pub struct IntroProps {
    /// Receives focus when the learner comes back here.
    pub heading: NodeRef,
    /// How many statements the instrument has, for the time estimate.
    pub statements: usize,
    pub on_start: Callback<MouseEvent>,
}

#[function_component]
pub fn Intro(props: &IntroProps) -> Html {
    let text = use_text();
    let config = use_config();
    let eyebrow = config.provider_name.clone().unwrap_or_else(|| text.app_title.to_owned());
    let body = config.intro.clone().unwrap_or_else(|| text.intro_body.to_owned());
    let minutes = (props.statements * SECONDS_PER_STATEMENT).div_ceil(60).max(1);
    html! {
        <section class="lb-page lb-intro">
            <p class="lb-eyebrow">{ eyebrow }</p>
            <h2 class="lb-heading" tabindex="-1" ref={props.heading.clone()}>{ text.intro_heading }</h2>
            <p>{ body }</p>
            <p class="lb-meta">{ fill(text.intro_duration, &[("statements", &props.statements.to_string()), ("minutes", &minutes.to_string())]) }</p>
            <p class="lb-privacy">{ text.privacy_promise }</p>
            <button type="button" class="lb-button lb-button--primary" onclick={props.on_start.clone()}>{ text.start }</button>
        </section>
    }
}
