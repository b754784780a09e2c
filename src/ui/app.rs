//! The widget's only two components: `App` checks what it was given and shows either a load
//! error or `Flow`, which holds the learner's state, shows the current step through the views
//! in `components/`, and reports progress to the host page.

use std::rc::Rc;
use std::sync::atomic::{AtomicUsize, Ordering};

use yew::prelude::*;

use crate::config::{ConfigError, ProviderConfig};
use crate::events::HostEvent;
use crate::model::instrument::Instrument;
use crate::model::report::Report;
use crate::model::scoring::Scores;
use crate::strings::{self, ENGLISH, Strings};
use crate::ui::components::{
    context_page::context_page,
    intro::{Intro, intro},
    load_error::load_error,
    results::{ResultsView, results},
    statements_page::statements_page,
};
use crate::ui::notices::{Notice, Notices};
use crate::ui::progress as saved;
use crate::ui::state::{Action, Assessment, Step};
use crate::web::environment;
use crate::web::focus::focus;
use crate::web::storage::DeviceStorage;

/// Numbers each widget on the page, so that radio groups of two widgets never share a name.
static INSTANCES: AtomicUsize = AtomicUsize::new(0);

/// What a widget starts from: the checked config, the language, the instrument in that
/// language, and where host events go.
pub struct Setup {
    pub config: Result<Rc<ProviderConfig>, Vec<ConfigError>>,
    pub strings: &'static Strings,
    pub instrument: Result<Rc<Instrument>, String>,
    pub on_event: Callback<HostEvent>,
}

impl Setup {
    /// A widget whose language tables are all compiled in (English in the wasm; every
    /// language natively).
    pub fn new(config: Result<ProviderConfig, Vec<ConfigError>>, on_event: Callback<HostEvent>) -> Setup {
        Setup::with_language_pack(config, None, on_event)
    }

    /// `config.language` already holds the element's `lang` attribute when it has one, so the
    /// order is: attribute, config, the browser's language, English. `pack` is the table the
    /// loader fetched for that language; without it (or if it is for another language) the
    /// widget speaks English.
    pub fn with_language_pack(
        config: Result<ProviderConfig, Vec<ConfigError>>,
        pack: Option<&'static Strings>,
        on_event: Callback<HostEvent>,
    ) -> Setup {
        let chosen = config.as_ref().ok().and_then(|c| c.language.as_deref());
        let code = strings::choose(chosen, &environment::locale());
        let strings = strings::builtin(code).or_else(|| pack.filter(|p| p.code == code)).unwrap_or(&ENGLISH);
        let instrument = match &config {
            Ok(config) => config
                .instrument()
                .map(|i| Rc::new(strings::localize(&i, strings)))
                .map_err(|e| e.to_string()),
            Err(_) => Err(String::new()),
        };
        Setup { config: config.map(Rc::new), strings, instrument, on_event }
    }

    /// The built-in instrument with no config, as on the demo page before any provider's
    /// settings; events go nowhere.
    pub fn standalone() -> Setup {
        Setup::new(Ok(ProviderConfig::default()), Callback::noop())
    }
}

#[derive(Properties, Clone)]
pub struct AppProps {
    pub setup: Rc<Setup>,
}

impl PartialEq for AppProps {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.setup, &other.setup)
    }
}

/// The whole widget.
#[function_component]
pub fn App(props: &AppProps) -> Html {
    let setup = &props.setup;
    let text = setup.strings;
    let body = match (&setup.config, &setup.instrument) {
        (Err(errors), _) => {
            let details: Vec<String> = errors.iter().map(ToString::to_string).collect();
            load_error(text.config_error_heading, text.config_error_body, &details)
        }
        (Ok(_), Err(error)) => {
            load_error(text.load_error_heading, text.load_error_body, std::slice::from_ref(error))
        }
        (Ok(config), Ok(instrument)) => html! {
            <Flow text={text} config={Rc::clone(config)} instrument={Rc::clone(instrument)} on_event={setup.on_event.clone()} />
        },
    };
    html! {
        <div class="lb" lang={text.code} dir={text.direction.attribute()}>{ body }</div>
    }
}

/// The strings and settings are handed down as props, not as yew contexts: the views are
/// plain functions that take them as arguments, and two context providers cost wasm bytes.
#[derive(Properties)]
struct FlowProps {
    text: &'static Strings,
    config: Rc<ProviderConfig>,
    instrument: Rc<Instrument>,
    on_event: Callback<HostEvent>,
}

impl PartialEq for FlowProps {
    fn eq(&self, other: &Self) -> bool {
        std::ptr::eq(self.text, other.text)
            && Rc::ptr_eq(&self.config, &other.config)
            && Rc::ptr_eq(&self.instrument, &other.instrument)
            && self.on_event == other.on_event
    }
}

