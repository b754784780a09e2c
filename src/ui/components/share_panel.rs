//! "Share your result": a link that carries the scores in its fragment, a Copy button, and,
//! when the provider names a trainer, a mail link that opens the learner's own mail program.

use yew::prelude::*;

use crate::cohort::mailto::mail_link;
use crate::strings::{Strings, fill};

/// The result to share, and what the Copy button last said.
pub struct SharePanelProps<'a> {
    /// The learner's language.
    pub text: &'static Strings,
    /// The result link.
    pub link: &'a str,
    /// Makes element ids unique when several widgets share a page.
    pub instance: usize,
    /// What the Copy button last said; empty before it was pressed.
    pub status: &'a str,
    /// Copies the link; given the link's field, to select it where the browser refuses the
    /// clipboard.
    pub on_copy: Callback<NodeRef>,
    /// The trainer's email address from the config (`cohort.contact`), if any.
    pub trainer: Option<&'a str>,
}

/// The result link, with Copy and (where the device has one) Share.
pub fn share_panel(props: SharePanelProps) -> Html {
    let SharePanelProps { text, link, instance, status, on_copy, trainer } = props;
    let field = NodeRef::default();
    let onclick = {
        let field = field.clone();
        on_copy.reform(move |_: MouseEvent| field.clone())
    };
    let id = format!("lb{instance}-share-link");
    let mail = trainer.map(|address| {
        let body = fill(text.send_to_trainer_body, &[("link", link)]);
        mail_link(address, text.send_to_trainer_subject, &body)
    });
    html! {
        <section class="lb-section lb-share">
            <h3>{ text.share_heading }</h3>
            <p>{ text.share_body }</p>
            <label class="lb-field__label" for={id.clone()}>{ text.share_label }</label>
            <input id={id} ref={field} class="lb-field__input" type="text" readonly=true value={link.to_owned()} />
            <p class="lb-share__actions">
                <button type="button" class="lb-button lb-button--secondary" onclick={onclick}>{ text.copy_link }</button>
                <span class="lb-status lb-status--ok" aria-live="polite">{ status.to_owned() }</span>
            </p>
            if let Some(mail) = mail {
                <p class="lb-share__trainer">
                    <a class="lb-button lb-button--secondary" href={mail}>{ text.send_to_trainer }</a>
                </p>
                <p class="lb-hint">{ text.send_to_trainer_hint }</p>
            }
        </section>
    }
}
