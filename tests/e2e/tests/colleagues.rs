//! The colleague's view on the release bundle, with no server: a learner asks for feedback by
//! link; colleagues, each in a browser of their own, answer through it; the learner pastes
//! their answers and sees, with two, only the indexes, and with three, a blind spot and a
//! hidden strength, on the page and in the PDF. Bad pastes get a
//! sentence; the learner's own request link offers a preview; nothing is requested from the
//! server on the way.

use fantoccini::Locator;

use e2e::flows::{
    COLLEAGUE, answer_pages_with, assert_pdf_holds, rank_topics_by_colleagues, take_assessment,
};
use e2e::pdf_tools::{self, assert_well_formed};
use e2e::{Browser, Engine, StaticServer, Widget, bundle_dir};
use leadership_balance::model::answers::{Answer, Experience, Frequency};
use leadership_balance::model::colleague::{ColleagueView, decode_response, encode_request};
use leadership_balance::model::instrument::Instrument;
use leadership_balance::model::report::in_full;
use leadership_balance::model::uncertainty::{ErrorModel, tier_topics};
use leadership_balance::strings::ENGLISH;

async fn value(widget: &Widget, css: &str) -> String {
    let field = widget.root.find(Locator::Css(css)).await.unwrap_or_else(|e| panic!("{css}: {e}"));
    field.prop("value").await.expect("value").unwrap_or_default()
}

async fn type_into(widget: &Widget, css: &str, keys: &str) {
    let field = widget.root.find(Locator::Css(css)).await.unwrap_or_else(|e| panic!("{css}: {e}"));
    field.send_keys(keys).await.expect("typed");
}

/// A colleague, in a browser of their own, opens `request` and answers every statement at
/// `level_of(competency)` (`None`: "I haven't seen this"); returns the answer link.
async fn colleague_answers(
    engine: Engine,
    server: &StaticServer,
    request: &str,
    level_of: &dyn Fn(&str) -> Option<usize>,
) -> String {
    let browser = Browser::launch_engine(engine, 860, 1000).await;
    browser.client.goto(request).await.expect("the request link opens");
    let widget = browser.widget(0).await;
    widget.wait_for_heading("Ana asked how you see their work").await;
    let loaded = server.requests().len();
    widget.click_button("Start").await;
    widget.wait_for_heading("How often do they do this?").await;
    assert_eq!(
        widget.texts(".lb-card legend").await.len(),
        6,
        "six statements a page, in the colleague's words"
    );
    answer_pages_with(&widget, 0..8, &COLLEAGUE, &|_, competency| level_of(competency)).await;
    widget.wait_for_heading("Thank you. Now send your answers back").await;
    let answer = value(&widget, ".lb-colleague input").await;
    let kept = browser.script("return localStorage.length;").await;
    assert_eq!(kept.as_u64(), Some(0), "nothing of the colleague's is stored on their device");
    assert_eq!(server.requests().len(), loaded, "answering asked the server for nothing");
    browser.close().await;
    answer
}

/// A colleague's level for each competency: `planning` and `vision` as given, every other
/// competency Sometimes (3).
fn planning_and_vision(planning: usize, vision: usize) -> impl Fn(&str) -> Option<usize> {
    move |competency| {
        Some(match competency {
            "planning" => planning,
            "vision" => vision,
            _ => 3,
        })
    }
}

