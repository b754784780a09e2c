//! The flow's behaviour beyond drawing, one custom hook per concern, so that `ui::app::Flow`
//! reads as a list of what the widget does.

mod focus_on_new_page;
mod host_events;
mod on_change;
mod saved_progress;

pub use focus_on_new_page::use_focus_on_new_page;
pub use host_events::use_host_events;
pub use on_change::use_on_change;
pub use saved_progress::{SavedProgress, use_saved_progress};
