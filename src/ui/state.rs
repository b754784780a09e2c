//! The learner's path through the assessment, as plain state and a reducer.
//!
//! Everything here is pure and tested natively; the views only draw a state and send
//! [`Action`]s back.

use std::rc::Rc;

use yew::Reducible;

use crate::model::answers::{Answer, AnswerSheet, Context, DirectReports, Experience};
use crate::model::instrument::Instrument;
use crate::model::second_stage::Undecided;
use crate::model::share::{self, ShareError};
use crate::persistence::{Progress, Stamps};
use crate::ui::progress;

/// Statements per page: enough to feel like progress, few enough for a phone screen.
pub const PAGE_SIZE: usize = 6;
/// Reflection questions on the results page.
pub const REFLECTIONS: usize = 4;

/// Where the learner is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Step {
    /// The intro, with Start (and saved progress to offer, if any).
    Intro,
    /// The two context questions.
    Context,
    /// A page of statements, counted from 0.
    Statements {
        /// Which page.
        page: usize,
    },
    /// The results.
    Results,
}

/// What the learner can do.
#[derive(Clone, Debug, PartialEq)]
pub enum Action {
    /// Start pressed on the intro.
    Start,
    /// An answer to "how long have you managed people?".
    SetExperience(Experience),
    /// An answer to "how many people report to you?".
    SetReports(DirectReports),
    /// An answer to one statement.
    Answer {
        /// The statement's index in the instrument.
        statement: usize,
        /// The option chosen.
        answer: Answer,
    },
    /// Next pressed: on to the next page, or the page says what is missing.
    Next,
    /// Back pressed: the page before, answers kept.
    Back,
    /// The text of one reflection note, as typed.
    Reflect {
        /// The reflection question, from 0.
        question: usize,
        /// The whole note.
        text: String,
    },
    /// A new attempt; the result just reached stays on the device for comparison.
    Restart,
    /// Takes up the saved progress that was offered.
    Resume,
    /// Declines the saved progress and starts a new attempt.
    StartOver,
    /// Drops everything this widget knows about the learner, saved results included.
    Forget,
    /// Leaves a shared result for an assessment of one's own.
    LeaveShared,
    /// Compares the results with an earlier result from a pasted share link.
    CompareWith(Box<(AnswerSheet, Context)>),
    /// The host changed the element's language or config: the same statements (by their
    /// fingerprint) in other words keep every answer; other statements start afresh.
    UseInstrument(Rc<Instrument>),
    /// Another tab of this browser saved newer progress: it is merged in, each answer and note
    /// the later of the two (see [`crate::persistence::merge`]); this tab stays on its page.
    TakeOver(Box<Progress>),
    /// At the results: offer `page` of extra statements for `what`, or, with an empty page,
    /// show the results.
    DecideSecondStage {
        /// What a few more statements could decide.
        what: Undecided,
        /// The first page's statements; empty when the stage would not help.
        page: Vec<usize>,
    },
    /// The offer taken up: the offered page opens.
    StartSecondStage,
    /// The extra page answered: the next one, or the results when it is empty.
    NextExtraPage(Vec<usize>),
    /// The results, without (more of) the second stage.
    SkipSecondStage,
}

/// An action and the time it happened, in milliseconds since 1970 by the browser's clock: the
/// reducer stamps each answer with it, so that the later of two tabs' answers wins.
#[derive(Clone, Debug, PartialEq)]
pub struct Timed(pub Action, pub u64);

/// The second stage after the results are reached: a few more statements when the result is
/// close to a line (`model::second_stage`). Decided by the full module, which links that code;
/// never saved: a reload decides again from the answers.
#[derive(Clone, Debug, Default, PartialEq)]
pub enum SecondStage {
    /// Not decided yet.
    #[default]
    Undecided,
    /// Offered: the answers leave `what` undecided; `page` is what Answer would ask.
    Offered {
        /// What a few more statements could decide.
        what: Undecided,
        /// The first page's statements.
        page: Vec<usize>,
    },
    /// A page of extra statements being answered.
    Asking {
        /// Its statements, in the order shown.
        page: Vec<usize>,
    },
    /// Done, skipped, or not needed: the results show.
    Over,
}

