//! The four reflection questions about the best manager the learner has worked with.

use yew::prelude::*;

use crate::ui::app::use_text;
use crate::ui::state::Action;

#[derive(Properties, PartialEq)]
pub struct ReflectionProps {
    pub answers: [String; 4],
    pub dispatch: Callback<Action>,
    /// Makes element ids unique when several widgets share a page.
    pub instance: usize,
}

#[function_component]
pub fn Reflection(props: &ReflectionProps) -> Html {
    let text = use_text();
    let questions = text.reflection_questions.iter().enumerate().map(|(question, label)| {
        let id = format!("lb{}-reflection-{question}", props.instance);
        let oninput = props.dispatch.reform(move |event: InputEvent| {
            let area: web_sys::HtmlTextAreaElement = event.target_unchecked_into();
            Action::Reflect { question, text: area.value() }
        });
        html! {
            <div class="lb-field">
                <label class="lb-field__label" for={id.clone()}>{ *label }</label>
                <textarea id={id} class="lb-field__input" rows="3" value={props.answers[question].clone()} oninput={oninput} />
            </div>
        }
    });
    html! {
        <section class="lb-section lb-reflection">
            <h3>{ text.reflection_heading }</h3>
            <p>{ text.reflection_intro }</p>
            { for questions }
        </section>
    }
}
