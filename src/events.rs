//! What the widget tells its host page: DOM events (or, in an iframe, messages) that a
//! provider may hook analytics or lead capture onto. They carry numbers and ids, never the
//! learner's free text.
//!
//! Under a learning platform (the SCORM package's launch page, docs/lms.md) the widget tells
//! the platform more, through the launch page's bridge and never as a DOM event: each answer
//! ([`lms_answers`]) and each competency's score ([`HostEvent::lms_result`]), which become the
//! platform's interactions and objectives.

use serde::Serialize;

use crate::model::answers::{Answer, AnswerSheet};
use crate::model::instrument::Instrument;
use crate::model::profile::Profile;
use crate::model::report::Report;
use crate::persistence::Stamps;

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
        /// What a learning platform records of it (see [`HostEvent::lms_result`]); the DOM
        /// event's `detail` leaves it out.
        platform: String,
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
            platform: platform_result(instrument, report),
        }
    }

    /// What a learning platform records of a completion (see [`platform_result`]); `None`
    /// for the other events. Written when the event is made, by the results' own code, so that
    /// none of it is in the first module.
    pub fn lms_result(&self) -> Option<&str> {
        match self {
            HostEvent::Completed { platform, .. } => Some(platform),
            _ => None,
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
        let rounded = whole;
        match self {
            HostEvent::Started => Detail::Started {},
            HostEvent::Progress { answered, total } => {
                Detail::Progress { answered: *answered, total: *total }
            }
            HostEvent::Completed { management, leadership, profile, topics, .. } => Detail::Completed {
                management: rounded(*management),
                leadership: rounded(*leadership),
                profile: profile.map(Profile::id),
                topics: topics.clone(),
            },
        }
    }
}

/// A score of 0 to 100 as hosts get it: a whole number, as the results page shows it.
fn whole(score: Option<f64>) -> Option<u32> {
    score.map(|v| v.round().max(0.0) as u32)
}

/// Between the records of what the bridge is given: ASCII's record separator, which no text
/// of an instrument or a config has a reason to hold.
pub const RECORDS: char = '\u{1e}';
/// Between the fields of a record: ASCII's unit separator. The bridge reads a record's last
/// text field as the rest of the record, so that a stray one cannot shift the others.
pub const FIELDS: char = '\u{1f}';

/// The results as the launch page's bridge reads them (web/scorm/lms.js), for the platform's
/// objectives: a record `id`, `score`, `name` ([`RECORDS`], [`FIELDS`]) for both indexes (no
/// name: the launch page names them) and every competency, scores whole as the results page
/// shows them, empty when there is none. Plain records rather than JSON, which would cost the
/// widget a serializer of its own.
fn platform_result(instrument: &Instrument, report: &Report) -> String {
    let scores = &report.scores;
    let indexes = [("management_index", "", scores.management), ("leadership_index", "", scores.leadership)];
    let competencies = instrument
        .competencies
        .iter()
        .zip(&scores.competencies)
        .map(|(c, score)| (c.id.as_str(), c.name.as_str(), score.value()));
    let mut text = String::new();
    for (id, name, score) in indexes.into_iter().chain(competencies) {
        let score = whole(score).map_or_else(String::new, |n| n.to_string());
        text.push_str(&format!("{id}{FIELDS}{score}{FIELDS}{name}{RECORDS}"));
    }
    text
}

