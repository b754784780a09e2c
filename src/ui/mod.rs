//! The widget's face: a reducer-driven Yew app ([`app`]) over pure state ([`state`]), and one
//! small component per file under [`components`].

pub mod app;
pub mod components;
pub mod saved;
pub mod state;
