//! Moving keyboard focus, which Yew leaves to the DOM, and finding the element to move it to.

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

/// The first element matching `selector` inside the nearest `container` around the event's
/// target. Not inside the listener's element: yew delegates events to the widget's root, so
/// `currentTarget` is the root, not the element that declared the listener.
pub fn find_near_target<T: JsCast>(event: &web_sys::Event, container: &str, selector: &str) -> Option<T> {
    event
        .target()
        .and_then(|target| target.dyn_into::<web_sys::Element>().ok())
        .and_then(|target| target.closest(container).ok().flatten())
        .and_then(|root| root.query_selector(selector).ok().flatten())
        .and_then(|element| element.dyn_into::<T>().ok())
}

/// Focuses what [`find_near_target`] finds, if anything.
pub fn focus_near_target(event: &web_sys::Event, container: &str, selector: &str) {
    if let Some(element) = find_near_target::<HtmlElement>(event, container, selector) {
        // As in `focus`: a failed focus is harmless.
        let _ = element.focus();
    }
}
