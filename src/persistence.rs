//! The learner's progress as this device keeps it: a versioned JSON file, with the answers in
//! the share code's compact form. Anything stale, foreign or damaged is refused, and the
//! widget simply starts afresh: a saved file must never be able to break it.
//!
//! This module knows the file and the model, not the UI: `ui::progress` maps an assessment in
//! progress to a [`Progress`] and back, and the fuzz target reads files here directly.

use serde::{Deserialize, Serialize};

use crate::model::answers::{AnswerSheet, Context};
use crate::model::instrument::Instrument;
use crate::model::share::{self, fingerprint};

/// Bumped whenever the file's layout changes; older files are then thrown away.
pub const SAVED_VERSION: u32 = 1;
/// A saved text longer than this is refused unread.
pub const MAX_SAVED_LENGTH: usize = 100_000;
/// Reflection notes longer than this are cut when saved, so storage quotas are never near.
pub const MAX_NOTE: usize = 5_000;

/// Where the learner was, as the file names it. Kept apart from the UI's own step type so that
/// renaming a screen never changes what devices have stored.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum SavedStep {
    Intro,
    Context,
    /// A page of statements; the file's `page` says which.
    Statements,
    Results,
}

/// The latest result reached on this device.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LastResult {
    /// The attempt that reached it, so a result is never compared with itself.
    pub attempt: u32,
    /// Its share code.
    pub answers: String,
}

/// The file, exactly as stored. A file holding anything this version did not write is
/// refused whole.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct SavedFile {
    version: u32,
    /// The instrument's fingerprint; progress made with other statements is dropped.
    instrument: u16,
    attempt: u32,
    /// The answers and context as a share code.
    answers: String,
    step: SavedStep,
    /// The statements page, counted from 0; 0 on the other steps.
    page: usize,
    reflections: Vec<String>,
    /// The share code of the result this attempt compares with.
    earlier: Option<String>,
    last_result: Option<LastResult>,
}

/// Progress read back and checked against the instrument: every code has been decoded.
#[derive(Clone, Debug, PartialEq)]
pub struct Progress {
    pub attempt: u32,
    pub answers: AnswerSheet,
    pub context: Context,
    pub step: SavedStep,
    /// The statements page, counted from 0; not yet checked against the page count.
    pub page: usize,
    /// The reflection notes, each at most [`MAX_NOTE`] characters.
    pub reflections: Vec<String>,
    pub earlier: Option<(AnswerSheet, Context)>,
    /// Kept only when its code still decodes.
    pub last_result: Option<LastResult>,
}

/// Where a device keeps the progress: one key per instrument version and provider config
/// (`id`), so that two providers' widgets on one device never mix answers.
///
/// ```
/// use leadership_balance::model::instrument::Instrument;
/// use leadership_balance::persistence::storage_key;
/// let instrument = Instrument::builtin().unwrap();
/// assert_eq!(storage_key(&instrument, Some("northwind")), "leadership-balance:leadership-balance-core:1:northwind");
/// ```
pub fn storage_key(instrument: &Instrument, config_id: Option<&str>) -> String {
    format!("leadership-balance:{}:{}:{}", instrument.id, instrument.version, config_id.unwrap_or("default"))
}

/// Why saved progress was thrown away; only ever logged.
#[derive(Debug, PartialEq, Eq)]
pub struct Discarded(pub String);

fn cut(note: &str) -> String {
    note.chars().take(MAX_NOTE).collect()
}

impl Progress {
    /// The file to keep for this progress.
    pub fn to_text(&self, instrument: &Instrument) -> String {
        let file = SavedFile {
            version: SAVED_VERSION,
            instrument: fingerprint(instrument),
            attempt: self.attempt,
            answers: share::encode(instrument, &self.answers, &self.context),
            step: self.step,
            page: self.page,
            reflections: self.reflections.iter().map(|note| cut(note)).collect(),
            earlier: self
                .earlier
                .as_ref()
                .map(|(answers, context)| share::encode(instrument, answers, context)),
            last_result: self.last_result.clone(),
        };
        // A struct of strings and whole numbers always serializes; the fallback is never used.
        serde_json::to_string(&file).unwrap_or_default()
    }