/// Every answer given so far, for a learning platform's interactions (the launch page's bridge
/// journals each one once, docs/lms.md): a record `statement id`, `response`, `when`,
/// `competency id`, `statement` ([`RECORDS`], [`FIELDS`]) for each, in the instrument's order,
/// the response `1` (never)
/// to `5` (almost always) or `n` (no chance yet) as the command-line scorer reads them, and
/// `when` in milliseconds since 1970, 0 for an answer restored from the platform's suspend
/// data (reported when it was given).
///
/// ```
/// use leadership_balance::events::lms_answers;
/// use leadership_balance::model::answers::{Answer, AnswerSheet, Frequency};
/// use leadership_balance::model::instrument::Instrument;
/// use leadership_balance::persistence::Stamps;
/// let instrument = Instrument::builtin().unwrap();
/// let mut answers = AnswerSheet::new(instrument.statements.len());
/// answers.set(0, Answer::Frequency(Frequency::Often));
/// let mut stamps = Stamps::unstamped(instrument.statements.len(), 4);
/// stamps.answers[0] = 1_733_000_000_000;
/// assert_eq!(
///     lms_answers(&instrument, &answers, &stamps),
///     "planning_1\u{1f}4\u{1f}1733000000000\u{1f}planning\u{1f}Before a busy week starts, I decide who does which task.\u{1e}"
/// );
/// ```
pub fn lms_answers(instrument: &Instrument, answers: &AnswerSheet, stamps: &Stamps) -> String {
    let mut text = String::new();
    for (s, statement) in instrument.statements.iter().enumerate() {
        let response = match answers.get(s) {
            Some(Answer::Frequency(f)) => char::from(b'0' + f.value()),
            Some(Answer::NoChanceYet) => 'n',
            None => continue,
        };
        let when = stamps.answers.get(s).copied().unwrap_or(0);
        let competency = &instrument.competencies[instrument.competency_of(s)].id;
        let (id, statement) = (&statement.id, &statement.text);
        text.push_str(&format!(
            "{id}{FIELDS}{response}{FIELDS}{when}{FIELDS}{competency}{FIELDS}{statement}{RECORDS}"
        ));
    }
    text
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

    /// The completion of a learner with no management experience who answered every statement
    /// Often (reverse-keyed ones Rarely): every competency at 75.
    fn every_statement_at_often() -> HostEvent {
        let instrument = crate::model::fixtures::builtin();
        let answers = (0..instrument.statements.len())
            .map(|s| {
                let f = if instrument.statements[s].reverse { Frequency::Rarely } else { Frequency::Often };
                Some(Answer::Frequency(f))
            })
            .collect();
        let context = Context { experience: Some(Experience::NotYet), reports: None };
        let model = crate::model::uncertainty::ErrorModel::default_for(&instrument);
        let report = Report::build(&instrument, &AnswerSheet::from_answers(answers), &context, 60.0, &model);
        HostEvent::completed(&instrument, &report)
    }

    #[test]
    fn completed_carries_indexes_profile_and_topic_ids_only() {
        let event = every_statement_at_often();
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
    fn a_learning_platform_gets_every_competency_and_no_topics() {
        let event = every_statement_at_often();
        let result = event.lms_result().expect("a completion");
        let lines: Vec<Vec<&str>> =
            result.split_terminator(RECORDS).map(|record| record.split(FIELDS).collect()).collect();
        assert_eq!(lines.len(), 18, "both indexes and 16 competencies: {result}");
        assert_eq!(lines[0], ["management_index", "75", ""]);
        assert_eq!(lines[1], ["leadership_index", "75", ""]);
        assert_eq!(lines[2], ["planning", "75", "Planning and organizing work and staff"]);
        assert!(!result.contains("both_strong"), "no profile, no topics: {result}");
        assert_eq!(HostEvent::Started.lms_result(), None);
        assert_eq!(detail(&event).get("competencies"), None, "the DOM event stays as documented");
    }

    #[test]
    fn answers_for_a_learning_platform_are_ids_and_responses_never_notes() {
        let instrument = Instrument::builtin().expect("valid");
        let mut answers = AnswerSheet::new(instrument.statements.len());
        answers.set(2, Answer::NoChanceYet);
        answers.set(60, Answer::Frequency(Frequency::AlmostAlways));
        let mut stamps = Stamps::unstamped(instrument.statements.len(), 4);
        stamps.answers[60] = 1_733_000_000_500;
        let text = lms_answers(&instrument, &answers, &stamps);
        let list: Vec<Vec<&str>> =
            text.split_terminator(RECORDS).map(|record| record.split(FIELDS).collect()).collect();
        assert_eq!(list.len(), 2, "only answered statements");
        assert_eq!(list[0], ["planning_3", "n", "0", "planning", instrument.statements[2].text.as_str()]);
        let extra = &instrument.statements[60];
        assert_eq!(list[1][..3], [extra.id.as_str(), "5", "1733000000500"]);
        assert_eq!(lms_answers(&instrument, &AnswerSheet::new(80), &stamps), "");
    }

    #[test]
    fn an_unplaced_result_reports_nulls() {
        let event = HostEvent::Completed {
            management: None,
            leadership: Some(40.4),
            profile: None,
            topics: vec![],
            platform: String::new(),
        };
        assert_eq!(
            detail(&event),
            json!({ "management": null, "leadership": 40, "profile": null, "topics": [] })
        );
        assert_eq!(detail(&HostEvent::Started), json!({}));
    }
}
