//! The widget appears at once: the loader draws the intro itself while the wasm downloads
//! (in the widget's language, with its styles and the provider's colours), and the wasm takes
//! that intro over with no empty frame, no layout shift, and the learner's focus and open
//! details kept. (Start pressed early is in `abuse.rs`; the timings are `cargo xtask bench`'s.)

use std::time::Duration;

use e2e::{Browser, Engine, Held, Hold, StaticServer, bundle_dir, flows::INTRO, open_intro_holding};
use leadership_balance::model::instrument::Instrument;
use leadership_balance::strings::GERMAN;
use serde_json::{Value, json};

/// Installed before the page's scripts: for every frame, whether the widget shows an intro,
/// its page's classes, how tall the widget is, whether the wasm is ready and whether it has
/// started (the element's `widget`); and every layout shift. It records for minutes, however
/// long a test holds the wasm back.
const FRAMES: &str = r#"
    (() => {
        const seen = (window.lbFrames = { frames: [], shifts: [] });
        new PerformanceObserver((list) => {
            for (const entry of list.getEntries()) seen.shifts.push(entry.value);
        }).observe({ type: "layout-shift", buffered: true });
        const frame = () => {
            const host = document.querySelector("leadership-balance");
            const intro = host?.shadowRoot?.querySelector(".lb-intro");
            seen.frames.push({
                intro: Boolean(intro),
                page: host?.shadowRoot?.querySelector(".lb-page")?.className ?? null,
                open: Boolean(intro?.querySelector("details")?.open),
                height: host ? Math.round(host.getBoundingClientRect().height) : 0,
                ready: performance.getEntriesByName("leadership-balance:wasm-ready").length > 0,
                mounted: Boolean(host?.widget),
            });
            if (seen.frames.length < 20000) requestAnimationFrame(frame);
        };
        requestAnimationFrame(frame);
    })();
"#;

/// The widget's DOM as markup, each element's attributes in name order (the loader and Yew
/// set them in different orders), `data-` attributes left out, and radio groups' names
/// (`lb-early-…` in the loader's page, `lb0-…` in the wasm's, which numbers its widgets)
/// written `lb-…`; radio groups are scoped to the widget's shadow root either way.
const MARKUP: &str = r#"
    const value = (a) => a.name === "name" ? a.value.replace(/^lb(-early|\d+)-/, "lb-") : a.value;
    const canonical = (node) => node.nodeType === Node.TEXT_NODE ? node.textContent
        : `<${node.tagName.toLowerCase()}${[...node.attributes].filter((a) => !a.name.startsWith("data-"))
            .map((a) => ` ${a.name}="${value(a)}"`).sort().join("")}>${[...node.childNodes].map(canonical).join("")}</${node.tagName.toLowerCase()}>`;
    return canonical(document.querySelector("leadership-balance").shadowRoot.querySelector(".lb"));
"#;

/// How many times the first module's wasm has been ready on this page: 0 while it is held back.
const WASM_READY: &str = "return performance.getEntriesByName('leadership-balance:wasm-ready').length;";

/// A browser on the demo page with `script` installed before the page's own.
async fn open_demo_page_with(server: &StaticServer, script: &str) -> Browser {
    let browser = Browser::launch(900, 1000).await;
    browser.devtools("Page.enable", json!({})).await;
    browser.devtools("Page.addScriptToEvaluateOnNewDocument", json!({ "source": script })).await;
    browser.client.goto(&server.url("/")).await.expect("the demo page loads");
    browser
}

/// The demo page with `script` installed before the page's own and the first module held back,
/// on the loader's intro: the server, the hold, the browser and the first widget.
async fn early_intro_with(script: &str) -> (StaticServer, Hold, Browser, e2e::Widget) {
    let server = StaticServer::start(bundle_dir());
    let wasm = server.hold(Held::FirstModule);
    let browser = open_demo_page_with(&server, script).await;
    let widget = browser.widget(0).await;
    widget.wait_for_heading(INTRO).await;
    (server, wasm, browser, widget)
}

/// The widget's [`MARKUP`] while the wasm is held back, after checking that it still is (it
/// would otherwise have come before `what`).
async fn early_markup(browser: &Browser, what: &str) -> String {
    let early = browser.script(MARKUP).await;
    assert_eq!(browser.script(WASM_READY).await, json!(0), "the wasm came before {what}");
    early.as_str().expect("markup").to_owned()
}

