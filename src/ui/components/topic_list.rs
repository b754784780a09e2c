//! The next topics to learn, each with the competencies that put it there.

use std::rc::Rc;

use yew::prelude::*;

use crate::model::instrument::Instrument;
use crate::model::topics::Recommendation;
use crate::strings::{Strings, fill};
use crate::ui::app::use_text;

#[derive(Properties, PartialEq)]
pub struct TopicListProps {
    pub instrument: Rc<Instrument>,
    pub topics: Vec<Recommendation>,
}

/// "Because Managing budgets and Monitoring performance scored lowest."
pub fn reason(text: &Strings, instrument: &Instrument, recommendation: &Recommendation) -> String {
    let name = |c: &usize| instrument.competencies[*c].name.as_str();
    match recommendation.drivers.as_slice() {
        [first] => fill(text.reason_one, &[("first", name(first))]),
        [first, second, ..] => fill(text.reason_two, &[("first", name(first)), ("second", name(second))]),
        [] => String::new(),
    }
}

#[function_component]
pub fn TopicList(props: &TopicListProps) -> Html {
    let text = use_text();
    if props.topics.is_empty() {
        return html! { <p>{ text.no_topics }</p> };
    }
    let items = props.topics.iter().map(|recommendation| {
        let topic = &props.instrument.topics[recommendation.topic];
        html! {
            <li class="lb-topic">
                <h4 class="lb-topic__title">{ topic.title.clone() }</h4>
                <p class="lb-topic__summary">{ topic.summary.clone() }</p>
                <p class="lb-topic__reason">{ reason(text, &props.instrument, recommendation) }</p>
            </li>
        }
    });
    html! { <ol class="lb-topics">{ for items }</ol> }
}
