//! The first screen: what the assessment measures, how long it takes, and the privacy promise.

use yew::prelude::*;

use crate::config::ProviderConfig;
use crate::strings::{Strings, fill};

/// Seconds a learner needs per statement, on average, for the time estimate.
const SECONDS_PER_STATEMENT: usize = 10;

/// What the intro shows and where its buttons lead.
pub struct IntroProps<'a> {
    /// The learner's language.
    pub text: &'a Strings,
    /// The provider's name and intro text, and whether saving is on.
    pub config: &'a ProviderConfig,
    /// Receives focus when the learner comes back here.
    pub heading: NodeRef,
    /// How many statements the instrument has, for the time estimate.
    pub statements: usize,
    /// Start, when no saved progress is offered.
    pub on_start: Callback<MouseEvent>,
    /// How many answers saved progress holds, when it is offered.
    pub offered: Option<usize>,
    /// Continue the saved progress.
    pub on_resume: Callback<MouseEvent>,
    /// Decline the saved progress and start afresh.
    pub on_start_over: Callback<MouseEvent>,
    /// Saving is wanted but the browser refuses storage: say so, once, here.
    pub storage_blocked: bool,
    /// Why a share link in the address could not be opened.
    pub link_problem: Option<String>,
}

/// The time estimate, in whole minutes, for `statements` statements.
pub fn minutes_for(statements: usize) -> usize {
    (statements * SECONDS_PER_STATEMENT).div_ceil(60).max(1)
}

/// The intro: what is measured, how long it takes, where the answers stay, and Start.
pub fn intro(props: IntroProps) -> Html {
    let IntroProps { text, config, .. } = props;
    let eyebrow = config.provider.name.clone().unwrap_or_else(|| text.app_title.to_owned());
    let body = config.intro.clone().unwrap_or_else(|| text.intro_body.to_owned());
    let minutes = minutes_for(props.statements);
    html! {
        // Keyed per step, so that each step is a new element and its entrance animation runs.
        <section key="intro" class="lb-page lb-intro">
            <p class="lb-eyebrow">{ eyebrow }</p>
            <h2 class="lb-heading" tabindex="-1" ref={props.heading}>{ text.intro_heading }</h2>
            <p>{ body }</p>
            <p class="lb-meta">{ fill(text.intro_duration, &[("statements", &props.statements.to_string()), ("minutes", &minutes.to_string())]) }</p>
            <div class="lb-privacy">
                <p>{ text.privacy_promise }</p>
                <details>
                    <summary>{ text.privacy_details_summary }</summary>
                    <p>{ if config.persistence && !props.storage_blocked { text.privacy_details } else { text.privacy_details_off } }</p>
                </details>
            </div>
            if let Some(problem) = &props.link_problem {
                <p class="lb-notice" role="alert">{ fill(text.link_problem, &[("reason", problem)]) }</p>
            }
            if props.storage_blocked {
                <p class="lb-notice">{ text.storage_unavailable }</p>
            }
            if let Some(answered) = props.offered {
                <p>{ fill(text.welcome_back, &[("answered", &answered.to_string()), ("total", &props.statements.to_string())]) }</p>
                <div class="lb-nav lb-nav--start">
                    <button type="button" class="lb-button lb-button--primary" onclick={props.on_resume}>{ text.continue_saved }</button>
                    <button type="button" class="lb-button lb-button--secondary" onclick={props.on_start_over}>{ text.start_over }</button>
                </div>
            } else {
                <button type="button" class="lb-button lb-button--primary" onclick={props.on_start}>{ text.start }</button>
            }
        </section>
    }
}

/// The loader (`web/leadership-balance.js`) draws this intro, and after Start the context page
/// (`context_page.rs`), itself before the wasm arrives, so it carries their English words,
/// where the other languages' words sit in their packs, and the built-in instrument's time
/// estimate. This test writes them there and fails when they are stale:
/// `LB_UPDATE_PACKS=1 cargo test packs` rewrites them with the packs.
/// (Natively only: it reads the loader from disk.)
#[cfg(test)]
#[cfg(not(target_arch = "wasm32"))]
mod tests {
    use super::*;
    use crate::model::instrument::Instrument;
    use crate::strings::{ENGLISH, pack};
    use crate::ui::state::PAGE_SIZE;

