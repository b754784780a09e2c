//! The instrument: tracks, competencies, behavioural statements and programme topics.
//!
//! The instrument is data, not code. The built-in one is `instrument.json`, compiled into the
//! binary, so that a provider can later bring their own in the same shape. Whatever its source,
//! it goes through [`Instrument::from_json`], which checks it and says exactly where any problem
//! is, because a provider fixing a file needs a path, not a panic.

use std::collections::HashMap;
use std::fmt;

use serde::{Deserialize, Serialize};

use super::instrument_shape;

/// The built-in instrument, as shipped.
const BUILTIN_JSON: &str = include_str!("instrument.json");

/// How many statements a competency needs before it can be scored at all.
pub const MIN_STATEMENTS_PER_COMPETENCY: usize = 2;
/// How many programme topics one competency may point to.
pub const MAX_TOPICS_PER_COMPETENCY: usize = 3;

/// The two kinds of development the widget tells apart.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Track {
    /// Planning, organizing, monitoring: the "how".
    Management,
    /// Vision, motivation, coaching: the "why".
    Leadership,
}

impl Track {
    /// Both tracks, management first, in the order the results show them.
    pub const ALL: [Track; 2] = [Track::Management, Track::Leadership];
}

/// A programme topic a provider can teach, such as "Time management".
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Topic {
    pub id: String,
    pub track: Track,
    pub title: String,
    /// One sentence on what the topic covers.
    pub summary: String,
}

/// One competency, such as "Managing budgets", with the topics that develop it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Competency {
    pub id: String,
    pub track: Track,
    /// The full name, used in sentences and tables.
    pub name: String,
    /// A name short enough for a chart label on a phone.
    pub short_name: String,
    /// Ids of the 1–3 topics that develop this competency.
    pub topics: Vec<String>,
}

/// One behavioural statement the learner rates by frequency.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Statement {
    pub id: String,
    /// Id of the competency this statement is evidence for.
    pub competency: String,
    pub text: String,
    /// The same behaviour as a colleague sees it ("Before a busy week starts, they decide
    /// …"), for the colleague's view. A provider's instrument without it for every statement
    /// cannot ask colleagues.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub observer: Option<String>,
    /// True when agreeing often is evidence *against* the competency.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub reverse: bool,
    /// True for a statement kept back for the second stage, asked only when the first stage's
    /// result is too close to call (`model::second_stage`). Every such statement comes after
    /// every first-stage one, so that the first stage's statements keep their places in the
    /// codes learners hold.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub extra: bool,
}

/// The file's shape, before any cross-reference has been checked: what a provider writes in
/// their config's `instrument`, and what `instrument.json` holds.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct InstrumentFile {
    pub id: String,
    pub version: u32,
    pub topics: Vec<Topic>,
    pub competencies: Vec<Competency>,
    pub statements: Vec<Statement>,
}

/// A checked instrument: every id is unique and every reference resolves.
///
/// Statements, competencies and topics are addressed by their index in these lists everywhere
/// else in the model; the lookups below are resolved once, here. In JSON it is an
/// [`InstrumentFile`], checked on the way in.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(try_from = "InstrumentFile", into = "InstrumentFile")]
pub struct Instrument {
    pub id: String,
    pub version: u32,
    pub topics: Vec<Topic>,
    pub competencies: Vec<Competency>,
    pub statements: Vec<Statement>,
    /// How many statements the first stage asks: those before the first `extra` one.
    first_stage: usize,
    statement_competency: Vec<usize>,
    competency_topics: Vec<Vec<usize>>,
    competency_statements: Vec<Vec<usize>>,
}

/// What is wrong with an instrument, and where.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct InstrumentError {
    /// Where the problem is, such as `statements[4].competency`; empty for the whole file.
    pub path: String,
    pub problem: InstrumentProblem,
}

/// The kinds of problem an instrument can have.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum InstrumentProblem {
    /// The file is not JSON, or not of the expected shape: the parser's or the shape walk's
    /// sentence ([`super::instrument_shape`]).
    Malformed(String),
    EmptyId,
    EmptyText,
    DuplicateId(String),
    UnknownCompetency(String),
    UnknownTopic(String),
    TooFewStatements {
        found: usize,
    },
    TopicCount {
        found: usize,
    },
    NoStatements,
    /// A first-stage statement after a second-stage one.
    ExtraBeforeFirstStage,
}

