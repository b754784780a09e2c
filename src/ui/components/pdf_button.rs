//! "Download PDF": makes the results PDF on the device and saves it.

use std::rc::Rc;

use yew::prelude::*;

use crate::model::instrument::Instrument;
use crate::model::report::Report;
use crate::pdf::{Paper, PdfInput, results_pdf};
use crate::ui::app::{use_config, use_text};
use crate::web::{download, environment, timing};

/// The User Timing entry each PDF's making is recorded under (see `web::timing`).
pub const PDF_TIMING: &str = "leadership-balance:pdf";

#[derive(Properties, PartialEq)]
pub struct PdfButtonProps {
    pub instrument: Rc<Instrument>,
    pub report: Rc<Report>,
    pub reflections: Rc<[String; 4]>,
}

#[function_component]
pub fn PdfButton(props: &PdfButtonProps) -> Html {
    let text = use_text();
    let config = use_config();
    let status = use_state(String::new);
    let onclick = {
        let (instrument, report, reflections) =
            (Rc::clone(&props.instrument), Rc::clone(&props.report), Rc::clone(&props.reflections));
        let status = status.clone();
        let config = Rc::clone(&config);
        Callback::from(move |_: MouseEvent| {
            let date = environment::today();
            let input = PdfInput {
                instrument: &instrument,
                report: &report,
                reflections: &reflections[..],
                strings: text,
                config: &config,
                date,
                paper: config.paper.unwrap_or_else(|| Paper::for_locale(&environment::locale())),
            };
            let bytes = timing::measure(PDF_TIMING, || results_pdf(&input));
            match download::save(&bytes, &date.file_name(), "application/pdf") {
                Ok(()) => status.set(String::new()),
                Err(error) => {
                    web_sys::console::error_1(
                        &format!("Leadership Balance: PDF download failed: {error}").into(),
                    );
                    status.set(text.pdf_failed.to_owned());
                }
            }
        })
    };
    html! {
        <div class="lb-pdf">
            <button type="button" class="lb-button lb-button--primary" onclick={onclick}>{ text.download_pdf }</button>
            <p class="lb-status" aria-live="polite">{ (*status).clone() }</p>
        </div>
    }
}
