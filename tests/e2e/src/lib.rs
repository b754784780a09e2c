//! The harness for the end-to-end tests: a static file server for the release bundle, a
//! WebDriver server and a browser session (Chromium, Firefox or WebKit), all on 127.0.0.1.
//!
//! The tests drive the widget the way a learner does: by the visible text of headings,
//! legends, labels and buttons, never by internal ids.

use std::collections::HashMap;
use std::io::{BufRead, BufReader, Write};
use std::net::{SocketAddr, TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use fantoccini::elements::{Element, ShadowRoot};
use fantoccini::{Client, ClientBuilder, Locator};
use hyper_util::client::legacy::connect::HttpConnector;
use serde::Deserialize;

#[path = "../../support/pdf_tools.rs"]
pub mod pdf_tools;

pub mod flows;

/// The built-in instrument, read from the same file the widget compiles in.
const INSTRUMENT_JSON: &str = include_str!("../../../src/model/instrument.json");

/// The parts of the instrument the tests need to answer by meaning.
#[derive(Deserialize)]
pub struct Instrument {
    pub competencies: Vec<Competency>,
    pub statements: Vec<Statement>,
}

#[derive(Deserialize)]
pub struct Competency {
    pub id: String,
}

#[derive(Deserialize)]
pub struct Statement {
    pub competency: String,
    pub text: String,
    /// The statement as a colleague reads it.
    #[serde(default)]
    pub observer: Option<String>,
    #[serde(default)]
    pub reverse: bool,
}

impl Instrument {
    pub fn builtin() -> Instrument {
        serde_json::from_str(INSTRUMENT_JSON).expect("the instrument file parses")
    }

    /// Each statement's text (and its colleague's wording) mapped to its competency id and
    /// whether it is reverse-keyed.
    pub fn by_text(&self) -> HashMap<String, (String, bool)> {
        // Both wordings: a learner's page shows the first, a colleague's page the second.
        self.statements
            .iter()
            .flat_map(|s| {
                let meaning = (s.competency.clone(), s.reverse);
                [Some((s.text.clone(), meaning.clone())), s.observer.clone().map(|o| (o, meaning))]
            })
            .flatten()
            .collect()
    }
}

/// The strict policy the widget must work under; every HTML page is served with it.
pub const STRICT_CSP: &str = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'";
/// The same without `'wasm-unsafe-eval'`, which blocks WebAssembly; served for pages whose
/// name starts with `/test/no-wasm`.
pub const NO_WASM_CSP: &str = "default-src 'self'; script-src 'self'; style-src 'self'";

/// Serves folders over HTTP on 127.0.0.1 until the test process ends: the release bundle at
/// `/`, the test pages at `/test/`, and a scratch folder at `/scratch/`. Every HTML page
/// carries [`STRICT_CSP`], and `{{ORIGIN}}` in a test file becomes the server's origin.
pub struct StaticServer {
    pub address: SocketAddr,
    pub scratch: PathBuf,
    log: std::sync::Arc<std::sync::Mutex<Vec<String>>>,
    wasm_delay: std::sync::Arc<std::sync::atomic::AtomicU64>,
    json_delay: std::sync::Arc<std::sync::atomic::AtomicU64>,
    brotli: std::sync::Arc<std::sync::atomic::AtomicBool>,
}

fn content_type(path: &Path) -> &'static str {
    match path.extension().and_then(|e| e.to_str()) {
        Some("html") => "text/html; charset=utf-8",
        Some("js") => "text/javascript; charset=utf-8",
        Some("css") => "text/css; charset=utf-8",
        Some("wasm") => "application/wasm",
        Some("json") => "application/json",
        Some("svg") => "image/svg+xml",
        _ => "application/octet-stream",
    }
}

