//! A question with native radio buttons in a fieldset: the pattern that works with every
//! screen reader, keyboard and phone, unlike custom widgets or matrix grids.

use yew::prelude::*;

use crate::web::focus::focus;

/// What a question shows and where its choice goes.
pub struct ChoiceGroupProps {
    /// The question; it names the radio group.
    pub legend: AttrValue,
    /// The radio group's `name`, unique on the page.
    pub name: AttrValue,
    /// The options' labels, in order.
    pub options: Vec<AttrValue>,
    /// Index of the chosen option, if any.
    pub selected: Option<usize>,
    /// Where the index of a newly chosen option goes.
    pub on_select: Callback<usize>,
    /// Marks the group as still needing an answer after the learner pressed Next.
    pub missing: bool,
    /// When set, the keys 1 to N choose the first N options while focus is in the group.
    pub digit_keys: usize,
    /// Extra class for the options' layout, or "".
    pub class: &'static str,
}

/// A question as a fieldset of radio buttons.
pub fn choice_group(props: ChoiceGroupProps) -> Html {
    // Made anew on each render: yew points each at the input it is rendered on.
    let inputs: Vec<NodeRef> = props.options.iter().map(|_| NodeRef::default()).collect();
    let onkeydown = {
        let (on_select, digit_keys, inputs) = (props.on_select.clone(), props.digit_keys, inputs.clone());
        Callback::from(move |event: KeyboardEvent| {
            let Some(index) = digit_index(&event.key(), digit_keys) else {
                return;
            };
            event.prevent_default();
            on_select.emit(index);
            // Focus follows the choice, so the arrow keys carry on from where the learner is.
            if let Some(input) = inputs.get(index) {
                focus(input);
            }
        })
    };
    let options = props.options.iter().enumerate().map(|(index, label)| {
        let on_select = props.on_select.clone();
        html! {
            <label class="lb-option">
                <input
                    ref={inputs[index].clone()}
                    type="radio"
                    name={props.name.clone()}
                    value={index.to_string()}
                    data-index={index.to_string()}
                    checked={props.selected == Some(index)}
                    onchange={Callback::from(move |_: Event| on_select.emit(index))}
                />
                <span class="lb-option__label">{ label.clone() }</span>
            </label>
        }
    });
    html! {
        <fieldset
            class={classes!("lb-choice", props.missing.then_some("lb-choice--missing"))}
            aria-invalid={props.missing.then_some("true")}
            onkeydown={onkeydown}
        >
            <legend class="lb-choice__legend">{ props.legend }</legend>
            <div class={classes!("lb-choice__options", props.class)}>{ for options }</div>
        </fieldset>
    }
}

/// A callback for `on_select` that translates the option index with `pick` and passes it on;
/// an index `pick` does not know is dropped rather than trusted.
pub fn on_pick<T: 'static>(
    target: &Callback<T>,
    pick: impl Fn(usize) -> Option<T> + 'static,
) -> Callback<usize> {
    let target = target.clone();
    Callback::from(move |index| {
        if let Some(value) = pick(index) {
            target.emit(value);
        }
    })
}

/// The option a digit key picks: "1" is the first option. Other keys pick nothing.
fn digit_index(key: &str, digit_keys: usize) -> Option<usize> {
    let digit: usize = key.parse().ok()?;
    (1..=digit_keys).contains(&digit).then(|| digit - 1)
}

#[cfg(test)]
mod tests {
    use super::digit_index;

    #[test]
    fn digits_pick_options_within_range_only() {
        assert_eq!(digit_index("1", 5), Some(0));
        assert_eq!(digit_index("5", 5), Some(4));
        assert_eq!(digit_index("6", 5), None);
        assert_eq!(digit_index("0", 5), None);
        assert_eq!(digit_index("a", 5), None);
        assert_eq!(digit_index("3", 0), None);
    }
}
