//! The provider's reference (`docs/embedding.md`) holds snippets the tests run: the React, Vue
//! and TypeScript blocks of "Use it from…" are the marked parts of the host files in
//! `tests/e2e/hosts/` (on which `frameworks.rs` and `package.rs` run), and the plain-HTML and
//! WordPress blocks, pointed at the test server instead of `cdn.example.com`, put a working
//! widget on a page. Its loading hints and reserved heights are the demo page's, and the
//! README's short snippet is the plain-HTML one.

use e2e::{Browser, StaticServer, bundle_dir, flows::INTRO};

const EMBEDDING: &str = include_str!("../../../docs/embedding.md");
const README: &str = include_str!("../../../README.md");
const CDN: &str = "https://cdn.example.com/leadership-balance/";

/// The text of the reference's section under `### {heading}`, up to the next heading.
fn section(heading: &str) -> &'static str {
    let needle = format!("\n### {heading}\n");
    let start =
        EMBEDDING.find(&needle).unwrap_or_else(|| panic!("no section {heading} in docs/embedding.md"));
    let rest = &EMBEDDING[start + needle.len()..];
    let end = rest.find("\n#").unwrap_or(rest.len());
    &rest[..end]
}

/// The first fenced block in `text` marked `language`.
fn block(text: &str, language: &str) -> String {
    let fence = format!("```{language}\n");
    let start = text.find(&fence).unwrap_or_else(|| panic!("no ```{language} block")) + fence.len();
    let end = text[start..].find("\n```").expect("the block ends");
    text[start..start + end].to_owned()
}

/// The part of a host file between `// README: begin` and `// README: end`.
fn marked(file: &str) -> String {
    let path = e2e::hosts_dir().join(file);
    let text = std::fs::read_to_string(&path).expect("the host file");
    let start = text.find("// README: begin\n").expect("a begin marker") + "// README: begin\n".len();
    let end = text.find("// README: end").expect("an end marker");
    text[start..end].trim_end().to_owned()
}

#[test]
fn the_framework_snippets_are_the_tested_host_code() {
    assert_eq!(block(section("React"), "jsx"), marked("react.jsx"));
    assert_eq!(block(section("Vue"), "js"), marked("vue.js"));
    assert_eq!(block(section("TypeScript, and the package"), "ts"), marked("typed.ts"));
}

#[tokio::test]
async fn the_plain_html_and_wordpress_snippets_put_a_working_widget_on_a_page() {
    let server = StaticServer::start(bundle_dir());
    let browser = Browser::launch(900, 1000).await;
    let here = |snippet: String| {
        snippet
            .replace(&format!("{CDN}config.json"), &server.url("/example-config.json"))
            .replace(CDN, &server.url("/"))
    };
    // Plain HTML under the strict CSP; WordPress, like most sites, with none.
    let no_csp = server.scratch.join("no-csp");
    std::fs::create_dir_all(&no_csp).expect("a folder");
    for (heading, path) in [("Plain HTML", "plain.html"), ("WordPress", "no-csp/wordpress.html")] {
        let snippet = here(block(section(heading), "html"));
        assert!(!snippet.contains("cdn.example.com"), "{heading}: {snippet}");
        let page = format!(
            "<!doctype html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>{heading}</title></head><body>\n{snippet}\n</body></html>\n"
        );
        std::fs::write(server.scratch.join(path), page).expect("page written");
        browser.client.goto(&server.url(&format!("/scratch/{path}"))).await.expect("the page loads");
        let widget = browser.widget(0).await;
        widget.wait_for_heading(INTRO).await;
        assert_eq!(widget.text(".lb-eyebrow").await, "Northwind Learning", "{heading}: the config is read");
        widget.click_button("Start the self-assessment").await;
        widget.wait_for_heading("First, a little about your role").await;
        // The next page is on the same origin: start it afresh, not from this one's answers.
        browser.script("localStorage.clear();").await;
    }
    browser.close().await;
}

#[test]
fn the_readmes_snippet_is_the_tested_plain_html_one() {
    assert_eq!(block(README, "html"), block(section("Plain HTML"), "html"));
}

#[test]
fn the_loading_hints_and_reserved_heights_are_the_demo_pages() {
    let after = |marker: &str| {
        &EMBEDDING[EMBEDDING.find(marker).unwrap_or_else(|| panic!("no {marker} in docs/embedding.md"))..]
    };
    let hints = block(after("\n### Faster on slow phones\n"), "html")
        .replace(&format!("{CDN}config.json"), "example-config.json")
        .replace(CDN, "");
    let demo = include_str!("../../../index.html");
    for line in hints.lines() {
        assert!(demo.contains(line.trim()), "the demo page lacks the hint {line}");
    }
    assert_eq!(hints.lines().count(), 4);
    // The same heights at the same widths as demo.css.
    let numbers = |text: &str| -> Vec<u32> {
        text.split(|c: char| !c.is_ascii_digit())
            .filter_map(|n| n.parse().ok())
            .filter(|n| *n >= 300)
            .collect()
    };
    let css = block(after("\n### Keep your page still\n"), "css");
    let demo_css = include_str!("../../../styles/demo.css");
    let demo_css = &demo_css[demo_css.find(".demo-widget {").expect("the widget's rule")..];
    assert_eq!(numbers(&css), numbers(demo_css));
}
