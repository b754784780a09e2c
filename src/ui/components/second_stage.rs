//! The second stage: the offer of a few more statements when the result is close to a line,
//! then those statements, a page at a time, each page with its progress and a way to the
//! results at once. Which statements come is decided where the full module's glue is
//! (`ui::later`), from the answers; this view draws what it is given.

use yew::prelude::*;

use crate::model::second_stage::{MAX_EXTRA, Undecided};
use crate::strings::{Strings, fill};
use crate::ui::components::page_frame::PageFrame;
use crate::ui::components::progress::{ProgressProps, progress};
use crate::ui::state::{Action, SecondStage};

/// What the offer or a page of extra statements shows, and where the learner's choices go.
pub struct SecondStageProps<'a> {
    /// The words, the heading, the answers and where the second stage stands, and where the
    /// answers go.
    pub frame: PageFrame<'a>,
    /// Answers the page and asks for the next one (or the results).
    pub on_next: Callback<MouseEvent>,
}

/// The offer, or a page of extra statements.
pub fn second_stage(props: SecondStageProps) -> Html {
    let SecondStageProps { frame, on_next } = props;
    let (text, assessment, dispatch) = (frame.text, frame.assessment, frame.dispatch);
    let skip = html! {
        <button type="button" class="lb-button lb-button--secondary" onclick={dispatch.reform(|_| Action::SkipSecondStage)}>
            { text.second_stage_skip }
        </button>
    };
    match &assessment.second_stage {
        SecondStage::Offered { what, page } => offer(text, frame.heading, *what, page.len(), dispatch, skip),
        SecondStage::Asking { page } => {
            let asked = assessment.answered_second_stage();
            let answered_here = page.iter().filter(|&&s| assessment.answers.get(s).is_some()).count();
            // This page, and what came before it: the learner sees how far this page takes them.
            let total = (asked - answered_here + page.len()).min(MAX_EXTRA);
            let missing: Vec<usize> = page
                .iter()
                .enumerate()
                .filter(|(_, s)| assessment.answers.get(**s).is_none())
                .map(|(i, _)| i + 1)
                .collect();
            let show_missing = assessment.show_missing && !missing.is_empty();
            let cards = page.iter().enumerate().map(|(i, &statement)| {
                let missing = show_missing && missing.contains(&(i + 1));
                frame.card(statement, i + 1, page.len(), missing, false)
            });
            let message = show_missing.then(|| frame.missing_message(&missing));
            let label = fill(
                text.second_stage_progress,
                &[("answered", &asked.to_string()), ("total", &total.to_string())],
            );
            html! {
                <section key="second-stage" class="lb-page lb-statements lb-second-stage">
                    <h2 class="lb-heading" tabindex="-1" ref={frame.heading.clone()}>{ text.statements_heading }</h2>
                    <p class="lb-hint">{ text.statements_hint }</p>
                    { progress(ProgressProps { text, answered: asked, total, label: Some(label) }) }
                    <div class="lb-cards">{ for cards }</div>
                    <div class="lb-nav-area">
                        <p class="lb-status" aria-live="polite">{ message.unwrap_or_default() }</p>
                        <div class="lb-nav">
                            { skip }
                            <button type="button" class="lb-button lb-button--primary" onclick={on_next}>{ text.next }</button>
                        </div>
                    </div>
                </section>
            }
        }
        SecondStage::Undecided | SecondStage::Over => Html::default(),
    }
}

/// "A few more statements?": what is undecided, and the two ways on.
fn offer(
    text: &'static Strings,
    heading: NodeRef,
    what: Undecided,
    count: usize,
    dispatch: &Callback<Action>,
    skip: Html,
) -> Html {
    let body = fill(text.second_stage_body, &[("what", &text.undecided(what))]);
    let start = fill(text.second_stage_start, &[("count", &count.to_string())]);
    html! {
        <section key="second-stage-offer" class="lb-page lb-second-stage-offer">
            <h2 class="lb-heading" tabindex="-1" ref={heading}>{ text.second_stage_heading }</h2>
            <p>{ body }</p>
            <div class="lb-nav lb-nav--start">
                <button type="button" class="lb-button lb-button--primary" onclick={dispatch.reform(|_| Action::StartSecondStage)}>{ start }</button>
                { skip }
            </div>
        </section>
    }
}
