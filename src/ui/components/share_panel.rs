//! "Share your result": a link that carries the scores in its fragment, and a Copy button.

use yew::prelude::*;

use crate::strings::Strings;
use crate::ui::notices::Notice;
use crate::web::focus::find_near_target;
use crate::web::{clipboard, environment};

/// `instance` makes element ids unique when several widgets share a page; `status` is what
/// the Copy button last said, and `notify` takes the next.
pub fn share_panel(
    text: &'static Strings,
    code: &str,
    instance: usize,
    status: &str,
    notify: &Callback<Notice>,
) -> Html {
    let link = format!("{}#lb={}", environment::address_without_fragment(), code);
    let onclick = {
        let (link, notify) = (link.clone(), notify.clone());
        Callback::from(move |event: MouseEvent| {
            // Found now, while the click is being handled: the copy settles later.
            let field = find_near_target::<web_sys::HtmlInputElement>(&event, "section", "input");
            let notify = notify.clone();
            clipboard::copy(&link, move |copied| {
                if copied {
                    notify.emit(Notice::Share(text.copied.to_owned()));
                } else {
                    if let Some(field) = &field {
                        clipboard::select(field);
                    }
                    notify.emit(Notice::Share(text.copy_fallback.to_owned()));
                }
            });
        })
    };
    let id = format!("lb{instance}-share-link");
    html! {
        <section class="lb-section lb-share">
            <h3>{ text.share_heading }</h3>
            <p>{ text.share_body }</p>
            <label class="lb-field__label" for={id.clone()}>{ text.share_label }</label>
            <input id={id} class="lb-field__input" type="text" readonly=true value={link} />
            <p class="lb-share__actions">
                <button type="button" class="lb-button lb-button--secondary" onclick={onclick}>{ text.copy_link }</button>
                <span class="lb-status lb-status--ok" aria-live="polite">{ status.to_owned() }</span>
            </p>
        </section>
    }
}
