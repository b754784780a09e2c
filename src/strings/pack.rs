//! A language table as a JSON file (a "pack") that the loader fetches for the one language a
//! learner needs, so that the wasm carries English only.
//!
//! Why: the German, Spanish and French tables made up about 15 KB of the gzipped wasm that
//! every learner downloaded (README, Performance). The Rust tables (`de.rs`, `es.rs`, `fr.rs`)
//! stay the source, and stay checked at compile time; the packs in `web/lang/` are generated
//! from them, and `tests::the_packs_in_web_lang_match_the_tables` fails when one is stale.
//!
//! A pack lists the texts in the order of [`texts`], which [`build`] reads back in the same
//! order. `build` is a struct literal without `..`, so a field added to [`Strings`] does not
//! compile until it is read there, and a round trip of every language is tested, so a field
//! `texts` forgot, or the two orders drifting apart, fails a test.

use serde::{Deserialize, Serialize};

use super::{CompetencyText, Direction, InstrumentText, ProfileText, ShareErrorText, Strings, TopicText};

/// Bumped when the pack layout changes; a pack of another format is refused.
const FORMAT: u32 = 1;

/// A pack file, as written to `web/lang/<code>.json`.
#[derive(Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct Pack {
    /// [`FORMAT`] when it was written.
    format: u32,
    code: String,
    /// The language's own name for itself.
    name: String,
    direction: Direction,
    /// Every text of the table, in the order of [`texts`].
    texts: Vec<String>,
    /// `[id, title, summary]` per topic of the built-in instrument.
    topics: Vec<[String; 3]>,
    /// `[id, name, short_name]` per competency.
    competencies: Vec<[String; 3]>,
    /// `[id, text]` per statement.
    statements: Vec<[String; 2]>,
    /// `[id, text]` per statement, as a colleague reads it.
    observer_statements: Vec<[String; 2]>,
}

/// Why a pack could not be used; the widget then speaks English and logs this.
#[derive(Debug, PartialEq, Eq)]
pub struct PackError(pub String);

impl std::fmt::Display for PackError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "the language file could not be used: {}", self.0)
    }
}