/// Answers and context: what a result is made of.
pub type Answered = (AnswerSheet, Context);

/// One learner's assessment in progress.
#[derive(Clone, Debug, PartialEq)]
pub struct Assessment {
    /// The statements being answered, in the widget's language.
    pub instrument: Rc<Instrument>,
    /// Statement indexes in the order they are shown.
    pub order: Rc<Vec<usize>>,
    /// Where the learner is.
    pub step: Step,
    /// The answers to the two context questions.
    pub context: Context,
    /// The answers to the statements.
    pub answers: AnswerSheet,
    /// The reflection notes, one per question.
    pub reflections: [String; REFLECTIONS],
    /// When each answer, context answer and note was last changed.
    pub stamps: Stamps,
    /// Set when the learner pressed Next on an unfinished page; the page then says what is
    /// missing until it is answered.
    pub show_missing: bool,
    /// Counts the learner's attempts on this device, so a result is never compared with
    /// itself.
    pub attempt: u32,
    /// The earlier result the results page compares with, if any.
    pub earlier: Option<Answered>,
    /// The latest result reached on this device: its attempt and share code.
    pub last_result: Option<(u32, String)>,
    /// Saved progress from an earlier visit, offered on the intro.
    pub offer: Option<Box<Assessment>>,
    /// A result opened from a share link, shown read-only.
    pub shared: Option<Answered>,
    /// Why the share link in the address could not be read.
    pub link_problem: Option<ShareError>,
    /// Set right after "Forget my answers", so the widget can confirm it.
    pub forgotten: bool,
    /// Set when another tab's progress was merged in, until the learner moves on; the page
    /// says so in one line.
    pub taken_over: bool,
    /// Where the second stage stands, once the results are reached.
    pub second_stage: SecondStage,
}

impl Assessment {
    /// A first attempt at `instrument`, on the intro.
    pub fn new(instrument: Rc<Instrument>) -> Assessment {
        Assessment {
            order: Rc::new(instrument.presentation_order()),
            answers: AnswerSheet::new(instrument.statements.len()),
            stamps: Stamps::unstamped(instrument.statements.len(), REFLECTIONS),
            instrument,
            step: Step::Intro,
            context: Context::default(),
            reflections: Default::default(),
            show_missing: false,
            attempt: 0,
            earlier: None,
            last_result: None,
            offer: None,
            shared: None,
            link_problem: None,
            forgotten: false,
            taken_over: false,
            second_stage: SecondStage::Undecided,
        }
    }

    /// Where a widget starts: `saved` is what this device kept (already checked, see
    /// [`crate::ui::progress`]), `link` the share code in the page's address, if any.
    pub fn start(instrument: Rc<Instrument>, saved: Option<Assessment>, link: Option<&str>) -> Assessment {
        let mut fresh = Assessment::new(instrument);
        if let Some(saved) = saved {
            fresh.last_result = saved.last_result.clone();
            if saved.worth_resuming() {
                fresh.attempt = saved.attempt + 1;
                fresh.offer = Some(Box::new(saved));
            } else {
                fresh.attempt = saved.attempt;
            }
        }
        if let Some(code) = link {
            match share::decode(&fresh.instrument, code) {
                // A link to answers not yet finished (kept when the browser would not keep
                // them) is offered to continue, like saved progress.
                Ok((answers, context))
                    if (0..fresh.instrument.first_stage()).any(|s| answers.get(s).is_none()) =>
                {
                    let mut kept = Assessment::new(Rc::clone(&fresh.instrument));
                    kept.attempt = fresh.attempt;
                    kept.last_result = fresh.last_result.clone();
                    kept.answers = answers;
                    kept.context = context;
                    kept.step = kept.first_unanswered_page();
                    fresh.attempt += 1;
                    fresh.offer = Some(Box::new(kept));
                }
                Ok(result) => fresh.shared = Some(result),
                Err(problem) => fresh.link_problem = Some(problem),
            }
        }
        fresh
    }

