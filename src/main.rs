//! The widget's entry point, built by Trunk into the page's WebAssembly.

fn main() {
    leadership_balance::web::mount::start();
}
