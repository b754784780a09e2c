//! "Share your result": a link that carries the scores in its fragment, and a Copy button.

use yew::prelude::*;

use crate::ui::app::use_text;
use crate::web::{clipboard, environment};

#[derive(Properties, PartialEq)]
pub struct SharePanelProps {
    /// The result's share code.
    pub code: AttrValue,
    /// Makes element ids unique when several widgets share a page.
    pub instance: usize,
}

#[function_component]
pub fn SharePanel(props: &SharePanelProps) -> Html {
    let text = use_text();
    let field = use_node_ref();
    let status = use_state(String::new);
    let link = format!("{}#lb={}", environment::address_without_fragment(), props.code);
    let onclick = {
        let (link, field, status) = (link.clone(), field.clone(), status.clone());
        Callback::from(move |_: MouseEvent| {
            let (field, status) = (field.clone(), status.clone());
            clipboard::copy(&link, move |copied| {
                if copied {
                    status.set(text.copied.to_owned());
                } else {
                    clipboard::select(&field);
                    status.set(text.copy_fallback.to_owned());
                }
            });
        })
    };
    let id = format!("lb{}-share-link", props.instance);
    html! {
        <section class="lb-section lb-share">
            <h3>{ text.share_heading }</h3>
            <p>{ text.share_body }</p>
            <label class="lb-field__label" for={id.clone()}>{ text.share_label }</label>
            <input id={id} ref={field} class="lb-field__input" type="text" readonly=true value={link} />
            <p class="lb-share__actions">
                <button type="button" class="lb-button lb-button--secondary" onclick={onclick}>{ text.copy_link }</button>
                <span class="lb-status lb-status--ok" aria-live="polite">{ (*status).clone() }</span>
            </p>
        </section>
    }
}
