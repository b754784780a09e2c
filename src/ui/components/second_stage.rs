//! The second stage: the offer of a few more statements when the result is close to a line,
//! then those statements, a page at a time, each page with its progress and a way to the
//! results at once. Which statements come is decided where the full module's glue is
//! (`ui::later`), from the answers; this view draws what it is given.

use yew::prelude::*;

use crate::model::second_stage::{MAX_EXTRA, Undecided};
use crate::strings::{Strings, fill};
use crate::ui::components::progress::{ProgressProps, progress};
use crate::ui::components::statement_card::{StatementCardProps, statement_card};
use crate::ui::state::{Action, Assessment, SecondStage};

/// What the offer or a page of extra statements shows, and where the learner's choices go.
pub struct SecondStageProps<'a> {
    /// The learner's language.
    pub text: &'static Strings,
    /// Receives focus when the page opens.
    pub heading: NodeRef,
    /// The answers so far, and where the second stage stands.
    pub assessment: &'a Assessment,
    /// Where the answers go.
    pub dispatch: &'a Callback<Action>,
    /// Makes radio names unique when several widgets share a page.
    pub instance: usize,
    /// Answers the page and asks for the next one (or the results).
    pub on_next: Callback<MouseEvent>,
}

/// The offer, or a page of extra statements.
pub fn second_stage(props: SecondStageProps) -> Html {
    let SecondStageProps { text, heading, assessment, dispatch, instance, on_next } = props;
    let skip = html! {
        <button type="button" class="lb-button lb-button--secondary" onclick={dispatch.reform(|_| Action::SkipSecondStage)}>
            { text.second_stage_skip }
        </button>
    };
    match &assessment.second_stage {
        SecondStage::Offered { what, page } => offer(text, heading, *what, page.len(), dispatch, skip),
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
                let dispatch = dispatch.clone();
                let item = &assessment.instrument.statements[statement];
                statement_card(StatementCardProps {
                    text,
                    key: item.id.clone(),
                    number: i + 1,
                    total: page.len(),
                    statement: item.text.clone(),
                    name: format!("lb{}-{}", instance, item.id),
                    answer: assessment.answers.get(statement),
                    missing: show_missing && missing.contains(&(i + 1)),
                    observer: false,
                    on_answer: Callback::from(move |answer| {
                        dispatch.emit(Action::Answer { statement, answer })
                    }),
                })
            });
            let message = show_missing.then(|| {
                let numbers: Vec<String> = missing.iter().map(usize::to_string).collect();
                let template = if numbers.len() == 1 { text.missing_one } else { text.missing_many };
                fill(template, &[("list", &text.join(&numbers))])
            });
            let label = fill(
                text.second_stage_progress,
                &[("answered", &asked.to_string()), ("total", &total.to_string())],
            );
            html! {
                <section key="second-stage" class="lb-page lb-statements lb-second-stage">
                    <h2 class="lb-heading" tabindex="-1" ref={heading}>{ text.statements_heading }</h2>
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
