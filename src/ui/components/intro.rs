//! The first screen: what the assessment measures, how long it takes, and the privacy promise.

use yew::prelude::*;

use crate::config::ProviderConfig;
use crate::strings::{Strings, fill};

/// Seconds a learner needs per statement, on average, for the time estimate.
const SECONDS_PER_STATEMENT: usize = 10;

/// What the intro shows and where its buttons lead.
pub struct IntroProps<'a> {
    /// The learner's language.
    pub text: &'a Strings,
    /// The provider's name and intro text, and whether saving is on.
    pub config: &'a ProviderConfig,
    /// Receives focus when the learner comes back here.
    pub heading: NodeRef,
    /// How many statements the instrument has, for the time estimate.
    pub statements: usize,
    /// Start, when no saved progress is offered.
    pub on_start: Callback<MouseEvent>,
    /// How many answers saved progress holds, when it is offered.
    pub offered: Option<usize>,
    /// Continue the saved progress.
    pub on_resume: Callback<MouseEvent>,
    /// Decline the saved progress and start afresh.
    pub on_start_over: Callback<MouseEvent>,
    /// Saving is wanted but the browser refuses storage: say so, once, here.
    pub storage_blocked: bool,
    /// Why a share link in the address could not be opened.
    pub link_problem: Option<String>,
}

/// The time estimate, in whole minutes, for `statements` statements.
pub fn minutes_for(statements: usize) -> usize {
    (statements * SECONDS_PER_STATEMENT).div_ceil(60).max(1)
}

/// The intro: what is measured, how long it takes, where the answers stay, and Start.
pub fn intro(props: IntroProps) -> Html {
    let IntroProps { text, config, .. } = props;
    let eyebrow = config.provider.name.clone().unwrap_or_else(|| text.app_title.to_owned());
    let body = config.intro.clone().unwrap_or_else(|| text.intro_body.to_owned());
    let minutes = minutes_for(props.statements);
    html! {
        // Keyed per step, so that each step is a new element and its entrance animation runs.
        <section key="intro" class="lb-page lb-intro">
            <p class="lb-eyebrow">{ eyebrow }</p>
            <h2 class="lb-heading" tabindex="-1" ref={props.heading}>{ text.intro_heading }</h2>
            <p>{ body }</p>
            <p class="lb-meta">{ fill(text.intro_duration, &[("statements", &props.statements.to_string()), ("minutes", &minutes.to_string())]) }</p>
            <div class="lb-privacy">
                <p>{ text.privacy_promise }</p>
                <details>
                    <summary>{ text.privacy_details_summary }</summary>
                    <p>{ if config.persistence && !props.storage_blocked { text.privacy_details } else { text.privacy_details_off } }</p>
                </details>
            </div>
            if let Some(problem) = &props.link_problem {
                <p class="lb-notice" role="alert">{ fill(text.link_problem, &[("reason", problem)]) }</p>
            }
            if props.storage_blocked {
                <p class="lb-notice">{ text.storage_unavailable }</p>
            }
            if let Some(answered) = props.offered {
                <p>{ fill(text.welcome_back, &[("answered", &answered.to_string()), ("total", &props.statements.to_string())]) }</p>
                <div class="lb-nav lb-nav--start">
                    <button type="button" class="lb-button lb-button--primary" onclick={props.on_resume}>{ text.continue_saved }</button>
                    <button type="button" class="lb-button lb-button--secondary" onclick={props.on_start_over}>{ text.start_over }</button>
                </div>
            } else {
                <button type="button" class="lb-button lb-button--primary" onclick={props.on_start}>{ text.start }</button>
            }
        </section>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_estimate_rounds_up_to_whole_minutes() {
        assert_eq!(minutes_for(48), 8);
        assert_eq!(minutes_for(7), 2);
        assert_eq!(minutes_for(0), 1);
    }
}