/// Every text of a table with its field's name, in pack order. The completeness tests read
/// the tables through this list too. Natively only: the wasm reads packs and never writes
/// one, so the names stay out of it.
#[cfg(not(target_arch = "wasm32"))]
pub fn texts(s: &Strings) -> Vec<(&'static str, &'static str)> {
    let mut texts = Vec::with_capacity(160);
    texts.push(("app_title", s.app_title));
    texts.push(("intro_heading", s.intro_heading));
    texts.push(("intro_body", s.intro_body));
    texts.push(("intro_duration", s.intro_duration));
    texts.push(("privacy_promise", s.privacy_promise));
    texts.push(("start", s.start));
    texts.push(("preparing", s.preparing));
    texts.push(("context_heading", s.context_heading));
    texts.push(("experience_question", s.experience_question));
    texts.extend(s.experience_options.map(|t| ("experience_options", t)));
    texts.push(("reports_question", s.reports_question));
    texts.extend(s.reports_options.map(|t| ("reports_options", t)));
    texts.push(("context_missing", s.context_missing));
    texts.push(("statements_heading", s.statements_heading));
    texts.push(("statements_hint", s.statements_hint));
    texts.extend(s.scale.map(|t| ("scale", t)));
    texts.push(("no_chance_yet", s.no_chance_yet));
    texts.push(("statement_counter", s.statement_counter));
    texts.push(("progress", s.progress));
    texts.push(("missing_one", s.missing_one));
    texts.push(("missing_many", s.missing_many));
    texts.push(("and", s.and));
    texts.push(("back", s.back));
    texts.push(("next", s.next));
    texts.push(("see_results", s.see_results));
    texts.push(("results_heading", s.results_heading));
    texts.push(("results_preparing", s.results_preparing));
    for p in &s.profiles {
        texts.extend([("profiles.name", p.name), ("profiles.interpretation", p.interpretation)]);
    }
    texts.push(("unplaced_heading", s.unplaced_heading));
    texts.push(("unplaced_body", s.unplaced_body));
    texts.push(("management", s.management));
    texts.push(("leadership", s.leadership));
    texts.push(("balance_heading", s.balance_heading));
    texts.push(("balance_summary", s.balance_summary));
    texts.push(("competencies_heading", s.competencies_heading));
    texts.push(("competencies_summary", s.competencies_summary));
    texts.push(("threshold_note", s.threshold_note));
    texts.push(("table_caption", s.table_caption));
    texts.push(("table_competency", s.table_competency));
    texts.push(("table_track", s.table_track));
    texts.push(("table_score", s.table_score));
    texts.push(("not_enough_answers", s.not_enough_answers));
    texts.push(("strengths_heading", s.strengths_heading));
    texts.push(("growth_heading", s.growth_heading));
    texts.push(("nothing_to_rank", s.nothing_to_rank));
    texts.push(("topics_heading", s.topics_heading));
    texts.push(("reason_one", s.reason_one));
    texts.push(("reason_two", s.reason_two));
    texts.push(("no_topics", s.no_topics));
    texts.push(("reflection_heading", s.reflection_heading));
    texts.push(("reflection_intro", s.reflection_intro));
    texts.extend(s.reflection_questions.map(|t| ("reflection_questions", t)));
    texts.push(("self_rating_note", s.self_rating_note));
    texts.push(("notes_heading", s.notes_heading));
    texts.push(("straight_lining_note", s.straight_lining_note));
    texts.push(("reverse_disagreement_note", s.reverse_disagreement_note));
    texts.push(("start_again", s.start_again));
    texts.push(("welcome_back", s.welcome_back));
    texts.push(("continue_saved", s.continue_saved));
    texts.push(("start_over", s.start_over));
    texts.push(("storage_unavailable", s.storage_unavailable));
    texts.push(("privacy_details_summary", s.privacy_details_summary));
    texts.push(("privacy_details", s.privacy_details));
    texts.push(("privacy_details_off", s.privacy_details_off));
    texts.push(("forget", s.forget));
    texts.push(("forgotten", s.forgotten));
    texts.push(("link_problem", s.link_problem));
    let e = &s.share_errors;
    texts.extend([
        ("share_errors.empty", e.empty),
        ("share_errors.too_long", e.too_long),
        ("share_errors.not_a_code", e.not_a_code),
        ("share_errors.truncated", e.truncated),
        ("share_errors.wrong_version", e.wrong_version),
        ("share_errors.damaged", e.damaged),
        ("share_errors.other_instrument", e.other_instrument),
    ]);
    texts.push(("shared_banner", s.shared_banner));
    texts.push(("take_it_yourself", s.take_it_yourself));
    texts.push(("share_heading", s.share_heading));
    texts.push(("share_body", s.share_body));
    texts.push(("share_label", s.share_label));
    texts.push(("copy_link", s.copy_link));
    texts.push(("copied", s.copied));
    texts.push(("copy_fallback", s.copy_fallback));
    texts.push(("send_to_trainer", s.send_to_trainer));
    texts.push(("send_to_trainer_hint", s.send_to_trainer_hint));
    texts.push(("send_to_trainer_subject", s.send_to_trainer_subject));
    texts.push(("send_to_trainer_body", s.send_to_trainer_body));
    texts.push(("compare_heading", s.compare_heading));
    texts.push(("compare_intro", s.compare_intro));
    texts.push(("compare_details", s.compare_details));
    texts.push(("change_line", s.change_line));
    texts.push(("compare_paste_label", s.compare_paste_label));
    texts.push(("compare_button", s.compare_button));
    texts.push(("compare_problem", s.compare_problem));
    texts.push(("download_pdf", s.download_pdf));
    texts.push(("pdf_failed", s.pdf_failed));
    texts.push(("pdf_title", s.pdf_title));
    texts.push(("pdf_subject", s.pdf_subject));
    texts.push(("created_on", s.created_on));
    texts.push(("page_counter", s.page_counter));
    texts.push(("date_format", s.date_format));
    texts.push(("first_day", s.first_day));
    texts.extend(s.months.map(|t| ("months", t)));
    texts.push(("load_error_heading", s.load_error_heading));
    texts.push(("load_error_body", s.load_error_body));
    texts.push(("config_error_heading", s.config_error_heading));
    texts.push(("config_error_body", s.config_error_body));
    texts.push(("course_label", s.course_label));
    texts.push(("ask_heading", s.ask_heading));
    texts.push(("ask_body", s.ask_body));
    texts.push(("ask_name_label", s.ask_name_label));
    texts.push(("ask_link_label", s.ask_link_label));
    texts.push(("email_link", s.email_link));
    texts.push(("share_button", s.share_button));
    texts.push(("ask_mail_subject", s.ask_mail_subject));
    texts.push(("ask_mail_body", s.ask_mail_body));
    texts.push(("ask_share_text", s.ask_share_text));
    texts.push(("colleague_heading_named", s.colleague_heading_named));
    texts.push(("colleague_heading", s.colleague_heading));
    texts.push(("colleague_body", s.colleague_body));
    texts.push(("colleague_start", s.colleague_start));
    texts.push(("observer_heading", s.observer_heading));
    texts.push(("not_seen", s.not_seen));
    texts.push(("colleague_finish", s.colleague_finish));
    texts.push(("colleague_done_heading", s.colleague_done_heading));
    texts.push(("colleague_done_named", s.colleague_done_named));
    texts.push(("colleague_done", s.colleague_done));
    texts.push(("response_link_label", s.response_link_label));
    texts.push(("response_mail_subject", s.response_mail_subject));
    texts.push(("response_mail_body", s.response_mail_body));
    texts.push(("own_request_heading", s.own_request_heading));
    texts.push(("own_request_body", s.own_request_body));
    texts.push(("preview_button", s.preview_button));
    texts.push(("preview_done", s.preview_done));
    texts.push(("request_problem", s.request_problem));
    texts.push(("view_heading", s.view_heading));
    texts.push(("view_paste_label", s.view_paste_label));
    texts.push(("view_add", s.view_add));
    texts.push(("view_added", s.view_added));
    texts.push(("view_count_one", s.view_count_one));
    texts.push(("view_count_many", s.view_count_many));
    texts.push(("view_few", s.view_few));
    texts.push(("view_you", s.view_you));
    texts.push(("view_others", s.view_others));
    texts.push(("view_indexes", s.view_indexes));
    texts.push(("blind_spots_heading", s.blind_spots_heading));
    texts.push(("hidden_strengths_heading", s.hidden_strengths_heading));
    texts.push(("gap_item", s.gap_item));
    texts.push(("no_gaps", s.no_gaps));
    texts.push(("view_forget", s.view_forget));
    texts.push(("view_forgotten", s.view_forgotten));
    texts.push(("response_is_result", s.response_is_result));
    texts.push(("response_is_request", s.response_is_request));
    texts.push(("response_repeat", s.response_repeat));
    texts.push(("response_problem", s.response_problem));
    texts.push(("view_balance_heading", s.view_balance_heading));
    texts.push(("view_topics_toggle", s.view_topics_toggle));
    texts.push(("view_topics_heading", s.view_topics_heading));
    texts
}

