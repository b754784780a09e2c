//! The device's localStorage, for saved progress. Storage can be missing, blocked (third-party
//! frames, private browsing), full, or throwing on every call; each of those is an ordinary
//! `None` or `false` here, and the widget carries on without saving.

use web_sys::Storage;

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

    pub fn get(&self, key: &str) -> Option<String> {
        self.storage.get_item(key).ok().flatten()
    }

    /// Stores `value`; `false` when the browser refused (a full quota, say).
    pub fn set(&self, key: &str, value: &str) -> bool {
        self.storage.set_item(key, value).is_ok()
    }

    pub fn remove(&self, key: &str) {
        let _ = self.storage.remove_item(key);
    }
}
