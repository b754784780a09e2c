//! Comparing with an earlier result: what changed, in words; and a field to paste an earlier
//! result's link.

use std::rc::Rc;

use yew::prelude::*;

use crate::model::chart::{format_change, format_score};
use crate::model::instrument::{Instrument, Track};
use crate::model::share;
use crate::model::uncertainty::{Band, Bands, Change};
use crate::strings::{Strings, fill};
use crate::ui::notices::Notice;
use crate::ui::state::Action;

/// The two results to compare.
pub struct ComparisonProps<'a> {
    /// The learner's language.
    pub text: &'a Strings,
    /// The competencies' names.
    pub instrument: &'a Instrument,
    /// The earlier result's bands.
    pub earlier: &'a Bands,
    /// This result's bands.
    pub now: &'a Bands,
}

/// The change of every index and competency since the earlier result, as a list. A change is
/// called one only beyond what measurement error explains (the reliable change index); a
/// smaller one reads "about the same". The charts show the same with ticks; this is the text
/// for everyone who does not read charts.
pub fn comparison(props: ComparisonProps) -> Html {
    let ComparisonProps { text, instrument, earlier, now } = props;
    let line = |name: &str, before: Option<Band>, now: Option<Band>| -> Option<Html> {
        let (before, now) = (before?, now?);
        let values = [
            ("name", name),
            ("before", &format_score(before.value)),
            ("after", &format_score(now.value)),
            ("change", &format_change(before.value, now.value)),
        ];
        let sentence = match Change::between(before, now) {
            Change::AboutTheSame => fill(text.change_same, &values),
            Change::Up | Change::Down => fill(text.change_line, &values),
        };
        Some(html! { <li>{ sentence }</li> })
    };
    let indexes = Track::ALL
        .into_iter()
        .filter_map(|track| line(text.track(track), earlier.index(track), now.index(track)));
    let competencies = instrument.competencies.iter().enumerate().filter_map(|(c, competency)| {
        let before = earlier.competencies.get(c).copied().flatten();
        let after = now.competencies.get(c).copied().flatten();
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

/// The field for an earlier result's link, and what the last try said.
pub struct ComparePasteProps<'a> {
    /// The learner's language.
    pub text: &'static Strings,
    /// The statements a pasted code must have been made with.
    pub instrument: &'a Rc<Instrument>,
    /// Where a readable earlier result goes.
    pub dispatch: &'a Callback<Action>,
    /// Makes element ids unique when several widgets share a page.
    pub instance: usize,
    /// Why the last pasted link could not be compared; empty when it could.
    pub problem: &'a str,
    /// Takes the next problem, or an empty one after a success.
    pub notify: &'a Callback<Notice>,
}

/// "Compare with an earlier result": paste its share link. The field is read when the
/// button is pressed, so typing into it re-renders nothing.
pub fn compare_paste(props: ComparePasteProps) -> Html {
    let ComparePasteProps { text, instrument, dispatch, instance, problem, notify } = props;
    let field = NodeRef::default();
    let onclick = {
        let (instrument, dispatch, notify, field) =
            (Rc::clone(instrument), dispatch.clone(), notify.clone(), field.clone());
        Callback::from(move |_: MouseEvent| {
            let value =
                field.cast::<web_sys::HtmlInputElement>().map(|field| field.value()).unwrap_or_default();
            // Accept a whole link or just its code.
            let code = match value.rsplit_once('#') {
                Some((_, fragment)) => fragment.strip_prefix("lb=").unwrap_or(fragment),
                None => value.as_str(),
            };
            match share::decode(&instrument, code) {
                Ok(earlier) => {
                    notify.emit(Notice::Compare(String::new()));
                    dispatch.emit(Action::CompareWith(Box::new(earlier)));
                }
                Err(error) => notify.emit(Notice::Compare(fill(
                    text.compare_problem,
                    &[("reason", text.share_error(&error))],
                ))),
            }
        })
    };
    let id = format!("lb{instance}-compare-link");
    html! {
        <section class="lb-section lb-compare-paste">
            <label class="lb-field__label" for={id.clone()}>{ text.compare_paste_label }</label>
            <input id={id} ref={field} class="lb-field__input" type="text" />
            <p class="lb-share__actions">
                <button type="button" class="lb-button lb-button--secondary" onclick={onclick}>{ text.compare_button }</button>
            </p>
            <p class="lb-status" aria-live="polite">{ problem.to_owned() }</p>
        </section>
    }
}
