//! The root component: loads the instrument, holds the state, and shows the current step.

use std::rc::Rc;
use std::sync::atomic::{AtomicUsize, Ordering};

use yew::prelude::*;

use crate::model::instrument::Instrument;
use crate::strings::{ENGLISH, Strings};
use crate::ui::components::{
    context_page::ContextPage, intro::Intro, load_error::LoadError, results::Results,
    statements_page::StatementsPage,
};
use crate::ui::state::{Action, Assessment, Step};
use crate::web::focus::focus;

/// Numbers each widget on the page, so that radio groups of two widgets never share a name.
static INSTANCES: AtomicUsize = AtomicUsize::new(0);

/// The strings every component reads, handed down as context.
#[derive(Clone, Copy, Debug)]
pub struct Text(pub &'static Strings);

impl PartialEq for Text {
    fn eq(&self, other: &Self) -> bool {
        std::ptr::eq(self.0, other.0)
    }
}

/// The strings of the widget this component is in.
#[hook]
pub fn use_text() -> &'static Strings {
    use_context::<Text>().map_or(&ENGLISH, |text| text.0)
}

/// The whole widget.
#[function_component]
pub fn App() -> Html {
    let loaded = use_memo((), |_| Instrument::builtin().map(Rc::new));
    let text = Text(&ENGLISH);
    let body = match &*loaded {
        Ok(instrument) => html! { <Flow instrument={Rc::clone(instrument)} /> },
        Err(error) => html! { <LoadError details={error.to_string()} /> },
    };
    html! {
        <ContextProvider<Text> context={text}>
            <div class="lb" lang="en">{ body }</div>
        </ContextProvider<Text>>
    }
}

#[derive(Properties, PartialEq)]
struct FlowProps {
    instrument: Rc<Instrument>,
}

/// The learner's path, one step at a time.
#[function_component]
fn Flow(props: &FlowProps) -> Html {
    let state = use_reducer_eq({
        let instrument = Rc::clone(&props.instrument);
        move || Assessment::new(instrument)
    });
    let instance = use_memo((), |_| INSTANCES.fetch_add(1, Ordering::Relaxed));
    let heading = use_node_ref();

    // Each new step moves focus to its heading, so keyboard and screen-reader users start at
    // the top of what changed. Not on the first render: the widget must not grab focus from
    // the host page before the learner acts.
    let first_render = use_mut_ref(|| true);
    use_effect_with(state.step, {
        let heading = heading.clone();
        move |_| {
            if std::mem::replace(&mut *first_render.borrow_mut(), false) {
                return;
            }
            focus(&heading);
        }
    });

    let dispatch = {
        let state = state.clone();
        Callback::from(move |action: Action| state.dispatch(action))
    };
    // Components take an `Rc` so that an unchanged state skips their render.
    let assessment = Rc::new((*state).clone());
    match state.step {
        Step::Intro => html! {
            <Intro heading={heading} statements={assessment.order.len()} on_start={dispatch.reform(|_| Action::Start)} />
        },
        Step::Context => {
            html! { <ContextPage heading={heading} instance={*instance} assessment={assessment} dispatch={dispatch} /> }
        }
        Step::Statements { page } => html! {
            <StatementsPage heading={heading} page={page} instance={*instance} assessment={assessment} dispatch={dispatch} />
        },
        Step::Results => {
            html! { <Results heading={heading} instance={*instance} assessment={assessment} dispatch={dispatch} /> }
        }
    }
}
