//! The harness for the end-to-end tests: a static file server for the release bundle, a
//! chromedriver process, and a headless Chromium session, all on 127.0.0.1.
//!
//! The tests drive the widget the way a learner does: by the visible text of headings,
//! legends, labels and buttons, never by internal ids.

use std::collections::HashMap;
use std::io::{BufRead, BufReader, Write};
use std::net::{SocketAddr, TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use fantoccini::elements::Element;
use fantoccini::{Client, ClientBuilder, Locator};
use hyper_util::client::legacy::connect::HttpConnector;
use serde::Deserialize;

#[path = "../../support/pdf_tools.rs"]
pub mod pdf_tools;

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
    #[serde(default)]
    pub reverse: bool,
}

impl Instrument {
    pub fn builtin() -> Instrument {
        serde_json::from_str(INSTRUMENT_JSON).expect("the instrument file parses")
    }

    /// Each statement's text mapped to its competency id and whether it is reverse-keyed.
    pub fn by_text(&self) -> HashMap<String, (String, bool)> {
        self.statements.iter().map(|s| (s.text.clone(), (s.competency.clone(), s.reverse))).collect()
    }
}

/// Serves the files of one folder over HTTP on 127.0.0.1, with the content types a browser
/// needs (`application/wasm` above all), until the test process ends.
pub struct StaticServer {
    pub address: SocketAddr,
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

fn serve_one(root: &Path, stream: TcpStream) -> std::io::Result<()> {
    let mut reader = BufReader::new(stream.try_clone()?);
    let mut request_line = String::new();
    reader.read_line(&mut request_line)?;
    // Drain the headers; nothing in them matters here.
    let mut line = String::new();
    while reader.read_line(&mut line)? > 2 {
        line.clear();
    }
    let target = request_line.split_whitespace().nth(1).unwrap_or("/");
    let path = target.split(['?', '#']).next().unwrap_or("/");
    let relative = if path.ends_with('/') { format!("{path}index.html") } else { path.to_owned() };
    let file = root.join(relative.trim_start_matches('/'));
    let mut stream = stream;
    let inside = file.components().all(|c| !matches!(c, std::path::Component::ParentDir));
    match std::fs::read(&file) {
        Ok(body) if inside => {
            write!(
                stream,
                "HTTP/1.1 200 OK\r\nContent-Type: {}\r\nContent-Length: {}\r\nCache-Control: no-store\r\nConnection: close\r\n\r\n",
                content_type(&file),
                body.len()
            )?;
            stream.write_all(&body)
        }
        _ => write!(stream, "HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\nConnection: close\r\n\r\n"),
    }
}

impl StaticServer {
    pub fn start(root: PathBuf) -> StaticServer {
        let listener = TcpListener::bind("127.0.0.1:0").expect("bind a loopback port");
        let address = listener.local_addr().expect("a bound address");
        std::thread::spawn(move || {
            for stream in listener.incoming().flatten() {
                let root = root.clone();
                std::thread::spawn(move || {
                    let _ = serve_one(&root, stream);
                });
            }
        });
        StaticServer { address }
    }

    pub fn url(&self, path: &str) -> String {
        format!("http://{}{}", self.address, path)
    }
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

/// A headless Chromium session driven through its own chromedriver.
pub struct Browser {
    pub client: Client,
    driver: Child,
    profile: TempDir,
}

/// A folder removed when dropped: Chromium's throwaway profile.
struct TempDir(PathBuf);

impl Drop for TempDir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

/// Below this width a real window cannot go, and the viewport is emulated instead.
const MIN_WINDOW_WIDTH: u32 = 500;

fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0").and_then(|l| l.local_addr()).map(|a| a.port()).expect("a free port")
}

impl Browser {
    /// Starts chromedriver and a headless Chromium with a window of `width` × `height`.
    pub async fn launch(width: u32, height: u32) -> Browser {
        let driver_path = std::env::var("CHROMEDRIVER").unwrap_or_else(|_| "chromedriver".to_owned());
        let port = free_port();
        let driver = Command::new(&driver_path)
            .arg(format!("--port={port}"))
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap_or_else(|e| panic!("cannot start {driver_path}: {e}"));
        let started = Instant::now();
        while TcpStream::connect(("127.0.0.1", port)).is_err() {
            assert!(started.elapsed() < Duration::from_secs(20), "chromedriver did not start");
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
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
            format!("--window-size={},{height}", width.max(MIN_WINDOW_WIDTH)),
            format!("--user-data-dir={}", profile.display()),
        ];
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
        // Chromium will not make a window narrower than about 500 px; phone widths need the
        // device emulation that DevTools uses.
        if width < MIN_WINDOW_WIDTH {
            options["mobileEmulation"] =
                serde_json::json!({ "deviceMetrics": { "width": width, "height": height, "pixelRatio": 2 } });
        }
        let mut capabilities = serde_json::Map::new();
        capabilities.insert("goog:chromeOptions".to_owned(), options);
        let client = ClientBuilder::new(HttpConnector::new())
            .capabilities(capabilities)
            .connect(&format!("http://127.0.0.1:{port}"))
            .await
            .expect("a WebDriver session");
        Browser { client, driver, profile: TempDir(profile) }
    }

