//! One statement as a card: its number, the statement, and the frequency scale.

use yew::prelude::*;

use crate::model::answers::{Answer, Frequency};
use crate::strings::fill;
use crate::ui::app::use_text;
use crate::ui::components::choice_group::{ChoiceGroup, on_pick};

#[derive(Properties, PartialEq)]
pub struct StatementCardProps {
    /// 1-based position in the whole sequence.
    pub number: usize,
    pub total: usize,
    pub text: AttrValue,
    /// The radio group's name, unique on the page.
    pub name: AttrValue,
    pub answer: Option<Answer>,
    pub missing: bool,
    pub on_answer: Callback<Answer>,
}

/// The option index of "No chance to do this yet", after the five frequencies.
const NO_CHANCE_INDEX: usize = Frequency::ALL.len();

fn option_index(answer: Answer) -> usize {
    match answer {
        Answer::Frequency(f) => usize::from(f.value()) - 1,
        Answer::NoChanceYet => NO_CHANCE_INDEX,
    }
}

fn answer_at(index: usize) -> Option<Answer> {
    match index {
        NO_CHANCE_INDEX => Some(Answer::NoChanceYet),
        _ => Frequency::ALL.get(index).copied().map(Answer::Frequency),
    }
}

#[function_component]
pub fn StatementCard(props: &StatementCardProps) -> Html {
    let text = use_text();
    let options: Vec<AttrValue> =
        text.scale.iter().chain([&text.no_chance_yet]).map(|o| AttrValue::Static(o)).collect();
    html! {
        <div class={classes!("lb-card", props.missing.then_some("lb-card--missing"))}>
            <p class="lb-card__counter">{ fill(text.statement_counter, &[("n", &props.number.to_string()), ("total", &props.total.to_string())]) }</p>
            <ChoiceGroup
                legend={props.text.clone()}
                name={props.name.clone()}
                options={options}
                selected={props.answer.map(option_index)}
                on_select={on_pick(&props.on_answer, answer_at)}
                missing={props.missing}
                digit_keys={Frequency::ALL.len()}
                class={classes!("lb-scale")}
            />
        </div>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn option_indexes_and_answers_correspond() {
        for index in 0..=NO_CHANCE_INDEX {
            let answer = answer_at(index).expect("every option is an answer");
            assert_eq!(option_index(answer), index);
        }
        assert_eq!(answer_at(NO_CHANCE_INDEX + 1), None);
        assert_eq!(answer_at(0), Some(Answer::Frequency(Frequency::Never)));
    }
}