/// A table whose texts come from `next`, one call per text field, in pack order. `next` is a
/// trait object so that counting and reading share one copy of this long function.
fn build(
    code: &'static str,
    name: &'static str,
    direction: Direction,
    instrument: Option<&'static InstrumentText>,
    next: &mut dyn FnMut() -> &'static str,
) -> Strings {
    Strings {
        code,
        name,
        direction,
        instrument,
        app_title: next(),
        intro_heading: next(),
        intro_body: next(),
        intro_duration: next(),
        privacy_promise: next(),
        start: next(),
        preparing: next(),
        context_heading: next(),
        experience_question: next(),
        experience_options: std::array::from_fn(|_| next()),
        reports_question: next(),
        reports_options: std::array::from_fn(|_| next()),
        context_missing: next(),
        statements_heading: next(),
        statements_hint: next(),
        scale: std::array::from_fn(|_| next()),
        no_chance_yet: next(),
        statement_counter: next(),
        progress: next(),
        missing_one: next(),
        missing_many: next(),
        and: next(),
        back: next(),
        next: next(),
        see_results: next(),
        results_heading: next(),
        results_preparing: next(),
        profiles: std::array::from_fn(|_| ProfileText { name: next(), interpretation: next() }),
        unplaced_heading: next(),
        unplaced_body: next(),
        management: next(),
        leadership: next(),
        balance_heading: next(),
        balance_summary: next(),
        competencies_heading: next(),
        competencies_summary: next(),
        threshold_note: next(),
        table_caption: next(),
        table_competency: next(),
        table_track: next(),
        table_score: next(),
        not_enough_answers: next(),
        strengths_heading: next(),
        growth_heading: next(),
        nothing_to_rank: next(),
        topics_heading: next(),
        reason_one: next(),
        reason_two: next(),
        no_topics: next(),
        reflection_heading: next(),
        reflection_intro: next(),
        reflection_questions: std::array::from_fn(|_| next()),
        self_rating_note: next(),
        notes_heading: next(),
        straight_lining_note: next(),
        reverse_disagreement_note: next(),
        start_again: next(),
        welcome_back: next(),
        continue_saved: next(),
        start_over: next(),
        storage_unavailable: next(),
        privacy_details_summary: next(),
        privacy_details: next(),
        privacy_details_off: next(),
        forget: next(),
        forgotten: next(),
        link_problem: next(),
        share_errors: ShareErrorText {
            empty: next(),
            too_long: next(),
            not_a_code: next(),
            truncated: next(),
            wrong_version: next(),
            damaged: next(),
            other_instrument: next(),
        },
        shared_banner: next(),
        take_it_yourself: next(),
        share_heading: next(),
        share_body: next(),
        share_label: next(),
        copy_link: next(),
        copied: next(),
        copy_fallback: next(),
        send_to_trainer: next(),
        send_to_trainer_hint: next(),
        send_to_trainer_subject: next(),
        send_to_trainer_body: next(),
        compare_heading: next(),
        compare_intro: next(),
        compare_details: next(),
        change_line: next(),
        compare_paste_label: next(),
        compare_button: next(),
        compare_problem: next(),
        download_pdf: next(),
        pdf_failed: next(),
        pdf_title: next(),
        pdf_subject: next(),
        created_on: next(),
        page_counter: next(),
        date_format: next(),
        first_day: next(),
        months: std::array::from_fn(|_| next()),
        load_error_heading: next(),
        load_error_body: next(),
        config_error_heading: next(),
        config_error_body: next(),
        course_label: next(),
        ask_heading: next(),
        ask_body: next(),
        ask_name_label: next(),
        ask_link_label: next(),
        email_link: next(),
        share_button: next(),
        ask_mail_subject: next(),
        ask_mail_body: next(),
        ask_share_text: next(),
        colleague_heading_named: next(),
        colleague_heading: next(),
        colleague_body: next(),
        colleague_start: next(),
        observer_heading: next(),
        not_seen: next(),
        colleague_finish: next(),
        colleague_done_heading: next(),
        colleague_done_named: next(),
        colleague_done: next(),
        response_link_label: next(),
        response_mail_subject: next(),
        response_mail_body: next(),
        own_request_heading: next(),
        own_request_body: next(),
        preview_button: next(),
        preview_done: next(),
        request_problem: next(),
        view_heading: next(),
        view_paste_label: next(),
        view_add: next(),
        view_added: next(),
        view_count_one: next(),
        view_count_many: next(),
        view_few: next(),
        view_you: next(),
        view_others: next(),
        view_indexes: next(),
        blind_spots_heading: next(),
        hidden_strengths_heading: next(),
        gap_item: next(),
        no_gaps: next(),
        view_forget: next(),
        view_forgotten: next(),
        response_is_result: next(),
        response_is_request: next(),
        response_repeat: next(),
        response_problem: next(),
        view_balance_heading: next(),
        view_topics_toggle: next(),
        view_topics_heading: next(),
    }
}

