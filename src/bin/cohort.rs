//! The trainer's cohort page (`cohort.html`) as a wasm of its own, so that none of its code
//! reaches the learner's widget. Trunk builds it beside the widget (index.html); the page's
//! script, `web/cohort-page.js`, calls [`start_cohort`].

use wasm_bindgen::prelude::wasm_bindgen;

/// Mounts the cohort page into `root`; `language_pack` is the JSON of `core/lang/<code>.json`
/// for a language other than English, `config` the provider's config file's text when the
/// page names one (`data-config` on its root), `config_problem` why that file could not be
/// fetched.
#[wasm_bindgen]
pub fn start_cohort(
    root: web_sys::HtmlElement,
    language_pack: Option<String>,
    config: Option<String>,
    config_problem: Option<String>,
) {
    leadership_balance::mount::cohort_page::start(root, language_pack, config, config_problem);
}

fn main() {}
