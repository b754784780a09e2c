//! The whole assessment and its PDF in German, Spanish, French, Polish and Ukrainian, on the
//! release bundle; and the order in which the language is chosen: the element's `lang`, then
//! the config, then the browser's language. The expected words come from the widget's own
//! tables, so this checks that every step really draws from the chosen table, not the English
//! one.

use std::collections::HashSet;

use e2e::pdf_tools::{self, assert_well_formed, words};
use e2e::{Browser, StaticServer, bundle_dir};
use leadership_balance::model::answers::{Answer, AnswerSheet, Context, Frequency};
use leadership_balance::model::instrument::Instrument;
use leadership_balance::model::profile::DEFAULT_THRESHOLD;
use leadership_balance::model::report::Report;
use leadership_balance::model::uncertainty::ErrorModel;
use leadership_balance::strings::{self, FRENCH, GERMAN, POLISH, SPANISH, Strings, UKRAINIAN, fill};

async fn widget_language(browser: &Browser) -> (String, String) {
    let value = browser
        .script(
            "const lb = document.querySelector('leadership-balance').shadowRoot.querySelector('.lb'); \
             return [lb.lang, lb.dir];",
        )
        .await;
    let field = |i: usize| value[i].as_str().unwrap_or_default().to_owned();
    (field(0), field(1))
}

async fn full_flow_in(browser: &Browser, server: &StaticServer, s: &'static Strings) {
    let instrument = strings::localize(&Instrument::builtin().expect("valid"), s);
    let statements: HashSet<String> =
        instrument.statements.iter().map(|st| e2e::same_spaces(&st.text)).collect();
    let url = server.scratch_page(
        &format!("flow-{}.html", s.code),
        &format!(
            r#"<leadership-balance lang="{}" config="/example-config.json"></leadership-balance>"#,
            s.code
        ),
    );
    browser.client.goto(&url).await.expect("the page loads");
    // A new learner: the previous language's flow left its progress, which the widget may
    // have read already, so the page starts again once it is cleared.
    browser.script("localStorage.clear();").await;
    browser.client.refresh().await.expect("reloaded");
    let widget = browser.widget(0).await;
    widget.wait_for_heading(s.intro_heading).await;
    assert_eq!(widget_language(browser).await, (s.code.to_owned(), "ltr".to_owned()));
    assert_eq!(widget.text(".lb-privacy p").await, s.privacy_promise);

    widget.click_button(s.start).await;
    widget.wait_for_heading(s.context_heading).await;
    widget.click_button(s.next).await;
    widget.find("[aria-live]", s.context_missing).await;
    widget.choose(s.experience_question, s.experience_options[3]).await;
    widget.choose(s.reports_question, s.reports_options[2]).await;
    widget.click_button(s.next).await;

    widget.wait_for_heading(s.statements_heading).await;
    widget.find(".lb-card__counter", &fill(s.statement_counter, &[("n", "1"), ("total", "48")])).await;
    let questions = widget.questions().await;
    assert_eq!(questions.len(), 6);
    for (legend, fieldset) in questions {
        assert!(statements.contains(&legend), "{}: {legend:?} is not a translated statement", s.code);
        e2e::choose_in(&fieldset, s.scale[2]).await;
    }
    widget.find("[aria-live]", &fill(s.progress, &[("answered", "6"), ("total", "48")])).await;
    browser.answer_everything(0).await;

    // Every answer at the middle of the scale: 50 and 50, below the threshold of 60.
    widget.wait_for_heading(s.results_heading).await;
    assert_eq!(widget.text(".lb-profile__name").await, s.profiles[3].name);
    // The chart's words come with the ranges the library's own bands give these answers.
    let mut answers = AnswerSheet::new(instrument.statements.len());
    for statement in (0..instrument.statements.len()).filter(|&st| !instrument.is_extra(st)) {
        answers.set(statement, Answer::Frequency(Frequency::Sometimes));
    }
    let errors = ErrorModel::default_for(&instrument);
    let report = Report::build(&instrument, &answers, &Context::default(), DEFAULT_THRESHOLD, &errors);
    let summary = s.balance_summary_for(&report.bands);
    assert!(summary.contains("50"), "{summary}");
    let charts = browser
        .script(
            "return [...document.querySelector('leadership-balance').shadowRoot \
             .querySelectorAll('svg[role=img]')].map((svg) => svg.getAttribute('aria-label'));",
        )
        .await;
    assert!(
        charts.as_array().is_some_and(|labels| labels.iter().any(|l| l.as_str() == Some(summary.as_str()))),
        "{}: no chart is labelled {summary:?}: {charts}",
        s.code
    );
    widget.find("th", s.table_competency).await;
    widget.find("th", &instrument.competencies[0].name).await;
    assert_eq!(browser.sideways_overflow().await, 0, "{}: the results scroll sideways", s.code);

    widget.click_button(s.download_pdf).await;
    let pdf = browser.downloaded_file().await;
    assert_well_formed(&pdf);
    assert_eq!(pdf_tools::page_count(&pdf), 2, "{}: a two-page report", s.code);
    let text = words(&pdf_tools::text_of(&pdf));
    for expected in [
        s.results_heading,
        s.profiles[3].name,
        &instrument.competencies[0].short_name,
        &instrument.competencies[15].short_name,
        s.competencies_heading,
        s.reflection_questions[0],
        "Northwind Learning",
    ] {
        assert!(text.contains(&words(expected)), "{}: the PDF lacks {expected:?}:\n{text}", s.code);
    }
    std::fs::remove_file(&pdf).expect("the download is cleared for the next language");
}