/// Lets the wasm go and checks that, once it has taken over, the widget's [`MARKUP`] is `early`.
async fn release_and_compare_markup(browser: &Browser, wasm: Hold, early: &str, differs: &str) {
    wasm.release();
    assert_eq!(markup_once_taken_over(browser).await.as_str(), Some(early), "{differs}");
}

/// Every frame [`FRAMES`] has seen so far.
async fn frames_seen(browser: &Browser) -> Vec<Value> {
    let frames = browser.script("return window.lbFrames.frames;").await;
    frames.as_array().expect("frames").clone()
}

#[tokio::test]
async fn the_wasm_takes_over_the_early_intro_without_an_empty_frame_or_a_shift() {
    let (_server, wasm, browser, widget) = early_intro_with(FRAMES).await;
    // The provider's colour is there from the start.
    let start = widget.find("button", "Start the self-assessment").await;
    assert_eq!(start.css_value("background-color").await.expect("colour"), "rgba(90, 45, 130, 1)");
    let early = early_markup(&browser, "the loader's intro was read").await;
    // The learner opens "How your answers are kept" while the wasm is still on its way.
    widget.find("summary", "How your answers are kept").await.click().await.expect("opened");

    // Then the wasm arrives: the same markup (the details now open, as the learner left them) ...
    let early = early.replace("<details>", "<details open=\"\">");
    release_and_compare_markup(&browser, wasm, &early, "the wasm's intro differs from the loader's").await;
    assert_eq!(browser.script(WASM_READY).await, json!(1));
    // ... with the focus where the learner left it ...
    let focused = browser
        .script("const a = document.querySelector('leadership-balance').shadowRoot.activeElement; return a ? a.tagName : null;")
        .await;
    assert_eq!(focused, Value::String("SUMMARY".to_owned()));
    // ... and in no frame an empty widget or a different height once the intro was drawn.
    let frames = frames_seen(&browser).await;
    let first = frames.iter().position(|f| f["intro"] == true).expect("a frame with the intro");
    let after: Vec<&Value> = frames[first..].iter().collect();
    assert!(after.iter().any(|f| f["ready"] == true), "frames after the wasm arrived were seen");
    assert!(after.iter().all(|f| f["intro"] == true), "a frame without the intro: {after:?}");
    // The learner opened the details once: closed frames, then open ones, each one height.
    let opened = after.iter().position(|f| f["open"] == true).expect("frames with the details open");
    assert!(after[opened..].iter().all(|f| f["open"] == true), "the details closed again at the takeover");
    for (part, frames) in [("closed", &after[..opened]), ("open", &after[opened..])] {
        let heights: std::collections::BTreeSet<i64> =
            frames.iter().filter_map(|f| f["height"].as_i64()).collect();
        assert_eq!(heights.len(), 1, "with the details {part}, the widget's height changed: {heights:?}");
    }
    browser.close().await;
}

/// The labels of the chosen options, in page order.
const CHOSEN: &str =
    "return [...document.querySelector('leadership-balance').shadowRoot.querySelectorAll('input:checked')]
    .map((i) => i.closest('label').textContent);";

/// Waits for a frame, seen by [`FRAMES`], after the wasm has started.
async fn until_the_wasm_started(browser: &Browser) {
    until(browser, "return window.lbFrames.frames.some((f) => f.mounted);", "the wasm started").await;
}

/// How many frames [`FRAMES`] must have seen since the wasm started before the takeover is
/// judged: counted in the page's own frames, so that anything the takeover drew a little
/// late is in them, on a slow machine as on a fast one.
const FRAMES_AFTER_THE_TAKEOVER: usize = 10;

/// Waits until [`FRAMES`] has seen the wasm start and [`FRAMES_AFTER_THE_TAKEOVER`] frames
/// from then on.
async fn until_taken_over(browser: &Browser) {
    let script = format!(
        "const frames = window.lbFrames.frames; const at = frames.findIndex((f) => f.mounted); \
         return at >= 0 && frames.length - at >= {FRAMES_AFTER_THE_TAKEOVER};"
    );
    until(browser, &script, "frames after the wasm started").await;
}

