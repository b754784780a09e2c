//! Browser glue: the only code that reaches past Yew into the DOM. Keeping it here means the
//! rest of the crate can be read (and mostly tested) without a browser in mind.

pub mod clipboard;
pub mod colleagues;
pub mod download;
pub mod environment;
pub mod focus;
pub mod fonts;
pub mod kept_cohort;
pub mod lms;
pub mod storage;
pub mod timing;
