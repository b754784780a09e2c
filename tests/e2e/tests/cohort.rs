//! The trainer's cohort page (cohort.html) on the release bundle: three learners take the
//! assessment on the widget and their trainer reads their links; a trainer pastes twelve
//! learners' result links with a bad line and a repeat, reads the summary, and downloads the
//! CSV and the PDF; by keyboard alone; in German; at 320 px; in Firefox and WebKit too (axe in
//! both colour schemes is in accessibility.rs); and five learners whose statements' α the test
//! works out by hand, read back from the reliability table, the config block and the figures'
//! CSV. Nothing the trainer pastes is sent anywhere.

#[path = "../../support/cohort_learners.rs"]
mod cohort_learners;

use fantoccini::key::Key;
use serde_json::Value;

use e2e::flows::{press, take_and_share};
use e2e::pdf_tools::{self, assert_well_formed};
use e2e::{Browser, Engine, StaticServer, open_bundle};
use leadership_balance::model::answers::{Answer, AnswerSheet, Context, Experience, Frequency};
use leadership_balance::model::instrument::{Instrument, Track};
use leadership_balance::model::share::encode;
use leadership_balance::strings::cohort::{COHORT_ENGLISH, COHORT_GERMAN, CohortWords};
use leadership_balance::strings::{self, GERMAN};

/// What the first PDF download fetches: the PDF's fonts, beside the page's other files.
const FONT_REQUESTS: [&str; 2] = ["GET /core/fonts/sans-regular.lbfont", "GET /core/fonts/sans-bold.lbfont"];

const ADVICE: &str = "Start with management basics: 9 of 12 learners are new to managing people, and their management index is lower.";

/// A learner of the built-in instrument whose management statements all score `management`
/// and leadership ones `leadership`.
fn learner(management: Frequency, leadership: Frequency, experience: Experience) -> String {
    cohort_learners::learner(&Instrument::builtin().expect("valid"), management, leadership, experience)
}

/// What the trainer pastes: twelve learners as links (nine new to managing people and lower on
/// management), a line that is not a result (line 5), and one learner sent twice (line 14).
fn pasted(server: &StaticServer) -> String {
    let codes = cohort_learners::twelve(&Instrument::builtin().expect("valid"));
    let mut lines: Vec<String> = codes.iter().map(|code| format!("{}#lb={code}", server.url("/"))).collect();
    lines.insert(4, "Timestamp,Name,Result".to_owned());
    lines.push(lines[0].clone());
    lines.join("\n")
}

async fn visible_text(browser: &Browser) -> String {
    browser.script("return document.body.innerText;").await.as_str().unwrap_or_default().to_owned()
}

async fn button(browser: &Browser, label: &str) -> fantoccini::elements::Element {
    browser.wait_for(&format!("//button[normalize-space(.)='{label}']")).await
}

/// Pastes, adds, and checks what the summary says, in `engine`.
async fn trainer_reads_the_cohort(engine: Engine) -> (StaticServer, Browser) {
    let (server, browser) = open_bundle(engine, "/cohort.html", 1000, 1100).await;
    browser.wait_for("//h1[normalize-space(.)=\"Your group's leadership balance\"]").await;
    let loaded = server.requests().len();

    let field =
        browser.wait_for("//textarea[@id=(//label[normalize-space(.)='Result links or codes']/@for)]").await;
    // Typed as keys, with Enter between lines: WebKitGTK's driver drops "\n" from send_keys.
    field.click().await.expect("the text box focused");
    press(&browser, &pasted(&server).replace('\n', &Key::Enter.to_string())).await;
    button(&browser, "Add these results").await.click().await.expect("Add");
    browser.wait_for("//h2[normalize-space(.)='12 learners']").await;

    let text = visible_text(&browser).await;
    for wanted in [
        ADVICE,
        "Line 5: the link contains characters a result link never has",
        "Results sent twice count once: 1 left out.",
        "Rising manager",
        "What the group needs most",
        "of 12 have it among their next three topics",
        "Competency by competency",
    ] {
        assert!(text.contains(wanted), "{engine:?}: the page lacks {wanted:?}:\n{text}");
    }
    assert!(!text.contains("can be recognised"), "twelve learners need no small-group note");
    let charts = browser.script("return Array.from(document.querySelectorAll('svg[role=img]'), (s) => s.getAttribute('aria-label'));").await;
    let charts: Vec<String> =
        charts.as_array().into_iter().flatten().filter_map(Value::as_str).map(str::to_owned).collect();
    assert_eq!(charts.len(), 3, "{engine:?}: profiles, indexes, competencies");
    assert!(charts[0].starts_with("Bar chart of 12 learners by profile: "), "{}", charts[0]);
    assert!(charts[1].contains("the median management index is 37.5"), "{}", charts[1]);
    assert_eq!(
        server.requests().len(),
        loaded,
        "{engine:?}: reading the cohort asked the server for nothing"
    );
    (server, browser)
}

