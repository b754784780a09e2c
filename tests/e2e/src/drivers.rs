//! The processes behind a browser session: each engine's WebDriver server, the session it is
//! asked for with that engine's own options, and for WebKit, which has no headless mode, a
//! virtual display. Kept apart from [`crate::Browser`], which is what a test does with a
//! session, because this is what differs from one engine (and one machine) to the next.

use std::io::{BufRead, BufReader};
use std::net::{TcpListener, TcpStream};
use std::path::PathBuf;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use fantoccini::{Client, ClientBuilder};
use hyper_util::client::legacy::connect::HttpConnector;

/// The browser engines the end-to-end flow runs in.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Engine {
    /// Debian's Chromium through chromedriver, headless: Chrome and Edge's engine.
    Chromium,
    /// Debian's Firefox ESR through geckodriver, headless.
    Firefox,
    /// WebKitGTK's MiniBrowser through WebKitWebDriver: Safari's engine. It has no headless
    /// mode, so it runs on a virtual display (Xvfb); without one, a session hangs silently.
    WebKit,
}

/// Where each engine's pieces are; the drivers can be moved with environment variables, as
/// `cargo xtask test` does for geckodriver, which `cargo install` puts in ~/.cargo/bin.
const FIREFOX: &str = "/usr/bin/firefox-esr";
const MINIBROWSER: &str = "/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser";

/// Below this width a real window cannot go, and the viewport is emulated instead.
pub(crate) const MIN_WINDOW_WIDTH: u32 = 500;

/// What a session runs on and leaves behind: its WebDriver server, its profile folder and any
/// virtual display. Dropping it ends them, so that a test that panics before
/// [`crate::Browser::close`] leaves no driver (and through it no browser) running.
pub(crate) struct Running {
    driver: Child,
    profile: TempDir,
    /// WebKit's virtual display, ended with the session.
    display: Option<VirtualDisplay>,
}

impl Running {
    /// The folder the browser saves downloads into.
    pub(crate) fn downloads(&self) -> PathBuf {
        self.profile.0.join("downloads")
    }

    /// Ends the driver and any virtual display; the profile goes when this is dropped.
    pub(crate) fn end(&mut self) {
        let _ = self.driver.kill();
        let _ = self.driver.wait();
        drop(self.display.take());
    }
}

impl Drop for Running {
    fn drop(&mut self) {
        let _ = self.driver.kill();
        let _ = self.driver.wait();
    }
}

/// An X display for a browser with no headless mode: Debian's Xvfb, with no window manager.
pub struct VirtualDisplay {
    /// Such as `:7`, for the `DISPLAY` variable.
    pub name: String,
    server: Child,
}

impl VirtualDisplay {
    /// Starts Xvfb on the first free display number, which it reports on its standard output.
    pub fn start() -> VirtualDisplay {
        let mut server = Command::new("Xvfb")
            .args(["-displayfd", "1", "-screen", "0", "1920x1200x24", "-nolisten", "tcp"])
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .unwrap_or_else(|e| panic!("cannot start Xvfb (Debian package xvfb): {e}"));
        let mut number = String::new();
        if let Some(out) = server.stdout.take() {
            let _ = BufReader::new(out).read_line(&mut number);
        }
        let number = number.trim();
        assert!(!number.is_empty(), "Xvfb did not report its display number");
        VirtualDisplay { name: format!(":{number}"), server }
    }

    /// Gives the browser's window the keyboard focus. With no window manager nobody else
    /// does, and an unfocused window never matches `:focus` or `:focus-visible`, so focus
    /// rings would not show and the keyboard test would fail for a reason no learner meets.
    fn focus_the_window(&self) {
        let focused = Command::new("xdotool")
            .args([
                "search",
                "--sync",
                "--onlyvisible",
                "--class",
                "MiniBrowser",
                "windowfocus",
                "--sync",
                "%@",
            ])
            .env("DISPLAY", &self.name)
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .status()
            .unwrap_or_else(|e| panic!("cannot run xdotool (Debian package xdotool): {e}"));
        assert!(focused.success(), "xdotool could not focus the browser window");
    }
}

impl Drop for VirtualDisplay {
    fn drop(&mut self) {
        let _ = self.server.kill();
        let _ = self.server.wait();
    }
}

/// A folder removed when dropped: a browser's throwaway profile.
struct TempDir(PathBuf);

impl Drop for TempDir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0").and_then(|l| l.local_addr()).map(|a| a.port()).expect("a free port")
}

/// A throwaway profile folder for the session on `port`, with its downloads folder made.
fn profile_for(port: u16) -> TempDir {
    let profile = std::env::temp_dir().join(format!("lb-e2e-{}-{port}", std::process::id()));
    let _ = std::fs::create_dir_all(profile.join("downloads"));
    TempDir(profile)
}

