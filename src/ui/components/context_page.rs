//! The two context questions: experience managing people and number of direct reports.

use yew::prelude::*;

use crate::model::answers::{DirectReports, Experience};
use crate::ui::components::choice_group::{ChoiceGroupProps, choice_group, on_pick};
use crate::ui::components::page_frame::PageFrame;
use crate::ui::components::page_nav::{PageNavProps, page_nav};
use crate::ui::state::Action;

/// The two context questions, with Back and Next.
pub fn context_page(frame: PageFrame) -> Html {
    let PageFrame { text, heading, assessment, dispatch, instance } = frame;
    let context = assessment.context;
    let show_missing = assessment.show_missing;
    let labels = |options: &[&'static str]| options.iter().map(|o| AttrValue::Static(o)).collect::<Vec<_>>();
    html! {
        <section key="context" class="lb-page lb-context">
            <h2 class="lb-heading" tabindex="-1" ref={heading}>{ text.context_heading }</h2>
            { choice_group(ChoiceGroupProps {
                legend: text.experience_question.into(),
                name: format!("lb{instance}-experience").into(),
                options: labels(&text.experience_options),
                selected: context.experience.and_then(|e| Experience::ALL.iter().position(|x| *x == e)),
                on_select: on_pick(dispatch, |i| Experience::ALL.get(i).copied().map(Action::SetExperience)),
                missing: show_missing && context.experience.is_none(),
                digit_keys: 0,
                class: "",
            }) }
            { choice_group(ChoiceGroupProps {
                legend: text.reports_question.into(),
                name: format!("lb{instance}-reports").into(),
                options: labels(&text.reports_options),
                selected: context.reports.and_then(|r| DirectReports::ALL.iter().position(|x| *x == r)),
                on_select: on_pick(dispatch, |i| DirectReports::ALL.get(i).copied().map(Action::SetReports)),
                missing: show_missing && context.reports.is_none(),
                digit_keys: 0,
                class: "",
            }) }
            { page_nav(PageNavProps {
                text,
                on_back: dispatch.reform(|_| Action::Back),
                on_next: dispatch.reform(|_| Action::Next),
                next_label: text.next,
                message: (show_missing && !context.is_complete()).then(|| text.context_missing.to_owned()),
            }) }
        </section>
    }
}
