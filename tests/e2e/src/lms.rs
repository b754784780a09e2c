//! The test's learning platform: a page that plays the LMS with scorm-again (the SCORM 1.2 and
//! 2004 run-time that LMSs embed, from .tools/), and the server behind it, on 127.0.0.1. The
//! page creates scorm-again's API object with its commit URL pointed at this server, and loads
//! a SCORM package's launch page in an iframe, unzipped from the real zip. The server keeps
//! every commit it receives, so that a test reads what the platform received, and a second
//! session (another browser) loads the last one back with scorm-again's `loadFromJSON`.
//!
//! Faults a real platform has can be asked for in the page's address, on the real run-time:
//! `fail=init` (Initialize refused), `limit=N` (suspend data longer than N characters refused,
//! as a platform that keeps SCORM 1.2's 4,096 does); and [`LmsServer::fail_commits`] makes the
//! server answer commits with an error.

use std::collections::HashMap;
use std::io::{BufRead, BufReader, Read, Write};
use std::net::{SocketAddr, TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex, PoisonError};
use std::time::{Duration, Instant};

use serde_json::Value;

use crate::{STRICT_CSP, TIMEOUT, node_modules};

/// The LMS page: the run-time, the course in an iframe, and what the platform received.
const PAGE: &str = r#"<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <title>Test LMS</title>
    <link rel="stylesheet" href="/lms/lms.css" />
    <script defer src="/lms/scorm12.min.js"></script>
    <script defer src="/lms/scorm2004.min.js"></script>
    <script defer src="/lms/lms.js"></script>
  </head>
  <body>
    <h1>Test LMS <span id="version"></span></h1>
    <iframe id="course" title="The course"></iframe>
    <section id="received" hidden>
      <h2>What the LMS received</h2>
      <table id="fields"></table>
      <h3>Objectives</h3>
      <table id="objectives"><thead><tr><th>id</th><th>score</th><th>status</th></tr></thead><tbody></tbody></table>
      <h3 id="interactions-heading">Interactions</h3>
      <table id="interactions"><thead><tr><th>#</th><th>id</th><th>type</th><th>response</th><th>time</th><th>objective</th></tr></thead><tbody></tbody></table>
    </section>
  </body>
</html>
"#;

const STYLE: &str = "body { font: 14px/1.4 system-ui, sans-serif; margin: 1rem; }
/* The course fits the window, as in a platform's player: a driver that scrolls only inside
   the frame then reaches every part of it (Firefox's does). */
