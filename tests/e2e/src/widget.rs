//! One widget as a learner meets it: reached through its element's shadow root, and found by
//! the visible text of headings, legends, labels and buttons, never by internal ids. Every
//! finder waits (up to [`TIMEOUT`]) for what it looks for, and copes with the moment the wasm
//! replaces the loader's early page with identical nodes, which leaves an element found an
//! instant before stale.

use std::time::{Duration, Instant};

use fantoccini::Locator;
use fantoccini::elements::{Element, ShadowRoot};

use crate::TIMEOUT;

/// One widget, reached through its element's shadow root; found by visible text, like a
/// learner would.
pub struct Widget {
    pub host: Element,
    pub root: ShadowRoot,
}

async fn trimmed_text(element: &Element) -> String {
    text_if_attached(element).await.unwrap_or_default()
}

/// Whether WebDriver refused a command because its element is no longer in the page
/// (Chromium and Firefox say "stale element reference"; WebKit's driver says the node "was not
/// found").
fn left_the_page(error: &fantoccini::error::CmdError) -> bool {
    use fantoccini::error::{CmdError, ErrorStatus};
    matches!(error, CmdError::Standard(e)
        if matches!(e.error, ErrorStatus::StaleElementReference | ErrorStatus::NoSuchElement))
}

/// The element's visible text, or None when the element has left the page since it was found:
/// the wasm replaces the loader's early intro with identical nodes, so an element found a
/// moment before may be stale by the time its text is asked for.
async fn text_if_attached(element: &Element) -> Option<String> {
    element.text().await.ok().map(|t| same_spaces(t.trim()))
}

/// WebDriver reports a no-break space (French puts one before `:` and `?`) as a plain space;
/// expected texts from the widget's tables are compared the same way.
pub fn same_spaces(text: &str) -> String {
    text.replace('\u{a0}', " ")
}

impl Widget {
    /// Waits for an element matching `css` whose visible text is `text`.
    pub async fn find(&self, css: &str, text: &str) -> Element {
        let started = Instant::now();
        loop {
            for element in self.root.find_all(Locator::Css(css)).await.unwrap_or_default() {
                if trimmed_text(&element).await == same_spaces(text) {
                    return element;
                }
            }
            assert!(started.elapsed() < TIMEOUT, "no {css} with the text {text:?}");
            tokio::time::sleep(Duration::from_millis(25)).await;
        }
    }

