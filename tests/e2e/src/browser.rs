//! A browser session as the tests use it: launched in the shape a test needs (a size, a
//! language, a colour scheme, a zoom, a proxy, an engine), and the page-level steps every test
//! shares: finding a widget, waiting for the wasm or the full module, reading the loader's
//! message, answering everything, saving a download. How each engine is started is in
//! [`crate::drivers`].

use std::path::PathBuf;
use std::time::{Duration, Instant};

use fantoccini::elements::Element;
use fantoccini::{Client, Locator};

use crate::drivers::{self, DevToolsCommand, Engine, MIN_WINDOW_WIDTH, Running};
use crate::flows::INTRO;
use crate::{Held, Hold, StaticServer, TIMEOUT, Widget, bundle_dir};

/// Serves the release bundle and opens its page `path` in a `width` × `height` window of
/// `engine`: the start of most tests.
pub async fn open_bundle(engine: Engine, path: &str, width: u32, height: u32) -> (StaticServer, Browser) {
    let server = StaticServer::start(bundle_dir());
    let browser = Browser::launch_engine(engine, width, height).await;
    browser.client.goto(&server.url(path)).await.unwrap_or_else(|e| panic!("{path} does not load: {e}"));
    (server, browser)
}

/// Serves the release bundle with the responses for `held` kept waiting, opens the demo page
/// in a `width` × `height` window of `engine`, and waits for the first widget's intro.
pub async fn open_intro_holding(
    engine: Engine,
    held: Held,
    width: u32,
    height: u32,
) -> (StaticServer, Hold, Browser, Widget) {
    let server = StaticServer::start(bundle_dir());
    let hold = server.hold(held);
    let browser = Browser::launch_engine(engine, width, height).await;
    browser.client.goto(&server.url("/")).await.expect("the demo page loads");
    let widget = browser.widget(0).await;
    widget.wait_for_heading(INTRO).await;
    (server, hold, browser, widget)
}

/// A browser session driven through its engine's own WebDriver server.
pub struct Browser {
    pub client: Client,
    pub engine: Engine,
    /// The driver, profile and display behind the session, ended when the browser is dropped.
    running: Running,
}

impl Browser {
    /// Starts chromedriver and a headless Chromium with a window of `width` × `height`.
    pub async fn launch(width: u32, height: u32) -> Browser {
        Browser::launch_with(width, height, &[]).await
    }

    /// A browser whose every request, to any host and to loopback too, goes through
    /// `server` acting as its proxy, so the server's log is the complete list of what the
    /// browser asked the network for.
    pub async fn launch_through_proxy(width: u32, height: u32, server: &StaticServer) -> Browser {
        let proxy = [
            format!("--proxy-server=http://{}", server.address),
            "--proxy-bypass-list=<-loopback>".to_owned(),
        ];
        Browser::launch_with(width, height, &proxy).await
    }

    /// A browser whose preferred language (`navigator.language`) is `tag`, such as `fr-FR`.
    pub async fn launch_with_language(width: u32, height: u32, tag: &str) -> Browser {
        Browser::launch_with(width, height, &[format!("--lang={tag}"), format!("--accept-lang={tag}")]).await
    }

    /// A browser started with extra Chromium switches, such as `--force-prefers-reduced-motion`.
    pub async fn launch_with_switches(width: u32, height: u32, switches: &[&str]) -> Browser {
        let switches: Vec<String> = switches.iter().map(|s| (*s).to_owned()).collect();
        Browser::launch_with(width, height, &switches).await
    }

    /// A `width` × `height` window zoomed to `zoom`: the page sees a viewport `zoom` times
    /// narrower, with `zoom` device pixels per CSS pixel, as browser zoom gives it.
    pub async fn launch_zoomed(width: u32, height: u32, zoom: f64) -> Browser {
        let css_pixels = |device: u32| (f64::from(device) / zoom).round() as u32;
        let metrics = serde_json::json!({
            "width": css_pixels(width),
            "height": css_pixels(height),
            "pixelRatio": zoom,
        });
        Browser::launch_configured(width, height, &[], Some(metrics)).await
    }

    /// A browser that reports `prefers-color-scheme: <scheme>` (`light` or `dark`).
    pub async fn launch_with_scheme(width: u32, height: u32, scheme: &str) -> Browser {
        Browser::launch_with(
            width,
            height,
            &[format!("--blink-settings=preferredColorScheme={}", if scheme == "dark" { 0 } else { 1 })],
        )
        .await
    }

    async fn launch_with(width: u32, height: u32, extra: &[String]) -> Browser {
        // Chromium will not make a window narrower than about 500 px; phone widths need the
        // device emulation that DevTools uses.
        let metrics = (width < MIN_WINDOW_WIDTH)
            .then(|| serde_json::json!({ "width": width, "height": height, "pixelRatio": 2 }));
        Browser::launch_configured(width, height, extra, metrics).await
    }

