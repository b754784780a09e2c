//! Every learner's words print: on the release bundle, in Chromium, Firefox and WebKit, a
//! provider named in Polish with its own statements in Russian, a learner using the Polish
//! widget who writes notes in six scripts and in two that no embedded font has. The results
//! page names what the PDF cannot show before the download; the downloaded PDF is checked with
//! qpdf, pdffonts and pdftotext; the notes on the page stay as typed.

use e2e::pdf_tools::{self, assert_well_formed, run, words};
use e2e::{Browser, Engine, StaticServer, bundle_dir};
use leadership_balance::strings::{POLISH, fill};
use serde_json::{Value, json};

const PROVIDER: &str = "Szkoła Liderów – Łódź";

/// Notes in Polish, Czech, Turkish, Vietnamese, Greek and Ukrainian, one script mix per
/// reflection question; the last also holds Chinese and an emoji, which no embedded font has.
const NOTES: [&str; 4] = [
    "Zarządzać zespołem: źdźbło, żółć, Łódź. Dobrý manažer nejdřív naslouchá: řeč, úžasné.",
    "İyi bir yönetici önce dinler: ğüşıöç İĞÜŞÖÇ. Người quản lý giỏi lắng nghe trước.",
    "Ο καλός διευθυντής ακούει πρώτα και αποφασίζει μετά.",
    "Добрий керівник спершу слухає: їжак, ґанок, є, Ї. 领导力 🚀",
];

/// The built-in statements, renamed into a provider's own Russian instrument (another id, so
/// that its links are its own), with Polish course titles.
fn own_instrument() -> Value {
    let source = std::fs::read_to_string(
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../src/model/instrument.json"),
    )
    .expect("the built-in instrument");
    let mut instrument: Value = serde_json::from_str(&source).expect("JSON");
    instrument["id"] = json!("szkola-liderow-ru");
    for (i, competency) in
        instrument["competencies"].as_array_mut().expect("competencies").iter_mut().enumerate()
    {
        competency["name"] = json!(format!("Управление людьми и задачами № {}", i + 1));
        competency["short_name"] = json!(format!("Управление № {}", i + 1));
    }
    for (i, statement) in instrument["statements"].as_array_mut().expect("statements").iter_mut().enumerate()
    {
        statement["text"] = json!(format!("Я заранее распределяю работу в команде ({}).", i + 1));
        statement["observer"] = json!(format!("Он или она заранее распределяет работу ({}).", i + 1));
    }
    for (i, topic) in instrument["topics"].as_array_mut().expect("topics").iter_mut().enumerate() {
        topic["title"] = json!(format!("Zarządzanie zespołem, część {}", i + 1));
    }
    instrument
}

/// Types `note` into the `question`th reflection box as the browser would report typing.
async fn write_note(browser: &Browser, question: usize, note: &str) {
    let script = format!(
        r#"const box = document.querySelector("leadership-balance").shadowRoot
               .querySelectorAll(".lb-reflection textarea")[{question}];
           box.focus();
           box.value = {note};
           box.dispatchEvent(new InputEvent("input", {{ bubbles: true, inputType: "insertText" }}));"#,
        note = json!(note)
    );
    browser.script(&script).await;
}

async fn notes_print_in(engine: Engine, server: &StaticServer) {
    let s = &POLISH;
    let config = json!({ "provider": { "name": PROVIDER }, "instrument": own_instrument() });
    let url = server.scratch_page(
        "scripts.html",
        &format!(r#"<leadership-balance lang="pl"><script type="application/json">{config}</script></leadership-balance>"#),
    );
    let browser = Browser::launch_engine(engine, 860, 1000).await;
    browser.client.goto(&url).await.expect("the page loads");
    browser.script("localStorage.clear();").await;
    let widget = browser.widget(0).await;
    widget.wait_for_heading(s.intro_heading).await;
    assert_eq!(widget.text(".lb-eyebrow").await, PROVIDER, "{engine:?}");
    widget.click_button(s.start).await;
    widget.wait_for_heading(s.context_heading).await;
    widget.choose(s.experience_question, s.experience_options[1]).await;
    widget.choose(s.reports_question, s.reports_options[1]).await;
    widget.click_button(s.next).await;
    widget.wait_for_heading(s.statements_heading).await;
    browser.answer_everything(0).await;
    widget.wait_for_heading(s.results_heading).await;

    for (question, note) in NOTES.iter().enumerate() {
        write_note(&browser, question, note).await;
    }
    // Before the download, the learner is told which of their characters will not print.
    // Only those: every other letter of the six scripts prints.
    widget.find(".lb-pdf__unprintable", &fill(s.pdf_unprintable, &[("characters", "领 导 力 🚀")])).await;

    let pdf = browser.download_pdf(&widget, s.download_pdf).await;
    assert_well_formed(&pdf);
    let text = words(&pdf_tools::text_of(&pdf));
    // What no glyph shows is drawn as a marked stand-in, and the text behind it is the note's
    // own (ActualText), so every note comes back whole.
    for expected in NOTES.iter().copied().chain([PROVIDER, "Zarządzanie zespołem, część", "Управление № 1"])
    {
        assert!(text.contains(&words(expected)), "{engine:?}: the PDF lacks {expected:?}:\n{text}");
    }
    let fonts = String::from_utf8_lossy(&run("pdffonts", &[&pdf.to_string_lossy()]).stdout).into_owned();
    let rows: Vec<&str> = fonts.lines().skip(2).collect();
    assert_eq!(rows.len(), 2, "{engine:?}: the regular and the bold face:\n{fonts}");
    for row in rows {
        let cells: Vec<&str> = row.split_whitespace().collect();
        assert_eq!(cells[cells.len() - 5..cells.len() - 2], ["yes", "yes", "yes"], "{engine:?}: {row}");
        assert_eq!(cells[0].as_bytes().get(6), Some(&b'+'), "{engine:?}: a subset's name: {row}");
    }
    let size = std::fs::metadata(&pdf).expect("the PDF").len();
    assert!(size < 100_000, "{engine:?}: {size} bytes");

    // The notes on the device are unchanged.
    let kept = browser
        .script(
            r#"return [...document.querySelector("leadership-balance").shadowRoot
                   .querySelectorAll(".lb-reflection textarea")].map((box) => box.value);"#,
        )
        .await;
    assert_eq!(kept, json!(NOTES), "{engine:?}");
    std::fs::remove_file(&pdf).expect("the download is cleared");
    browser.close().await;
}

#[tokio::test]
async fn notes_and_a_providers_own_instrument_print_in_every_engine() {
    let server = StaticServer::start(bundle_dir());
    for engine in [Engine::Chromium, Engine::Firefox, Engine::WebKit] {
        notes_print_in(engine, &server).await;
    }
}
