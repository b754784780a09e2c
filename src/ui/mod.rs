//! The widget's face: a reducer-driven Yew app ([`app`]) over pure state ([`state`], and the
//! buttons' [`notices`]), and one view per file under [`components`].

pub mod app;
pub mod cohort;
pub mod colleague_flow;
pub mod components;
pub mod early_steps;
pub mod hooks;
pub mod later;
pub mod notices;
pub mod progress;
pub mod results_effects;
pub mod state;
