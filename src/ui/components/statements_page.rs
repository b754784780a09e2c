//! A page of about six statement cards, with progress and navigation.

use yew::prelude::*;

use crate::ui::components::page_frame::PageFrame;
use crate::ui::components::page_nav::{PageNavProps, page_nav};
use crate::ui::components::progress::{ProgressProps, progress};
use crate::ui::state::Action;

/// What a page of statements shows and where its answers go.
pub struct StatementsPageProps<'a> {
    /// The words, the heading, the answers, and where they go.
    pub frame: PageFrame<'a>,
    /// Which page, counted from 0.
    pub page: usize,
    /// A colleague answers about someone else: the heading, the last option and the last
    /// page's button speak of them (the statements are the observer wording already).
    pub observer: bool,
}

/// A page of statements, with progress, Back and Next.
pub fn statements_page(props: StatementsPageProps) -> Html {
    let StatementsPageProps { frame, page, observer } = props;
    let (text, assessment, dispatch) = (frame.text, frame.assessment, frame.dispatch);
    let total = assessment.order.len();
    let missing = assessment.missing_on(page);
    let show_missing = assessment.show_missing && !missing.is_empty();
    let message = show_missing.then(|| frame.missing_message(&missing));
    let last_page = page + 1 == assessment.page_count();
    let cards = assessment.page(page).map(|(position, statement)| {
        let missing = show_missing && missing.contains(&(position + 1));
        frame.card(statement, position + 1, total, missing, observer)
    });
    html! {
        // One key for every page of statements: moving between them updates the cards in place.
        <section key="statements" class="lb-page lb-statements">
            <h2 class="lb-heading" tabindex="-1" ref={frame.heading.clone()}>{ if observer { text.observer_heading } else { text.statements_heading } }</h2>
            <p class="lb-hint">{ text.statements_hint }</p>
            { progress(ProgressProps { text, answered: assessment.answered_first_stage(), total, label: None }) }
            <div class="lb-cards">{ for cards }</div>
            { page_nav(PageNavProps {
                text,
                on_back: dispatch.reform(|_| Action::Back),
                on_next: dispatch.reform(|_| Action::Next),
                next_label: match (last_page, observer) {
                    (false, _) => text.next,
                    (true, false) => text.see_results,
                    (true, true) => text.colleague_finish,
                },
                message,
            }) }
        </section>
    }
}