struct Mounts {
    bundle: PathBuf,
    pages: PathBuf,
    scratch: PathBuf,
    origin: String,
    /// Every request received, as `METHOD target`, in order.
    log: std::sync::Arc<std::sync::Mutex<Vec<String>>>,
    /// Milliseconds to hold back `.wasm` responses, to show a slow download.
    wasm_delay: std::sync::Arc<std::sync::atomic::AtomicU64>,
    /// Milliseconds to hold back `.json` responses (the config, the language packs).
    json_delay: std::sync::Arc<std::sync::atomic::AtomicU64>,
    /// Send the `.br` copy rather than the `.gz` one to a browser that takes either.
    brotli: std::sync::Arc<std::sync::atomic::AtomicBool>,
}

impl Mounts {
    fn resolve(&self, path: &str) -> Option<(PathBuf, bool)> {
        if path.split('/').any(|part| part == "..") {
            return None;
        }
        let relative = if path.ends_with('/') { format!("{path}index.html") } else { path.to_owned() };
        if let Some(rest) = relative.strip_prefix("/test/") {
            Some((self.pages.join(rest), true))
        } else if let Some(rest) = relative.strip_prefix("/scratch/") {
            Some((self.scratch.join(rest), false))
        } else {
            Some((self.bundle.join(relative.trim_start_matches('/')), false))
        }
    }
}

fn serve_one(mounts: &Mounts, stream: TcpStream) -> std::io::Result<()> {
    let mut reader = BufReader::new(stream.try_clone()?);
    let mut request_line = String::new();
    reader.read_line(&mut request_line)?;
    // Of the headers only Accept-Encoding matters: gzip (or brotli, when the server is set to
    // prefer it), when a precompressed copy exists.
    let mut line = String::new();
    let (mut accepts_gzip, mut accepts_brotli) = (false, false);
    while reader.read_line(&mut line)? > 2 {
        let lower = line.to_ascii_lowercase();
        if let Some(codings) = lower.strip_prefix("accept-encoding:") {
            let codings: Vec<&str> =
                codings.split(',').map(|c| c.split(';').next().unwrap_or("").trim()).collect();
            accepts_gzip |= codings.contains(&"gzip");
            accepts_brotli |= codings.contains(&"br");
        }
        line.clear();
    }
    let brotli = accepts_brotli && mounts.brotli.load(std::sync::atomic::Ordering::Relaxed);
    // Browsers open spare connections and close them unused: no request, nothing to log.
    if request_line.trim().is_empty() {
        return Ok(());
    }
    let mut words = request_line.split_whitespace();
    let (method, target) = (words.next().unwrap_or(""), words.next().unwrap_or("/"));
    if let Ok(mut log) = mounts.log.lock() {
        log.push(format!("{method} {target}"));
    }
    let mut stream = stream;
    // As a proxy (see `Browser::launch_through_proxy`) the server sees absolute targets; it
    // serves its own origin and refuses everything else, which the log has recorded.
    let local = match target.strip_prefix(&mounts.origin) {
        Some(rest) => rest,
        None if target.starts_with('/') && method != "CONNECT" => target,
        None => {
            return write!(
                stream,
                "HTTP/1.1 403 Forbidden\r\nContent-Length: 0\r\nConnection: close\r\n\r\n"
            );
        }
    };
    let path = local.split(['?', '#']).next().unwrap_or("/");
    let found = mounts.resolve(path).and_then(|(file, template)| {
        // A precompressed `.gz` or `.br` beside a file (as `cargo xtask dist` and `bench` write
        // them) goes on the wire as it is, as a CDN would send it.
        let name = file.file_name()?.to_string_lossy().into_owned();
        for (wanted, coding, suffix) in [(brotli, "br", "br"), (accepts_gzip, "gzip", "gz")] {
            let copy = file.with_file_name(format!("{name}.{suffix}"));
            if wanted && !template && copy.exists() {
                return Some((file, std::fs::read(&copy).ok()?, Some(coding)));
            }
        }
        let body = std::fs::read(&file).ok()?;
        let body = if template {
            String::from_utf8_lossy(&body).replace("{{ORIGIN}}", &mounts.origin).into_bytes()
        } else {
            body
        };
        Some((file, body, None))
    });
    match found {
        Some((file, body, coding)) => {
            let kind = content_type(&file);
            let policy = if path.starts_with("/test/no-wasm") { NO_WASM_CSP } else { STRICT_CSP };
            // Pages under /scratch/no-csp/ stand for the many provider pages with no policy at
            // all, where an injected inline script would run.
            let csp = if kind.starts_with("text/html") && !path.starts_with("/scratch/no-csp/") {
                format!("Content-Security-Policy: {policy}\r\n")
            } else {
                String::new()
            };
            let delay = match kind {
                "application/wasm" => Some(&mounts.wasm_delay),
                "application/json" => Some(&mounts.json_delay),
                _ => None,
            };
            if let Some(delay) = delay {
                std::thread::sleep(Duration::from_millis(delay.load(std::sync::atomic::Ordering::Relaxed)));
            }
            let encoding = coding
                .map(|coding| format!("Content-Encoding: {coding}\r\nVary: Accept-Encoding\r\n"))
                .unwrap_or_default();
            write!(
                stream,
                "HTTP/1.1 200 OK\r\nContent-Type: {kind}\r\nContent-Length: {}\r\nCache-Control: no-store\r\n{encoding}{csp}Connection: close\r\n\r\n",
                body.len()
            )?;
            stream.write_all(&body)
        }
        None => write!(stream, "HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\nConnection: close\r\n\r\n"),
    }
}

