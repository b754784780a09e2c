//! The static file server the browser loads everything from, on 127.0.0.1: the release bundle,
//! the test pages and a scratch folder, each HTML page under a strict CSP.
//!
//! It is the tests' hand on the network. A test that must show the widget before its wasm has
//! arrived [`StaticServer::hold`]s that file: its response waits, on no timer, until the test
//! releases it, so that "the learner answered before the wasm came" is a step of the test and
//! not a bet on the machine's speed.

use std::io::{BufRead, BufReader, Write};
use std::net::{SocketAddr, TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Condvar, Mutex, MutexGuard, PoisonError};

use tokio::sync::watch;

use crate::TIMEOUT;

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
    shared: Arc<Shared>,
}

/// What the test and the server's threads both see.
#[derive(Default)]
struct Shared {
    /// Every request received, as `METHOD target`, in order.
    log: Mutex<Vec<String>>,
    /// The path of every response written whole, in order.
    sent: Mutex<Vec<String>>,
    /// Send the `.br` copy rather than the `.gz` one to a browser that takes either.
    brotli: AtomicBool,
    /// The gates of the [`Hold`]s alive now.
    gates: Mutex<Vec<Arc<Gate>>>,
}

/// Locks `mutex`, also after a thread panicked holding it: a failed test must still be able to
/// release what it held, and the server must still answer.
fn lock<T>(mutex: &Mutex<T>) -> MutexGuard<'_, T> {
    mutex.lock().unwrap_or_else(PoisonError::into_inner)
}

/// Which responses a [`Hold`] keeps waiting.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Held {
    /// The first module's wasm (`core/leadership-balance_bg.wasm`): the intro, the context
    /// questions and the statements, which the loader's early pages stand in for.
    FirstModule,
    /// The full module's wasm (`core/leadership-balance-full_bg.wasm`): the results and the
    /// PDF. The loader asks for it only once the first module runs and the learner has
    /// clicked, so a test holds the two apart.
    FullModule,
    /// Every `.json` file: the config and the language packs.
    Json,
}

impl Held {
    /// Whether the response for `path` (the request's path, without query) is held.
    fn matches(self, path: &str) -> bool {
        match self {
            Held::FirstModule => path.ends_with("/core/leadership-balance_bg.wasm"),
            Held::FullModule => path.ends_with("/core/leadership-balance-full_bg.wasm"),
            Held::Json => path.ends_with(".json"),
        }
    }
}

/// Where held responses wait, until the test opens it.
struct Gate {
    held: Held,
    open: Mutex<bool>,
    opened: Condvar,
    /// How many requests have reached the gate; the test awaits it, the server's threads
    /// count it.
    arrived: watch::Sender<usize>,
}

impl Gate {
    /// Counts a request at the gate, then blocks its server thread until the gate is open.
    fn pass(&self) {
        self.arrived.send_modify(|count| *count += 1);
        let mut open = lock(&self.open);
        while !*open {
            open = self.opened.wait(open).unwrap_or_else(PoisonError::into_inner);
        }
    }
}

/// Keeps the responses of [`Held`] files waiting, from [`StaticServer::hold`] until
/// [`Hold::release`], or until it is dropped: a test that fails while holding a file lets it
/// go, and the server keeps no thread waiting for ever.
#[must_use = "the files are held only while the Hold lives"]
pub struct Hold {
    gate: Arc<Gate>,
    shared: Arc<Shared>,
    arrived: watch::Receiver<usize>,
}

impl Hold {
    /// Lets every held response go, and every later one through.
    pub fn release(self) {
        // Dropping does it.
    }

    /// How many requests for the held files have reached the server since the hold began.
    pub fn requests(&self) -> usize {
        *self.arrived.borrow()
    }

    /// Waits until the browser has asked for a held file: its response is then on its way as
    /// soon as the test releases it. Fails after [`TIMEOUT`], naming the file.
    pub async fn wait_requested(&self) {
        let mut arrived = self.arrived.clone();
        match tokio::time::timeout(TIMEOUT, arrived.wait_for(|count| *count > 0)).await {
            Ok(Ok(_)) => {}
            Ok(Err(_)) => unreachable!("the Hold keeps its gate's sender alive"),
            Err(_) => panic!("the browser did not ask for the held {:?} within {TIMEOUT:?}", self.gate.held),
        }
    }
}