    /// The progress saved in `text`, if it is whole, current and made with `instrument`.
    pub fn from_text(instrument: &Instrument, text: &str) -> Result<Progress, Discarded> {
        if text.len() > MAX_SAVED_LENGTH {
            return Err(Discarded("too long".to_owned()));
        }
        // Through a JSON value, as every JSON text the widget reads: serde's derives are then
        // compiled for one kind of input only, which keeps the wasm smaller.
        let file = serde_json::from_str::<serde_json::Value>(text)
            .and_then(|value| SavedFile::deserialize(&value))
            .map_err(|e| Discarded(e.to_string()))?;
        if file.version != SAVED_VERSION {
            return Err(Discarded(format!("version {}", file.version)));
        }
        if file.instrument != fingerprint(instrument) {
            return Err(Discarded("made with other statements".to_owned()));
        }
        let (answers, context) =
            share::decode(instrument, &file.answers).map_err(|e| Discarded(e.to_string()))?;
        Ok(Progress {
            attempt: file.attempt,
            answers,
            context,
            step: file.step,
            page: file.page,
            reflections: file.reflections.iter().map(|note| cut(note)).collect(),
            earlier: file.earlier.and_then(|code| share::decode(instrument, &code).ok()),
            last_result: file.last_result.filter(|last| share::decode(instrument, &last.answers).is_ok()),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::answers::{Answer, Experience, Frequency};

    fn instrument() -> Instrument {
        Instrument::builtin().expect("valid")
    }

    fn progress(instrument: &Instrument) -> Progress {
        let mut answers = AnswerSheet::new(instrument.statements.len());
        answers.set(3, Answer::Frequency(Frequency::Often));
        answers.set(7, Answer::NoChanceYet);
        Progress {
            attempt: 2,
            answers,
            context: Context { experience: Some(Experience::UnderOneYear), reports: None },
            step: SavedStep::Statements,
            page: 1,
            reflections: vec!["Gave me “real” work — early.".to_owned(), String::new()],
            earlier: None,
            last_result: None,
        }
    }

    #[test]
    fn progress_survives_a_save_and_a_reload() {
        let instrument = instrument();
        let kept = progress(&instrument);
        let text = kept.to_text(&instrument);
        assert!(text.contains(r#""step":"statements","page":1"#), "{text}");
        assert_eq!(Progress::from_text(&instrument, &text), Ok(kept));
    }

    #[test]
    fn long_notes_are_cut_and_dead_codes_dropped() {
        let instrument = instrument();
        let mut kept = progress(&instrument);
        kept.reflections[0] = "é".repeat(MAX_NOTE + 10);
        kept.last_result = Some(LastResult { attempt: 1, answers: "not a code".to_owned() });
        let back = Progress::from_text(&instrument, &kept.to_text(&instrument)).expect("readable");
        assert_eq!(back.reflections[0].chars().count(), MAX_NOTE);
        assert_eq!(back.last_result, None, "a latest result whose code no longer decodes is dropped");
    }

    #[test]
    fn damaged_stale_or_foreign_files_are_discarded() {
        let instrument = instrument();
        let good = progress(&instrument).to_text(&instrument);
        let mut other = instrument.clone();
        other.version += 1;
        let cases = [
            String::new(),
            "not json".to_owned(),
            good[..good.len() / 2].to_owned(),
            good.replace("\"version\":1", "\"version\":2"),
            good.replace("\"step\":\"statements\"", "\"step\":\"nowhere\""),
            good.replace("\"answers\":\"", "\"answers\":\"x"),
            good.replace("\"attempt\"", "\"extra\":1,\"attempt\""),
            good.replace("\"page\":1", "\"page\":-1"),
            "x".repeat(MAX_SAVED_LENGTH + 1),
        ];
        for text in cases {
            assert!(Progress::from_text(&instrument, &text).is_err(), "{text}");
        }
        assert!(Progress::from_text(&other, &good).is_err(), "made with other statements");
    }
}
