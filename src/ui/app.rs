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
use crate::strings::{self, ENGLISH, Strings};
use crate::ui::colleague_flow::ColleagueFlowProps;
use crate::ui::components::{
    context_page::context_page,
    intro::{IntroProps, intro},
    load_error::{LoadErrorProps, load_error},
    page_frame::PageFrame,
    results::ResultsProps,
    results_pending::{ResultsPendingProps, results_pending},
    save_status::{footer_status, refused, safe_copy},
    statements_page::{StatementsPageProps, statements_page},
};
use crate::ui::early_steps::EarlySteps;
use crate::ui::hooks::{
    SavedProgress, Saving, use_focus_on_new_page, use_host_events, use_on_change, use_saved_progress,
};
use crate::ui::later::{self, LaterViews, SecondStageInput};
use crate::ui::notices::{Notice, Notices};
use crate::ui::progress;
use crate::ui::state::{Action, Assessment, SecondStage, Step, Timed};
use crate::web::{colleagues, environment, focus};

/// Numbers each widget on the page, so that radio groups of two widgets never share a name.
static INSTANCES: AtomicUsize = AtomicUsize::new(0);

/// What a widget starts from: the checked config, the language, the instrument in that
/// language, and where host events go.
pub struct Setup {
    /// The provider's checked config, or every problem it has.
    pub config: Result<Rc<ProviderConfig>, Vec<ConfigError>>,
    /// The widget's words.
    pub strings: &'static Strings,
    /// The statements in the widget's language, or why they could not be read.
    pub instrument: Result<Rc<Instrument>, String>,
    /// Where host events go.
    pub on_event: Callback<HostEvent>,
    /// What the learner did on the loader's early pages before the wasm had arrived: the
    /// widget begins where they are.
    pub early: EarlySteps,
    /// The results and the colleague's path, where this module links them (see
    /// [`crate::ui::later`]); without them the widget hands over on reaching the results.
    pub later: Option<&'static LaterViews>,
    /// Called once, without [`Setup::later`], when the results are due: with the assessment as
    /// the progress file holds it, for the full module to go on from.
    pub hand_over: Callback<Option<String>>,
    /// Progress handed over by the first module: the widget starts there, on its heading.
    pub continue_from: Option<String>,
}

impl Setup {
    /// A widget with every view (the full module's, see [`crate::ui::later`]) whose language
    /// tables are all compiled in (English in the wasm; every language natively).
    pub fn new(config: Result<ProviderConfig, Vec<ConfigError>>, on_event: Callback<HostEvent>) -> Setup {
        Setup { later: Some(&later::ALL), ..Setup::with_language_pack(config, None, on_event) }
    }

    /// `config.language` already holds the element's `lang` attribute when it has one, so the
    /// order is: attribute, config, the browser's language, English. `pack` is the table the
    /// loader fetched for that language; without it (or if it is for another language) the
    /// widget speaks English. It has no later views: set [`Setup::later`] for them.
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
        Setup {
            config: config.map(Rc::new),
            strings,
            instrument,
            on_event,
            early: EarlySteps::default(),
            later: None,
            hand_over: Callback::noop(),
            continue_from: None,
        }
    }

    /// The built-in instrument with no config, as on the demo page before any provider's
    /// settings, with every view; events go nowhere.
    pub fn standalone() -> Setup {
        Setup::new(Ok(ProviderConfig::default()), Callback::noop())
    }
}

/// What [`App`] draws from.
#[derive(Properties, Clone)]
pub struct AppProps {
    /// The widget's setup; a new one redraws it.
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
    // A colleague opening a request link answers instead of taking the assessment.
    let request = use_memo((), |_| setup.later.and_then(|later| (later.request_in_address)()));
    let instance = use_memo((), |_| INSTANCES.fetch_add(1, Ordering::Relaxed));
    let body = match (&setup.config, &setup.instrument) {
        (Err(errors), _) => {
            let details: Vec<String> = errors.iter().map(ToString::to_string).collect();
            load_error(LoadErrorProps {
                heading: text.config_error_heading,
                body: text.config_error_body,
                details: &details,
            })
        }
        (Ok(_), Err(error)) => load_error(LoadErrorProps {
            heading: text.load_error_heading,
            body: text.load_error_body,
            details: std::slice::from_ref(error),
        }),
        (Ok(config), Ok(instrument)) if instrument.has_observer_wording() => match (setup.later, &*request) {
            (Some(later), Some(request)) => (later.colleague_flow)(ColleagueFlowProps {
                text,
                config: Rc::clone(config),
                instrument: Rc::clone(instrument),
                request: request.clone(),
                instance: *instance,
            }),
            _ => flow(setup, config, instrument),
        },
        (Ok(config), Ok(instrument)) => flow(setup, config, instrument),
    };
    html! {
        <div class="lb" lang={text.code} dir={text.direction.attribute()}>{ body }</div>
    }
}

