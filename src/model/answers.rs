//! What the learner said: a frequency (or "no chance yet") per statement, plus two context
//! questions that shape the advice but are never scored.

/// How often the learner shows a behaviour, on the five labelled points of the scale.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Frequency {
    Never = 1,
    Rarely = 2,
    Sometimes = 3,
    Often = 4,
    AlmostAlways = 5,
}

impl Frequency {
    /// The scale from low to high, in the order it is shown.
    pub const ALL: [Frequency; 5] = [
        Frequency::Never,
        Frequency::Rarely,
        Frequency::Sometimes,
        Frequency::Often,
        Frequency::AlmostAlways,
    ];

    /// The point on the 1..=5 scale.
    pub fn value(self) -> u8 {
        self as u8
    }

    /// The frequency at `value` on the 1..=5 scale, if it is on the scale.
    pub fn from_value(value: u8) -> Option<Frequency> {
        Frequency::ALL.get(usize::from(value).checked_sub(1)?).copied()
    }

    /// The same point read from the other end, for reverse-keyed statements.
    pub fn mirrored(self) -> Frequency {
        Frequency::ALL[5 - usize::from(self.value())]
    }
}

/// One answer to one statement.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Answer {
    Frequency(Frequency),
    /// The learner has had no chance to show this behaviour yet; left out of scoring.
    NoChanceYet,
}

impl Answer {
    /// The place of "No chance to do this yet" among the options, after the five frequencies.
    pub const NO_CHANCE_PLACE: usize = Frequency::ALL.len();

    /// The answer's place among the options as shown: the frequencies from low to high, then
    /// "No chance to do this yet".
    pub fn place(self) -> usize {
        match self {
            Answer::Frequency(f) => usize::from(f.value()) - 1,
            Answer::NoChanceYet => Answer::NO_CHANCE_PLACE,
        }
    }

    /// The answer at `place` among the options; None for a place there is no option at.
    pub fn at(place: usize) -> Option<Answer> {
        match place {
            Answer::NO_CHANCE_PLACE => Some(Answer::NoChanceYet),
            _ => Frequency::ALL.get(place).copied().map(Answer::Frequency),
        }
    }
}

/// How long the learner has managed people; this sets their career stage.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Experience {
    NotYet,
    UnderOneYear,
    OneToThreeYears,
    ThreeToFiveYears,
    OverFiveYears,
}

impl Experience {
    pub const ALL: [Experience; 5] = [
        Experience::NotYet,
        Experience::UnderOneYear,
        Experience::OneToThreeYears,
        Experience::ThreeToFiveYears,
        Experience::OverFiveYears,
    ];

    /// Its name in files a trainer or provider handles: the cohort CSV, the scorer's input.
    pub fn code(self) -> &'static str {
        match self {
            Experience::NotYet => "not_yet",
            Experience::UnderOneYear => "under_1_year",
            Experience::OneToThreeYears => "1_to_3_years",
            Experience::ThreeToFiveYears => "3_to_5_years",
            Experience::OverFiveYears => "over_5_years",
        }
    }

    /// The experience named `code` (see [`Experience::code`]).
    pub fn from_code(code: &str) -> Option<Experience> {
        Experience::ALL.into_iter().find(|e| e.code() == code)
    }
}

/// How many people report to the learner directly.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum DirectReports {
    None,
    OneToThree,
    FourToEight,
    NineOrMore,
}

impl DirectReports {
    pub const ALL: [DirectReports; 4] = [
        DirectReports::None,
        DirectReports::OneToThree,
        DirectReports::FourToEight,
        DirectReports::NineOrMore,
    ];

    /// Its name in files a trainer or provider handles: the cohort CSV, the scorer's input.
    pub fn code(self) -> &'static str {
        match self {
            DirectReports::None => "0",
            DirectReports::OneToThree => "1-3",
            DirectReports::FourToEight => "4-8",
            DirectReports::NineOrMore => "9+",
        }
    }

    /// The number of reports named `code` (see [`DirectReports::code`]).
    pub fn from_code(code: &str) -> Option<DirectReports> {
        DirectReports::ALL.into_iter().find(|r| r.code() == code)
    }
}

/// The two context questions; either may still be unanswered.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Context {
    pub experience: Option<Experience>,
    pub reports: Option<DirectReports>,
}

impl Context {
    pub fn is_complete(&self) -> bool {
        self.experience.is_some() && self.reports.is_some()
    }
}

/// The answers to every statement of one instrument, indexed like its statements.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct AnswerSheet {
    answers: Vec<Option<Answer>>,
}

impl AnswerSheet {
    /// An empty sheet for an instrument with `statements` statements.
    pub fn new(statements: usize) -> AnswerSheet {
        AnswerSheet { answers: vec![None; statements] }
    }

    /// A full sheet, in statement order; for tests and worked examples.
    pub fn from_answers(answers: Vec<Option<Answer>>) -> AnswerSheet {
        AnswerSheet { answers }
    }

    /// The answer to statement `statement`, if any. Out-of-range indexes have no answer.
    pub fn get(&self, statement: usize) -> Option<Answer> {
        self.answers.get(statement).copied().flatten()
    }

    /// Records an answer; an out-of-range index is ignored rather than trusted.
    pub fn set(&mut self, statement: usize, answer: Answer) {
        if let Some(slot) = self.answers.get_mut(statement) {
            *slot = Some(answer);
        }
    }

    /// The same answers with room for `statements` statements: those added are unanswered.
    pub fn extend_to(&mut self, statements: usize) {
        if self.answers.len() < statements {
            self.answers.resize(statements, None);
        }
    }

    /// How many statements have an answer, "no chance yet" included.
    pub fn answered(&self) -> usize {
        self.answers.iter().filter(|a| a.is_some()).count()
    }

    pub fn len(&self) -> usize {
        self.answers.len()
    }

    pub fn is_empty(&self) -> bool {
        self.answers.is_empty()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn option_places_and_answers_correspond() {
        for place in 0..=Answer::NO_CHANCE_PLACE {
            let answer = Answer::at(place).expect("every option is an answer");
            assert_eq!(answer.place(), place);
        }
        assert_eq!(Answer::at(Answer::NO_CHANCE_PLACE + 1), None);
        assert_eq!(Answer::at(0), Some(Answer::Frequency(Frequency::Never)));
    }

    #[test]
    fn frequency_values_round_trip_and_mirror() {
        for f in Frequency::ALL {
            assert_eq!(Frequency::from_value(f.value()), Some(f));
            assert_eq!(f.mirrored().value(), 6 - f.value());
        }
        assert_eq!(Frequency::from_value(0), None);
        assert_eq!(Frequency::from_value(6), None);
    }

    #[test]
    fn answer_sheet_ignores_out_of_range_statements() {
        let mut sheet = AnswerSheet::new(2);
        sheet.set(5, Answer::NoChanceYet);
        assert_eq!(sheet.answered(), 0);
        sheet.set(1, Answer::Frequency(Frequency::Often));
        assert_eq!(sheet.get(1), Some(Answer::Frequency(Frequency::Often)));
        assert_eq!(sheet.get(9), None);
        assert_eq!(sheet.answered(), 1);
    }
}
