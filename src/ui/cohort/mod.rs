//! The trainer's cohort page: paste the learners' result links, see the group's summary, and
//! download it as CSV or PDF. It is its own wasm (`src/bin/cohort.rs`); the learner's widget
//! never links any of this.
//!
//! - [`paste_form`]: the text box, the Add button, and what was left out;
//! - [`summary_view`]: the group's size, the advice, the three charts and the topics;
//! - [`reliability_view`]: how reliable the statements are on these learners, and the
//!   `reliability` block for the provider's config;
//! - [`text_box`]: the labelled box both of them use.

mod paste_form;
mod reliability_view;
mod summary_view;
mod text_box;

use std::rc::Rc;

use yew::prelude::*;

use crate::cohort::csv::{cohort_csv, reliability_csv};
use crate::cohort::{CohortSummary, Intake, read_pasted};
use crate::config::ProviderConfig;
use crate::model::instrument::{Instrument, InstrumentError};
use crate::model::profile::DEFAULT_THRESHOLD;
use crate::model::uncertainty::ErrorModel;
use crate::paper::Paper;
use crate::pdf::cohort::{CohortPdfInput, cohort_pdf};
use crate::strings::cohort::{CohortWords, cohort_words};
use crate::strings::{Strings, fill, localize};
use crate::web::{clipboard, download, environment, fonts, kept_cohort};

use paste_form::{PasteFormProps, paste_form};
use reliability_view::{MeasuredCohort, ReliabilityViewProps, reliability_view};
use summary_view::{SummaryViewProps, summary_view};

/// The largest file the page reads: thousands of learners' links fit in far less, and a
/// mistaken drop of a large file should say so rather than stall the page.
const MAX_FILE_BYTES: u64 = 2_000_000;

/// What the page starts from: the language's two tables, the provider's instrument in that
/// language, the provider's name and paper from their config, and the cohort kept on this
/// device, if the trainer chose to keep one.
pub struct CohortSetup {
    /// The language's words for what the cohort page shares with the widget.
    pub strings: &'static Strings,
    /// The trainer's words, in the same language.
    pub words: &'static CohortWords,
    /// The provider's own instrument when their config has one, so that their learners'
    /// links read; else the built-in one.
    pub instrument: Instrument,
    /// The provider's name, for the PDF's first line.
    pub provider: Option<String>,
    /// The config's paper size; else the browser's locale decides.
    pub paper: Option<Paper>,
    /// The index a track needs to count as strong, as the widget placed the learners.
    pub threshold: f64,
    /// The error model the widget's bands came from: a learner too close to the line for a
    /// profile is counted so here too.
    pub errors: ErrorModel,
    /// Why the provider's config was not used, if the page was given one that fails its checks.
    pub config_problem: Option<String>,
    /// The kept learners' codes, one per line.
    pub kept: Option<String>,
}

impl CohortSetup {
    /// The page's setup in the language of `strings`, from the provider's config text if the
    /// page names one (`Err` says why it could not be fetched). A config that fails its
    /// checks is not used, and `config_problem` says what to fix; the page then reads links of the built-in assessment. Fails only when
    /// the built-in instrument itself is broken, which its tests rule out.
    pub fn new(
        strings: &'static Strings,
        config: Result<Option<&str>, &str>,
        kept: Option<String>,
    ) -> Result<CohortSetup, InstrumentError> {
        let words = cohort_words(strings.code);
        let problem = |problems: &str| Some(fill(words.config_problem, &[("problems", problems)]));
        let (config, config_problem) = match config.map(|text| text.map(ProviderConfig::from_json)) {
            Ok(Some(Ok(config))) => (Some(config), None),
            Ok(Some(Err(errors))) => {
                let problems: Vec<String> = errors.iter().map(ToString::to_string).collect();
                (None, problem(&problems.join("; ")))
            }
            Ok(None) => (None, None),
            Err(fetch_failed) => (None, problem(fetch_failed)),
        };
        let instrument = config.as_ref().map_or_else(Instrument::builtin, ProviderConfig::instrument)?;
        let instrument = localize(&instrument, strings);
        let errors = config
            .as_ref()
            .map_or_else(|| ErrorModel::default_for(&instrument), |config| config.error_model(&instrument));
        let (provider, paper, threshold) = match config {
            Some(config) => (config.provider.name, config.paper, config.threshold),
            None => (None, None, DEFAULT_THRESHOLD),
        };
        Ok(CohortSetup {
            strings,
            words,
            instrument,
            provider,
            paper,
            threshold,
            errors,
            config_problem,
            kept,
        })
    }
}

/// What [`CohortPage`] draws from.
#[derive(Properties)]
pub struct CohortPageProps {
    /// The page's setup.
    pub setup: Rc<CohortSetup>,
}

