//! What a learner did on the pages the loader (web/leadership-balance.js) draws before the wasm
//! has arrived: the intro, after Start the two context questions, and after Next the first
//! page of statements. On a slow phone the wasm is still on its way when a quick learner
//! presses Start, so the loader lets them answer meanwhile instead of waiting; the widget then
//! begins where they are.
//!
//! The loader hands the widget a small JSON object, for example
//! `{"page":"statements","experience":2,"reports":1,"answers":[0,null,5]}`, which becomes the
//! actions that bring a new assessment to the same place. Replaying actions through the
//! reducer, rather than setting the state, keeps one set of rules for what Next does with a
//! missing answer. It is read with the checks the config's walk uses ([`crate::checker`]),
//! already in the first module, where a serde derive would add to what every learner waits for
//! (docs/performance.md, the price list).

use serde_json::Value;

use crate::checker::{Checker, Problem};
use crate::model::answers::{Answer, DirectReports, Experience};
use crate::ui::state::{Action, PAGE_SIZE};

/// The page the loader showed when the wasm took over.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum EarlyPage {
    /// The intro: Start not pressed, or pressed and then Back.
    #[default]
    Intro,
    /// The context questions, answered or not.
    Context,
    /// The first page of statements, answered or not.
    Statements,
    /// Next pressed on the first page of statements with every statement answered; the loader
    /// said "Getting the questions ready…" until the wasm came, which then draws the second.
    LaterStatements,
}

/// The learner's steps on the loader's pages.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct EarlySteps {
    /// Where the learner is.
    pub page: EarlyPage,
    /// The chosen experience, as its place in [`Experience::ALL`] (the order of the options).
    pub experience: Option<usize>,
    /// The chosen number of direct reports, as its place in [`DirectReports::ALL`].
    pub reports: Option<usize>,
    /// The answers on the first page of statements, in the order shown, each as the place of
    /// its option ([`Answer::place`]).
    pub answers: [Option<usize>; PAGE_SIZE],
    /// Next was pressed on the page shown while an answer was missing, so the page points out
    /// what is missing.
    pub missing: bool,
    /// Forget was pressed on the intro (after Start and back, say), and nothing since: the
    /// footer says the answers are forgotten.
    pub forgotten: bool,
}

impl EarlySteps {
    /// Reads the loader's JSON, in which a missing key means the default (an unanswered
    /// question has none). The loader writes it, but it crosses from JavaScript, so a text it
    /// does not recognise is an error for the caller to report, never a panic.
    pub fn from_loader(text: &str) -> Result<EarlySteps, Vec<Problem>> {
        let value: Value = serde_json::from_str(text)
            .map_err(|e| vec![Problem { path: String::new(), message: e.to_string() }])?;
        let mut check = Checker::new("the early steps");
        let mut steps = EarlySteps::default();
        if let Some(object) =
            check.object("", &value, &["page", "experience", "reports", "answers", "missing", "forgotten"])
        {
            let page = check.field(object, "", "page", |c, path, v| {
                c.one_of(path, v, &["intro", "context", "statements", "later"])
            });
            steps.page = match page.as_deref() {
                Some("context") => EarlyPage::Context,
                Some("statements") => EarlyPage::Statements,
                Some("later") => EarlyPage::LaterStatements,
                _ => EarlyPage::Intro,
            };
            let place =
                |c: &mut Checker, path: &str, v: &Value| c.whole_number(path, v, 0, 9).map(|n| n as usize);
            steps.experience = check.field(object, "", "experience", place);
            steps.reports = check.field(object, "", "reports", place);
            if let Some(answers) = object.get("answers") {
                match answers.as_array() {
                    Some(list) if list.len() <= PAGE_SIZE => {
                        for (index, (slot, value)) in steps.answers.iter_mut().zip(list).enumerate() {
                            let path = format!("answers[{index}]");
                            *slot = if value.is_null() { None } else { place(&mut check, &path, value) };
                        }
                    }
                    _ => check.fail("answers", &format!("must be a list of at most {PAGE_SIZE} answers")),
                }
            }
            steps.missing = check.field(object, "", "missing", Checker::boolean).unwrap_or(false);
            steps.forgotten = check.field(object, "", "forgotten", Checker::boolean).unwrap_or(false);
        }
        if check.problems.is_empty() { Ok(steps) } else { Err(check.problems) }
    }

