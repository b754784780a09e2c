//! The widget's face: a reducer-driven Yew app and one small component per file.

pub mod state;
