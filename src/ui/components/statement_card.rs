//! One statement as a card: its number, the statement, and the frequency scale.

use yew::prelude::*;

use crate::model::answers::{Answer, Frequency};
use crate::strings::{Strings, fill};
use crate::ui::components::choice_group::{ChoiceGroupProps, choice_group, on_pick};

/// What one card shows.
pub struct StatementCardProps<'a> {
    /// The learner's language: the counter and the scale.
    pub text: &'a Strings,
    /// The statement's id: the card's key, so that yew keeps each card's DOM with its statement.
    pub key: String,
    /// 1-based position in the whole sequence.
    pub number: usize,
    /// Statements in the whole sequence.
    pub total: usize,
    /// The statement itself.
    pub statement: String,
    /// The radio group's name, unique on the page.
    pub name: String,
    /// The answer given so far.
    pub answer: Option<Answer>,
    /// Marks the card as still needing an answer after the learner pressed Next.
    pub missing: bool,
    /// A colleague answers about someone else: "I haven't seen this" in place of "No chance
    /// to do this yet".
    pub observer: bool,
    /// Where a chosen answer goes.
    pub on_answer: Callback<Answer>,
}

/// One statement with its answer options.
pub fn statement_card(card: StatementCardProps) -> Html {
    let text = card.text;
    let options: Vec<AttrValue> = text
        .scale
        .iter()
        .chain([if card.observer { &text.not_seen } else { &text.no_chance_yet }])
        .map(|o| AttrValue::Static(o))
        .collect();
    html! {
        <div key={card.key} class={classes!("lb-card", card.missing.then_some("lb-card--missing"))}>
            <p class="lb-card__counter">{ fill(text.statement_counter, &[("n", &card.number.to_string()), ("total", &card.total.to_string())]) }</p>
            { choice_group(ChoiceGroupProps {
                legend: card.statement.into(),
                name: card.name.into(),
                options,
                selected: card.answer.map(Answer::place),
                on_select: on_pick(&card.on_answer, Answer::at),
                missing: card.missing,
                digit_keys: Frequency::ALL.len(),
                class: "lb-scale",
            }) }
        </div>
    }
}