iframe { inline-size: 100%; block-size: 80vh; border: 1px solid #888; }
table { border-collapse: collapse; margin-block-end: 1rem; }
th, td { border: 1px solid #bbb; padding: 2px 8px; text-align: start; vertical-align: top; }
td { max-inline-size: 40rem; overflow-wrap: anywhere; }
";

/// The LMS page's script: scorm-again set up as the address says, the course loaded, and
/// `lmsLeave()` / `lmsShow()` for the test.
const SCRIPT: &str = r##"
"use strict";
const query = new URLSearchParams(location.search);
const version = query.get("version");
const twelve = version === "1.2";
document.getElementById("version").textContent = `(SCORM ${version})`;
const settings = { lmsCommitUrl: `/lms/commit?version=${version}`, autocommit: false, logLevel: 5 };
const api = twelve ? new Scorm12API(settings) : new Scorm2004API(settings);

/** The last commit this server received for this version, or null. */
function committed() {
  const request = new XMLHttpRequest();
  request.open("GET", `/lms/committed?version=${version}`, false);
  request.send();
  return request.status === 200 ? JSON.parse(request.responseText) : null;
}

// A second session: the data the platform kept, loaded back before the course starts.
if (query.has("resume")) {
  const saved = committed();
  if (saved) api.loadFromJSON(saved.cmi);
}
api.loadFromJSON(twelve ? { core: { student_id: "jdoe", student_name: "Doe, Jane" } } : { learner_id: "jdoe", learner_name: "Doe, Jane" });

// Faults, on the real run-time.
if (query.get("fail") === "init") {
  const refuse = () => { api.lastErrorCode = "101"; return "false"; };
  if (twelve) api.LMSInitialize = refuse; else api.Initialize = refuse;
}
const limit = Number(query.get("limit") || 0);
if (limit) {
  const name = twelve ? "LMSSetValue" : "SetValue";
  const set = api[name].bind(api);
  api[name] = (element, value) => {
    if (element === "cmi.suspend_data" && String(value).length > limit) {
      api.lastErrorCode = twelve ? "405" : "406";
      return "false";
    }
    return set(element, value);
  };
}
if (twelve) window.API = api; else window.API_1484_11 = api;

window.lmsLeave = () => { document.getElementById("course").src = "about:blank"; };

/** Shows what the platform received last, as tables. */
window.lmsShow = () => {
  // The course has been left: its empty frame would only push the tables down.
  document.getElementById("course").hidden = true;
  const cmi = (committed() || { cmi: {} }).cmi;
  const core = cmi.core || {};
  const rows = twelve
    ? [["cmi.core.lesson_status", core.lesson_status], ["cmi.core.lesson_location", core.lesson_location],
       ["cmi.core.session_time", core.session_time], ["cmi.core.exit", core.exit],
       ["cmi.core.student_name", core.student_name], ["cmi.core.score.raw", (core.score || {}).raw]]
    : [["cmi.completion_status", cmi.completion_status], ["cmi.success_status", cmi.success_status],
       ["cmi.progress_measure", cmi.progress_measure], ["cmi.location", cmi.location],
       ["cmi.session_time", cmi.session_time], ["cmi.exit", cmi.exit], ["cmi.learner_name", cmi.learner_name],
       ["cmi.score.scaled", (cmi.score || {}).scaled]];
  rows.push(["cmi.suspend_data", `${(cmi.suspend_data || "").length} characters: ${cmi.suspend_data || ""}`]);
  const fields = document.getElementById("fields");
  fields.replaceChildren(...rows.map(([name, value]) => row("th", name, "td", value ?? "")));
  const list = (set) => Object.values((set && set.childArray) || set || {});
  const objectives = list(cmi.objectives).map((o) =>
    row("td", o.id, "td", (o.score || {}).raw ?? "", "td", twelve ? o.status : `${o.completion_status}, ${o.success_status}`));
  document.querySelector("#objectives tbody").replaceChildren(...objectives);
  const interactions = list(cmi.interactions);
  document.getElementById("interactions-heading").textContent = `Interactions (${interactions.length})`;
  const shown = interactions.slice(0, 6).map((i, n) =>
    row("td", String(n), "td", i.id, "td", i.type, "td", twelve ? i.student_response : i.learner_response,
        "td", twelve ? i.time : i.timestamp, "td", list(i.objectives).map((o) => o.id).join(" ")));
  if (interactions.length > 6) shown.push(row("td", "…", "td", `and ${interactions.length - 6} more`));
  document.querySelector("#interactions tbody").replaceChildren(...shown);
  document.getElementById("received").hidden = false;
};

function row(...cells) {
  const tr = document.createElement("tr");
  for (let i = 0; i < cells.length; i += 2) {
    const cell = document.createElement(cells[i]);
    cell.textContent = String(cells[i + 1]);
    tr.append(cell);
  }
  return tr;
}

document.getElementById("course").src = query.get("course");
"##;

/// The platform's side: every commit received, by SCORM version, in order.
#[derive(Default)]
struct Received {
    commits: Mutex<HashMap<String, Vec<String>>>,
    failing: AtomicBool,
    log: Mutex<Vec<String>>,
}

/// The test's LMS on 127.0.0.1: its page, scorm-again, the unzipped packages under
/// `/course/<name>/`, and the commit endpoint.
pub struct LmsServer {
    pub address: SocketAddr,
    courses: PathBuf,
    received: Arc<Received>,
}

fn lock<T>(mutex: &Mutex<T>) -> std::sync::MutexGuard<'_, T> {
    mutex.lock().unwrap_or_else(PoisonError::into_inner)
}

fn content_type(path: &str) -> &'static str {
    match path.rsplit('.').next() {
        Some("html") => "text/html; charset=utf-8",
        Some("js") => "text/javascript; charset=utf-8",
        Some("css") => "text/css; charset=utf-8",
        Some("wasm") => "application/wasm",
        Some("json") => "application/json",
        Some("xml") => "application/xml",
        _ => "application/octet-stream",
    }
}