/// The widget's [`MARKUP`] once the wasm has started and drawn.
async fn markup_once_taken_over(browser: &Browser) -> Value {
    until_taken_over(browser).await;
    browser.script(MARKUP).await
}

/// Asserts that in `frames` (from [`FRAMES`], from the moment the learner left the page as it
/// is) the wasm started, and that every frame showed the page of class `page` at one height:
/// the takeover drew nothing else, however briefly, and moved nothing.
fn taken_over_unseen(frames: &[Value], page: &str) {
    assert!(frames.iter().any(|f| f["mounted"] == true), "frames after the wasm started were seen");
    assert!(frames.iter().all(|f| f["page"] == page), "a frame without {page}: {frames:?}");
    let heights: std::collections::BTreeSet<i64> =
        frames.iter().filter_map(|f| f["height"].as_i64()).collect();
    assert_eq!(heights.len(), 1, "the widget's height changed: {heights:?}");
}

/// Start pressed before the wasm has arrived opens the loader's own context page, so that a
/// learner quicker than the network answers while the wasm arrives. The wasm takes it over
/// with the same markup, the answer given, the missing mark and the focus kept, and no frame
/// without the page or of another height.
#[tokio::test]
async fn the_wasm_takes_over_the_early_context_page_with_the_answer_and_the_focus_kept() {
    let (_server, wasm, browser, widget) = early_intro_with(FRAMES).await;
    widget.click_button("Start the self-assessment").await;
    widget.wait_for_heading("First, a little about your role").await;
    // Next with both unanswered marks both; one answer then leaves the other marked.
    widget.click_button("Next").await;
    widget.choose("How long have you been managing people?", "Under 1 year").await;
    let early = early_markup(&browser, "the context page was answered").await;
    assert!(
        early.contains("lb-choice lb-choice--missing") && early.contains("Please answer both questions"),
        "{early}"
    );

    // The wasm arrives: the same page, markup, chosen option, and the focus on the radio
    // button clicked.
    release_and_compare_markup(&browser, wasm, &early, "the wasm's context page differs").await;
    assert_eq!(browser.script(CHOSEN).await, json!(["Under 1 year"]));
    let focused = browser
        .script("const a = document.querySelector('leadership-balance').shadowRoot.activeElement; return a ? `${a.type} ${a.closest('fieldset')?.querySelector('legend').textContent} ${a.value}` : null;")
        .await;
    assert_eq!(
        focused,
        json!("radio How long have you been managing people? 1"),
        "the focus stays on the radio button"
    );
    let frames = frames_seen(&browser).await;
    let first =
        frames.iter().position(|f| f["page"] == "lb-page lb-context").expect("a frame with the context page");
    taken_over_unseen(&frames[first..], "lb-page lb-context");
    // The wasm's page carries on from there.
    widget.choose("How many people report to you directly?", "None").await;
    widget.click_button("Next").await;
    widget.wait_for_heading("How often do you do this?").await;
    browser.close().await;
}

/// The focused element: its type, its card's counter or page's class, and its value.
const FOCUS: &str = "const a = document.querySelector('leadership-balance').shadowRoot.activeElement; \
    return a ? `${a.tagName} ${a.closest('.lb-card')?.querySelector('.lb-card__counter').textContent ?? a.closest('section')?.className} ${a.value}` : null;";

/// Presses the digit key `digit` with the focus on the first option of the card whose counter
/// is `counter`, as a keyboard user choosing on the scale.
async fn digit_on_card(browser: &Browser, counter: &str, digit: &str) {
    let focus = format!(
        "const card = [...document.querySelector('leadership-balance').shadowRoot.querySelectorAll('.lb-card')]
            .find((c) => c.querySelector('.lb-card__counter').textContent === {counter:?});
        card.querySelector('input').focus();
        return card.querySelector('input') === card.getRootNode().activeElement;"
    );
    assert_eq!(browser.script(&focus).await, json!(true), "{counter} has the focus");
    browser.client.active_element().await.expect("the focused option").send_keys(digit).await.expect("a key");
}

