//! Table tests of config validation: the valid case, then each invalid case with its message.

use super::*;

const VALID: &str = r##"{
    "id": "northwind-2026",
    "provider": { "name": "Northwind Learning", "url": "https://northwind.example" },
    "theme": { "accent": "#5A2D82", "text": "#222", "background": "#fffdf8", "font_family": "Georgia, 'Times New Roman', serif", "radius": 6 },
    "language": "en",
    "threshold": 55,
    "topics": {
        "project_management": { "title": "Projects that land", "url": "https://northwind.example/projects", "blurb": "Two days, hands on." },
        "motivation": { "title": "What moves people", "url": "http://northwind.example/motivation" }
    },
    "intro": "Find out which of our programmes fits you.",
    "sections": { "reflection": false, "pdf": true },
    "paper": "Letter",
    "persistence": false,
    "embed": { "parent_origin": "https://www.northwind.example" },
    "cohort": { "contact": "maria.lopez+leaders@northwind.example" },
    "lms": { "name_on_pdf": true },
    "reliability": {
        "learners": 57,
        "competencies": {
            "planning": { "alpha": 0.71, "sem": 9.8, "statements": 3 },
            "coaching": { "sem": 12, "statements": 5 }
        }
    }
}"##;

/// Every problem found in an invalid config, as the provider reads them.
fn problems_of(json: &str) -> Vec<String> {
    ProviderConfig::from_json(json).expect_err("invalid").iter().map(ToString::to_string).collect()
}

#[test]
fn a_full_valid_config_is_read_completely() {
    let config = ProviderConfig::from_json(VALID).expect("valid");
    assert_eq!(config.id.as_deref(), Some("northwind-2026"));
    assert_eq!(config.provider.name.as_deref(), Some("Northwind Learning"));
    assert_eq!(config.provider.url.as_deref(), Some("https://northwind.example"));
    assert_eq!(config.theme.accent.as_deref(), Some("#5a2d82"));
    assert_eq!(config.theme.radius, Some(6));
    assert_eq!(config.threshold, 55.0);
    assert_eq!(config.courses.len(), 2);
    let blurb = |topic: &str| config.courses.get(topic).map(|course| course.blurb.clone());
    assert_eq!(blurb("project_management"), Some(Some("Two days, hands on.".to_owned())));
    assert_eq!(blurb("motivation"), Some(None));
    assert_eq!(blurb("delegation"), None, "no course for a topic the config leaves out");
    assert_eq!(config.sections, Sections { reflection: false, pdf: true });
    assert_eq!(config.paper, Some(Paper::Letter));
    assert!(!config.persistence);
    assert_eq!(config.embed.parent_origin.as_deref(), Some("https://www.northwind.example"));
    assert_eq!(config.cohort.contact.as_deref(), Some("maria.lopez+leaders@northwind.example"));
    assert!(config.lms.name_on_pdf);
    assert!(!ProviderConfig::default().lms.name_on_pdf, "a name goes on the PDF only when asked for");
    let reliability = config.reliability.as_ref().expect("a reliability block");
    assert_eq!(reliability.learners, Some(57));
    assert_eq!(
        reliability.competencies.get("planning"),
        Some(&Measured { alpha: Some(0.71), sem: 9.8, statements: 3 })
    );
    assert_eq!(
        reliability.competencies.get("coaching"),
        Some(&Measured { alpha: None, sem: 12.0, statements: 5 })
    );
    assert_eq!(
        config.theme.custom_properties(),
        vec![
            ("--lb-accent", "#5a2d82".to_owned()),
            ("--lb-text", "#222".to_owned()),
            ("--lb-background", "#fffdf8".to_owned()),
            ("--lb-font-family", "Georgia, 'Times New Roman', serif".to_owned()),
            ("--lb-radius", "6px".to_owned()),
        ]
    );
}