/// The learner's path for this setup.
fn flow(setup: &Setup, config: &Rc<ProviderConfig>, instrument: &Rc<Instrument>) -> Html {
    html! {
        <Flow text={setup.strings} config={Rc::clone(config)} instrument={Rc::clone(instrument)}
            on_event={setup.on_event.clone()} early={setup.early} later={setup.later}
            hand_over={setup.hand_over.clone()} continue_from={setup.continue_from.clone()} />
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
    early: EarlySteps,
    later: Option<&'static LaterViews>,
    hand_over: Callback<Option<String>>,
    continue_from: Option<String>,
}

impl PartialEq for FlowProps {
    fn eq(&self, other: &Self) -> bool {
        self.early == other.early
            && self.later.map(std::ptr::from_ref) == other.later.map(std::ptr::from_ref)
            && self.hand_over == other.hand_over
            && self.continue_from == other.continue_from
            && std::ptr::eq(self.text, other.text)
            && Rc::ptr_eq(&self.config, &other.config)
            && Rc::ptr_eq(&self.instrument, &other.instrument)
            && self.on_event == other.on_event
    }
}

/// The learner's path, one step at a time.
#[function_component]
fn Flow(props: &FlowProps) -> Html {
    let (text, config) = (props.text, Rc::clone(&props.config));
    let SavedProgress { state, storage, saving } =
        use_saved_progress(&props.instrument, &config, props.continue_from.as_deref(), props.early);
    // The error model the bands come from: the provider's measured one, or the default.
    let errors = use_memo((Rc::clone(&props.instrument), Rc::clone(&config)), |(instrument, config)| {
        config.error_model(instrument)
    });
    let completed = props.later.map(|later| {
        let (state, errors, threshold) = (state.clone(), Rc::clone(&errors), config.threshold);
        Callback::from(move |()| (later.completed)(&state, threshold, &errors))
    });
    use_host_events(&state, completed, &props.on_event);
    let notices = use_reducer_eq(Notices::default);
    let notify = {
        let notices = notices.dispatcher();
        Callback::from(move |notice: Notice| notices.dispatch(notice))
    };
    let heading = use_node_ref();
    // A new step starts without the last step's "Link copied" and the like.
    use_focus_on_new_page(state.step, heading.clone(), notify.reform(|()| Notice::Clear));
    // At the results, the second stage's offer, each of its pages and then the results replace
    // one another: each is a new page, whose heading takes the focus.
    let stage_page = match &state.second_stage {
        SecondStage::Undecided => None,
        SecondStage::Offered { .. } => Some(0),
        SecondStage::Asking { page } => page.first().map(|s| s + 1),
        SecondStage::Over => Some(usize::MAX),
    };
    use_on_change(stage_page, {
        let heading = heading.clone();
        move |_, now| {
            if now.is_some() {
                focus::focus(&heading);
            }
        }
    });
    // Handed over on reaching the results: the learner has acted, so this page's heading takes
    // the focus at once. After the loader's early pages the loader places the focus (on the
    // same control, or on a new page's heading). An early Start is told to the host like any
    // other.
    use_effect_with((), {
        let (heading, handed_over, early) = (heading.clone(), props.continue_from.is_some(), props.early);
        let on_event = props.on_event.clone();
        move |()| {
            if handed_over {
                focus::focus(&heading);
            }
            if early.started() {
                on_event.emit(HostEvent::Started);
            }
        }
    });
    let instance = use_memo((), |_| INSTANCES.fetch_add(1, Ordering::Relaxed));
    let assessment: &Assessment = &state;
    // The colleagues' combined view: the results page shows and adds to it, the PDF prints
    // it, Forget removes it. Held here, never in the saved assessment.
    let colleague_view = {
        let (instrument, config) = (Rc::clone(&props.instrument), Rc::clone(&config));
        let later = props.later;
        use_state(move || {
            later
                .filter(|_| config.persistence && instrument.has_observer_wording())
                .and_then(|later| (later.kept_colleague_view)(&instrument, config.id.as_deref()))
        })
    };

    let dispatch = {
        let state = state.clone();
        Callback::from(move |action: Action| state.dispatch(Timed(action, environment::now())))
    };
    // The host changed the language or the config: carry on with the new words.
    use_on_change(Rc::clone(&props.instrument), {
        let dispatch = dispatch.clone();
        move |_, instrument| dispatch.emit(Action::UseInstrument(Rc::clone(instrument)))
    });
    // A result opened from someone's share link shows their answers, with nothing to compare.
    let shared = state.shared.as_ref().map(|(answers, context)| {
        let mut shown = assessment.clone();
        shown.answers = answers.clone();
        shown.context = *context;
        shown.earlier = None;
        shown
    });
    let shown = shared.as_ref().unwrap_or(assessment);
    let on_results = state.shared.is_some() || state.step == Step::Results;
    // Built once per change of what it depends on, and only where a results page shows it:
    // through the later views, so that the first module links none of the results' code.
    let report = use_memo((on_results, shown.answers.clone(), shown.context, Rc::clone(&errors)), {
        let (instrument, threshold, later) = (Rc::clone(&props.instrument), config.threshold, props.later);
        move |(on_results, answers, context, errors)| {
            let later = later.filter(|_| *on_results)?;
            Some(Rc::new((later.report)(&instrument, answers, context, threshold, errors)))
        }
    });
    // At the results, the full module decides whether a few more statements would help.
    use_effect_with((state.step, state.second_stage == SecondStage::Undecided, state.shared.is_some()), {
        let (state, dispatch, errors, threshold, later) =
            (state.clone(), dispatch.clone(), Rc::clone(&errors), config.threshold, props.later);
        move |(step, undecided, shared): &(Step, bool, bool)| {
            if let (Step::Results, true, false, Some(later)) = (*step, *undecided, *shared, later) {
                let (what, page) = (later.decide_second_stage)(&state, threshold, &errors);
                dispatch.emit(Action::DecideSecondStage { what, page });
            }
        }
    });
    // Without the later views, the results are the full module's to draw: hand over to it.
    use_effect_with(on_results && props.later.is_none(), {
        let (hand_over, state) = (props.hand_over.clone(), state.clone());
        move |due: &bool| {
            if *due {
                hand_over.emit(progress::to_text(&state));
            }
        }
    });
    let frame = |heading| PageFrame { text, heading, assessment, dispatch: &dispatch, instance: *instance };
    let results_page = |heading: NodeRef, report: &Rc<Report>, shared: Option<Callback<MouseEvent>>| {
        let Some(later) = props.later else {
            return results_pending(ResultsPendingProps { text, heading });
        };
        if shared.is_none() {
            match state.second_stage {
                SecondStage::Undecided => return results_pending(ResultsPendingProps { text, heading }),
                SecondStage::Offered { .. } | SecondStage::Asking { .. } => {
                    return (later.second_stage)(SecondStageInput {
                        frame: frame(heading),
                        threshold: config.threshold,
                        errors: &errors,
                    });
                }
                SecondStage::Over => {}
            }
        }
        (later.results)(ResultsProps {
            text,
            config: &config,
            heading,
            assessment: shown,
            report: Rc::clone(report),
            errors: &errors,
            dispatch: &dispatch,
            instance: *instance,
            shared,
            notices: &notices,
            notify: &notify,
            colleagues: &colleague_view,
        })
    };
    if let (Some(_), Some(report)) = (&state.shared, report.as_ref()) {
        let on_take_it = dispatch.reform(|_| {
            environment::clear_share_code_from_address();
            Action::LeaveShared
        });
        return results_page(heading, report, Some(on_take_it));
    }
    let page = match (state.step, report.as_ref()) {
        (Step::Intro, _) => intro(IntroProps {
            text,
            config: &config,
            heading,
            statements: assessment.order.len(),
            on_start: dispatch.reform(|_| Action::Start),
            offered: state.offer.as_ref().map(|o| o.answers.answered()),
            on_resume: dispatch.reform(|_| Action::Resume),
            on_start_over: dispatch.reform(|_| Action::StartOver),
            storage_blocked: config.persistence && storage.is_none(),
            link_problem: state.link_problem.as_ref().map(|e| text.share_error(e).to_owned()),
        }),
        (Step::Context, _) => context_page(frame(heading)),
        (Step::Statements { page }, _) => {
            statements_page(StatementsPageProps { frame: frame(heading), page, observer: false })
        }
        (Step::Results, Some(report)) => results_page(heading, report, None),
        // The first module, which has no results to draw: it hands over (see above).
        (Step::Results, None) => results_pending(ResultsPendingProps { text, heading }),
    };
    // Forgetting the answers forgets what colleagues said about them too.
    let on_forget = {
        let (dispatch, colleague_view) = (dispatch.clone(), colleague_view.clone());
        let (instrument, config) = (Rc::clone(&props.instrument), Rc::clone(&config));
        Callback::from(move |_: MouseEvent| {
            colleagues::forget(&instrument, config.id.as_deref());
            colleague_view.set(None);
            dispatch.emit(Action::Forget);
        })
    };
    // The answers so far as a link: the safe copy when the browser would not keep them.
    let answers_link = format!("{}#lb={}", environment::address_without_fragment(), assessment.share_code());
    // From the second page of statements on: the first is one the loader draws too.
    let answering = matches!(state.step, Step::Statements { page } if page > 0);
    html! {
        <>
            { page }
            if saving == Saving::Refused {
                { refused(text, &answers_link) }
            }
            if storage.is_some() {
                if answering {
                    { safe_copy(text, &answers_link) }
                }
                <footer class="lb-footer">
                    <button type="button" class="lb-link-button" onclick={on_forget}>{ text.forget }</button>
                    <span class="lb-status lb-status--ok" aria-live="polite">{ footer_status(text, saving, state.taken_over, state.forgotten) }</span>
                </footer>
            }
        </>
    }
}
