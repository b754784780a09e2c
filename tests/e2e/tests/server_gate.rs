//! The harness's gate, without a browser: a held file's response waits until the test lets
//! it go, by `release` or by dropping the hold (as a failing test does), while other files
//! pass; the end-to-end tests in `loading.rs`, `abuse.rs` and `accessibility.rs` rely on it.

use std::io::{Read, Write};
use std::net::TcpStream;
use std::path::PathBuf;
use std::thread::JoinHandle;

use e2e::{Held, Hold, StaticServer};

/// A server over a folder holding the two modules' wasm files and a config.
fn server() -> StaticServer {
    let bundle = std::env::temp_dir().join(format!(
        "lb-gate-{}-{:?}",
        std::process::id(),
        std::thread::current().id()
    ));
    for file in ["core/leadership-balance_bg.wasm", "core/leadership-balance-full_bg.wasm", "config.json"] {
        let path: PathBuf = bundle.join(file);
        std::fs::create_dir_all(path.parent().expect("a folder")).expect("folder made");
        std::fs::write(&path, file).expect("file written");
    }
    StaticServer::start(bundle)
}

/// Asks for `path` on a thread of its own, which ends with the response's status line.
fn get(server: &StaticServer, path: &str) -> JoinHandle<String> {
    let (address, path) = (server.address, path.to_owned());
    std::thread::spawn(move || {
        let mut stream = TcpStream::connect(address).expect("connected");
        write!(stream, "GET {path} HTTP/1.1\r\nHost: {address}\r\n\r\n").expect("asked");
        let mut response = String::new();
        stream.read_to_string(&mut response).expect("a response");
        response.lines().next().unwrap_or_default().to_owned()
    })
}

/// Holds `held`, then asks for `path`, one of its files: the hold and the request, once the
/// request has reached the gate.
async fn held_request(server: &StaticServer, held: Held, path: &str) -> (Hold, JoinHandle<String>) {
    let hold = server.hold(held);
    let waiting = get(server, path);
    hold.wait_requested().await;
    (hold, waiting)
}

#[tokio::test]
async fn a_held_module_waits_for_its_release_and_the_other_files_do_not() {
    let server = server();
    let (first, waiting) = held_request(&server, Held::FirstModule, "/core/leadership-balance_bg.wasm").await;
    assert_eq!(first.requests(), 1);
    // The full module and the config are not held by it.
    assert_eq!(
        get(&server, "/core/leadership-balance-full_bg.wasm").join().expect("full"),
        "HTTP/1.1 200 OK"
    );
    assert_eq!(get(&server, "/config.json?v=1").join().expect("config"), "HTTP/1.1 200 OK");
    assert!(!waiting.is_finished(), "the held response was sent before its release");
    first.release();
    assert_eq!(waiting.join().expect("first"), "HTTP/1.1 200 OK");
    // Released for good: later requests pass.
    assert_eq!(get(&server, "/core/leadership-balance_bg.wasm").join().expect("again"), "HTTP/1.1 200 OK");
}

#[tokio::test]
async fn a_hold_dropped_by_a_failing_test_lets_its_responses_go() {
    let server = server();
    let (json, waiting) = held_request(&server, Held::Json, "/config.json").await;
    assert!(!waiting.is_finished(), "the held response was sent before its release");
    // A test that panics drops its hold as it unwinds.
    let unwound = std::panic::catch_unwind(std::panic::AssertUnwindSafe(move || {
        let _held = json;
        panic!("a failing test");
    }));
    assert!(unwound.is_err());
    assert_eq!(waiting.join().expect("config"), "HTTP/1.1 200 OK");
}
