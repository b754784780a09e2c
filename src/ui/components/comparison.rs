//! Comparing with an earlier result: what changed, in words; and a field to paste an earlier
//! result's link.

use std::rc::Rc;

use yew::prelude::*;

use crate::model::chart::{format_change, format_score};
use crate::model::instrument::{Instrument, Track};
use crate::model::scoring::Scores;
use crate::model::share;
use crate::strings::{Strings, fill};
use crate::ui::app::use_text;
use crate::ui::state::Action;

/// The change of every index and competency since the earlier result, as a list. The charts
/// show the same with ticks; this is the text for everyone who does not read charts.
pub fn comparison(text: &Strings, instrument: &Instrument, earlier: &Scores, now: &Scores) -> Html {
    let line = |name: &str, before: Option<f64>, now: Option<f64>| -> Option<Html> {
        let (before, now) = (before?, now?);
        let sentence = fill(
            text.change_line,
            &[
                ("name", name),
                ("before", &format_score(before)),
                ("after", &format_score(now)),
                ("change", &format_change(before, now)),
            ],
        );
        Some(html! { <li>{ sentence }</li> })
    };
    let indexes = Track::ALL
        .into_iter()
        .filter_map(|track| line(text.track(track), earlier.index(track), now.index(track)));
    let competencies = instrument.competencies.iter().enumerate().filter_map(|(c, competency)| {
        let before = earlier.competencies.get(c).and_then(|s| s.value());
        let after = now.competencies.get(c).and_then(|s| s.value());
        line(&competency.name, before, after)
    });
    html! {
        <section class="lb-section lb-comparison">
            <h3>{ text.compare_heading }</h3>
            <p>{ text.compare_intro }</p>
            <ul class="lb-list lb-list--indexes">{ for indexes }</ul>
            <details>
                <summary>{ text.compare_details }</summary>
                <ul class="lb-list">{ for competencies }</ul>
            </details>
        </section>
    }
}

#[derive(Properties, PartialEq)]
pub struct ComparePasteProps {
    pub instrument: Rc<Instrument>,
    pub dispatch: Callback<Action>,
    /// Makes element ids unique when several widgets share a page.
    pub instance: usize,
}

/// "Compare with an earlier result": paste its share link.
#[function_component]
pub fn ComparePaste(props: &ComparePasteProps) -> Html {
    let text = use_text();
    let value = use_state(String::new);
    let problem = use_state(String::new);
    let oninput = {
        let value = value.clone();
        Callback::from(move |event: InputEvent| {
            let input: web_sys::HtmlInputElement = event.target_unchecked_into();
            value.set(input.value());
        })
    };
    let onclick = {
        let (value, problem, instrument, dispatch) =
            (value.clone(), problem.clone(), Rc::clone(&props.instrument), props.dispatch.clone());
        Callback::from(move |_: MouseEvent| {
            // Accept a whole link or just its code.
            let code = match value.rsplit_once('#') {
                Some((_, fragment)) => fragment.strip_prefix("lb=").unwrap_or(fragment),
                None => value.as_str(),
            };
            match share::decode(&instrument, code) {
                Ok(earlier) => {
                    problem.set(String::new());
                    dispatch.emit(Action::CompareWith(Box::new(earlier)));
                }
                Err(error) => {
                    problem.set(fill(text.compare_problem, &[("reason", text.share_error(&error))]))
                }
            }
        })
    };
    let id = format!("lb{}-compare-link", props.instance);
    html! {
        <section class="lb-section lb-compare-paste">
            <label class="lb-field__label" for={id.clone()}>{ text.compare_paste_label }</label>
            <input id={id} class="lb-field__input" type="text" value={(*value).clone()} oninput={oninput} />
            <p class="lb-share__actions">
                <button type="button" class="lb-button lb-button--secondary" onclick={onclick}>{ text.compare_button }</button>
            </p>
            <p class="lb-status" aria-live="polite">{ (*problem).clone() }</p>
        </section>
    }
}
