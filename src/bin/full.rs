//! The widget's full module: everything the first module (src/bin/widget.rs) holds, plus the
//! results, the PDF, sharing and the colleague's view (see `ui::later`). The loader fetches it
//! in the background at the learner's first click or key in the widget, and mounts it in the
//! first one's place when the learner reaches the results, or at once for a link in the
//! address.

use leadership_balance::config::attributes::ElementInput;
use leadership_balance::mount::widget::{MountedWidget, Start, mount_with};
use leadership_balance::ui::early_steps::EarlySteps;
use leadership_balance::ui::later;
use wasm_bindgen::prelude::wasm_bindgen;
use yew::Callback;

/// Mounts one widget with every view. The arguments are `mount`'s (src/mount/widget.rs), and
/// `continue_from` is the progress the first module handed over, if any: the widget goes on
/// from there with its heading focused.
#[wasm_bindgen]
#[expect(
    clippy::too_many_arguments,
    reason = "the loader's one call: plain arguments cross wasm-bindgen without an options object to pick apart"
)]
pub fn mount_full(
    container: web_sys::HtmlElement,
    host: web_sys::HtmlElement,
    config: Option<String>,
    problem: Option<String>,
    lang: Option<String>,
    accent: Option<String>,
    language_pack: Option<String>,
    continue_from: Option<String>,
) -> MountedWidget {
    let input = ElementInput { config, problem, lang, accent };
    let start = Start {
        early: EarlySteps::default(),
        later: Some(&later::ALL),
        hand_over: Callback::noop(),
        continue_from,
    };
    mount_with(container, host, input, language_pack, start)
}

fn main() {}
