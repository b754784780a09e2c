//! A page of about six statement cards, with progress and navigation.

use std::rc::Rc;

use yew::prelude::*;

use crate::ui::app::use_text;
use crate::ui::components::page_nav::PageNav;
use crate::ui::components::progress::Progress;
use crate::ui::components::statement_card::StatementCard;
use crate::ui::state::{Action, Assessment};

#[derive(Properties, PartialEq)]
pub struct StatementsPageProps {
    pub heading: NodeRef,
    /// 0-based page number.
    pub page: usize,
    /// Makes radio names unique when several widgets share a page.
    pub instance: usize,
    pub assessment: Rc<Assessment>,
    pub dispatch: Callback<Action>,
}

#[function_component]
pub fn StatementsPage(props: &StatementsPageProps) -> Html {
    let text = use_text();
    let assessment = &props.assessment;
    let total = assessment.order.len();
    let missing = assessment.missing_on(props.page);
    let show_missing = assessment.show_missing && !missing.is_empty();
    let message = show_missing.then(|| {
        let numbers: Vec<String> = missing.iter().map(usize::to_string).collect();
        let template = if numbers.len() == 1 { text.missing_one } else { text.missing_many };
        crate::strings::fill(template, &[("list", &text.join(&numbers))])
    });
    let last_page = props.page + 1 == assessment.page_count();
    let cards = assessment.page(props.page).map(|(position, statement)| {
        let dispatch = props.dispatch.clone();
        let item = &assessment.instrument.statements[statement];
        html! {
            <StatementCard
                key={item.id.clone()}
                number={position + 1}
                total={total}
                text={item.text.clone()}
                name={format!("lb{}-{}", props.instance, item.id)}
                answer={assessment.answers.get(statement)}
                missing={show_missing && missing.contains(&(position + 1))}
                on_answer={Callback::from(move |answer| dispatch.emit(Action::Answer { statement, answer }))}
            />
        }
    });
    html! {
        <section class="lb-page lb-statements">
            <h2 class="lb-heading" tabindex="-1" ref={props.heading.clone()}>{ text.statements_heading }</h2>
            <p class="lb-hint">{ text.statements_hint }</p>
            <Progress answered={assessment.answers.answered()} total={total} />
            <div class="lb-cards">{ for cards }</div>
            <PageNav
                on_back={props.dispatch.reform(|_| Action::Back)}
                on_next={props.dispatch.reform(|_| Action::Next)}
                next_label={if last_page { text.see_results } else { text.next }}
                message={message}
            />
        </section>
    }
}
