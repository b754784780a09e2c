//! Every word the learner reads, in one table per language.
//!
//! The UI and the PDF read the same table, so the two never drift apart. A table is a struct
//! rather than a map: a language that forgets a string does not compile. The built-in
//! instrument's English (statements, competency and topic names) is its own data in
//! `instrument.json`; each other language carries a translation of it by id
//! ([`InstrumentText`]), and `tests::every_language_translates_the_whole_instrument` fails
//! when one is missing.

// The other languages reach the wasm as packs fetched at start (see `pack`); natively they are
// compiled in, which keeps them checked by the compiler and the completeness tests.
pub mod cohort;
#[cfg(not(target_arch = "wasm32"))]
mod de;
mod en;
#[cfg(not(target_arch = "wasm32"))]
mod es;
#[cfg(not(target_arch = "wasm32"))]
mod fr;
mod instrument_text;
pub mod pack;
#[cfg(not(target_arch = "wasm32"))]
mod pl;
mod plural;
mod table;
#[cfg(not(target_arch = "wasm32"))]
mod uk;

#[cfg(test)]
#[cfg(not(target_arch = "wasm32"))]
mod completeness;

#[cfg(not(target_arch = "wasm32"))]
pub use de::GERMAN;
pub use en::ENGLISH;
#[cfg(not(target_arch = "wasm32"))]
pub use es::SPANISH;
#[cfg(not(target_arch = "wasm32"))]
pub use fr::FRENCH;
pub use instrument_text::{CompetencyText, InstrumentText, TopicText, localize};
#[cfg(not(target_arch = "wasm32"))]
pub use pl::POLISH;
pub use plural::{Counted, Plural, PluralForm};
pub use table::Strings;
#[cfg(not(target_arch = "wasm32"))]
pub use table::texts;
#[cfg(not(target_arch = "wasm32"))]
pub use uk::UKRAINIAN;

use crate::calendar::CalendarDate;
use crate::model::answers::{DirectReports, Experience, Frequency};
use crate::model::chart::{ChartLabels, format_score};
use crate::model::colleague::{Comparison, ResponseError, SideBySide};
use crate::model::instrument::{Instrument, Track};
use crate::model::profile::Profile;
use crate::model::report::{Report, SHOWN};
use crate::model::second_stage::Undecided;
use crate::model::share::ShareError;
use crate::model::topics::Recommendation;
use crate::model::uncertainty::{Band, Bands, Lean, Placement, Side, Tier, TieredTopic};

/// Every language the widget speaks, English (the fallback) first.
pub const CODES: [&str; 6] = ["en", "de", "es", "fr", "pl", "uk"];

/// Every table, English first; compiled in natively only.
#[cfg(not(target_arch = "wasm32"))]
pub static LANGUAGES: [&Strings; 6] = [&ENGLISH, &GERMAN, &SPANISH, &FRENCH, &POLISH, &UKRAINIAN];

/// The language code for a BCP 47 tag such as `de`, `fr-CA` or `es_419`, by its primary
/// subtag; `None` for a language the widget does not speak.
///
/// ```
/// use leadership_balance::strings::code_for_tag;
/// assert_eq!(code_for_tag("fr-CA"), Some("fr"));
/// assert!(code_for_tag("pt-BR").is_none());
/// ```
pub fn code_for_tag(tag: &str) -> Option<&'static str> {
    let primary = tag.trim().split(['-', '_']).next().unwrap_or("").to_ascii_lowercase();
    CODES.iter().copied().find(|code| *code == primary)
}

/// The language to speak: the element's `lang` attribute or the provider's config (already
/// merged, attribute first, into `chosen`), else the browser's preferred language, else
/// English. The loader (`web/leadership-balance.js`) makes the same choice to fetch the pack.
pub fn choose(chosen: Option<&str>, browser: &str) -> &'static str {
    chosen.and_then(code_for_tag).or_else(|| code_for_tag(browser)).unwrap_or("en")
}