#[tokio::test]
async fn a_trainer_pastes_twelve_links_reads_the_summary_and_downloads_csv_and_pdf() {
    let (server, browser) = trainer_reads_the_cohort(Engine::Chromium).await;
    browser.save_full_page("cohort-summary.png").await;
    let loaded = server.requests().len();

    button(&browser, "Download CSV").await.click().await.expect("CSV");
    let csv_path = browser.downloaded_file().await;
    assert!(csv_path.to_string_lossy().ends_with(".csv"), "{}", csv_path.display());
    let csv = std::fs::read_to_string(&csv_path).expect("the CSV");
    assert!(csv.starts_with('\u{feff}'), "a byte-order mark");
    let rows: Vec<&str> = csv.trim_end().split("\r\n").collect();
    assert_eq!(rows.len(), 13, "a header and twelve learners");
    assert!(rows[0].ends_with("management,leadership,profile"), "{}", rows[0]);
    assert!(rows[1].contains(",not_yet,"), "{}", rows[1]);
    std::fs::remove_file(&csv_path).expect("cleared for the next download");

    button(&browser, "Download PDF").await.click().await.expect("PDF");
    let pdf = browser.downloaded_file().await;
    assert_well_formed(&pdf);
    assert_eq!(pdf_tools::page_count(&pdf), 3, "the summary, the competencies, the reliability");
    let text = pdf_tools::words(&pdf_tools::text_of(&pdf));
    assert!(text.contains(ADVICE) && text.contains("12 learners"), "{text}");
    assert!(text.contains("How reliable are these statements on your learners?"), "{text}");
    assert!(text.starts_with("Northwind Learning"), "the provider's name from cohort.html's config: {text}");
    // Only the PDF's two font files, static and the same for everyone: nothing the trainer
    // pasted goes with them.
    assert_eq!(server.requests()[loaded..], FONT_REQUESTS, "the downloads asked for nothing else");

    // Kept on this device only when the trainer ticks the box: a reload brings it back,
    // unticking forgets it.
    let key = "return localStorage.getItem('leadership-balance:cohort');";
    assert_eq!(browser.script(key).await, Value::Null, "nothing kept before the box is ticked");
    let keep = "//label[normalize-space(.)='Keep this cohort on this device']/input";
    browser.wait_for(keep).await.click().await.expect("ticked");
    let kept = browser.script(key).await;
    assert_eq!(kept.as_str().map(|codes| codes.lines().count()), Some(12), "the twelve codes, nothing else");
    browser.client.refresh().await.expect("reloaded");
    browser.wait_for("//h2[normalize-space(.)='12 learners']").await;
    browser.wait_for(keep).await.click().await.expect("unticked");
    assert_eq!(browser.script(key).await, Value::Null, "forgotten");
    browser.client.refresh().await.expect("reloaded");
    browser.wait_for("//textarea[@id='lb-cohort-paste']").await;
    let empty = browser.script("return document.querySelector('.lb-cohort__summary') === null;").await;
    assert_eq!(empty, Value::Bool(true), "a forgotten cohort does not come back");
    // The reloads fetched the page's own files again, and nothing else (the fonts are the
    // first PDF's, above).
    let page_files = [
        "/core/fonts/sans-regular.lbfont",
        "/core/fonts/sans-bold.lbfont",
        "/cohort.html",
        "/example-config.json",
        "/leadership-balance.css",
        "/cohort.css",
        "/cohort/cohort.js",
        "/cohort-page.js",
        "/cohort/cohort_bg.wasm",
        "/favicon.ico",
    ];
    for request in &server.requests()[loaded..] {
        assert!(
            page_files.iter().any(|file| request == &format!("GET {file}")),
            "unexpected request: {request}"
        );
    }

    // Start a new cohort: the summary goes, the page is ready for the next paste.
    let field = browser.wait_for("//textarea[@id='lb-cohort-paste']").await;
    field.send_keys(&learner(Frequency::Often, Frequency::Often, Experience::NotYet)).await.expect("pasted");
    button(&browser, "Add these results").await.click().await.expect("Add");
    browser.wait_for("//h2[normalize-space(.)='1 learner']").await;
    button(&browser, "Start a new cohort").await.click().await.expect("clear");
    let gone = browser.script("return document.querySelector('.lb-cohort__summary') === null;").await;
    assert_eq!(gone, Value::Bool(true));
    browser.close().await;
}