    /// The visible texts of everything matching `css`.
    pub async fn texts(&self, css: &str) -> Vec<String> {
        let started = Instant::now();
        'again: loop {
            let mut texts = Vec::new();
            for element in self.root.find_all(Locator::Css(css)).await.unwrap_or_default() {
                match text_if_attached(&element).await {
                    Some(text) => texts.push(text),
                    None if started.elapsed() < TIMEOUT => continue 'again,
                    None => panic!("{css} keeps leaving the page"),
                }
            }
            return texts;
        }
    }

    /// The text of the first element matching `css`, once there is one.
    pub async fn text(&self, css: &str) -> String {
        let started = Instant::now();
        loop {
            if let Ok(element) = self.root.find(Locator::Css(css)).await
                && let Some(text) = text_if_attached(&element).await
            {
                return text;
            }
            assert!(started.elapsed() < TIMEOUT, "nothing matches {css}");
            tokio::time::sleep(Duration::from_millis(25)).await;
        }
    }

    /// Clicks the button labelled `label`. The loader's early intro is replaced by the wasm's
    /// identical one, so a button found a moment earlier may have left the page by the time it
    /// is clicked; then the one now in its place is clicked.
    pub async fn click_button(&self, label: &str) {
        let started = Instant::now();
        loop {
            match self.find("button", label).await.click().await {
                Ok(()) => return,
                Err(e) if left_the_page(&e) && started.elapsed() < TIMEOUT => continue,
                Err(e) => panic!("clicking {label}: {e}"),
            }
        }
    }

    /// Waits for a page whose heading is `text`, drawn whole: not the first module's
    /// "getting your results ready" page (`aria-busy`), which carries the results' heading
    /// until the full module takes over.
    pub async fn wait_for_heading(&self, text: &str) {
        self.find("section:not([aria-busy='true']) h2", text).await;
    }

    /// Waits for a page whose heading is one of `texts` (drawn whole, as in
    /// [`Widget::wait_for_heading`]), and says which.
    pub async fn wait_for_one_heading_of(&self, texts: &[&str]) -> String {
        let started = Instant::now();
        loop {
            for element in self
                .root
                .find_all(Locator::Css("section:not([aria-busy='true']) h2"))
                .await
                .unwrap_or_default()
            {
                let text = trimmed_text(&element).await;
                if let Some(found) = texts.iter().find(|t| same_spaces(t) == text) {
                    return (*found).to_owned();
                }
            }
            assert!(started.elapsed() < TIMEOUT, "no page headed by one of {texts:?}");
            tokio::time::sleep(Duration::from_millis(25)).await;
        }
    }

    /// Starts the assessment, answers the two context questions, and waits for the first
    /// page of statements.
    pub async fn start_with_context(&self, experience: &str, reports: &str) {
        self.click_button("Start the self-assessment").await;
        self.choose("How long have you been managing people?", experience).await;
        self.choose("How many people report to you directly?", reports).await;
        self.click_button("Next").await;
        self.wait_for_heading("How often do you do this?").await;
    }

    /// The fieldsets currently shown, with their legends.
    pub async fn questions(&self) -> Vec<(String, Element)> {
        let mut questions = Vec::new();
        for fieldset in self.root.find_all(Locator::Css("fieldset")).await.unwrap_or_default() {
            if let Ok(legend) = fieldset.find(Locator::Css("legend")).await {
                questions.push((trimmed_text(&legend).await, fieldset));
            }
        }
        questions
    }

    /// Chooses the option labelled `label` in the question whose legend is `legend`. The
    /// loader's early context page is replaced by the wasm's identical one, answers kept, so a
    /// question found a moment earlier may have left the page; then it is found again.
    pub async fn choose(&self, legend: &str, label: &str) {
        let started = Instant::now();
        loop {
            for (text, fieldset) in self.questions().await {
                if text == same_spaces(legend) {
                    match try_choose_in(&fieldset, label).await {
                        Ok(()) => return,
                        Err(NotChosen::LeftThePage) if started.elapsed() < TIMEOUT => break,
                        Err(why) => why.fail(label),
                    }
                }
            }
            assert!(started.elapsed() < TIMEOUT, "no question {legend:?}");
            tokio::time::sleep(Duration::from_millis(25)).await;
        }
    }

    /// The attribute `name` of the first element matching `css`, if it has one.
    pub async fn attribute(&self, css: &str, name: &str) -> Option<String> {
        let element = self.root.find(Locator::Css(css)).await.unwrap_or_else(|e| panic!("no {css}: {e}"));
        element.attr(name).await.unwrap_or_else(|e| panic!("{css}'s {name}: {e}"))
    }

    /// The last cell of the table row whose header is `name`, within `section` (`tbody` or
    /// `tfoot`).
    pub async fn table_value(&self, section: &str, name: &str) -> String {
        for row in self.root.find_all(Locator::Css(&format!("{section} tr"))).await.unwrap_or_default() {
            let header = match row.find(Locator::Css("th")).await {
                Ok(header) => trimmed_text(&header).await,
                Err(_) => continue,
            };
            if header == name {
                let cells = row.find_all(Locator::Css("td")).await.unwrap_or_default();
                if let Some(last) = cells.last() {
                    return trimmed_text(last).await;
                }
            }
        }
        panic!("no {section} row {name:?}")
    }
}

/// Clicks the option labelled `label` inside `fieldset`.
pub async fn choose_in(fieldset: &Element, label: &str) {
    if let Err(why) = try_choose_in(fieldset, label).await {
        why.fail(label);
    }
}

/// Why an option could not be clicked.
enum NotChosen {
    NoSuchOption,
    /// The fieldset, or the option, left the page before the click.
    LeftThePage,
    Refused(fantoccini::error::CmdError),
}

impl NotChosen {
    /// Fails the test with what went wrong choosing `label`.
    fn fail(self, label: &str) -> ! {
        match self {
            NotChosen::NoSuchOption => panic!("no option {label:?}"),
            NotChosen::LeftThePage => panic!("the option {label:?} kept leaving the page"),
            NotChosen::Refused(e) => panic!("choosing {label}: {e}"),
        }
    }
}

/// Clicks the option labelled `label` in `fieldset`.
async fn try_choose_in(fieldset: &Element, label: &str) -> Result<(), NotChosen> {
    let refused = |e: fantoccini::error::CmdError| {
        if left_the_page(&e) { NotChosen::LeftThePage } else { NotChosen::Refused(e) }
    };
    for option in fieldset.find_all(Locator::Css("label")).await.map_err(refused)? {
        match text_if_attached(&option).await {
            None => return Err(NotChosen::LeftThePage),
            Some(text) if text == same_spaces(label) => return option.click().await.map_err(refused),
            Some(_) => {}
        }
    }
    Err(NotChosen::NoSuchOption)
}
