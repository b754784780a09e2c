//! The colleagues' panels' behaviour: the request link and how it is sent (copied, mailed,
//! shared), the answers added to the combined view and kept on the device if the provider
//! allows it, an answer link opened on this device, and Forget. The panels
//! (`components::colleagues`) draw what this gives them.

use std::rc::Rc;

use yew::prelude::*;

use crate::cohort::mailto::mail_link;
use crate::config::ProviderConfig;
use crate::model::colleague::{ColleagueView, REQUEST_MARKER, encode_request};
use crate::model::instrument::Instrument;
use crate::strings::{Strings, fill};
use crate::web::{clipboard, colleagues, environment};

/// What the answers panel last said: done, or why an answer was refused.
#[derive(Clone, PartialEq)]
pub enum Status {
    /// An answer was counted, or the view forgotten; empty before anything happened.
    Done(String),
    /// Why the pasted answer was not counted.
    Refused(String),
}

/// What [`use_colleague_panels`] gives the panels.
pub struct ColleaguePanels {
    /// The request link, with the learner's name in it when they gave one.
    pub link: String,
    /// A `mailto:` link with the request in its body.
    pub mail: String,
    /// Whether the device has a share sheet.
    pub can_share: bool,
    /// What Copy last said about the request link.
    pub ask_status: String,
    /// What the answers panel last said.
    pub view_status: Status,
    /// Copies the request link.
    pub on_copy: Callback<MouseEvent>,
    /// Notes that the mail link was used.
    pub on_mail: Callback<MouseEvent>,
    /// Opens the device's share sheet with the request link.
    pub on_share: Callback<MouseEvent>,
    /// Counts the answer link in the given field, and empties the field when it was counted.
    pub on_add: Callback<NodeRef>,
    /// Forgets the combined view, on the device too.
    pub on_forget: Callback<MouseEvent>,
}

/// Where an added answer goes: the combined view, on the device if the provider allows it.
#[derive(Clone)]
struct Keeper {
    view: UseStateHandle<Option<ColleagueView>>,
    status: UseStateHandle<Status>,
    instrument: Rc<Instrument>,
    config_id: Option<String>,
    persistence: bool,
}

impl Keeper {
    /// Counts the answer in `pasted`, or says why not; `true` when it was counted. It is added
    /// to the view the device keeps now, which another tab may have added to meanwhile.
    fn add(&self, text: &'static Strings, pasted: &str) -> bool {
        let kept = if self.persistence {
            colleagues::kept_view(&self.instrument, self.config_id.as_deref())
        } else {
            (*self.view).clone()
        };
        let mut next = kept.unwrap_or_else(|| ColleagueView::new(&self.instrument));
        match next.add_pasted(&self.instrument, pasted) {
            Ok(()) => {
                if self.persistence {
                    colleagues::keep_view(&self.instrument, self.config_id.as_deref(), &next);
                }
                self.status.set(Status::Done(text.view_added.to_owned()));
                self.view.set(Some(next));
                true
            }
            Err(error) => {
                self.status.set(Status::Refused(text.response_error(&error)));
                false
            }
        }
    }
}

/// The colleagues' panels' links, statuses and callbacks, for a request carrying `name`.
/// `view` is the combined view the flow holds (the PDF prints it too).
#[hook]
pub fn use_colleague_panels(
    text: &'static Strings,
    instrument: &Rc<Instrument>,
    config: &Rc<ProviderConfig>,
    view: &UseStateHandle<Option<ColleagueView>>,
    name: &str,
) -> ColleaguePanels {
    let config_id = config.id.clone();
    let ask_status = use_state(String::new);
    let view_status = use_state(|| Status::Done(String::new()));

    let request = encode_request(instrument, name);
    let link = format!("{}{REQUEST_MARKER}{request}", environment::address_without_fragment());
    // Kept when the learner sends the link, so that opening it on this device offers a preview.
    let remember = {
        let (instrument, config_id, request, persistence) =
            (Rc::clone(instrument), config_id.clone(), request.clone(), config.persistence);
        move || {
            if persistence {
                colleagues::remember_request(&instrument, config_id.as_deref(), &request);
            }
        }
    };
    let on_copy = {
        let (link, status, remember) = (link.clone(), ask_status.clone(), remember.clone());
        Callback::from(move |_: MouseEvent| {
            remember();
            let status = status.clone();
            clipboard::copy(&link, move |copied| {
                status.set((if copied { text.copied } else { text.copy_fallback }).to_owned());
            });
        })
    };
    let on_mail = {
        let remember = remember.clone();
        Callback::from(move |_: MouseEvent| remember())
    };
    let on_share = {
        let link = link.clone();
        Callback::from(move |_: MouseEvent| {
            remember();
            colleagues::share(text.ask_mail_subject, text.ask_share_text, &link);
        })
    };
    let mail = mail_link("", text.ask_mail_subject, &fill(text.ask_mail_body, &[("link", &link)]));

    let keeper = Keeper {
        view: view.clone(),
        status: view_status.clone(),
        instrument: Rc::clone(instrument),
        config_id: config_id.clone(),
        persistence: config.persistence,
    };
    let on_add = {
        let keeper = keeper.clone();
        Callback::from(move |paste: NodeRef| {
            let Some(field) = paste.cast::<web_sys::HtmlInputElement>() else { return };
            if keeper.add(text, &field.value()) {
                // The answer is combined; its link goes from the box and is kept nowhere.
                field.set_value("");
            }
        })
    };
    let on_forget = {
        let (view, status, instrument, config_id) =
            (view.clone(), view_status.clone(), Rc::clone(instrument), config_id.clone());
        Callback::from(move |_: MouseEvent| {
            colleagues::forget(&instrument, config_id.as_deref());
            view.set(None);
            status.set(Status::Done(text.view_forgotten.to_owned()));
        })
    };

    // Another tab added an answer or forgot the view: this one shows the same.
    use_effect_with((), {
        let (view, instrument, config_id, persistence) =
            (view.clone(), Rc::clone(instrument), config_id.clone(), config.persistence);
        move |()| {
            let listener = persistence
                .then(|| {
                    colleagues::watch_view((*instrument).clone(), config_id.as_deref(), move |kept| {
                        view.set(kept)
                    })
                })
                .flatten();
            move || drop(listener)
        }
    });
    // An answer link opened on the learner's own device: counted as if pasted, then taken
    // out of the address so that a reload does not try it again.
    use_effect_with((), move |()| {
        if let Some(code) = colleagues::response_in_address() {
            keeper.add(text, &code);
            environment::clear_share_code_from_address();
        }
    });

    ColleaguePanels {
        link,
        mail,
        can_share: colleagues::can_share(),
        ask_status: (*ask_status).clone(),
        view_status: (*view_status).clone(),
        on_copy,
        on_mail,
        on_share,
        on_add,
        on_forget,
    }
}
