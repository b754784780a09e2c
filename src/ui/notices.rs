//! What the results page's buttons last said: "Link copied", why a pasted link could not be
//! compared, that the PDF could not be saved.
//!
//! They live beside the assessment, not in it: they are never saved, and a new step starts
//! without them. One small reducer in the flow holds them, so that the buttons' views can stay
//! plain functions without state of their own (see `ui::components`).

use std::rc::Rc;

use yew::Reducible;

/// The latest message of each button, empty when it has nothing to say.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Notices {
    /// After "Copy link": copied, or how to copy it by hand.
    pub share: String,
    /// Why a pasted link could not be compared.
    pub compare: String,
    /// After "Download PDF", when the browser would not save it.
    pub pdf: String,
}

/// One button's new message; `Clear` empties them all.
#[derive(Clone, Debug, PartialEq)]
pub enum Notice {
    /// What "Copy link" did.
    Share(String),
    /// Why a pasted link could not be compared.
    Compare(String),
    /// Why the PDF could not be saved.
    Pdf(String),
    /// Empties every message.
    Clear,
}

impl Reducible for Notices {
    type Action = Notice;

    fn reduce(self: Rc<Self>, notice: Notice) -> Rc<Self> {
        let mut next = (*self).clone();
        match notice {
            Notice::Share(text) => next.share = text,
            Notice::Compare(text) => next.compare = text,
            Notice::Pdf(text) => next.pdf = text,
            Notice::Clear => next = Notices::default(),
        }
        Rc::new(next)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_notice_replaces_only_its_own_message_and_clear_empties_all() {
        let notices = Rc::new(Notices::default())
            .reduce(Notice::Share("Link copied.".into()))
            .reduce(Notice::Compare("That link is cut short.".into()));
        assert_eq!(notices.share, "Link copied.");
        assert_eq!(notices.compare, "That link is cut short.");
        assert_eq!(notices.pdf, "");
        let notices = notices.reduce(Notice::Share(String::new()));
        assert_eq!((notices.share.as_str(), notices.compare.as_str()), ("", "That link is cut short."));
        assert_eq!(*notices.reduce(Notice::Clear), Notices::default());
    }
}
