//! The harness for the end-to-end tests: a static file server for the release bundle, a
//! WebDriver server and a browser session (Chromium, Firefox or WebKit), all on 127.0.0.1.
//!
//! The tests drive the widget the way a learner does: by the visible text of headings,
//! legends, labels and buttons, never by internal ids. They never wait on the clock for the
//! machine: what must come late (the wasm, the config) is held by the server until the test
//! lets it go, and every other wait is for a condition, up to [`TIMEOUT`].
//!
//! - [`server`]: the bundle, test pages and scratch folder over HTTP, and [`Hold`]ing files;
//! - [`drivers`]: each engine's WebDriver server and session, and the virtual display;
//! - [`browser`]: a session as the tests use it, and the page-level steps they share;
//! - [`widget`]: one widget, found by visible text inside its shadow root;
//! - [`flows`]: the learner's journeys every engine must pass;
//! - [`lms`]: the test's learning platform (scorm-again) and its server, for the SCORM packages;
//! - [`instrument`], [`paths`], [`pdf_tools`]: what the tests read and run beside the browser.

use std::time::Duration;

pub mod browser;
pub mod drivers;
pub mod flows;
pub mod instrument;
pub mod lms;
pub mod paths;
#[path = "../../support/pdf_tools.rs"]
pub mod pdf_tools;
pub mod server;
pub mod widget;

pub use browser::{Browser, open_bundle, open_intro_holding};
pub use drivers::{Engine, VirtualDisplay};
pub use instrument::{Competency, Instrument, Statement};
pub use lms::LmsServer;
pub use paths::{bundle_dir, hosts_dir, node_modules, npm_tool};
pub use server::{Held, Hold, NO_WASM_CSP, STRICT_CSP, StaticServer};
pub use widget::{Widget, choose_in, same_spaces};

/// How long any wait may take before the test fails and says what it waited for.
pub const TIMEOUT: Duration = Duration::from_secs(15);

/// Declares a `#[tokio::test]` for each `name => journey(Engine, more arguments…);` line: the
/// same journey in several engines, each a test of its own under its own name.
#[macro_export]
macro_rules! engine_tests {
    ($($name:ident => $($journey:ident)::+ ($engine:ident $(, $argument:expr)*);)+) => {
        $(
            #[tokio::test]
            async fn $name() {
                $($journey)::+($crate::Engine::$engine $(, $argument)*).await;
            }
        )+
    };
}
