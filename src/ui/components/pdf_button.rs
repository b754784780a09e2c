//! "Download PDF": makes the results PDF on the device and saves it.

use std::rc::Rc;

use yew::prelude::*;

use crate::config::ProviderConfig;
use crate::model::colleague::ColleagueView;
use crate::model::instrument::Instrument;
use crate::model::report::Report;
use crate::pdf::{Paper, PdfInput, results_pdf};
use crate::strings::Strings;
use crate::ui::notices::Notice;
use crate::web::{download, environment, timing};

/// The User Timing entry each PDF's making is recorded under (see `web::timing`).
pub const PDF_TIMING: &str = "leadership-balance:pdf";

/// What goes into the PDF, and what the button last said.
pub struct PdfButtonProps<'a> {
    /// The learner's language, which the PDF speaks too.
    pub text: &'static Strings,
    /// The provider's name, courses, sections and paper size.
    pub config: &'a Rc<ProviderConfig>,
    /// The statements and competencies the report speaks of.
    pub instrument: Rc<Instrument>,
    /// The result to print.
    pub report: Rc<Report>,
    /// The learner's reflection notes.
    pub reflections: [String; 4],
    /// What colleagues said, combined, if anything.
    pub colleagues: Option<ColleagueView>,
    /// Empty, or that the browser would not save the file.
    pub status: &'a str,
    /// Takes what the button says next.
    pub notify: &'a Callback<Notice>,
}

/// Download PDF, and what happened when it was pressed.
pub fn pdf_button(props: PdfButtonProps) -> Html {
    let PdfButtonProps { text, config, instrument, report, reflections, colleagues, status, notify } = props;
    let onclick = {
        let (config, notify) = (Rc::clone(config), notify.clone());
        Callback::from(move |_: MouseEvent| {
            let date = environment::today();
            let input = PdfInput {
                instrument: &instrument,
                report: &report,
                reflections: &reflections[..],
                colleagues: colleagues.as_ref().filter(|view| view.responses > 0),
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