    /// Whether the learner left the intro (perhaps coming back to it), which the host hears
    /// as `started`.
    pub fn started(&self) -> bool {
        self.page != EarlyPage::Intro || self.experience.is_some() || self.reports.is_some()
    }

    /// The actions that take a new assessment to where the learner is. An option index the
    /// widget does not know is dropped, as a click on it would be. `order` is the statements
    /// in the order shown (the assessment's), as indexes into the instrument.
    pub fn actions(&self, order: &[usize]) -> Vec<Action> {
        if !self.started() {
            return if self.forgotten { vec![Action::Forget] } else { Vec::new() };
        }
        let mut actions = vec![Action::Start];
        actions
            .extend(self.experience.and_then(|i| Experience::ALL.get(i).copied()).map(Action::SetExperience));
        actions.extend(self.reports.and_then(|i| DirectReports::ALL.get(i).copied()).map(Action::SetReports));
        let answered = actions.len() == 3;
        // Answers first: Back and Next on the statements keep them, as the widget's do.
        let mut complete = true;
        for (&statement, place) in order.iter().zip(self.answers) {
            match place.and_then(Answer::at) {
                Some(answer) => actions.push(Action::Answer { statement, answer }),
                None => complete = false,
            }
        }
        match self.page {
            // Back on the context page, its answers kept for the next Start.
            EarlyPage::Intro => actions.push(Action::Back),
            // Next on the context page moves on when both are answered and otherwise marks what
            // is missing; the loader showed the one or the other.
            EarlyPage::Context if self.missing && !answered => actions.push(Action::Next),
            EarlyPage::Context => {}
            EarlyPage::Statements => {
                actions.push(Action::Next);
                if self.missing && !complete {
                    actions.push(Action::Next);
                }
            }
            EarlyPage::LaterStatements => actions.extend([Action::Next, Action::Next]),
        }
        actions
    }
}

#[cfg(test)]
mod tests {
    use std::rc::Rc;

    use super::*;
    use crate::model::answers::Frequency;
    use crate::model::instrument::Instrument;
    use crate::ui::state::{Assessment, Step};

    fn replayed(text: &str) -> Assessment {
        let steps = EarlySteps::from_loader(text).unwrap_or_else(|e| panic!("{text}: {e:?}"));
        let instrument = Rc::new(Instrument::builtin().expect("the built-in instrument"));
        let mut assessment = Assessment::start(instrument, None, None);
        for action in steps.actions(&assessment.order) {
            assessment.apply(action);
        }
        assessment
    }

    fn first_page(assessment: &Assessment) -> Vec<usize> {
        assessment.page(0).map(|(_, statement)| statement).collect()
    }

    #[test]
    fn the_intro_needs_nothing_replayed() {
        assert_eq!(EarlySteps::from_loader("{}").expect("empty object").actions(&[0, 1]), []);
        assert!(!EarlySteps::default().started());
    }