/// Next on the loader's context page opens the loader's first page of statements, so that a
/// learner quicker than the network goes on answering while the wasm arrives: by click and by
/// digit key, with the missing ones pointed out and the progress counted. The wasm takes the
/// page over with the same markup, the answers, the marks and the focus kept, and no frame
/// without the page or of another height; Next then moves on to the second page.
#[tokio::test]
async fn the_wasm_takes_over_the_early_statements_with_the_answers_and_the_focus_kept() {
    let (_server, wasm, browser, widget) = early_intro_with(FRAMES).await;
    widget.start_with_context("Under 1 year", "1–3").await;
    assert_eq!(browser.script(FOCUSED).await, json!("H2 lb-page lb-statements"), "the new page's heading");
    let legends = widget.texts(".lb-card legend").await;
    assert_eq!(legends.len(), 6, "{legends:?}");
    widget.choose(&legends[0], "Often").await;
    widget.click_button("Next").await;
    assert_eq!(
        widget.text(".lb-statements .lb-status").await,
        "Statements 2, 3, 4, 5 and 6 still need an answer."
    );
    widget.choose(&legends[2], "No chance to do this yet").await;
    digit_on_card(&browser, "Statement 4 of 48", "5").await;
    assert_eq!(widget.text(".lb-statements .lb-status").await, "Statements 2, 5 and 6 still need an answer.");
    assert_eq!(widget.text(".lb-progress__label").await, "3 of 48 answered");
    let answered_at =
        browser.script("return window.lbFrames.frames.length;").await.as_u64().expect("a count");
    let early = early_markup(&browser, "the statements were answered").await;
    assert_eq!(early.matches("lb-card lb-card--missing").count(), 3, "{early}");
    assert_eq!(
        browser.script(FOCUS).await,
        json!("INPUT Statement 4 of 48 4"),
        "the focus follows the digit key"
    );

    // The wasm arrives.
    release_and_compare_markup(&browser, wasm, &early, "the wasm's statements page differs").await;
    assert_eq!(browser.script(CHOSEN).await, json!(["Often", "No chance to do this yet", "Almost always"]));
    assert_eq!(
        browser.script(FOCUS).await,
        json!("INPUT Statement 4 of 48 4"),
        "the focus stays on the option"
    );
    let frames = frames_seen(&browser).await;
    // From the frame in which the page was answered as it is now.
    taken_over_unseen(&frames[answered_at as usize..], "lb-page lb-statements");
    // The wasm's page carries on from there: its digit keys, then Next to the second page.
    digit_on_card(&browser, "Statement 2 of 48", "1").await;
    for legend in &legends[4..] {
        widget.choose(legend, "Sometimes").await;
    }
    widget.click_button("Next").await;
    widget.wait_for_heading("How often do you do this?").await;
    assert_eq!(
        widget.texts(".lb-card__counter").await.first().map(String::as_str),
        Some("Statement 7 of 48")
    );
    assert_eq!(widget.text(".lb-progress__label").await, "6 of 48 answered");
    browser.close().await;
}

/// Next on the loader's first statements, all answered, waits for the wasm with "Getting the
/// questions ready…"; the wasm then opens the second page with its heading focused and the six
/// answers counted, and Back shows them.
#[tokio::test]
async fn next_on_the_early_statements_goes_on_to_the_second_page_once_the_wasm_is_here() {
    let (_server, wasm, browser, widget) = early_intro_with("").await;
    widget.start_with_context("Over 5 years", "9 or more").await;
    let legends = widget.texts(".lb-card legend").await;
    for (legend, answer) in
        legends.iter().zip(["Never", "Rarely", "Sometimes", "Often", "Almost always", "Often"])
    {
        widget.choose(legend, answer).await;
    }
    assert_eq!(browser.script(WASM_READY).await, json!(0), "the wasm came before Next was pressed");
    widget.click_button("Next").await;
    let waiting = widget.find("button", "Getting the questions ready…").await;
    assert_eq!(waiting.attr("aria-disabled").await.ok().flatten().as_deref(), Some("true"));
    // The wasm arrives, and opens the second page by itself.
    wasm.release();
    until_first_counter(&browser, "Statement 7 of 48", "the second page").await;
    assert_eq!(browser.script(FOCUSED).await, json!("H2 lb-page lb-statements"), "the new page's heading");
    assert_eq!(widget.text(".lb-progress__label").await, "6 of 48 answered");
    widget.click_button("Back").await;
    until_first_counter(&browser, "Statement 1 of 48", "the first page again").await;
    assert_eq!(
        browser.script(CHOSEN).await,
        json!(["Never", "Rarely", "Sometimes", "Often", "Almost always", "Often"])
    );
    browser.close().await;
}