impl StaticServer {
    pub fn start(bundle: PathBuf) -> StaticServer {
        let listener = TcpListener::bind("127.0.0.1:0").expect("bind a loopback port");
        let address = listener.local_addr().expect("a bound address");
        let scratch =
            std::env::temp_dir().join(format!("lb-scratch-{}-{}", std::process::id(), address.port()));
        let _ = std::fs::create_dir_all(&scratch);
        let log = std::sync::Arc::new(std::sync::Mutex::new(Vec::new()));
        let wasm_delay = std::sync::Arc::new(std::sync::atomic::AtomicU64::new(0));
        let json_delay = std::sync::Arc::new(std::sync::atomic::AtomicU64::new(0));
        let brotli = std::sync::Arc::new(std::sync::atomic::AtomicBool::new(false));
        let mounts = std::sync::Arc::new(Mounts {
            log: std::sync::Arc::clone(&log),
            wasm_delay: std::sync::Arc::clone(&wasm_delay),
            json_delay: std::sync::Arc::clone(&json_delay),
            brotli: std::sync::Arc::clone(&brotli),
            bundle,
            pages: Path::new(env!("CARGO_MANIFEST_DIR")).join("pages"),
            scratch: scratch.clone(),
            origin: format!("http://{address}"),
        });
        std::thread::spawn(move || {
            for stream in listener.incoming().flatten() {
                let mounts = std::sync::Arc::clone(&mounts);
                std::thread::spawn(move || {
                    let _ = serve_one(&mounts, stream);
                });
            }
        });
        StaticServer { address, scratch, log, wasm_delay, json_delay, brotli }
    }

    /// Holds back every `.wasm` response by `delay`, from now on.
    pub fn slow_wasm(&self, delay: Duration) {
        self.wasm_delay.store(delay.as_millis() as u64, std::sync::atomic::Ordering::Relaxed);
    }

    /// Holds back every `.json` response (the config, the language packs) by `delay`, from now
    /// on.
    pub fn slow_json(&self, delay: Duration) {
        self.json_delay.store(delay.as_millis() as u64, std::sync::atomic::Ordering::Relaxed);
    }

    /// From now on, sends a file's precompressed `.br` copy, where there is one, to a browser
    /// that accepts brotli, as many hosts and CDNs do; otherwise the `.gz` copy, as before.
    pub fn serve_brotli(&self, on: bool) {
        self.brotli.store(on, std::sync::atomic::Ordering::Relaxed);
    }

