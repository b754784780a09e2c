//! What every page of the assessment is drawn with, and the parts those pages share: a
//! statement's card and the line naming what is still unanswered.

use yew::prelude::*;

use crate::strings::{Strings, fill};
use crate::ui::components::statement_card::{StatementCardProps, statement_card};
use crate::ui::state::{Action, Assessment};

/// What every page of the assessment is drawn with.
pub struct PageFrame<'a> {
    /// The learner's language.
    pub text: &'static Strings,
    /// Receives focus when the page opens.
    pub heading: NodeRef,
    /// The answers so far, and whether to point out what is missing.
    pub assessment: &'a Assessment,
    /// Where the learner's answers and Back/Next go.
    pub dispatch: &'a Callback<Action>,
    /// Makes radio names unique when several widgets share a page.
    pub instance: usize,
}

impl PageFrame<'_> {
    /// The card of `statement`, shown as number `number` of `total`; `missing` marks it
    /// unanswered, `observer` words its last option for a colleague.
    pub fn card(&self, statement: usize, number: usize, total: usize, missing: bool, observer: bool) -> Html {
        let dispatch = self.dispatch.clone();
        let item = &self.assessment.instrument.statements[statement];
        statement_card(StatementCardProps {
            text: self.text,
            key: item.id.clone(),
            number,
            total,
            statement: item.text.clone(),
            name: format!("lb{}-{}", self.instance, item.id),
            answer: self.assessment.answers.get(statement),
            missing,
            observer,
            on_answer: Callback::from(move |answer| dispatch.emit(Action::Answer { statement, answer })),
        })
    }

    /// The line that names the statements still unanswered on a page, by their numbers there.
    pub fn missing_message(&self, missing: &[usize]) -> String {
        let text = self.text;
        let numbers: Vec<String> = missing.iter().map(usize::to_string).collect();
        let template = if numbers.len() == 1 { text.missing_one } else { text.missing_many };
        fill(template, &[("list", &text.join(&numbers))])
    }
}
