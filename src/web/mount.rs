//! Finds the host element on the page and starts the widget in it.

use crate::ui::app::App;

/// The id of the element the widget draws into.
pub const HOST_ID: &str = "leadership-balance";

/// Mounts the widget into `#leadership-balance`. A page without that element gets a console
/// message naming it, rather than a widget drawn somewhere unexpected.
pub fn start() {
    let host = web_sys::window()
        .and_then(|window| window.document())
        .and_then(|document| document.get_element_by_id(HOST_ID));
    match host {
        Some(host) => {
            yew::Renderer::<App>::with_root(host).render();
        }
        None => web_sys::console::error_1(
            &format!("Leadership Balance: add <div id=\"{HOST_ID}\"></div> where the widget should appear.")
                .into(),
        ),
    }
}
