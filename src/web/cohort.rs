//! The cohort page's entry: `src/bin/cohort.rs` exports [`start`] to `web/cohort-page.js`,
//! which fetches the language pack first, as the widget's loader does.

use std::rc::Rc;

use web_sys::HtmlElement;

use crate::model::instrument::Instrument;
use crate::strings::cohort::cohort_words;
use crate::strings::{ENGLISH, localize, pack};
use crate::ui::cohort::{CohortPage, CohortPageProps, CohortSetup};

/// Mounts the cohort page into `root`, in the language of `language_pack` (English without
/// one, or with one that cannot be read).
pub fn start(root: HtmlElement, language_pack: Option<String>) {
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
    let instrument = match Instrument::builtin() {
        Ok(instrument) => localize(&instrument, strings),
        Err(error) => {
            root.set_text_content(Some(&format!("The cohort page cannot start: {error}")));
            return;
        }
    };
    let setup = CohortSetup { strings, words: cohort_words(strings.code), instrument };
    yew::Renderer::<CohortPage>::with_root_and_props(root.into(), CohortPageProps { setup: Rc::new(setup) })
        .render();
}