    async fn launch_configured(
        width: u32,
        height: u32,
        extra: &[String],
        device_metrics: Option<serde_json::Value>,
    ) -> Browser {
        let (client, running) = drivers::chromium(width, height, extra, device_metrics).await;
        Browser { client, engine: Engine::Chromium, running }
    }

    /// A `width` × `height` window of `engine`, with downloads going to the profile's folder
    /// where the engine can be told so.
    pub async fn launch_engine(engine: Engine, width: u32, height: u32) -> Browser {
        match engine {
            Engine::Chromium => Browser::launch(width, height).await,
            Engine::Firefox => Browser::launch_firefox(width, height, "light").await,
            Engine::WebKit => {
                let (client, running) = drivers::webkit(width, height).await;
                Browser { client, engine: Engine::WebKit, running }
            }
        }
    }

    /// Firefox ESR, headless, reporting `prefers-color-scheme: <scheme>` (`light` or `dark`).
    pub async fn launch_firefox(width: u32, height: u32, scheme: &str) -> Browser {
        let (client, running) = drivers::firefox(width, height, scheme).await;
        Browser { client, engine: Engine::Firefox, running }
    }

    /// Waits for a finished download and returns its path.
    pub async fn downloaded_file(&self) -> PathBuf {
        let dir = self.running.downloads();
        let started = Instant::now();
        loop {
            let finished: Vec<PathBuf> = std::fs::read_dir(&dir)
                .map(|entries| entries.filter_map(Result::ok).map(|e| e.path()).collect())
                .unwrap_or_default();
            // Chromium writes to a hidden temporary file, then a .crdownload, then renames;
            // Firefox writes a .part file beside an empty placeholder.
            let partial = finished.iter().any(|p| {
                let name = p.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
                name.starts_with('.') || name.ends_with(".crdownload") || name.ends_with(".part")
            });
            if let (false, [file]) = (partial, finished.as_slice()) {
                return file.clone();
            }
            assert!(started.elapsed() < Duration::from_secs(20), "no download finished: {finished:?}");
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
    }

    /// Clicks the button `label` of `widget` and returns the PDF file it saved.
    ///
    /// Chromium and Firefox save it into the profile's download folder, as for a learner.
    /// WebKitGTK's MiniBrowser offers WebDriver no download folder, so there the test reads
    /// the very bytes the widget hands the browser to save: `URL.createObjectURL` is wrapped to
    /// keep each Blob, and the link's `download` attribute gives the file name. The file is
    /// written to the same folder, so that the same qpdf and pdftotext checks run on it.
    pub async fn download_pdf(&self, widget: &Widget, label: &str) -> PathBuf {
        if self.engine != Engine::WebKit {
            widget.click_button(label).await;
            return self.downloaded_file().await;
        }
        self.script(
            r#"if (!window.lbSavedFiles) {
                window.lbSavedFiles = [];
                const create = URL.createObjectURL;
                URL.createObjectURL = (blob) => {
                    const url = create.call(URL, blob);
                    window.lbSavedFiles.push({ url, blob, name: null });
                    return url;
                };
                const click = HTMLAnchorElement.prototype.click;
                HTMLAnchorElement.prototype.click = function () {
                    const saved = window.lbSavedFiles.find((file) => file.url === this.href);
                    if (saved) saved.name = this.download;
                    return click.call(this);
                };
            }"#,
        )
        .await;
        widget.click_button(label).await;
        let read = r#"
            const done = arguments[arguments.length - 1];
            const poll = () => {
                const saved = window.lbSavedFiles.filter((file) => file.name);
                if (!saved.length) return setTimeout(poll, 50);
                const file = saved[saved.length - 1];
                file.blob.arrayBuffer().then((buffer) =>
                    done({ name: file.name, type: file.blob.type, bytes: Array.from(new Uint8Array(buffer)) }));
            };
            poll();
        "#;
        let saved = self.client.execute_async(read, vec![]).await.expect("the saved Blob");
        assert_eq!(saved["type"], "application/pdf", "the Blob's type");
        let name = saved["name"].as_str().expect("a download name").to_owned();
        let bytes: Vec<u8> = serde_json::from_value(saved["bytes"].clone()).expect("bytes");
        let file = self.running.downloads().join(name);
        std::fs::write(&file, bytes).expect("the PDF written");
        file
    }

    /// Ends the session, the driver and any virtual display.
    pub async fn close(mut self) {
        let _ = self.client.clone().close().await;
        self.running.end();
    }

    /// Waits for an element of the host page, with a timeout that names what was awaited.
    pub async fn wait_for(&self, xpath: &str) -> Element {
        self.client
            .wait()
            .at_most(TIMEOUT)
            .for_element(Locator::XPath(xpath))
            .await
            .unwrap_or_else(|e| panic!("no element {xpath}: {e}"))
    }

