//! The colleague's view on this device: the combined answers and the request links this
//! device made, in `localStorage` beside the saved progress; the address's request and
//! answer links; and the device's share sheet.

use wasm_bindgen::JsValue;
use wasm_bindgen_futures::JsFuture;

use crate::model::colleague::{ColleagueView, REQUEST_MARKER, RESPONSE_MARKER};
use crate::model::instrument::Instrument;
use crate::persistence::storage_key;
use crate::web::storage::{self, DeviceStorage};

fn view_key(instrument: &Instrument, config_id: Option<&str>) -> String {
    format!("{}:colleagues", storage_key(instrument, config_id))
}

fn asked_key(instrument: &Instrument, config_id: Option<&str>) -> String {
    format!("{}:asked", storage_key(instrument, config_id))
}

/// The colleagues' view kept on this device, if it fits `instrument`.
pub fn kept_view(instrument: &Instrument, config_id: Option<&str>) -> Option<ColleagueView> {
    let code = DeviceStorage::open()?.get(&view_key(instrument, config_id))?;
    ColleagueView::from_code(instrument, &code)
}

/// Calls `changed` with the colleagues' view (`None` once it is forgotten) each time another
/// tab of this browser changes it.
pub fn watch_view(
    instrument: Instrument,
    config_id: Option<&str>,
    changed: impl Fn(Option<ColleagueView>) + 'static,
) -> Option<gloo::events::EventListener> {
    storage::watch(view_key(&instrument, config_id), move |code| {
        changed(code.and_then(|code| ColleagueView::from_code(&instrument, &code)));
    })
}

/// Keeps `view` on this device; `false` when the browser refuses storage.
pub fn keep_view(instrument: &Instrument, config_id: Option<&str>, view: &ColleagueView) -> bool {
    DeviceStorage::open()
        .is_some_and(|storage| storage.set(&view_key(instrument, config_id), &view.to_code()))
}

/// Removes the colleagues' view and the request links from this device.
pub fn forget(instrument: &Instrument, config_id: Option<&str>) {
    if let Some(storage) = DeviceStorage::open() {
        storage.remove(&view_key(instrument, config_id));
        storage.remove(&asked_key(instrument, config_id));
    }
}

/// Notes that this device made the request `code`, so that opening it here offers a preview
/// rather than an answer. A request holds no answers, only the name the learner gave.
pub fn remember_request(instrument: &Instrument, config_id: Option<&str>, code: &str) {
    let Some(storage) = DeviceStorage::open() else { return };
    let key = asked_key(instrument, config_id);
    let mut codes: Vec<String> = storage.get(&key).unwrap_or_default().lines().map(str::to_owned).collect();
    if !codes.iter().any(|known| known == code) {
        codes.push(code.to_owned());
        // The latest few are enough: a learner asks with one or two names.
        let keep_from = codes.len().saturating_sub(8);
        storage.set(&key, &codes[keep_from..].join("\n"));
    }
}

/// Whether this device made the request `code`.
pub fn asked_here(instrument: &Instrument, config_id: Option<&str>, code: &str) -> bool {
    DeviceStorage::open()
        .and_then(|storage| storage.get(&asked_key(instrument, config_id)))
        .is_some_and(|codes| codes.lines().any(|known| known == code.trim()))
}

fn fragment_after(marker: &str) -> Option<String> {
    let hash = web_sys::window()?.location().hash().ok()?;
    hash.strip_prefix(marker).map(str::to_owned)
}

/// The request code in the page's address (`#lb-ask=…`), if there is one.
pub fn request_in_address() -> Option<String> {
    fragment_after(REQUEST_MARKER)
}

/// The colleague's answer code in the page's address (`#lb-re=…`), if there is one.
pub fn response_in_address() -> Option<String> {
    fragment_after(RESPONSE_MARKER)
}

/// Whether this browser has a share sheet (the Web Share API).
pub fn can_share() -> bool {
    web_sys::window()
        .is_some_and(|w| js_sys::Reflect::has(&w.navigator(), &JsValue::from_str("share")).unwrap_or(false))
}

/// Opens the device's share sheet with `text` and `url`; the learner picks where it goes.
pub fn share(title: &str, text: &str, url: &str) {
    let Some(window) = web_sys::window() else { return };
    let data = web_sys::ShareData::new();
    data.set_title(title);
    data.set_text(text);
    data.set_url(url);
    let promise = window.navigator().share_with_data(&data);
    // Dismissing the sheet rejects the promise: nothing to report.
    wasm_bindgen_futures::spawn_local(async move {
        let _ = JsFuture::from(promise).await;
    });
}
