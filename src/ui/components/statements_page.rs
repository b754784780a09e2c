//! A page of about six statement cards, with progress and navigation.

use yew::prelude::*;

use crate::strings::Strings;
use crate::ui::components::page_nav::{PageNavProps, page_nav};
use crate::ui::components::progress::{ProgressProps, progress};
use crate::ui::components::statement_card::{StatementCardProps, statement_card};
use crate::ui::state::{Action, Assessment};

/// What a page of statements shows and where its answers go.
pub struct StatementsPageProps<'a> {
    /// The learner's language.
    pub text: &'a Strings,
    /// Receives focus when the page opens.
    pub heading: NodeRef,
    /// Which page, counted from 0.
    pub page: usize,
    /// Makes radio names unique when several widgets share a page.
    pub instance: usize,
    /// The statements in order, the answers so far, and whether to point out what is missing.
    pub assessment: &'a Assessment,
    /// Where the answers and Back/Next go.
    pub dispatch: &'a Callback<Action>,
    /// A colleague answers about someone else: the heading, the last option and the last
    /// page's button speak of them (the statements are the observer wording already).
    pub observer: bool,
}

/// A page of statements, with progress, Back and Next.
pub fn statements_page(props: StatementsPageProps) -> Html {
    let StatementsPageProps { text, heading, page, instance, assessment, dispatch, observer } = props;
    let total = assessment.order.len();
    let missing = assessment.missing_on(page);
    let show_missing = assessment.show_missing && !missing.is_empty();
    let message = show_missing.then(|| {
        let numbers: Vec<String> = missing.iter().map(usize::to_string).collect();
        let template = if numbers.len() == 1 { text.missing_one } else { text.missing_many };
        crate::strings::fill(template, &[("list", &text.join(&numbers))])
    });
    let last_page = page + 1 == assessment.page_count();
    let cards = assessment.page(page).map(|(position, statement)| {
        let dispatch = dispatch.clone();
        let item = &assessment.instrument.statements[statement];
        statement_card(StatementCardProps {
            text,
            key: item.id.clone(),
            number: position + 1,
            total,
            statement: item.text.clone(),
            name: format!("lb{}-{}", instance, item.id),
            answer: assessment.answers.get(statement),
            missing: show_missing && missing.contains(&(position + 1)),
            observer,
            on_answer: Callback::from(move |answer| dispatch.emit(Action::Answer { statement, answer })),
        })
    });
    html! {
        // One key for every page of statements: moving between them updates the cards in place.
        <section key="statements" class="lb-page lb-statements">
            <h2 class="lb-heading" tabindex="-1" ref={heading}>{ if observer { text.observer_heading } else { text.statements_heading } }</h2>
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
