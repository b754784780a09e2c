//! The trainer's cohort page: paste the learners' result links, see the group's summary, and
//! download it as CSV or PDF. It is its own wasm (`src/bin/cohort.rs`); the learner's widget
//! never links any of this.
//!
//! - [`paste_form`]: the text box, the Add button, and what was left out;
//! - [`summary_view`]: the group's size, the advice, the three charts and the topics.

mod paste_form;
mod summary_view;

use std::rc::Rc;

use yew::prelude::*;

use crate::cohort::{CohortSummary, Intake, read_pasted};
use crate::model::instrument::Instrument;
use crate::model::profile::DEFAULT_THRESHOLD;
use crate::strings::cohort::CohortWords;
use crate::strings::{Strings, fill};
use crate::web::cohort;

use paste_form::{PasteFormProps, paste_form};
use summary_view::{SummaryViewProps, summary_view};

/// The largest file the page reads: thousands of learners' links fit in far less, and a
/// mistaken drop of a large file should say so rather than stall the page.
const MAX_FILE_BYTES: u64 = 2_000_000;

/// What the page starts from: the language's two tables, the instrument in that language,
/// and the cohort kept on this device, if the trainer chose to keep one.
pub struct CohortSetup {
    pub strings: &'static Strings,
    pub words: &'static CohortWords,
    pub instrument: Instrument,
    /// The kept learners' codes, one per line.
    pub kept: Option<String>,
}

#[derive(Properties)]
pub struct CohortPageProps {
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
}

impl CohortState {
    /// The page as it opens: empty, or the kept cohort read back.
    fn opening(setup: &CohortSetup) -> CohortState {
        match &setup.kept {
            Some(codes) => CohortState {
                intake: Intake {
                    problems: Vec::new(),
                    repeats: Vec::new(),
                    ..read_pasted(&setup.instrument, codes, DEFAULT_THRESHOLD)
                },
                kept: true,
                notice: String::new(),
            },
            None => CohortState::default(),
        }
    }

    /// The cohort with what `text` holds added, kept on the device if the trainer asked.
    fn adding(&self, setup: &CohortSetup, text: &str) -> CohortState {
        let pasted = read_pasted(&setup.instrument, text, DEFAULT_THRESHOLD);
        let mut next = self.clone();
        next.notice =
            if pasted.members.is_empty() { setup.words.nothing_read.to_owned() } else { String::new() };
        next.intake.merge(pasted);
        if next.kept && !cohort::keep(&next.codes()) {
            next.notice = setup.words.keep_failed.to_owned();
        }
        next
    }

    /// The same cohort, with `notice` on the status line.
    fn noting(&self, notice: String) -> CohortState {
        CohortState { notice, ..self.clone() }
    }

    fn codes(&self) -> Vec<&str> {
        self.intake.members.iter().map(|m| m.code.as_str()).collect()
    }
}

#[function_component(CohortPage)]
pub fn cohort_page(props: &CohortPageProps) -> Html {
    let setup = props.setup.clone();
    let state = {
        let setup = setup.clone();
        use_state(move || CohortState::opening(&setup))
    };
    let field = use_node_ref();

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
            cohort::forget();
            state.set(CohortState::default());
        })
    };
    let on_keep = {
        let (state, words) = (state.clone(), setup.words);
        Callback::from(move |event: Event| {
            let Some(check) = event.target_dyn_into::<web_sys::HtmlInputElement>() else { return };
            let mut next = (*state).clone();
            if check.checked() {
                next.kept = cohort::keep(&next.codes());
                next.notice = (if next.kept { words.kept } else { words.keep_failed }).to_owned();
                check.set_checked(next.kept);
            } else {
                cohort::forget();
                next.kept = false;
                next.notice = words.forgotten.to_owned();
            }
            state.set(next);
        })
    };
    let on_notice = {
        let state = state.clone();
        Callback::from(move |notice: String| {
            let mut next = (*state).clone();
            next.notice = notice;
            state.set(next);
        })
    };

    let summary = (!state.intake.members.is_empty())
        .then(|| CohortSummary::build(&setup.instrument, &state.intake.members));
    html! {
        <main class="lb lb-cohort" lang={setup.strings.code}>
            <h1 class="lb-heading">{ setup.words.title }</h1>
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
            if let Some(summary) = summary {
                { summary_view(SummaryViewProps {
                    setup: &setup,
                    summary: &summary,
                    members: &state.intake.members,
                    kept: state.kept,
                    on_keep,
                    on_notice,
                    on_clear,
                }) }
            }
        </main>
    }
}
