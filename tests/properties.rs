//! Property tests of scoring and topic ranking: what must hold for every possible answer
//! sheet, not just the hand-picked ones.

#![cfg(not(target_arch = "wasm32"))]

use leadership_balance::model::answers::{Answer, AnswerSheet, Context, Experience, Frequency};
use leadership_balance::model::instrument::{Instrument, Track};
use leadership_balance::model::report::Report;
use leadership_balance::model::scoring::Scores;
use leadership_balance::model::topics::rank_topics;
use proptest::prelude::*;

fn instrument() -> Instrument {
    Instrument::builtin().expect("valid")
}

fn answer() -> impl Strategy<Value = Option<Answer>> {
    prop_oneof![
        Just(None),
        Just(Some(Answer::NoChanceYet)),
        (1u8..=5).prop_map(|v| Frequency::from_value(v).map(Answer::Frequency)),
    ]
}

fn sheet() -> impl Strategy<Value = Vec<Option<Answer>>> {
    prop::collection::vec(answer(), 48)
}

fn experience() -> impl Strategy<Value = Option<Experience>> {
    prop::option::of(prop::sample::select(Experience::ALL.to_vec()))
}

fn scores(answers: &[Option<Answer>]) -> Scores {
    Scores::compute(&instrument(), &AnswerSheet::from_answers(answers.to_vec()))
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

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
        statement in 0usize..48,
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
    fn no_chance_yet_on_one_statement_changes_no_other_competency(answers in sheet(), statement in 0usize..48) {
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
    fn the_order_answers_were_given_in_does_not_matter(answers in sheet(), seed in any::<u64>()) {
        let instrument = instrument();
        // Give the same answers in a shuffled order.
        let mut order: Vec<usize> = (0..48).collect();
        let mut state = seed | 1;
        for i in (1..order.len()).rev() {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            order.swap(i, (state % (i as u64 + 1)) as usize);
        }
        let mut shuffled = AnswerSheet::new(48);
        for &s in &order {
            if let Some(answer) = answers[s] {
                shuffled.set(s, answer);
            }
        }
        let context = Context::default();
        let in_order = Report::build(&instrument, &AnswerSheet::from_answers(answers), &context, 60.0);
        let out_of_order = Report::build(&instrument, &shuffled, &context, 60.0);
        prop_assert_eq!(in_order, out_of_order);
    }

    #[test]
    fn topic_ranking_is_deterministic_and_ordered(answers in sheet(), experience in experience()) {
        let instrument = instrument();
        let s = scores(&answers);
        let first = rank_topics(&instrument, &s, experience);
        prop_assert_eq!(&first, &rank_topics(&instrument, &s, experience));
        for pair in first.windows(2) {
            prop_assert!(pair[0].priority >= pair[1].priority, "{:?}", pair);
        }
        // A topic with no scored competency is never suggested.
        for r in &first {
            prop_assert!(!r.drivers.is_empty());
        }
        // Both tracks' indexes exist exactly when some competency of theirs is scored.
        for track in Track::ALL {
            let any = instrument.competencies_in(track).any(|c| s.competencies[c].value().is_some());
            prop_assert_eq!(s.index(track).is_some(), any);
        }
    }
}
