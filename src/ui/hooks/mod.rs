//! Behaviour beyond drawing, one custom hook per concern, so that `ui::app::Flow` reads as a
//! list of what the widget does, and the views only draw.

mod colleague_panels;
mod focus_on_new_page;
mod host_events;
mod on_change;
mod saved_progress;

pub use colleague_panels::{ColleaguePanels, Status, use_colleague_panels};
pub use focus_on_new_page::use_focus_on_new_page;
pub use host_events::use_host_events;
pub use on_change::use_on_change;
pub use saved_progress::{SavedProgress, Saving, use_saved_progress};