impl LmsServer {
    /// Serves the LMS, with each zip of `packages` unzipped under `/course/<its file name>/`.
    pub fn start(packages: &[PathBuf]) -> LmsServer {
        let listener = TcpListener::bind("127.0.0.1:0").expect("bind a loopback port");
        let address = listener.local_addr().expect("a bound address");
        let courses = std::env::temp_dir().join(format!("lb-lms-{}-{}", std::process::id(), address.port()));
        for zip in packages {
            let name = zip.file_name().expect("a file name").to_string_lossy().into_owned();
            let folder = courses.join(&name);
            let _ = std::fs::remove_dir_all(&folder);
            std::fs::create_dir_all(&folder).expect("a course folder");
            let status = std::process::Command::new("unzip")
                .args(["-q", "-o"])
                .arg(zip)
                .arg("-d")
                .arg(&folder)
                .status()
                .expect("unzip runs (Debian's unzip)");
            assert!(status.success(), "unzip {}", zip.display());
        }
        let received = Arc::new(Received::default());
        let runtime = node_modules().join("scorm-again").join("dist");
        assert!(
            runtime.exists(),
            "{}: `cargo xtask test` installs scorm-again into .tools/",
            runtime.display()
        );
        let shared = (Arc::clone(&received), courses.clone(), runtime);
        std::thread::spawn(move || {
            for stream in listener.incoming().flatten() {
                let (received, courses, runtime) =
                    (Arc::clone(&shared.0), shared.1.clone(), shared.2.clone());
                std::thread::spawn(move || {
                    let _ = serve(stream, &received, &courses, &runtime);
                });
            }
        });
        LmsServer { address, courses, received }
    }

    pub fn url(&self, path: &str) -> String {
        format!("http://{}{}", self.address, path)
    }

    /// The LMS page for SCORM `version` ("1.2" or "2004") with the course in `package` (a zip
    /// given to [`LmsServer::start`]), and `extra` query parameters (`&resume`, `&fail=init`, …).
    pub fn page(&self, version: &str, package: &Path, extra: &str) -> String {
        let name = package.file_name().expect("a file name").to_string_lossy();
        self.url(&format!("/lms/index.html?version={version}&course=/course/{name}/index.html{extra}"))
    }

    /// The launch page of `package` on its own, with no LMS around it.
    pub fn launch_page(&self, package: &Path) -> String {
        let name = package.file_name().expect("a file name").to_string_lossy();
        self.url(&format!("/course/{name}/index.html"))
    }

    /// Every commit received for `version`, in order, as JSON.
    pub fn commits(&self, version: &str) -> Vec<Value> {
        lock(&self.received.commits)
            .get(version)
            .map(|all| all.iter().map(|body| serde_json::from_str(body).expect("a JSON commit")).collect())
            .unwrap_or_default()
    }

    /// Waits until a commit for `version` satisfies `done`, and returns it; fails after
    /// [`TIMEOUT`], saying what was awaited.
    pub async fn wait_for_commit(&self, version: &str, what: &str, done: impl Fn(&Value) -> bool) -> Value {
        let started = Instant::now();
        loop {
            if let Some(found) = self.commits(version).into_iter().rev().find(|c| done(c)) {
                return found;
            }
            assert!(started.elapsed() < TIMEOUT, "no commit for SCORM {version} {what}");
            tokio::time::sleep(Duration::from_millis(25)).await;
        }
    }

    /// Waits for a commit for `version`, after the first `after` (see [`LmsServer::commits`]),
    /// that satisfies `done`, and returns the latest such; fails after [`TIMEOUT`], saying what
    /// was awaited.
    pub async fn commit_after(
        &self,
        version: &str,
        after: usize,
        what: &str,
        done: impl Fn(&Value) -> bool,
    ) -> Value {
        let started = Instant::now();
        loop {
            if let Some(found) = self.commits(version).into_iter().skip(after).rev().find(|c| done(c)) {
                return found;
            }
            assert!(started.elapsed() < TIMEOUT, "no commit for SCORM {version} {what}");
            tokio::time::sleep(Duration::from_millis(25)).await;
        }
    }

