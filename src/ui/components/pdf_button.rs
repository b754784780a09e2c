//! "Download PDF", and what happened when it was pressed. The PDF is made and saved by the
//! callback (`ui::results_effects`), so that this view only draws.

use yew::prelude::*;

use crate::strings::{Strings, fill};

/// The button and its status line.
pub struct PdfButtonProps<'a> {
    /// The learner's language.
    pub text: &'static Strings,
    /// Empty, or that the browser would not save the file.
    pub status: &'a str,
    /// Makes and saves the PDF.
    pub on_download: Callback<MouseEvent>,
    /// Characters of the learner's notes that the PDF cannot show, said before they download.
    pub unprintable: Vec<char>,
}

/// Download PDF, and what happened when it was pressed.
pub fn pdf_button(props: PdfButtonProps) -> Html {
    let PdfButtonProps { text, status, on_download, unprintable } = props;
    let characters: Vec<String> = unprintable.iter().map(char::to_string).collect();
    html! {
        <div class="lb-pdf">
            if !characters.is_empty() {
                <p class="lb-hint lb-pdf__unprintable">
                    { fill(text.pdf_unprintable, &[("characters", &characters.join(" "))]) }
                </p>
            }
            <button type="button" class="lb-button lb-button--primary" onclick={on_download}>{ text.download_pdf }</button>
            <p class="lb-status" aria-live="polite">{ status.to_owned() }</p>
        </div>
    }
}
