//! The cohort page's entry: `src/bin/cohort.rs` exports [`start`] to `web/cohort-page.js`,
//! which fetches the language pack first, as the widget's loader does.

use std::rc::Rc;

use web_sys::HtmlElement;

use crate::strings::{ENGLISH, pack};
use crate::ui::cohort::{CohortPage, CohortPageProps, CohortSetup};
use crate::web::storage::DeviceStorage;

/// Mounts the cohort page into `root`, in the language of `language_pack` (English without
/// one, or with one that cannot be read), with the provider's `config` text if the page
/// names one.
/// `config_problem` says why a config the page names could not be fetched.
pub fn start(
    root: HtmlElement,
    language_pack: Option<String>,
    config: Option<String>,
    config_problem: Option<String>,
) {
    let strings = match language_pack.as_deref().map(pack::from_pack) {
        Some(Ok(strings)) => strings,
        Some(Err(error)) => {
            web_sys::console::error_1(
                &format!("Leadership Balance cohort page: {error}; English is used").into(),
            );
            &ENGLISH
        }
        None => &ENGLISH,
    };
    let config = match &config_problem {
        Some(problem) => Err(problem.as_str()),
        None => Ok(config.as_deref()),
    };
    let setup = match CohortSetup::new(strings, config, kept()) {
        Ok(setup) => setup,
        Err(error) => {
            root.set_text_content(Some(&format!("The cohort page cannot start: {error}")));
            return;
        }
    };
    if let Some(problem) = &setup.config_problem {
        web_sys::console::error_1(&format!("Leadership Balance cohort page: {problem}").into());
    }
    yew::Renderer::<CohortPage>::with_root_and_props(root.into(), CohortPageProps { setup: Rc::new(setup) })
        .render();
}

/// Where a kept cohort lives: the learners' codes, one per line. Nothing else is kept.
const KEPT: &str = "leadership-balance:cohort";

/// The cohort the trainer chose to keep on this device, if any.
pub fn kept() -> Option<String> {
    DeviceStorage::open()?.get(KEPT).filter(|codes| !codes.trim().is_empty())
}

/// Keeps the cohort's `codes` on this device; `false` when the browser refuses storage.
pub fn keep(codes: &[&str]) -> bool {
    DeviceStorage::open().is_some_and(|storage| storage.set(KEPT, &codes.join("\n")))
}

/// Removes the kept cohort from this device.
pub fn forget() {
    if let Some(storage) = DeviceStorage::open() {
        storage.remove(KEPT);
    }
}