/// Starts a WebDriver server and waits until it listens on `port`.
async fn start_driver(command: &mut Command, port: u16) -> Child {
    let description = format!("{command:?}");
    let driver = command
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap_or_else(|e| panic!("cannot start {description}: {e}"));
    let started = Instant::now();
    while TcpStream::connect(("127.0.0.1", port)).is_err() {
        assert!(started.elapsed() < Duration::from_secs(20), "{description} did not start");
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    driver
}

/// A WebDriver session on the driver at `port`, with the engine's options under `key`.
async fn session(port: u16, key: &str, options: serde_json::Value) -> Client {
    let mut capabilities = serde_json::Map::new();
    capabilities.insert(key.to_owned(), options);
    ClientBuilder::new(HttpConnector::new())
        .capabilities(capabilities)
        .connect(&format!("http://127.0.0.1:{port}"))
        .await
        .unwrap_or_else(|e| panic!("no WebDriver session for {key}: {e}"))
}

/// A headless Chromium with a window of `width` × `height` (at least [`MIN_WINDOW_WIDTH`]),
/// started with the `extra` switches, its viewport emulated as `device_metrics` when given.
pub(crate) async fn chromium(
    width: u32,
    height: u32,
    extra: &[String],
    device_metrics: Option<serde_json::Value>,
) -> (Client, Running) {
    let driver_path = std::env::var("CHROMEDRIVER").unwrap_or_else(|_| "chromedriver".to_owned());
    let port = free_port();
    let driver = start_driver(Command::new(&driver_path).arg(format!("--port={port}")), port).await;
    let profile = profile_for(port);
    let args = vec![
        "--headless=new".to_owned(),
        "--no-sandbox".to_owned(),
        "--disable-gpu".to_owned(),
        "--disable-dev-shm-usage".to_owned(),
        "--disable-background-networking".to_owned(),
        "--disable-component-update".to_owned(),
        "--disable-sync".to_owned(),
        "--no-first-run".to_owned(),
        // Chromium's own services (autofill, sign-in, safe browsing, …) would otherwise call
        // home during a session; the privacy test must see only the page's requests.
        "--disable-features=AutofillServerCommunication,OptimizationHints,Translate,MediaRouter,AccountConsistency"
            .to_owned(),
        "--disable-client-side-phishing-detection".to_owned(),
        "--disable-default-apps".to_owned(),
        "--disable-domain-reliability".to_owned(),
        "--disable-extensions".to_owned(),
        "--no-pings".to_owned(),
        "--no-default-browser-check".to_owned(),
        "--allow-browser-signin=false".to_owned(),
        format!("--window-size={},{height}", width.max(MIN_WINDOW_WIDTH)),
        format!("--user-data-dir={}", profile.0.display()),
    ];
    let args: Vec<String> = args.into_iter().chain(extra.iter().cloned()).collect();
    let running = Running { driver, profile, display: None };
    let mut options = serde_json::json!({
        "binary": "/usr/bin/chromium",
        "args": args,
        "prefs": {
            "download.default_directory": running.downloads().to_string_lossy(),
            "download.prompt_for_download": false,
        },
    });
    if let Some(metrics) = device_metrics {
        options["mobileEmulation"] = serde_json::json!({ "deviceMetrics": metrics });
    }
    let client = session(port, "goog:chromeOptions", options).await;
    (client, running)
}

/// Firefox ESR, headless, with a window of `width` × `height`, reporting
/// `prefers-color-scheme: <scheme>` (`light` or `dark`), saving PDFs to the downloads folder.
pub(crate) async fn firefox(width: u32, height: u32, scheme: &str) -> (Client, Running) {
    let driver_path = std::env::var("GECKODRIVER").unwrap_or_else(|_| "geckodriver".to_owned());
    let port = free_port();
    let driver =
        start_driver(Command::new(&driver_path).args(["--port", &port.to_string(), "--log", "fatal"]), port)
            .await;
    let running = Running { driver, profile: profile_for(port), display: None };
    let options = serde_json::json!({
        "binary": FIREFOX,
        "args": ["-headless", "-width", width.to_string(), "-height", height.to_string()],
        "prefs": {
            // Save `<a download>` files to our folder, without asking or opening them.
            "browser.download.folderList": 2,
            "browser.download.dir": running.downloads().to_string_lossy(),
            "browser.download.useDownloadDir": true,
            "browser.download.always_ask_before_handling_new_types": false,
            "browser.download.start_downloads_in_tmp_dir": false,
            "browser.helperApps.neverAsk.saveToDisk": "application/pdf",
            "pdfjs.disabled": true,
            // 0 is dark, 1 light.
            "layout.css.prefers-color-scheme.content-override": if scheme == "dark" { 0 } else { 1 },
        },
    });
    let client = session(port, "moz:firefoxOptions", options).await;
    client.set_window_size(width, height).await.expect("a window size");
    (client, running)
}

/// WebKitGTK's MiniBrowser on a virtual display of its own, its window `width` × `height`
/// and focused.
pub(crate) async fn webkit(width: u32, height: u32) -> (Client, Running) {
    let driver_path =
        std::env::var("WEBKITWEBDRIVER").unwrap_or_else(|_| "/usr/bin/WebKitWebDriver".to_owned());
    let display = VirtualDisplay::start();
    let port = free_port();
    let driver = start_driver(
        Command::new(&driver_path).arg(format!("--port={port}")).env("DISPLAY", &display.name),
        port,
    )
    .await;
    let running = Running { driver, profile: profile_for(port), display: Some(display) };
    // Passing the browser binary needs `--automation` too, or the session never starts.
    let options = serde_json::json!({ "binary": MINIBROWSER, "args": ["--automation"] });
    let client = session(port, "webkitgtk:browserOptions", options).await;
    client.set_window_size(width, height).await.expect("a window size");
    if let Some(display) = &running.display {
        display.focus_the_window();
    }
    (client, running)
}

/// ChromeDriver's own endpoint for DevTools commands, which WebDriver itself lacks.
#[derive(Debug)]
pub(crate) struct DevToolsCommand {
    pub(crate) method: String,
    pub(crate) params: serde_json::Value,
}

impl fantoccini::wd::WebDriverCompatibleCommand for DevToolsCommand {
    fn endpoint(&self, base_url: &url::Url, session_id: Option<&str>) -> Result<url::Url, url::ParseError> {
        base_url.join(&format!("session/{}/goog/cdp/execute", session_id.unwrap_or_default()))
    }

    fn method_and_body(&self, _request_url: &url::Url) -> (http::Method, Option<String>) {
        let body = serde_json::json!({ "cmd": self.method, "params": self.params });
        (http::Method::POST, Some(body.to_string()))
    }
}
