//! The root component: checks what it was given, holds the learner's state, shows the current
//! step, and reports progress to the host page.

use std::rc::Rc;
use std::sync::atomic::{AtomicUsize, Ordering};

use yew::prelude::*;

use crate::config::{ConfigError, ProviderConfig};
use crate::events::HostEvent;
use crate::model::instrument::Instrument;
use crate::model::report::Report;
use crate::strings::{self, ENGLISH, Strings};
use crate::ui::components::{
    context_page::context_page,
    intro::{Intro, intro},
    load_error::load_error,
    results::Results,
    statements_page::statements_page,
};
use crate::ui::saved;
use crate::ui::state::{Action, Assessment, Step};
use crate::web::environment;
use crate::web::focus::focus;
use crate::web::storage::DeviceStorage;

/// Numbers each widget on the page, so that radio groups of two widgets never share a name.
static INSTANCES: AtomicUsize = AtomicUsize::new(0);

/// The strings every component reads, handed down as context.
#[derive(Clone, Copy, Debug)]
pub struct Text(pub &'static Strings);

impl PartialEq for Text {
    fn eq(&self, other: &Self) -> bool {
        std::ptr::eq(self.0, other.0)
    }
}

/// The strings of the widget this component is in.
#[hook]
pub fn use_text() -> &'static Strings {
    use_context::<Text>().map_or(&ENGLISH, |text| text.0)
}

/// The provider's configuration of the widget this component is in.
#[hook]
pub fn use_config() -> Rc<ProviderConfig> {
    use_context::<Rc<ProviderConfig>>().unwrap_or_default()
}

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
    let text = Text(setup.strings);
    let body = match (&setup.config, &setup.instrument) {
        (Err(errors), _) => {
            let details: Vec<String> = errors.iter().map(ToString::to_string).collect();
            load_error(text.0.config_error_heading, text.0.config_error_body, &details)
        }
        (Ok(_), Err(error)) => {
            load_error(text.0.load_error_heading, text.0.load_error_body, std::slice::from_ref(error))
        }
        (Ok(config), Ok(instrument)) => html! {
            <ContextProvider<Rc<ProviderConfig>> context={Rc::clone(config)}>
                <Flow instrument={Rc::clone(instrument)} on_event={setup.on_event.clone()} />
            </ContextProvider<Rc<ProviderConfig>>>
        },
    };
    html! {
        <ContextProvider<Text> context={text}>
            <div class="lb" lang={text.0.code} dir={text.0.direction.attribute()}>{ body }</div>
        </ContextProvider<Text>>
    }
}

#[derive(Properties, PartialEq)]
struct FlowProps {
    instrument: Rc<Instrument>,
    on_event: Callback<HostEvent>,
}

/// The learner's path, one step at a time.
#[function_component]
fn Flow(props: &FlowProps) -> Html {
    let config = use_config();
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
    // Components take an `Rc` so that an unchanged state skips their render; the same copy
    // is what gets saved.
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

    // Each new step moves focus to its heading, so keyboard and screen-reader users start at
    // the top of what changed. Not on the first render: the widget must not grab focus from
    // the host page before the learner acts.
    let first_render = use_mut_ref(|| true);
    let previous_step = use_mut_ref(|| state.step);
    use_effect_with(state.step, {
        let heading = heading.clone();
        let (on_event, state, config) = (props.on_event.clone(), state.clone(), Rc::clone(&config));
        move |step| {
            let previous = std::mem::replace(&mut *previous_step.borrow_mut(), *step);
            if std::mem::replace(&mut *first_render.borrow_mut(), false) {
                return;
            }
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
    let text = use_text();
    if let Some((answers, context)) = &state.shared {
        let mut shown = (*state).clone();
        shown.answers = answers.clone();
        shown.context = *context;
        shown.earlier = None;
        let on_take_it = dispatch.reform(|_| {
            environment::clear_share_code_from_address();
            Action::LeaveShared
        });
        return html! {
            <Results heading={heading} instance={*instance} assessment={Rc::new(shown)} dispatch={dispatch} shared={true} on_take_it={on_take_it} />
        };
    }
    let page = match state.step {
        Step::Intro => intro(
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
        Step::Context => context_page(text, heading, &assessment, &dispatch, *instance),
        Step::Statements { page } => statements_page(text, heading, page, *instance, &assessment, &dispatch),
        Step::Results => {
            html! { <Results heading={heading} instance={*instance} assessment={assessment} dispatch={dispatch.clone()} /> }
        }
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
