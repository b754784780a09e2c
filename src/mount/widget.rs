//! Mounting a widget. `web/leadership-balance.js` defines `<leadership-balance>` and, for each
//! element, calls one module's entry point (`mount` in src/bin/widget.rs, `mount_full` in
//! src/bin/full.rs) with its shadow-root container, its config text and its attributes; both
//! come here, to [`mount_with`], and everything else in the crate is reached from there.

use std::cell::RefCell;
use std::rc::Rc;

use wasm_bindgen::prelude::*;
use web_sys::{CustomEvent, CustomEventInit, HtmlElement};
use yew::{AppHandle, Callback};

use crate::config::attributes::ElementInput;
use crate::events::HostEvent;
use crate::strings::{Strings, pack};
use crate::ui::app::{App, AppProps, Setup};
use crate::ui::early_steps::EarlySteps;
use crate::ui::later::LaterViews;

/// A widget on the page; the loader keeps it to update it when the element's attributes
/// change, and to unmount it when the element goes away.
#[wasm_bindgen]
pub struct MountedWidget {
    handle: Option<AppHandle<App>>,
    container: HtmlElement,
    host: HtmlElement,
    /// How it started, for every later setup to keep.
    start: Start,
}

#[wasm_bindgen]
impl MountedWidget {
    /// Shows the widget with a new config, language or accent, as the element's attributes
    /// now say. The learner's answers are kept while the statements stay the same.
    pub fn update(
        &mut self,
        config: Option<String>,
        problem: Option<String>,
        lang: Option<String>,
        accent: Option<String>,
        language_pack: Option<String>,
    ) {
        let input = ElementInput { config, problem, lang, accent };
        let setup = setup(&self.container, &self.host, input, language_pack, &self.start);
        if let Some(handle) = &mut self.handle {
            handle.update(AppProps { setup: Rc::new(setup) });
        }
    }

    /// Removes the widget from the page.
    pub fn unmount(&mut self) {
        if let Some(handle) = self.handle.take() {
            handle.destroy();
        }
    }
}

/// Sends a host event as a bubbling, composed CustomEvent from the element.
fn dispatch(host: &HtmlElement, event: &HostEvent) {
    let init = CustomEventInit::new();
    init.set_bubbles(true);
    init.set_composed(true);
    let json = serde_json::to_string(&event.detail()).unwrap_or_default();
    let detail = js_sys::JSON::parse(&json).unwrap_or(JsValue::NULL);
    init.set_detail(&detail);
    if let Ok(custom) = CustomEvent::new_with_event_init_dict(event.name(), &init) {
        let _ = host.dispatch_event(&custom);
    }
}

/// The language table in `text` (a pack the loader fetched), read once per page however many
/// widgets use it. A pack that cannot be read is logged, and the widget speaks English.
fn read_pack(text: &str) -> Option<&'static Strings> {
    thread_local! {
        static READ: RefCell<Vec<(String, &'static Strings)>> = const { RefCell::new(Vec::new()) };
    }
    if let Some(known) = READ.with_borrow(|read| read.iter().find(|(t, _)| t == text).map(|(_, s)| *s)) {
        return Some(known);
    }
    match pack::from_pack(text) {
        Ok(strings) => {
            READ.with_borrow_mut(|read| read.push((text.to_owned(), strings)));
            Some(strings)
        }
        Err(error) => {
            web_sys::console::warn_1(&format!("Leadership Balance: {error}; showing English").into());
            None
        }
    }
}

/// The event the loader listens for to replace every widget with the crash message.
const CRASHED: &str = "leadership-balance:crashed";

/// Once per page: on a panic, log the details and tell the loader, which draws "Something went
/// wrong; your answers are kept" with a reload button in each widget. The wasm instance is
/// finished after a panic, so the message has to come from the loader's JavaScript. Only the
/// wasm module's own panic hook is set; the host page's error handlers are left alone.
fn install_panic_hook() {
    static INSTALLED: std::sync::Once = std::sync::Once::new();
    INSTALLED.call_once(|| {
        yew::set_custom_panic_hook(Box::new(|info| {
            web_sys::console::error_1(&format!("Leadership Balance stopped: {info}").into());
            if let Some(window) = web_sys::window()
                && let Ok(event) = CustomEvent::new(CRASHED)
            {
                let _ = window.dispatch_event(&event);
            }
        }));
    });
}

