//! Property tests of scoring, topic ranking and the codes and files that carry answers: what
//! must hold for every possible answer sheet, not just the hand-picked ones.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic, reason = "a test stops where it fails")]
#![cfg(not(target_arch = "wasm32"))]

use leadership_balance::config::ProviderConfig;
use leadership_balance::model::answers::{
    Answer, AnswerSheet, Context, DirectReports, Experience, Frequency,
};
use leadership_balance::model::colleague::{self, ColleagueView};
use leadership_balance::model::instrument::{Instrument, InstrumentFile, Track};
use leadership_balance::model::instrument_shape;
use leadership_balance::model::scoring::Scores;
use leadership_balance::model::share;
use leadership_balance::model::topics::rank_topics;
use leadership_balance::persistence::{Progress, SavedStep, Stamps, merge};
use proptest::prelude::*;
use serde::Deserialize;
use serde_json::{Value, json};

fn instrument() -> Instrument {
    Instrument::builtin().expect("valid")
}

/// One change to an instrument file, as a provider's slip could make it: a value replaced by
/// another type, a key dropped, an unknown or misplaced key added.
#[derive(Clone, Debug)]
enum Slip {
    Replace(Value),
    DropKey(usize),
    AddKey(&'static str),
}

fn slip() -> impl Strategy<Value = Slip> {
    let values = [
        Value::Null,
        json!(7),
        json!(-1),
        json!(1.5),
        json!(4_294_967_296u64),
        json!(""),
        json!("management"),
        json!(true),
        json!([]),
        json!(["tm"]),
        json!({}),
    ];
    // Keys of every level of the file, so that a key added in the wrong object is tried too.
    let keys = ["id", "text", "observer", "reverse", "track", "topics", "short_name", "txt", "version"];
    prop_oneof![
        prop::sample::select(values.to_vec()).prop_map(Slip::Replace),
        any::<usize>().prop_map(Slip::DropKey),
        prop::sample::select(keys.to_vec()).prop_map(Slip::AddKey),
    ]
}

/// The JSON pointer of every value inside `value`, itself first.
fn pointers(value: &Value, at: String, into: &mut Vec<String>) {
    match value {
        Value::Object(map) => map.iter().for_each(|(k, v)| pointers(v, format!("{at}/{k}"), into)),
        Value::Array(items) => {
            items.iter().enumerate().for_each(|(i, v)| pointers(v, format!("{at}/{i}"), into))
        }
        _ => {}
    }
    into.push(at);
}

fn apply(value: &mut Value, (place, slip): &(usize, Slip)) {
    let mut all = Vec::new();
    pointers(value, String::new(), &mut all);
    let Some(target) = value.pointer_mut(&all[place % all.len()]) else { return };
    match (slip, target) {
        (Slip::Replace(new), target) => *target = new.clone(),
        (Slip::DropKey(which), Value::Object(map)) if !map.is_empty() => {
            let key = map.keys().nth(which % map.len()).cloned().unwrap_or_default();
            map.remove(&key);
        }
        (Slip::AddKey(key), Value::Object(map)) => {
            map.entry(*key).or_insert(json!("x"));
        }
        _ => {}
    }
}

fn answer() -> impl Strategy<Value = Option<Answer>> {
    prop_oneof![
        Just(None),
        Just(Some(Answer::NoChanceYet)),
        (1u8..=5).prop_map(|v| Frequency::from_value(v).map(Answer::Frequency)),
    ]
}

/// How many statements the built-in instrument has (`builtin_sizes` checks): the first
/// stage, then the second.
const STATEMENTS: usize = 80;
const FIRST_STAGE: usize = 48;

/// Answers to both stages.
fn sheet() -> impl Strategy<Value = Vec<Option<Answer>>> {
    prop::collection::vec(answer(), STATEMENTS)
}

/// Answers to the first stage only, as most learners and every colleague give them.
fn first_stage_sheet() -> impl Strategy<Value = Vec<Option<Answer>>> {
    prop::collection::vec(answer(), FIRST_STAGE).prop_map(|mut answers| {
        answers.resize(STATEMENTS, None);
        answers
    })
}

/// Either kind: a link or file carries the first stage alone in its first version.
fn any_sheet() -> impl Strategy<Value = Vec<Option<Answer>>> {
    prop_oneof![first_stage_sheet(), sheet()]
}

fn experience() -> impl Strategy<Value = Option<Experience>> {
    prop::option::of(prop::sample::select(Experience::ALL.to_vec()))
}

/// One tab's progress in attempt 1: answers with the times they were given (an answer never
/// given has no time), notes likewise.
fn tab() -> impl Strategy<Value = Progress> {
    (
        prop::collection::vec((answer(), 1u64..20), STATEMENTS),
        prop::collection::vec((prop::sample::select(vec!["", "a", "bb", "Zoë"]), 0u64..20), 4),
        experience(),
        0u64..20,
        0usize..8,
        0u64..10,
    )
        .prop_map(|(answers, notes, experience, experience_at, page, revision)| {
            let stamps = Stamps {
                answers: answers.iter().map(|(a, at)| if a.is_some() { *at } else { 0 }).collect(),
                experience: if experience.is_some() { experience_at } else { 0 },
                reports: 0,
                reflections: notes.iter().map(|(_, at)| *at).collect(),
            };
            Progress {
                revision,
                attempt: 1,
                answers: AnswerSheet::from_answers(answers.into_iter().map(|(a, _)| a).collect()),
                context: Context { experience, reports: None },
                stamps,
                step: SavedStep::Statements,
                page,
                reflections: notes.into_iter().map(|(n, _)| n.to_owned()).collect(),
                earlier: None,
                last_result: None,
            }
        })
}

fn scores(answers: &[Option<Answer>]) -> Scores {
    Scores::compute(&instrument(), &AnswerSheet::from_answers(answers.to_vec()))
}

#[test]
fn builtin_sizes() {
    let instrument = instrument();
    assert_eq!((instrument.statements.len(), instrument.first_stage()), (STATEMENTS, FIRST_STAGE));
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    #[test]
    fn every_response_round_trips_and_no_response_reads_as_a_result(answers in first_stage_sheet()) {
        let instrument = instrument();
        let sheet = AnswerSheet::from_answers(answers);
        let code = colleague::encode_response(&instrument, &sheet);
        prop_assert_eq!(colleague::decode_response(&instrument, &code), Ok(sheet.clone()));
        prop_assert!(share::decode(&instrument, &code).is_err());
        let result = share::encode(&instrument, &sheet, &Context::default());
        prop_assert_eq!(
            colleague::read_response(&instrument, &result).err(),
            Some(colleague::ResponseError::ResultLink)
        );
    }

    #[test]
    fn every_request_name_round_trips_cleaned(name in any::<String>()) {
        let instrument = instrument();
        let code = colleague::encode_request(&instrument, &name);
        let request = colleague::decode_request(&instrument, &code);
        let cleaned = colleague::clean_name(&name);
        prop_assert_eq!(request.map(|r| r.name.unwrap_or_default()), Ok(cleaned.clone()));
        prop_assert!(cleaned.chars().count() <= colleague::MAX_NAME_CHARS);
    }

    #[test]
    fn colleagues_means_lie_between_their_lowest_and_highest(
        responses in prop::collection::vec(first_stage_sheet(), 1..6),
    ) {
        let instrument = instrument();
        let mut view = ColleagueView::new(&instrument);
        let mut each = Vec::new();
        for answers in &responses {
            let sheet = AnswerSheet::from_answers(answers.clone());
            if view.add_pasted(&instrument, &colleague::encode_response(&instrument, &sheet)).is_ok() {
                each.push(Scores::compute(&instrument, &sheet));
            }
        }
        prop_assert_eq!(view.responses, each.len());
        let combined = view.scores(&instrument);
        for c in 0..instrument.competencies.len() {
            let values: Vec<f64> = each.iter().filter_map(|s| s.competencies[c].value()).collect();
            match combined.competencies[c].value() {
                Some(mean) => {
                    let low = values.iter().copied().fold(f64::INFINITY, f64::min);
                    let high = values.iter().copied().fold(f64::NEG_INFINITY, f64::max);
                    prop_assert!(low - 1e-9 <= mean && mean <= high + 1e-9, "{low} {mean} {high}");
                }
                None => prop_assert!(values.is_empty()),
            }
        }
    }

    #[test]
    fn every_score_stays_within_0_and_100(answers in sheet()) {
        let s = scores(&answers);
        for value in s.competencies.iter().filter_map(|c| c.value()).chain(s.management).chain(s.leadership) {
            prop_assert!((0.0..=100.0).contains(&value), "{value}");
        }
    }

    #[test]
    fn agreeing_more_never_lowers_a_positive_score_and_mirrors_for_reverse_keys(
        answers in sheet(),
        statement in 0usize..STATEMENTS,
        low in 1u8..=4,
    ) {
        let instrument = instrument();
        let high = low + 1;
        let mut lower = answers.clone();
        lower[statement] = Frequency::from_value(low).map(Answer::Frequency);
        let mut higher = answers;
        higher[statement] = Frequency::from_value(high).map(Answer::Frequency);
        let (a, b) = (scores(&lower), scores(&higher));
        let competency = instrument.competency_of(statement);
        let track = instrument.competencies[competency].track;
        let (before, after) = (a.competencies[competency].value(), b.competencies[competency].value());
        let (index_before, index_after) = (a.index(track), b.index(track));
        if instrument.statements[statement].reverse {
            prop_assert!(after <= before, "{before:?} -> {after:?}");
            prop_assert!(index_after <= index_before);
        } else {
            prop_assert!(after >= before, "{before:?} -> {after:?}");
            prop_assert!(index_after >= index_before);
        }
    }

    #[test]
    fn no_chance_yet_on_one_statement_changes_no_other_competency(answers in sheet(), statement in 0usize..STATEMENTS) {
        let instrument = instrument();
        let mut changed = answers.clone();
        changed[statement] = Some(Answer::NoChanceYet);
        let (a, b) = (scores(&answers), scores(&changed));
        let own = instrument.competency_of(statement);
        for c in 0..instrument.competencies.len() {
            if c != own {
                prop_assert_eq!(a.competencies[c], b.competencies[c]);
            }
        }
    }

    #[test]
    fn a_share_code_carries_every_answer_and_the_context(
        answers in any_sheet(),
        experience in experience(),
        reports in prop::option::of(prop::sample::select(DirectReports::ALL.to_vec())),
    ) {
        let instrument = instrument();
        let sheet = AnswerSheet::from_answers(answers);
        let context = Context { experience, reports };
        let code = share::encode(&instrument, &sheet, &context);
        prop_assert_eq!(share::decode(&instrument, &code), Ok((sheet, context)));
    }

    #[test]
    fn saved_progress_reads_back_exactly(
        answers in any_sheet(),
        experience in experience(),
        page in 0usize..8,
        notes in prop::collection::vec(".{0,40}", 0..=4),
        attempt in any::<u32>(),
    ) {
        let instrument = instrument();
        let stamps = Stamps::unstamped(STATEMENTS, notes.len());
        let progress = Progress {
            revision: u64::from(attempt) * 3,
            attempt,
            answers: AnswerSheet::from_answers(answers),
            context: Context { experience, reports: None },
            stamps,
            step: SavedStep::Statements,
            page,
            reflections: notes,
            earlier: None,
            last_result: None,
        };
        prop_assert_eq!(Progress::from_text(&instrument, &progress.to_text(&instrument)), Ok(progress));
    }

    /// Two tabs' progress merged: no answer either side had is lost, each answer is one of the
    /// two, merging is the same either way round, and merging again changes nothing.
    #[test]
    fn merging_two_tabs_loses_no_answer_and_settles(
        a in tab(),
        b in tab(),
    ) {
        let merged = merge(&a, &b);
        for i in 0..STATEMENTS {
            let (x, y, m) = (a.answers.get(i), b.answers.get(i), merged.answers.get(i));
            prop_assert!(m == x || m == y, "statement {}: {:?} from {:?} and {:?}", i, m, x, y);
            if x.is_some() || y.is_some() {
                prop_assert!(m.is_some(), "statement {} lost its answer", i);
            }
        }
        for (i, note) in merged.reflections.iter().enumerate() {
            prop_assert!(Some(note) == a.reflections.get(i) || Some(note) == b.reflections.get(i));
        }
        prop_assert_eq!(&merge(&b, &a), &merged);
        prop_assert_eq!(&merge(&merged, &a), &merged);
        prop_assert_eq!(&merge(&merged, &b), &merged);
        prop_assert_eq!(&merge(&a, &a), &a);
    }

    /// The instrument's shape walk and its derive agree on every file a provider's slips make:
    /// whatever the walk lets through, the derive reads (so no problem reaches a provider
    /// without its path), and whatever the walk refuses, the derive refuses too (so no good file
    /// is turned away). The fuzz target checks the first half on any text.
    #[test]
    fn the_instrument_walk_refuses_exactly_what_its_derive_refuses(
        slips in prop::collection::vec((any::<usize>(), slip()), 1..4),
    ) {
        let mut value = serde_json::to_value(instrument()).expect("the built-in instrument as JSON");
        for one in &slips {
            apply(&mut value, one);
        }
        let problems = instrument_shape::problems(&value);
        let derived = InstrumentFile::deserialize(&value);
        prop_assert_eq!(problems.is_empty(), derived.is_ok(), "{:?} {:?}", problems, derived.err());
    }

    /// A threshold as a provider writes it, with up to 15 significant digits, reads back as
    /// exactly the number Rust's own (correctly rounded) parser makes of the same text. serde_json
    /// reads it without its `float_roundtrip` feature (Cargo.toml says why), whose exact path
    /// only numbers of 16 or more digits need.
    #[test]
    fn a_config_threshold_as_written_reads_back_exactly(
        (scale, digits) in (0u32..=13).prop_flat_map(|scale| (Just(scale), 0u64..=100 * 10u64.pow(scale))),
    ) {
        let power = 10u64.pow(scale);
        let text = if scale == 0 {
            digits.to_string()
        } else {
            format!("{}.{:0width$}", digits / power, digits % power, width = scale as usize)
        };
        let expected: f64 = text.parse().expect("a decimal number");
        let config = ProviderConfig::from_json(&format!(r#"{{"threshold": {text}}}"#)).expect("valid");
        prop_assert_eq!(config.threshold.to_bits(), expected.to_bits(), "{}", text);
    }

    #[test]
    fn a_better_score_never_raises_the_priority_of_the_topics_it_feeds(
        answers in sheet(),
        statement in 0usize..STATEMENTS,
        low in 1u8..=4,
        experience in experience(),
    ) {
        let instrument = instrument();
        // Move one answer one step in the direction that raises its competency's score.
        let reverse = instrument.statements[statement].reverse;
        let (worse, better) = if reverse { (low + 1, low) } else { (low, low + 1) };
        let mut before = answers.clone();
        before[statement] = Frequency::from_value(worse).map(Answer::Frequency);
        let mut after = answers;
        after[statement] = Frequency::from_value(better).map(Answer::Frequency);
        let priority = |answers: &[Option<Answer>]| -> Vec<Option<f64>> {
            let ranked = rank_topics(&instrument, &scores(answers), experience);
            (0..instrument.topics.len())
                .map(|t| ranked.iter().find(|r| r.topic == t).map(|r| r.priority))
                .collect()
        };
        let (was, now) = (priority(&before), priority(&after));
        let competency = instrument.competency_of(statement);
        for t in 0..instrument.topics.len() {
            if instrument.topics_of(competency).contains(&t) {
                prop_assert!(now[t] <= was[t], "topic {t}: {:?} -> {:?}", was[t], now[t]);
            } else {
                prop_assert_eq!(now[t], was[t], "topic {} does not depend on competency {}", t, competency);
            }
        }
    }

    #[test]
    fn topics_come_most_needed_first_and_only_with_a_scored_reason(answers in sheet(), experience in experience()) {
        let instrument = instrument();
        let s = scores(&answers);
        let ranked = rank_topics(&instrument, &s, experience);
        for pair in ranked.windows(2) {
            prop_assert!(pair[0].priority >= pair[1].priority, "{:?}", pair);
        }
        // A topic with no scored competency is never suggested.
        for r in &ranked {
            prop_assert!(!r.drivers.is_empty());
        }
        // Both tracks' indexes exist exactly when some competency of theirs is scored.
        for track in Track::ALL {
            let any = instrument.competencies_in(track).any(|c| s.competencies[c].value().is_some());
            prop_assert_eq!(s.index(track).is_some(), any);
        }
    }
}