    /// The `index`th `<leadership-balance>` on the page, once its widget has drawn.
    pub async fn widget(&self, index: usize) -> Widget {
        let started = Instant::now();
        loop {
            let hosts = self.client.find_all(Locator::Css("leadership-balance")).await.unwrap_or_default();
            if let Some(host) = hosts.get(index)
                && let Ok(root) = host.shadow_root().await
                && root.find(Locator::Css(".lb")).await.is_ok()
            {
                return Widget { host: host.clone(), root };
            }
            assert!(started.elapsed() < TIMEOUT, "widget {index} did not appear");
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
    }

    /// Waits until the wasm has started widget `index` (the loader then sets the element's
    /// `widget`), so that what a test finds next is the wasm's own DOM, not the loader's early
    /// intro that it is about to replace with an identical one.
    pub async fn wait_for_wasm(&self, index: usize) {
        let script =
            format!("return Boolean(document.querySelectorAll('leadership-balance')[{index}]?.widget);");
        let started = Instant::now();
        while self.script(&script).await != serde_json::Value::Bool(true) {
            assert!(started.elapsed() < TIMEOUT, "the wasm never started widget {index}");
            tokio::time::sleep(Duration::from_millis(25)).await;
        }
    }

    /// Saves a screenshot of the whole page as `name` in the folder `LB_SCREENSHOTS` names,
    /// if it names one; the README's picture comes from here.
    pub async fn save_full_page(&self, name: &str) {
        let Some(dir) = std::env::var_os("LB_SCREENSHOTS").map(PathBuf::from) else { return };
        let height =
            self.script("return document.documentElement.scrollHeight;").await.as_u64().unwrap_or(1000);
        let (width, _) = self.client.get_window_size().await.expect("a window size");
        self.client.set_window_size(width as u32, height as u32 + 100).await.expect("resized");
        let png = self.client.screenshot().await.expect("a screenshot");
        std::fs::create_dir_all(&dir).expect("screenshot folder");
        std::fs::write(dir.join(name), png).expect("screenshot written");
    }

    /// Answers every statement of the `index`th widget at "Sometimes", page by page, with a
    /// script inside its shadow root, up to the results (or, for a colleague, the answer link);
    /// for tests about what happens after the questions rather than about answering them.
    pub async fn answer_everything(&self, index: usize) {
        let script = format!(
            r#"
            const done = arguments[arguments.length - 1];
            const root = document.querySelectorAll("leadership-balance")[{index}].shadowRoot;
            const step = () => {{
                // The learner's results, or the colleague's answer link.
                if (root.querySelector(".lb-results, .lb-colleague input")) return done(true);
                for (const group of root.querySelectorAll(".lb-cards fieldset")) {{
                    const input = group.querySelector('input[data-index="2"]');
                    if (!input.checked) input.click();
                }}
                // The forward button, in whatever language the widget speaks; none while the
                // results are being handed over to the full module.
                root.querySelector(".lb-nav .lb-button--primary")?.click();
                setTimeout(step, 10);
            }};
            step();
            "#
        );
        self.client.execute_async(&script, vec![]).await.expect("answered");
    }

    /// Waits until the widget's full module has arrived (the loader's
    /// `leadership-balance:full-ready` mark): the page then has every file it will load.
    pub async fn wait_for_full_module(&self) {
        let started = Instant::now();
        let ready = "return performance.getEntriesByName('leadership-balance:full-ready').length > 0;";
        while self.script(ready).await != serde_json::Value::Bool(true) {
            assert!(started.elapsed() < TIMEOUT, "the full module did not arrive");
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
    }

    /// The text of the loader's own message (loading, or why the widget cannot run) in the
    /// `index`th widget, once there is one.
    pub async fn loader_message(&self, index: usize) -> String {
        let script = format!(
            "return document.querySelectorAll('leadership-balance')[{index}]?.shadowRoot?.querySelector('.lb-loading')?.textContent ?? null;"
        );
        let started = Instant::now();
        loop {
            if let serde_json::Value::String(text) = self.script(&script).await {
                return text;
            }
            assert!(started.elapsed() < TIMEOUT, "no loader message");
            tokio::time::sleep(Duration::from_millis(20)).await;
        }
    }

    /// How far the page scrolls sideways, in CSS pixels: 0 when nothing overflows.
    pub async fn sideways_overflow(&self) -> i64 {
        self.script("return document.documentElement.scrollWidth - document.documentElement.clientWidth;")
            .await
            .as_i64()
            .unwrap_or(i64::MAX)
    }

    /// Runs a Chrome DevTools Protocol command (such as `Network.setCacheDisabled`) through
    /// ChromeDriver, and returns its result.
    pub async fn devtools(&self, method: &str, params: serde_json::Value) -> serde_json::Value {
        let command = DevToolsCommand { method: method.to_owned(), params };
        self.client.issue_cmd(command).await.unwrap_or_else(|e| panic!("DevTools {method}: {e}"))
    }

    /// Runs a script in the page and returns its result.
    pub async fn script(&self, source: &str) -> serde_json::Value {
        self.client.execute(source, vec![]).await.unwrap_or_else(|e| panic!("script failed: {e}\n{source}"))
    }
}
