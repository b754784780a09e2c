//! The learner's assessment, resumed from this device when it kept one, and saved again after
//! every change, so that a reload or a crash loses nothing.

use std::rc::Rc;

use yew::prelude::*;

use crate::config::ProviderConfig;
use crate::model::instrument::Instrument;
use crate::persistence::storage_key;
use crate::ui::early_steps::EarlySteps;
use crate::ui::progress;
use crate::ui::state::Assessment;
use crate::web::environment;
use crate::web::storage::DeviceStorage;

/// What [`use_saved_progress`] gives the flow.
pub struct SavedProgress {
    /// The assessment and its reducer.
    pub state: UseReducerHandle<Assessment>,
    /// Whether the device keeps answers: `false` when the provider switched saving off or the
    /// browser refuses storage.
    pub storage: Rc<Option<DeviceStorage>>,
}

/// Starts the assessment from what the device kept (and any share link in the address), and
/// saves every change under a key per instrument version and provider config, so that two
/// providers' widgets on one device never mix answers. `handed_over` is progress the widget's
/// first module handed over on reaching the results (see [`crate::ui::later`]): the widget
/// goes on from there, whether or not the device keeps answers. `early`: what the learner
/// did on the loader's pages before the wasm arrived (see [`EarlySteps`]), replayed so that
/// the widget's first render is the page they are on rather than an intro drawn only to be
/// left (on a slow phone, about 40 ms of rendering and layout).
#[hook]
pub fn use_saved_progress(
    instrument: &Rc<Instrument>,
    config: &ProviderConfig,
    handed_over: Option<&str>,
    early: EarlySteps,
) -> SavedProgress {
    let storage =
        use_memo(config.persistence, |persistence| if *persistence { DeviceStorage::open() } else { None });
    let key = storage_key(instrument, config.id.as_deref());
    let state = use_reducer_eq({
        let (instrument, storage, key) = (Rc::clone(instrument), Rc::clone(&storage), key.clone());
        let handed_over = handed_over.map(str::to_owned);
        move || {
            if let Some(going_on) =
                handed_over.and_then(|text| progress::from_text(Rc::clone(&instrument), &text).ok())
            {
                return going_on;
            }
            let saved = (*storage).as_ref().and_then(|s| s.get(&key)).and_then(|text| {
                progress::from_text(Rc::clone(&instrument), &text)
                    .map_err(|why| {
                        web_sys::console::warn_1(
                            &format!(
                                "Leadership Balance: saved answers were unreadable and are discarded ({})",
                                why.0
                            )
                            .into(),
                        )
                    })
                    .ok()
            });
            let mut assessment =
                Assessment::start(instrument, saved, environment::share_code_in_address().as_deref());
            for action in early.actions(&assessment.order) {
                assessment.apply(action);
            }
            assessment
        }
    });
    // Compared by value, so an unchanged state is not written again.
    use_effect_with((*state).clone(), {
        let storage = Rc::clone(&storage);
        move |assessment: &Assessment| {
            if let Some(storage) = (*storage).as_ref() {
                match progress::to_text(assessment) {
                    Some(text) => {
                        storage.set(&key, &text);
                    }
                    None => storage.remove(&key),
                }
            }
        }
    });
    SavedProgress { state, storage }
}
