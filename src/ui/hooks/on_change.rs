//! Reacting to a value's changes, but not to its first value: what the widget shows when it
//! appears is not something the learner did.

use yew::prelude::*;

/// Calls `on_change(before, now)` after every render in which `value` differs from the last
/// render's; never on the first render.
#[hook]
pub fn use_on_change<T, F>(value: T, on_change: F)
where
    T: PartialEq + Clone + 'static,
    F: FnOnce(&T, &T) + 'static,
{
    let last = use_mut_ref(|| value.clone());
    use_effect_with(value, move |now| {
        let before = std::mem::replace(&mut *last.borrow_mut(), now.clone());
        if before != *now {
            on_change(&before, now);
        }
    });
}
