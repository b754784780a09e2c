//! "Ask colleagues for their view" and "How colleagues see you" on the learner's own results:
//! a request link to send by the learner's own means, a box for the answer links that come
//! back, and the comparison (self against the colleagues' mean, blind spots, hidden
//! strengths, both indexes side by side, the balance as colleagues see it, and the next
//! topics ranked from their view on request). Only the combined view is kept, never an answer.

use std::rc::Rc;

use yew::prelude::*;

use crate::cohort::mailto::mail_link;
use crate::config::ProviderConfig;
use crate::model::answers::Experience;
use crate::model::chart::{balance_chart, format_score};
use crate::model::colleague::{
    ColleagueView, Comparison, FEW_RESPONSES, REQUEST_MARKER, SideBySide, encode_request,
};
use crate::model::instrument::Instrument;
use crate::model::report::{Report, SHOWN};
use crate::model::topics::rank_topics;
use crate::strings::{Strings, fill};
use crate::ui::components::chart_svg::{ChartSvgProps, chart_svg};
use crate::ui::components::topic_list::{TopicListProps, topic_list};
use crate::web::{clipboard, colleagues, environment};

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
    experience: Option<Experience>,
    /// The learner ticked "Rank my next topics by my colleagues' view".
    topics_by_colleagues: bool,
    on_topics: Callback<Event>,
}

fn comparison_view(inputs: ComparisonInputs, view: &ColleagueView) -> Html {
    let ComparisonInputs { text, instrument, config, own, experience, topics_by_colleagues, on_topics } =
        inputs;
    let others = view.scores(instrument);
    let labels = text.chart_labels();
    let balance = balance_chart(&others, &labels, None);
    let mut topics = rank_topics(instrument, &others, experience);
    topics.truncate(SHOWN);
    let comparison = Comparison::build(instrument, &own.scores, &others);
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
    let no_gaps = comparison.blind_spots.is_empty() && comparison.hidden_strengths.is_empty();
    html! {
        <div class="lb-colleagues__view">
            <p class="lb-colleagues__count">{ count }</p>
            if view.responses < FEW_RESPONSES {
                <p class="lb-notes">{ text.view_few }</p>
            }
            <p class="lb-colleagues__indexes">{ indexes }</p>
            <h4>{ text.view_balance_heading }</h4>
            { chart_svg(ChartSvgProps { chart: &balance, summary: text.balance_summary_for(&others), class: "lb-chart--balance" }) }
            if no_gaps {
                <p>{ text.no_gaps }</p>
            }
            if !comparison.blind_spots.is_empty() {
                { gap_list(text, instrument, text.blind_spots_heading, &comparison.blind_spots) }
            }
            if !comparison.hidden_strengths.is_empty() {
                { gap_list(text, instrument, text.hidden_strengths_heading, &comparison.hidden_strengths) }
            }
            <label class="lb-option lb-colleagues__topics-toggle">
                <input type="checkbox" checked={topics_by_colleagues} onchange={on_topics} />
                <span class="lb-option__label">{ text.view_topics_toggle }</span>
            </label>
            if topics_by_colleagues {
                <h4>{ text.view_topics_heading }</h4>
                { topic_list(TopicListProps { text, config, instrument, topics: &topics }) }
            }
            <div class="lb-table-wrap">
                <table class="lb-table lb-colleagues__table">
                    <caption>{ text.view_heading }</caption>
                    <thead>
                        <tr>
                            <th scope="col">{ text.table_competency }</th>
                            <th scope="col" class="lb-table__score">{ text.view_you }</th>
                            <th scope="col" class="lb-table__score">{ text.view_others }</th>
                        </tr>
                    </thead>
                    <tbody>{ for rows }</tbody>
                </table>
            </div>
        </div>
    }
}

/// What the answers panel last said: done, or why an answer was refused.
#[derive(Clone, PartialEq)]
enum Status {
    Done(String),
    Refused(String),
}

/// Where an added answer goes: the combined view, on the device if the provider allows it.
#[derive(Clone)]
struct Keeper {
    view: UseStateHandle<Option<ColleagueView>>,
    status: UseStateHandle<Status>,
    instrument: Rc<Instrument>,
    config_id: Option<String>,
    persistence: bool,
}