    /// Forgets the commits of `version`, for a new learner.
    pub fn forget(&self, version: &str) {
        lock(&self.received.commits).remove(version);
    }

    /// From now on, answers commits with an HTTP error (`true`) or accepts them again.
    pub fn fail_commits(&self, failing: bool) {
        self.received.failing.store(failing, Ordering::Relaxed);
    }

    /// Every request received, as `METHOD target`.
    pub fn requests(&self) -> Vec<String> {
        lock(&self.received.log).clone()
    }
}

impl Drop for LmsServer {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.courses);
    }
}

fn serve(stream: TcpStream, received: &Received, courses: &Path, runtime: &Path) -> std::io::Result<()> {
    let mut reader = BufReader::new(stream.try_clone()?);
    let mut request = String::new();
    reader.read_line(&mut request)?;
    let mut length = 0;
    let mut line = String::new();
    while reader.read_line(&mut line)? > 2 {
        if let Some(value) = line.to_ascii_lowercase().strip_prefix("content-length:") {
            length = value.trim().parse().unwrap_or(0);
        }
        line.clear();
    }
    let mut body = vec![0; length];
    reader.read_exact(&mut body)?;
    let mut words = request.split_whitespace();
    let (method, target) = (words.next().unwrap_or(""), words.next().unwrap_or("/"));
    if method.is_empty() {
        return Ok(());
    }
    lock(&received.log).push(format!("{method} {target}"));
    let (path, query) = target.split_once('?').unwrap_or((target, ""));
    let version = query.split('&').find_map(|p| p.strip_prefix("version=")).unwrap_or("").to_owned();
    let mut stream = stream;
    let respond = |stream: &mut TcpStream, status: &str, kind: &str, body: &[u8]| {
        let csp = if kind.starts_with("text/html") {
            format!("Content-Security-Policy: {STRICT_CSP}\r\n")
        } else {
            String::new()
        };
        write!(
            stream,
            "HTTP/1.1 {status}\r\nContent-Type: {kind}\r\nContent-Length: {}\r\nCache-Control: no-store\r\n{csp}Connection: close\r\n\r\n",
            body.len()
        )?;
        stream.write_all(body)
    };
    match (method, path) {
        ("POST", "/lms/commit") => {
            if received.failing.load(Ordering::Relaxed) {
                return respond(&mut stream, "500 Internal Server Error", "text/plain", b"failing");
            }
            lock(&received.commits)
                .entry(version)
                .or_default()
                .push(String::from_utf8_lossy(&body).into_owned());
            respond(&mut stream, "200 OK", "application/json", br#"{"result":"true","errorCode":0}"#)
        }
        ("GET", "/lms/committed") => match lock(&received.commits).get(&version).and_then(|all| all.last()) {
            Some(last) => respond(&mut stream, "200 OK", "application/json", last.clone().as_bytes()),
            None => respond(&mut stream, "404 Not Found", "text/plain", b""),
        },
        ("GET", "/lms/index.html") => respond(&mut stream, "200 OK", content_type(path), PAGE.as_bytes()),
        ("GET", "/lms/lms.js") => respond(&mut stream, "200 OK", content_type(path), SCRIPT.as_bytes()),
        ("GET", "/lms/lms.css") => respond(&mut stream, "200 OK", content_type(path), STYLE.as_bytes()),
        ("GET", "/lms/scorm12.min.js" | "/lms/scorm2004.min.js") => {
            let bytes = std::fs::read(runtime.join(&path["/lms/".len()..]))?;
            respond(&mut stream, "200 OK", content_type(path), &bytes)
        }
        ("GET", course) if course.starts_with("/course/") && !course.contains("..") => {
            match std::fs::read(courses.join(&course["/course/".len()..])) {
                Ok(bytes) => respond(&mut stream, "200 OK", content_type(course), &bytes),
                Err(_) => respond(&mut stream, "404 Not Found", "text/plain", b""),
            }
        }
        _ => respond(&mut stream, "404 Not Found", "text/plain", b""),
    }
}