#[test]
fn a_trainer_contact_is_one_email_address_a_mailto_link_can_carry() {
    for (contact, expected) in [
        ("trainer@example.org", None),
        ("Ana.Ruiz+cohort-7@mail.example.co.uk", None),
        ("trainer", Some("cohort.contact: must be one email address, such as trainer@example.org")),
        ("@example.org", Some("cohort.contact: must be one email address, such as trainer@example.org")),
        ("a@b@example.org", Some("cohort.contact: must be one email address, such as trainer@example.org")),
        (
            "trainer@example.org?bcc=all@example.org",
            Some("cohort.contact: must be one email address, such as trainer@example.org"),
        ),
        ("a@x.org, b@y.org", Some("cohort.contact: must be one email address, such as trainer@example.org")),
        ("trainer@localhost", Some("cohort.contact: needs a full domain after the @, such as example.org")),
    ] {
        let json = format!(r#"{{"cohort": {{"contact": {}}}}}"#, serde_json::Value::from(contact));
        let result = ProviderConfig::from_json(&json);
        match expected {
            None => assert_eq!(result.map(|c| c.cohort.contact), Ok(Some(contact.to_owned())), "{contact}"),
            Some(message) => {
                let errors = result.expect_err(contact);
                assert_eq!(
                    errors.iter().map(ToString::to_string).collect::<Vec<_>>(),
                    [message],
                    "{contact}"
                );
            }
        }
    }
    let long = format!("{}@example.org", "a".repeat(250));
    let errors =
        ProviderConfig::from_json(&format!(r#"{{"cohort": {{"contact": "{long}"}}}}"#)).expect_err("long");
    assert_eq!(errors[0].to_string(), "cohort.contact: is longer than 254 characters");
    let errors = ProviderConfig::from_json(r#"{"cohort": {"contakt": "a@b.org"}}"#).expect_err("typo");
    assert_eq!(errors[0].to_string(), "cohort.contakt: unknown key; did you mean `contact`?");
}

#[test]
fn an_empty_object_is_the_default_widget() {
    assert_eq!(ProviderConfig::from_json("{}"), Ok(ProviderConfig::default()));
}

#[test]
fn each_mistake_is_reported_with_its_path() {
    let cases: [(&str, &str); 42] = [
        ("[]", "the config must be a JSON object { … }"),
        ("{", "this is not valid JSON (the text ends inside an object at line 1 column 1)"),
        (r#"{"id": "a",}"#, "this is not valid JSON (trailing comma at line 1 column 12)"),
        (r##"{"accent": "#fff"}"##, "accent: unknown key; did you mean `theme.accent`?"),
        (r##"{"theme": {"acent": "#fff"}}"##, "theme.acent: unknown key; did you mean `accent`?"),
        (r#"{"lang": "en"}"#, "lang: unknown key; did you mean `language`?"),
        (r#"{"langauge": "en"}"#, "langauge: unknown key; did you mean `language`?"),
        (
            r#"{"colour": 1}"#,
            "colour: unknown key; expected one of: id, provider, theme, language, threshold, topics, intro, sections, instrument, paper, embed, persistence, cohort, reliability, lms",
        ),
        (r#"{"theme": {"accent": "blue"}}"#, "theme.accent: must be a hex colour such as #2450a6 or #25a"),
        (
            r##"{"theme": {"accent": "#12345"}}"##,
            "theme.accent: must be a hex colour such as #2450a6 or #25a",
        ),
        (
            r#"{"theme": {"font_family": "x;}body{display:none"}}"#,
            "theme.font_family: may hold only font names, commas and quotes, such as \"Georgia, serif\"",
        ),
        (r#"{"theme": {"radius": 40}}"#, "theme.radius: must be a whole number from 0 to 32"),
        (r#"{"theme": "dark"}"#, "theme: this must be a JSON object { … }"),
        (r#"{"provider": {"name": ""}}"#, "provider.name: must not be empty"),
        (r#"{"provider": {"name": 7}}"#, "provider.name: must be a text in quotes"),
        (r#"{"provider": {"url": "www.example.com"}}"#, "provider.url: must start with https:// or http://"),
        (r#"{"provider": {"url": "https://"}}"#, "provider.url: has no host name after the scheme"),
        (
            r#"{"topics": {"project_management": {"title": "P", "url": "javascript:alert(1)"}}}"#,
            "topics.project_management.url: must start with https:// or http://",
        ),
        (
            r#"{"topics": {"project_management": {"title": "P", "url": "https://a.example/a b"}}}"#,
            "topics.project_management.url: must not contain spaces; encode them as %20",
        ),
        (
            r#"{"topics": {"project_managment": {"title": "P", "url": "https://a.example"}}}"#,
            "topics.project_managment: unknown key; did you mean `project_management`?",
        ),
        (
            r#"{"topics": {"motivation": {"url": "https://a.example"}}}"#,
            "topics.motivation.title: is required",
        ),
        (
            r#"{"topics": {"motivation": {"title": "M", "url": "https://a.example", "link": "x"}}}"#,
            "topics.motivation.link: unknown key; expected one of: title, url, blurb",
        ),
        (r#"{"language": "pt"}"#, "language: must be one of: en, de, es, fr, pl, uk; did you mean `pl`?"),
        (r#"{"threshold": 120}"#, "threshold: must be between 0 and 100"),
        (r#"{"threshold": "60"}"#, "threshold: must be a number"),
        (r#"{"sections": {"pdf": "no"}}"#, "sections.pdf: must be true or false"),
        (r#"{"lms": {"name_on_pdf": 1}}"#, "lms.name_on_pdf: must be true or false"),
        (r#"{"lms": {"name": true}}"#, "lms.name: unknown key; expected one of: name_on_pdf"),
        (r#"{"paper": "a4"}"#, "paper: must be one of: A4, Letter; did you mean `A4`?"),
        (
            r#"{"embed": {"parent_origin": "https://host.example/page"}}"#,
            "embed.parent_origin: must be an origin such as https://www.example.com, with no path",
        ),
        (r#"{"id": "has spaces"}"#, "id: must be 1 to 64 letters, digits, - or _"),
        (
            r#"{"instrument": {"id": "x", "version": 1, "topics": [], "competencies": [], "statements": [{"id": "s", "competency": "nope", "text": "I plan."}]}}"#,
            "instrument.statements[0].competency: no competency has the id `nope`",
        ),
        (r#"{"reliabilty": {}}"#, "reliabilty: unknown key; did you mean `reliability`?"),
        (r#"{"reliability": []}"#, "reliability: this must be a JSON object { … }"),
        (r#"{"reliability": {"learners": 5}}"#, "reliability.competencies: is required"),
        (
            r#"{"reliability": {"competencies": {}, "learner": 5}}"#,
            "reliability.learner: unknown key; did you mean `learners`?",
        ),
        (
            r#"{"reliability": {"learners": 0, "competencies": {}}}"#,
            "reliability.learners: must be a whole number from 1 to 1000000",
        ),
        (
            r#"{"reliability": {"competencies": {"planing": {"sem": 9.8, "statements": 3}}}}"#,
            "reliability.competencies.planing: unknown key; did you mean `planning`?",
        ),
        (
            r#"{"reliability": {"competencies": {"planning": {"alpha": 1.2, "sem": 9.8, "statements": 3}}}}"#,
            "reliability.competencies.planning.alpha: must be between -1 and 1",
        ),
        (
            r#"{"reliability": {"competencies": {"planning": {"sem": 0, "statements": 3}}}}"#,
            "reliability.competencies.planning.sem: must be more than 0 and at most 100",
        ),
        (
            r#"{"reliability": {"competencies": {"planning": {"sem": 9.8, "statements": 0}}}}"#,
            "reliability.competencies.planning.statements: must be a whole number from 1 to 255",
        ),
        (
            r#"{"reliability": {"competencies": {"planning": {"apha": 0.7, "sem": 9.8, "statements": 3}}}}"#,
            "reliability.competencies.planning.apha: unknown key; did you mean `alpha`?",
        ),
    ];
    for (json, expected) in cases {
        let errors = ProviderConfig::from_json(json).expect_err(json);
        let messages: Vec<String> = errors.iter().map(ToString::to_string).collect();
        assert_eq!(messages, vec![expected.to_owned()], "{json}");
    }
}

#[test]
fn every_problem_is_reported_at_once() {
    let json = r#"{"theme": {"accent": "red", "radius": -1}, "threshold": 101, "paper": "A3"}"#;
    let paths: Vec<String> =
        ProviderConfig::from_json(json).expect_err("invalid").into_iter().map(|e| e.path).collect();
    assert_eq!(paths, ["theme.accent", "theme.radius", "threshold", "paper"]);
}

#[test]
fn every_shape_problem_of_a_custom_instrument_is_reported_at_once_with_its_path() {
    let json = r#"{"instrument": {"id": "x", "version": "1", "topics": [],
        "competencies": [{"id": "c", "track": "leading", "name": "C", "shortname": "C", "topics": ["t"]}],
        "statements": [{"id": "s", "competency": "c", "text": 7}]}}"#;
    assert_eq!(
        problems_of(json),
        [
            "instrument.version: must be a whole number, such as 1",
            "instrument.competencies[0].shortname: unknown key; did you mean `short_name`?",
            "instrument.competencies[0].track: must be one of: management, leadership",
            "instrument.competencies[0].short_name: is required",
            "instrument.statements[0].text: must be a text in quotes",
        ]
    );
}

#[test]
fn a_text_over_its_limit_is_refused_with_its_length() {
    let name = "N".repeat(MAX_NAME + 1);
    let errors =
        ProviderConfig::from_json(&format!(r#"{{"provider": {{"name": "{name}"}}}}"#)).expect_err("too long");
    assert_eq!(errors[0].to_string(), "provider.name: is 121 characters long; the limit is 120");
}

#[test]
fn unusual_unicode_in_texts_is_kept_as_text() {
    let json = r#"{"provider": {"name": "Ñandú Äkademie — “Führung” 🌱 עברית"}}"#;
    let config = ProviderConfig::from_json(json).expect("valid");
    assert_eq!(config.provider.name.as_deref(), Some("Ñandú Äkademie — “Führung” 🌱 עברית"));
}

/// A config with a custom instrument of one competency, two statements and one topic, and
/// `rest`, the config's other keys.
fn with_one_competency(rest: &str) -> String {
    format!(
        r#"{{
        "instrument": {{
            "id": "mini", "version": 1,
            "topics": [{{"id": "listening", "track": "leadership", "title": "Listening", "summary": "Hear people out."}}],
            "competencies": [{{"id": "listen", "track": "leadership", "name": "Listening", "short_name": "Listening", "topics": ["listening"]}}],
            "statements": [
                {{"id": "l1", "competency": "listen", "text": "I let people finish."}},
                {{"id": "l2", "competency": "listen", "text": "I ask before I assume."}}
            ]
        }},
        {rest}
    }}"#
    )
}

#[test]
fn a_custom_instrument_replaces_the_built_in_one_and_its_topics() {
    let json = with_one_competency(
        r#""topics": {"listening": {"title": "Our listening lab", "url": "https://example.com/lab"}}"#,
    );
    let config = ProviderConfig::from_json(&json).expect("valid");
    let instrument = config.instrument().expect("the custom instrument");
    assert_eq!(instrument.statements.len(), 2);
    assert!(config.courses.get("listening").is_some());
    // With the custom instrument, built-in topic ids are unknown.
    let wrong = json.replace(r#""topics": {"listening""#, r#""topics": {"motivation""#);
    let errors = ProviderConfig::from_json(&wrong).expect_err("unknown topic");
    assert_eq!(errors[0].path, "topics.motivation");
}

/// The keys of a JSON object, sorted; none for anything else.
fn keys_of(value: &serde_json::Value) -> Vec<String> {
    let mut keys: Vec<String> = value.as_object().map(|o| o.keys().cloned().collect()).unwrap_or_default();
    keys.sort();
    keys
}

fn sorted(list: &[&str]) -> Vec<String> {
    let mut keys: Vec<String> = list.iter().map(|k| k.to_string()).collect();
    keys.sort();
    keys
}

#[test]
fn the_json_schema_names_the_same_keys_as_the_validator() {
    let schema: serde_json::Value =
        serde_json::from_str(include_str!("../../web/config.schema.json")).expect("the schema is JSON");
    let keys = |pointer: &str| schema.pointer(pointer).map(keys_of).unwrap_or_default();
    assert_eq!(keys("/properties"), sorted(&TOP_KEYS));
    assert_eq!(keys("/properties/provider/properties"), sorted(&PROVIDER_KEYS));
    assert_eq!(keys("/properties/theme/properties"), sorted(&THEME_KEYS));
    assert_eq!(keys("/properties/sections/properties"), sorted(&SECTION_KEYS));
    assert_eq!(keys("/properties/embed/properties"), sorted(&EMBED_KEYS));
    assert_eq!(keys("/properties/cohort/properties"), sorted(&COHORT_KEYS));
    assert_eq!(keys("/properties/lms/properties"), sorted(&LMS_KEYS));
    assert_eq!(keys("/properties/reliability/properties"), sorted(&RELIABILITY_KEYS));
    assert_eq!(keys("/$defs/measured/properties"), sorted(&MEASURED_KEYS));
    assert_eq!(keys("/$defs/course/properties"), sorted(&COURSE_KEYS));
    // The example config shipped in dist is valid.
    let example = include_str!("../../web/example-config.json");
    assert!(ProviderConfig::from_json(example).is_ok(), "{:?}", ProviderConfig::from_json(example));
}

#[test]
fn the_config_schema_and_configurator_offer_exactly_the_languages_the_widget_speaks() {
    let spoken: Vec<&str> = crate::strings::LANGUAGES.iter().map(|s| s.code).collect();
    assert_eq!(LANGUAGES.as_slice(), spoken.as_slice());
    let schema: serde_json::Value =
        serde_json::from_str(include_str!("../../web/config.schema.json")).expect("the schema is JSON");
    let listed: Vec<&str> = schema
        .pointer("/properties/language/enum")
        .and_then(serde_json::Value::as_array)
        .map(|list| list.iter().filter_map(serde_json::Value::as_str).collect())
        .unwrap_or_default();
    assert_eq!(listed, spoken);
    // The loader's own few words (shown before the wasm runs) come in the same languages.
    let loader = include_str!("../../web/loader/messages.js");
    let words = &loader[loader.find("const WORDS = {").unwrap_or(0)..];
    let words = &words[..words.find("\n};").unwrap_or(0)];
    let loader_languages: Vec<&str> = words
        .lines()
        .filter_map(|line| line.strip_prefix("  ")?.strip_suffix(": {"))
        .filter(|key| !key.starts_with(' '))
        .collect();
    assert_eq!(loader_languages, spoken, "the loader's WORDS");
    let configurator = include_str!("../../web/configure.html");
    for strings in crate::strings::LANGUAGES {
        let option = format!(r#"<option value="{}">{}</option>"#, strings.code, strings.name);
        assert!(configurator.contains(&option), "the configurator lacks {option}");
    }
}

#[test]
fn a_course_set_twice_keeps_the_later_one() {
    let course =
        |title: &str| Course { title: title.to_owned(), url: "https://a.example".to_owned(), blurb: None };
    let mut courses = Courses::default();
    courses.insert("motivation".to_owned(), course("First"));
    courses.insert("delegation".to_owned(), course("Other"));
    courses.insert("motivation".to_owned(), course("Second"));
    assert_eq!(courses.len(), 2);
    assert_eq!(courses.get("motivation").map(|c| c.title.as_str()), Some("Second"));
}

#[test]
fn the_walk_knows_exactly_the_keys_the_derive_reads() {
    // Every field set, so that serializing shows every key the derive reads.
    let mut config = ProviderConfig::from_json(VALID).expect("valid");
    config.instrument = Some(Instrument::builtin().expect("valid"));
    config.language = Some("de".to_owned());
    let value = serde_json::to_value(&config).expect("serializes");
    let keys = keys_of;
    assert_eq!(keys(&value), sorted(&TOP_KEYS));
    assert_eq!(keys(&value["provider"]), sorted(&PROVIDER_KEYS));
    assert_eq!(keys(&value["theme"]), sorted(&THEME_KEYS));
    assert_eq!(keys(&value["sections"]), sorted(&SECTION_KEYS));
    assert_eq!(keys(&value["embed"]), sorted(&EMBED_KEYS));
    assert_eq!(keys(&value["lms"]), sorted(&LMS_KEYS));
    assert_eq!(keys(&value["topics"]["project_management"]), sorted(&COURSE_KEYS));
    assert_eq!(keys(&value["reliability"]), sorted(&RELIABILITY_KEYS));
    assert_eq!(keys(&value["reliability"]["competencies"]["planning"]), sorted(&MEASURED_KEYS));
}

#[test]
fn a_config_written_back_reads_the_same() {
    let mut config = ProviderConfig::from_json(VALID).expect("valid");
    config.instrument = Some(Instrument::builtin().expect("valid"));
    let text = serde_json::to_string(&config).expect("serializes");
    assert_eq!(ProviderConfig::from_json(&text), Ok(config));
}

#[test]
fn every_problem_of_a_reliability_block_is_reported_with_its_path() {
    let json = r#"{"reliability": {"learners": 2.5, "competencies": {
        "planning": {"alpha": "high", "sem": 101},
        "budgets": {"sem": -1, "statements": 1.5},
        "vision": 7
    }}}"#;
    assert_eq!(
        problems_of(json),
        [
            "reliability.learners: must be a whole number from 1 to 1000000",
            "reliability.competencies.budgets.sem: must be more than 0 and at most 100",
            "reliability.competencies.budgets.statements: must be a whole number from 1 to 255",
            "reliability.competencies.planning.alpha: must be a number",
            "reliability.competencies.planning.sem: must be more than 0 and at most 100",
            "reliability.competencies.planning.statements: is required",
            "reliability.competencies.vision: this must be a JSON object { … }",
        ]
    );
}

#[test]
fn reliability_names_the_competencies_of_the_instrument_in_use() {
    let json = with_one_competency(
        r#""reliability": {"competencies": {"listen": {"alpha": 0.6, "sem": 14.2, "statements": 2}}}"#,
    );
    let config = ProviderConfig::from_json(&json).expect("valid");
    let instrument = config.instrument().expect("the custom instrument");
    // 14.2 over 2 statements: one statement's error is 14.2 · √2 = 20.08, and a learner who
    // answers both gets back 14.2.
    let model = config.error_model(&instrument);
    assert!((model.statement_error(0) - 14.2 * 2f64.sqrt()).abs() < 1e-9);
    assert!((model.competency_sem(0, 2) - 14.2).abs() < 1e-9);
    let built_in = json.replace(r#""listen": {"alpha""#, r#""planning": {"alpha""#);
    let errors = ProviderConfig::from_json(&built_in).expect_err("planning is not in this instrument");
    assert_eq!(
        errors[0].to_string(),
        "reliability.competencies.planning: unknown key; expected one of: listen"
    );
}

#[test]
fn the_error_model_takes_measured_competencies_and_keeps_the_default_for_the_rest() {
    use crate::model::uncertainty::DEFAULT_STATEMENT_ERROR;
    let config = ProviderConfig::from_json(VALID).expect("valid");
    let instrument = Instrument::builtin().expect("valid");
    let model = config.error_model(&instrument);
    let at = |id: &str| instrument.competencies.iter().position(|c| c.id == id).expect("a competency");
    // planning: 9.8 over 3 statements; coaching: 12 over 5.
    assert!((model.competency_sem(at("planning"), 3) - 9.8).abs() < 1e-9);
    assert!((model.competency_sem(at("coaching"), 5) - 12.0).abs() < 1e-9);
    assert!((model.competency_sem(at("coaching"), 3) - 12.0 * (5f64 / 3.0).sqrt()).abs() < 1e-9);
    assert_eq!(model.statement_error(at("budgets")), DEFAULT_STATEMENT_ERROR);
    assert_eq!(ProviderConfig::default().error_model(&instrument), ErrorModel::default_for(&instrument));
}

#[test]
fn a_block_the_cohort_page_writes_reads_back_as_the_same_figures() {
    use crate::cohort::CohortReliability;
    use crate::cohort::fixtures::five_learners;
    let instrument = Instrument::builtin().expect("valid");
    // α 0.862832 and SEM 10.3749 in every competency (worked in cohort::reliability's tests).
    let members = five_learners(&instrument);
    let block = Reliability::from_cohort(&instrument, &CohortReliability::measure(&instrument, &members));
    let text = block.block();
    assert!(text.starts_with("\"reliability\": {\n    \"learners\": 5,\n"), "{text}");
    assert!(
        text.contains(r#""planning": { "alpha": 0.86, "sem": 10.4, "statements": 3 }"#),
        "one competency a line, as the page shows it: {text}"
    );
    let config = ProviderConfig::from_json(&format!("{{{text}}}")).expect("the block is a valid config");
    assert_eq!(config.reliability.as_ref(), Some(&block));
    assert_eq!(block.competencies.len(), 16);
    let model = config.error_model(&instrument);
    assert!((model.competency_sem(0, 3) - 10.4).abs() < 1e-9);
    // Nothing measured yet: an empty block, still valid.
    let empty = Reliability::default().block();
    assert_eq!(empty, "\"reliability\": {\n    \"competencies\": {}\n  }");
    assert!(ProviderConfig::from_json(&format!("{{{empty}}}")).is_ok());
}

#[test]
fn competency_ids_are_written_as_json_strings() {
    let mut block = Reliability::default();
    block.competencies.insert("say \"hi\"\\\n".to_owned(), Measured { alpha: None, sem: 5.0, statements: 2 });
    let text = block.block();
    assert!(text.contains(r#""say \"hi\"\\\u000a": { "sem": 5, "statements": 2 }"#), "{text}");
    let value: serde_json::Value = serde_json::from_str(&format!("{{{text}}}")).expect("JSON");
    assert!(value["reliability"]["competencies"].get("say \"hi\"\\\n").is_some(), "{value}");
}