#[tokio::test]
async fn the_cohort_page_works_in_firefox_and_webkit() {
    for engine in [Engine::Firefox, Engine::WebKit] {
        let (_server, browser) = trainer_reads_the_cohort(engine).await;
        browser.close().await;
    }
}

#[tokio::test]
async fn by_keyboard_alone_in_german_at_320_px() {
    let (_server, browser) = open_bundle(Engine::Chromium, "/cohort.html?lang=de", 320, 900).await;
    browser.wait_for("//h1[normalize-space(.)='Die Führungsbalance Ihrer Gruppe']").await;
    // Tab reaches the text box first; type, Tab to the button, Enter.
    press(&browser, &Key::Tab.to_string()).await;
    let focused = browser.script("return document.activeElement.id;").await;
    assert_eq!(focused, Value::String("lb-cohort-paste".to_owned()), "the text box comes first");
    let one = learner(Frequency::Often, Frequency::Sometimes, Experience::OneToThreeYears);
    press(&browser, &one).await;
    press(&browser, &Key::Tab.to_string()).await;
    press(&browser, &Key::Enter.to_string()).await;
    browser.wait_for("//h2[normalize-space(.)='1 Person']").await;
    let text = visible_text(&browser).await;
    assert!(text.contains("Bei weniger als drei Teilnehmenden lässt sich jede Person"), "{text}");
    // Management 75, leadership 50: the German profile name, and the advice for someone who
    // has managed for a while.
    assert!(text.contains("Stark im Organisieren"), "German profile names: {text}");
    assert!(text.contains("Setzen Sie auf Führung: 1 von 1 Teilnehmenden"), "{text}");
    assert_eq!(browser.sideways_overflow().await, 0, "nothing scrolls sideways at 320 px");
    browser.close().await;
}

/// A form tool's export, as a trainer downloads it: a header, quoted cells, the link in the
/// third column, Windows line ends; and a line with a damaged link.
fn form_export(server: &StaticServer) -> String {
    use Frequency::*;
    let rows = [
        ("2026-11-02 09:14", "Ana", learner(Rarely, Often, Experience::NotYet)),
        ("2026-11-02 10:03", "Ben", learner(Sometimes, Often, Experience::UnderOneYear)),
        ("2026-11-03 16:40", "Chloé", learner(Often, Rarely, Experience::OverFiveYears)),
    ];
    let mut text = String::from("\u{feff}\"Timestamp\",\"Name\",\"Result link\"\r\n");
    for (time, name, code) in rows {
        text.push_str(&format!("\"{time}\",\"{name}\",\"{}#lb={code}\"\r\n", server.url("/")));
    }
    let mut damaged = learner(Often, Often, Experience::NotYet);
    let swapped = if &damaged[10..11] == "A" { "B" } else { "A" };
    damaged.replace_range(10..11, swapped);
    text.push_str(&format!("\"2026-11-04 08:00\",\"Dev\",\"{}#lb={damaged}\"\r\n", server.url("/")));
    text
}

