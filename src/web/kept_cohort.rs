//! The cohort the trainer chose to keep on this device: the learners' codes, one per line,
//! in the browser's storage. Nothing else about the cohort is kept.

use crate::web::storage::DeviceStorage;

/// Where a kept cohort lives: the learners' codes, one per line. Nothing else is kept.
const KEPT: &str = "leadership-balance:cohort";

/// The cohort the trainer chose to keep on this device, if any.
pub fn kept() -> Option<String> {
    DeviceStorage::open()?.get(KEPT).filter(|codes| !codes.trim().is_empty())
}

/// Keeps the cohort's `codes` on this device; `false` when the browser refuses storage.
pub fn keep(codes: &[&str]) -> bool {
    DeviceStorage::open().is_some_and(|storage| storage.set(KEPT, &codes.join("\n")))
}

/// Removes the kept cohort from this device.
pub fn forget() {
    if let Some(storage) = DeviceStorage::open() {
        storage.remove(KEPT);
    }
}