    /// Waits for a finished download and returns its path.
    pub async fn downloaded_file(&self) -> PathBuf {
        let dir = self.profile.0.join("downloads");
        let started = Instant::now();
        loop {
            let finished: Vec<PathBuf> = std::fs::read_dir(&dir)
                .map(|entries| entries.filter_map(Result::ok).map(|e| e.path()).collect())
                .unwrap_or_default();
            let partial = finished.iter().any(|p| p.extension().is_some_and(|e| e == "crdownload"));
            if let (false, [file]) = (partial, finished.as_slice()) {
                return file.clone();
            }
            assert!(started.elapsed() < Duration::from_secs(20), "no download finished: {finished:?}");
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
    }

    /// Ends the session and the driver.
    pub async fn close(mut self) {
        let _ = self.client.clone().close().await;
        let _ = self.driver.kill();
        let _ = self.driver.wait();
    }

    /// Waits for an element, with a timeout that names what was awaited.
    pub async fn wait_for(&self, xpath: &str) -> Element {
        self.client
            .wait()
            .at_most(Duration::from_secs(15))
            .for_element(Locator::XPath(xpath))
            .await
            .unwrap_or_else(|e| panic!("no element {xpath}: {e}"))
    }

    /// Clicks the button whose visible text is `text`.
    pub async fn click_button(&self, text: &str) {
        let button = self.wait_for(&format!("//button[normalize-space()={}]", literal(text))).await;
        button.click().await.unwrap_or_else(|e| panic!("clicking {text}: {e}"));
    }

    /// Chooses the option labelled `label` in the question whose legend is `legend`.
    pub async fn choose(&self, legend: &str, label: &str) {
        let xpath = format!(
            "//fieldset[legend[normalize-space()={}]]//label[normalize-space()={}]",
            literal(legend),
            literal(label)
        );
        self.wait_for(&xpath)
            .await
            .click()
            .await
            .unwrap_or_else(|e| panic!("choosing {label} for {legend}: {e}"));
    }

    /// Saves a screenshot of the whole page as `name` in the folder `LB_SCREENSHOTS` names,
    /// if it names one; the README's picture comes from here.
    pub async fn save_full_page(&self, name: &str) {
        let Some(dir) = std::env::var_os("LB_SCREENSHOTS").map(PathBuf::from) else {
            return;
        };
        let height = self
            .client
            .execute("return document.documentElement.scrollHeight;", vec![])
            .await
            .ok()
            .and_then(|h| h.as_u64())
            .unwrap_or(1000);
        let (width, _) = self.client.get_window_size().await.expect("a window size");
        self.client.set_window_size(width as u32, height as u32 + 100).await.expect("resized");
        let png = self.client.screenshot().await.expect("a screenshot");
        std::fs::create_dir_all(&dir).expect("screenshot folder");
        std::fs::write(dir.join(name), png).expect("screenshot written");
    }

    /// The text of the page's `h2`, once it is `expected`.
    pub async fn wait_for_heading(&self, expected: &str) {
        self.wait_for(&format!("//h2[normalize-space()={}]", literal(expected))).await;
    }
}

/// `text` as an XPath string literal, whatever quotes it holds.
pub fn literal(text: &str) -> String {
    if !text.contains('"') {
        format!("\"{text}\"")
    } else if !text.contains('\'') {
        format!("'{text}'")
    } else {
        let parts: Vec<String> = text.split('"').map(|p| format!("\"{p}\"")).collect();
        format!("concat({})", parts.join(", '\"', "))
    }
}
