//! The learner's assessment, resumed from this device when it kept one, and saved again after
//! every change, so that a reload or a crash loses nothing. Two tabs of one browser share what
//! is kept: before each write this tab reads what is there, and progress newer than it last
//! saw (another tab's) is merged in first, so that neither tab overwrites the other's answers;
//! the `storage` event brings another tab's answers in as soon as it saves them. When the
//! browser refuses a write, the learner is told at once, and saving resumes by itself.
//!
//! Under a learning platform (the SCORM package, docs/lms.md) the progress is the platform's
//! suspend data instead, so that the learner continues on any device, and it is taken up at
//! once: the learner lands where they left off, or on their results. The times of the answers
//! go to the platform's interactions as the answers are given (`events::lms_answers`); the
//! launch page leaves them out of the suspend data, which stays short.

use std::cell::Cell;
use std::rc::Rc;

use yew::prelude::*;

use crate::config::ProviderConfig;
use crate::events::lms_answers;
use crate::model::instrument::Instrument;
use crate::persistence::{Progress, storage_key};
use crate::ui::early_steps::EarlySteps;
use crate::ui::progress;
use crate::ui::state::{Action, Assessment, Timed};
use crate::web::environment;
use crate::web::storage::{self, DeviceStorage};

/// Whether the last write was kept.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Saving {
    /// Every write so far was kept, or nothing was written yet.
    Kept,
    /// The browser refused the last write: what is on screen is all there is.
    Refused,
    /// A write was kept again after the browser had refused one.
    KeptAgain,
}

/// What [`use_saved_progress`] gives the flow.
pub struct SavedProgress {
    /// The assessment and its reducer.
    pub state: UseReducerHandle<Assessment>,
    /// Whether the device (or the learning platform) keeps answers: `None` when the provider
    /// switched saving off or the browser refuses storage, with no platform around.
    pub storage: Rc<Option<DeviceStorage>>,
    /// Whether the browser kept the last write.
    pub saving: Saving,
}

/// Starts the assessment from what the device kept (and any share link in the address), and
/// saves every change under a key per instrument version and provider config, so that two
/// providers' widgets on one device never mix answers. `handed_over` is progress the widget's
/// first module handed over on reaching the results (see [`crate::ui::later`]): the widget
/// goes on from there, whether or not the device keeps answers. `early`: what the learner
/// did on the loader's pages before the wasm arrived (see [`EarlySteps`]), replayed so that
/// the widget's first render is the page they are on rather than an intro drawn only to be
/// left.
#[hook]
pub fn use_saved_progress(
    instrument: &Rc<Instrument>,
    config: &ProviderConfig,
    handed_over: Option<&str>,
    early: EarlySteps,
) -> SavedProgress {
    let storage = use_memo(config.persistence, |persistence| DeviceStorage::for_progress(*persistence));
    let key = storage_key(instrument, config.id.as_deref());
    // The revision of the kept file this tab last read or wrote: a file of a later revision
    // holds another tab's changes.
    let seen = use_memo((), |()| Cell::new(0_u64));
    let saving = use_state_eq(|| Saving::Kept);
    let state = use_reducer_eq({
        let (instrument, storage, key, seen) =
            (Rc::clone(instrument), Rc::clone(&storage), key.clone(), Rc::clone(&seen));
        let handed_over = handed_over.map(str::to_owned);
        move || {
            if let Some(going_on) =
                handed_over.and_then(|text| progress::from_text(Rc::clone(&instrument), &text).ok())
            {
                return going_on;
            }
            let kept = read_kept(&storage, &key, &instrument);
            seen.set(kept.as_ref().map_or(0, |p| p.revision));
            let saved = kept.and_then(|p| progress::from_progress(Rc::clone(&instrument), p).ok());
            let mut assessment =
                Assessment::start(instrument, saved, environment::share_code_in_address().as_deref());
            let now = environment::now();
            // The platform knows the learner: their progress is theirs, taken up at once.
            if storage.as_ref().as_ref().is_some_and(|kept| kept.platform().is_some()) {
                assessment.apply_at(Action::Resume, now);
            }
            for action in early.actions(&assessment.order) {
                assessment.apply_at(action, now);
            }
            assessment
        }
    });
    // Another tab saved: its answers come in at once, this tab staying on its page. Removed
    // there ("Forget my answers"): forgotten here too.
    use_effect_with(key.clone(), {
        let (state, storage, instrument, seen) =
            (state.clone(), Rc::clone(&storage), Rc::clone(instrument), Rc::clone(&seen));
        move |key: &String| {
            // A platform's suspend data is this page's alone.
            let listener = (*storage).as_ref().filter(|kept| kept.platform().is_none()).and_then(|_| {
                storage::watch(key.clone(), move |text| match text {
                    None => state.dispatch(Timed(Action::Forget, environment::now())),
                    Some(text) => {
                        if let Ok(theirs) = Progress::from_text(&instrument, &text)
                            && theirs.revision > seen.get()
                        {
                            seen.set(theirs.revision);
                            state.dispatch(Timed(Action::TakeOver(Box::new(theirs)), environment::now()));
                        }
                    }
                })
            });
            move || drop(listener)
        }
    });
    // Compared by value, so an unchanged state is not written again.
    use_effect_with((*state).clone(), {
        let (storage, state, saving, instrument) =
            (Rc::clone(&storage), state.clone(), saving.clone(), Rc::clone(instrument));
        move |assessment: &Assessment| {
            let Some(device) = (*storage).as_ref() else { return };
            if let Some(platform) = device.platform() {
                platform.report_answers(lms_answers(&instrument, &assessment.answers, &assessment.stamps));
            }
            let Some(mine) = progress::to_progress(assessment) else {
                device.remove(&key);
                return;
            };
            let kept = read_kept(&storage, &key, &instrument);
            let mut next = mine;
            if let Some(theirs) = kept.as_ref().filter(|theirs| theirs.revision > seen.get()) {
                // Another tab wrote since this one last looked: keep both tabs' answers.
                next = crate::persistence::merge(&next, theirs);
                state.dispatch(Timed(Action::TakeOver(Box::new(theirs.clone())), environment::now()));
            }
            let latest = kept.as_ref().map_or(0, |p| p.revision).max(seen.get());
            if kept.as_ref().is_some_and(|kept| same_progress(kept, &next)) {
                seen.set(latest);
                return;
            }
            next.revision = latest + 1;
            if device.set(&key, &next.to_text(&instrument)) {
                seen.set(next.revision);
                saving.set(if *saving == Saving::Kept { Saving::Kept } else { Saving::KeptAgain });
            } else {
                web_sys::console::warn_1(
                    &"Leadership Balance: the browser refused to keep the progress".into(),
                );
                saving.set(Saving::Refused);
            }
        }
    });
    SavedProgress { state, storage, saving: *saving }
}

/// What the device keeps under `key`, if it is readable; unreadable progress is logged and
/// left to be replaced.
fn read_kept(storage: &Option<DeviceStorage>, key: &str, instrument: &Instrument) -> Option<Progress> {
    let text = storage.as_ref()?.get(key)?;
    Progress::from_text(instrument, &text)
        .map_err(|why| {
            web_sys::console::warn_1(
                &format!("Leadership Balance: saved answers were unreadable and are discarded ({})", why.0)
                    .into(),
            );
        })
        .ok()
}

/// Whether two progress files hold the same, whatever their revisions.
fn same_progress(a: &Progress, b: &Progress) -> bool {
    Progress { revision: b.revision, ..a.clone() } == *b
}