#[tokio::test]
async fn a_form_tools_csv_export_is_chosen_as_a_file() {
    for engine in [Engine::Chromium, Engine::Firefox] {
        let (server, browser) = open_bundle(engine, "/cohort.html", 1000, 1100).await;
        let file = std::env::temp_dir().join(format!("cohort-export-{engine:?}.csv"));
        std::fs::write(&file, form_export(&server)).expect("the export written");
        let chooser = browser
            .wait_for("//input[@id=(//label[starts-with(normalize-space(.), 'Or choose a text or CSV file')]/@for)]")
            .await;
        chooser.send_keys(&file.to_string_lossy()).await.expect("the file chosen");
        browser.wait_for("//h2[normalize-space(.)='3 learners']").await;
        let text = visible_text(&browser).await;
        assert!(
            text.contains("Line 5: the link is damaged: part of it was changed or lost"),
            "{engine:?}: {text}"
        );
        assert!(!text.contains("Line 1:"), "{engine:?}: the header row is skipped, not reported: {text}");
        browser.close().await;
        let _ = std::fs::remove_file(&file);
    }
}

/// Three learners take the assessment on the demo page, one after another on the same
/// device, each answering every management statement at one level and every leadership
/// statement at another; their trainer pastes the three links the results page gave them.
///
/// | learner | experience | management | leadership | profile (threshold 60) |
/// |---|---|---|---|---|
/// | 1 | Not yet | Rarely: 25 | Often: 75 | People champion |
/// | 2 | Under 1 year | Sometimes: 50 | Sometimes: 50 | Rising manager |
/// | 3 | Over 5 years | Almost always: 100 | Rarely: 25 | Steady organizer |
///
/// Both medians are 50. Two of three are new to managing people; their own medians are
/// management 37.5 and leadership 62.5, so the advice is management basics, lower.
#[tokio::test]
async fn three_learners_take_the_assessment_and_their_trainer_reads_their_links() {
    let (server, browser) = open_bundle(Engine::Chromium, "/", 1000, 1100).await;
    let widget = browser.widget(0).await;
    let instrument = Instrument::builtin().expect("valid");
    let track_of = |id: &str| instrument.competencies.iter().find(|c| c.id == id).map(|c| c.track);
    let mut links = Vec::new();
    for (experience, reports, management, leadership) in
        [("Not yet", "None", 2, 4), ("Under 1 year", "1–3", 3, 3), ("Over 5 years", "9 or more", 5, 2)]
    {
        let level_of = |competency: &str| match track_of(competency) {
            Some(Track::Management) => management,
            _ => leadership,
        };
        links.push(take_and_share(&widget, experience, reports, &level_of).await);
    }
    assert!(links.iter().all(|l| l.starts_with(&format!("{}#lb=", server.url("/")))), "{links:?}");

    browser.client.goto(&server.url("/cohort.html")).await.expect("the cohort page loads");
    let field = browser.wait_for("//textarea[@id='lb-cohort-paste']").await;
    let loaded = server.requests().len();
    // Typed as keys with Enter between lines, as a trainer pastes them line by line.
    field.click().await.expect("the text box focused");
    press(&browser, &links.join(&Key::Enter.to_string())).await;
    button(&browser, "Add these results").await.click().await.expect("Add");
    browser.wait_for("//h2[normalize-space(.)='3 learners']").await;

    let text = visible_text(&browser).await;
    let advice = "Start with management basics: 2 of 3 learners are new to managing people, and their management index is lower.";
    assert!(text.contains(advice), "{text}");
    assert!(!text.contains("can be recognised"), "three learners need no small-group note: {text}");
    let charts = browser.script("return Array.from(document.querySelectorAll('svg[role=img]'), (s) => s.getAttribute('aria-label'));").await;
    let charts: Vec<&str> = charts.as_array().into_iter().flatten().filter_map(Value::as_str).collect();
    assert_eq!(
        charts[0],
        "Bar chart of 3 learners by profile: Well-rounded 0, Steady organizer 1, People champion 1, Rising manager 1."
    );
    assert!(
        charts[1].contains("the median management index is 50 and the median leadership index 50"),
        "{}",
        charts[1]
    );
    // Each competency: 25, 50, 100 (management, median 50) or 75, 50, 25 (leadership, median 50).
    assert!(charts[2].contains("Budgets 50"), "{}", charts[2]);

    button(&browser, "Download CSV").await.click().await.expect("CSV");
    let csv_path = browser.downloaded_file().await;
    let csv = std::fs::read_to_string(&csv_path).expect("the CSV");
    let rows: Vec<&str> = csv.trim_start_matches('\u{feff}').trim_end().split("\r\n").collect();
    assert_eq!(rows.len(), 4, "a header and three learners: {csv}");
    // The last three cells: management, leadership, profile.
    let tails: Vec<String> =
        rows[1..].iter().map(|row| row.rsplitn(4, ',').take(3).collect::<Vec<_>>().join("|")).collect();
    assert_eq!(tails, ["leadership_strong|75|25", "both_growing|50|50", "management_strong|25|100"]);
    for (row, link) in rows[1..].iter().zip(&links) {
        let code = link.split_once("#lb=").map(|(_, code)| code).unwrap_or_default();
        assert!(row.starts_with(code), "each row starts with its learner's code: {row}");
    }
    std::fs::remove_file(&csv_path).expect("cleared for the next download");

    button(&browser, "Download PDF").await.click().await.expect("PDF");
    let pdf = browser.downloaded_file().await;
    assert_well_formed(&pdf);
    let text = pdf_tools::words(&pdf_tools::text_of(&pdf));
    assert!(text.contains(advice) && text.contains("3 learners"), "{text}");
    assert!(text.starts_with("Northwind Learning"), "the provider's name heads the PDF: {text}");
    assert_eq!(
        server.requests()[loaded..],
        FONT_REQUESTS,
        "reading the links and both downloads asked for nothing but the PDF's fonts"
    );
    browser.close().await;
}

