//! The widget's first module: the intro, the context and the statements, which is all a
//! learner waits for. At the results it hands over to the full module (src/bin/full.rs); the
//! loader (web/leadership-balance.js) fetches that one in the background meanwhile. Being a
//! binary, it links only what [`mount`] reaches: none of `ui::later`'s views.

use leadership_balance::config::attributes::ElementInput;
use leadership_balance::mount::widget::{MountedWidget, first_module_start, mount_with};
use wasm_bindgen::prelude::wasm_bindgen;

/// Mounts one widget into `container` (inside the element's shadow root). `config` is the
/// config's JSON text, if any; `problem` says why it could not be fetched; `language_pack` the
/// JSON of the language's table, for a language other than English; `early_steps` what the
/// learner did on the loader's early pages (its JSON, see `ui::early_steps`), so the widget
/// goes on from there;
/// `hand_over` is called with the progress file's text (or `undefined`) when the results are
/// due, for the loader to mount the full module in this one's place.
#[wasm_bindgen]
#[expect(
    clippy::too_many_arguments,
    reason = "the loader's one call: plain arguments cross wasm-bindgen without an options object to pick apart"
)]
pub fn mount(
    container: web_sys::HtmlElement,
    host: web_sys::HtmlElement,
    config: Option<String>,
    problem: Option<String>,
    lang: Option<String>,
    accent: Option<String>,
    language_pack: Option<String>,
    early_steps: Option<String>,
    hand_over: js_sys::Function,
) -> MountedWidget {
    let input = ElementInput { config, problem, lang, accent };
    mount_with(container, host, input, language_pack, first_module_start(early_steps, hand_over))
}

fn main() {}
