//! A wide box of codes or figures with its label and hint: the paste box, and the
//! `reliability` block the trainer copies. Codes are not words, so it is never spell-checked.

use yew::prelude::*;

/// What a text box shows and what it reports.
pub struct TextBoxProps {
    /// The box's id; its hint's id is this with `-hint` added.
    pub id: &'static str,
    /// What the box holds.
    pub label: &'static str,
    /// How to use it, read with the box by screen readers.
    pub hint: &'static str,
    /// The box, for the page to read or select.
    pub field: NodeRef,
    /// The box's text when the page sets it and the trainer only copies it.
    pub read_only: Option<String>,
    /// A file dropped on the box, when it takes one.
    pub on_drop: Option<Callback<DragEvent>>,
}

/// The label, the hint and the box.
pub fn text_box(props: TextBoxProps) -> Html {
    let TextBoxProps { id, label, hint, field, read_only, on_drop } = props;
    let hint_id = format!("{id}-hint");
    let readonly = read_only.is_some();
    // Without a dragover handler the browser would open a dropped file instead of handing it
    // to the page.
    let on_drag_over = on_drop.is_some().then(|| Callback::from(|event: DragEvent| event.prevent_default()));
    html! {
        <>
            <label class="lb-field__label" for={id}>{ label }</label>
            <p class="lb-hint" id={hint_id.clone()}>{ hint }</p>
            <textarea
                {id}
                class="lb-field__input lb-cohort__text"
                rows="8"
                {readonly}
                spellcheck="false"
                aria-describedby={hint_id}
                ref={field}
                value={read_only}
                ondrop={on_drop}
                ondragover={on_drag_over}
            />
        </>
    }
}