/// Forget on the loader's pages drops what was chosen there, back on the intro, and says so;
/// the wasm takes that over: the same intro with the same words under it, and nothing chosen.
#[tokio::test]
async fn forget_on_the_loaders_pages_forgets_and_the_wasm_agrees() {
    let (_server, wasm, browser, widget) = early_intro_with(FRAMES).await;
    widget.click_button("Start the self-assessment").await;
    widget.choose("How long have you been managing people?", "Over 5 years").await;
    widget.click_button("Forget my answers on this device").await;
    widget.wait_for_heading(INTRO).await;
    assert_eq!(widget.text(".lb-footer .lb-status").await, "Your answers are forgotten on this device.");
    let early = early_markup(&browser, "Forget was pressed").await;
    release_and_compare_markup(&browser, wasm, &early, "the wasm's intro differs from the loader's").await;
    widget.click_button("Start the self-assessment").await;
    widget.wait_for_heading("First, a little about your role").await;
    let chosen = "return document.querySelector('leadership-balance').shadowRoot.querySelectorAll('input:checked').length;";
    assert_eq!(browser.script(chosen).await, json!(0), "nothing chosen after Forget");
    browser.close().await;
}

/// The wasm downloads from the start but compiles only once the loader's intro is on screen,
/// so that its compile and the glue's start do not hold the intro up: here the config is held
/// until the server has sent every byte of the wasm, and still the wasm is ready only after
/// the intro was drawn, which every frame from then on shows.
#[tokio::test]
async fn the_wasm_compiles_only_once_the_loaders_intro_is_painted() {
    let server = StaticServer::start(bundle_dir());
    let config = server.hold(Held::Json);
    let browser = open_demo_page_with(&server, FRAMES).await;
    config.wait_requested().await;
    // Every byte of the wasm is sent before the config: a browser that does not read a fetch's
    // body until it needs it may still hold them unread, so the server's side says when.
    server.wait_sent("/core/leadership-balance_bg.wasm").await;
    let intro = "return performance.getEntriesByName('leadership-balance:early-intro').length;";
    assert_eq!(browser.script(intro).await, json!(0), "the intro was drawn before its config came");
    // The config comes last.
    config.release();
    let widget = browser.widget(0).await;
    widget.wait_for_heading(INTRO).await;
    until_the_wasm_started(&browser).await;

    let times = browser
        .script(
            "const at = (name) => performance.getEntriesByName(`leadership-balance:${name}`)[0]?.startTime ?? null;
             return [at('early-intro'), at('wasm-ready')];",
        )
        .await;
    let [drawn, ready] = [0, 1].map(|i| times[i].as_f64().unwrap_or_else(|| panic!("timings: {times:?}")));
    assert!(drawn < ready, "the wasm was ready at {ready} ms, before the intro was drawn at {drawn} ms");
    let frames = frames_seen(&browser).await;
    assert!(
        frames.iter().any(|f| f["intro"] == true && f["ready"] == false),
        "no frame showed the loader's intro before the wasm was ready: {frames:?}"
    );
    let first = frames.iter().position(|f| f["intro"] == true).expect("a frame with the intro");
    assert!(frames[first..].iter().all(|f| f["intro"] == true), "a frame without the intro: {frames:?}");
    browser.close().await;
}

