//! "Ask colleagues for their view" and "How colleagues see you" on the learner's own results:
//! a request link to send by the learner's own means, a box for the answer links that come
//! back, and the comparison (self against the colleagues' mean, blind spots, hidden
//! strengths, both indexes side by side, the balance as colleagues see it, and the next
//! topics ranked from their view on request). Only the combined view is kept, never an answer.

use std::rc::Rc;

use yew::prelude::*;

use crate::config::ProviderConfig;
use crate::model::answers::Experience;
use crate::model::chart::{balance_chart, format_score};
use crate::model::colleague::{ColleagueView, Comparison, FEW_RESPONSES, SideBySide};
use crate::model::instrument::Instrument;
use crate::model::report::Report;
use crate::model::uncertainty::{ErrorModel, tier_topics};
use crate::strings::Strings;
use crate::ui::components::chart_svg::{ChartSvgProps, chart_svg};
use crate::ui::components::data_table::{DataTableProps, data_table};
use crate::ui::components::topic_list::{TopicListProps, topic_list};
use crate::ui::hooks::{ColleaguePanels, Status, use_colleague_panels};

/// What the colleagues' panels need.
#[derive(Properties)]
pub struct ColleaguesProps {
    /// The learner's language.
    pub text: &'static Strings,
    /// The statements the colleagues answer (its fingerprint goes into the request).
    pub instrument: Rc<Instrument>,
    /// Whether the provider lets the widget keep anything on the device, and the config's id.
    pub config: Rc<ProviderConfig>,
    /// The learner's own result, compared with the colleagues'.
    pub own: Rc<Report>,
    /// The error model the bands come from, the colleagues' included.
    pub errors: Rc<ErrorModel>,
    /// The learner's career stage, which weighs the topics ranked from the colleagues' view.
    pub experience: Option<Experience>,
    /// Makes element ids unique when several widgets share a page.
    pub instance: usize,
    /// The combined view, held by the flow (the PDF prints it too).
    pub view: UseStateHandle<Option<ColleagueView>>,
}

impl PartialEq for ColleaguesProps {
    fn eq(&self, other: &Self) -> bool {
        std::ptr::eq(self.text, other.text)
            && Rc::ptr_eq(&self.instrument, &other.instrument)
            && Rc::ptr_eq(&self.config, &other.config)
            && Rc::ptr_eq(&self.own, &other.own)
            && Rc::ptr_eq(&self.errors, &other.errors)
            && self.experience == other.experience
            && self.instance == other.instance
            && *self.view == *other.view
    }
}

fn score(value: Option<f64>, text: &Strings) -> String {
    value.map_or_else(|| text.not_enough_answers.to_owned(), format_score)
}

fn gap_list(text: &Strings, instrument: &Instrument, heading: &str, rows: &[SideBySide]) -> Html {
    let items = rows.iter().map(|row| html! { <li>{ text.side_by_side(instrument, row) }</li> });
    html! {
        <>
            <h4>{ heading.to_owned() }</h4>
            <ul class="lb-list">{ for items }</ul>
        </>
    }
}

/// What the comparison needs besides the view itself.
struct ComparisonInputs<'a> {
    text: &'a Strings,
    instrument: &'a Instrument,
    config: &'a ProviderConfig,
    own: &'a Report,
    errors: &'a ErrorModel,
    experience: Option<Experience>,
    /// The learner ticked "Rank my next topics by my colleagues' view".
    topics_by_colleagues: bool,
    on_topics: Callback<Event>,
}

fn comparison_view(inputs: ComparisonInputs, view: &ColleagueView) -> Html {
    let ComparisonInputs {
        text,
        instrument,
        config,
        own,
        errors,
        experience,
        topics_by_colleagues,
        on_topics,
    } = inputs;
    let others = view.scores(instrument);
    let bands = view.bands(instrument, errors);
    let labels = text.chart_labels();
    let balance = balance_chart(&others, Some(&bands), &labels, None);
    let topics = tier_topics(instrument, &others, &bands, experience);
    let comparison = Comparison::build(instrument, &own.bands, &bands, view.responses);
    let few = view.responses < FEW_RESPONSES;
    let count = text.colleague_count(view.responses);
    let indexes = text.colleague_indexes(&comparison);
    let rows = comparison.rows.iter().filter_map(|row| {
        let name = &instrument.competencies.get(row.competency)?.name;
        Some(html! {
            <tr>
                <th scope="row">{ name.clone() }</th>
                <td class="lb-table__score">{ score(row.own, text) }</td>
                <td class="lb-table__score">{ score(row.others, text) }</td>
            </tr>
        })
    });
    let no_gaps = !few && comparison.blind_spots.is_empty() && comparison.hidden_strengths.is_empty();
    html! {
        <div class="lb-colleagues__view">
            <p class="lb-colleagues__count">{ count }</p>
            if few {
                <p class="lb-notes">{ text.view_indexes_only }</p>
            }
            <p class="lb-colleagues__indexes">{ indexes }</p>
            <h4>{ text.view_balance_heading }</h4>
            { chart_svg(ChartSvgProps { chart: &balance, summary: text.balance_summary_for(&bands), class: "lb-chart--balance" }) }
            if no_gaps {
                <p>{ text.no_gaps }</p>
            }
            if !comparison.blind_spots.is_empty() {
                { gap_list(text, instrument, text.blind_spots_heading, &comparison.blind_spots) }
            }
            if !comparison.hidden_strengths.is_empty() {
                { gap_list(text, instrument, text.hidden_strengths_heading, &comparison.hidden_strengths) }
            }
            if !few {
            <label class="lb-option lb-colleagues__topics-toggle">
                <input type="checkbox" checked={topics_by_colleagues} onchange={on_topics} />
                <span class="lb-option__label">{ text.view_topics_toggle }</span>
            </label>
            if topics_by_colleagues {
                <h4>{ text.view_topics_heading }</h4>
                { topic_list(TopicListProps { text, config, instrument, topics: &topics }) }
            }
            { data_table(DataTableProps {
                class: "lb-colleagues__table",
                caption: text.view_heading,
                columns: &[
                    (text.table_competency, ""),
                    (text.view_you, "lb-table__score"),
                    (text.view_others, "lb-table__score"),
                ],
                body: rows.collect(),
                foot: None,
            }) }
            }
        </div>
    }
}