impl PartialEq for CohortPageProps {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.setup, &other.setup)
    }
}

/// The cohort so far, whether it is kept on this device, and what the page last said.
#[derive(Clone, Default, PartialEq)]
struct CohortState {
    intake: Intake,
    /// The trainer ticked "Keep this cohort on this device".
    kept: bool,
    /// A sentence for the status line: nothing could be read, a file could not be saved.
    notice: String,
    /// The intake's summary, worked out once each time learners are added rather than on
    /// every drawing (ticking a box or a notice redraws the page too).
    summary: Option<Rc<CohortSummary>>,
    /// The reliability figures and the config block, worked out with the summary.
    reliability: Option<Rc<MeasuredCohort>>,
}

impl CohortState {
    /// The page as it opens: empty, or the kept cohort read back.
    fn opening(setup: &CohortSetup) -> CohortState {
        match &setup.kept {
            Some(codes) => CohortState {
                intake: Intake {
                    problems: Vec::new(),
                    repeats: Vec::new(),
                    ..read_pasted(&setup.instrument, codes, setup.threshold, &setup.errors)
                },
                kept: true,
                notice: String::new(),
                summary: None,
                reliability: None,
            }
            .summarised(&setup.instrument),
            None => CohortState::default(),
        }
    }

    /// The same cohort with its summary and reliability figures worked out, or none while it
    /// has no learners.
    fn summarised(mut self, instrument: &Instrument) -> CohortState {
        let members = &self.intake.members;
        self.summary = (!members.is_empty()).then(|| Rc::new(CohortSummary::build(instrument, members)));
        self.reliability = (!members.is_empty()).then(|| Rc::new(MeasuredCohort::of(instrument, members)));
        self
    }

    /// The cohort with what `text` holds added, kept on the device if the trainer asked.
    fn adding(&self, setup: &CohortSetup, text: &str) -> CohortState {
        let pasted = read_pasted(&setup.instrument, text, setup.threshold, &setup.errors);
        let mut next = self.clone();
        next.notice =
            if pasted.members.is_empty() { setup.words.nothing_read.to_owned() } else { String::new() };
        next.intake.merge(pasted);
        if next.kept {
            match kept_cohort::keep(&next.codes()) {
                Some(all) => next = next.with_kept(setup, &all.join("\n")),
                None => next.notice = setup.words.keep_failed.to_owned(),
            }
        }
        next.summarised(&setup.instrument)
    }

    /// The cohort with the learners another tab kept on this device (`codes`, one per line)
    /// added to it; lines that are not learners were reported where they were pasted.
    fn with_kept(mut self, setup: &CohortSetup, codes: &str) -> CohortState {
        let kept = read_pasted(&setup.instrument, codes, setup.threshold, &setup.errors);
        self.intake.merge(Intake { problems: Vec::new(), repeats: Vec::new(), ..kept });
        self
    }

    /// The same cohort, with `notice` on the status line.
    fn noting(&self, notice: String) -> CohortState {
        CohortState { notice, ..self.clone() }
    }

    fn codes(&self) -> Vec<&str> {
        self.intake.members.iter().map(|m| m.code.as_str()).collect()
    }
}

/// Saves a download; when the browser refuses, the status line says why.
fn save(state: &UseStateHandle<CohortState>, setup: &CohortSetup, bytes: &[u8], name: &str, mime: &str) {
    if let Err(error) = download::save(bytes, name, mime) {
        web_sys::console::error_1(&error.to_string().into());
        state.set(state.noting(fill(setup.words.save_failed, &[("reason", &error.to_string())])));
    }
}