    /// The words the early pages use, by their field names in [`Strings`].
    const EARLY_FIELDS: [&str; 29] = [
        "app_title",
        "intro_heading",
        "intro_body",
        "intro_duration",
        "privacy_promise",
        "privacy_details_summary",
        "privacy_details",
        "privacy_details_off",
        "start",
        "preparing",
        "forget",
        "forgotten",
        "context_heading",
        "experience_question",
        "experience_options",
        "reports_question",
        "reports_options",
        "context_missing",
        "statements_heading",
        "statements_hint",
        "progress",
        "statement_counter",
        "scale",
        "no_chance_yet",
        "missing_one",
        "missing_many",
        "and",
        "back",
        "next",
    ];
    const BEGIN: &str = "// BEGIN EARLY WORDS\n";
    const END: &str = "// END EARLY WORDS\n";

    fn generated_block() -> String {
        let texts = pack::texts(&ENGLISH);
        let mut words = serde_json::Map::new();
        let mut fields = serde_json::Map::new();
        for field in EARLY_FIELDS {
            // A list (the options) is every text of that name, in order.
            let places: Vec<usize> =
                texts.iter().enumerate().filter(|(_, (name, _))| *name == field).map(|(i, _)| i).collect();
            assert!(!places.is_empty(), "{field} is a field of the table");
            let (word, place): (serde_json::Value, serde_json::Value) = match places[..] {
                [one] => (texts[one].1.into(), one.into()),
                _ => (places.iter().map(|&i| texts[i].1).collect(), places.clone().into()),
            };
            words.insert(field.to_owned(), word);
            fields.insert(field.to_owned(), place);
        }
        let instrument = Instrument::builtin().expect("the built-in instrument");
        let statements = instrument.statements.len();
        // The first page of statements as the widget shows it: each statement's id (by which
        // a language's pack names it) and its English text.
        let first_page: Vec<[&str; 2]> = instrument
            .presentation_order()
            .into_iter()
            .take(PAGE_SIZE)
            .map(|i| [instrument.statements[i].id.as_str(), instrument.statements[i].text.as_str()])
            .collect();
        let json =
            |map: serde_json::Map<String, serde_json::Value>| serde_json::Value::Object(map).to_string();
        format!(
            "{BEGIN}// Generated from src/strings/ by `LB_UPDATE_PACKS=1 cargo test packs` (the test in\n\
             // src/ui/components/intro.rs); do not edit by hand.\n\
             const EARLY_WORDS = {};\nconst EARLY_FIELDS = {};\nconst EARLY_FIRST_PAGE = {};\n\
             const EARLY_STATEMENTS = {statements};\nconst EARLY_MINUTES = {};\n{END}",
            json(words),
            json(fields),
            serde_json::to_string(&first_page).expect("texts as JSON"),
            minutes_for(statements),
        )
    }

    #[test]
    fn the_loaders_early_words_match_the_tables_and_packs() {
        let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("web/leadership-balance.js");
        let loader = std::fs::read_to_string(&path).expect("the loader");
        let start = loader.find(BEGIN).expect("the loader has the BEGIN marker");
        let end = loader.find(END).expect("the loader has the END marker") + END.len();
        let expected = generated_block();
        if std::env::var_os("LB_UPDATE_PACKS").is_some() {
            let updated = format!("{}{expected}{}", &loader[..start], &loader[end..]);
            std::fs::write(&path, updated).expect("the loader written");
        } else {
            assert!(
                loader[start..end] == expected,
                "the loader's early words are stale; run `LB_UPDATE_PACKS=1 cargo test packs` and commit"
            );
        }
    }

    #[test]
    fn the_estimate_rounds_up_to_whole_minutes() {
        assert_eq!(minutes_for(48), 8);
        assert_eq!(minutes_for(7), 2);
        assert_eq!(minutes_for(0), 1);
    }
}
