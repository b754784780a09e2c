//! The browser floor, enforced: the loader checks the WebAssembly features the wasm needs
//! before fetching it, and says so in a sentence where they are missing; and the widget is
//! styled with and without constructable stylesheets (the loader's own copy of the
//! stylesheet, or a <link> to it). Each is tested in all three engines, a missing feature by
//! removing it in a test page.

use std::time::{Duration, Instant};

use e2e::{Browser, Engine, StaticServer, TIMEOUT, bundle_dir, flows::INTRO, open_bundle};
use fantoccini::Locator;
use serde_json::Value;

const ENGINES: [Engine; 3] = [Engine::Chromium, Engine::Firefox, Engine::WebKit];

const OUTDATED: &str = "This browser is too old for the self-assessment. Please update it, or open this page in a current browser.";

#[tokio::test]
async fn without_reference_types_and_bulk_memory_the_learner_reads_a_sentence_and_no_wasm_is_fetched() {
    for engine in ENGINES {
        let (server, browser) = open_bundle(engine, "/test/old-wasm.html", 900, 900).await;
        let started = Instant::now();
        let english = loop {
            let text = browser.loader_message(0).await;
            if !text.starts_with("Loading") {
                break text;
            }
            assert!(started.elapsed() < TIMEOUT, "{engine:?}: still {text:?}");
            tokio::time::sleep(Duration::from_millis(50)).await;
        };
        assert_eq!(english, format!("{OUTDATED}Visit Northwind Learning"), "{engine:?}");
        let german = browser.loader_message(1).await;
        assert!(
            german.starts_with("Dieser Browser ist für die Selbsteinschätzung zu alt."),
            "{engine:?}: {german}"
        );
        let role = browser
            .script("return document.querySelector('leadership-balance').shadowRoot.querySelector('.lb-loading').getAttribute('role');")
            .await;
        assert_eq!(role, Value::String("alert".to_owned()), "{engine:?}");
        let requests = server.requests();
        assert!(requests.iter().any(|r| r.contains("/leadership-balance.js")), "{requests:?}");
        assert!(
            !requests.iter().any(|r| r.contains(".wasm")),
            "{engine:?}: the wasm was fetched although it cannot run: {requests:?}"
        );
        browser.close().await;
    }
}

#[tokio::test]
async fn without_constructable_stylesheets_the_widget_is_styled_all_the_same() {
    for engine in ENGINES {
        let (_server, browser) = open_bundle(engine, "/test/no-constructable.html", 900, 900).await;
        assert_eq!(
            browser.script("return window.constructableRemoved;").await,
            Value::Bool(true),
            "{engine:?}"
        );
        let widget = browser.widget(0).await;
        widget.wait_for_heading(INTRO).await;
        browser.wait_for_wasm(0).await;
        // The loader falls back to a <link> to the stylesheet in the shadow root, which needs
        // neither constructable stylesheets nor inline <style> (which a strict CSP would block).
        assert!(widget.root.find(Locator::Css("link[rel='stylesheet']")).await.is_ok(), "{engine:?}");
        wait_until_styled(engine, &widget).await;
        browser.close().await;
    }
}

#[tokio::test]
async fn with_constructable_stylesheets_the_loader_styles_the_widget_from_its_own_copy_and_fetches_no_stylesheet()
 {
    for engine in ENGINES {
        let server = StaticServer::start(bundle_dir());
        let page = server.scratch_page(
            "constructable.html",
            r##"<leadership-balance accent="#8a2be2"></leadership-balance>"##,
        );
        let browser = Browser::launch_engine(engine, 900, 900).await;
        browser.client.goto(&page).await.expect("the page loads");
        let widget = browser.widget(0).await;
        widget.wait_for_heading(INTRO).await;
        browser.wait_for_wasm(0).await;
        // One constructed sheet, adopted by the shadow root, under the server's strict CSP.
        let sheets = browser
            .script(
                "const root = document.querySelector('leadership-balance').shadowRoot; \
                 return [root.adoptedStyleSheets.length, root.querySelectorAll('link').length];",
            )
            .await;
        assert_eq!(sheets, serde_json::json!([1, 0]), "{engine:?}: [adopted sheets, links]");
        wait_until_styled(engine, &widget).await;
        let requests = server.requests();
        assert!(
            !requests.iter().any(|r| r.contains("leadership-balance.css")),
            "{engine:?}: the stylesheet was fetched although the loader carries it: {requests:?}"
        );
        browser.close().await;
    }
}

/// Waits until the intro's Start button has the stylesheet's height and the page's accent
/// (#8a2be2) as its background.
async fn wait_until_styled(engine: Engine, widget: &e2e::Widget) {
    let start = widget.find("button", "Start the self-assessment").await;
    let started = Instant::now();
    loop {
        let height = start.css_value("min-height").await.expect("min-height");
        let background = start.css_value("background-color").await.expect("background");
        // WebDriver gives colours as rgba() in some engines and rgb() in others.
        if height == "44px" && ["rgb(138, 43, 226)", "rgba(138, 43, 226, 1)"].contains(&background.as_str()) {
            break;
        }
        assert!(
            started.elapsed() < TIMEOUT,
            "{engine:?}: the Start button is unstyled: min-height {height}, background {background}"
        );
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
}