    /// The page a learner continuing these answers should see: the context questions if they
    /// are unanswered, else the first page with a statement still to answer.
    fn first_unanswered_page(&self) -> Step {
        if !self.context.is_complete() {
            return Step::Context;
        }
        (0..self.page_count())
            .find(|&page| !self.missing_on(page).is_empty())
            .map_or(Step::Results, |page| Step::Statements { page })
    }

    /// Whether there is progress a learner would want back.
    pub fn worth_resuming(&self) -> bool {
        self.step != Step::Intro || self.answers.answered() > 0 || self.context != Context::default()
    }

    /// Whether this state holds anything worth keeping on the device.
    pub fn worth_saving(&self) -> bool {
        self.worth_resuming() || self.last_result.is_some() || self.offer.is_some()
    }

    /// The share code of the current answers.
    pub fn share_code(&self) -> String {
        share::encode(&self.instrument, &self.answers, &self.context)
    }

    /// Reaching the results: the result becomes the device's latest, and an earlier attempt's
    /// result, if there is one, becomes the comparison.
    fn reach_results(&mut self) {
        if let Some((attempt, code)) = &self.last_result
            && *attempt != self.attempt
        {
            self.earlier = share::decode(&self.instrument, code).ok();
        }
        self.last_result = Some((self.attempt, self.share_code()));
    }

    /// A new attempt that keeps the device's latest result for comparison.
    fn new_attempt(&mut self) {
        let mut next = Assessment::new(Rc::clone(&self.instrument));
        next.attempt = self.attempt + 1;
        next.last_result = self.last_result.take();
        *self = next;
    }

    /// How many of the first stage's statements have an answer.
    pub fn answered_first_stage(&self) -> usize {
        self.order.iter().filter(|&&s| self.answers.get(s).is_some()).count()
    }

    /// How many of the second stage's statements have an answer.
    pub fn answered_second_stage(&self) -> usize {
        (self.instrument.first_stage()..self.answers.len()).filter(|&s| self.answers.get(s).is_some()).count()
    }

