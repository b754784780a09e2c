//! The learner's path through the assessment, as plain state and a reducer.
//!
//! Everything here is pure and tested natively; the components only draw a state and send
//! [`Action`]s back.

use std::rc::Rc;

use yew::Reducible;

use crate::model::answers::{Answer, AnswerSheet, Context, DirectReports, Experience};
use crate::model::instrument::Instrument;

/// Statements per page: enough to feel like progress, few enough for a phone screen.
pub const PAGE_SIZE: usize = 6;
/// Reflection questions on the results page.
pub const REFLECTIONS: usize = 4;

/// Where the learner is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Step {
    Intro,
    Context,
    /// A page of statements, counted from 0.
    Statements {
        page: usize,
    },
    Results,
}

/// What the learner can do.
#[derive(Clone, Debug, PartialEq)]
pub enum Action {
    Start,
    SetExperience(Experience),
    SetReports(DirectReports),
    Answer { statement: usize, answer: Answer },
    Next,
    Back,
    Reflect { question: usize, text: String },
    Restart,
}

/// One learner's assessment in progress.
#[derive(Clone, Debug, PartialEq)]
pub struct Assessment {
    pub instrument: Rc<Instrument>,
    /// Statement indexes in the order they are shown.
    pub order: Rc<Vec<usize>>,
    pub step: Step,
    pub context: Context,
    pub answers: AnswerSheet,
    pub reflections: [String; REFLECTIONS],
    /// Set when the learner pressed Next on an unfinished page; the page then says what is
    /// missing until it is answered.
    pub show_missing: bool,
}

impl Assessment {
    pub fn new(instrument: Rc<Instrument>) -> Assessment {
        Assessment {
            order: Rc::new(instrument.presentation_order()),
            answers: AnswerSheet::new(instrument.statements.len()),
            instrument,
            step: Step::Intro,
            context: Context::default(),
            reflections: Default::default(),
            show_missing: false,
        }
    }

    pub fn page_count(&self) -> usize {
        self.order.len().div_ceil(PAGE_SIZE)
    }

    /// The statements on page `page`, with their 0-based position in the whole sequence.
    pub fn page(&self, page: usize) -> impl Iterator<Item = (usize, usize)> + '_ {
        self.order.iter().copied().enumerate().skip(page * PAGE_SIZE).take(PAGE_SIZE)
    }

    /// 1-based numbers of the statements on `page` still without an answer.
    pub fn missing_on(&self, page: usize) -> Vec<usize> {
        self.page(page).filter(|(_, s)| self.answers.get(*s).is_none()).map(|(p, _)| p + 1).collect()
    }

    fn page_complete(&self) -> bool {
        match self.step {
            Step::Context => self.context.is_complete(),
            Step::Statements { page } => self.missing_on(page).is_empty(),
            Step::Intro | Step::Results => true,
        }
    }

    fn go(&mut self, step: Step) {
        self.step = step;
        self.show_missing = false;
    }

    fn last_page(&self) -> Step {
        Step::Statements { page: self.page_count().saturating_sub(1) }
    }

    /// Applies one action. Actions that make no sense at this step change nothing.
    pub fn apply(&mut self, action: Action) {
        match action {
            Action::Start => {
                if self.step == Step::Intro {
                    self.go(Step::Context);
                }
            }
            Action::SetExperience(e) => self.context.experience = Some(e),
            Action::SetReports(r) => self.context.reports = Some(r),
            Action::Answer { statement, answer } => self.answers.set(statement, answer),
            Action::Next => {
                if !self.page_complete() {
                    self.show_missing = true;
                    return;
                }
                let next = match self.step {
                    Step::Intro => Step::Context,
                    Step::Context if self.page_count() == 0 => Step::Results,
                    Step::Context => Step::Statements { page: 0 },
                    Step::Statements { page } if page + 1 < self.page_count() => {
                        Step::Statements { page: page + 1 }
                    }
                    Step::Statements { .. } | Step::Results => Step::Results,
                };
                self.go(next);
            }
            Action::Back => {
                let previous = match self.step {
                    Step::Intro | Step::Context => Step::Intro,
                    Step::Statements { page: 0 } => Step::Context,
                    Step::Statements { page } => Step::Statements { page: page - 1 },
                    Step::Results => self.last_page(),
                };
                self.go(previous);
            }
            Action::Reflect { question, text } => {
                if let Some(slot) = self.reflections.get_mut(question) {
                    *slot = text;
                }
            }
            Action::Restart => *self = Assessment::new(Rc::clone(&self.instrument)),
        }
    }
}