/// The learner rates planning 100, vision 25 and everything else 50. Colleague one sees
/// planning at 50 and vision at 75; colleague two planning at 25, vision at 100, and has not
/// seen any budget work; both see everything else at 50. (Colleague three comes later.)
///
/// With two answers, the colleagues' indexes: management (37.5 + 6 × 50) / 7 = 48 (planning's
/// mean (50 + 25) / 2; budgets 50 from colleague one alone), leadership (87.5 + 8 × 50) / 9 =
/// 54; the learner's own are (100 + 6 × 50) / 7 = 57 and (25 + 8 × 50) / 9 = 47.
#[tokio::test]
async fn a_learner_asks_colleagues_and_sees_blind_spots_only_from_three_answers() {
    let server = StaticServer::start(bundle_dir());
    let learner = Browser::launch(860, 1000).await;
    learner.client.goto(&server.url("/")).await.expect("the demo page loads");
    let widget = learner.widget(0).await;
    let own = |competency: &str| match competency {
        "planning" => 5,
        "vision" => 2,
        _ => 3,
    };
    take_assessment(&widget, "Under 1 year", "1–3", &own).await;
    let loaded = server.requests().len();

    widget.find(".lb-colleagues h3", "Ask colleagues for their view").await;
    type_into(&widget, ".lb-colleagues--ask input:not([readonly])", "Ana").await;
    let request = value(&widget, ".lb-colleagues--ask input[readonly]").await;
    assert!(request.starts_with(&format!("{}#lb-ask=", server.url("/"))), "{request}");
    let mail = widget.find(".lb-colleagues--ask a", "Send by email").await;
    let href = mail.attr("href").await.expect("href").unwrap_or_default();
    assert!(href.starts_with("mailto:?subject=Would%20you%20give%20me"), "{href}");
    // This panel's own Copy (the share panel above has one too): copying notes on this
    // device that the request is the learner's own.
    widget.find(".lb-colleagues--ask button", "Copy the link").await.click().await.expect("copied");

    let first = colleague_answers(Engine::Chromium, &server, &request, &planning_and_vision(3, 4)).await;
    let second = colleague_answers(Engine::Chromium, &server, &request, &|competency| match competency {
        "planning" => Some(2),
        "vision" => Some(5),
        "budgets" => None,
        _ => Some(3),
    })
    .await;
    assert!(first.contains("#lb-re=") && second.contains("#lb-re=") && first != second);

    // Bad pastes say what is wrong and count nothing.
    let paste = ".lb-colleagues--view input[type=text]";
    let status = ".lb-colleagues--view .lb-status";
    let share = value(&widget, ".lb-share input").await;
    type_into(&widget, paste, &share).await;
    widget.click_button("Add this answer").await;
    widget
        .find(
            status,
            "This is a result link, not a colleague’s answer. Colleagues answer through the link you send them with “Ask colleagues for their view”.",
        )
        .await;
    assert_eq!(value(&widget, paste).await, share, "a bad paste stays in the box to fix");
    widget.root.find(Locator::Css(paste)).await.expect("box").clear().await.expect("cleared");
    type_into(&widget, paste, &first[..first.len() - 4]).await;
    widget.click_button("Add this answer").await;
    let said = widget.text(status).await;
    assert!(said.starts_with("This answer link could not be read: "), "{said}");
    widget.root.find(Locator::Css(paste)).await.expect("box").clear().await.expect("cleared");

    for answer in [&first, &second] {
        type_into(&widget, paste, answer).await;
        widget.click_button("Add this answer").await;
        widget.find(status, "Added. The link itself is not kept: only the average and the count are.").await;
        assert_eq!(value(&widget, paste).await, "", "the link leaves the box once counted");
    }
    type_into(&widget, paste, &first).await;
    widget.click_button("Add this answer").await;
    widget.find(status, "This answer has already been counted.").await;

    // Two answers: only the indexes, so that neither colleague's answers can be told apart.
    widget.find(".lb-colleagues__count", "Combined from 2 colleagues’ answers.").await;
    widget
        .find(
            ".lb-colleagues .lb-notes",
            "Until 3 colleagues have answered, only the two indexes are shown, so that no one’s answers can be told from the others.",
        )
        .await;
    assert_eq!(
        widget.text(".lb-colleagues__indexes").await,
        "Management: you 57, colleagues 48. Leadership: you 47, colleagues 54."
    );
    assert!(widget.texts(".lb-colleagues__view ul li").await.is_empty(), "no competency's figures yet");
    assert_eq!(widget.texts(".lb-colleagues__view h4").await, ["The balance as colleagues see it"]);
    let instrument = Instrument::builtin().expect("valid");
    let errors = ErrorModel::default_for(&instrument);
    let mut combined = ColleagueView::new(&instrument);
    for answer in [&first, &second] {
        combined.add_pasted(&instrument, answer).expect("the same answers the page counted");
    }
    let balance =
        widget.root.find(Locator::Css(".lb-colleagues__view svg.lb-chart--balance")).await.expect("chart");
    let label = balance.attr("aria-label").await.expect("label").unwrap_or_default();
    assert_eq!(label, ENGLISH.balance_summary_for(&combined.bands(&instrument, &errors)));
    assert!(
        label.starts_with("Management scores 48 (likely "),
        "the colleagues' balance, with its ranges: {label}"
    );
    let two = learner.download_pdf(&widget, "Download PDF").await;
    let text = pdf_tools::words(&pdf_tools::text_of(&two));
    assert!(text.contains("Combined from 2 colleagues’ answers."), "{text}");
    assert!(!text.contains("Blind spots"), "not in the PDF either:\n{text}");
    std::fs::remove_file(&two).expect("the download is cleared for the next one");

    // A third colleague: planning at Rarely, vision at Almost always. Means: planning
    // (50 + 25 + 25) / 3 = 33, vision (75 + 100 + 100) / 3 = 92; both gaps are beyond the
    // combined error, so both are named.
    let third = colleague_answers(Engine::Chromium, &server, &request, &planning_and_vision(2, 5)).await;
    widget.root.find(Locator::Css(paste)).await.expect("box").clear().await.expect("cleared");
    type_into(&widget, paste, &third).await;
    widget.click_button("Add this answer").await;
    widget.find(".lb-colleagues__count", "Combined from 3 colleagues’ answers.").await;
    assert_eq!(
        widget.text(".lb-colleagues__indexes").await,
        "Management: you 57, colleagues 48. Leadership: you 47, colleagues 55."
    );
    assert_eq!(
        widget.texts(".lb-colleagues__view ul li").await,
        [
            "Planning and organizing work and staff: you 100, colleagues 33",
            "Creating an appealing vision: you 25, colleagues 92",
        ]
    );
    let headings = widget.texts(".lb-colleagues__view h4").await;
    assert_eq!(
        headings,
        [
            "The balance as colleagues see it",
            "Blind spots: you rate yourself higher",
            "Hidden strengths: colleagues rate you higher"
        ]
    );

    // The topics from the colleagues' view, on request: the first tier of their means, with
    // the learner's career stage (its arithmetic is tested natively).
    combined.add_pasted(&instrument, &third).expect("the same answer the page counted");
    let tiers = tier_topics(
        &instrument,
        &combined.scores(&instrument),
        &combined.bands(&instrument, &errors),
        Some(Experience::UnderOneYear),
    );
    // The first tier, described in full up to three; the rest of it by title.
    let expected: Vec<String> =
        in_full(&tiers).iter().map(|r| instrument.topics[r.topic].title.clone()).collect();
    assert!(!expected.is_empty());
    assert!(widget.texts(".lb-colleagues__view .lb-topics > li h5").await.is_empty(), "off until asked");
    rank_topics_by_colleagues(&widget).await;
    assert_eq!(widget.texts(".lb-colleagues__view .lb-topics > li h5").await, expected);
    learner.save_full_page("colleagues.png").await;

    // The PDF holds the comparison, in the same words.
    let pdf = learner.download_pdf(&widget, "Download PDF").await;
    assert_well_formed(&pdf);
    assert_pdf_holds(
        &pdf,
        &[
            "How colleagues see you",
            "Combined from 3 colleagues’ answers.",
            "Management: you 57, colleagues 48. Leadership: you 47, colleagues 55.",
            "Blind spots: you rate yourself higher • Planning and organizing work and staff: you 100, colleagues 33",
            "Hidden strengths: colleagues rate you higher • Creating an appealing vision: you 25, colleagues 92",
        ],
    );
    // The only requests since the results were the colleagues' browsers loading the page's
    // own files; none carried anything of an answer (a fragment never reaches a server).
    for request in &server.requests()[loaded..] {
        let path = request.strip_prefix("GET ").unwrap_or_else(|| panic!("not a GET: {request}"));
        assert!(!path.contains('?') && !path.contains("lb-"), "{request}");
        let file = bundle_dir().join(path.trim_start_matches('/'));
        assert!(file.is_file() || path == "/" || path == "/favicon.ico", "{request}");
    }

    // Only the combined view is kept: no answer link is anywhere in the device's storage.
    let stored = learner
        .script("return Object.keys(localStorage).map((k) => k + '=' + localStorage.getItem(k)).join('\\n');")
        .await;
    let stored = stored.as_str().unwrap_or_default().to_owned();
    for answer in [&first, &second, &third] {
        let code = answer.split_once("#lb-re=").map(|(_, code)| code).unwrap_or_default();
        assert!(!stored.contains(code), "an answer's code was kept:\n{stored}");
    }
    assert!(stored.contains(":colleagues="), "the combined view is kept:\n{stored}");

    // The learner's own request link, opened on their device, offers a preview.
    // (From another page: a new fragment on the same page would not load the page again.)
    learner.client.goto("about:blank").await.expect("away");
    learner.client.goto(&request).await.expect("the own request link opens");
    let preview = learner.widget(0).await;
    preview.wait_for_heading("This is your own request link").await;
    preview.click_button("Preview the questions").await;
    preview.wait_for_heading("How often do they do this?").await;

    // Back on the results: the view is still there; Forget removes it from the device.
    learner.client.goto(&server.url("/")).await.expect("back to the demo page");
    let widget = learner.widget(0).await;
    widget.click_button("Continue where you left off").await;
    widget.find(".lb-colleagues__count", "Combined from 3 colleagues’ answers.").await;
    widget.click_button("Forget colleagues’ answers").await;
    widget.find(status, "Colleagues’ answers are forgotten on this device.").await;
    let stored = learner
        .script("return Object.keys(localStorage).filter((k) => k.endsWith(':colleagues')).length;")
        .await;
    assert_eq!(stored.as_u64(), Some(0), "forgotten");
    learner.close().await;
}

