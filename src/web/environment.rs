//! What the browser knows that the pure code needs: today's date and the learner's locale.

use crate::pdf::CalendarDate;

/// Today, in the learner's time zone.
pub fn today() -> CalendarDate {
    let now = js_sys::Date::new_0();
    CalendarDate {
        year: u16::try_from(now.get_full_year()).unwrap_or(2026),
        month: u8::try_from(now.get_month() + 1).unwrap_or(1),
        day: u8::try_from(now.get_date()).unwrap_or(1),
    }
}

/// The browser's preferred language tag, such as `en-US`; empty when unknown.
pub fn locale() -> String {
    web_sys::window().and_then(|w| w.navigator().language()).unwrap_or_default()
}
