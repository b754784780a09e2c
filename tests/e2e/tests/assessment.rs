//! A learner takes the whole assessment on the release bundle's demo page, in headless
//! Chromium under a strict Content-Security-Policy, and the results page and the PDF show
//! the indexes, profile and topics worked out by hand below.

use e2e::pdf_tools::{self, assert_well_formed};
use e2e::{Browser, Instrument, StaticServer, bundle_dir};

const SCALE: [&str; 5] = ["Never", "Rarely", "Sometimes", "Often", "Almost always"];

/// The level every statement of a competency is answered at (1..=5, before reverse-keying).
///
/// Management: all at Often (75 each) → management index 75.
/// Leadership: coaching, innovation, motivating at Often (75); developing others, networks,
/// consensus, change, inspiring at Sometimes (50); vision at Never (0)
/// → leadership index 475 / 9 = 52.8, shown as 53. Profile: management strong.
///
/// Topics at 3–5 years of experience (management × 0.8, leadership × 1.2), from the
/// competencies' distances to 100:
///   Motivation                 (100 + 50 + 25) × 1.2 = 210
///   Influence and persuasion   (50 + 50 + 50) × 1.2  = 180
///   Delegation and empowerment (25 + 50 + 25) × 1.2  = 120
///   Communication skills       (25 + 50 + 50) × 0.8  = 100, and lower ones.
fn level(competency: &str) -> usize {
    match competency {
        "vision" => 1,
        "developing_others" | "networks" | "consensus" | "change" | "inspiring" => 3,
        _ => 4,
    }
}

/// One management statement is answered "No chance to do this yet": its competency still has
/// two answers, so its score stays 75.
const NO_CHANCE_STATEMENT: &str = "When costs start to run over, I act early and say so.";

