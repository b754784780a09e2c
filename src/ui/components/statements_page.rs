//! A page of about six statement cards, with progress and navigation.

use yew::prelude::*;

use crate::strings::Strings;
use crate::ui::components::page_nav::page_nav;
use crate::ui::components::progress::progress;
use crate::ui::components::statement_card::{StatementCard, statement_card};
use crate::ui::state::{Action, Assessment};

/// `page` is 0-based; `instance` makes radio names unique when several widgets share a page.
pub fn statements_page(
    text: &Strings,
    heading: NodeRef,
    page: usize,
    instance: usize,
    assessment: &Assessment,
    dispatch: &Callback<Action>,
) -> Html {
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
        statement_card(
            text,
            StatementCard {
                key: item.id.clone(),
                number: position + 1,
                total,
                text: item.text.clone(),
                name: format!("lb{}-{}", instance, item.id),
                answer: assessment.answers.get(statement),
                missing: show_missing && missing.contains(&(position + 1)),
                on_answer: Callback::from(move |answer| dispatch.emit(Action::Answer { statement, answer })),
            },
        )
    });
    html! {
        // One key for every page of statements: moving between them updates the cards in place.
        <section key="statements" class="lb-page lb-statements">
            <h2 class="lb-heading" tabindex="-1" ref={heading}>{ text.statements_heading }</h2>
            <p class="lb-hint">{ text.statements_hint }</p>
            { progress(text, assessment.answers.answered(), total) }
            <div class="lb-cards">{ for cards }</div>
            { page_nav(
                text,
                dispatch.reform(|_| Action::Back),
                dispatch.reform(|_| Action::Next),
                if last_page { text.see_results } else { text.next },
                message,
            ) }
        </section>
    }
}