    /// Every request received so far, as `METHOD target`.
    pub fn requests(&self) -> Vec<String> {
        self.log.lock().map(|log| log.clone()).unwrap_or_default()
    }

    /// Writes a host page holding the loader and `body` to the scratch folder as `name`, and
    /// returns its address.
    pub fn scratch_page(&self, name: &str, body: &str) -> String {
        let html = format!(
            "<!doctype html>\n<html lang=\"en\">\n  <head>\n    <meta charset=\"utf-8\" />\n    \
             <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\" />\n    \
             <title>{name}</title>\n    <script type=\"module\" src=\"/leadership-balance.js\"></script>\n  \
             </head>\n  <body>\n    {body}\n  </body>\n</html>\n"
        );
        std::fs::write(self.scratch.join(name), html).expect("scratch page written");
        self.url(&format!("/scratch/{name}"))
    }

    pub fn url(&self, path: &str) -> String {
        format!("http://{}{}", self.address, path)
    }

    pub fn origin(&self) -> String {
        format!("http://{}", self.address)
    }
}

/// The project's npm packages, which `cargo xtask test` installs into .tools/.
pub fn node_modules() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../.tools/node_modules")
}

/// The host pages and scripts the framework, package and README tests build (`hosts/`).
pub fn hosts_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("hosts")
}

/// The project's npm tools (esbuild, tsc, …), which `cargo xtask test` installs into .tools/.
pub fn npm_tool(name: &str) -> PathBuf {
    let path = node_modules().join(".bin").join(name);
    assert!(path.exists(), "{}: `cargo xtask test` installs it into .tools/", path.display());
    path
}

/// The release bundle the tests run against, built by `cargo xtask test`.
pub fn bundle_dir() -> PathBuf {
    let dir = std::env::var_os("LB_DIST").map(PathBuf::from).unwrap_or_else(|| {
        panic!("LB_DIST is not set: run these tests through `cargo xtask test`, which builds the release bundle first")
    });
    assert!(
        dir.join("index.html").exists(),
        "no index.html in {}: build the bundle with `cargo xtask test`",
        dir.display()
    );
    dir
}

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

/// A browser session driven through its engine's own WebDriver server.
pub struct Browser {
    pub client: Client,
    pub engine: Engine,
    driver: Child,
    profile: TempDir,
    /// WebKit's virtual display, ended with the session.
    display: Option<VirtualDisplay>,
}

/// A test that panics never reaches [`Browser::close`]; its driver (and through it the
/// browser) must not outlive it.
impl Drop for Browser {
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

/// A folder removed when dropped: Chromium's throwaway profile.
struct TempDir(PathBuf);

impl Drop for TempDir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

/// How long any wait may take before the test fails and says what it waited for.
pub const TIMEOUT: Duration = Duration::from_secs(15);

/// One widget, reached through its element's shadow root; found by visible text, like a
/// learner would.
pub struct Widget {
    pub host: Element,
    pub root: ShadowRoot,
}

async fn trimmed_text(element: &Element) -> String {
    text_if_attached(element).await.unwrap_or_default()
}

/// Whether WebDriver refused a command because its element is no longer in the page
/// (Chromium and Firefox say "stale element reference"; WebKit's driver says the node "was not
/// found").
fn left_the_page(error: &fantoccini::error::CmdError) -> bool {
    use fantoccini::error::{CmdError, ErrorStatus};
    matches!(error, CmdError::Standard(e)
        if matches!(e.error, ErrorStatus::StaleElementReference | ErrorStatus::NoSuchElement))
}

/// The element's visible text, or None when the element has left the page since it was found:
/// the wasm replaces the loader's early intro with identical nodes, so an element found a
/// moment before may be stale by the time its text is asked for.
async fn text_if_attached(element: &Element) -> Option<String> {
    element.text().await.ok().map(|t| same_spaces(t.trim()))
}

/// WebDriver reports a no-break space (French puts one before `:` and `?`) as a plain space;
/// expected texts from the widget's tables are compared the same way.
pub fn same_spaces(text: &str) -> String {
    text.replace('\u{a0}', " ")
}

impl Widget {
    /// Waits for an element matching `css` whose visible text is `text`.
    pub async fn find(&self, css: &str, text: &str) -> Element {
        let started = Instant::now();
        loop {
            for element in self.root.find_all(Locator::Css(css)).await.unwrap_or_default() {
                if trimmed_text(&element).await == same_spaces(text) {
                    return element;
                }
            }
            assert!(started.elapsed() < TIMEOUT, "no {css} with the text {text:?}");
            tokio::time::sleep(Duration::from_millis(25)).await;
        }
    }

