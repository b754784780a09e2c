//! Starting the trainer's cohort page: `src/bin/cohort.rs` exports [`start`] to `web/cohort-page.js`,
//! which fetches the language pack first, as the widget's loader does.

use std::rc::Rc;

use web_sys::HtmlElement;

use crate::strings::{ENGLISH, pack};
use crate::ui::cohort::{CohortPage, CohortPageProps, CohortSetup};
use crate::web::kept_cohort;

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
    let setup = match CohortSetup::new(strings, config, kept_cohort::kept()) {
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
