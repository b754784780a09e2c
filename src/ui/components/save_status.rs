//! What the widget says about keeping the learner's answers: that the browser stopped keeping
//! them (with a link that keeps them instead), and, from the second page of statements on,
//! that a link is the safe copy should the browser clear its storage. The quieter news (another
//! tab's answers came in, saving works again) goes in the footer's status line.
//!
//! Neither is drawn on the pages the loader also draws (the intro, the context questions, the
//! first page of statements) until there is something to say, so that the wasm takes those
//! pages over without a change of markup.

use yew::prelude::*;

use crate::strings::Strings;
use crate::ui::hooks::Saving;

/// The footer's status line: the latest news about what this device keeps, if any.
pub fn footer_status(
    text: &'static Strings,
    saving: Saving,
    taken_over: bool,
    forgotten: bool,
) -> &'static str {
    if forgotten {
        text.forgotten
    } else if saving == Saving::KeptAgain {
        text.saving_again
    } else if taken_over {
        text.taken_over
    } else {
        ""
    }
}

/// When the browser refuses to keep the answers: an alert, announced as it appears, with the
/// link that holds every answer so far.
pub fn refused(text: &'static Strings, answers_link: &str) -> Html {
    html! {
        <p class="lb-notice lb-save" role="alert">
            { text.save_refused }{ " " }
            <a class="lb-save__link" href={answers_link.to_owned()}>{ text.answers_so_far }</a>
        </p>
    }
}

/// Under the statements, with saving on: a browser may clear what it keeps, and this link
/// keeps the answers so far.
pub fn safe_copy(text: &'static Strings, answers_link: &str) -> Html {
    html! {
        <p class="lb-hint lb-safe-copy">
            { text.safe_copy }{ " " }
            <a class="lb-save__link" href={answers_link.to_owned()}>{ text.answers_so_far }</a>
        </p>
    }
}
