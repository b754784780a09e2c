//! Moving focus to each new page's heading, so that keyboard and screen-reader users start at
//! the top of what changed.

use yew::prelude::*;

use super::use_on_change;
use crate::ui::state::Step;
use crate::web::focus::focus;

/// On every change of `step` (never on the first render: the widget must not take focus from
/// the host page before the learner acts), calls `on_new_page` and focuses `heading`.
#[hook]
pub fn use_focus_on_new_page(step: Step, heading: NodeRef, on_new_page: Callback<()>) {
    use_on_change(step, move |_, _| {
        on_new_page.emit(());
        focus(&heading);
    });
}
