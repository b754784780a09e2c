//! The paste box: one result link or code per line, and the lines that were left out with
//! their line numbers and reasons, so that the trainer can fix them and paste again.

use yew::prelude::*;

use crate::cohort::Intake;
use crate::strings::cohort::CohortWords;
use crate::strings::{Strings, fill};

use super::text_box::{TextBoxProps, text_box};

/// What the paste box shows.
pub struct PasteFormProps<'a> {
    /// The trainer's words.
    pub words: &'static CohortWords,
    /// The learner's table, for why a line is not a result.
    pub strings: &'static Strings,
    /// The cohort so far, with the last paste's left-out lines.
    pub intake: &'a Intake,
    /// The text box, read when Add is pressed.
    pub field: NodeRef,
    /// What the status line says; empty when all went well.
    pub notice: &'a str,
    /// Reads the box into the cohort.
    pub on_add: Callback<MouseEvent>,
    /// Reads a chosen or dropped file into the cohort.
    pub on_file: Callback<web_sys::File>,
}

/// The first file of a file list, if any.
fn first(files: Option<web_sys::FileList>) -> Option<web_sys::File> {
    files?.get(0)
}

pub fn paste_form(props: PasteFormProps) -> Html {
    let PasteFormProps { words, strings, intake, field, notice, on_add, on_file } = props;
    let on_choose = {
        let on_file = on_file.clone();
        Callback::from(move |event: Event| {
            let Some(input) = event.target_dyn_into::<web_sys::HtmlInputElement>() else { return };
            if let Some(file) = first(input.files()) {
                on_file.emit(file);
            }
            // The same file chosen again is read again.
            input.set_value("");
        })
    };
    let on_drop = Callback::from(move |event: DragEvent| {
        event.prevent_default();
        if let Some(file) = first(event.data_transfer().and_then(|data| data.files())) {
            on_file.emit(file);
        }
    });
    let problems = intake.problems.iter().map(|problem| {
        let line = fill(
            words.problem_line,
            &[("line", &problem.line.to_string()), ("reason", strings.share_error(&problem.error))],
        );
        html! { <li>{ line }</li> }
    });
    html! {
        <section class="lb-section lb-cohort__paste">
            { text_box(TextBoxProps {
                id: "lb-cohort-paste",
                label: words.paste_label,
                hint: words.paste_hint,
                field,
                read_only: None,
                on_drop: Some(on_drop),
            }) }
            <p class="lb-share__actions">
                <button type="button" class="lb-button lb-button--primary" onclick={on_add}>{ words.add_button }</button>
                <span class="lb-status" role="status">{ notice.to_owned() }</span>
            </p>
            <label class="lb-field__label" for="lb-cohort-file">{ words.file_label }</label>
            <input
                id="lb-cohort-file"
                class="lb-cohort__file"
                type="file"
                accept=".csv,.txt,text/csv,text/plain"
                onchange={on_choose}
            />
            if !intake.problems.is_empty() {
                <h2>{ words.problems_heading }</h2>
                <ul class="lb-cohort__problems">{ for problems }</ul>
            }
            if !intake.repeats.is_empty() {
                <p>{ fill(words.repeats, &[("count", &intake.repeats.len().to_string())]) }</p>
            }
        </section>
    }
}
