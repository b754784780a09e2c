//! The widget in a React 19 page (in StrictMode) and a Vue 3 page, each built with esbuild from
//! the pinned npm packages (`tests/e2e/hosts/`): the host sets the element's attributes from
//! its state, listens to the three events, and the learner takes the whole assessment.

use std::process::Command;
use std::time::{Duration, Instant};

use e2e::{Browser, StaticServer, TIMEOUT, bundle_dir, flows, hosts_dir, node_modules, npm_tool};
use fantoccini::Locator;
use leadership_balance::strings::GERMAN;

/// Bundles `tests/e2e/hosts/<entry>` with esbuild into the scratch folder, beside a host page
/// and the demo's config as `config.json`, and returns the page's address. `mode` is React's
/// and Vue's `NODE_ENV`: StrictMode mounts twice only in `development`.
fn build_host(server: &StaticServer, name: &str, entry: &str, mode: &str) -> String {
    let (hosts, modules) = (hosts_dir(), node_modules());
    let script = server.scratch.join(format!("{name}.js"));
    let built = Command::new(npm_tool("esbuild"))
        .arg(hosts.join(entry))
        .args([
            "--bundle",
            "--format=esm",
            "--minify",
            "--jsx=automatic",
            "--log-level=warning",
            "--define:__VUE_OPTIONS_API__=false",
            "--define:__VUE_PROD_DEVTOOLS__=false",
            "--define:__VUE_PROD_HYDRATION_MISMATCH_DETAILS__=false",
        ])
        .arg(format!("--define:process.env.NODE_ENV=\"{mode}\""))
        .arg(format!("--outfile={}", script.display()))
        .env("NODE_PATH", &modules)
        .status()
        .expect("esbuild runs");
    assert!(built.success(), "esbuild could not build {entry}");
    let config = std::fs::read(bundle_dir().join("example-config.json")).expect("the demo config");
    std::fs::write(server.scratch.join("config.json"), config).expect("config written");
    let page = format!(
        "<!doctype html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\" />\n<title>{name} host</title>\n\
         <script type=\"module\" src=\"/leadership-balance.js\"></script>\n\
         <script type=\"module\" src=\"/scratch/{name}.js\"></script>\n</head>\n\
         <body>\n<div id=\"root\"></div>\n</body>\n</html>\n"
    );
    std::fs::write(server.scratch.join(format!("{name}.html")), page).expect("page written");
    server.url(&format!("/scratch/{name}.html"))
}

/// The host's event log, one line per event: `name {detail}`.
async fn event_log(browser: &Browser) -> Vec<String> {
    let lines = browser
        .script("return [...document.querySelectorAll('#events li')].map(li => li.textContent);")
        .await;
    serde_json::from_value(lines).expect("lines")
}

async fn click_host_button(browser: &Browser, label: &str) {
    let xpath = format!("//button[normalize-space()='{label}']");
    browser
        .client
        .find(Locator::XPath(&xpath))
        .await
        .expect("the host's button")
        .click()
        .await
        .expect("clicked");
}

async fn the_host_drives_the_widget(name: &str, entry: &str, mode: &str) {
    let server = StaticServer::start(bundle_dir());
    let url = build_host(&server, name, entry, mode);
    let browser = Browser::launch(900, 1000).await;
    browser.client.goto(&url).await.expect("the host page loads");
    let widget = browser.widget(0).await;
    widget.wait_for_heading(flows::INTRO).await;
    assert_eq!(widget.text(".lb-eyebrow").await, "Northwind Learning", "{name}: config.json is applied");

    // Attributes from the host's state: the language and the accent follow at once.
    click_host_button(&browser, "Switch language").await;
    widget.wait_for_heading(GERMAN.intro_heading).await;
    click_host_button(&browser, "Switch language").await;
    widget.wait_for_heading(flows::INTRO).await;
    click_host_button(&browser, "Purple accent").await;
    let start = widget.find("button", "Start the self-assessment").await;
    let started = Instant::now();
    while !["rgb(138, 43, 226)", "rgba(138, 43, 226, 1)"]
        .contains(&start.css_value("background-color").await.expect("colour").as_str())
    {
        assert!(started.elapsed() < TIMEOUT, "{name}: the accent did not follow the host's state");
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    assert!(event_log(&browser).await.is_empty(), "{name}: no event before the learner acts");

    // The whole assessment, by labels.
    widget.start_with_context("3–5 years", "4–8").await;
    flows::answer_pages(&widget, 0..8).await;
    widget.wait_for_heading("Your leadership balance").await;
    assert_eq!(widget.text(".lb-profile__name").await, "Steady organizer");
    assert_eq!(widget.table_value("tfoot", "Management").await, "75");
    assert_eq!(widget.table_value("tfoot", "Leadership").await, "50");
    let pdf = browser.download_pdf(&widget, "Download PDF").await;
    e2e::pdf_tools::assert_well_formed(&pdf);
    assert!(e2e::pdf_tools::text_of(&pdf).contains("Steady organizer"), "{name}: the PDF's profile");

    // Each event reached the host once: StrictMode's second mount left no extra listener.
    let log = event_log(&browser).await;
    let count = |prefix: &str| log.iter().filter(|line| line.starts_with(prefix)).count();
    assert_eq!(count("leadership-balance:started {}"), 1, "{name}: {log:?}");
    assert_eq!(count("leadership-balance:progress {\"answered\":47,\"total\":48}"), 1, "{name}: {log:?}");
    assert_eq!(count("leadership-balance:completed "), 1, "{name}: {log:?}");
    let completed =
        log.iter().find(|line| line.starts_with("leadership-balance:completed ")).expect("completed");
    assert_eq!(
        completed,
        "leadership-balance:completed {\"management\":75,\"leadership\":50,\"profile\":\"management_strong\",\"topics\":[\"motivation\",\"influence\"]}",
        "{name}"
    );
    browser.close().await;
}

#[tokio::test]
async fn a_react_19_page_in_strict_mode_drives_the_widget_through_a_whole_assessment() {
    // A development build: there StrictMode mounts every component, runs its effects, cleans
    // them up and runs them again, which is what a widget host must survive.
    the_host_drives_the_widget("react", "react.jsx", "development").await;
}

#[tokio::test]
async fn a_vue_3_page_drives_the_widget_through_a_whole_assessment() {
    the_host_drives_the_widget("vue", "vue.js", "production").await;
}
