//! The cohort the trainer chose to keep on this device: the learners' codes, one per line,
//! in the browser's storage. Nothing else about the cohort is kept. Two tabs of the cohort page
//! keep one cohort: a write adds to what is kept rather than replacing it, and [`watch`] hears
//! the other tab's.

use gloo::events::EventListener;

use crate::cohort::union_of_codes;
use crate::web::storage::{self, DeviceStorage};

/// Where a kept cohort lives: the learners' codes, one per line. Nothing else is kept.
const KEPT: &str = "leadership-balance:cohort";

/// The cohort the trainer chose to keep on this device, if any.
pub fn kept() -> Option<String> {
    DeviceStorage::open()?.get(KEPT).filter(|codes| !codes.trim().is_empty())
}

/// Keeps the cohort's `codes` on this device, with any another tab kept meanwhile: the codes
/// now kept, or `None` when the browser refuses storage.
pub fn keep(codes: &[&str]) -> Option<Vec<String>> {
    let storage = DeviceStorage::open()?;
    let all = union_of_codes(&storage.get(KEPT).unwrap_or_default(), codes);
    storage.set(KEPT, &all.join("\n")).then_some(all)
}

/// Calls `changed` with the codes kept (`None` once the kept cohort is removed) each time
/// another tab of this browser changes them.
pub fn watch(changed: impl Fn(Option<String>) + 'static) -> Option<EventListener> {
    storage::watch(KEPT.to_owned(), changed)
}

/// Removes the kept cohort from this device.
pub fn forget() {
    if let Some(storage) = DeviceStorage::open() {
        storage.remove(KEPT);
    }
}