/// The table for `code` when it is compiled in: English always, the others natively only.
pub fn builtin(code: &str) -> Option<&'static Strings> {
    #[cfg(not(target_arch = "wasm32"))]
    return LANGUAGES.iter().copied().find(|s| s.code == code);
    #[cfg(target_arch = "wasm32")]
    return (code == "en").then_some(&ENGLISH);
}

/// In English, for logs and tests; the learner reads [`Strings::share_error`] in their own
/// language.
impl std::fmt::Display for ShareError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(ENGLISH.share_error(self))
    }
}

impl std::error::Error for ShareError {}

/// Which way text runs. Every language today runs left to right; the value flows into the
/// widget's `dir` attribute, and the CSS uses logical properties only, so a right-to-left
/// table needs no layout work.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub enum Direction {
    #[serde(rename = "ltr")]
    LeftToRight,
    #[serde(rename = "rtl")]
    RightToLeft,
}

impl Direction {
    /// The value of an HTML `dir` attribute.
    pub fn attribute(self) -> &'static str {
        match self {
            Direction::LeftToRight => "ltr",
            Direction::RightToLeft => "rtl",
        }
    }
}

/// Why a result link could not be read, one sentence per [`ShareError`], each saying what the
/// learner can do.
#[derive(Debug)]
pub struct ShareErrorText {
    pub empty: &'static str,
    pub too_long: &'static str,
    pub not_a_code: &'static str,
    pub truncated: &'static str,
    pub wrong_version: &'static str,
    pub damaged: &'static str,
    pub other_instrument: &'static str,
}

/// A profile's name and the short interpretation shown under it.
#[derive(Debug)]
pub struct ProfileText {
    pub name: &'static str,
    pub interpretation: &'static str,
}

