//! The whole assessment with the keyboard alone: Tab, Space, the arrow keys, the digit keys
//! and Enter, on the release bundle's demo page, in Chromium (the flow is in
//! `e2e::flows::keyboard_only`; `tests/engines.rs` runs it in Firefox and WebKit).

use e2e::{Engine, flows};

#[tokio::test]
async fn the_whole_flow_works_with_the_keyboard_alone() {
    flows::keyboard_only(Engine::Chromium).await;
}
