//! Moving keyboard focus, which Yew leaves to the DOM.

use wasm_bindgen::JsCast;
use web_sys::HtmlElement;
use yew::NodeRef;

/// Focuses the element behind `node`, if it is mounted.
pub fn focus(node: &NodeRef) {
    if let Some(element) = node.cast::<HtmlElement>() {
        // A failed focus (say, the element is hidden) is harmless: the learner keeps theirs.
        let _ = element.focus();
    }
}

/// Focuses the first element under `node` that matches `selector`.
pub fn focus_within(node: &NodeRef, selector: &str) {
    let found = node
        .cast::<web_sys::Element>()
        .and_then(|root| root.query_selector(selector).ok().flatten())
        .and_then(|element| element.dyn_into::<HtmlElement>().ok());
    if let Some(element) = found {
        let _ = element.focus();
    }
}
