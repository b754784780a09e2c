//! The four reflection questions about the best manager the learner has worked with.

use yew::prelude::*;

use crate::persistence::MAX_NOTE;
use crate::strings::{Strings, fill};
use crate::ui::state::Action;

/// From this many characters on, the note's box shows how much room is left.
const COUNT_FROM: usize = MAX_NOTE * 9 / 10;

/// The questions and the learner's notes so far.
pub struct ReflectionProps<'a> {
    /// The learner's language: the questions.
    pub text: &'a Strings,
    /// The notes typed so far, one per question.
    pub notes: &'a [String; 4],
    /// Where each keystroke's new note goes.
    pub dispatch: &'a Callback<Action>,
    /// Makes element ids unique when several widgets share a page.
    pub instance: usize,
}

/// The reflection questions, each with a note the learner may write.
pub fn reflection(props: ReflectionProps) -> Html {
    let ReflectionProps { text, notes: answers, dispatch, instance } = props;
    let questions = text.reflection_questions.iter().enumerate().map(|(question, label)| {
        let id = format!("lb{instance}-reflection-{question}");
        let oninput = dispatch.reform(move |event: InputEvent| {
            let area: web_sys::HtmlTextAreaElement = event.target_unchecked_into();
            Action::Reflect { question, text: area.value() }
        });
        // The box takes no more than the file keeps, and says so before the learner gets
        // there: nothing typed is ever cut off later.
        let used = answers[question].chars().count();
        let counter_id = format!("{id}-count");
        let counter = (used >= COUNT_FROM).then(|| {
            fill(text.note_counter, &[("count", &used.to_string()), ("max", &MAX_NOTE.to_string())])
        });
        html! {
            <div class="lb-field">
                <label class="lb-field__label" for={id.clone()}>{ *label }</label>
                <textarea id={id} class="lb-field__input" rows="3" maxlength={MAX_NOTE.to_string()}
                    aria-describedby={counter.is_some().then(|| counter_id.clone())}
                    value={answers[question].clone()} oninput={oninput} />
                if let Some(counter) = counter {
                    <p id={counter_id} class="lb-hint lb-field__count" aria-live="polite">{ counter }</p>
                }
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
