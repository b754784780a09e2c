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

use crate::calendar::CalendarDate;
use crate::model::answers::{DirectReports, Experience, Frequency};
use crate::model::chart::{ChartLabels, format_score};
use crate::model::colleague::{Comparison, ResponseError, SideBySide};
use crate::model::instrument::{Instrument, Track};
use crate::model::profile::Profile;
use crate::model::scoring::Scores;
use crate::model::share::ShareError;
use crate::model::topics::Recommendation;

/// Every language the widget speaks, English (the fallback) first.
pub const CODES: [&str; 4] = ["en", "de", "es", "fr"];

/// Every table, English first; compiled in natively only.
#[cfg(not(target_arch = "wasm32"))]
pub static LANGUAGES: [&Strings; 4] = [&ENGLISH, &GERMAN, &SPANISH, &FRENCH];

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

/// The strings of one language. Templates mark their slots as `{name}`; see [`fill`].
#[derive(Debug)]
pub struct Strings {
    /// The BCP 47 primary language subtag, such as `de`; it becomes the widget's `lang`.
    pub code: &'static str,
    /// The language's own name for itself, for the configurator's list.
    pub name: &'static str,
    pub direction: Direction,
    /// The built-in instrument in this language; `None` for English, the instrument's own.
    pub instrument: Option<&'static InstrumentText>,

    pub app_title: &'static str,

    pub intro_heading: &'static str,
    /// Two sentences on management versus leadership.
    pub intro_body: &'static str,
    /// `{statements}`, `{minutes}`.
    pub intro_duration: &'static str,
    pub privacy_promise: &'static str,
    pub start: &'static str,
    /// Shown on Start when it is pressed before the widget's code has arrived (the loader
    /// draws the intro first); the widget goes on by itself once it is ready.
    pub preparing: &'static str,

