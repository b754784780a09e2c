//! What the widget tells its host page: DOM events (or, in an iframe, messages) that a
//! provider may hook analytics or lead capture onto. They carry numbers and ids, never the
//! learner's free text.

use serde::Serialize;

use crate::model::instrument::Instrument;
use crate::model::profile::Profile;
use crate::model::report::Report;

/// One event for the host.
#[derive(Clone, Debug, PartialEq)]
pub enum HostEvent {
    /// The learner pressed Start.
    Started,
    /// An answer was given or changed.
    Progress { answered: usize, total: usize },
    /// The results were shown (after any second stage).
    Completed {
        management: Option<f64>,
        leadership: Option<f64>,
        profile: Option<Profile>,
        /// The first tier's topic ids, most needed first.
        topics: Vec<String>,
    },
}

impl HostEvent {
    pub fn completed(instrument: &Instrument, report: &Report) -> HostEvent {
        HostEvent::Completed {
            management: report.scores.management,
            leadership: report.scores.leadership,
            profile: report.profile,
            topics: report
                .first_topics()
                .filter_map(|r| instrument.topics.get(r.topic))
                .map(|t| t.id.clone())
                .collect(),
        }
    }

    /// The DOM event name.
    pub fn name(&self) -> &'static str {
        match self {
            HostEvent::Started => "leadership-balance:started",
            HostEvent::Progress { .. } => "leadership-balance:progress",
            HostEvent::Completed { .. } => "leadership-balance:completed",
        }
    }

    /// The event's `detail`, as documented in docs/embedding.md (Events).
    ///
    /// ```
    /// use leadership_balance::events::HostEvent;
    /// let event = HostEvent::Progress { answered: 13, total: 48 };
    /// assert_eq!(serde_json::to_string(&event.detail()).unwrap(), r#"{"answered":13,"total":48}"#);
    /// ```
    pub fn detail(&self) -> Detail {
        // Indexes are 0 to 100; hosts get them as whole numbers, as the results page shows them.
        let rounded = |v: Option<f64>| v.map(|v| v.round().max(0.0) as u32);
        match self {
            HostEvent::Started => Detail::Started {},
            HostEvent::Progress { answered, total } => {
                Detail::Progress { answered: *answered, total: *total }
            }
            HostEvent::Completed { management, leadership, profile, topics } => Detail::Completed {
                management: rounded(*management),
                leadership: rounded(*leadership),
                profile: profile.map(Profile::id),
                topics: topics.clone(),
            },
        }
    }
}

/// An event's `detail` object, in the shape docs/embedding.md documents for hosts.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(untagged)]
pub enum Detail {
    /// `{}`.
    Started {},
    /// `{"answered": 13, "total": 48}`.
    Progress { answered: usize, total: usize },
    /// `{"management": 75, "leadership": 62, "profile": "both_strong", "topics": [...]}`; the
    /// indexes and profile are `null` when too few statements were answered.
    Completed {
        management: Option<u32>,
        leadership: Option<u32>,
        profile: Option<&'static str>,
        topics: Vec<String>,
    },
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    /// The event's detail as another JSON reader (serde_json) understands it.
    fn detail(event: &HostEvent) -> serde_json::Value {
        serde_json::to_value(event.detail()).expect("the detail is JSON")
    }
    use crate::model::answers::{Answer, AnswerSheet, Context, Experience, Frequency};

    #[test]
    fn completed_carries_indexes_profile_and_topic_ids_only() {
        let instrument = Instrument::builtin().expect("valid");
        let answers = (0..instrument.statements.len())
            .map(|s| {
                let f = if instrument.statements[s].reverse { Frequency::Rarely } else { Frequency::Often };
                Some(Answer::Frequency(f))
            })
            .collect();
        let context = Context { experience: Some(Experience::NotYet), reports: None };
        let model = crate::model::uncertainty::ErrorModel::default_for(&instrument);
        let report = Report::build(&instrument, &AnswerSheet::from_answers(answers), &context, 60.0, &model);
        let event = HostEvent::completed(&instrument, &report);
        assert_eq!(event.name(), "leadership-balance:completed");
        assert_eq!(
            detail(&event),
            // Every competency at 75 and no management experience yet (management weighed 1.5):
            // the five management topics come out level, and all of them are the first tier.
            json!({
                "management": 75, "leadership": 75, "profile": "both_strong",
                "topics": ["time_management", "communication", "conflict_resolution", "project_management", "policies_processes"]
            })
        );
    }

    #[test]
    fn an_unplaced_result_reports_nulls() {
        let event =
            HostEvent::Completed { management: None, leadership: Some(40.4), profile: None, topics: vec![] };
        assert_eq!(
            detail(&event),
            json!({ "management": null, "leadership": 40, "profile": null, "topics": [] })
        );
        assert_eq!(detail(&HostEvent::Started), json!({}));
    }
}
