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

/// The start of a piece of work that ends later (a download): [`Started::end`] records it as
/// a `performance.measure` entry called `name`.
pub struct Started {
    name: &'static str,
}

/// Marks the start of `name`.
pub fn start(name: &'static str) -> Started {
    if let Some(p) = web_sys::window().and_then(|w| w.performance()) {
        let _ = p.mark(&format!("{name}:start"));
    }
    Started { name }
}

impl Started {
    pub fn end(self) {
        if let Some(p) = web_sys::window().and_then(|w| w.performance()) {
            let start = format!("{}:start", self.name);
            let _ = p.measure_with_start_mark(self.name, &start);
            p.clear_marks_with_mark_name(&start);
        }
    }
}
