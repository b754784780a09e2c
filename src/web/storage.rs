//! The device's localStorage, for saved progress. Storage can be missing, blocked (third-party
//! frames, private browsing), full, or throwing on every call; each of those is an ordinary
//! `None` or `false` here, and the widget carries on without saving. Another tab of the same
//! browser writing a key is announced by the `storage` event, which [`watch`] listens for.

use gloo::events::EventListener;
use wasm_bindgen::JsCast;
use web_sys::{Storage, StorageEvent};

/// A localStorage that answered a test write.
pub struct DeviceStorage {
    storage: Storage,
}

const PROBE: &str = "leadership-balance:probe";

impl DeviceStorage {
    /// The page's localStorage, if it can be read and written.
    pub fn open() -> Option<DeviceStorage> {
        let storage = web_sys::window()?.local_storage().ok()??;
        storage.set_item(PROBE, "1").ok()?;
        storage.remove_item(PROBE).ok()?;
        Some(DeviceStorage { storage })
    }

    /// The value kept under `key`, if any.
    pub fn get(&self, key: &str) -> Option<String> {
        self.storage.get_item(key).ok().flatten()
    }

    /// Stores `value`; `false` when the browser refused (a full quota, say).
    pub fn set(&self, key: &str, value: &str) -> bool {
        self.storage.set_item(key, value).is_ok()
    }

    /// Removes `key`, if the browser lets it.
    pub fn remove(&self, key: &str) {
        let _ = self.storage.remove_item(key);
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
