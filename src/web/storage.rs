//! The device's localStorage, for saved progress. Storage can be missing, blocked (third-party
//! frames, private browsing), full, or throwing on every call; each of those is an ordinary
//! `None` or `false` here, and the widget carries on without saving. Another tab of the same
//! browser writing a key is announced by the `storage` event, which [`watch`] listens for.
//!
//! Under a learning platform ([`super::lms`]) the progress goes to the platform's suspend data
//! instead, so that a learner can continue on another device: [`DeviceStorage::for_progress`].

use gloo::events::EventListener;
use wasm_bindgen::JsCast;
use web_sys::{Storage, StorageEvent};

use super::lms::Bridge;

/// A localStorage that answered a test write, or the learning platform's suspend data.
pub struct DeviceStorage {
    kept: Kept,
}

/// Where a [`DeviceStorage`] keeps what it is given.
enum Kept {
    Local(Storage),
    /// The platform keeps one text, the progress, whatever its key.
    Platform(Bridge),
}

const PROBE: &str = "leadership-balance:probe";

impl DeviceStorage {
    /// The page's localStorage, if it can be read and written.
    pub fn open() -> Option<DeviceStorage> {
        let storage = web_sys::window()?.local_storage().ok()??;
        storage.set_item(PROBE, "1").ok()?;
        storage.remove_item(PROBE).ok()?;
        Some(DeviceStorage { kept: Kept::Local(storage) })
    }

    /// Where the learner's progress is kept: the learning platform's suspend data when the
    /// widget runs under one (whatever `persistence` says, which is about the learner's
    /// device), else the page's localStorage when `persistence` is on and the browser allows.
    pub fn for_progress(persistence: bool) -> Option<DeviceStorage> {
        match super::lms::bridge() {
            Some(bridge) => Some(DeviceStorage { kept: Kept::Platform(bridge) }),
            None if persistence => DeviceStorage::open(),
            None => None,
        }
    }

    /// The learning platform's bridge, when this is its suspend data.
    pub fn platform(&self) -> Option<&Bridge> {
        match &self.kept {
            Kept::Platform(bridge) => Some(bridge),
            Kept::Local(_) => None,
        }
    }

    /// The value kept under `key`, if any.
    pub fn get(&self, key: &str) -> Option<String> {
        match &self.kept {
            Kept::Local(storage) => storage.get_item(key).ok().flatten(),
            Kept::Platform(bridge) => bridge.kept(),
        }
    }

    /// Stores `value`; `false` when the browser (or the platform) refused (a full quota, say).
    pub fn set(&self, key: &str, value: &str) -> bool {
        match &self.kept {
            Kept::Local(storage) => storage.set_item(key, value).is_ok(),
            Kept::Platform(bridge) => bridge.keep(Some(value.to_owned())),
        }
    }

    /// Removes `key`, if the browser lets it.
    pub fn remove(&self, key: &str) {
        match &self.kept {
            Kept::Local(storage) => {
                let _ = storage.remove_item(key);
            }
            Kept::Platform(bridge) => {
                bridge.keep(None);
            }
        }
    }
}

/// Calls `changed` with the new value of `key` (`None` once it is removed) each time another
/// tab of this browser changes it; the listener goes when the returned value is dropped.
pub fn watch(key: String, changed: impl Fn(Option<String>) + 'static) -> Option<EventListener> {
    let window = web_sys::window()?;
    Some(EventListener::new(&window, "storage", move |event| {
        let Some(event) = event.dyn_ref::<StorageEvent>() else { return };
        // A `clear()` elsewhere has no key: every key is gone.
        match event.key() {
            Some(changed_key) if changed_key != key => {}
            _ => changed(event.new_value()),
        }
    }))
}