    /// How many pages of statements there are.
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
        if step != self.step {
            self.second_stage = SecondStage::Undecided;
        }
        self.step = step;
        self.show_missing = false;
        self.forgotten = false;
        self.taken_over = false;
        self.link_problem = None;
    }

    fn last_page(&self) -> Step {
        Step::Statements { page: self.page_count().saturating_sub(1) }
    }

    /// Applies one action, stamped one millisecond after the latest change (for tests and
    /// replays, where no clock matters).
    pub fn apply(&mut self, action: Action) {
        let at = self.stamps.latest() + 1;
        self.apply_at(action, at);
    }

    /// Applies one action that happened at `at` (milliseconds since 1970). Actions that make no
    /// sense at this step change nothing. A change is stamped `at`, or just after the latest
    /// stamp should the clock have gone back.
    pub fn apply_at(&mut self, action: Action, at: u64) {
        let stamp = at.max(self.stamps.latest() + 1);
        match action {
            Action::Start => {
                if self.step == Step::Intro {
                    self.go(Step::Context);
                }
            }
            Action::SetExperience(e) => {
                self.context.experience = Some(e);
                self.stamps.experience = stamp;
            }
            Action::SetReports(r) => {
                self.context.reports = Some(r);
                self.stamps.reports = stamp;
            }
            Action::Answer { statement, answer } => {
                if let Some(slot) = self.stamps.answers.get_mut(statement) {
                    self.answers.set(statement, answer);
                    *slot = stamp;
                }
            }
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
                if next == Step::Results {
                    self.reach_results();
                }
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
                if let (Some(slot), Some(when)) =
                    (self.reflections.get_mut(question), self.stamps.reflections.get_mut(question))
                {
                    *slot = text;
                    *when = stamp;
                }
            }
            Action::Restart => self.new_attempt(),
            Action::Resume => {
                if let Some(offer) = self.offer.take() {
                    *self = *offer;
                }
            }
            Action::StartOver => self.offer = None,
            Action::Forget => {
                *self = Assessment::new(Rc::clone(&self.instrument));
                self.forgotten = true;
            }
            Action::LeaveShared => {
                self.shared = None;
                self.link_problem = None;
            }
            Action::CompareWith(earlier) => self.earlier = Some(*earlier),
            Action::UseInstrument(instrument) => {
                if share::fingerprint(&instrument) == share::fingerprint(&self.instrument) {
                    if let Some(offer) = &mut self.offer {
                        offer.instrument = Rc::clone(&instrument);
                    }
                    self.instrument = instrument;
                } else {
                    *self = Assessment::new(instrument);
                }
            }
            Action::TakeOver(theirs) => {
                if let Some(merged) = progress::merged(self, &theirs) {
                    *self = merged;
                }
            }
            Action::DecideSecondStage { what, page } => {
                if self.step == Step::Results && self.second_stage == SecondStage::Undecided {
                    self.second_stage =
                        if page.is_empty() { SecondStage::Over } else { SecondStage::Offered { what, page } };
                }
            }
            Action::StartSecondStage => {
                if let SecondStage::Offered { page, .. } = &self.second_stage {
                    self.second_stage = SecondStage::Asking { page: page.clone() };
                    self.show_missing = false;
                }
            }
            Action::NextExtraPage(next) => {
                if let SecondStage::Asking { page } = &self.second_stage {
                    if page.iter().any(|&s| self.answers.get(s).is_none()) {
                        self.show_missing = true;
                        return;
                    }
                    self.show_missing = false;
                    self.second_stage =
                        if next.is_empty() { SecondStage::Over } else { SecondStage::Asking { page: next } };
                    if self.second_stage == SecondStage::Over {
                        // The result is the one with the extra answers now.
                        self.last_result = Some((self.attempt, self.share_code()));
                    }
                }
            }
            Action::SkipSecondStage => {
                if self.step == Step::Results {
                    self.second_stage = SecondStage::Over;
                    self.show_missing = false;
                    self.last_result = Some((self.attempt, self.share_code()));
                }
            }
        }
    }
}

impl Reducible for Assessment {
    type Action = Timed;

