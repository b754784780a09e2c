//! "Download PDF": makes the results PDF on the device and saves it.

use std::rc::Rc;

use yew::prelude::*;

use crate::config::ProviderConfig;
use crate::model::instrument::Instrument;
use crate::model::report::Report;
use crate::pdf::{Paper, PdfInput, results_pdf};
use crate::strings::Strings;
use crate::ui::notices::Notice;
use crate::web::{download, environment, timing};

/// The User Timing entry each PDF's making is recorded under (see `web::timing`).
pub const PDF_TIMING: &str = "leadership-balance:pdf";

/// What goes into the PDF, besides the strings and the provider's settings.
pub struct PdfRequest {
    pub instrument: Rc<Instrument>,
    pub report: Rc<Report>,
    pub reflections: [String; 4],
}

/// `status` is what the button last said (empty, or that the browser would not save the
/// file); `notify` takes the next.
pub fn pdf_button(
    text: &'static Strings,
    config: &Rc<ProviderConfig>,
    request: PdfRequest,
    status: &str,
    notify: &Callback<Notice>,
) -> Html {
    let onclick = {
        let (config, notify) = (Rc::clone(config), notify.clone());
        Callback::from(move |_: MouseEvent| {
            let date = environment::today();
            let input = PdfInput {
                instrument: &request.instrument,
                report: &request.report,
                reflections: &request.reflections[..],
                strings: text,
                config: &config,
                date,
                paper: config.paper.unwrap_or_else(|| Paper::for_locale(&environment::locale())),
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
        })
    };
    html! {
        <div class="lb-pdf">
            <button type="button" class="lb-button lb-button--primary" onclick={onclick}>{ text.download_pdf }</button>
            <p class="lb-status" aria-live="polite">{ status.to_owned() }</p>
        </div>
    }
}