impl Strings {
    /// A track's name: "Management" or "Leadership".
    pub fn track(&self, track: Track) -> &'static str {
        match track {
            Track::Management => self.management,
            Track::Leadership => self.leadership,
        }
    }

    pub fn frequency(&self, frequency: Frequency) -> &'static str {
        self.scale[usize::from(frequency.value()) - 1]
    }

    pub fn experience(&self, experience: Experience) -> &'static str {
        let i = Experience::ALL.iter().position(|e| *e == experience).unwrap_or(0);
        self.experience_options[i]
    }

    pub fn reports(&self, reports: DirectReports) -> &'static str {
        let i = DirectReports::ALL.iter().position(|r| *r == reports).unwrap_or(0);
        self.reports_options[i]
    }

    pub fn profile(&self, profile: Profile) -> &ProfileText {
        &self.profiles[match profile {
            Profile::BothStrong => 0,
            Profile::ManagementStrong => 1,
            Profile::LeadershipStrong => 2,
            Profile::BothGrowing => 3,
        }]
    }

    /// A score, or "not enough answers" where there is none.
    pub fn score(&self, score: Option<f64>) -> String {
        score.map_or_else(|| self.not_enough_answers.to_owned(), format_score)
    }

    /// The chart words of this language, for the SVG and the PDF alike.
    pub fn chart_labels(&self) -> ChartLabels<'_> {
        ChartLabels {
            management: self.management,
            leadership: self.leadership,
            not_enough_answers: self.not_enough_answers,
        }
    }

    /// "Combined from 2 colleagues' answers.", on the results page and in the PDF.
    pub fn colleague_count(&self, responses: usize) -> String {
        self.counted(&self.view_count, responses)
    }

    /// A [`Counted`] text of this table, in the form `count` takes in this language.
    pub fn counted(&self, text: &Counted, count: usize) -> String {
        text.fill(self.plural, count)
    }

    /// Both indexes, the learner's and the colleagues', in one sentence.
    pub fn colleague_indexes(&self, comparison: &Comparison) -> String {
        let [own_management, own_leadership] = comparison.own_indexes.map(|v| self.score(v));
        let [others_management, others_leadership] = comparison.others_indexes.map(|v| self.score(v));
        fill(
            self.view_indexes,
            &[
                ("own_management", &own_management),
                ("others_management", &others_management),
                ("own_leadership", &own_leadership),
                ("others_leadership", &others_leadership),
            ],
        )
    }

    /// "Planning and organizing work and staff: you 100, colleagues 38".
    pub fn side_by_side(&self, instrument: &Instrument, row: &SideBySide) -> String {
        let name = instrument.competencies.get(row.competency).map_or("", |c| c.name.as_str());
        fill(
            self.gap_item,
            &[("competency", name), ("own", &self.score(row.own)), ("others", &self.score(row.others))],
        )
    }

    /// A score with its likely range, "75 (likely 66–84)", or "not enough answers".
    pub fn banded(&self, band: Option<Band>) -> String {
        band.map_or_else(
            || self.not_enough_answers.to_owned(),
            |b| {
                fill(
                    self.score_range,
                    &[
                        ("score", &format_score(b.value)),
                        ("low", &format_score(b.low())),
                        ("high", &format_score(b.high())),
                    ],
                )
            },
        )
    }

    /// A band's likely range alone, "66–84".
    pub fn range(&self, band: Option<Band>) -> String {
        band.map_or_else(String::new, |b| format!("{}–{}", format_score(b.low()), format_score(b.high())))
    }

    /// The balance chart's text alternative, the same on the results page and in the PDF: both
    /// indexes with their likely ranges.
    pub fn balance_summary_for(&self, bands: &Bands) -> String {
        fill(
            self.balance_summary,
            &[("management", &self.banded(bands.management)), ("leadership", &self.banded(bands.leadership))],
        )
    }

    /// The competency chart's text alternative, the same on the results page and in the PDF:
    /// every competency's score with its likely range.
    pub fn competencies_summary_for(&self, instrument: &Instrument, bands: &Bands) -> String {
        let each: Vec<String> = instrument
            .competencies
            .iter()
            .zip(&bands.competencies)
            .map(|(competency, band)| format!("{} {}", competency.short_name, self.banded(*band)))
            .collect();
        fill(
            self.competencies_summary,
            &[("count", &instrument.competencies.len().to_string()), ("scores", &each.join(", "))],
        )
    }

    /// What the results say of the learner's place: a heading and what it means, as far as the
    /// answers support it (a profile, close to the line, or not enough answers).
    pub fn placement(&self, report: &Report) -> (String, String) {
        match report.placement {
            Some(Placement::Clear(profile)) => {
                let text = self.profile(profile);
                (text.name.to_owned(), text.interpretation.to_owned())
            }
            Some(Placement::Close { management, leadership }) => {
                let close: Vec<String> = [(Track::Management, management), (Track::Leadership, leadership)]
                    .into_iter()
                    .filter(|(_, side)| *side == Side::Close)
                    .map(|(track, _)| {
                        let band = report.bands.index(track);
                        fill(
                            self.close_track,
                            &[
                                ("track", self.track(track)),
                                ("score", &self.score(band.map(|b| b.value))),
                                ("low", &band.map(|b| format_score(b.low())).unwrap_or_default()),
                                ("high", &band.map(|b| format_score(b.high())).unwrap_or_default()),
                            ],
                        )
                    })
                    .collect();
                let body = fill(
                    self.placement_close_body,
                    &[("list", &self.join(&close)), ("threshold", &format_score(report.threshold))],
                );
                (self.placement_close_heading.to_owned(), format!("{body} {}", self.placement_close_tip))
            }
            None => (self.unplaced_heading.to_owned(), self.unplaced_body.to_owned()),
        }
    }

    /// Which way the balance tips, in one sentence; `None` without both indexes.
    pub fn lean_sentence(&self, report: &Report) -> Option<String> {
        let difference = format_score(report.bands.balance()?.value.abs());
        let template = match report.lean? {
            Lean::Management => self.lean_management,
            Lean::Leadership => self.lean_leadership,
            Lean::Even => self.lean_even,
        };
        Some(fill(template, &[("difference", &difference)]))
    }

    /// The answer to "management or leadership first?", or that the answers do not say.
    pub fn next_step(&self, report: &Report) -> &'static str {
        match report.next_step {
            Some(Track::Management) => self.next_step_management,
            Some(Track::Leadership) => self.next_step_leadership,
            None => self.next_step_open,
        }
    }

    /// A tier's heading.
    pub fn tier(&self, tier: Tier) -> &'static str {
        match tier {
            Tier::StartHere => self.tier_start_here,
            Tier::Next => self.tier_next,
            Tier::Later => self.tier_later,
        }
    }

    /// The topics after those described in full (`report::in_full`), by title, one line a
    /// group: the rest of a long first tier ("Also level"), then "Next" and "Later". The
    /// label and the titles, for the results page, the PDF and the scorer alike.
    pub fn tier_lines(&self, instrument: &Instrument, topics: &[TieredTopic]) -> Vec<(&'static str, String)> {
        let titles = |tier: Tier, skip: usize| -> String {
            let titles: Vec<&str> = topics
                .iter()
                .filter(|t| t.tier == tier)
                .skip(skip)
                .filter_map(|t| instrument.topics.get(t.recommendation.topic))
                .map(|t| t.title.as_str())
                .collect();
            titles.join(", ")
        };
        [
            (self.tier_also, titles(Tier::StartHere, SHOWN)),
            (self.tier_next, titles(Tier::Next, 0)),
            (self.tier_later, titles(Tier::Later, 0)),
        ]
        .into_iter()
        .filter(|(_, titles)| !titles.is_empty())
        .collect()
    }

    /// What the second stage could decide, as a list: "your management score and which way
    /// your balance tips".
    pub fn undecided(&self, undecided: Undecided) -> String {
        let named: Vec<&str> = [
            (undecided.management, self.what_management),
            (undecided.leadership, self.what_leadership),
            (undecided.balance, self.what_balance),
            (undecided.topics, self.what_topics),
        ]
        .into_iter()
        .filter_map(|(open, what)| open.then_some(what))
        .collect();
        self.join(&named)
    }

    /// Why a topic is suggested: "Because Managing budgets and Monitoring performance scored
    /// lowest." Empty for a topic without scored competencies, which is never suggested.
    pub fn topic_reason(&self, instrument: &Instrument, recommendation: &Recommendation) -> String {
        let name = |c: &usize| instrument.competencies.get(*c).map_or("", |c| c.name.as_str());
        match recommendation.drivers.as_slice() {
            [first] => fill(self.reason_one, &[("first", name(first))]),
            [first, second, ..] => fill(self.reason_two, &[("first", name(first)), ("second", name(second))]),
            [] => String::new(),
        }
    }

    /// Why a result link could not be read, as a clause for [`Strings::link_problem`].
    pub fn share_error(&self, error: &ShareError) -> &'static str {
        let t = &self.share_errors;
        match error {
            ShareError::Empty => t.empty,
            ShareError::TooLong => t.too_long,
            ShareError::NotACode => t.not_a_code,
            ShareError::Truncated => t.truncated,
            ShareError::WrongVersion(_) => t.wrong_version,
            ShareError::Damaged => t.damaged,
            ShareError::OtherInstrument => t.other_instrument,
        }
    }

    /// Why a pasted colleague's answer was not counted, as a sentence.
    pub fn response_error(&self, error: &ResponseError) -> String {
        match error {
            ResponseError::ResultLink => self.response_is_result.to_owned(),
            ResponseError::RequestLink => self.response_is_request.to_owned(),
            ResponseError::Repeat => self.response_repeat.to_owned(),
            ResponseError::Code(code) => fill(self.response_problem, &[("reason", self.share_error(code))]),
        }
    }

    /// "28 November 2026", in this language's own order and month names; a month out of
    /// range shows no name rather than failing.
    pub fn long_date(&self, date: CalendarDate) -> String {
        let month = self.months.get(usize::from(date.month).wrapping_sub(1)).copied().unwrap_or("");
        let day = if date.day == 1 { self.first_day.to_owned() } else { date.day.to_string() };
        fill(self.date_format, &[("day", &day), ("month", month), ("year", &date.year.to_string())])
    }

    /// "3", "3 and 5", "3, 5 and 8".
    pub fn join<S: AsRef<str>>(&self, items: &[S]) -> String {
        match items {
            [] => String::new(),
            [only] => only.as_ref().to_owned(),
            [init @ .., last] => {
                let head: Vec<&str> = init.iter().map(AsRef::as_ref).collect();
                format!("{}{}{}", head.join(", "), self.and, last.as_ref())
            }
        }
    }
}