/// How many texts a pack holds: one per text field of a table.
fn text_count() -> usize {
    let mut count = 0;
    build("", "", Direction::LeftToRight, None, &mut || {
        count += 1;
        ""
    });
    count
}

/// The pack of `strings`, as written to `web/lang/<code>.json`.
#[cfg(not(target_arch = "wasm32"))]
pub fn to_pack(strings: &Strings) -> String {
    let instrument = strings.instrument;
    let pack = Pack {
        format: FORMAT,
        code: strings.code.to_owned(),
        name: strings.name.to_owned(),
        direction: strings.direction,
        texts: texts(strings).into_iter().map(|(_, text)| text.to_owned()).collect(),
        topics: instrument
            .map_or(&[][..], |i| i.topics)
            .iter()
            .map(|t| [t.id, t.title, t.summary].map(str::to_owned))
            .collect(),
        competencies: instrument
            .map_or(&[][..], |i| i.competencies)
            .iter()
            .map(|c| [c.id, c.name, c.short_name].map(str::to_owned))
            .collect(),
        statements: instrument
            .map_or(&[][..], |i| i.statements)
            .iter()
            .map(|(id, text)| [*id, *text].map(str::to_owned))
            .collect(),
        observer_statements: instrument
            .map_or(&[][..], |i| i.observer_statements)
            .iter()
            .map(|(id, text)| [*id, *text].map(str::to_owned))
            .collect(),
    };
    serde_json::to_string(&pack).unwrap_or_default()
}