impl fmt::Display for InstrumentError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if !self.path.is_empty() {
            write!(f, "{}: ", self.path)?;
        }
        match &self.problem {
            InstrumentProblem::Malformed(message) => write!(f, "{message}"),
            InstrumentProblem::EmptyId => write!(f, "the id must not be empty"),
            InstrumentProblem::EmptyText => write!(f, "the text must not be empty"),
            InstrumentProblem::DuplicateId(id) => write!(f, "the id `{id}` is used twice"),
            InstrumentProblem::UnknownCompetency(id) => {
                write!(f, "no competency has the id `{id}`")
            }
            InstrumentProblem::UnknownTopic(id) => write!(f, "no topic has the id `{id}`"),
            InstrumentProblem::TooFewStatements { found } => write!(
                f,
                "a competency needs at least {MIN_STATEMENTS_PER_COMPETENCY} statements, this one has {found}"
            ),
            InstrumentProblem::TopicCount { found } => write!(
                f,
                "a competency must name 1 to {MAX_TOPICS_PER_COMPETENCY} topics, this one names {found}"
            ),
            InstrumentProblem::NoStatements => write!(f, "the instrument has no statements"),
            InstrumentProblem::ExtraBeforeFirstStage => {
                write!(f, "every statement with \"extra\": true must come after every statement without it")
            }
        }
    }
}

impl std::error::Error for InstrumentError {}

fn error(path: impl Into<String>, problem: InstrumentProblem) -> InstrumentError {
    InstrumentError { path: path.into(), problem }
}

/// Maps each id to its index, refusing empty and repeated ids.
fn index_ids<'a>(
    list: &str,
    ids: impl Iterator<Item = &'a str>,
) -> Result<HashMap<&'a str, usize>, InstrumentError> {
    let mut index = HashMap::new();
    for (position, id) in ids.enumerate() {
        let path = format!("{list}[{position}].id");
        if id.trim().is_empty() {
            return Err(error(path, InstrumentProblem::EmptyId));
        }
        if index.insert(id, position).is_some() {
            return Err(error(path, InstrumentProblem::DuplicateId(id.to_owned())));
        }
    }
    Ok(index)
}

fn require_text(path: String, text: &str) -> Result<(), InstrumentError> {
    if text.trim().is_empty() { Err(error(path, InstrumentProblem::EmptyText)) } else { Ok(()) }
}

/// The built-in instrument without the shape walk, which is there for files written by hand:
/// ours is checked by the tests (`the_builtin_instrument_has_the_shape_its_walk_expects` and
/// those that read it), and a learner's page on a slow phone need not walk it again, nor
/// compile the walk, on every load.
fn read_builtin() -> Result<Instrument, InstrumentError> {
    Instrument::from_checked_value(&parse(BUILTIN_JSON)?)
}

/// JSON text as a value; a syntax error is the parser's sentence, with its line and column.
fn parse(json: &str) -> Result<serde_json::Value, InstrumentError> {
    serde_json::from_str(json).map_err(|e| error("", InstrumentProblem::Malformed(e.to_string())))
}

impl TryFrom<InstrumentFile> for Instrument {
    type Error = InstrumentError;

    fn try_from(file: InstrumentFile) -> Result<Instrument, InstrumentError> {
        Instrument::check(file)
    }
}

impl From<Instrument> for InstrumentFile {
    fn from(instrument: Instrument) -> InstrumentFile {
        let Instrument { id, version, topics, competencies, statements, .. } = instrument;
        InstrumentFile { id, version, topics, competencies, statements }
    }
}

impl Instrument {
    /// The instrument that ships with the widget.
    ///
    /// Read once per thread and copied after that: a widget's start asks for it twice (to check
    /// the config's course links against its topics, then to take the instrument itself), and
    /// again whenever the element's attributes change; reading the JSON each time is wasted
    /// work on a slow phone's CPU.
    pub fn builtin() -> Result<Instrument, InstrumentError> {
        thread_local! {
            static BUILTIN: std::cell::OnceCell<Result<Instrument, InstrumentError>> =
                const { std::cell::OnceCell::new() };
        }
        BUILTIN.with(|read| read.get_or_init(read_builtin).clone())
    }