    /// The visible texts of everything matching `css`.
    pub async fn texts(&self, css: &str) -> Vec<String> {
        let started = Instant::now();
        'again: loop {
            let mut texts = Vec::new();
            for element in self.root.find_all(Locator::Css(css)).await.unwrap_or_default() {
                match text_if_attached(&element).await {
                    Some(text) => texts.push(text),
                    None if started.elapsed() < TIMEOUT => continue 'again,
                    None => panic!("{css} keeps leaving the page"),
                }
            }
            return texts;
        }
    }

    /// The text of the first element matching `css`, once there is one.
    pub async fn text(&self, css: &str) -> String {
        let started = Instant::now();
        loop {
            if let Ok(element) = self.root.find(Locator::Css(css)).await
                && let Some(text) = text_if_attached(&element).await
            {
                return text;
            }
            assert!(started.elapsed() < TIMEOUT, "nothing matches {css}");
            tokio::time::sleep(Duration::from_millis(25)).await;
        }
    }

    /// Clicks the button labelled `label`. The loader's early intro is replaced by the wasm's
    /// identical one, so a button found a moment earlier may have left the page by the time it
    /// is clicked; then the one now in its place is clicked.
    pub async fn click_button(&self, label: &str) {
        let started = Instant::now();
        loop {
            match self.find("button", label).await.click().await {
                Ok(()) => return,
                Err(e) if left_the_page(&e) && started.elapsed() < TIMEOUT => continue,
                Err(e) => panic!("clicking {label}: {e}"),
            }
        }
    }

    /// Waits for a page whose heading is `text`, drawn whole: not the first module's
    /// "getting your results ready" page (`aria-busy`), which carries the results' heading
    /// until the full module takes over.
    pub async fn wait_for_heading(&self, text: &str) {
        self.find("section:not([aria-busy='true']) h2", text).await;
    }

    /// Starts the assessment, answers the two context questions, and waits for the first
    /// page of statements.
    pub async fn start_with_context(&self, experience: &str, reports: &str) {
        self.click_button("Start the self-assessment").await;
        self.choose("How long have you been managing people?", experience).await;
        self.choose("How many people report to you directly?", reports).await;
        self.click_button("Next").await;
        self.wait_for_heading("How often do you do this?").await;
    }

    /// The fieldsets currently shown, with their legends.
    pub async fn questions(&self) -> Vec<(String, Element)> {
        let mut questions = Vec::new();
        for fieldset in self.root.find_all(Locator::Css("fieldset")).await.unwrap_or_default() {
            if let Ok(legend) = fieldset.find(Locator::Css("legend")).await {
                questions.push((trimmed_text(&legend).await, fieldset));
            }
        }
        questions
    }