/// Text that lives as long as the page: a pack is read once per language per page.
fn keep(text: String) -> &'static str {
    Box::leak(text.into_boxed_str())
}

/// The pack in `text`, checked against this version's layout.
fn read(text: &str) -> Result<Pack, PackError> {
    // Through a JSON value, as every JSON text the widget reads (see `persistence`).
    let pack = serde_json::from_str::<serde_json::Value>(text).and_then(|value| Pack::deserialize(&value));
    let pack = pack.map_err(|e| {
        // A pack of another format may differ in any field; say that rather than the field.
        match serde_json::from_str::<serde_json::Value>(text).ok().and_then(|v| v.get("format")?.as_u64()) {
            Some(format) if format != u64::from(FORMAT) => {
                PackError("it was made for another version of the widget".to_owned())
            }
            _ => PackError(e.to_string()),
        }
    })?;
    if pack.format != FORMAT {
        return Err(PackError("it was made for another version of the widget".to_owned()));
    }
    let expected = text_count();
    if pack.texts.len() != expected {
        return Err(PackError(format!(
            "it holds {} texts where this version needs {expected}",
            pack.texts.len()
        )));
    }
    Ok(pack)
}

/// Reads and checks a pack without keeping it: what `from_pack` does before it makes the table
/// live for the page. The fuzz target calls this, as the memory `from_pack` keeps on purpose
/// would look like a leak to it.
pub fn check(text: &str) -> Result<(), PackError> {
    read(text).map(drop)
}

