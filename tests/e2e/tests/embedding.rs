//! The widget on other people's pages: a strict CSP, two instances, host events, a hostile
//! host page, broken configs, iframe mode, and the configurator's snippet pasted into a page.

use std::time::{Duration, Instant};

use e2e::{Browser, Engine, StaticServer, TIMEOUT, Widget, bundle_dir, open_bundle};
use fantoccini::Locator;
use serde_json::{Value, json};

async fn eventually(browser: &Browser, script: &str, what: &str) -> Value {
    let started = Instant::now();
    loop {
        let value = browser.script(script).await;
        if value != Value::Null && value != Value::Bool(false) {
            return value;
        }
        assert!(started.elapsed() < TIMEOUT, "timed out waiting for {what}");
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
}

/// Waits for the first message of type `kind` in the page's record `list` (`lbEvents` or
/// `lbFrameEvents`), and returns it.
async fn first_event(browser: &Browser, list: &str, kind: &str, what: &str) -> Value {
    let script = format!("return window.{list}.find((e) => e.type === {kind:?}) ?? null;");
    eventually(browser, &script, what).await
}

/// Waits until the height `h` of the widget's iframe meets `condition`, and returns it.
async fn frame_height_when(browser: &Browser, condition: &str, what: &str) -> f64 {
    let script = format!(
        "const h = document.getElementById('leadership-balance-frame').getBoundingClientRect().height; \
         return {condition} && h;"
    );
    eventually(browser, &script, what).await.as_f64().expect("a height")
}

#[tokio::test]
async fn two_widgets_under_a_strict_csp_keep_separate_answers_and_report_events() {
    let (_server, browser) = open_bundle(Engine::Chromium, "/test/strict.html", 900, 1000).await;
    let first = browser.widget(0).await;
    let second = browser.widget(1).await;

    // The policy is really in force: the page's own inline script was blocked.
    assert_eq!(browser.script("return window.inlineRan ?? null;").await, Value::Null);
    let before = browser.script("return window.lbViolations.length;").await;
    assert_eq!(before, json!(1), "only the page's inline script is refused");

    assert_eq!(first.text(".lb-eyebrow").await, "Northwind Learning");
    assert_eq!(second.text(".lb-eyebrow").await, "Second Provider");
    // The accent attribute themes the second widget only.
    let colour = |widget: &Widget| {
        let host = widget.host.clone();
        async move {
            let button = host
                .shadow_root()
                .await
                .expect("root")
                .find(Locator::Css(".lb-button--primary"))
                .await
                .expect("button");
            button.css_value("background-color").await.expect("colour")
        }
    };
    assert_eq!(colour(&second).await, "rgba(170, 0, 0, 1)");
    assert_eq!(colour(&first).await, "rgba(90, 45, 130, 1)", "the first keeps its config's accent");

    first.start_with_context("Not yet", "None").await;
    let card = first.questions().await.remove(0).1;
    e2e::choose_in(&card, "Often").await;
    // The second widget has not moved.
    second.wait_for_heading("Management or leadership: where should you grow next?").await;

    let events =
        eventually(&browser, "return window.lbEvents.length >= 2 && window.lbEvents;", "two events").await;
    assert_eq!(events[0], json!({ "type": "started", "target": "first", "detail": {} }));
    assert_eq!(
        events[1],
        json!({ "type": "progress", "target": "first", "detail": { "answered": 1, "total": 48 } })
    );

    second.start_with_context("Not yet", "None").await;
    browser.answer_everything(1).await;
    second.wait_for_heading("Your leadership balance").await;
    let completed = first_event(&browser, "lbEvents", "completed", "the completed event").await;
    // Everything at Sometimes (50); "Not yet" weighs management 1.5, leadership 0.5, so the
    // five topics fed by management lead, tied, in file order: the first tier, all five.
    assert_eq!(
        completed,
        json!({
            "type": "completed", "target": "second",
            "detail": { "management": 50, "leadership": 50, "profile": "both_growing",
                        "topics": ["time_management", "communication", "conflict_resolution",
                                   "project_management", "policies_processes"] }
        })
    );
    // Progress follows each change of the count; answers given in one burst (as this script
    // gives a page's six) arrive as one step.
    let progress = browser
        .script("return window.lbEvents.filter((e) => e.target === 'second' && e.type === 'progress').map((e) => e.detail.answered);")
        .await;
    let counts: Vec<u64> = progress.as_array().expect("a list").iter().filter_map(Value::as_u64).collect();
    assert_eq!(counts.last(), Some(&48));
    assert!(counts.windows(2).all(|w| w[0] < w[1]), "{counts:?}");
    assert_eq!(
        browser.script("return window.lbViolations.length;").await,
        json!(1),
        "the widget caused no violation"
    );
    browser.close().await;
}

#[tokio::test]
async fn a_hostile_host_page_cannot_restyle_or_break_the_widget() {
    let (_server, browser) = open_bundle(Engine::Chromium, "/test/hostile.html", 900, 1000).await;
    let widget = browser.widget(0).await;
    browser.wait_for_wasm(0).await;
    // The host's rules are in force on the host's own button...
    let host_button = browser.client.find(Locator::Id("host-button")).await.expect("the host's button");
    assert!(!host_button.is_displayed().await.expect("displayed?"));
    // ...but not inside the widget.
    let start = widget.find("button", "Start the self-assessment").await;
    assert!(start.is_displayed().await.expect("displayed?"));
    let lb = widget.root.find(Locator::Css(".lb")).await.expect("the widget");
    assert_eq!(lb.css_value("font-size").await.expect("size"), "16px");
    assert_eq!(lb.css_value("letter-spacing").await.expect("spacing"), "normal");
    start.click().await.expect("click");
    widget.wait_for_heading("First, a little about your role").await;
    let radio = widget.root.find(Locator::Css("input[type='radio']")).await.expect("a radio button");
    assert!(radio.is_displayed().await.expect("displayed?"));
    browser.close().await;
}

#[tokio::test]
async fn broken_configs_show_a_polite_panel_with_the_path() {
    let (server, browser) = open_bundle(Engine::Chromium, "/test/invalid.html", 900, 1000).await;
    let inline = browser.widget(0).await;
    inline.wait_for_heading("This self-assessment is not set up correctly").await;
    assert_eq!(
        inline.texts(".lb-error__details li").await,
        [
            "theme.acent: unknown key; did you mean `accent`?",
            "topics.motivation.url: must start with https:// or http://"
        ]
    );
    let missing = browser.widget(1).await;
    let problem = missing.text(".lb-error__details li").await;
    assert_eq!(
        problem,
        format!("config: could not be loaded from {} (HTTP 404)", server.url("/test/missing.json"))
    );
    let bad_lang = browser.widget(2).await;
    assert_eq!(
        bad_lang.text(".lb-error__details li").await,
        "lang attribute: must be one of: en, de, es, fr, pl, uk"
    );
    browser.close().await;
}

#[tokio::test]
async fn iframe_mode_resizes_its_frame_and_posts_events_to_the_parent_origin() {
    let (_server, browser) = open_bundle(Engine::Chromium, "/test/iframe.html", 900, 1000).await;
    let first_height = frame_height_when(&browser, "h > 300", "the frame to grow").await;

    browser.client.enter_frame(0).await.expect("into the frame");
    let widget = browser.widget(0).await;
    assert_eq!(widget.text(".lb-eyebrow").await, "Framed Provider");
    widget.click_button("Start the self-assessment").await;
    widget.wait_for_heading("First, a little about your role").await;
    browser.client.enter_parent_frame().await.expect("back to the host");

    let started =
        first_event(&browser, "lbFrameEvents", "leadership-balance:started", "the started message").await;
    assert_eq!(started, json!({ "type": "leadership-balance:started", "detail": {} }));
    // The context page is a different height from the intro; the frame follows it.
    let changed = format!("Math.abs(h - {first_height}) > 20");
    let resized = frame_height_when(&browser, &changed, "the frame to follow the new page").await;
    assert!(resized > 300.0);
    browser.close().await;
}

/// The configurator's snippet, as it stands in its text box.
async fn snippet_of(browser: &Browser) -> String {
    let snippet = browser.client.find(Locator::Id("snippet")).await.expect("the snippet");
    snippet.prop("value").await.expect("value").expect("a snippet")
}

/// A page at `/scratch/<path>` whose body is `snippet`, as a provider pastes it; its address.
fn pasted(server: &StaticServer, path: &str, snippet: &str) -> String {
    let page = format!(
        "<!doctype html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>Pasted</title></head><body>\n{snippet}</body></html>\n"
    );
    let file = server.scratch.join(path);
    if let Some(folder) = file.parent() {
        std::fs::create_dir_all(folder).expect("folder");
    }
    std::fs::write(file, page).expect("page written");
    server.url(&format!("/scratch/{path}"))
}

/// Types `text` into the configurator's field whose id is `id`.
async fn type_into_field(browser: &Browser, id: &str, text: &str) {
    let field = browser.client.find(Locator::Id(id)).await.unwrap_or_else(|e| panic!("#{id}: {e}"));
    field.send_keys(text).await.expect("typed");
}

#[tokio::test]
async fn the_configurators_snippet_pasted_into_a_page_works() {
    let (server, browser) = open_bundle(Engine::Chromium, "/configure.html", 1200, 1000).await;
    type_into_field(&browser, "provider-name", "Configured Co").await;
    type_into_field(&browser, "course-motivation-title", "Moving people").await;
    type_into_field(&browser, "course-motivation-url", "https://configured.example/motivation").await;
    type_into_field(&browser, "cohort-contact", "trainer@configured.example").await;
    // The live preview follows the form: its widget is redrawn with the new config. The form
    // updates 250 ms after the last key, so the snippet is waited for too: the preview can
    // already show the name from an update between two fields while the last field's is due.
    eventually(
        &browser,
        "return document.querySelector('#preview leadership-balance')?.shadowRoot?.querySelector('.lb-eyebrow')?.textContent === 'Configured Co';",
        "the preview to show the new name",
    )
    .await;
    eventually(
        &browser,
        "return document.getElementById('snippet').value.includes('trainer@configured.example');",
        "the snippet to hold the last field typed",
    )
    .await;

    let snippet = snippet_of(&browser).await;
    assert!(snippet.contains("\"name\": \"Configured Co\""), "{snippet}");
    assert!(snippet.contains("\"contact\": \"trainer@configured.example\""), "{snippet}");
    assert!(snippet.contains(&format!(
        "<script type=\"module\" src=\"{}\"></script>",
        server.url("/leadership-balance.js")
    )));
    for hint in snippet_hints(&server) {
        assert!(snippet.contains(&hint), "{hint} in {snippet}");
    }
    assert!(!snippet.contains("core/lang/"), "no language chosen, no language pack's hint: {snippet}");

    browser.client.goto(&pasted(&server, "pasted.html", &snippet)).await.expect("the pasted page loads");
    let widget = browser.widget(0).await;
    assert_eq!(widget.text(".lb-eyebrow").await, "Configured Co");
    widget.start_with_context("Not yet", "None").await;
    until_wasm_ready(&browser).await;
    // The loader, the glue and the wasm were each fetched once: the loader's requests for the
    // glue and the wasm took the hints' answers.
    assert_eq!(
        requests_for(
            &browser,
            &["leadership-balance.js", "core/leadership-balance.js", "core/leadership-balance_bg.wasm"]
        )
        .await,
        json!([1, 1, 1])
    );
    browser.close().await;
}

/// The hints the configurator's snippet starts with, for a bundle served by `server`.
fn snippet_hints(server: &StaticServer) -> [String; 2] {
    [
        format!("<link rel=\"modulepreload\" href=\"{}\" />", server.url("/core/leadership-balance.js")),
        format!(
            "<link rel=\"preload\" href=\"{}\" as=\"fetch\" type=\"application/wasm\" crossorigin fetchpriority=\"low\" />",
            server.url("/core/leadership-balance_bg.wasm")
        ),
    ]
}

/// Waits for the loader's `wasm-ready` mark: the wasm and its hint's request are done.
async fn until_wasm_ready(browser: &Browser) {
    eventually(
        browser,
        "return performance.getEntriesByName('leadership-balance:wasm-ready').length > 0;",
        "the wasm to be ready",
    )
    .await;
}

/// How many times the page asked for each of `paths` (relative to the server's root), from
/// Resource Timing.
async fn requests_for(browser: &Browser, paths: &[&str]) -> Value {
    let script = format!(
        "return {paths:?}.map((path) => performance.getEntriesByType('resource')\
            .filter((entry) => new URL(entry.name).pathname === '/' + path).length);"
    );
    browser.script(&script).await
}

#[tokio::test]
async fn the_configurators_snippet_hints_the_chosen_languages_pack() {
    let (server, browser) = open_bundle(Engine::Chromium, "/configure.html", 1200, 1000).await;
    browser
        .script(
            "const field = document.getElementById('language'); field.value = 'de'; \
             field.dispatchEvent(new Event('input', { bubbles: true }));",
        )
        .await;
    eventually(
        &browser,
        "return document.getElementById('snippet').value.includes('\"language\": \"de\"');",
        "the snippet to follow the form",
    )
    .await;
    let snippet = snippet_of(&browser).await;
    let pack = format!(
        "<link rel=\"preload\" href=\"{}\" as=\"fetch\" crossorigin />",
        server.url("/core/lang/de.json")
    );
    assert!(snippet.contains(&pack), "{snippet}");
    for hint in snippet_hints(&server) {
        assert!(snippet.contains(&hint), "{hint} in {snippet}");
    }

    browser.client.goto(&pasted(&server, "pasted-de.html", &snippet)).await.expect("the pasted page loads");
    let widget = browser.widget(0).await;
    assert_eq!(widget.text(".lb-intro .lb-button--primary").await, "Selbsteinschätzung starten");
    until_wasm_ready(&browser).await;
    // The pack came once, from the hint, and the wasm once: the loader used both hints.
    assert_eq!(
        requests_for(&browser, &["core/lang/de.json", "core/leadership-balance_bg.wasm"]).await,
        json!([1, 1])
    );
    browser.close().await;
}

/// Text that ends a `<script>` element and starts another, as a marketer might paste it from
/// elsewhere. Each one, if it ever ran, would leave its mark on `window.__pwned`.
fn hostile(mark: &str) -> String {
    format!("</script><script>window.__pwned = (window.__pwned || []).concat('{mark}')</script><!--")
}

#[tokio::test]
async fn hostile_text_in_every_configurator_field_stays_text_on_the_pasted_page() {
    let (server, browser) = open_bundle(Engine::Chromium, "/configure.html", 1200, 1000).await;
    // Every field that takes free text: the provider's name and link, and each course's title
    // and link (the colour, language, number and checkboxes cannot hold text).
    let fields: Vec<String> = browser
        .script("return [...document.querySelectorAll('#settings input[type=text], #settings input[type=url]')].map((i) => i.id);")
        .await
        .as_array()
        .expect("field ids")
        .iter()
        .filter_map(|id| id.as_str().map(str::to_owned))
        .collect();
    assert_eq!(fields.len(), 2 + 2 * 9, "{fields:?}");
    for id in &fields {
        let text = if id.ends_with("url") {
            format!("https://hostile.example/{}", hostile(id)).replace(' ', "")
        } else {
            hostile(id)
        };
        let set = format!(
            "const field = document.getElementById({id:?}); field.value = {text:?}; \
             field.dispatchEvent(new Event('input', {{ bubbles: true }}));"
        );
        browser.script(&set).await;
    }
    let name = hostile("provider-name");
    eventually(
        &browser,
        "return document.getElementById('snippet').value.includes('course-delegation-url');",
        "the snippet to follow the form",
    )
    .await;
    let snippet = snippet_of(&browser).await;

    // Pasted into a page with no Content-Security-Policy, as many marketing pages are.
    let page = pasted(&server, "no-csp/hostile.html", &snippet);
    browser.client.goto(&page).await.expect("the pasted page loads");
    let ran = browser.script("return window.__pwned ?? null;").await;
    assert_eq!(ran, Value::Null, "no script from the config ran");
    let scripts = browser.script("return document.scripts.length;").await;
    assert_eq!(scripts, json!(2), "the page holds the loader and the config's data block, nothing else");
    let widget = browser.widget(0).await;
    assert_eq!(widget.text(".lb-eyebrow").await, name, "the name is shown as typed, as text");
    browser.close().await;
}

#[tokio::test]
async fn iframe_mode_refuses_a_config_from_another_origin_and_parameters_it_cannot_use() {
    let server = StaticServer::start(bundle_dir());
    // Every request the browser makes goes through the server, so its log shows whether the
    // attacker's config was even asked for.
    let browser = Browser::launch_through_proxy(900, 900, &server).await;
    let refusal = "return document.querySelector('.embed-refused')?.textContent ?? null;";

    let attack = server.url("/embed.html?config=https://attacker.example/c.json");
    browser.client.goto(&attack).await.expect("the page loads");
    let sentence = eventually(&browser, refusal, "the refusal").await;
    assert_eq!(
        sentence,
        json!(format!(
            "This page does not load settings from https://attacker.example; it accepts them only from {}.",
            server.origin()
        ))
    );
    let widgets = browser.script("return document.querySelectorAll('leadership-balance').length;").await;
    assert_eq!(widgets, json!(0), "no widget shows the attacker's settings");
    let to_attacker = |request: &String| {
        let target = request.split_whitespace().nth(1).unwrap_or("");
        ["attacker.example", "http://attacker.example", "https://attacker.example"]
            .iter()
            .any(|host| target.starts_with(host))
    };
    let asked: Vec<String> = server.requests().into_iter().filter(to_attacker).collect();
    assert!(asked.is_empty(), "the attacker's config was requested: {asked:?}");

    let parameters = server.url("/embed.html?lang=%3Cscript%3E&accent=red");
    browser.client.goto(&parameters).await.expect("the page loads");
    let sentence = eventually(&browser, refusal, "the refusal").await;
    assert_eq!(
        sentence,
        json!(
            "The lang parameter must be a language code such as de or fr-CA. The accent parameter must be a hex colour such as #2450a6."
        )
    );
    browser.close().await;
}

#[test]
fn the_example_headers_send_the_policy_the_tests_serve_and_limit_framing() {
    for file in ["_headers", "nginx.conf"] {
        let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../web/headers").join(file);
        let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        let policy = format!("{}; frame-ancestors https://www.example.com", e2e::STRICT_CSP);
        assert!(text.contains(&policy), "web/headers/{file} lacks the tested policy: {policy}");
        assert!(text.contains("application/wasm"), "web/headers/{file} does not type the wasm");
    }
}

#[tokio::test]
async fn the_browser_side_origin_rule_follows_the_same_table_as_the_rust_side() {
    let table: Value = serde_json::from_str(include_str!("../../origins.json")).expect("the table is JSON");
    let (_server, browser) = open_bundle(Engine::Chromium, "/embed.html", 600, 600).await;
    let texts: Vec<&str> =
        table["cases"].as_array().expect("cases").iter().filter_map(|case| case["text"].as_str()).collect();
    let script = format!(
        "return import('/origin.js').then(({{ isOrigin }}) => {}.map(isOrigin));",
        serde_json::to_string(&texts).expect("texts")
    );
    let answers = browser.script(&script).await;
    let expected: Vec<Value> =
        table["cases"].as_array().expect("cases").iter().map(|c| c["origin"].clone()).collect();
    assert_eq!(answers, Value::Array(expected), "for {texts:?}");
    browser.close().await;
}

/// Sets the widget element's attribute `name` to `value`, as a framework host would.
async fn set_attribute(browser: &Browser, name: &str, value: &str) {
    let set = format!("document.querySelector('leadership-balance').setAttribute({name:?}, {value:?});");
    browser.script(&set).await;
}

#[tokio::test]
async fn attributes_changed_after_start_take_effect_and_keep_the_answers() {
    let server = StaticServer::start(bundle_dir());
    std::fs::write(
        server.scratch.join("first.json"),
        r#"{"id": "live", "provider": {"name": "First Provider"}}"#,
    )
    .expect("config written");
    std::fs::write(
        server.scratch.join("second.json"),
        r#"{"id": "live", "provider": {"name": "Second Provider"}}"#,
    )
    .expect("config written");
    let page = server.scratch_page(
        "live.html",
        r#"<leadership-balance lang="en" config="/scratch/first.json"></leadership-balance>"#,
    );
    let browser = Browser::launch(900, 1000).await;
    browser.client.goto(&page).await.expect("the page loads");
    let widget = browser.widget(0).await;
    assert_eq!(widget.text(".lb-eyebrow").await, "First Provider");
    widget.start_with_context("Not yet", "None").await;
    let (_, first) = widget.questions().await.into_iter().next().expect("a statement");
    e2e::choose_in(&first, "Often").await;
    assert_eq!(widget.text(".lb-progress__label").await, "1 of 48 answered");

    // The language, as a framework host would set it from its state.
    set_attribute(&browser, "lang", "de").await;
    widget.wait_for_heading("Wie oft tun Sie das?").await;
    assert_eq!(widget.text(".lb-progress__label").await, "1 von 48 beantwortet", "the answer is kept");
    assert_eq!(widget.attribute(".lb", "lang").await.as_deref(), Some("de"));

    // The accent.
    set_attribute(&browser, "accent", "#5a2d82").await;
    let accent = "return document.querySelector('leadership-balance').shadowRoot.querySelector('.lb-host').style.getPropertyValue('--lb-accent') === '#5a2d82';";
    eventually(&browser, accent, "the new accent").await;

    // The config: same statements, so the answer stays; the intro names the new provider.
    set_attribute(&browser, "config", "/scratch/second.json").await;
    let fetched = "return !!performance.getEntriesByType('resource').find((e) => e.name.endsWith('/scratch/second.json'));";
    eventually(&browser, fetched, "the new config to be fetched").await;
    assert_eq!(widget.text(".lb-progress__label").await, "1 von 48 beantwortet", "the answer is kept");
    widget.click_button("Zurück").await;
    widget.click_button("Zurück").await;
    let eyebrow = eventually(
        &browser,
        "const e = document.querySelector('leadership-balance').shadowRoot.querySelector('.lb-eyebrow'); return e && e.textContent;",
        "the intro",
    )
    .await;
    assert_eq!(eyebrow, json!("Second Provider"));
    browser.close().await;
}

#[tokio::test]
async fn iframe_mode_loads_a_config_from_an_origin_listed_at_build_time() {
    let server = StaticServer::start(bundle_dir());
    // Another origin for the same server: the browser treats localhost and 127.0.0.1 apart.
    let other = server.origin().replace("127.0.0.1", "localhost");
    // embed.html as `cargo xtask dist --config-origin <other>` writes it.
    let embed = std::fs::read_to_string(bundle_dir().join("embed.html")).expect("embed.html");
    let listed = embed
        .replace(
            r#"<meta name="leadership-balance-config-origins" content="" />"#,
            &format!(r#"<meta name="leadership-balance-config-origins" content="{other}" />"#),
        )
        .replace(r#"href="embed.css""#, r#"href="/embed.css""#)
        .replace(r#"src="leadership-balance.js""#, r#"src="/leadership-balance.js""#)
        .replace(r#"src="embed.js""#, r#"src="/embed.js""#);
    assert!(listed.contains(&other), "the meta tag is there to fill");
    std::fs::write(server.scratch.join("embed-listed.html"), listed).expect("written");
    let browser = Browser::launch(900, 900).await;
    let config = format!("{other}/test/iframe-config.json");
    browser
        .client
        .goto(&server.url(&format!("/scratch/embed-listed.html?config={config}")))
        .await
        .expect("loads");
    // Not refused: the widget is put in the page and tries the listed origin (this test
    // server answers on 127.0.0.1 only, so the browser cannot reach it as localhost, and the
    // widget says so, naming the address it tried).
    let refused = browser.script("return document.querySelector('.embed-refused');").await;
    assert_eq!(refused, Value::Null);
    let widget = browser.widget(0).await;
    let problem = widget.text(".lb-error__details li").await;
    assert!(problem.starts_with(&format!("config: could not be loaded from {config}")), "{problem}");
    browser.close().await;
}