impl Keeper {
    /// Counts the answer in `pasted`, or says why not; `true` when it was counted.
    fn add(&self, text: &'static Strings, pasted: &str) -> bool {
        let mut next = (*self.view).clone().unwrap_or_else(|| ColleagueView::new(&self.instrument));
        match next.add_pasted(&self.instrument, pasted) {
            Ok(()) => {
                if self.persistence {
                    colleagues::keep_view(&self.instrument, self.config_id.as_deref(), &next);
                }
                self.status.set(Status::Done(text.view_added.to_owned()));
                self.view.set(Some(next));
                true
            }
            Err(error) => {
                self.status.set(Status::Refused(text.response_error(&error)));
                false
            }
        }
    }
}

/// Both panels: asking, and what came back.
#[function_component]
pub fn Colleagues(props: &ColleaguesProps) -> Html {
    let ColleaguesProps { text, instrument, config, own, experience, instance, view } = props;
    let text: &'static Strings = text;
    let config_id = config.id.clone();
    let name = use_state(String::new);
    let topics_by_colleagues = use_state(|| false);
    let ask_status = use_state(String::new);
    let view_status = use_state(|| Status::Done(String::new()));
    let paste = use_node_ref();
    let name_field = use_node_ref();

    let request = encode_request(instrument, &name);
    let link = format!("{}{REQUEST_MARKER}{request}", environment::address_without_fragment());
    // Kept when the learner sends the link, so that opening it on this device offers a preview.
    let remember = {
        let (instrument, config_id, request, persistence) =
            (Rc::clone(instrument), config_id.clone(), request.clone(), config.persistence);
        move || {
            if persistence {
                colleagues::remember_request(&instrument, config_id.as_deref(), &request);
            }
        }
    };
    let on_name = {
        let name = name.clone();
        Callback::from(move |event: InputEvent| {
            if let Some(field) = event.target_dyn_into::<web_sys::HtmlInputElement>() {
                name.set(field.value());
            }
        })
    };
    let on_copy = {
        let (link, status, remember) = (link.clone(), ask_status.clone(), remember.clone());
        Callback::from(move |_: MouseEvent| {
            remember();
            let status = status.clone();
            clipboard::copy(&link, move |copied| {
                status.set((if copied { text.copied } else { text.copy_fallback }).to_owned());
            });
        })
    };
    let on_mail = {
        let remember = remember.clone();
        Callback::from(move |_: MouseEvent| remember())
    };
    let on_share = {
        let (link, remember) = (link.clone(), remember.clone());
        Callback::from(move |_: MouseEvent| {
            remember();
            colleagues::share(text.ask_mail_subject, text.ask_share_text, &link);
        })
    };
    let mail = mail_link("", text.ask_mail_subject, &fill(text.ask_mail_body, &[("link", &link)]));

    let keeper = Keeper {
        view: view.clone(),
        status: view_status.clone(),
        instrument: Rc::clone(instrument),
        config_id: config_id.clone(),
        persistence: config.persistence,
    };
    let on_add = {
        let (keeper, paste) = (keeper.clone(), paste.clone());
        Callback::from(move |_: MouseEvent| {
            let Some(field) = paste.cast::<web_sys::HtmlInputElement>() else { return };
            if keeper.add(text, &field.value()) {
                // The answer is combined; its link goes from the box and is kept nowhere.
                field.set_value("");
            }
        })
    };
    let on_forget = {
        let (view, status, instrument, config_id) =
            (view.clone(), view_status.clone(), Rc::clone(instrument), config_id.clone());
        Callback::from(move |_: MouseEvent| {
            colleagues::forget(&instrument, config_id.as_deref());
            view.set(None);
            status.set(Status::Done(text.view_forgotten.to_owned()));
        })
    };

    // An answer link opened on the learner's own device: counted as if pasted, then taken
    // out of the address so that a reload does not try it again.
    use_effect_with((), move |()| {
        if let Some(code) = colleagues::response_in_address() {
            keeper.add(text, &code);
            environment::clear_share_code_from_address();
        }
    });

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
                    if colleagues::can_share() {
                        <button type="button" class="lb-button lb-button--secondary" onclick={on_share}>{ text.share_button }</button>
                    }
                    <span class="lb-status lb-status--ok" aria-live="polite">{ (*ask_status).clone() }</span>
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
                <p class={classes!("lb-status", matches!(*view_status, Status::Done(_)).then_some("lb-status--ok"))} aria-live="polite">
                    { match &*view_status { Status::Done(said) | Status::Refused(said) => said.clone() } }
                </p>
            </section>
        </>
    }
}
