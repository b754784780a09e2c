//! What the browser knows that the pure code needs: today's date and the learner's locale.

use crate::calendar::CalendarDate;

/// Today, in the learner's time zone.
pub fn today() -> CalendarDate {
    let now = js_sys::Date::new_0();
    CalendarDate {
        year: u16::try_from(now.get_full_year()).unwrap_or(2026),
        month: u8::try_from(now.get_month() + 1).unwrap_or(1),
        day: u8::try_from(now.get_date()).unwrap_or(1),
    }
}

/// The time now, in milliseconds since 1970, by the device's clock.
pub fn now() -> u64 {
    // Always positive and well under 2^53 ms, so the conversion is exact.
    js_sys::Date::now().max(0.0) as u64
}

/// The browser's preferred language tag, such as `en-US`; empty when unknown.
pub fn locale() -> String {
    web_sys::window().and_then(|w| w.navigator().language()).unwrap_or_default()
}

/// The share code in the page's address (`#lb=…`), if there is one.
pub fn share_code_in_address() -> Option<String> {
    let hash = web_sys::window()?.location().hash().ok()?;
    hash.strip_prefix("#lb=").map(str::to_owned)
}

/// The page's address without its fragment: the base of a share link.
pub fn address_without_fragment() -> String {
    let Some(location) = web_sys::window().map(|w| w.location()) else { return String::new() };
    let href = location.href().unwrap_or_default();
    href.split('#').next().unwrap_or_default().to_owned()
}

/// Removes a share code from the address without reloading or adding a history entry.
pub fn clear_share_code_from_address() {
    let Some(window) = web_sys::window() else { return };
    let address = address_without_fragment();
    if let Ok(history) = window.history() {
        let _ = history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&address));
    }
}