/// Five learners who answer each competency's three first-stage statements at these points of
/// the scale (reverse-keyed statements answered mirrored, so that they score the same), and
/// nothing else:
///
/// | learner | 1st | 2nd | 3rd | sum |
/// |---|---|---|---|---|
/// | A | 1 | 2 | 2 | 5 |
/// | B | 2 | 2 | 3 | 7 |
/// | C | 3 | 4 | 3 | 10 |
/// | D | 4 | 4 | 5 | 13 |
/// | E | 5 | 3 | 4 | 12 |
///
/// The statements' variances are 2.5, 1.0 and 1.3 (4.8 in all) and the sums' 11.3, so
/// α = 3/2 · (1 − 4.8/11.3) = 0.8628, shown as 0.86. Feldt's 95 % interval, with F on 4 and 8
/// degrees of freedom (F(.975) = 5.053 and F(.025) = 1/8.980 from printed tables), runs from
/// 1 − 0.1372 · 5.053 = 0.31 to 1 − 0.1372 · 0.1114 = 0.98. A score is (mean − 1) · 25, so its
/// spread is 25/3 · √11.3 = 28.01 points and the SEM 28.01 · √0.1372 = 10.4. Every competency
/// scores the same for a learner, so both indexes' α is exactly 1.
fn five_learners(server: &StaticServer) -> String {
    let instrument = Instrument::builtin().expect("valid");
    let rows: [[u8; 3]; 5] = [[1, 2, 2], [2, 2, 3], [3, 4, 3], [4, 4, 5], [5, 3, 4]];
    let links: Vec<String> = rows
        .iter()
        .map(|row| {
            let mut sheet = AnswerSheet::new(instrument.statements.len());
            for c in 0..instrument.competencies.len() {
                let first = instrument.statements_of(c).iter().filter(|&&s| !instrument.is_extra(s));
                for (place, &s) in first.enumerate() {
                    let level = Frequency::from_value(row[place]).expect("on the scale");
                    let answer = if instrument.statements[s].reverse { level.mirrored() } else { level };
                    sheet.set(s, Answer::Frequency(answer));
                }
            }
            let context = Context { experience: Some(Experience::OneToThreeYears), reports: None };
            format!("{}#lb={}", server.url("/"), encode(&instrument, &sheet, &context))
        })
        .collect();
    links.join("\n")
}