impl Drop for Hold {
    fn drop(&mut self) {
        lock(&self.shared.gates).retain(|gate| !Arc::ptr_eq(gate, &self.gate));
        *lock(&self.gate.open) = true;
        self.gate.opened.notify_all();
    }
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
    shared: Arc<Shared>,
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

    /// Waits at every gate that holds `path`; returns at once when none does.
    fn wait_at_gates(&self, path: &str) {
        let gates: Vec<Arc<Gate>> =
            lock(&self.shared.gates).iter().filter(|gate| gate.held.matches(path)).cloned().collect();
        // A gate released after this list was taken is open, and lets the request through.
        for gate in gates {
            gate.pass();
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
    let brotli = accepts_brotli && mounts.shared.brotli.load(Ordering::Relaxed);
    // Browsers open spare connections and close them unused: no request, nothing to log.
    if request_line.trim().is_empty() {
        return Ok(());
    }
    let mut words = request_line.split_whitespace();
    let (method, target) = (words.next().unwrap_or(""), words.next().unwrap_or("/"));
    lock(&mounts.shared.log).push(format!("{method} {target}"));
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
    mounts.wait_at_gates(path);
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
            let encoding = coding
                .map(|coding| format!("Content-Encoding: {coding}\r\nVary: Accept-Encoding\r\n"))
                .unwrap_or_default();
            write!(
                stream,
                "HTTP/1.1 200 OK\r\nContent-Type: {kind}\r\nContent-Length: {}\r\nCache-Control: no-store\r\n{encoding}{csp}Connection: close\r\n\r\n",
                body.len()
            )?;
            stream.write_all(&body)?;
            lock(&mounts.shared.sent).push(path.to_owned());
            Ok(())
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
        let shared = Arc::new(Shared::default());
        let mounts = Arc::new(Mounts {
            bundle,
            pages: Path::new(env!("CARGO_MANIFEST_DIR")).join("pages"),
            scratch: scratch.clone(),
            origin: format!("http://{address}"),
            shared: Arc::clone(&shared),
        });
        // A thread for each connection, so that a held response keeps only its own waiting.
        std::thread::spawn(move || {
            for stream in listener.incoming().flatten() {
                let mounts = Arc::clone(&mounts);
                std::thread::spawn(move || {
                    let _ = serve_one(&mounts, stream);
                });
            }
        });
        StaticServer { address, scratch, shared }
    }

    /// From now on, keeps the responses for `held` waiting (the request is received and logged,
    /// the answer not sent) until the returned [`Hold`] is released or dropped.
    pub fn hold(&self, held: Held) -> Hold {
        let (arrived, receiver) = watch::channel(0);
        let gate = Arc::new(Gate { held, open: Mutex::new(false), opened: Condvar::new(), arrived });
        lock(&self.shared.gates).push(Arc::clone(&gate));
        Hold { gate, shared: Arc::clone(&self.shared), arrived: receiver }
    }

    /// From now on, sends a file's precompressed `.br` copy, where there is one, to a browser
    /// that accepts brotli, as many hosts and CDNs do; otherwise the `.gz` copy, as before.
    pub fn serve_brotli(&self, on: bool) {
        self.shared.brotli.store(on, Ordering::Relaxed);
    }

    /// Every request received so far, as `METHOD target`.
    pub fn requests(&self) -> Vec<String> {
        lock(&self.shared.log).clone()
    }

    /// Waits until the response for `path` has been written whole (the bytes are then the
    /// browser's, whenever it reads them); fails after [`TIMEOUT`].
    pub async fn wait_sent(&self, path: &str) {
        let started = std::time::Instant::now();
        while !lock(&self.shared.sent).iter().any(|sent| sent == path) {
            assert!(started.elapsed() < TIMEOUT, "the server did not send {path} within {TIMEOUT:?}");
            tokio::time::sleep(std::time::Duration::from_millis(25)).await;
        }
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
