//! Saving a file the widget made, with a Blob and a temporary link: no network involved.

use gloo::timers::callback::Timeout;
use wasm_bindgen::JsCast;
use web_sys::{Blob, BlobPropertyBag, HtmlAnchorElement, Url};

/// Why a file could not be saved; the learner sees a sentence, the console the details.
#[derive(Debug)]
pub struct DownloadError(pub String);

impl std::fmt::Display for DownloadError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

fn failed(step: &str, error: wasm_bindgen::JsValue) -> DownloadError {
    DownloadError(format!("{step}: {error:?}"))
}

/// Offers `bytes` to the learner as a download named `file_name`.
pub fn save(bytes: &[u8], file_name: &str, mime: &str) -> Result<(), DownloadError> {
    let document = web_sys::window()
        .and_then(|w| w.document())
        .ok_or_else(|| DownloadError("no document".to_owned()))?;
    let parts = js_sys::Array::of1(&js_sys::Uint8Array::from(bytes));
    let options = BlobPropertyBag::new();
    options.set_type(mime);
    let blob =
        Blob::new_with_u8_array_sequence_and_options(&parts, &options).map_err(|e| failed("Blob", e))?;
    let url = Url::create_object_url_with_blob(&blob).map_err(|e| failed("object URL", e))?;
    let link: HtmlAnchorElement = document
        .create_element("a")
        .map_err(|e| failed("link", e))?
        .dyn_into()
        .map_err(|_| DownloadError("link is not an anchor".to_owned()))?;
    link.set_href(&url);
    link.set_download(file_name);
    link.click();
    // Revoking at once can cancel the download in some browsers; a minute is plenty.
    Timeout::new(60_000, move || {
        let _ = Url::revoke_object_url(&url);
    })
    .forget();
    Ok(())
}