/// The cohort page at `path` in the language of `words`, with [`five_learners`] added and
/// their reliability section drawn.
async fn five_learners_added(path: &str, words: &CohortWords) -> (StaticServer, Browser) {
    let (server, browser) = open_bundle(Engine::Chromium, path, 1000, 1100).await;
    browser.wait_for("//textarea[@id='lb-cohort-paste']").await;
    let links = serde_json::to_string(&five_learners(&server)).expect("JSON");
    browser.script(&format!("document.getElementById('lb-cohort-paste').value = {links};")).await;
    button(&browser, words.add_button).await.click().await.expect("Add");
    browser.wait_for(&format!("//h2[normalize-space(.)='{}']", words.reliability_heading)).await;
    (server, browser)
}

/// The reliability table's rows, each cell's text.
async fn reliability_table(browser: &Browser) -> Vec<Vec<String>> {
    let rows = browser
        .script(
            "return [...document.querySelectorAll('.lb-cohort__reliability-table tbody tr, \
             .lb-cohort__reliability-table tfoot tr')].map((tr) => [...tr.children].map((c) => c.textContent));",
        )
        .await;
    serde_json::from_value(rows).expect("the table's rows")
}

/// The block for the provider's config, as the page offers it.
async fn config_block(browser: &Browser) -> String {
    let block = browser.script("return document.getElementById('lb-cohort-block').value;").await;
    block.as_str().unwrap_or_default().to_owned()
}