/// The learner's path, one step at a time.
#[function_component]
fn Flow(props: &FlowProps) -> Html {
    let (text, config) = (props.text, Rc::clone(&props.config));
    // Saved progress lives under a key per instrument version and per provider config, so
    // that two providers' widgets on one device never mix answers.
    let storage = use_memo((), {
        let persistence = config.persistence;
        move |_| if persistence { DeviceStorage::open() } else { None }
    });
    let key = format!(
        "leadership-balance:{}:{}:{}",
        props.instrument.id,
        props.instrument.version,
        config.id.as_deref().unwrap_or("default")
    );
    let state = use_reducer_eq({
        let (instrument, storage, key) = (Rc::clone(&props.instrument), Rc::clone(&storage), key.clone());
        move || {
            let saved = (*storage).as_ref().and_then(|s| s.get(&key)).and_then(|text| {
                saved::from_text(Rc::clone(&instrument), &text)
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
            Assessment::start(instrument, saved, environment::share_code_in_address().as_deref())
        }
    });
    // One copy of the state for the views and for saving; the save effect below compares it
    // by value, so an unchanged state is not written again.
    let assessment = Rc::new((*state).clone());
    // Every change is saved at once, so a reload or a crash loses nothing.
    use_effect_with(Rc::clone(&assessment), {
        let (storage, key) = (Rc::clone(&storage), key.clone());
        move |assessment: &Rc<Assessment>| {
            if let Some(storage) = (*storage).as_ref() {
                match saved::to_text(assessment) {
                    Some(text) => {
                        storage.set(&key, &text);
                    }
                    None => storage.remove(&key),
                }
            }
        }
    });
    let instance = use_memo((), |_| INSTANCES.fetch_add(1, Ordering::Relaxed));
    let heading = use_node_ref();
    let notices = use_reducer_eq(Notices::default);
    let notify = {
        let notices = notices.dispatcher();
        Callback::from(move |notice: Notice| notices.dispatch(notice))
    };

    // Each new step moves focus to its heading, so keyboard and screen-reader users start at
    // the top of what changed. Not on the first render: the widget must not grab focus from
    // the host page before the learner acts.
    let first_render = use_mut_ref(|| true);
    let previous_step = use_mut_ref(|| state.step);
    use_effect_with(state.step, {
        let heading = heading.clone();
        let (on_event, state, config) = (props.on_event.clone(), state.clone(), Rc::clone(&config));
        let notify = notify.clone();
        move |step| {
            let previous = std::mem::replace(&mut *previous_step.borrow_mut(), *step);
            if std::mem::replace(&mut *first_render.borrow_mut(), false) {
                return;
            }
            // A new step starts without the last step's "Link copied" and the like.
            notify.emit(Notice::Clear);
            focus(&heading);
            match (previous, *step) {
                (Step::Intro, Step::Context) => on_event.emit(HostEvent::Started),
                (_, Step::Results) => {
                    let report =
                        Report::build(&state.instrument, &state.answers, &state.context, config.threshold);
                    on_event.emit(HostEvent::completed(&state.instrument, &report));
                }
                _ => {}
            }
        }
    });
    let answered = state.answers.answered();
    let first_count = use_mut_ref(|| true);
    use_effect_with(answered, {
        let (on_event, total) = (props.on_event.clone(), state.answers.len());
        move |answered| {
            if !std::mem::replace(&mut *first_count.borrow_mut(), false) {
                on_event.emit(HostEvent::Progress { answered: *answered, total });
            }
        }
    });

    let dispatch = {
        let state = state.clone();
        Callback::from(move |action: Action| state.dispatch(action))
    };
    // A result opened from someone's share link shows their answers, with nothing to compare.
    let shown = match &state.shared {
        Some((answers, context)) => {
            let mut shown = (*assessment).clone();
            shown.answers = answers.clone();
            shown.context = *context;
            shown.earlier = None;
            Rc::new(shown)
        }
        None => Rc::clone(&assessment),
    };
    let on_results = state.shared.is_some() || state.step == Step::Results;
    // Built once per change of what it depends on, and only where a results page shows it.
    let report = use_memo((on_results, shown.answers.clone(), shown.context, config.threshold.to_bits()), {
        let (instrument, threshold) = (Rc::clone(&props.instrument), config.threshold);
        move |(on_results, answers, context, _)| {
            on_results.then(|| Rc::new(Report::build(&instrument, answers, context, threshold)))
        }
    });
    let earlier = use_memo(shown.earlier.clone(), {
        let instrument = Rc::clone(&props.instrument);
        move |earlier| earlier.as_ref().map(|(answers, _)| Scores::compute(&instrument, answers))
    });
    let results_page = |heading: NodeRef, report: &Rc<Report>, shared: Option<Callback<MouseEvent>>| {
        let view = ResultsView {
            heading,
            assessment: &shown,
            report: Rc::clone(report),
            earlier: (*earlier).as_ref(),
            dispatch: &dispatch,
            instance: *instance,
            shared,
            notices: &notices,
            notify: &notify,
        };
        results(text, &config, view)
    };
    if let (Some(_), Some(report)) = (&state.shared, report.as_ref()) {
        let on_take_it = dispatch.reform(|_| {
            environment::clear_share_code_from_address();
            Action::LeaveShared
        });
        return results_page(heading, report, Some(on_take_it));
    }
    let page = match (state.step, report.as_ref()) {
        (Step::Intro, _) => intro(
            text,
            &config,
            Intro {
                heading,
                statements: assessment.order.len(),
                on_start: dispatch.reform(|_| Action::Start),
                offered: state.offer.as_ref().map(|o| o.answers.answered()),
                on_resume: dispatch.reform(|_| Action::Resume),
                on_start_over: dispatch.reform(|_| Action::StartOver),
                storage_blocked: config.persistence && storage.is_none(),
                link_problem: state.link_problem.as_ref().map(|e| text.share_error(e).to_owned()),
            },
        ),
        (Step::Context, _) => context_page(text, heading, &assessment, &dispatch, *instance),
        (Step::Statements { page }, _) => {
            statements_page(text, heading, page, *instance, &assessment, &dispatch)
        }
        (Step::Results, Some(report)) => results_page(heading, report, None),
        // Cannot happen: on the results step the memo above always holds a report.
        (Step::Results, None) => Html::default(),
    };
    html! {
        <>
            { page }
            if storage.is_some() {
                <footer class="lb-footer">
                    <button type="button" class="lb-link-button" onclick={dispatch.reform(|_| Action::Forget)}>{ text.forget }</button>
                    <span class="lb-status lb-status--ok" aria-live="polite">{ if state.forgotten { text.forgotten } else { "" } }</span>
                </footer>
            }
        </>
    }
}