    /// Chooses the option labelled `label` in the question whose legend is `legend`. The
    /// loader's early context page is replaced by the wasm's identical one, answers kept, so a
    /// question found a moment earlier may have left the page; then it is found again.
    pub async fn choose(&self, legend: &str, label: &str) {
        let started = Instant::now();
        loop {
            for (text, fieldset) in self.questions().await {
                if text == same_spaces(legend) {
                    match try_choose_in(&fieldset, label).await {
                        Ok(()) => return,
                        Err(NotChosen::LeftThePage) if started.elapsed() < TIMEOUT => break,
                        Err(why) => why.fail(label),
                    }
                }
            }
            assert!(started.elapsed() < TIMEOUT, "no question {legend:?}");
            tokio::time::sleep(Duration::from_millis(25)).await;
        }
    }

    /// The last cell of the table row whose header is `name`, within `section` (`tbody` or
    /// `tfoot`).
    pub async fn table_value(&self, section: &str, name: &str) -> String {
        for row in self.root.find_all(Locator::Css(&format!("{section} tr"))).await.unwrap_or_default() {
            let header = match row.find(Locator::Css("th")).await {
                Ok(header) => trimmed_text(&header).await,
                Err(_) => continue,
            };
            if header == name {
                let cells = row.find_all(Locator::Css("td")).await.unwrap_or_default();
                if let Some(last) = cells.last() {
                    return trimmed_text(last).await;
                }
            }
        }
        panic!("no {section} row {name:?}")
    }
}

/// Clicks the option labelled `label` inside `fieldset`.
pub async fn choose_in(fieldset: &Element, label: &str) {
    if let Err(why) = try_choose_in(fieldset, label).await {
        why.fail(label);
    }
}

/// Why an option could not be clicked.
enum NotChosen {
    NoSuchOption,
    /// The fieldset, or the option, left the page before the click.
    LeftThePage,
    Refused(fantoccini::error::CmdError),
}

impl NotChosen {
    /// Fails the test with what went wrong choosing `label`.
    fn fail(self, label: &str) -> ! {
        match self {
            NotChosen::NoSuchOption => panic!("no option {label:?}"),
            NotChosen::LeftThePage => panic!("the option {label:?} kept leaving the page"),
            NotChosen::Refused(e) => panic!("choosing {label}: {e}"),
        }
    }
}

/// Clicks the option labelled `label` in `fieldset`.
async fn try_choose_in(fieldset: &Element, label: &str) -> Result<(), NotChosen> {
    let refused = |e: fantoccini::error::CmdError| {
        if left_the_page(&e) { NotChosen::LeftThePage } else { NotChosen::Refused(e) }
    };
    for option in fieldset.find_all(Locator::Css("label")).await.map_err(refused)? {
        match text_if_attached(&option).await {
            None => return Err(NotChosen::LeftThePage),
            Some(text) if text == same_spaces(label) => return option.click().await.map_err(refused),
            Some(_) => {}
        }
    }
    Err(NotChosen::NoSuchOption)
}

/// Below this width a real window cannot go, and the viewport is emulated instead.
const MIN_WINDOW_WIDTH: u32 = 500;

fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0").and_then(|l| l.local_addr()).map(|a| a.port()).expect("a free port")
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
        let driver_path = std::env::var("CHROMEDRIVER").unwrap_or_else(|_| "chromedriver".to_owned());
        let port = free_port();
        let driver = start_driver(Command::new(&driver_path).arg(format!("--port={port}")), port).await;
        let profile = std::env::temp_dir().join(format!("lb-e2e-{}-{port}", std::process::id()));
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
            format!("--user-data-dir={}", profile.display()),
        ];
        let args: Vec<String> = args.into_iter().chain(extra.iter().cloned()).collect();
        let downloads = profile.join("downloads");
        let _ = std::fs::create_dir_all(&downloads);
        let mut options = serde_json::json!({
            "binary": "/usr/bin/chromium",
            "args": args,
            "prefs": {
                "download.default_directory": downloads.to_string_lossy(),
                "download.prompt_for_download": false,
            },
        });
        if let Some(metrics) = device_metrics {
            options["mobileEmulation"] = serde_json::json!({ "deviceMetrics": metrics });
        }
        let client = session(port, "goog:chromeOptions", options).await;
        Browser { client, engine: Engine::Chromium, driver, profile: TempDir(profile), display: None }
    }

    /// A `width` × `height` window of `engine`, with downloads going to the profile's folder
    /// where the engine can be told so.
    pub async fn launch_engine(engine: Engine, width: u32, height: u32) -> Browser {
        match engine {
            Engine::Chromium => Browser::launch(width, height).await,
            Engine::Firefox => Browser::launch_firefox(width, height, "light").await,
            Engine::WebKit => Browser::launch_webkit(width, height).await,
        }
    }

    /// Firefox ESR, headless, reporting `prefers-color-scheme: <scheme>` (`light` or `dark`).
    pub async fn launch_firefox(width: u32, height: u32, scheme: &str) -> Browser {
        let driver_path = std::env::var("GECKODRIVER").unwrap_or_else(|_| "geckodriver".to_owned());
        let port = free_port();
        let driver = start_driver(
            Command::new(&driver_path).args(["--port", &port.to_string(), "--log", "fatal"]),
            port,
        )
        .await;
        let profile = std::env::temp_dir().join(format!("lb-e2e-{}-{port}", std::process::id()));
        let downloads = profile.join("downloads");
        let _ = std::fs::create_dir_all(&downloads);
        let options = serde_json::json!({
            "binary": FIREFOX,
            "args": ["-headless", "-width", width.to_string(), "-height", height.to_string()],
            "prefs": {
                // Save `<a download>` files to our folder, without asking or opening them.
                "browser.download.folderList": 2,
                "browser.download.dir": downloads.to_string_lossy(),
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
        let browser =
            Browser { client, engine: Engine::Firefox, driver, profile: TempDir(profile), display: None };
        browser.client.set_window_size(width, height).await.expect("a window size");
        browser
    }

    async fn launch_webkit(width: u32, height: u32) -> Browser {
        let driver_path =
            std::env::var("WEBKITWEBDRIVER").unwrap_or_else(|_| "/usr/bin/WebKitWebDriver".to_owned());
        let display = VirtualDisplay::start();
        let port = free_port();
        let driver = start_driver(
            Command::new(&driver_path).arg(format!("--port={port}")).env("DISPLAY", &display.name),
            port,
        )
        .await;
        let profile = std::env::temp_dir().join(format!("lb-e2e-{}-{port}", std::process::id()));
        let _ = std::fs::create_dir_all(profile.join("downloads"));
        // Passing the browser binary needs `--automation` too, or the session never starts.
        let options = serde_json::json!({ "binary": MINIBROWSER, "args": ["--automation"] });
        let client = session(port, "webkitgtk:browserOptions", options).await;
        client.set_window_size(width, height).await.expect("a window size");
        display.focus_the_window();
        Browser { client, engine: Engine::WebKit, driver, profile: TempDir(profile), display: Some(display) }
    }

    /// Waits for a finished download and returns its path.
    pub async fn downloaded_file(&self) -> PathBuf {
        let dir = self.profile.0.join("downloads");
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
        let file = self.profile.0.join("downloads").join(name);
        std::fs::write(&file, bytes).expect("the PDF written");
        file
    }

    /// Ends the session, the driver and any virtual display.
    pub async fn close(mut self) {
        let _ = self.client.clone().close().await;
        let _ = self.driver.kill();
        let _ = self.driver.wait();
        drop(self.display.take());
    }

    /// Waits for an element of the host page, with a timeout that names what was awaited.
    pub async fn wait_for(&self, xpath: &str) -> Element {
        self.client
            .wait()
            .at_most(Duration::from_secs(15))
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

/// ChromeDriver's own endpoint for DevTools commands, which WebDriver itself lacks.
#[derive(Debug)]
struct DevToolsCommand {
    method: String,
    params: serde_json::Value,
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
