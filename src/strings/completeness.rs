//! The completeness check of every language table: a missing, empty, untranslated or
//! mis-slotted string in any language fails here, before a learner could see it.

use std::collections::BTreeSet;

use super::*;
use crate::model::instrument::Instrument;

/// Every text of a table with its field name: the pack's list (which a round-trip test keeps
/// complete) and the language's own name.
fn texts(s: &'static Strings) -> Vec<(String, &'static str)> {
    let mut all: Vec<(String, &'static str)> =
        super::texts(s).into_iter().map(|(field, text)| (field.to_owned(), text)).collect();
    all.push(("name".to_owned(), s.name));
    all
}

/// The `{slot}` names a template uses.
fn slots(text: &str) -> BTreeSet<&str> {
    text.split('{').skip(1).filter_map(|rest| rest.split_once('}').map(|(slot, _)| slot)).collect()
}

/// Texts that may read the same as English: names, symbols and words shared by the languages.
fn may_equal_english(field: &str, text: &str) -> bool {
    matches!(field, "app_title" | "change_line" | "table_score" | "page_counter" | "date_format")
        || field.starts_with("reports_options")
        || text.chars().count() <= 12
}

#[test]
fn every_language_has_every_string_with_the_same_slots_as_english() {
    let english = texts(&ENGLISH);
    for strings in LANGUAGES {
        let table = texts(strings);
        assert_eq!(table.len(), english.len());
        for ((field, text), (_, source)) in table.iter().zip(&english) {
            let code = strings.code;
            assert!(!text.trim().is_empty(), "{code}: {field} is empty");
            assert_eq!(slots(text), slots(source), "{code}: {field} has other slots than English: {text:?}");
            if strings.code != "en" {
                assert!(
                    text != source || may_equal_english(field, text),
                    "{code}: {field} is still in English: {text:?}"
                );
            }
        }
    }
}

#[test]
fn every_language_translates_the_whole_instrument() {
    let builtin = Instrument::builtin().expect("the built-in instrument is valid");
    let ids = |list: Vec<&str>| -> Vec<String> {
        let mut ids: Vec<String> = list.into_iter().map(str::to_owned).collect();
        ids.sort();
        ids
    };
    let topic_ids = ids(builtin.topics.iter().map(|t| t.id.as_str()).collect());
    let competency_ids = ids(builtin.competencies.iter().map(|c| c.id.as_str()).collect());
    let statement_ids = ids(builtin.statements.iter().map(|s| s.id.as_str()).collect());
    assert!(builtin.has_observer_wording(), "every built-in statement has a colleague's wording");
    for statement in &builtin.statements {
        let observer = statement.observer.as_deref().unwrap_or_default();
        assert!(!observer.starts_with("I ") && !observer.contains(" my "), "en: {observer}");
    }
    for strings in LANGUAGES.iter().filter(|s| s.code != "en") {
        let code = strings.code;
        let Some(text) = strings.instrument else { panic!("{code} has no instrument translation") };
        assert_eq!(ids(text.topics.iter().map(|t| t.id).collect()), topic_ids, "{code}: topics");
        assert_eq!(
            ids(text.competencies.iter().map(|c| c.id).collect()),
            competency_ids,
            "{code}: competencies"
        );
        assert_eq!(
            ids(text.statements.iter().map(|(id, _)| *id).collect()),
            statement_ids,
            "{code}: statements"
        );
        assert_eq!(
            ids(text.observer_statements.iter().map(|(id, _)| *id).collect()),
            statement_ids,
            "{code}: statements as a colleague reads them"
        );

        let localized = localize(&builtin, strings);
        let english_texts: Vec<&str> = builtin
            .statements
            .iter()
            .flat_map(|s| [s.text.as_str(), s.observer.as_deref().unwrap_or_default()])
            .chain(builtin.competencies.iter().flat_map(|c| [c.name.as_str()]))
            .chain(builtin.topics.iter().flat_map(|t| [t.title.as_str(), t.summary.as_str()]))
            .collect();
        let translated: Vec<&str> = localized
            .statements
            .iter()
            .flat_map(|s| [s.text.as_str(), s.observer.as_deref().unwrap_or_default()])
            .chain(localized.competencies.iter().flat_map(|c| [c.name.as_str()]))
            .chain(localized.topics.iter().flat_map(|t| [t.title.as_str(), t.summary.as_str()]))
            .collect();
        for (text, source) in translated.iter().zip(&english_texts) {
            assert!(!text.trim().is_empty(), "{code}: an empty translation of {source:?}");
            assert!(text != source || text.chars().count() <= 12, "{code}: {source:?} is not translated");
        }
        // A colleague reads about someone else: never the learner's own first-person words.
        for statement in &localized.statements {
            assert_ne!(
                statement.observer.as_deref(),
                Some(statement.text.as_str()),
                "{code}: {}",
                statement.id
            );
        }
        // Scoring is untouched: ids, keys and links are the instrument's own.
        assert_eq!(
            localized.statements.iter().map(|s| (&s.id, s.reverse, &s.competency)).collect::<Vec<_>>(),
            builtin.statements.iter().map(|s| (&s.id, s.reverse, &s.competency)).collect::<Vec<_>>()
        );
        assert_eq!(crate::model::share::fingerprint(&localized), crate::model::share::fingerprint(&builtin));
    }
}

#[test]
fn a_short_label_fits_on_a_phone_chart_in_every_language() {
    let builtin = Instrument::builtin().expect("valid");
    let longest_english =
        builtin.competencies.iter().map(|c| c.short_name.chars().count()).max().unwrap_or(0);
    for strings in LANGUAGES {
        for competency in localize(&builtin, strings).competencies {
            let length = competency.short_name.chars().count();
            assert!(
                length <= longest_english.max(24),
                "{}: {:?} is {length} characters",
                strings.code,
                competency.short_name
            );
        }
    }
}

#[test]
fn a_provider_instrument_keeps_its_own_words() {
    let builtin = Instrument::builtin().expect("valid");
    let mut own = builtin.clone();
    own.id = "acme-leadership".to_owned();
    assert_eq!(localize(&own, &GERMAN), own);
}

#[test]
fn the_language_comes_from_the_chosen_tag_then_the_browser_then_english() {
    assert_eq!(choose(Some("de"), "fr-FR"), "de", "the attribute or config wins");
    assert_eq!(choose(Some("ES-mx"), "en-US"), "es");
    assert_eq!(choose(None, "fr-CA"), "fr", "then the browser");
    assert_eq!(choose(Some("pt"), "de-AT"), "de", "an unspoken choice falls through");
    assert_eq!(choose(None, "ja-JP"), "en", "English last");
    assert_eq!(choose(None, ""), "en");
    assert_eq!(choose(None, "pl-PL"), "pl");
    assert_eq!(choose(None, "uk-UA"), "uk");
    assert_eq!(choose(Some("uk"), "pl-PL"), "uk");
    let codes: Vec<&str> = LANGUAGES.iter().map(|s| s.code).collect();
    assert_eq!(codes, CODES);
}

#[test]
fn dates_read_as_each_language_writes_them() {
    use crate::calendar::CalendarDate;
    let date = CalendarDate { year: 2026, month: 3, day: 1 };
    assert_eq!(ENGLISH.long_date(date), "1 March 2026");
    assert_eq!(GERMAN.long_date(date), "1. März 2026");
    assert_eq!(SPANISH.long_date(date), "1 de marzo de 2026");
    assert_eq!(FRENCH.long_date(date), "1er mars 2026");
    assert_eq!(FRENCH.long_date(CalendarDate { year: 2026, month: 8, day: 28 }), "28 août 2026");
    assert_eq!(ENGLISH.long_date(CalendarDate { year: 2026, month: 1, day: 5 }), "5 January 2026");
    let december = CalendarDate { year: 2026, month: 12, day: 6 };
    assert_eq!(POLISH.long_date(december), "6 grudnia 2026");
    assert_eq!(UKRAINIAN.long_date(december), "6 грудня 2026 р.");
    assert_eq!(POLISH.long_date(date), "1 marca 2026");
    assert_eq!(UKRAINIAN.long_date(date), "1 березня 2026 р.");
    // A month out of range shows no name rather than failing.
    assert_eq!(ENGLISH.long_date(CalendarDate { year: 2026, month: 13, day: 5 }), "5  2026");
}

/// Every counted text of a table (the fields whose pack names end in `.one`, `.few`, `.many`).
fn counted(s: &'static Strings) -> Vec<(String, [&'static str; 3])> {
    let texts = super::texts(s);
    texts
        .iter()
        .enumerate()
        .filter_map(|(i, (field, one))| {
            let name = field.strip_suffix(".one")?;
            let [(_, few), (_, many)] = [texts.get(i + 1)?, texts.get(i + 2)?];
            Some((name.to_owned(), [*one, *few, *many]))
        })
        .collect()
}