/// The cohort page: paste links, read the summary, download it.
#[function_component(CohortPage)]
pub fn cohort_page(props: &CohortPageProps) -> Html {
    let setup = props.setup.clone();
    let state = {
        let setup = setup.clone();
        use_state(move || CohortState::opening(&setup))
    };
    let field = use_node_ref();
    // What the copy button last did, apart from the cohort's state: the copy settles later,
    // and must not put back the cohort as it was when the button was pressed.
    let copy_status = use_state_eq(String::new);
    // A new block has not been copied yet.
    use_effect_with(state.reliability.as_ref().map(|measured| measured.block.clone()), {
        let copy_status = copy_status.clone();
        move |_| copy_status.set(String::new())
    });

    let on_add = {
        let (state, field, setup) = (state.clone(), field.clone(), setup.clone());
        Callback::from(move |_: MouseEvent| {
            let Some(area) = field.cast::<web_sys::HtmlTextAreaElement>() else { return };
            let next = state.adding(&setup, &area.value());
            if next.intake.members.len() > state.intake.members.len() || next.notice.is_empty() {
                area.set_value("");
            }
            state.set(next);
        })
    };
    let on_file = {
        let (state, setup) = (state.clone(), setup.clone());
        Callback::from(move |file: web_sys::File| {
            let (state, setup) = (state.clone(), setup.clone());
            let file = gloo::file::File::from(file);
            if file.size() > MAX_FILE_BYTES {
                let size = crate::decimal::format_decimal(file.size() as f64 / 1e6, 1);
                let size = crate::decimal::with_decimal_mark(size, setup.words.decimal_mark);
                state.set(state.noting(fill(setup.words.file_too_big, &[("size", &size)])));
                return;
            }
            yew::platform::spawn_local(async move {
                match gloo::file::futures::read_as_text(&file).await {
                    Ok(text) => state.set(state.adding(&setup, &text)),
                    Err(error) => {
                        let reason = error.to_string();
                        state.set(state.noting(fill(setup.words.file_unreadable, &[("reason", &reason)])));
                    }
                }
            });
        })
    };
    let on_clear = {
        let state = state.clone();
        Callback::from(move |_: MouseEvent| {
            kept_cohort::forget();
            state.set(CohortState::default());
        })
    };
    let on_keep = {
        let (state, setup) = (state.clone(), setup.clone());
        let words = setup.words;
        Callback::from(move |event: Event| {
            let Some(check) = event.target_dyn_into::<web_sys::HtmlInputElement>() else { return };
            let mut next = (*state).clone();
            if check.checked() {
                let kept = kept_cohort::keep(&next.codes());
                next.kept = kept.is_some();
                next.notice = (if next.kept { words.kept } else { words.keep_failed }).to_owned();
                check.set_checked(next.kept);
                if let Some(all) = kept {
                    next = next.with_kept(&setup, &all.join("\n")).summarised(&setup.instrument);
                }
            } else {
                kept_cohort::forget();
                next.kept = false;
                next.notice = words.forgotten.to_owned();
            }
            state.set(next);
        })
    };
    // Another tab of this page kept learners: they join this cohort too, while it is kept here.
    // The listener lives as long as the page, so it reads the state of the moment from here.
    let latest = use_mut_ref(CohortState::default);
    *latest.borrow_mut() = (*state).clone();
    use_effect_with((), {
        let (state, setup, latest) = (state.clone(), setup.clone(), latest.clone());
        move |()| {
            let listener = kept_cohort::watch(move |codes| {
                let now = latest.borrow().clone();
                if !now.kept {
                    return;
                }
                let next = match codes {
                    Some(codes) => now.with_kept(&setup, &codes).summarised(&setup.instrument),
                    None => CohortState { kept: false, ..now },
                };
                state.set(next);
            });
            move || drop(listener)
        }
    });
    // Both files are made when their button is pressed, from the state of that moment, not
    // on every drawing of the page.
    let on_csv = {
        let (state, setup) = (state.clone(), setup.clone());
        Callback::from(move |_: MouseEvent| {
            let file = cohort_csv(&setup.instrument, &state.intake.members);
            let name = format!("cohort-{}.csv", environment::today().iso());
            save(&state, &setup, file.as_bytes(), &name, "text/csv;charset=utf-8");
        })
    };
    let on_reliability_csv = {
        let (state, setup) = (state.clone(), setup.clone());
        Callback::from(move |_: MouseEvent| {
            let Some(measured) = &state.reliability else { return };
            let file = reliability_csv(&setup.instrument, &measured.figures);
            let name = format!("cohort-reliability-{}.csv", environment::today().iso());
            save(&state, &setup, file.as_bytes(), &name, "text/csv;charset=utf-8");
        })
    };
    let on_copy_block = {
        let (state, copy_status, setup) = (state.clone(), copy_status.clone(), setup.clone());
        Callback::from(move |field: NodeRef| {
            let Some(measured) = &state.reliability else { return };
            // Found now, while the click is being handled: the copy settles later.
            let field = field.cast::<web_sys::HtmlTextAreaElement>();
            let (copy_status, strings, words) = (copy_status.clone(), setup.strings, setup.words);
            clipboard::copy(&measured.block, move |copied| {
                if copied {
                    copy_status.set(strings.copied.to_owned());
                } else {
                    if let Some(field) = &field {
                        let _ = field.focus();
                        field.select();
                    }
                    copy_status.set(words.copy_block_fallback.to_owned());
                }
            });
        })
    };
    let on_pdf = {
        let (state, setup) = (state.clone(), setup.clone());
        Callback::from(move |_: MouseEvent| {
            let (state, setup) = (state.clone(), setup.clone());
            wasm_bindgen_futures::spawn_local(async move {
                let Some(summary) = &state.summary else { return };
                let fonts = match fonts::fonts().await {
                    Ok(fonts) => fonts,
                    Err(problem) => {
                        web_sys::console::error_1(&problem.clone().into());
                        state.set(state.noting(fill(setup.words.save_failed, &[("reason", &problem)])));
                        return;
                    }
                };
                let date = environment::today();
                let input = CohortPdfInput {
                    instrument: &setup.instrument,
                    summary,
                    strings: setup.strings,
                    words: setup.words,
                    provider: setup.provider.as_deref(),
                    date,
                    paper: setup.paper.unwrap_or_else(|| Paper::for_locale(&environment::locale())),
                    reliability: state.reliability.as_ref().map(|measured| &measured.figures),
                    fonts: &fonts,
                };
                let name = format!("cohort-{}.pdf", date.iso());
                save(&state, &setup, &cohort_pdf(&input), &name, "application/pdf");
            });
        })
    };

    html! {
        <main class="lb lb-cohort" lang={setup.strings.code}>
            if let Some(provider) = &setup.provider {
                <p class="lb-eyebrow">{ provider.clone() }</p>
            }
            <h1 class="lb-heading">{ setup.words.title }</h1>
            if let Some(problem) = &setup.config_problem {
                <p class="lb-error" role="alert">{ problem.clone() }</p>
            }
            <p>{ setup.words.page_intro }</p>
            { paste_form(PasteFormProps {
                words: setup.words,
                strings: setup.strings,
                intake: &state.intake,
                field,
                notice: &state.notice,
                on_add,
                on_file,
            }) }
            if let Some(summary) = &state.summary {
                { summary_view(SummaryViewProps {
                    setup: &setup,
                    summary,
                    kept: state.kept,
                    on_keep,
                    on_csv,
                    on_pdf,
                    on_clear,
                }) }
            }
            if let Some(measured) = &state.reliability {
                { reliability_view(ReliabilityViewProps {
                    setup: &setup,
                    measured,
                    copy_status: &copy_status,
                    on_copy: on_copy_block,
                    on_csv: on_reliability_csv,
                }) }
            }
        </main>
    }
}

