//! The two context questions: experience managing people and number of direct reports.

use std::rc::Rc;

use yew::prelude::*;

use crate::model::answers::{DirectReports, Experience};
use crate::ui::app::use_text;
use crate::ui::components::choice_group::{ChoiceGroup, on_pick};
use crate::ui::components::page_nav::PageNav;
use crate::ui::state::{Action, Assessment};

#[derive(Properties, PartialEq)]
pub struct ContextPageProps {
    pub heading: NodeRef,
    pub assessment: Rc<Assessment>,
    pub dispatch: Callback<Action>,
    /// Makes radio names unique when several widgets share a page.
    pub instance: usize,
}

#[function_component]
pub fn ContextPage(props: &ContextPageProps) -> Html {
    let text = use_text();
    let context = props.assessment.context;
    let show_missing = props.assessment.show_missing;
    let labels = |options: &[&'static str]| options.iter().map(|o| AttrValue::Static(o)).collect::<Vec<_>>();
    let dispatch = &props.dispatch;
    html! {
        <section class="lb-page lb-context">
            <h2 class="lb-heading" tabindex="-1" ref={props.heading.clone()}>{ text.context_heading }</h2>
            <ChoiceGroup
                legend={text.experience_question}
                name={format!("lb{}-experience", props.instance)}
                options={labels(&text.experience_options)}
                selected={context.experience.and_then(|e| Experience::ALL.iter().position(|x| *x == e))}
                on_select={on_pick(dispatch, |i| Experience::ALL.get(i).copied().map(Action::SetExperience))}
                missing={show_missing && context.experience.is_none()}
            />
            <ChoiceGroup
                legend={text.reports_question}
                name={format!("lb{}-reports", props.instance)}
                options={labels(&text.reports_options)}
                selected={context.reports.and_then(|r| DirectReports::ALL.iter().position(|x| *x == r))}
                on_select={on_pick(dispatch, |i| DirectReports::ALL.get(i).copied().map(Action::SetReports))}
                missing={show_missing && context.reports.is_none()}
            />
            <PageNav
                on_back={dispatch.reform(|_| Action::Back)}
                on_next={dispatch.reform(|_| Action::Next)}
                next_label={text.next}
                message={(show_missing && !context.is_complete()).then(|| text.context_missing.to_owned())}
            />
        </section>
    }
}
