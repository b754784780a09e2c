//! What the results page's buttons do. The views (`pdf_button`, `share_panel`) draw and report
//! a press; the work behind it lives here: making the PDF and saving it, copying the result
//! link, and reading the page's address to build that link. [`ResultsEffects::for_page`] is
//! called where the later views are reached (`ui::later`), so the first module, which links
//! none of this, stays small.

use std::rc::Rc;

use yew::prelude::*;

use crate::pdf::{Paper, PdfInput, results_pdf};
use crate::strings::Strings;
use crate::ui::components::results::ResultsProps;
use crate::ui::notices::Notice;
use crate::web::{clipboard, download, environment, fonts, timing};

/// The User Timing entry each PDF's making is recorded under (see `web::timing`); the bench
/// reads it.
pub const PDF_TIMING: &str = "leadership-balance:pdf";

/// The results page's effects, as callbacks for its views.
pub struct ResultsEffects {
    /// The result link: this page's address with the share code in its fragment.
    pub share_link: String,
    /// Copies the result link; the view passes its field, which is selected for copying by
    /// hand where the browser refuses the clipboard.
    pub on_copy_link: Callback<NodeRef>,
    /// Makes the PDF of what the page shows and saves it.
    pub on_download_pdf: Callback<MouseEvent>,
}

impl ResultsEffects {
    /// The effects for the page `view` draws.
    pub fn for_page(view: &ResultsProps) -> ResultsEffects {
        // The PDF's fonts come while the learner reads, so that Download PDF rarely waits.
        fonts::prefetch();
        let share_link =
            format!("{}#lb={}", environment::address_without_fragment(), view.assessment.share_code());
        ResultsEffects {
            on_copy_link: copy_link(view.text, share_link.clone(), view.notify.clone()),
            share_link,
            on_download_pdf: download_pdf(view),
        }
    }
}

fn copy_link(text: &'static Strings, link: String, notify: Callback<Notice>) -> Callback<NodeRef> {
    Callback::from(move |field: NodeRef| {
        // Found now, while the click is being handled: the copy settles later.
        let field = field.cast::<web_sys::HtmlInputElement>();
        let notify = notify.clone();
        clipboard::copy(&link, move |copied| {
            if copied {
                notify.emit(Notice::Share(text.copied.to_owned()));
            } else {
                if let Some(field) = &field {
                    clipboard::select(field);
                }
                notify.emit(Notice::Share(text.copy_fallback.to_owned()));
            }
        });
    })
}

fn download_pdf(view: &ResultsProps) -> Callback<MouseEvent> {
    let text = view.text;
    let (config, notify) = (Rc::clone(view.config), view.notify.clone());
    let (instrument, report) = (Rc::clone(&view.assessment.instrument), Rc::clone(&view.report));
    let reflections = view.assessment.reflections.clone();
    let colleagues = (**view.colleagues).clone();
    let errors = Rc::clone(view.errors);
    Callback::from(move |_: MouseEvent| {
        if fonts::fetched().is_none() {
            notify.emit(Notice::Pdf(text.pdf_preparing.to_owned()));
        }
        let (config, notify, instrument, report) =
            (Rc::clone(&config), notify.clone(), Rc::clone(&instrument), Rc::clone(&report));
        let (reflections, colleagues, errors) = (reflections.clone(), colleagues.clone(), Rc::clone(&errors));
        wasm_bindgen_futures::spawn_local(async move {
            let fonts = match fonts::fonts().await {
                Ok(fonts) => fonts,
                Err(problem) => {
                    web_sys::console::error_1(
                        &format!("Leadership Balance: the PDF's fonts: {problem}").into(),
                    );
                    notify.emit(Notice::Pdf(text.pdf_fonts_failed.to_owned()));
                    return;
                }
            };
            let date = environment::today();
            let learner = crate::web::lms::name_for_pdf(&config);
            let input = PdfInput {
                instrument: &instrument,
                report: &report,
                reflections: &reflections[..],
                colleagues: colleagues.as_ref().filter(|view| view.responses > 0),
                strings: text,
                config: &config,
                errors: &errors,
                date,
                paper: config.paper.unwrap_or_else(|| Paper::for_locale(&environment::locale())),
                fonts: &fonts,
                learner: learner.as_deref(),
            };
            let bytes = timing::measure(PDF_TIMING, || results_pdf(&input));
            match download::save(&bytes, &date.file_name(), "application/pdf") {
                Ok(()) => notify.emit(Notice::Pdf(String::new())),
                Err(error) => {
                    web_sys::console::error_1(
                        &format!("Leadership Balance: PDF download failed: {error}").into(),
                    );
                    notify.emit(Notice::Pdf(text.pdf_failed.to_owned()));
                }
            }
        });
    })
}