/// Reads a pack. The table lives for the rest of the page.
pub fn from_pack(text: &str) -> Result<&'static Strings, PackError> {
    let pack = read(text)?;
    let topics: Vec<TopicText> = pack
        .topics
        .into_iter()
        .map(|[id, title, summary]| TopicText { id: keep(id), title: keep(title), summary: keep(summary) })
        .collect();
    let competencies: Vec<CompetencyText> = pack
        .competencies
        .into_iter()
        .map(|[id, name, short_name]| CompetencyText {
            id: keep(id),
            name: keep(name),
            short_name: keep(short_name),
        })
        .collect();
    let pairs = |list: Vec<[String; 2]>| -> &'static [(&'static str, &'static str)] {
        let pairs: Vec<(&'static str, &'static str)> =
            list.into_iter().map(|[id, text]| (keep(id), keep(text))).collect();
        Box::leak(pairs.into_boxed_slice())
    };
    let instrument: &'static InstrumentText = Box::leak(Box::new(InstrumentText {
        topics: Box::leak(topics.into_boxed_slice()),
        competencies: Box::leak(competencies.into_boxed_slice()),
        statements: pairs(pack.statements),
        observer_statements: pairs(pack.observer_statements),
    }));
    let mut texts = pack.texts.into_iter().map(keep);
    let strings = build(keep(pack.code), keep(pack.name), pack.direction, Some(instrument), &mut || {
        texts.next().unwrap_or_default()
    });
    Ok(Box::leak(Box::new(strings)))
}

#[cfg(test)]
#[cfg(not(target_arch = "wasm32"))]
mod tests {
    use super::*;
    use crate::strings::LANGUAGES;

    fn pack_path(code: &str) -> std::path::PathBuf {
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("web").join("lang").join(format!("{code}.json"))
    }

    #[test]
    fn every_language_survives_a_round_trip_through_its_pack() {
        for strings in LANGUAGES.iter().filter(|s| s.code != "en") {
            let read = from_pack(&to_pack(strings)).expect("its own pack reads");
            assert_eq!(texts(read), texts(strings), "{}", strings.code);
            assert_eq!(
                (read.code, read.name, read.direction),
                (strings.code, strings.name, strings.direction)
            );
            let (a, b) = (read.instrument.expect("translated"), strings.instrument.expect("translated"));
            assert_eq!(a.statements, b.statements);
            assert_eq!(a.observer_statements, b.observer_statements);
            let ids = |t: &InstrumentText| -> Vec<(&str, &str, &str)> {
                t.topics
                    .iter()
                    .map(|t| (t.id, t.title, t.summary))
                    .chain(t.competencies.iter().map(|c| (c.id, c.name, c.short_name)))
                    .collect()
            };
            assert_eq!(ids(a), ids(b));
        }
    }

    /// `LB_UPDATE_PACKS=1 cargo test packs` rewrites the packs after a table changed.
    #[test]
    fn the_packs_in_web_lang_match_the_tables() {
        for strings in LANGUAGES.iter().filter(|s| s.code != "en") {
            let expected = to_pack(strings) + "\n";
            let path = pack_path(strings.code);
            if std::env::var_os("LB_UPDATE_PACKS").is_some() {
                std::fs::write(&path, &expected).expect("pack written");
            }
            let found = std::fs::read_to_string(&path).unwrap_or_default();
            assert!(
                found == expected,
                "{} is stale or missing; run `LB_UPDATE_PACKS=1 cargo test packs` and commit it",
                path.display()
            );
        }
    }

    #[test]
    fn a_damaged_pack_is_refused_with_a_reason() {
        let good = to_pack(&crate::strings::GERMAN);
        let cases = [
            ("oops", "expected value at line 1 column 1"),
            (&good.replace("\"format\":1", "\"format\":2"), "another version"),
            (
                &good.replace("\"texts\":[\"Leadership Balance\",", "\"texts\":["),
                "texts where this version needs",
            ),
            (&good.replace("\"statements\":", "\"statement\":"), "unknown field `statement`"),
            (&good.replace("[\"time_management\",", "["), "invalid length 2, expected an array of length 3"),
        ];
        for (text, reason) in cases {
            let error = from_pack(text).map(|s| s.code).expect_err(reason);
            assert!(error.to_string().contains(reason), "{error}");
        }
    }
}