    pub context_heading: &'static str,
    pub experience_question: &'static str,
    pub experience_options: [&'static str; 5],
    pub reports_question: &'static str,
    pub reports_options: [&'static str; 4],
    pub context_missing: &'static str,

    pub statements_heading: &'static str,
    pub statements_hint: &'static str,
    pub scale: [&'static str; 5],
    pub no_chance_yet: &'static str,
    /// `{n}`, `{total}`.
    pub statement_counter: &'static str,
    /// `{answered}`, `{total}`.
    pub progress: &'static str,
    /// `{list}`: one statement number.
    pub missing_one: &'static str,
    /// `{list}`: several statement numbers.
    pub missing_many: &'static str,
    /// Joins the last two items of a list.
    pub and: &'static str,

    pub back: &'static str,
    pub next: &'static str,
    pub see_results: &'static str,

    pub results_heading: &'static str,
    /// Shown for the moment it takes the widget's full code to take over at the results.
    pub results_preparing: &'static str,
    pub profiles: [ProfileText; 4],
    pub unplaced_heading: &'static str,
    pub unplaced_body: &'static str,
    pub management: &'static str,
    pub leadership: &'static str,
    pub balance_heading: &'static str,
    /// `{management}`, `{leadership}`: the one-sentence text alternative of the balance chart.
    pub balance_summary: &'static str,
    pub competencies_heading: &'static str,
    /// `{count}`, `{scores}` (each competency's short name and score): the one-sentence text
    /// alternative of the competency chart. The PDF has no table of the scores, so a screen
    /// reader finds them here.
    pub competencies_summary: &'static str,
    /// `{threshold}`: explains the thin line on the competency chart.
    pub threshold_note: &'static str,
    pub table_caption: &'static str,
    pub table_competency: &'static str,
    pub table_track: &'static str,
    pub table_score: &'static str,
    pub not_enough_answers: &'static str,
    pub strengths_heading: &'static str,
    pub growth_heading: &'static str,
    pub nothing_to_rank: &'static str,
    pub topics_heading: &'static str,
    /// `{first}`.
    pub reason_one: &'static str,
    /// `{first}`, `{second}`.
    pub reason_two: &'static str,
    pub no_topics: &'static str,
    pub reflection_heading: &'static str,
    pub reflection_intro: &'static str,
    pub reflection_questions: [&'static str; 4],
    pub self_rating_note: &'static str,
    pub notes_heading: &'static str,
    pub straight_lining_note: &'static str,
    /// `{count}`.
    pub reverse_disagreement_note: &'static str,
    pub start_again: &'static str,

    /// `{answered}`, `{total}`: shown when saved progress is offered.
    pub welcome_back: &'static str,
    pub continue_saved: &'static str,
    pub start_over: &'static str,
    pub storage_unavailable: &'static str,
    pub privacy_details_summary: &'static str,
    /// What is kept, where, and for how long, when answers are saved on the device.
    pub privacy_details: &'static str,
    /// The same, when the provider has switched saving off.
    pub privacy_details_off: &'static str,
    pub forget: &'static str,
    pub forgotten: &'static str,
    /// `{reason}`.
    pub link_problem: &'static str,
    pub share_errors: ShareErrorText,
    pub shared_banner: &'static str,
    pub take_it_yourself: &'static str,
    pub share_heading: &'static str,
    pub share_body: &'static str,
    pub share_label: &'static str,
    pub copy_link: &'static str,
    pub copied: &'static str,
    pub copy_fallback: &'static str,
    /// The results page's mail link to the trainer, when the config names one.
    pub send_to_trainer: &'static str,
    /// What the mail link opens with: nothing is sent until the learner sends it.
    pub send_to_trainer_hint: &'static str,
    pub send_to_trainer_subject: &'static str,
    /// `{link}`: the mail's text, with the result link.
    pub send_to_trainer_body: &'static str,
    pub compare_heading: &'static str,
    pub compare_intro: &'static str,
    pub compare_details: &'static str,
    /// `{name}`, `{before}`, `{after}`, `{change}`.
    pub change_line: &'static str,
    pub compare_paste_label: &'static str,
    pub compare_button: &'static str,
    /// `{reason}`.
    pub compare_problem: &'static str,

    pub download_pdf: &'static str,
    /// Shown when the browser would not save the file.
    pub pdf_failed: &'static str,
    /// The PDF's document title (metadata).
    pub pdf_title: &'static str,
    /// The PDF's subject (metadata).
    pub pdf_subject: &'static str,
    /// `{date}`.
    pub created_on: &'static str,
    /// `{n}`, `{total}`.
    pub page_counter: &'static str,
    /// `{day}`, `{month}`, `{year}`.
    pub date_format: &'static str,
    /// How the first day of a month is written, where it differs from "1" (French "1er").
    pub first_day: &'static str,
    pub months: [&'static str; 12],

    pub load_error_heading: &'static str,
    pub load_error_body: &'static str,
    pub config_error_heading: &'static str,
    pub config_error_body: &'static str,
    /// Before the course title on each topic.
    pub course_label: &'static str,

    // The colleague's view: asking, answering, and seeing what colleagues said.
    /// Heading of the results page's request panel.
    pub ask_heading: &'static str,
    /// What asking does, and that nothing is sent by the widget.
    pub ask_body: &'static str,
    /// The optional name a request carries.
    pub ask_name_label: &'static str,
    /// Label of the request link's field.
    pub ask_link_label: &'static str,
    /// Opens the device's mail program with a link filled in.
    pub email_link: &'static str,
    /// Opens the device's share sheet (Web Share API), where the browser has one.
    pub share_button: &'static str,
    /// Subject of the request mail.
    pub ask_mail_subject: &'static str,
    /// `{link}`: the request link.
    pub ask_mail_body: &'static str,
    /// What the share sheet sends with the request link.
    pub ask_share_text: &'static str,
    /// `{name}`: who asked, as they wrote it.
    pub colleague_heading_named: &'static str,
    /// The colleague's intro when the request carries no name.
    pub colleague_heading: &'static str,
    /// What the colleague does, and the privacy promise.
    pub colleague_body: &'static str,
    /// Starts the colleague's statements.
    pub colleague_start: &'static str,
    /// Heading of a page of statements for a colleague.
    pub observer_heading: &'static str,
    /// A colleague's option in place of “No chance to do this yet”.
    pub not_seen: &'static str,
    /// The last page's button for a colleague.
    pub colleague_finish: &'static str,
    /// The colleague's last page.
    pub colleague_done_heading: &'static str,
    /// `{name}`: who asked.
    pub colleague_done_named: &'static str,
    /// The colleague's last page when the request carries no name.
    pub colleague_done: &'static str,
    /// Label of the response link's field.
    pub response_link_label: &'static str,
    /// Subject of the colleague's reply mail.
    pub response_mail_subject: &'static str,
    /// `{link}`: the response link.
    pub response_mail_body: &'static str,
    /// A request link opened on the device that made it.
    pub own_request_heading: &'static str,
    /// What the learner can do with their own request link.
    pub own_request_body: &'static str,
    /// Starts the preview of one's own request.
    pub preview_button: &'static str,
    /// The end of a preview.
    pub preview_done: &'static str,
    /// `{reason}`: why a request link could not be read.
    pub request_problem: &'static str,
    /// Heading of the colleagues' view on the results page.
    pub view_heading: &'static str,
    /// Label of the box for a colleague's answer link.
    pub view_paste_label: &'static str,
    /// Adds the pasted answer link.
    pub view_add: &'static str,
    /// After an answer is counted.
    pub view_added: &'static str,
    /// One answer combined.
    pub view_count_one: &'static str,
    /// `{count}`: answers combined.
    pub view_count_many: &'static str,
    /// Under three answers.
    pub view_few: &'static str,
    /// Column of the learner's own scores.
    pub view_you: &'static str,
    /// Column of the colleagues' mean scores.
    pub view_others: &'static str,
    /// `{own_management}`, `{others_management}`, `{own_leadership}`, `{others_leadership}`: both sides of the balance.
    pub view_indexes: &'static str,
    /// Self at least 15 points above colleagues.
    pub blind_spots_heading: &'static str,
    /// Colleagues at least 15 points above self.
    pub hidden_strengths_heading: &'static str,
    /// `{competency}`, `{own}`, `{others}`: one blind spot or hidden strength.
    pub gap_item: &'static str,
    /// When nothing differs by 15 points.
    pub no_gaps: &'static str,
    /// Removes the colleagues' view from the device.
    pub view_forget: &'static str,
    /// After the view is forgotten.
    pub view_forgotten: &'static str,
    /// A share link pasted where a colleague's answer belongs.
    pub response_is_result: &'static str,
    /// The request link pasted where an answer belongs.
    pub response_is_request: &'static str,
    /// The same answer pasted again.
    pub response_repeat: &'static str,
    /// `{reason}`: why an answer link could not be read.
    pub response_problem: &'static str,
    /// Above the colleagues' balance chart.
    pub view_balance_heading: &'static str,
    /// A checkbox: the next topics ranked from the colleagues' scores.
    pub view_topics_toggle: &'static str,
    /// Above the topics ranked from the colleagues' view.
    pub view_topics_heading: &'static str,
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
        if responses == 1 {
            self.view_count_one.to_owned()
        } else {
            fill(self.view_count_many, &[("count", &responses.to_string())])
        }
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

    /// The balance chart's text alternative, the same on the results page and in the PDF.
    pub fn balance_summary_for(&self, scores: &Scores) -> String {
        fill(
            self.balance_summary,
            &[("management", &self.score(scores.management)), ("leadership", &self.score(scores.leadership))],
        )
    }

    /// The competency chart's text alternative, the same on the results page and in the PDF.
    pub fn competencies_summary_for(&self, instrument: &Instrument, scores: &Scores) -> String {
        let each: Vec<String> = instrument
            .competencies
            .iter()
            .zip(&scores.competencies)
            .map(|(competency, score)| format!("{} {}", competency.short_name, self.score(score.value())))
            .collect();
        fill(
            self.competencies_summary,
            &[("count", &instrument.competencies.len().to_string()), ("scores", &each.join(", "))],
        )
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
