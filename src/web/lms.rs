//! The learning platform (LMS) around the widget, when there is one. The SCORM package's launch
//! page (web/scorm/lms.js, docs/lms.md) finds the platform's SCORM API, starts the session and
//! puts a bridge at `globalThis.leadershipBalanceLms` before the widget starts; the widget then
//! keeps its progress in the platform's suspend data instead of `localStorage`, and reports its
//! answers and results through it. On any other page there is no bridge, and nothing here does
//! anything.
//!
//! The bridge is the launch page's own script, not a public interface: it does the SCORM work
//! (versions, element names, limits, commits, errors), so that none of it is in the wasm that
//! every learner downloads.

use wasm_bindgen::prelude::*;

use crate::config::ProviderConfig;

#[wasm_bindgen]
extern "C" {
    /// The launch page's bridge to the platform (web/scorm/lms.js, `LmsBridge`).
    #[derive(Clone)]
    pub type Bridge;

    /// The bridge's one entry point (`LmsBridge.call`), one for everything so that the first
    /// module carries one import, not five. `what` is:
    /// - `kept`: returns the progress the platform kept (its suspend data), if any;
    /// - `keep`: keeps `text`, the progress file's text (`None` forgets it), in the suspend
    ///   data; returns `"1"` when the platform took it and confirmed it;
    /// - `answers`: `text` is every answer so far ([`crate::events::lms_answers`]), for the
    ///   platform's interactions;
    /// - `result`: `text` is the results ([`crate::events::HostEvent::lms_result`]), for its
    ///   objectives and completion;
    /// - `name`: returns the learner's name as the platform gives it, if it gives one.
    ///
    /// It never throws: it catches and logs its own failures, so that the call needs no
    /// `catch` (and the first module no glue for one).
    #[wasm_bindgen(method)]
    fn call(this: &Bridge, what: &str, text: Option<String>) -> Option<String>;
}

/// The global the launch page puts the bridge in.
const GLOBAL: &str = "leadershipBalanceLms";

/// The launch page's bridge, when the widget runs under a learning platform.
pub fn bridge() -> Option<Bridge> {
    let value = js_sys::Reflect::get(&js_sys::global(), &JsValue::from_str(GLOBAL)).ok()?;
    (!value.is_undefined()).then(|| value.unchecked_into())
}

impl Bridge {
    /// The progress the platform kept, if any.
    pub fn kept(&self) -> Option<String> {
        self.call("kept", None).filter(|text| !text.is_empty())
    }

    /// Keeps `progress` in the platform (`None` forgets it); `false` when it was not kept.
    pub fn keep(&self, progress: Option<String>) -> bool {
        self.call("keep", progress).is_some()
    }

    /// Reports every answer so far (see [`crate::events::lms_answers`]).
    pub fn report_answers(&self, answers: String) {
        self.call("answers", Some(answers));
    }

    /// Reports the results (see [`crate::events::HostEvent::lms_result`]).
    pub fn report_result(&self, result: String) {
        self.call("result", Some(result));
    }
}

/// The learner's name for the PDF: only when the provider's config asks for it
/// (`lms.name_on_pdf`) and a platform gives one. SCORM platforms usually give it as
/// "Last, First"; a name with one comma is turned round ("First Last").
pub fn name_for_pdf(config: &ProviderConfig) -> Option<String> {
    if !config.lms.name_on_pdf {
        return None;
    }
    readable_name(&bridge()?.call("name", None)?)
}

/// `given` as a person reads a name: "Doe, Jane" becomes "Jane Doe"; a name with no comma or
/// several stays as it is; a blank name is none.
pub fn readable_name(given: &str) -> Option<String> {
    let given = given.trim();
    let mut parts = given.split(',');
    let name = match (parts.next(), parts.next(), parts.next()) {
        (Some(last), Some(first), None) if !first.trim().is_empty() && !last.trim().is_empty() => {
            format!("{} {}", first.trim(), last.trim())
        }
        _ => given.to_owned(),
    };
    (!name.is_empty()).then_some(name)
}

#[cfg(test)]
mod tests {
    use super::readable_name;

    #[test]
    fn a_platforms_last_first_name_reads_first_last() {
        assert_eq!(readable_name("Doe, Jane").as_deref(), Some("Jane Doe"));
        assert_eq!(readable_name("  Jane Doe ").as_deref(), Some("Jane Doe"));
        assert_eq!(readable_name("Doe, Jane, Dr.").as_deref(), Some("Doe, Jane, Dr."));
        assert_eq!(readable_name("Doe,").as_deref(), Some("Doe,"));
        assert_eq!(readable_name(" "), None);
    }
}