/// Both panels: asking, and what came back.
#[function_component]
pub fn Colleagues(props: &ColleaguesProps) -> Html {
    let ColleaguesProps { text, instrument, config, own, errors, experience, instance, view } = props;
    let text: &'static Strings = text;
    let name = use_state(String::new);
    let topics_by_colleagues = use_state(|| false);
    let paste = use_node_ref();
    let name_field = use_node_ref();
    let panels = use_colleague_panels(text, instrument, config, view, &name);
    let ColleaguePanels {
        link,
        mail,
        can_share,
        ask_status,
        view_status,
        on_copy,
        on_mail,
        on_share,
        on_add,
        on_forget,
    } = panels;
    let on_name = {
        let name = name.clone();
        Callback::from(move |event: InputEvent| {
            if let Some(field) = event.target_dyn_into::<web_sys::HtmlInputElement>() {
                name.set(field.value());
            }
        })
    };
    let on_add = {
        let paste = paste.clone();
        on_add.reform(move |_: MouseEvent| paste.clone())
    };

    let ids = |what: &str| format!("lb{instance}-colleagues-{what}");
    html! {
        <>
            <section class="lb-section lb-colleagues lb-colleagues--ask">
                <h3>{ text.ask_heading }</h3>
                <p>{ text.ask_body }</p>
                <label class="lb-field__label" for={ids("name")}>{ text.ask_name_label }</label>
                <input id={ids("name")} ref={name_field} class="lb-field__input" type="text"
                    maxlength="24" autocomplete="given-name" value={(*name).clone()} oninput={on_name} />
                <label class="lb-field__label" for={ids("request")}>{ text.ask_link_label }</label>
                <input id={ids("request")} class="lb-field__input" type="text" readonly=true value={link} />
                <p class="lb-share__actions">
                    <button type="button" class="lb-button lb-button--secondary" onclick={on_copy}>{ text.copy_link }</button>
                    <a class="lb-button lb-button--secondary" href={mail} onclick={on_mail}>{ text.email_link }</a>
                    if can_share {
                        <button type="button" class="lb-button lb-button--secondary" onclick={on_share}>{ text.share_button }</button>
                    }
                    <span class="lb-status lb-status--ok" aria-live="polite">{ ask_status }</span>
                </p>
            </section>
            <section class="lb-section lb-colleagues lb-colleagues--view">
                <h3>{ text.view_heading }</h3>
                if let Some(view) = view.as_ref().filter(|v| v.responses > 0) {
                    { comparison_view(ComparisonInputs {
                        text,
                        instrument,
                        config,
                        own,
                        errors,
                        experience: *experience,
                        topics_by_colleagues: *topics_by_colleagues,
                        on_topics: {
                            let toggle = topics_by_colleagues.clone();
                            Callback::from(move |_: Event| toggle.set(!*toggle))
                        },
                    }, view) }
                }
                <label class="lb-field__label" for={ids("answer")}>{ text.view_paste_label }</label>
                <input id={ids("answer")} ref={paste} class="lb-field__input" type="text" autocomplete="off" />
                <p class="lb-share__actions">
                    <button type="button" class="lb-button lb-button--secondary" onclick={on_add}>{ text.view_add }</button>
                    if view.as_ref().is_some_and(|v| v.responses > 0) {
                        <button type="button" class="lb-button lb-button--secondary" onclick={on_forget}>{ text.view_forget }</button>
                    }
                </p>
                // One live region whatever it says, so that each new sentence is announced.
                <p class={classes!("lb-status", matches!(view_status, Status::Done(_)).then_some("lb-status--ok"))} aria-live="polite">
                    { match view_status { Status::Done(said) | Status::Refused(said) => said } }
                </p>
            </section>
        </>
    }
}