    fn reduce(self: Rc<Self>, Timed(action, at): Timed) -> Rc<Self> {
        let mut next = (*self).clone();
        next.apply_at(action, at);
        Rc::new(next)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::answers::Frequency;

    pub(super) fn fresh() -> Assessment {
        Assessment::new(Rc::new(crate::model::fixtures::builtin()))
    }

    /// Starts and answers the context (no experience, no reports): the first page is next.
    pub(super) fn context_given(a: &mut Assessment) {
        a.apply(Action::Start);
        a.apply(Action::SetExperience(Experience::NotYet));
        a.apply(Action::SetReports(DirectReports::None));
        a.apply(Action::Next);
    }

    /// A fresh assessment on its first page of statements.
    fn on_the_first_page() -> Assessment {
        let mut a = fresh();
        context_given(&mut a);
        a
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
        let mut a = on_the_first_page();
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
    fn back_from_results_returns_to_the_last_page_restart_keeps_the_result_and_forget_drops_it() {
        let mut a = on_the_first_page();
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
        assert_eq!((a.step, a.answers.answered(), a.attempt), (Step::Intro, 0, 1));
        assert_eq!(a.reflections, <[String; REFLECTIONS]>::default());
        assert!(a.last_result.is_some(), "the result stays for comparison");
        a.apply(Action::Forget);
        assert_eq!(a, Assessment { forgotten: true, ..fresh() });
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

#[cfg(test)]
mod comparison_tests {
    use super::tests::{context_given, fresh};
    use super::*;
    use crate::model::answers::Frequency;

    fn complete(a: &mut Assessment, level: Frequency) {
        context_given(a);
        for page in 0..a.page_count() {
            let statements: Vec<usize> = a.page(page).map(|(_, s)| s).collect();
            for statement in statements {
                a.apply(Action::Answer { statement, answer: Answer::Frequency(level) });
            }
            a.apply(Action::Next);
        }
        assert_eq!(a.step, Step::Results);
    }

    #[test]
    fn a_retake_is_compared_with_the_previous_attempt_never_with_itself() {
        let mut a = fresh();
        complete(&mut a, Frequency::Rarely);
        assert_eq!(a.earlier, None, "a first result has nothing to compare with");
        a.apply(Action::Back);
        a.apply(Action::Next);
        assert_eq!(a.earlier, None, "going back and forth is not a retake");
        let first = a.answers.clone();
        a.apply(Action::Restart);
        complete(&mut a, Frequency::Often);
        assert_eq!(a.earlier.as_ref().map(|(answers, _)| answers), Some(&first));
    }

    #[test]
    fn saved_progress_is_offered_and_can_be_taken_up_or_declined() {
        let instrument = Rc::new(Instrument::builtin().expect("valid"));
        let mut saved = Assessment::new(Rc::clone(&instrument));
        saved.apply(Action::Start);
        saved.apply(Action::SetExperience(Experience::NotYet));
        let mut a = Assessment::start(Rc::clone(&instrument), Some(saved.clone()), None);
        assert_eq!((a.step, a.attempt), (Step::Intro, 1));
        a.apply(Action::Resume);
        assert_eq!(a, saved);
        let mut b = Assessment::start(Rc::clone(&instrument), Some(saved), None);
        b.apply(Action::StartOver);
        assert_eq!((b.offer.is_none(), b.step, b.context), (true, Step::Intro, Context::default()));
        // Nothing worth resuming: nothing is offered.
        let idle =
            Assessment::start(Rc::clone(&instrument), Some(Assessment::new(Rc::clone(&instrument))), None);
        assert!(idle.offer.is_none());
    }

    #[test]
    fn a_share_link_opens_read_only_or_says_why_it_cannot() {
        let instrument = Rc::new(Instrument::builtin().expect("valid"));
        let mut source = Assessment::new(Rc::clone(&instrument));
        complete(&mut source, Frequency::Sometimes);
        let code = source.share_code();
        let mut a = Assessment::start(Rc::clone(&instrument), None, Some(&code));
        assert_eq!(a.shared, Some((source.answers.clone(), source.context)));
        a.apply(Action::LeaveShared);
        assert_eq!(a.shared, None);
        let broken = Assessment::start(instrument, None, Some(&code[..10]));
        assert_eq!(broken.link_problem, Some(ShareError::Truncated));
        assert_eq!(broken.shared, None);
    }

    #[test]
    fn the_same_statements_in_other_words_keep_every_answer_and_others_start_afresh() {
        let mut a = fresh();
        a.apply(Action::Start);
        a.apply(Action::SetExperience(Experience::UnderOneYear));
        a.apply(Action::SetReports(DirectReports::None));
        a.apply(Action::Next);
        a.apply(Action::Answer { statement: 4, answer: Answer::Frequency(Frequency::Often) });
        let mut reworded = (*a.instrument).clone();
        reworded.statements[4].text = "Vor einer vollen Woche lege ich fest, wer was übernimmt.".to_owned();
        a.apply(Action::UseInstrument(Rc::new(reworded)));
        assert_eq!(a.answers.get(4), Some(Answer::Frequency(Frequency::Often)));
        assert_eq!(a.step, Step::Statements { page: 0 });
        assert!(a.instrument.statements[4].text.starts_with("Vor einer"), "the new words are used");

        let mut other = (*a.instrument).clone();
        other.version += 1;
        a.apply(Action::UseInstrument(Rc::new(other)));
        assert_eq!(a.answers.answered(), 0, "answers to other statements are not carried over");
        assert_eq!(a.step, Step::Intro);
    }
}