    /// Parses and checks an instrument, reporting the first problem with its path.
    ///
    /// ```
    /// use leadership_balance::model::instrument::Instrument;
    /// let error = Instrument::from_json(r#"{"id":"x","version":1,"topics":[],
    ///     "competencies":[],"statements":[{"id":"s","competency":"nope","text":"I plan."}]}"#)
    ///     .unwrap_err();
    /// assert_eq!(error.to_string(), "statements[0].competency: no competency has the id `nope`");
    /// ```
    pub fn from_json(json: &str) -> Result<Instrument, InstrumentError> {
        Instrument::from_value(&parse(json)?)
    }

    /// Checks an instrument already read as JSON, such as the one inside a provider's config.
    ///
    /// Every instrument is read from a JSON value, never straight from text, so that the
    /// shape's derive is compiled once, not once per source.
    pub fn from_value(value: &serde_json::Value) -> Result<Instrument, InstrumentError> {
        if let Some(first) = instrument_shape::problems(value).into_iter().next() {
            return Err(error(first.path, InstrumentProblem::Malformed(first.message)));
        }
        // The walk has checked every field the derive reads, so this fails only if the two
        // disagree, a bug: the problem would then come without its path.
        Instrument::from_checked_value(value)
    }

    /// Reads a value whose shape is known to be right (the built-in instrument, or one the
    /// config's walk has just walked), and checks its cross-references.
    pub(crate) fn from_checked_value(value: &serde_json::Value) -> Result<Instrument, InstrumentError> {
        let file = InstrumentFile::deserialize(value)
            .map_err(|e| error("", InstrumentProblem::Malformed(e.to_string())))?;
        Instrument::check(file)
    }

    /// Checks every cross-reference of a file that has the right shape.
    pub fn check(file: InstrumentFile) -> Result<Instrument, InstrumentError> {
        let topic_index = index_ids("topics", file.topics.iter().map(|t| t.id.as_str()))?;
        let competency_index = index_ids("competencies", file.competencies.iter().map(|c| c.id.as_str()))?;
        index_ids("statements", file.statements.iter().map(|s| s.id.as_str()))?;
        if file.statements.is_empty() {
            return Err(error("statements", InstrumentProblem::NoStatements));
        }
        let first_stage = file.statements.iter().take_while(|s| !s.extra).count();
        if let Some(late) = file.statements.iter().skip(first_stage).position(|s| !s.extra) {
            return Err(error(
                format!("statements[{}]", first_stage + late),
                InstrumentProblem::ExtraBeforeFirstStage,
            ));
        }

        for (i, topic) in file.topics.iter().enumerate() {
            require_text(format!("topics[{i}].title"), &topic.title)?;
        }

        let mut competency_topics = Vec::with_capacity(file.competencies.len());
        for (i, competency) in file.competencies.iter().enumerate() {
            require_text(format!("competencies[{i}].name"), &competency.name)?;
            require_text(format!("competencies[{i}].short_name"), &competency.short_name)?;
            let count = competency.topics.len();
            if count == 0 || count > MAX_TOPICS_PER_COMPETENCY {
                return Err(error(
                    format!("competencies[{i}].topics"),
                    InstrumentProblem::TopicCount { found: count },
                ));
            }
            let mut topics = Vec::with_capacity(count);
            for (j, topic) in competency.topics.iter().enumerate() {
                match topic_index.get(topic.as_str()) {
                    Some(&t) => topics.push(t),
                    None => {
                        return Err(error(
                            format!("competencies[{i}].topics[{j}]"),
                            InstrumentProblem::UnknownTopic(topic.clone()),
                        ));
                    }
                }
            }
            competency_topics.push(topics);
        }

        let mut statement_competency = Vec::with_capacity(file.statements.len());
        let mut competency_statements = vec![Vec::new(); file.competencies.len()];
        for (i, statement) in file.statements.iter().enumerate() {
            require_text(format!("statements[{i}].text"), &statement.text)?;
            if let Some(observer) = &statement.observer {
                require_text(format!("statements[{i}].observer"), observer)?;
            }
            let Some(&c) = competency_index.get(statement.competency.as_str()) else {
                return Err(error(
                    format!("statements[{i}].competency"),
                    InstrumentProblem::UnknownCompetency(statement.competency.clone()),
                ));
            };
            statement_competency.push(c);
            competency_statements[c].push(i);
        }

        for (i, statements) in competency_statements.iter().enumerate() {
            let asked = statements.iter().filter(|&&s| s < first_stage).count();
            if asked < MIN_STATEMENTS_PER_COMPETENCY {
                return Err(error(
                    format!("competencies[{i}] (`{}`)", file.competencies[i].id),
                    InstrumentProblem::TooFewStatements { found: asked },
                ));
            }
        }

        Ok(Instrument {
            id: file.id,
            version: file.version,
            topics: file.topics,
            competencies: file.competencies,
            statements: file.statements,
            first_stage,
            statement_competency,
            competency_topics,
            competency_statements,
        })
    }