    #[test]
    fn forget_on_the_intro_says_so() {
        let assessment = replayed(r#"{"page":"intro","forgotten":true}"#);
        assert_eq!((assessment.step, assessment.forgotten), (Step::Intro, true));
        assert_eq!(assessment.context.experience, None);
    }

    #[test]
    fn back_on_the_intro_keeps_the_context_answers_for_the_next_start() {
        let mut assessment = replayed(r#"{"page":"intro","experience":1}"#);
        assert_eq!(assessment.step, Step::Intro);
        assessment.apply(Action::Start);
        assert_eq!(assessment.context.experience, Some(Experience::ALL[1]));
        assert!(EarlySteps::from_loader(r#"{"page":"intro","reports":0}"#).expect("json").started());
    }

    #[test]
    fn the_context_page_keeps_its_answers_and_its_missing_mark() {
        let assessment = replayed(r#"{"page":"context","experience":2}"#);
        assert_eq!(assessment.step, Step::Context);
        assert_eq!(assessment.context.experience, Some(Experience::ALL[2]));
        assert_eq!(assessment.context.reports, None);
        assert!(!assessment.show_missing);

        let marked = replayed(r#"{"page":"context","experience":2,"missing":true}"#);
        assert_eq!(marked.step, Step::Context);
        assert!(marked.show_missing);
        // Answered since the mark: Next is not pressed again on the learner's behalf.
        let answered = replayed(r#"{"page":"context","experience":2,"reports":0,"missing":true}"#);
        assert_eq!(answered.step, Step::Context);
    }

    #[test]
    fn next_pressed_early_opens_the_first_statements() {
        let assessment = replayed(r#"{"page":"statements","experience":4,"reports":3}"#);
        assert_eq!(assessment.step, Step::Statements { page: 0 });
        assert_eq!(assessment.context.reports, Some(DirectReports::ALL[3]));
        assert_eq!(assessment.answers.answered(), 0);
        assert!(EarlySteps::from_loader(r#"{"page":"statements"}"#).expect("json").started());
    }

    #[test]
    fn the_first_statements_keep_their_answers_in_the_order_shown() {
        let text = r#"{"page":"statements","experience":1,"reports":1,"answers":[0,null,5,4]}"#;
        let assessment = replayed(text);
        let shown = first_page(&assessment);
        assert_eq!((assessment.step, assessment.show_missing), (Step::Statements { page: 0 }, false));
        assert_eq!(assessment.answers.get(shown[0]), Some(Answer::Frequency(Frequency::ALL[0])));
        assert_eq!(assessment.answers.get(shown[1]), None);
        assert_eq!(assessment.answers.get(shown[2]), Some(Answer::NoChanceYet));
        assert_eq!(assessment.answers.get(shown[3]), Some(Answer::Frequency(Frequency::ALL[4])));
        assert_eq!(assessment.answers.answered(), 3);
    }

    #[test]
    fn next_on_the_first_statements_marks_what_is_missing_or_opens_the_second_page() {
        let marked =
            replayed(r#"{"page":"statements","experience":1,"reports":1,"answers":[0,1],"missing":true}"#);
        assert_eq!((marked.step, marked.show_missing), (Step::Statements { page: 0 }, true));
        assert_eq!(marked.missing_on(0), [3, 4, 5, 6]);

        let all = r#"{"page":"later","experience":1,"reports":1,"answers":[0,1,2,3,4,5],"missing":true}"#;
        let later = replayed(all);
        assert_eq!((later.step, later.show_missing), (Step::Statements { page: 1 }, false));
        assert_eq!(later.answers.answered(), 6);
        // The Back from the context page keeps the statements' answers too.
        let back = replayed(r#"{"page":"intro","experience":1,"reports":1,"answers":[2]}"#);
        assert_eq!((back.step, back.answers.answered()), (Step::Intro, 1));
    }

    #[test]
    fn unknown_options_are_dropped_and_unknown_text_is_an_error() {
        let assessment = replayed(r#"{"page":"statements","experience":9,"reports":1,"answers":[6,9]}"#);
        // One answer missing: Next marks it rather than moving on.
        assert_eq!(assessment.step, Step::Context);
        assert!(assessment.show_missing);
        assert_eq!(assessment.answers.answered(), 0);
        for text in [
            "",
            "null",
            "[]",
            r#"{"page":"results"}"#,
            r#"{"pages":"context"}"#,
            r#"{"experience":-1}"#,
            r#"{"reports":null}"#,
            r#"{"answers":{"0":1}}"#,
            r#"{"answers":[0,1,2,3,4,5,0]}"#,
            r#"{"answers":[-1]}"#,
            r#"{"answers":["often"]}"#,
        ] {
            assert!(EarlySteps::from_loader(text).is_err(), "{text:?} was read");
        }
    }
}