impl Reducible for Assessment {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut next = (*self).clone();
        next.apply(action);
        Rc::new(next)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::answers::Frequency;

    fn fresh() -> Assessment {
        Assessment::new(Rc::new(Instrument::builtin().expect("valid")))
    }

    fn answer_page(a: &mut Assessment, page: usize) {
        let statements: Vec<usize> = a.page(page).map(|(_, s)| s).collect();
        for statement in statements {
            a.apply(Action::Answer { statement, answer: Answer::Frequency(Frequency::Often) });
        }
    }

    #[test]
    fn the_whole_path_from_intro_to_results() {
        let mut a = fresh();
        assert_eq!(a.page_count(), 8);
        a.apply(Action::Start);
        assert_eq!(a.step, Step::Context);
        a.apply(Action::Next);
        assert_eq!((a.step, a.show_missing), (Step::Context, true));
        a.apply(Action::SetExperience(Experience::UnderOneYear));
        a.apply(Action::SetReports(DirectReports::OneToThree));
        a.apply(Action::Next);
        assert_eq!((a.step, a.show_missing), (Step::Statements { page: 0 }, false));
        for page in 0..8 {
            assert_eq!(a.step, Step::Statements { page });
            answer_page(&mut a, page);
            a.apply(Action::Next);
        }
        assert_eq!(a.step, Step::Results);
        assert_eq!(a.answers.answered(), 48);
    }

    #[test]
    fn next_names_what_is_missing_and_back_keeps_answers() {
        let mut a = fresh();
        a.apply(Action::Start);
        a.apply(Action::SetExperience(Experience::NotYet));
        a.apply(Action::SetReports(DirectReports::None));
        a.apply(Action::Next);
        let page: Vec<usize> = a.page(0).map(|(_, s)| s).collect();
        a.apply(Action::Answer { statement: page[0], answer: Answer::NoChanceYet });
        a.apply(Action::Answer { statement: page[2], answer: Answer::Frequency(Frequency::Never) });
        a.apply(Action::Next);
        assert_eq!(a.step, Step::Statements { page: 0 });
        assert!(a.show_missing);
        assert_eq!(a.missing_on(0), vec![2, 4, 5, 6]);

        a.apply(Action::Back);
        assert_eq!((a.step, a.show_missing), (Step::Context, false));
        a.apply(Action::Next);
        assert_eq!(a.answers.get(page[0]), Some(Answer::NoChanceYet));
        assert_eq!(a.missing_on(0), vec![2, 4, 5, 6]);
    }

    #[test]
    fn back_from_results_returns_to_the_last_page_and_restart_forgets_everything() {
        let mut a = fresh();
        a.apply(Action::Start);
        a.apply(Action::SetExperience(Experience::NotYet));
        a.apply(Action::SetReports(DirectReports::None));
        a.apply(Action::Next);
        for page in 0..8 {
            answer_page(&mut a, page);
            a.apply(Action::Next);
        }
        a.apply(Action::Reflect { question: 1, text: "Calm under pressure".into() });
        a.apply(Action::Reflect { question: 9, text: "ignored".into() });
        assert_eq!(a.reflections[1], "Calm under pressure");
        a.apply(Action::Back);
        assert_eq!(a.step, Step::Statements { page: 7 });
        a.apply(Action::Restart);
        assert_eq!(a, fresh());
    }

    #[test]
    fn actions_out_of_place_change_nothing() {
        let mut a = fresh();
        a.apply(Action::Answer { statement: 999, answer: Answer::NoChanceYet });
        a.apply(Action::Back);
        assert_eq!(a, fresh());
        a.apply(Action::Start);
        a.apply(Action::Start);
        assert_eq!(a.step, Step::Context);
    }

    #[test]
    fn pages_hold_six_statements_numbered_in_sequence() {
        let a = fresh();
        let sizes: Vec<usize> = (0..a.page_count()).map(|p| a.page(p).count()).collect();
        assert_eq!(sizes, vec![6; 8]);
        let numbers: Vec<usize> = a.page(7).map(|(p, _)| p + 1).collect();
        assert_eq!(numbers, vec![43, 44, 45, 46, 47, 48]);
    }
}