#[tokio::test]
async fn a_learner_completes_the_assessment_and_the_pdf_in_every_other_language() {
    let server = StaticServer::start(bundle_dir());
    let browser = Browser::launch(860, 1000).await;
    for strings in [&GERMAN, &SPANISH, &FRENCH, &POLISH, &UKRAINIAN] {
        full_flow_in(&browser, &server, strings).await;
    }
    browser.close().await;
}

/// A `<leadership-balance>` element with the `lang` attribute `lang` and a config block
/// choosing `language`, where given.
fn element_in(lang: Option<&str>, language: Option<&str>) -> String {
    let lang = lang.map(|tag| format!(" lang=\"{tag}\"")).unwrap_or_default();
    let config = language
        .map(|code| format!(r#"<script type="application/json">{{"language": "{code}"}}</script>"#))
        .unwrap_or_default();
    format!("<leadership-balance{lang}>{config}</leadership-balance>")
}

#[tokio::test]
async fn the_language_is_the_attribute_then_the_config_then_the_browser() {
    let server = StaticServer::start(bundle_dir());
    let browser = Browser::launch_with_language(860, 900, "fr-FR").await;
    let language = browser.script("return navigator.language;").await;
    assert_eq!(language.as_str(), Some("fr-FR"), "the browser prefers French");

    // Each case: the element's `lang`, its config's `language`, and the language shown.
    let cases = [
        ("browser", None, None, &FRENCH),
        ("config", None, Some("de"), &GERMAN),
        ("attribute", Some("es-MX"), Some("de"), &SPANISH),
        ("config-pl", None, Some("pl"), &POLISH),
        ("attribute-uk", Some("uk-UA"), Some("pl"), &UKRAINIAN),
    ];
    for (name, lang, language, expected) in cases {
        let element = element_in(lang, language);
        browser
            .client
            .goto(&server.scratch_page(&format!("choose-{name}.html"), &element))
            .await
            .expect("loads");
        let widget = browser.widget(0).await;
        widget.wait_for_heading(expected.intro_heading).await;
        assert_eq!(widget_language(&browser).await.0, expected.code, "{name}");
    }
    browser.close().await;
}