    /// How many statements the first stage asks (the 48 of the built-in instrument): every
    /// statement but the extra ones, which come after them.
    pub fn first_stage(&self) -> usize {
        self.first_stage
    }

    /// Whether statement `statement` is kept back for the second stage.
    pub fn is_extra(&self, statement: usize) -> bool {
        statement >= self.first_stage
    }

    /// Whether this instrument has a second stage.
    pub fn has_second_stage(&self) -> bool {
        self.first_stage < self.statements.len()
    }

    /// Whether colleagues can be asked: every statement has its observer wording.
    pub fn has_observer_wording(&self) -> bool {
        self.statements.iter().all(|s| s.observer.is_some())
    }

    /// Index of the competency that statement `statement` is evidence for.
    pub fn competency_of(&self, statement: usize) -> usize {
        self.statement_competency[statement]
    }

    /// Indexes of the statements about competency `competency`, in file order.
    pub fn statements_of(&self, competency: usize) -> &[usize] {
        &self.competency_statements[competency]
    }

    /// Indexes of the topics that develop competency `competency`.
    pub fn topics_of(&self, competency: usize) -> &[usize] {
        &self.competency_topics[competency]
    }

    /// Indexes of the competencies in `track`, in file order.
    pub fn competencies_in(&self, track: Track) -> impl Iterator<Item = usize> + '_ {
        self.competencies.iter().enumerate().filter(move |(_, c)| c.track == track).map(|(i, _)| i)
    }

    /// The order in which the first stage's statements are shown: competencies of the two
    /// tracks alternate, and each competency's statements are spread apart, so that the
    /// learner cannot tell which track a statement belongs to, nor see three statements on one
    /// theme in a row.
    pub fn presentation_order(&self) -> Vec<usize> {
        let management: Vec<usize> = self.competencies_in(Track::Management).collect();
        let leadership: Vec<usize> = self.competencies_in(Track::Leadership).collect();
        let mut competencies: Vec<usize> = Vec::with_capacity(self.competencies.len());
        for i in 0..management.len().max(leadership.len()) {
            competencies.extend(management.get(i).copied());
            competencies.extend(leadership.get(i).copied());
        }
        let rounds = self.competency_statements.iter().map(Vec::len).max().unwrap_or(0);
        let mut order = Vec::with_capacity(self.first_stage);
        for round in 0..rounds {
            for &c in &competencies {
                order
                    .extend(self.competency_statements[c].get(round).copied().filter(|&s| !self.is_extra(s)));
            }
        }
        order
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn colleagues_can_be_asked_only_when_every_statement_has_its_observer_wording() {
        let mut instrument = Instrument::builtin().expect("valid");
        assert!(instrument.has_observer_wording());
        instrument.statements[3].observer = None;
        assert!(!instrument.has_observer_wording(), "one statement without it is enough to hide Ask");
        let json = include_str!("instrument.json").replacen(
            "\"observer\": \"Before a busy week starts, they decide who does which task.\"",
            "\"observer\": \" \"",
            1,
        );
        let error = Instrument::from_json(&json).expect_err("an empty observer wording");
        assert!(error.to_string().starts_with("statements[0].observer: "), "{error}");
    }

    #[test]
    fn the_builtin_instrument_has_the_shape_its_walk_expects() {
        let value: serde_json::Value = serde_json::from_str(BUILTIN_JSON).expect("JSON");
        assert_eq!(instrument_shape::problems(&value), []);
        assert_eq!(Instrument::from_value(&value), Instrument::builtin());
    }

    #[test]
    fn builtin_instrument_matches_the_article() {
        let instrument = Instrument::builtin().expect("built-in instrument is valid");
        assert_eq!(instrument.competencies_in(Track::Management).count(), 7);
        assert_eq!(instrument.competencies_in(Track::Leadership).count(), 9);
        assert_eq!((instrument.first_stage(), instrument.statements.len()), (48, 80));
        assert_eq!(instrument.topics.len(), 9);
        for c in 0..instrument.competencies.len() {
            let (asked, kept_back): (Vec<usize>, Vec<usize>) =
                instrument.statements_of(c).iter().partition(|&&s| !instrument.is_extra(s));
            assert_eq!((asked.len(), kept_back.len()), (3, 2), "{}", instrument.competencies[c].id);
        }
        assert_eq!(instrument.presentation_order().len(), 48, "the first stage only");
        let reverse = |extra: bool| -> Vec<Track> {
            instrument
                .statements
                .iter()
                .enumerate()
                .filter(|(i, s)| s.reverse && instrument.is_extra(*i) == extra)
                .map(|(i, _)| instrument.competencies[instrument.competency_of(i)].track)
                .collect()
        };
        // Six in the first stage and four kept back for the second, half in each track.
        for (extra, count) in [(false, 6), (true, 4)] {
            let reverse = reverse(extra);
            assert_eq!(reverse.len(), count);
            assert_eq!(reverse.iter().filter(|t| **t == Track::Management).count(), count / 2);
        }
    }

    #[test]
    fn reverse_keyed_statements_are_not_worded_as_negations() {
        let instrument = Instrument::builtin().expect("valid");
        for s in instrument.statements.iter().filter(|s| s.reverse) {
            let lower = s.text.to_lowercase();
            for negation in [" not ", "n't", " never ", " no "] {
                assert!(!lower.contains(negation), "{}: {}", s.id, s.text);
            }
        }
    }

    #[test]
    fn every_topic_is_reachable_from_some_competency() {
        let instrument = Instrument::builtin().expect("valid");
        for t in 0..instrument.topics.len() {
            let drivers =
                (0..instrument.competencies.len()).filter(|&c| instrument.topics_of(c).contains(&t)).count();
            assert!(drivers >= 2, "topic {} has {drivers} competencies", instrument.topics[t].id);
        }
    }

    #[test]
    fn presentation_order_is_a_permutation_that_alternates_tracks() {
        let instrument = Instrument::builtin().expect("valid");
        let order = instrument.presentation_order();
        let mut sorted = order.clone();
        sorted.sort_unstable();
        assert_eq!(sorted, (0..48).collect::<Vec<_>>());
        let track = |s: usize| instrument.competencies[instrument.competency_of(s)].track;
        // The first six statements, one page, hold both tracks.
        let first_page: Vec<Track> = order[..6].iter().map(|&s| track(s)).collect();
        assert!(first_page.contains(&Track::Management) && first_page.contains(&Track::Leadership));
        // No competency appears twice in a row.
        for pair in order.windows(2) {
            assert_ne!(instrument.competency_of(pair[0]), instrument.competency_of(pair[1]));
        }
    }

    fn minimal(competencies: &str, statements: &str) -> String {
        format!(
            r#"{{"id":"t","version":1,
               "topics":[{{"id":"tm","track":"management","title":"Time","summary":"s"}}],
               "competencies":[{competencies}],
               "statements":[{statements}]}}"#
        )
    }

    const PLAN: &str =
        r#"{"id":"plan","track":"management","name":"Planning","short_name":"Plan","topics":["tm"]}"#;
    const S1: &str = r#"{"id":"s1","competency":"plan","text":"I plan."}"#;
    const S2: &str = r#"{"id":"s2","competency":"plan","text":"I plan ahead."}"#;

    #[test]
    fn validation_reports_each_problem_with_its_path() {
        let cases: Vec<(String, &str)> = vec![
            (minimal(PLAN, &format!("{S1},{S2}")), ""),
            (minimal(PLAN, &format!("{S1},{S1}")), "statements[1].id: the id `s1` is used twice"),
            (
                minimal(PLAN, &format!("{S1},{}", S2.replace("\"plan\"", "\"plam\""))),
                "statements[1].competency: no competency has the id `plam`",
            ),
            (
                minimal(PLAN, S1),
                "competencies[0] (`plan`): a competency needs at least 2 statements, this one has 1",
            ),
            (
                minimal(&PLAN.replace("[\"tm\"]", "[\"tx\"]"), &format!("{S1},{S2}")),
                "competencies[0].topics[0]: no topic has the id `tx`",
            ),
            (
                minimal(&PLAN.replace("[\"tm\"]", "[]"), &format!("{S1},{S2}")),
                "competencies[0].topics: a competency must name 1 to 3 topics, this one names 0",
            ),
            (
                minimal(&format!("{PLAN},{PLAN}"), &format!("{S1},{S2}")),
                "competencies[1].id: the id `plan` is used twice",
            ),
            (
                minimal(PLAN, &format!("{S1},{}", S2.replace("I plan ahead.", " "))),
                "statements[1].text: the text must not be empty",
            ),
            (minimal(PLAN, ""), "statements: the instrument has no statements"),
        ];
        for (json, expected) in cases {
            match Instrument::from_json(&json) {
                Ok(_) => assert_eq!(expected, "", "accepted, but expected: {expected}"),
                Err(e) => assert_eq!(e.to_string(), expected),
            }
        }
    }

    #[test]
    fn malformed_json_and_unknown_fields_are_refused_with_a_location() {
        let e = Instrument::from_json("{\"id\": ").unwrap_err();
        assert!(matches!(e.problem, InstrumentProblem::Malformed(_)));
        assert!(e.to_string().contains("line 1"), "{e}");
        let shape_problem = |json: &str| match Instrument::from_json(json) {
            Err(InstrumentError { path, problem: InstrumentProblem::Malformed(message) }) => {
                format!("{path}: {message}")
            }
            other => panic!("expected a shape problem, got {other:?}"),
        };
        let cases = [
            (
                minimal(PLAN, &S1.replace("\"text\"", "\"txt\"")),
                "statements[0].txt: unknown key; did you mean `text`?",
            ),
            (minimal(PLAN, &S1.replace("\"I plan.\"", "7")), "statements[0].text: must be a text in quotes"),
            (
                minimal(&PLAN.replace("\"management\"", "\"managment\""), S1),
                "competencies[0].track: must be one of: management, leadership; did you mean `management`?",
            ),
            (
                minimal(&PLAN.replace("[\"tm\"]", "[\"tm\", 3]"), S1),
                "competencies[0].topics[1]: must be a text in quotes",
            ),
            (
                minimal(PLAN, &S1.replace("}", ",\"reverse\":\"yes\"}")),
                "statements[0].reverse: must be true or false",
            ),
            (minimal(PLAN, &S1.replace("\"id\":\"s1\",", "")), "statements[0].id: is required"),
            (minimal(PLAN, "7"), "statements[0]: this must be a JSON object { … }"),
            (
                minimal(PLAN, S1).replace("\"version\":1", "\"version\":-1"),
                "version: must be a whole number, such as 1",
            ),
            (
                r#"{"id":"t","version":1,"topics":"tm","competencies":[],"statements":[]}"#.to_owned(),
                "topics: must be a list [ … ]",
            ),
        ];
        for (json, expected) in cases {
            assert_eq!(shape_problem(&json), expected, "{json}");
        }
        assert_eq!(shape_problem("[]"), ": the instrument must be a JSON object { … }");
        // `null` for the observer wording is no wording, as the derive reads it.
        let with_null = minimal(PLAN, &format!("{},{S2}", S1.replace("}", ",\"observer\":null}")));
        assert_eq!(Instrument::from_json(&with_null).map(|i| i.statements[0].observer.clone()), Ok(None));
    }
}
