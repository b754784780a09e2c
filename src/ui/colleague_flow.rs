//! A colleague's path, opened from a request link (`#lb-ask=…`): who asked, the statements in
//! the observer's words, and the answer link to send back. Nothing of it is saved on the
//! device; a request link opened on the device that made it offers a preview instead.
//!
//! It reuses the learner's reducer and pages: the assessment is built on the observer
//! wording, starts at its context step with a context already complete (a response carries
//! none), and its results step is the answer link.

use std::rc::Rc;

use yew::prelude::*;

use crate::cohort::mailto::mail_link;
use crate::config::ProviderConfig;
use crate::model::answers::{Context, DirectReports, Experience};
use crate::model::colleague::{RESPONSE_MARKER, Request, decode_request, encode_response};
use crate::model::instrument::Instrument;
use crate::strings::{Strings, fill};
use crate::ui::components::page_frame::PageFrame;
use crate::ui::components::statements_page::{StatementsPageProps, statements_page};
use crate::ui::hooks::use_focus_on_new_page;
use crate::ui::state::{Action, Assessment, Step, Timed};
use crate::web::{clipboard, colleagues, environment};

/// What a colleague's path needs.
#[derive(Properties)]
pub struct ColleagueFlowProps {
    /// The colleague's language.
    pub text: &'static Strings,
    /// The provider's config: its id names the device's own requests.
    pub config: Rc<ProviderConfig>,
    /// The statements, in the colleague's language.
    pub instrument: Rc<Instrument>,
    /// The request code from the address.
    pub request: String,
    /// Makes radio names unique when several widgets share a page.
    pub instance: usize,
}

impl PartialEq for ColleagueFlowProps {
    fn eq(&self, other: &Self) -> bool {
        std::ptr::eq(self.text, other.text)
            && Rc::ptr_eq(&self.config, &other.config)
            && Rc::ptr_eq(&self.instrument, &other.instrument)
            && self.request == other.request
            && self.instance == other.instance
    }
}

/// The instrument with each statement in its observer wording.
fn observer_wording(instrument: &Instrument) -> Instrument {
    let mut observed = instrument.clone();
    for statement in &mut observed.statements {
        if let Some(observer) = statement.observer.take() {
            statement.text = observer;
        }
    }
    observed
}

/// An assessment of the observer wording, one step before its first page.
fn fresh(instrument: &Instrument) -> Assessment {
    let mut assessment = Assessment::new(Rc::new(observer_wording(instrument)));
    assessment.step = Step::Context;
    assessment.context = Context { experience: Some(Experience::NotYet), reports: Some(DirectReports::None) };
    assessment
}

/// A colleague's path from a request link: who asked, the statements in the observer's
/// words, and the answer link to send back.
#[function_component]
pub fn ColleagueFlow(props: &ColleagueFlowProps) -> Html {
    let text = props.text;
    let state = {
        let instrument = Rc::clone(&props.instrument);
        use_reducer(move || fresh(&instrument))
    };
    let heading = use_node_ref();
    let status = use_state(String::new);
    use_focus_on_new_page(state.step, heading.clone(), {
        let status = status.clone();
        Callback::from(move |()| status.set(String::new()))
    });
    // Read once per request link, not on every answer: `asked_here` reads localStorage.
    let opened = {
        let (instrument, config) = (Rc::clone(&props.instrument), Rc::clone(&props.config));
        use_memo(props.request.clone(), move |code| {
            (
                decode_request(&instrument, code),
                colleagues::asked_here(&instrument, config.id.as_deref(), code),
            )
        })
    };
    let (request, preview) = (&opened.0, opened.1);
    let dispatch = {
        let state = state.clone();
        Callback::from(move |action: Action| state.dispatch(Timed(action, environment::now())))
    };

    match (state.step, request) {
        (_, Err(problem)) => html! {
            <section key="colleague-problem" class="lb-page lb-colleague" role="alert">
                <h2 class="lb-heading" tabindex="-1" ref={heading}>{ text.colleague_heading }</h2>
                <p class="lb-notice">{ fill(text.request_problem, &[("reason", text.share_error(problem))]) }</p>
            </section>
        },
        (Step::Intro | Step::Context, Ok(Request { name })) => {
            let title = match (preview, name) {
                (true, _) => text.own_request_heading.to_owned(),
                (false, Some(name)) => fill(text.colleague_heading_named, &[("name", name)]),
                (false, None) => text.colleague_heading.to_owned(),
            };
            html! {
                <section key="colleague-intro" class="lb-page lb-intro lb-colleague">
                    <h2 class="lb-heading" tabindex="-1" ref={heading}>{ title }</h2>
                    <p>{ if preview { text.own_request_body } else { text.colleague_body } }</p>
                    <button type="button" class="lb-button lb-button--primary" onclick={dispatch.reform(|_| Action::Next)}>
                        { if preview { text.preview_button } else { text.colleague_start } }
                    </button>
                </section>
            }
        }
        (Step::Statements { page }, Ok(_)) => statements_page(StatementsPageProps {
            frame: PageFrame {
                text,
                heading,
                assessment: &state,
                dispatch: &dispatch,
                instance: props.instance,
            },
            page,
            observer: true,
        }),
        (Step::Results, Ok(_)) if preview => html! {
            <section key="colleague-done" class="lb-page lb-colleague">
                <h2 class="lb-heading" tabindex="-1" ref={heading}>{ text.own_request_heading }</h2>
                <p>{ text.preview_done }</p>
            </section>
        },
        (Step::Results, Ok(Request { name })) => {
            let code = encode_response(&props.instrument, &state.answers);
            let link = format!("{}{RESPONSE_MARKER}{code}", environment::address_without_fragment());
            let body = match name {
                Some(name) => fill(text.colleague_done_named, &[("name", name)]),
                None => text.colleague_done.to_owned(),
            };
            let mail =
                mail_link("", text.response_mail_subject, &fill(text.response_mail_body, &[("link", &link)]));
            let on_copy = {
                let (link, status) = (link.clone(), status.clone());
                Callback::from(move |_: MouseEvent| {
                    let status = status.clone();
                    clipboard::copy(&link, move |copied| {
                        status.set((if copied { text.copied } else { text.copy_fallback }).to_owned());
                    });
                })
            };
            let on_share = {
                let link = link.clone();
                Callback::from(move |_: MouseEvent| {
                    colleagues::share(text.response_mail_subject, text.response_mail_subject, &link)
                })
            };
            let id = format!("lb{}-response-link", props.instance);
            html! {
                <section key="colleague-done" class="lb-page lb-colleague">
                    <h2 class="lb-heading" tabindex="-1" ref={heading}>{ text.colleague_done_heading }</h2>
                    <p>{ body }</p>
                    <label class="lb-field__label" for={id.clone()}>{ text.response_link_label }</label>
                    <input {id} class="lb-field__input" type="text" readonly=true value={link} />
                    <p class="lb-share__actions">
                        <button type="button" class="lb-button lb-button--secondary" onclick={on_copy}>{ text.copy_link }</button>
                        <a class="lb-button lb-button--secondary" href={mail}>{ text.email_link }</a>
                        if colleagues::can_share() {
                            <button type="button" class="lb-button lb-button--secondary" onclick={on_share}>{ text.share_button }</button>
                        }
                        <span class="lb-status lb-status--ok" aria-live="polite">{ (*status).clone() }</span>
                    </p>
                    <div class="lb-nav">
                        <button type="button" class="lb-button lb-button--secondary" onclick={dispatch.reform(|_| Action::Back)}>{ text.back }</button>
                    </div>
                </section>
            }
        }
    }
}