#[test]
fn a_language_with_a_few_form_writes_three_forms_and_the_others_two() {
    assert!(!counted(&ENGLISH).is_empty(), "the check reads the counted texts");
    for strings in LANGUAGES {
        for (field, [one, few, many]) in counted(strings) {
            let code = strings.code;
            if strings.plural.has_few() {
                assert!(one != few && few != many && one != many, "{code}: {field} needs three forms");
            } else {
                assert_eq!(few, many, "{code}: {field}: the rule never picks a few form");
            }
        }
    }
}

#[test]
fn counts_take_the_form_each_language_writes() {
    let counts = [1, 2, 5, 12, 22, 25];
    assert_eq!(
        counts.map(|n| POLISH.colleague_count(n)),
        [
            "Połączono odpowiedzi, których udzieliła 1 osoba.",
            "Połączono odpowiedzi, których udzieliły 2 osoby.",
            "Połączono odpowiedzi, których udzieliło 5 osób.",
            "Połączono odpowiedzi, których udzieliło 12 osób.",
            "Połączono odpowiedzi, których udzieliły 22 osoby.",
            "Połączono odpowiedzi, których udzieliło 25 osób.",
        ]
    );
    assert_eq!(
        counts.map(|n| UKRAINIAN.colleague_count(n)),
        [
            "Зведено 1 відповідь колег.",
            "Зведено 2 відповіді колег.",
            "Зведено 5 відповідей колег.",
            "Зведено 12 відповідей колег.",
            "Зведено 22 відповіді колег.",
            "Зведено 25 відповідей колег.",
        ]
    );
    // Where the two rules part: 21 is "many" in Polish and "one" in Ukrainian.
    assert_eq!(POLISH.colleague_count(21), "Połączono odpowiedzi, których udzieliło 21 osób.");
    assert_eq!(UKRAINIAN.colleague_count(21), "Зведено 21 відповідь колег.");
    assert_eq!(ENGLISH.colleague_count(1), "Combined from 1 colleague’s answers.");
    assert_eq!(ENGLISH.colleague_count(2), "Combined from 2 colleagues’ answers.");
    assert_eq!(GERMAN.colleague_count(22), "Aus den Antworten von 22 Personen zusammengefasst.");
}