/// Puts values into a template's `{name}` slots. Unknown slots stay as they are, so a
/// translation mistake shows up as visible text rather than a crash.
///
/// ```
/// use leadership_balance::strings::fill;
/// assert_eq!(fill("Statement {n} of {total}", &[("n", "13"), ("total", "48")]), "Statement 13 of 48");
/// ```
///
/// One pass over the template, looking for `{` by character: a value that itself holds
/// `{name}` is not filled again, and no substring searcher is linked into the wasm.
pub fn fill(template: &str, values: &[(&str, &str)]) -> String {
    let mut text = String::with_capacity(template.len());
    let mut rest = template;
    while let Some((before, after)) = rest.split_once('{') {
        text.push_str(before);
        let slot = after.split_once('}').and_then(|(name, tail)| {
            values.iter().find(|(known, _)| *known == name).map(|(_, value)| (*value, tail))
        });
        match slot {
            Some((value, tail)) => {
                text.push_str(value);
                rest = tail;
            }
            None => {
                text.push('{');
                rest = after;
            }
        }
    }
    text.push_str(rest);
    text
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fill_leaves_unknown_slots_and_never_refills_a_value() {
        assert_eq!(fill("{a} and {b}", &[("a", "1")]), "1 and {b}");
        assert_eq!(fill("{a}", &[("a", "{b}"), ("b", "2")]), "{b}");
        assert_eq!(fill("{ {a}} {", &[("a", "1")]), "{ 1} {");
        assert_eq!(fill("Ünïcode {a}€", &[("a", "ß")]), "Ünïcode ß€");
    }

    #[test]
    fn lists_join_naturally() {
        assert_eq!(ENGLISH.join::<&str>(&[]), "");
        assert_eq!(ENGLISH.join(&["3"]), "3");
        assert_eq!(ENGLISH.join(&["3", "5"]), "3 and 5");
        assert_eq!(ENGLISH.join(&["3", "5", "8"]), "3, 5 and 8");
    }

    #[test]
    fn every_template_slot_is_documented_and_filled() {
        let s = &ENGLISH;
        let cases: [(&str, &[&str]); 18] = [
            (s.intro_duration, &["statements", "minutes"]),
            (s.statement_counter, &["n", "total"]),
            (s.progress, &["answered", "total"]),
            (s.missing_one, &["list"]),
            (s.missing_many, &["list"]),
            (s.balance_summary, &["management", "leadership"]),
            (s.competencies_summary, &["count", "scores"]),
            (s.send_to_trainer_body, &["link"]),
            (s.threshold_note, &["threshold"]),
            (s.created_on, &["date"]),
            (s.welcome_back, &["answered", "total"]),
            (s.link_problem, &["reason"]),
            (s.change_line, &["name", "before", "after", "change"]),
            (s.compare_problem, &["reason"]),
            (s.page_counter, &["n", "total"]),
            (s.date_format, &["day", "month", "year"]),
            (s.reason_two, &["first", "second"]),
            (s.reverse_disagreement_note, &["count"]),
        ];
        for (template, slots) in cases {
            let values: Vec<(&str, &str)> = slots.iter().map(|s| (*s, "X")).collect();
            let filled = fill(template, &values);
            assert!(!filled.contains('{'), "{template}");
            for slot in slots {
                assert!(template.contains(&format!("{{{slot}}}")), "{template} lacks {slot}");
            }
        }
    }
}