#[tokio::test]
async fn a_trainer_reads_the_reliability_the_test_worked_out_by_hand_and_copies_the_block() {
    let (_server, browser) = five_learners_added("/cohort.html", &COHORT_ENGLISH).await;

    let text = visible_text(&browser).await;
    for wanted in [
        "Measured on the 48 statements every learner answers",
        "Fewer than 30 learners stand behind some of these figures: read them as rough.",
        "Every statement goes with the rest of its competency",
    ] {
        assert!(text.contains(wanted), "the page lacks {wanted:?}:\n{text}");
    }
    let rows = reliability_table(&browser).await;
    let instrument = Instrument::builtin().expect("valid");
    assert_eq!(rows.len(), instrument.competencies.len() + 2, "{rows:?}");
    for (row, competency) in rows.iter().zip(&instrument.competencies) {
        assert_eq!(row, &[competency.name.as_str(), "0.86 (0.31 to 0.98)", "10.4", "5"], "{rows:?}");
    }
    assert_eq!(rows[16], ["Management index", "1.00 (1.00 to 1.00)", "0.0", "5"]);
    assert_eq!(rows[17], ["Leadership index", "1.00 (1.00 to 1.00)", "0.0", "5"]);
    // The table, the block's field and its buttons pass axe (accessibility.rs checks the
    // rest of the page in both colour schemes).
    let axe = std::fs::read_to_string(e2e::node_modules().join("axe-core/axe.min.js")).expect("axe-core");
    browser.client.execute(&axe, vec![]).await.expect("axe loaded");
    let violations = browser
        .client
        .execute_async(
            r#"const done = arguments[arguments.length - 1];
            axe.run(".lb-cohort__reliability",
                    { runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"] } })
              .then((r) => done(r.violations.map((v) => `${v.id}: ${v.help}`)))
              .catch((e) => done([`axe failed: ${e}`]));"#,
            vec![],
        )
        .await
        .expect("axe ran");
    assert_eq!(violations, Value::Array(Vec::new()), "axe on the reliability section");

    browser.save_full_page("cohort-reliability.png").await;

    // The block for the provider's config, one competency a line, and the copy button.
    let block = config_block(&browser).await;
    assert!(block.starts_with("\"reliability\": {\n    \"learners\": 5,"), "{block}");
    assert!(block.contains(r#""budgets": { "alpha": 0.86, "sem": 10.4, "statements": 3 }"#), "{block}");
    let config: Value = serde_json::from_str(&format!("{{{block}}}")).expect("the block is JSON");
    assert_eq!(config["reliability"]["competencies"].as_object().map(|c| c.len()), Some(16));
    button(&browser, "Copy the reliability block for your config").await.click().await.expect("copy");
    let status = "//span[@role='status'][normalize-space(.)='Copied.' or \
        normalize-space(.)='Press Ctrl+C (or ⌘C) to copy the selected block.']";
    browser.wait_for(status).await;

    // The figures' own CSV.
    button(&browser, "Download these figures (CSV)").await.click().await.expect("CSV");
    let csv_path = browser.downloaded_file().await;
    assert!(csv_path.to_string_lossy().contains("cohort-reliability-"), "{}", csv_path.display());
    let csv = std::fs::read_to_string(&csv_path).expect("the CSV");
    assert!(csv.contains("\r\nbudgets,competency,,5,3,0.863,0.307,0.985,10.37,,\r\n"), "{csv}");
    std::fs::remove_file(&csv_path).expect("cleared");

    // On a 320 px screen the table scrolls inside its own box; the page does not.
    browser.client.set_window_size(320, 900).await.expect("resized");
    let width = browser.script("return document.documentElement.clientWidth;").await;
    assert!(width.as_u64().is_some_and(|w| w <= 320), "the window is narrow: {width}");
    assert_eq!(browser.sideways_overflow().await, 0, "nothing scrolls sideways at 320 px");
    browser.close().await;
}

/// In German the page writes its figures with a decimal comma, in the table and on the charts;
/// the block for the config and the figures' CSV keep points, for the programs that read them.
#[tokio::test]
async fn in_german_the_figures_have_a_decimal_comma_and_the_block_keeps_points() {
    let (_server, browser) = five_learners_added("/cohort.html?lang=de", &COHORT_GERMAN).await;
    let german = strings::localize(&Instrument::builtin().expect("valid"), &GERMAN);
    let rows = reliability_table(&browser).await;
    assert_eq!(rows[0], [german.competencies[0].name.as_str(), "0,86 (0,31 bis 0,98)", "10,4", "5"]);
    assert_eq!(rows[16][1..3], ["1,00 (1,00 bis 1,00)", "0,0"]);
    // Each learner's index is (mean − 1) · 25: 16.7, 33.3, 58.3, 83.3 and 75, the median 58.3.
    let charts = browser
        .script("return [...document.querySelectorAll('svg text')].map((t) => t.textContent).join(' | ');")
        .await;
    let charts = charts.as_str().unwrap_or_default();
    assert!(charts.contains("Median 58,3") && !charts.contains("58.3"), "{charts}");
    let block = config_block(&browser).await;
    assert!(block.contains(r#""budgets": { "alpha": 0.86, "sem": 10.4, "statements": 3 }"#), "{block}");
    browser.close().await;
}