/// What the first module's `mount` (src/bin/widget.rs) starts a widget with: no later views,
/// the learner's steps on the loader's early pages (`early_steps`, the loader's JSON; see
/// [`EarlySteps`]), and `hand_over`, the loader's function, called with the progress file's
/// text (or `undefined`) when the results are due, for the loader to mount the full module in
/// this one's place.
pub fn first_module_start(early_steps: Option<String>, hand_over: js_sys::Function) -> Start {
    // Steps that cannot be read are logged and the widget starts on its intro: the learner
    // repeats a click or two rather than meeting an error.
    let early = early_steps
        .map(|text| {
            EarlySteps::from_loader(&text).unwrap_or_else(|why| {
                let details: Vec<String> = why.iter().map(ToString::to_string).collect();
                web_sys::console::warn_1(
                    &format!(
                        "Leadership Balance: the loader's early steps were unreadable ({})",
                        details.join("; ")
                    )
                    .into(),
                );
                EarlySteps::default()
            })
        })
        .unwrap_or_default();
    let hand_over = Callback::from(move |progress: Option<String>| {
        let progress = progress.map_or(JsValue::UNDEFINED, |text| JsValue::from_str(&text));
        if let Err(error) = hand_over.call1(&JsValue::NULL, &progress) {
            web_sys::console::error_2(
                &"Leadership Balance could not hand over to its results:".into(),
                &error,
            );
        }
    });
    Start { early, later: None, hand_over, continue_from: None }
}

/// How a widget starts, besides its element's input: what each module's entry point
/// (src/bin/widget.rs, src/bin/full.rs) gives [`mount_with`].
pub struct Start {
    /// What the learner did on the loader's early pages.
    pub early: EarlySteps,
    /// The later views this module links, if any.
    pub later: Option<&'static LaterViews>,
    /// Where the first module hands over.
    pub hand_over: Callback<Option<String>>,
    /// The progress the first module handed over.
    pub continue_from: Option<String>,
}

/// Mounts one widget into `container` (inside the element's shadow root) from the element's
/// `input`, the language pack the loader fetched (its JSON text) and `start`.
pub fn mount_with(
    container: HtmlElement,
    host: HtmlElement,
    input: ElementInput,
    language_pack: Option<String>,
    start: Start,
) -> MountedWidget {
    install_panic_hook();
    crate::web::fonts::remember_folder(&container);
    let setup = setup(&container, &host, input, language_pack, &start);
    let handle = yew::Renderer::<App>::with_root_and_props(
        container.clone().into(),
        AppProps { setup: Rc::new(setup) },
    )
    .render();
    MountedWidget { handle: Some(handle), container, host, start }
}

/// The theme's custom properties a config may set on the container.
const THEME_PROPERTIES: [&str; 5] =
    ["--lb-accent", "--lb-text", "--lb-background", "--lb-font-family", "--lb-radius"];

/// What a widget starts from, from the element's input: the checked settings (their theme
/// applied to `container`, their problems logged), the language and the host events.
fn setup(
    container: &HtmlElement,
    host: &HtmlElement,
    input: ElementInput,
    language_pack: Option<String>,
    start: &Start,
) -> Setup {
    let pack = language_pack.and_then(|text| read_pack(&text));
    let config = input.settings();
    let style = container.style();
    for name in THEME_PROPERTIES {
        let _ = style.remove_property(name);
    }
    match &config {
        Ok(settings) => {
            for (name, value) in settings.theme.custom_properties() {
                let _ = style.set_property(name, &value);
            }
        }
        Err(errors) => {
            let details: Vec<String> = errors.iter().map(ToString::to_string).collect();
            web_sys::console::error_1(
                &format!("Leadership Balance: the configuration has problems:\n{}", details.join("\n"))
                    .into(),
            );
        }
    }
    let host = host.clone();
    let on_event = Callback::from(move |event: HostEvent| dispatch(&host, &event));
    Setup {
        early: start.early,
        later: start.later,
        hand_over: start.hand_over.clone(),
        continue_from: start.continue_from.clone(),
        ..Setup::with_language_pack(config, pack, on_event)
    }
}
