//! The topics to learn, in the tiers the answers separate: the first tier in full (up to
//! three), each with the competencies that put it there and the provider's course; the rest
//! by title.

use yew::prelude::*;

use crate::config::ProviderConfig;
use crate::model::instrument::Instrument;
use crate::model::report::in_full;
use crate::model::topics::Recommendation;
use crate::model::uncertainty::{Tier, TieredTopic};
use crate::strings::{Strings, fill};

/// The topics to show, and where their courses come from.
pub struct TopicListProps<'a> {
    /// The learner's language: reasons and labels.
    pub text: &'a Strings,
    /// The provider's course for each topic, if any.
    pub config: &'a ProviderConfig,
    /// The topics' titles and summaries.
    pub instrument: &'a Instrument,
    /// Most needed first, in tiers.
    pub topics: &'a [TieredTopic],
}

/// The topics in tiers: "Start here" in full (saying so when several come out level), then
/// "Next" and "Later" by title.
pub fn topic_list(props: TopicListProps) -> Html {
    let TopicListProps { text, config, instrument, topics } = props;
    let level = topics.iter().filter(|t| t.tier == Tier::StartHere).count();
    let first = in_full(topics);
    if first.is_empty() {
        return html! { <p>{ text.no_topics }</p> };
    }
    let later = text.tier_lines(instrument, topics).into_iter().map(|(label, titles)| {
        html! {
            <p class="lb-topics__tier"><strong>{ label }{ ": " }</strong>{ titles }</p>
        }
    });
    html! {
        <>
            <h4 class="lb-topics__heading">{ text.tier(Tier::StartHere) }</h4>
            if level > 1 {
                <p class="lb-hint">{ fill(text.tier_level, &[("count", &level.to_string())]) }</p>
            }
            { topic_items(text, config, instrument, &first) }
            { for later }
        </>
    }
}

/// The given topics, each with its reason and the provider's course.
pub fn topic_items(
    text: &Strings,
    config: &ProviderConfig,
    instrument: &Instrument,
    topics: &[&Recommendation],
) -> Html {
    let items = topics.iter().map(|recommendation| {
        let topic = &instrument.topics[recommendation.topic];
        html! {
            <li class="lb-topic">
                <h5 class="lb-topic__title">{ topic.title.clone() }</h5>
                <p class="lb-topic__summary">{ topic.summary.clone() }</p>
                <p class="lb-topic__reason">{ text.topic_reason(instrument, recommendation) }</p>
                if let Some(course) = config.courses.get(&topic.id) {
                    <p class="lb-topic__course">
                        { text.course_label }{ " " }
                        <a href={course.url.clone()} target="_blank" rel="noopener noreferrer">{ course.title.clone() }</a>
                    </p>
                    if let Some(blurb) = &course.blurb {
                        <p class="lb-topic__blurb">{ blurb.clone() }</p>
                    }
                }
            </li>
        }
    });
    html! { <ol class="lb-topics">{ for items }</ol> }
}