#[tokio::test]
async fn a_learner_completes_the_assessment_and_sees_the_expected_results() {
    let server = StaticServer::start(bundle_dir());
    let browser = Browser::launch(860, 1000).await;
    let instrument = Instrument::builtin();
    let by_text = instrument.by_text();
    assert_eq!(instrument.competencies.len(), 16);

    browser.client.goto(&server.url("/")).await.expect("the demo page loads");
    let widget = browser.widget(0).await;
    widget.wait_for_heading("Management or leadership: where should you grow next?").await;
    assert_eq!(widget.text(".lb-privacy p").await, "Your answers never leave this device.");
    assert_eq!(widget.text(".lb-eyebrow").await, "Northwind Learning", "the demo's config is applied");
    widget.click_button("Start the self-assessment").await;

    // Context questions: Next first says what is missing.
    widget.wait_for_heading("First, a little about your role").await;
    widget.click_button("Next").await;
    widget.find("[aria-live]", "Please answer both questions to continue.").await;
    widget.choose("How long have you been managing people?", "3–5 years").await;
    widget.choose("How many people report to you directly?", "4–8").await;
    widget.click_button("Next").await;

    widget.wait_for_heading("How often do you do this?").await;
    widget.click_button("Next").await;
    widget.find("[aria-live]", "Statements 1, 2, 3, 4, 5 and 6 still need an answer.").await;

    let mut answered = 0;
    for page in 0..8 {
        widget.find(".lb-card__counter", &format!("Statement {} of 48", page * 6 + 1)).await;
        let questions = widget.questions().await;
        assert_eq!(questions.len(), 6, "page {page} shows six statements");
        let mut competencies = std::collections::HashSet::new();
        for (text, fieldset) in questions {
            let (competency, reverse) =
                by_text.get(&text).unwrap_or_else(|| panic!("unknown statement: {text}"));
            competencies.insert(competency.clone());
            let label = if text == NO_CHANCE_STATEMENT {
                "No chance to do this yet"
            } else {
                let value = level(competency);
                SCALE[if *reverse { 5 - value } else { value - 1 }]
            };
            e2e::choose_in(&fieldset, label).await;
            answered += 1;
        }
        assert_eq!(competencies.len(), 6, "six different competencies on page {page}");
        widget.find(".lb-progress__label", &format!("{answered} of 48 answered")).await;
        widget.click_button(if page == 7 { "See my results" } else { "Next" }).await;
    }

    widget.wait_for_heading("Your leadership balance").await;
    assert_eq!(widget.text(".lb-profile__name").await, "Steady organizer");
    assert_eq!(widget.table_value("tfoot", "Management").await, "75");
    assert_eq!(widget.table_value("tfoot", "Leadership").await, "53");
    assert_eq!(widget.table_value("tbody", "Managing budgets").await, "75");
    assert_eq!(widget.table_value("tbody", "Creating an appealing vision").await, "0");
    let chart =
        widget.root.find(fantoccini::Locator::Css("svg.lb-chart--balance[role='img']")).await.expect("chart");
    assert_eq!(
        chart.attr("aria-label").await.expect("label").as_deref(),
        Some("Management scores 75 and leadership scores 53 out of 100.")
    );
    assert_eq!(
        widget.texts(".lb-topics > li h4").await,
        ["Motivation", "Influence and persuasion", "Delegation and empowerment"]
    );
    assert_eq!(
        widget.text(".lb-topic__reason").await,
        "Because Creating an appealing vision and Inspiring others towards the vision scored lowest."
    );
    // The demo config links a course to each topic.
    let course = widget.find(".lb-topic__course a", "What moves people").await;
    assert_eq!(
        course.attr("href").await.expect("href").as_deref(),
        Some("https://northwind.example/courses/motivation")
    );
    let strengths = widget.texts(".lb-columns .lb-section:first-child li").await;
    assert!(strengths[0].starts_with("Planning and organizing work and staff"), "{strengths:?}");
    let growth = widget.texts(".lb-columns .lb-section:last-child li").await;
    assert!(growth[0].starts_with("Creating an appealing vision"), "{growth:?}");

    browser.save_full_page("results.png").await;

    // The reflection keeps what is typed.
    let area = widget.root.find(fantoccini::Locator::Css("textarea")).await.expect("the first text box");
    area.send_keys("Ana, my first team lead").await.expect("typing");
    assert_eq!(area.prop("value").await.expect("value").as_deref(), Some("Ana, my first team lead"));

    // Download PDF: the file the browser saves is a valid PDF with the same results.
    widget.click_button("Download PDF").await;
    let pdf = browser.downloaded_file().await;
    let today = browser
        .script("const d = new Date(); return [d.getFullYear(), d.getMonth() + 1, d.getDate()].map(n => String(n).padStart(2, '0')).join('-');")
        .await;
    let today = today.as_str().expect("a date string");
    assert_eq!(
        pdf.file_name().and_then(|n| n.to_str()),
        Some(format!("leadership-balance-{today}.pdf").as_str())
    );
    assert_well_formed(&pdf);
    let text = pdf_tools::text_of(&pdf);
    for expected in [
        "Northwind Learning",
        "Steady organizer",
        "Management scores 75 and leadership scores 53 out of 100.",
        "1. Motivation",
        "2. Influence and persuasion",
        "3. Delegation and empowerment",
        "Our course: What moves people",
        "Ana, my first team lead",
        "What did you admire about them?",
    ] {
        assert!(text.contains(expected), "the PDF lacks {expected:?}:\n{text}");
    }
    let bytes = std::fs::read(&pdf).expect("the PDF");
    let link = b"/URI (https://northwind.example/courses/motivation)";
    assert!(bytes.windows(link.len()).any(|w| w == link), "the course is a clickable link");

    widget.click_button("Start again").await;
    widget.wait_for_heading("Management or leadership: where should you grow next?").await;

    browser.close().await;
}

#[tokio::test]
async fn at_320_px_wide_nothing_scrolls_sideways() {
    let server = StaticServer::start(bundle_dir());
    let browser = Browser::launch(320, 800).await;
    browser.client.goto(&server.url("/")).await.expect("the demo page loads");
    let check = |step: &'static str| {
        let client = browser.client.clone();
        async move {
            let viewport =
                client.execute("return document.documentElement.clientWidth;", vec![]).await.expect("width");
            assert_eq!(viewport.as_i64(), Some(320), "the viewport is 320 px wide");
            let overflow =
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth;";
            let extra = client.execute(overflow, vec![]).await.expect("overflow");
            assert_eq!(extra.as_i64(), Some(0), "{step}: the page scrolls sideways by {extra} px");
        }
    };

    let widget = browser.widget(0).await;
    widget.wait_for_heading("Management or leadership: where should you grow next?").await;
    check("intro").await;
    widget.click_button("Start the self-assessment").await;
    widget.wait_for_heading("First, a little about your role").await;
    widget.choose("How long have you been managing people?", "Not yet").await;
    widget.choose("How many people report to you directly?", "None").await;
    check("context").await;
    widget.click_button("Next").await;
    for page in 0..8 {
        widget.find(".lb-card__counter", &format!("Statement {} of 48", page * 6 + 1)).await;
        for (_, fieldset) in widget.questions().await {
            e2e::choose_in(&fieldset, "Sometimes").await;
        }
        check("statements").await;
        widget.click_button(if page == 7 { "See my results" } else { "Next" }).await;
    }
    widget.wait_for_heading("Your leadership balance").await;
    check("results").await;
    browser.close().await;
}