/// A colleague answers in Firefox and in WebKit (Safari's engine): the answer link each gives
/// decodes to exactly the answers chosen by label, "I haven't seen this" included.
#[tokio::test]
async fn a_colleague_answers_in_firefox_and_webkit() {
    let server = StaticServer::start(bundle_dir());
    let instrument = Instrument::builtin().expect("valid");
    let request = format!("{}#lb-ask={}", server.url("/"), encode_request(&instrument, "Ana"));
    let level_of = |competency: &str| match competency {
        "vision" => None,
        "planning" => Some(5),
        _ => Some(2),
    };
    for engine in [Engine::Firefox, Engine::WebKit] {
        let link = colleague_answers(engine, &server, &request, &level_of).await;
        let code = link.split_once("#lb-re=").map(|(_, code)| code).unwrap_or_default();
        let answers = decode_response(&instrument, code).unwrap_or_else(|e| panic!("{engine:?}: {e:?}"));
        for (s, statement) in instrument.statements.iter().enumerate() {
            let competency = &instrument.competencies[instrument.competency_of(s)].id;
            let expected = level_of(competency).map_or(Answer::NoChanceYet, |level| {
                let f = Frequency::ALL[level - 1];
                Answer::Frequency(if statement.reverse { f.mirrored() } else { f })
            });
            // Colleagues answer the first stage only.
            let expected = (!instrument.is_extra(s)).then_some(expected);
            assert_eq!(answers.get(s), expected, "{engine:?}: {}", statement.id);
        }
    }
}