// Natively only: the German table is compiled into native builds (the wasm fetches it as a pack).
#[cfg(test)]
#[cfg(not(target_arch = "wasm32"))]
mod tests {
    use super::*;
    use crate::strings::{ENGLISH, GERMAN};

    #[test]
    fn the_providers_config_gives_the_name_the_paper_and_the_instrument() {
        let config = r#"{"provider": {"name": "Northwind Learning"}, "paper": "Letter", "threshold": 70}"#;
        let setup = CohortSetup::new(&ENGLISH, Ok(Some(config)), None).expect("a setup");
        assert_eq!(setup.provider.as_deref(), Some("Northwind Learning"));
        assert_eq!(setup.threshold, 70.0, "learners are placed as the widget placed them");
        assert_eq!(setup.paper, Some(Paper::Letter));
        assert_eq!(setup.config_problem, None);
        assert_eq!(setup.instrument.first_stage(), 48, "no instrument of their own: the built-in one");
    }

    #[test]
    fn a_config_that_fails_its_checks_is_named_and_not_used() {
        let config = r#"{"provider": {"name": "Northwind"}, "paper": "A5"}"#;
        let setup = CohortSetup::new(&GERMAN, Ok(Some(config)), None).expect("a setup");
        let problem = setup.config_problem.expect("a sentence");
        assert!(problem.starts_with("Die Konfiguration des Anbieters"), "{problem}");
        assert!(
            problem.ends_with("Selbsteinschätzung: paper: must be one of: A4, Letter; did you mean `A4`?"),
            "{problem}"
        );
        assert_eq!(setup.provider, None, "nothing of a failing config is used");
        assert_eq!(setup.instrument.first_stage(), 48);

        let fetch = CohortSetup::new(&ENGLISH, Err("config.json could not be fetched (HTTP 404)"), None)
            .expect("a setup");
        assert_eq!(
            fetch.config_problem.as_deref(),
            Some(
                "The provider’s configuration for this page has problems, so it reads links of the \
                 built-in assessment only: config.json could not be fetched (HTTP 404)"
            )
        );
    }

    #[test]
    fn no_config_is_the_built_in_assessment_in_the_pages_language() {
        let setup = CohortSetup::new(&GERMAN, Ok(None), Some("code".to_owned())).expect("a setup");
        assert_eq!((setup.provider, setup.paper, setup.config_problem), (None, None, None));
        assert_eq!(setup.threshold, DEFAULT_THRESHOLD);
        assert_eq!(setup.words.code, "de");
        assert_ne!(
            setup.instrument.statements[0].text,
            CohortSetup::new(&ENGLISH, Ok(None), None).expect("a setup").instrument.statements[0].text,
            "the statements in German"
        );
    }
}