#[tokio::test]
async fn the_early_pages_speak_the_widgets_language() {
    let server = StaticServer::start(bundle_dir());
    let wasm = server.hold(Held::FirstModule);
    let browser = Browser::launch(900, 1000).await;
    let url = server.scratch_page("early-de.html", r#"<leadership-balance lang="de"></leadership-balance>"#);
    browser.client.goto(&url).await.expect("the page loads");
    let widget = browser.widget(0).await;
    widget.wait_for_heading(GERMAN.intro_heading).await;
    assert_eq!(browser.script(WASM_READY).await, json!(0));
    widget.find("button", GERMAN.start).await;
    assert_eq!(widget.text(".lb-privacy p").await, GERMAN.privacy_promise);
    let lang = browser
        .script("return document.querySelector('leadership-balance').shadowRoot.querySelector('.lb').lang;")
        .await;
    assert_eq!(lang, Value::String("de".to_owned()));
    // So does its context page, options and all.
    widget.click_button(GERMAN.start).await;
    widget.wait_for_heading(GERMAN.context_heading).await;
    let legends = widget.texts("legend").await;
    assert_eq!(legends, [GERMAN.experience_question, GERMAN.reports_question].map(e2e::same_spaces));
    let options = widget.texts(".lb-option__label").await;
    let expected: Vec<String> = GERMAN
        .experience_options
        .iter()
        .chain(&GERMAN.reports_options)
        .map(|o| e2e::same_spaces(o))
        .collect();
    assert_eq!(options, expected);
    widget.click_button(GERMAN.next).await;
    assert_eq!(widget.text(".lb-context .lb-status").await, e2e::same_spaces(GERMAN.context_missing));
    // And its first statements, in the German pack's words.
    widget.choose(GERMAN.experience_question, GERMAN.experience_options[1]).await;
    widget.choose(GERMAN.reports_question, GERMAN.reports_options[1]).await;
    widget.click_button(GERMAN.next).await;
    widget.wait_for_heading(GERMAN.statements_heading).await;
    let instrument = Instrument::builtin().expect("the built-in instrument");
    let pack: Value = serde_json::from_str(
        &std::fs::read_to_string(bundle_dir().join("core/lang/de.json")).expect("the German pack"),
    )
    .expect("JSON");
    let german: Vec<String> = instrument.presentation_order()[..6]
        .iter()
        .map(|&i| {
            let id = &instrument.statements[i].id;
            let pair = pack["statements"].as_array().expect("statements").iter().find(|p| p[0] == json!(id));
            e2e::same_spaces(pair.and_then(|p| p[1].as_str()).expect("each statement in German"))
        })
        .collect();
    assert_eq!(widget.texts(".lb-card legend").await, german);
    let scale: Vec<String> =
        GERMAN.scale.iter().chain([&GERMAN.no_chance_yet]).map(|o| e2e::same_spaces(o)).collect();
    assert_eq!(widget.texts(".lb-card .lb-option__label").await[..6], scale[..]);
    assert_eq!(browser.script(WASM_READY).await, json!(0), "all of it drawn by the loader");
    wasm.release();
    browser.close().await;
}

/// Answers every statement at "Sometimes" by script, page by page, until the results page, the
/// first module's "getting your results ready" page or the loader's alert shows; returns which.
const ANSWER_TO_THE_RESULTS: &str = r#"
    const done = arguments[arguments.length - 1];
    const root = document.querySelector("leadership-balance").shadowRoot;
    const step = () => {
        const reached = root.querySelector(".lb-results, .lb-results-pending, .lb-loading[role=alert]");
        if (reached) return done(reached.classList.contains("lb-results") ? "results"
            : reached.classList.contains("lb-loading") ? "alert" : "pending");
        for (const group of root.querySelectorAll(".lb-cards fieldset")) {
            const input = group.querySelector('input[data-index="2"]');
            if (!input.checked) input.click();
        }
        root.querySelector(".lb-nav .lb-button--primary")?.click();
        setTimeout(step, 10);
    };
    step();
"#;

/// The tag and class of the element focused inside the widget.
const FOCUSED: &str = "const a = document.querySelector('leadership-balance').shadowRoot.activeElement; \
    return a ? `${a.tagName} ${a.closest('section')?.className}` : null;";

/// Waits until `script` returns true.
async fn until(browser: &Browser, script: &str, what: &str) {
    let started = std::time::Instant::now();
    while browser.script(script).await != json!(true) {
        assert!(started.elapsed() < e2e::TIMEOUT * 2, "waited in vain for {what}");
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
}

/// Waits until the first statement card's counter reads `counter`, which shows `what`.
async fn until_first_counter(browser: &Browser, counter: &str, what: &str) {
    let script = format!(
        "return document.querySelector('leadership-balance').shadowRoot.querySelector('.lb-card__counter')?.textContent === {counter:?};"
    );
    until(browser, &script, what).await;
}

/// The widget is two modules (src/ui/later.rs): the full one (the results) is asked for only
/// once the first is running and the learner has clicked, so it never competes with what the
/// learner waits for; a learner who reaches the results before it has arrived sees the
/// results' heading, focused, with "Getting your results ready…", and then the results, the
/// focus still on their heading.
#[tokio::test]
async fn the_full_module_comes_after_the_first_and_a_learner_ahead_of_it_waits_on_the_heading() {
    // The full module is still on its way when the script has answered.
    let (_server, full, browser, widget) =
        open_intro_holding(Engine::Chromium, Held::FullModule, 900, 1000).await;
    until(
        &browser,
        "return performance.getEntriesByName('leadership-balance:wasm-ready').length === 1;",
        "the first module",
    )
    .await;
    browser.wait_for_wasm(0).await;
    assert_eq!(full.requests(), 0, "the full module was asked for before the learner clicked");
    widget.start_with_context("Not yet", "None").await;
    full.wait_requested().await;
    let reached = browser.client.execute_async(ANSWER_TO_THE_RESULTS, vec![]).await.expect("answered");
    assert_eq!(reached, json!("pending"), "the full module arrived before the last answer");
    widget.find(".lb-results-pending [role='status']", "Getting your results ready…").await;
    assert_eq!(browser.script(FOCUSED).await, json!("H2 lb-page lb-results-pending"));

    // The full module arrives.
    full.release();
    until(
        &browser,
        "return !!document.querySelector('leadership-balance').shadowRoot.querySelector('.lb-results');",
        "the results",
    )
    .await;
    widget.wait_for_heading("Your leadership balance").await;
    assert_eq!(widget.texts(".lb-table tfoot td:last-child").await, ["50", "50"]);
    assert_eq!(
        browser.script(FOCUSED).await,
        json!("H2 lb-page lb-results"),
        "the focus stays on the heading"
    );
    let order = browser
        .script(
            "const at = (n) => performance.getEntriesByName(n)[0]?.startTime ?? null; \
             const full = performance.getEntriesByType('resource').filter((e) => e.name.endsWith('/core/leadership-balance-full_bg.wasm')); \
             return [at('leadership-balance:wasm-ready'), full.length, full[0]?.startTime ?? null];",
        )
        .await;
    let order: Vec<f64> = order.as_array().expect("times").iter().filter_map(Value::as_f64).collect();
    assert_eq!(order.len(), 3, "{order:?}");
    assert_eq!(order[1], 1.0, "the full module is fetched once");
    assert!(order[2] >= order[0], "the full module was asked for before the first was ready: {order:?}");
    browser.close().await;
}

/// When the full module cannot arrive (here Chromium refuses its address), the learner at the
/// results reads why, with Reload; nothing is lost: after the reload the results come back.
#[tokio::test]
async fn a_full_module_that_cannot_load_loses_no_answer() {
    let server = StaticServer::start(bundle_dir());
    let browser = Browser::launch(900, 1000).await;
    browser.devtools("Network.enable", json!({})).await;
    browser.devtools("Network.setBlockedURLs", json!({ "urls": ["*leadership-balance-full*"] })).await;
    browser.client.goto(&server.url("/")).await.expect("the demo page loads");
    let widget = browser.widget(0).await;
    widget.start_with_context("Not yet", "None").await;
    let reached = browser.client.execute_async(ANSWER_TO_THE_RESULTS, vec![]).await.expect("answered");
    assert_ne!(reached, json!("results"));
    let sentence =
        "The self-assessment could not load in this browser. Please reload the page, or try again later.";
    widget.find(".lb-loading[role='alert'] p", sentence).await;

    browser.devtools("Network.setBlockedURLs", json!({ "urls": [] })).await;
    widget.click_button("Reload").await;
    until(&browser, "return !document.querySelector('leadership-balance')?.shadowRoot?.querySelector('.lb-loading[role=alert]');", "the reload").await;
    let widget = browser.widget(0).await;
    widget.click_button("Continue where you left off").await;
    widget.wait_for_heading("Your leadership balance").await;
    assert_eq!(widget.texts(".lb-table tfoot td:last-child").await, ["50", "50"]);
    browser.close().await;
}
