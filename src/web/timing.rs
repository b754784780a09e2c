//! User Timing entries, so that how long the widget's own work takes shows in a provider's
//! DevTools (Performance panel) and in `cargo xtask bench`, without any timer in the tests.

/// Runs `work` and records it as a `performance.measure` entry called `name`. Where the
/// browser has no Performance API the work simply runs.
pub fn measure<T>(name: &str, work: impl FnOnce() -> T) -> T {
    let performance = web_sys::window().and_then(|w| w.performance());
    let start = format!("{name}:start");
    if let Some(p) = &performance {
        let _ = p.mark(&start);
    }
    let result = work();
    if let Some(p) = &performance {
        let _ = p.measure_with_start_mark(name, &start);
        p.clear_marks_with_mark_name(&start);
    }
    result
}
