//! Copying text for the learner, with a fallback when the browser refuses the clipboard.

use wasm_bindgen_futures::JsFuture;

/// Copies `text`, then calls `done(true)` if the browser took it, `done(false)` otherwise.
pub fn copy(text: &str, done: impl FnOnce(bool) + 'static) {
    let Some(window) = web_sys::window() else { return done(false) };
    let promise = window.navigator().clipboard().write_text(text);
    wasm_bindgen_futures::spawn_local(async move {
        done(JsFuture::from(promise).await.is_ok());
    });
}

/// Selects the text of `field`, so the learner can copy it by hand.
pub fn select(field: &web_sys::HtmlInputElement) {
    let _ = field.focus();
    field.select();
}
