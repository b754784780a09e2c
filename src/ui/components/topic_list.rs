//! The next topics to learn, each with the competencies that put it there.

use yew::prelude::*;

use crate::config::ProviderConfig;
use crate::model::instrument::Instrument;
use crate::model::topics::Recommendation;
use crate::strings::Strings;

/// The topics to show, and where their courses come from.
pub struct TopicListProps<'a> {
    /// The learner's language: reasons and labels.
    pub text: &'a Strings,
    /// The provider's course for each topic, if any.
    pub config: &'a ProviderConfig,
    /// The topics' titles and summaries.
    pub instrument: &'a Instrument,
    /// Most needed first.
    pub topics: &'a [Recommendation],
}

/// The recommended topics, each with its reason and the provider's course.
pub fn topic_list(props: TopicListProps) -> Html {
    let TopicListProps { text, config, instrument, topics } = props;
    if topics.is_empty() {
        return html! { <p>{ text.no_topics }</p> };
    }
    let items = topics.iter().map(|recommendation| {
        let topic = &instrument.topics[recommendation.topic];
        html! {
            <li class="lb-topic">
                <h4 class="lb-topic__title">{ topic.title.clone() }</h4>
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
