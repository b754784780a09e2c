//! Moving keyboard focus, which Yew leaves to the DOM.

use web_sys::HtmlElement;
use yew::NodeRef;

/// Focuses the element behind `node`, if it is mounted.
pub fn focus(node: &NodeRef) {
    if let Some(element) = node.cast::<HtmlElement>() {
        // A failed focus (say, the element is hidden) is harmless: the learner keeps theirs.
        let _ = element.focus();
    }
}
