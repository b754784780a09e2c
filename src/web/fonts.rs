//! The PDF's fonts (`core/fonts/*.lbfont`, see `pdf::font`), fetched once per page: when a
//! PDF is near (the results shown, or Download PDF pressed), never before, so that none of
//! their bytes delays the first statement.
//!
//! They sit beside the widget's other files: the loader names that folder on each widget's
//! container (`data-assets`); the cohort page's files are beside its own page.

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use js_sys::Uint8Array;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use web_sys::Response;

use crate::pdf::font::Fonts;
use crate::web::timing;

/// The User Timing entry of the fonts' fetch and reading (see `web::timing`); the bench
/// reports it apart from the PDF's making.
pub const FONTS_TIMING: &str = "leadership-balance:pdf-fonts";

/// The two packs, by their path from the widget's folder.
const PACKS: [&str; 2] = ["core/fonts/sans-regular.lbfont", "core/fonts/sans-bold.lbfont"];

thread_local! {
    /// The folder the widget's files are in, as the loader named it.
    static FOLDER: RefCell<Option<String>> = const { RefCell::new(None) };
    /// The fonts, once fetched and read.
    static FONTS: RefCell<Option<Rc<Fonts>>> = const { RefCell::new(None) };
    /// Whether a prefetch is under way.
    static FETCHING: Cell<bool> = const { Cell::new(false) };
}

/// Remembers where the widget's files are: the `data-assets` the loader put on `container`.
pub fn remember_folder(container: &web_sys::HtmlElement) {
    if let Some(folder) = container.get_attribute("data-assets") {
        FOLDER.with(|f| *f.borrow_mut() = Some(folder));
    }
}

/// `path`'s address: beside the widget's files, or else beside the page.
fn address(path: &str) -> String {
    let folder = FOLDER.with(|f| f.borrow().clone());
    let base = folder.or_else(|| web_sys::window()?.document()?.base_uri().ok().flatten());
    match base.and_then(|base| web_sys::Url::new_with_base(path, &base).ok()) {
        Some(url) => url.href(),
        None => path.to_owned(),
    }
}

async fn fetch(path: &str) -> Result<Vec<u8>, String> {
    let window = web_sys::window().ok_or("no window")?;
    let url = address(path);
    let response =
        JsFuture::from(window.fetch_with_str(&url)).await.map_err(|_| format!("{url}: no answer"))?;
    let response: Response = response.dyn_into().map_err(|_| format!("{url}: not a response"))?;
    if !response.ok() {
        return Err(format!("{url}: HTTP {}", response.status()));
    }
    let buffer = response.array_buffer().map_err(|_| format!("{url}: unreadable"))?;
    let buffer = JsFuture::from(buffer).await.map_err(|_| format!("{url}: cut short"))?;
    Ok(Uint8Array::new(&buffer).to_vec())
}

/// The fonts, fetched the first time they are asked for; why not, as a sentence for the log.
pub async fn fonts() -> Result<Rc<Fonts>, String> {
    if let Some(fonts) = FONTS.with(|f| f.borrow().clone()) {
        return Ok(fonts);
    }
    let started = timing::start(FONTS_TIMING);
    let regular = fetch(PACKS[0]).await?;
    let bold = fetch(PACKS[1]).await?;
    let fonts = Rc::new(Fonts::from_packs(&regular, &bold).map_err(|e| e.to_string())?);
    started.end();
    FONTS.with(|f| *f.borrow_mut() = Some(Rc::clone(&fonts)));
    Ok(fonts)
}

/// The fonts if they are here already, without waiting.
pub fn fetched() -> Option<Rc<Fonts>> {
    FONTS.with(|f| f.borrow().clone())
}

/// Starts fetching the fonts, once, so that they are here when a PDF is asked for.
pub fn prefetch() {
    if fetched().is_some() || FETCHING.with(|f| f.replace(true)) {
        return;
    }
    wasm_bindgen_futures::spawn_local(async {
        if let Err(problem) = fonts().await {
            web_sys::console::warn_1(&format!("Leadership Balance: the PDF's fonts: {problem}").into());
        }
        FETCHING.with(|f| f.set(false));
    });
}
