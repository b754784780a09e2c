//! Anonymous by construction: a whole session — intro, every answer, results, PDF, share link,
//! reload and resume — through a proxy that logs every request the browser makes, to any
//! host, while the page itself lists every resource it fetched (Resource Timing). Only the
//! bundle's own files may appear, nothing at all after the bundle has loaded, and no cookie is
//! ever set.

use std::collections::BTreeSet;

use e2e::flows::{open_shared_result, share_link};
use e2e::{Browser, StaticServer, bundle_dir};
use fantoccini::Locator;
use serde_json::Value;

/// The bundle's files the demo page loads; plus the favicon, which the browser itself asks
/// for on every page.
const ALLOWED: [&str; 12] = [
    "/",
    "/demo.css",
    "/leadership-balance.js",
    "/leadership-balance.css",
    "/core/leadership-balance.js",
    "/core/leadership-balance_bg.wasm",
    "/core/leadership-balance-full.js",
    "/core/leadership-balance-full_bg.wasm",
    FONTS[0],
    FONTS[1],
    "/example-config.json",
    "/favicon.ico",
];

/// The PDF's fonts, fetched once the results are shown: static files, the same for everyone.
const FONTS: [&str; 2] = ["/core/fonts/sans-regular.lbfont", "/core/fonts/sans-bold.lbfont"];

/// `request` ("GET http://host/path?query") as its method and path on the bundle's server.
fn local(server: &StaticServer, request: &str) -> String {
    let target = request.split_whitespace().nth(1).unwrap_or("");
    let local = target.strip_prefix(&server.origin()).unwrap_or(target);
    format!("{} {}", request.split_whitespace().next().unwrap_or(""), local.split('?').next().unwrap_or(""))
}

/// Hosts of Chromium's own background services. They show up in the proxy's log with or
/// without the widget (sign-in, component updates, network time, the default search
/// engine's preconnect), so they are not the page's requests; everything else is.
const BROWSER_SERVICES: [&str; 5] = [
    "accounts.google.com",
    "update.googleapis.com",
    "clients2.google.com",
    "start.duckduckgo.com",
    "content-autofill.googleapis.com",
];

fn is_browser_service(request: &str) -> bool {
    let target = request.split_whitespace().nth(1).unwrap_or("");
    let host = target.trim_start_matches("http://").split(['/', ':']).next().unwrap_or("");
    BROWSER_SERVICES.contains(&host)
}

/// What the page itself fetched, by its own account.
async fn page_resources(browser: &Browser) -> Vec<String> {
    let list = browser.script("return performance.getEntriesByType('resource').map((e) => e.name);").await;
    list.as_array().into_iter().flatten().filter_map(|v| v.as_str().map(str::to_owned)).collect()
}

/// The widget's own requests in the proxy's log.
fn page_requests(server: &StaticServer) -> Vec<String> {
    server.requests().into_iter().filter(|r| !is_browser_service(r)).collect()
}

async fn assert_no_cookie(browser: &Browser, step: &str) {
    assert_eq!(browser.script("return document.cookie;").await, Value::String(String::new()), "{step}");
}

#[tokio::test]
async fn a_whole_session_requests_only_the_bundle_and_sets_no_cookie() {
    let server = StaticServer::start(bundle_dir());
    let browser = Browser::launch_through_proxy(900, 1000, &server).await;
    browser.client.goto(&server.url("/")).await.expect("the demo page loads");
    let widget = browser.widget(0).await;
    widget.wait_for_heading("Management or leadership: where should you grow next?").await;
    assert_no_cookie(&browser, "intro").await;
    // A visitor who does not start downloads no more than the first module.
    assert!(
        !page_requests(&server).iter().any(|r| r.contains("leadership-balance-full")),
        "the full module was fetched before the learner did anything"
    );

    widget.start_with_context("1–3 years", "1–3").await;
    // The loader fetches the full module (the results) at the learner's first click; from then
    // on the page has everything it will ever load.
    browser.wait_for_full_module().await;
    let loaded = page_requests(&server).len();
    browser.answer_everything(0).await;
    widget.wait_for_heading("Your leadership balance").await;
    let scores = widget.texts("tbody td:last-child").await;
    let indexes = widget.texts("tfoot td:last-child").await;
    assert_eq!(scores.len(), 16);
    let note = widget.root.find(Locator::Css("textarea")).await.expect("a reflection box");
    note.send_keys("A private note").await.expect("typed");
    widget.click_button("Download PDF").await;
    browser.downloaded_file().await;
    let link = share_link(&widget).await;
    assert!(link.starts_with(&format!("{}#lb=", server.url("/"))), "{link}");
    assert!(link.len() - server.url("/").len() <= 120, "{link}");
    assert_no_cookie(&browser, "results").await;
    // After the bundle, only the PDF's fonts: nothing the learner did goes with them.
    let after_session: Vec<String> =
        page_requests(&server)[loaded..].iter().map(|r| local(&server, r)).collect();
    assert_eq!(after_session, FONTS.map(|f| format!("GET {f}")), "requests after the bundle loaded");
    let fetched = page_resources(&browser).await;
    let allowed_urls: Vec<String> = ALLOWED.iter().map(|p| server.url(p)).collect();
    assert!(fetched.len() >= 5, "the page lists its resources: {fetched:?}");
    for url in &fetched {
        assert!(allowed_urls.contains(url), "the page fetched {url}, which is not the bundle's");
    }

    // The share link opens read-only results equal to the original, without the note.
    let shared = open_shared_result(&browser, &link).await;
    assert_eq!(shared.texts("tbody td:last-child").await, scores);
    assert_eq!(shared.texts("tfoot td:last-child").await, indexes);
    assert!(shared.root.find(Locator::Css("textarea")).await.is_err(), "no notes in a shared result");
    shared.click_button("Take it yourself").await;
    assert_eq!(browser.script("return location.hash;").await, Value::String(String::new()));

    // This device still has the learner's own session: a reload offers it back.
    browser.client.refresh().await.expect("reloaded");
    let resumed = browser.widget(0).await;
    resumed.click_button("Continue where you left off").await;
    resumed.wait_for_heading("Your leadership balance").await;
    assert_eq!(resumed.texts("tbody td:last-child").await, scores);
    let kept = resumed.root.find(Locator::Css("textarea")).await.expect("the note box");
    assert_eq!(kept.prop("value").await.expect("value").as_deref(), Some("A private note"));
    assert_no_cookie(&browser, "after resuming").await;

    for url in page_resources(&browser).await {
        assert!(allowed_urls.contains(&url), "after resuming, the page fetched {url}");
    }
    let requests = page_requests(&server);
    let paths: BTreeSet<String> = requests.iter().map(|r| local(&server, r)).collect();
    let allowed: BTreeSet<String> = ALLOWED.iter().map(|p| format!("GET {p}")).collect();
    let unexpected: Vec<&String> = paths.difference(&allowed).collect();
    assert!(unexpected.is_empty(), "requests beyond the bundle: {unexpected:?}\nall: {requests:?}");
    assert!(
        requests.iter().all(|r| r
            .split_whitespace()
            .nth(1)
            .is_some_and(|t| t.starts_with(&server.origin()) || t.starts_with('/'))),
        "every request went to the bundle's own origin: {requests:?}"
    );
    browser.close().await;
}
