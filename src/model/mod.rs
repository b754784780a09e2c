//! Pure logic: the instrument, scoring, advice and chart geometry. Nothing in here touches the
//! browser, so `cargo test` checks all of it natively, in milliseconds.

pub mod answers;
pub mod chart;
pub mod codec;
pub mod colleague;
#[cfg(test)]
pub(crate) mod fixtures;
pub mod instrument;
pub mod instrument_shape;
pub mod ordering;
pub mod profile;
pub mod quality;
pub mod report;
pub mod scoring;
pub mod second_stage;
pub mod share;
pub mod topics;
pub mod uncertainty;
