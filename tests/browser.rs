//! Browser tests: the real components, mounted in headless Chromium by wasm-bindgen-test,
//! clicked and typed into through the DOM.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic, reason = "a test stops where it fails")]
#![cfg(target_arch = "wasm32")]

use std::cell::RefCell;
use std::rc::Rc;

use leadership_balance::config::ProviderConfig;
use leadership_balance::events::HostEvent;
use leadership_balance::model::answers::{Answer, AnswerSheet, Frequency};
use leadership_balance::model::chart::{ChartLabels, balance_chart, competency_chart};
use leadership_balance::model::instrument::Instrument;
use leadership_balance::model::scoring::Scores;
use leadership_balance::persistence::Progress;
use leadership_balance::strings::pack;
use leadership_balance::ui::app::{App, AppProps, Setup};
use leadership_balance::ui::components::chart_svg::{ChartSvgProps, chart_svg};
use leadership_balance::ui::components::load_error::{LoadErrorProps, load_error};
use wasm_bindgen::JsCast;
use wasm_bindgen_test::{wasm_bindgen_test, wasm_bindgen_test_configure};
use web_sys::{Element, HtmlElement, HtmlInputElement, HtmlTextAreaElement};
use yew::{Callback, Html, Properties, function_component};

wasm_bindgen_test_configure!(run_in_browser);

fn document() -> web_sys::Document {
    web_sys::window().and_then(|w| w.document()).expect("a document")
}

/// A fresh host element in the page body.
fn host() -> Element {
    let host = document().create_element("div").expect("a div");
    document().body().expect("a body").append_child(&host).expect("appended");
    host
}

async fn mount_app() -> Element {
    mount_with(Setup::standalone()).await
}

async fn mount_with(setup: Setup) -> Element {
    // Every test starts on a device that remembers nothing.
    if let Some(storage) = web_sys::window().and_then(|w| w.local_storage().ok().flatten()) {
        storage.clear().expect("storage cleared");
    }
    let root = host();
    let props = AppProps { setup: Rc::new(setup) };
    yew::Renderer::<App>::with_root_and_props(root.clone(), props).render();
    yew::scheduler::flush().await;
    root
}

/// A widget with `config`, whose host events are recorded.
async fn mount_configured(config: &str) -> (Element, Rc<RefCell<Vec<HostEvent>>>) {
    let events = Rc::new(RefCell::new(Vec::new()));
    let record = {
        let events = Rc::clone(&events);
        Callback::from(move |event| events.borrow_mut().push(event))
    };
    let root = mount_with(Setup::new(ProviderConfig::from_json(config), record)).await;
    (root, events)
}

/// Answers every page at "Sometimes" and opens the results.
async fn complete(root: &Element) {
    complete_answering(root, "Sometimes").await;
}

/// Answers every statement with `label` and opens the results, declining a few more
/// statements if they are offered.
async fn complete_answering(root: &Element, label: &str) {
    answer_first_stage(root, label).await;
    if heading(root) == "A few more statements?" {
        click_button(root, "Skip, show my result").await;
    }
}

fn all(root: &Element, selector: &str) -> Vec<Element> {
    let list = root.query_selector_all(selector).expect("a valid selector");
    (0..list.length()).filter_map(|i| list.item(i)?.dyn_into::<Element>().ok()).collect()
}

fn one(root: &Element, selector: &str) -> Element {
    root.query_selector(selector)
        .expect("a valid selector")
        .unwrap_or_else(|| panic!("nothing matches {selector}"))
}

fn text(element: &Element) -> String {
    element.text_content().unwrap_or_default().trim().to_owned()
}

fn heading(root: &Element) -> String {
    text(&one(root, "h2"))
}

async fn click_button(root: &Element, label: &str) {
    let button = all(root, "button")
        .into_iter()
        .find(|b| text(b) == label)
        .unwrap_or_else(|| panic!("no button {label}"));
    button.unchecked_into::<HtmlElement>().click();
    yew::scheduler::flush().await;
}

/// Clicks the radio labelled `label` inside `group`.
async fn choose(group: &Element, label: &str) {
    let option = all(group, "label")
        .into_iter()
        .find(|l| text(l) == label)
        .unwrap_or_else(|| panic!("no option {label}"));
    one(&option, "input").unchecked_into::<HtmlElement>().click();
    yew::scheduler::flush().await;
}

async fn to_first_statement_page(root: &Element) {
    click_button(root, "Start the self-assessment").await;
    let groups = all(root, "fieldset");
    choose(&groups[0], "1–3 years").await;
    choose(&groups[1], "1–3").await;
    click_button(root, "Next").await;
}

fn active_element() -> Option<Element> {
    document().active_element()
}

#[wasm_bindgen_test]
async fn the_intro_takes_no_focus_and_start_moves_focus_to_the_next_heading() {
    let root = mount_app().await;
    assert_eq!(heading(&root), "Management or leadership: where should you grow next?");
    assert!(text(&root).contains("Your answers never leave this device."));
    assert!(text(&root).contains("48 short statements · about 8 minutes"));
    assert!(!root.contains(active_element().as_ref().map(|e| e.unchecked_ref())), "no focus grab on load");

    click_button(&root, "Start the self-assessment").await;
    assert_eq!(heading(&root), "First, a little about your role");
    assert_eq!(active_element(), Some(one(&root, "h2")), "focus moves to the new heading");
}

#[wasm_bindgen_test]
async fn next_says_what_is_missing_until_the_page_is_answered() {
    let root = mount_app().await;
    click_button(&root, "Start the self-assessment").await;
    click_button(&root, "Next").await;
    assert_eq!(text(&one(&root, ".lb-status[aria-live]")), "Please answer both questions to continue.");
    assert_eq!(all(&root, "fieldset[aria-invalid='true']").len(), 2);

    let groups = all(&root, "fieldset");
    assert_eq!(text(&one(&groups[0], "legend")), "How long have you been managing people?");
    choose(&groups[0], "Under 1 year").await;
    assert_eq!(all(&root, "fieldset[aria-invalid='true']").len(), 1, "answered groups stop being marked");
    choose(&all(&root, "fieldset")[1], "None").await;
    click_button(&root, "Next").await;

    assert_eq!(heading(&root), "How often do you do this?");
    let cards = all(&root, ".lb-card");
    assert_eq!(cards.len(), 6);
    assert_eq!(text(&one(&cards[0], ".lb-card__counter")), "Statement 1 of 48");
    assert_eq!(all(&cards[0], "input[type='radio']").len(), 6, "five frequencies and no chance yet");
    choose(&one(&cards[1], "fieldset"), "No chance to do this yet").await;
    click_button(&root, "Next").await;
    assert_eq!(
        text(&one(&root, ".lb-status[aria-live]")),
        "Statements 1, 3, 4, 5 and 6 still need an answer."
    );

    // Back keeps the answers.
    click_button(&root, "Back").await;
    click_button(&root, "Next").await;
    let kept = one(&all(&root, ".lb-card")[1], "input[data-index='5']").unchecked_into::<HtmlInputElement>();
    assert!(kept.checked());
    let progress = one(&root, ".lb-progress__label");
    assert_eq!(text(&progress), "1 of 48 answered");
    assert_eq!(progress.get_attribute("aria-live").as_deref(), Some("polite"), "the count is announced");
}

#[wasm_bindgen_test]
async fn keys_one_to_five_answer_the_focused_statement() {
    let root = mount_app().await;
    to_first_statement_page(&root).await;
    let card = all(&root, ".lb-card").remove(2);
    let first_radio = one(&card, "input[data-index='0']").unchecked_into::<HtmlElement>();
    first_radio.focus().expect("focusable");

    let init = web_sys::KeyboardEventInit::new();
    init.set_key("4");
    init.set_bubbles(true);
    init.set_cancelable(true);
    let event =
        web_sys::KeyboardEvent::new_with_keyboard_event_init_dict("keydown", &init).expect("an event");
    first_radio.dispatch_event(&event).expect("dispatched");
    yew::scheduler::flush().await;

    let often = one(&card, "input[data-index='3']").unchecked_into::<HtmlInputElement>();
    assert!(often.checked(), "4 chooses Often");
    assert_eq!(active_element(), Some(often.unchecked_into::<Element>()), "focus follows the choice");
    assert!(event.default_prevented());
    assert_eq!(text(&one(&root, ".lb-progress__label")), "1 of 48 answered");
}

#[wasm_bindgen_test]
async fn the_results_page_shows_profile_charts_table_topics_and_reflection() {
    let root = mount_app().await;
    complete(&root).await;
    assert_eq!(heading(&root), "Your leadership balance");
    // Everything at Sometimes: both indexes 50, below the threshold of 60.
    assert_eq!(text(&one(&root, ".lb-profile__name")), "Rising manager");
    let charts = all(&root, "svg[role='img']");
    assert_eq!(charts.len(), 2);
    // Each index with its likely range: 50 ± 1.96 · 4.975 and 50 ± 1.96 · 4.388.
    assert_eq!(
        charts[0].get_attribute("aria-label").as_deref(),
        Some("Management scores 50 (likely 40–60) and leadership scores 50 (likely 41–59) out of 100.")
    );
    // The same sentence is the competency chart's /Alt in the PDF, where no table follows:
    // each competency 50 ± 1.96 · 22.8 / √3.
    let bars = charts[1].get_attribute("aria-label").unwrap_or_default();
    assert!(
        bars.starts_with(
            "Bar chart of your 16 competency scores, out of 100: Planning & organizing 50 (likely 24–76), "
        ),
        "{bars}"
    );
    assert!(bars.ends_with(", Reviving motivation 50 (likely 24–76)."), "{bars}");
    assert_eq!(all(&root, ".lb-table tbody tr").len(), 16);
    assert_eq!(text(&one(&root, ".lb-table tbody tr td.lb-table__range")), "24–76");
    // Both indexes clearly below 60: a profile, and its next step.
    assert_eq!(
        text(&one(&root, ".lb-next-step")),
        "Your next step: management development, the how of planning, organizing and monitoring."
    );
    // All nine topics tie at 150 with 1–3 years' experience: all of them are where to start,
    // and the page says the answers cannot tell them apart. Three are described in full (in
    // the instrument's order), the other six named.
    assert_eq!(all(&root, ".lb-topics > li").len(), 3);
    assert!(text(&root).contains("These 9 come out level: your answers cannot tell them apart."));
    assert_eq!(
        text(&one(&root, ".lb-topics__tier")),
        "Also level: Project management, Policies and processes, Human personalities, Influence and persuasion, Motivation, Delegation and empowerment"
    );
    assert!(text(&root).contains("Self-ratings tend to run high."));
    assert!(
        text(&root).contains("Almost all your answers are the same point on the scale."),
        "straight-lining note"
    );

    let areas = all(&root, "textarea");
    assert_eq!(areas.len(), 4);
    type_into(&areas[1], "She listened first").await;
    // Typing elsewhere re-renders the page; the first answer must survive it.
    type_into(&areas[2], "Gave me real projects").await;
    let kept = all(&root, "textarea")[1].clone().unchecked_into::<HtmlTextAreaElement>();
    assert_eq!(kept.value(), "She listened first");
}

/// Answers every statement of the first stage with `label`, without declining a second stage.
async fn answer_first_stage(root: &Element, label: &str) {
    to_first_statement_page(root).await;
    for page in 0..8 {
        for group in all(root, ".lb-cards fieldset") {
            choose(&group, label).await;
        }
        click_button(root, if page == 7 { "See my results" } else { "Next" }).await;
    }
}

#[wasm_bindgen_test]
async fn a_close_result_asks_a_few_more_statements_and_counts_them() {
    let root = mount_app().await;
    // Everything at Often: management 67.9, just within its band above 60, which a few more
    // management statements could settle.
    answer_first_stage(&root, "Often").await;
    assert_eq!(heading(&root), "A few more statements?");
    assert!(text(&root).contains("your management score"), "{}", text(&root));
    assert_eq!(active_element(), Some(one(&root, "h2")), "the offer's heading has the focus");
    click_button(&root, "Answer 6 more").await;
    assert_eq!(heading(&root), "How often do you do this?");
    assert_eq!(all(&root, ".lb-cards fieldset").len(), 6);
    assert_eq!(text(&one(&root, ".lb-progress__label")), "0 of 6 extra answered");
    click_button(&root, "Next").await;
    assert!(text(&root).contains("still need an answer"), "Next says what is missing");
    let mut pages = 0;
    while heading(&root) == "How often do you do this?" {
        pages += 1;
        assert!(pages <= 2, "at most two pages: twelve statements");
        for group in all(&root, ".lb-cards fieldset") {
            choose(&group, "Often").await;
        }
        click_button(&root, "Next").await;
    }
    assert_eq!(heading(&root), "Your leadership balance");
    // The result link carries the extra answers: a code of every statement, 50 characters.
    let link = one(&root, ".lb-share input").unchecked_into::<HtmlInputElement>().value();
    let code = link.split_once("#lb=").map(|(_, c)| c.to_owned()).expect("a result link");
    assert_eq!(code.len(), 50, "{code}");
    let instrument = Instrument::builtin().expect("valid");
    let (answers, _) = leadership_balance::model::share::decode(&instrument, &code).expect("it decodes");
    assert_eq!(answers.answered(), 48 + 6 * pages);
}

#[wasm_bindgen_test]
async fn the_second_stage_can_be_skipped_at_the_offer_and_on_its_page() {
    let root = mount_app().await;
    answer_first_stage(&root, "Often").await;
    click_button(&root, "Skip, show my result").await;
    assert_eq!(heading(&root), "Your leadership balance");
    assert_eq!(text(&one(&root, ".lb-profile__name")), "Close to the line");
    assert!(
        text(&root).contains(
            "Too close to the line at 60 to say which side you are on: Management 68 (likely 58–78)."
        ),
        "{}",
        text(&root)
    );

    let root = mount_app().await;
    answer_first_stage(&root, "Often").await;
    click_button(&root, "Answer 6 more").await;
    click_button(&root, "Skip, show my result").await;
    assert_eq!(heading(&root), "Your leadership balance");
}

/// Types into a text box the way the browser reports it: a new value, then an input event.
async fn type_into(area: &Element, value: &str) {
    let area = area.clone().unchecked_into::<HtmlTextAreaElement>();
    area.set_value(value);
    let init = web_sys::InputEventInit::new();
    init.set_bubbles(true);
    let event = web_sys::InputEvent::new_with_event_init_dict("input", &init).expect("an event");
    area.dispatch_event(&event).expect("dispatched");
    yew::scheduler::flush().await;
}

/// Mounts the markup of a view that is a plain function rather than a component.
#[derive(Properties, PartialEq)]
struct ViewProps {
    html: Html,
}

#[function_component]
fn View(props: &ViewProps) -> Html {
    props.html.clone()
}

#[wasm_bindgen_test]
async fn a_chart_draws_every_shape_of_its_geometry() {
    let instrument = Instrument::builtin().expect("valid");
    let scores = Scores::compute(&instrument, &AnswerSheet::new(instrument.statements.len()));
    let labels = ChartLabels {
        management: "Management",
        leadership: "Leadership",
        not_enough_answers: "not enough answers",
    };
    for chart in [
        balance_chart(&scores, None, &labels, None),
        competency_chart(&instrument, &scores, None, 60.0, &labels, None),
    ] {
        let root = host();
        let shapes = chart.shapes.len();
        let html = chart_svg(ChartSvgProps {
            chart: &chart,
            summary: "A summary.".to_owned(),
            class: "lb-chart--test",
        });
        yew::Renderer::<View>::with_root_and_props(root.clone(), ViewProps { html }).render();
        yew::scheduler::flush().await;
        let svg = one(&root, "svg");
        assert_eq!(svg.children().length() as usize, shapes);
        assert_eq!(svg.get_attribute("aria-label").as_deref(), Some("A summary."));
    }
}

#[wasm_bindgen_test]
async fn a_broken_instrument_shows_a_readable_error() {
    let root = host();
    let error = Instrument::from_json("{}").expect_err("an empty object is no instrument");
    let html = load_error(LoadErrorProps {
        heading: "The self-assessment could not load",
        body: "Please let the owner of this page know.",
        details: &[error.to_string()],
    });
    yew::Renderer::<View>::with_root_and_props(root.clone(), ViewProps { html }).render();
    yew::scheduler::flush().await;
    assert_eq!(one(&root, "section").get_attribute("role").as_deref(), Some("alert"));
    assert!(text(&root).contains("id: is required"), "{}", text(&root));
}

#[wasm_bindgen_test]
async fn the_provider_config_names_the_provider_and_links_its_courses_safely() {
    let config = r#"{
        "provider": {"name": "Northwind Learning"},
        "intro": "Find the programme that fits you.",
        "topics": {"time_management": {"title": "Own your week", "url": "https://northwind.example/time", "blurb": "<b>Two days</b>"}},
        "sections": {"reflection": false, "pdf": false}
    }"#;
    let (root, events) = mount_configured(config).await;
    assert_eq!(text(&one(&root, ".lb-eyebrow")), "Northwind Learning");
    assert!(text(&root).contains("Find the programme that fits you."));
    complete(&root).await;
    // Everything at Sometimes with 1–3 years' experience: all topics tie at 150, so all nine
    // are where to start; the first three in full, time management first, with the
    // provider's course and its blurb as text.
    assert_eq!(all(&root, ".lb-topics > li").len(), 3);
    let course = one(&root, ".lb-topics a");
    assert_eq!(course.get_attribute("href").as_deref(), Some("https://northwind.example/time"));
    assert_eq!(course.get_attribute("rel").as_deref(), Some("noopener noreferrer"));
    assert!(text(&root).contains("<b>Two days</b>"), "the blurb stays text");
    assert!(all(&root, "textarea").is_empty(), "reflection switched off");
    assert!(!text(&root).contains("Download PDF"), "PDF switched off");
    let kinds: Vec<&str> = events.borrow().iter().map(HostEvent::name).collect();
    assert_eq!(kinds.first(), Some(&"leadership-balance:started"));
    assert_eq!(kinds.iter().filter(|k| **k == "leadership-balance:progress").count(), 48);
    assert_eq!(kinds.last(), Some(&"leadership-balance:completed"));
}

#[wasm_bindgen_test]
async fn course_links_open_safely_and_config_text_stays_text() {
    let config = r#"{
        "topics": {"time_management": {"title": "<img src=x onerror=alert(1)>", "url": "https://northwind.example/time", "blurb": "<b>Two days</b>"}}
    }"#;
    let (root, _) = mount_configured(config).await;
    complete(&root).await;
    let link = one(&root, ".lb-topic__course a");
    assert_eq!(link.get_attribute("href").as_deref(), Some("https://northwind.example/time"));
    assert_eq!(link.get_attribute("rel").as_deref(), Some("noopener noreferrer"));
    assert_eq!(link.get_attribute("target").as_deref(), Some("_blank"));
    assert_eq!(text(&link), "<img src=x onerror=alert(1)>", "shown as text");
    assert!(all(&root, "img").is_empty() && all(&root, "b").is_empty(), "never parsed as HTML");
}

#[wasm_bindgen_test]
async fn a_named_trainer_gets_a_mail_link_holding_the_result_link_and_nothing_else() {
    let (root, _) = mount_configured(r#"{"cohort": {"contact": "trainer@northwind.example"}}"#).await;
    complete(&root).await;
    let mail = one(&root, ".lb-share__trainer a");
    assert_eq!(text(&mail), "Send my result to my trainer");
    let href = mail.get_attribute("href").unwrap_or_default();
    let share =
        one(&root, ".lb-share input").dyn_into::<web_sys::HtmlInputElement>().expect("an input").value();
    let (_, code) = share.split_once("#lb=").expect("a share link");
    assert!(
        href.starts_with(
            "mailto:trainer@northwind.example?subject=My%20Leadership%20Balance%20result&body=Hello%2C%0D%0A"
        ),
        "{href}"
    );
    assert!(href.contains(&format!("%23lb%3D{code}%0D%0A")), "the result link is in the body: {href}");
    assert_eq!(href.matches('?').count() + href.matches('&').count(), 2, "no extra header: {href}");
    assert!(text(&root).contains("Nothing is sent until you send it."));

    // Without a trainer in the config there is no mail link.
    let plain = mount_app().await;
    complete(&plain).await;
    assert!(all(&plain, ".lb-share__trainer").is_empty());
}

#[wasm_bindgen_test]
async fn an_invalid_config_shows_every_problem_with_its_path() {
    let (root, events) = mount_configured(r##"{"theme": {"acent": "#fff"}, "threshold": 300}"##).await;
    assert_eq!(one(&root, "section").get_attribute("role").as_deref(), Some("alert"));
    assert_eq!(heading(&root), "This self-assessment is not set up correctly");
    let problems: Vec<String> = all(&root, ".lb-error__details li").iter().map(text).collect();
    assert_eq!(
        problems,
        ["theme.acent: unknown key; did you mean `accent`?", "threshold: must be between 0 and 100"]
    );
    assert!(events.borrow().is_empty());
}

const SAVE_KEY: &str = "leadership-balance:leadership-balance-core:1:default";

fn local_storage() -> web_sys::Storage {
    web_sys::window().and_then(|w| w.local_storage().ok().flatten()).expect("localStorage")
}

/// Mounts a widget on a device that may remember something, and returns its handle too.
async fn mount_remembering() -> (Element, yew::AppHandle<App>) {
    let root = host();
    let props = AppProps { setup: Rc::new(Setup::standalone()) };
    let handle = yew::Renderer::<App>::with_root_and_props(root.clone(), props).render();
    yew::scheduler::flush().await;
    (root, handle)
}

#[wasm_bindgen_test]
async fn after_a_reload_the_learner_continues_where_they_left_off() {
    local_storage().clear().expect("cleared");
    let (root, handle) = mount_remembering().await;
    to_first_statement_page(&root).await;
    choose(&all(&root, ".lb-cards fieldset")[0], "Often").await;
    assert!(local_storage().get_item(SAVE_KEY).expect("readable").is_some(), "saved after the answer");
    handle.destroy();

    let (root, _handle) = mount_remembering().await;
    assert!(text(&root).contains("You have answered 1 of 48 statements"), "{}", text(&root));
    click_button(&root, "Continue where you left off").await;
    assert_eq!(heading(&root), "How often do you do this?");
    let kept = one(&all(&root, ".lb-card")[0], "input[data-index='3']").unchecked_into::<HtmlInputElement>();
    assert!(kept.checked(), "the answer came back");

    click_button(&root, "Forget my answers on this device").await;
    assert_eq!(local_storage().get_item(SAVE_KEY).expect("readable"), None);
    assert!(text(&root).contains("Your answers are forgotten on this device."));
    assert_eq!(heading(&root), "Management or leadership: where should you grow next?");
}

#[wasm_bindgen_test]
async fn corrupted_saved_answers_are_discarded_without_a_crash() {
    for garbage in ["{not json", "{\"version\":99}", "", "\u{0}\u{1}"] {
        local_storage().set_item(SAVE_KEY, garbage).expect("written");
        let (root, handle) = mount_remembering().await;
        assert_eq!(heading(&root), "Management or leadership: where should you grow next?");
        assert!(!text(&root).contains("Continue where you left off"));
        click_button(&root, "Start the self-assessment").await;
        assert_eq!(heading(&root), "First, a little about your role");
        handle.destroy();
    }
}

#[wasm_bindgen_test]
async fn a_throwing_local_storage_still_allows_a_whole_session() {
    let window = web_sys::window().expect("a window");
    let original = js_sys::Object::get_own_property_descriptor(&window, &"localStorage".into());
    let throwing = js_sys::Function::new_no_args("throw new DOMException('blocked', 'SecurityError');");
    let descriptor = js_sys::Object::new();
    js_sys::Reflect::set(&descriptor, &"get".into(), &throwing).expect("getter");
    js_sys::Reflect::set(&descriptor, &"configurable".into(), &true.into()).expect("configurable");
    js_sys::Object::define_property(&window, &"localStorage".into(), &descriptor);

    let (root, _handle) = mount_remembering().await;
    assert!(
        text(&root).contains("This browser does not let the page keep your answers"),
        "said once, on the intro"
    );
    assert!(all(&root, ".lb-footer").is_empty(), "no forget button without storage");
    complete(&root).await;
    assert_eq!(heading(&root), "Your leadership balance");
    assert!(!text(&root).contains("This browser does not let"), "not repeated");

    // Put the real localStorage back for the tests that follow.
    if original.is_undefined() {
        js_sys::Reflect::delete_property(&window, &"localStorage".into()).expect("restored");
    } else {
        js_sys::Object::define_property(&window, &"localStorage".into(), &original.unchecked_into());
    }
    assert!(window.local_storage().ok().flatten().is_some(), "localStorage is back");
}

/// What another tab of this browser would write: the kept progress with `statement` answered
/// "Never" a minute from now, and a later revision.
fn another_tab_answers(statement: usize) {
    let instrument = Instrument::builtin().expect("valid");
    let text = local_storage().get_item(SAVE_KEY).expect("readable").expect("kept");
    let mut theirs = Progress::from_text(&instrument, &text).expect("it reads");
    theirs.answers.set(statement, Answer::Frequency(Frequency::Never));
    theirs.stamps.answers[statement] = js_sys::Date::now() as u64 + 60_000;
    theirs.revision += 5;
    local_storage().set_item(SAVE_KEY, &theirs.to_text(&instrument)).expect("written");
}

/// The index in the instrument of the statement a card on the page asks, from its radios'
/// name (`lb<instance>-<statement id>`).
fn statement_of(card: &Element) -> usize {
    let name = one(card, "input").get_attribute("name").expect("a name");
    let id = name.split_once('-').map(|(_, id)| id.to_owned()).expect("an id");
    let instrument = Instrument::builtin().expect("valid");
    instrument.statements.iter().position(|s| s.id == id).expect("a statement of the instrument")
}

/// From cleared storage, a widget that remembers, on its first page of statements with the
/// first answered "Often": its root, its handle and the page's cards.
async fn first_answered_from_cleared_storage() -> (Element, yew::AppHandle<App>, Vec<Element>) {
    local_storage().clear().expect("cleared");
    let (root, handle) = mount_remembering().await;
    to_first_statement_page(&root).await;
    let cards = all(&root, ".lb-cards fieldset");
    choose(&cards[0], "Often").await;
    (root, handle, cards)
}

#[wasm_bindgen_test]
async fn another_tabs_newer_answers_are_merged_before_this_tab_writes() {
    let (root, _handle, cards) = first_answered_from_cleared_storage().await;
    // Another tab, opened meanwhile, answers the second statement.
    let second = statement_of(&cards[1]);
    another_tab_answers(second);
    // This tab answers the third: the second's answer must not be overwritten.
    choose(&cards[2], "Rarely").await;
    yew::scheduler::flush().await;
    let instrument = Instrument::builtin().expect("valid");
    let kept =
        Progress::from_text(&instrument, &local_storage().get_item(SAVE_KEY).expect("r").expect("kept"))
            .expect("it reads");
    assert_eq!(kept.answers.answered(), 3, "both tabs' answers are kept");
    assert_eq!(kept.answers.get(second), Some(Answer::Frequency(Frequency::Never)));
    let never = one(&all(&root, ".lb-cards fieldset")[1], "input[data-index='0']");
    assert!(never.unchecked_into::<HtmlInputElement>().checked(), "this tab shows the other tab's answer");
    assert_eq!(
        text(&one(&root, ".lb-footer .lb-status")),
        "Updated with the answers you gave in another tab."
    );
    assert_eq!(heading(&root), "How often do you do this?", "still on its page");
}

#[wasm_bindgen_test]
async fn a_refused_write_is_told_with_a_link_and_saving_resumes_by_itself() {
    let (root, _handle, cards) = first_answered_from_cleared_storage().await;
    // The browser starts refusing writes (a full quota, say).
    let refuse = js_sys::Function::new_no_args(
        "Storage.prototype.__set = Storage.prototype.setItem; \
         Storage.prototype.setItem = function () { throw new DOMException('full', 'QuotaExceededError'); };",
    );
    refuse.call0(&wasm_bindgen::JsValue::NULL).expect("patched");
    choose(&cards[1], "Often").await;
    let status = one(&root, ".lb-save");
    assert!(
        text(&status).starts_with("This browser has stopped keeping your progress."),
        "{}",
        text(&status)
    );
    let link = one(&status, "a").get_attribute("href").expect("a link");
    let code = link.split_once("#lb=").map(|(_, c)| c.to_owned()).expect("a result link");
    let instrument = Instrument::builtin().expect("valid");
    let (answers, _) = leadership_balance::model::share::decode(&instrument, &code).expect("it decodes");
    assert_eq!(answers.answered(), 2, "the link holds every answer so far");
    assert_eq!(all(&root, ".lb-cards fieldset input:checked").len(), 2, "nothing on screen is lost");
    // The browser accepts writes again: the next change is kept, and the widget says so.
    let accept = js_sys::Function::new_no_args("Storage.prototype.setItem = Storage.prototype.__set;");
    accept.call0(&wasm_bindgen::JsValue::NULL).expect("restored");
    choose(&cards[2], "Often").await;
    assert_eq!(text(&one(&root, ".lb-footer .lb-status")), "Your progress is kept on this device again.");
    assert!(all(&root, ".lb-save").is_empty(), "the alert goes once the browser keeps the answers again");
    let kept =
        Progress::from_text(&instrument, &local_storage().get_item(SAVE_KEY).expect("r").expect("kept"))
            .expect("it reads");
    assert_eq!(kept.answers.answered(), 3, "everything is kept once the browser accepts again");
}

#[wasm_bindgen_test]
async fn a_long_note_is_kept_whole_and_its_box_counts_as_it_nears_the_limit() {
    let root = mount_app().await;
    complete(&root).await;
    let area = one(&root, ".lb-reflection textarea");
    assert_eq!(area.get_attribute("maxlength").as_deref(), Some("5000"), "the box takes no more");
    assert!(all(&root, ".lb-field__count").is_empty(), "no counter for a short note");
    let long = "Ż".repeat(4_600);
    type_into(&area, &long).await;
    assert_eq!(text(&one(&root, ".lb-field__count")), "4600 of 5000 characters");
    let instrument = Instrument::builtin().expect("valid");
    let kept =
        Progress::from_text(&instrument, &local_storage().get_item(SAVE_KEY).expect("r").expect("kept"))
            .expect("it reads");
    assert_eq!(kept.reflections[0], long, "the whole note is kept");
}

#[wasm_bindgen_test]
async fn a_retake_shows_what_changed_in_words_and_on_the_chart() {
    local_storage().clear().expect("cleared");
    let (root, _handle) = mount_remembering().await;
    complete(&root).await;
    assert!(all(&root, ".lb-comparison").is_empty(), "nothing to compare on a first result");
    let first_link = one(&root, ".lb-share input").unchecked_into::<HtmlInputElement>().value();
    assert!(first_link.contains("#lb="), "{first_link}");

    click_button(&root, "Start again").await;
    complete_answering(&root, "Often").await;
    let lines: Vec<String> = all(&root, ".lb-list--indexes li").iter().map(text).collect();
    // Everything at Sometimes (50), then everything at Often: 75 for plain statements, 25 for
    // the reverse-keyed ones, which gives indexes of 67.9 and 69.4.
    assert_eq!(lines, ["Management: 50 → 68, about the same", "Leadership: 50 → 69 (+19)"]);
    let ticks = all(&root, "svg.lb-chart--bars line[stroke-width='2.5']").len();
    assert_eq!(ticks, 16, "a tick per competency marks the earlier score");

    // A pasted link that is broken is refused with a reason, and stays in the field to fix.
    let field = one(&root, ".lb-compare-paste input").unchecked_into::<HtmlInputElement>();
    field.set_value("https://example.com/#lb=A");
    click_button(&root, "Compare").await;
    assert!(text(&root).contains("That link could not be read: the link is cut short"), "{}", text(&root));
    let field = one(&root, ".lb-compare-paste input").unchecked_into::<HtmlInputElement>();
    assert_eq!(field.value(), "https://example.com/#lb=A", "the pasted link is kept");
    assert_eq!(
        all(&root, ".lb-list--indexes li").iter().map(text).collect::<Vec<_>>(),
        ["Management: 50 → 68, about the same", "Leadership: 50 → 69 (+19)"],
        "the comparison with the earlier attempt is unchanged"
    );
}

/// Waits up to two seconds for `selector` to hold some text, for what settles after a
/// promise (the clipboard), and returns it.
async fn settled_text(root: &Element, selector: &str) -> String {
    for _ in 0..40 {
        let found = text(&one(root, selector));
        if !found.is_empty() {
            return found;
        }
        let pause = js_sys::Promise::new(&mut |resolve, _| {
            let window = web_sys::window().expect("a window");
            window.set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, 50).expect("a timer");
        });
        wasm_bindgen_futures::JsFuture::from(pause).await.expect("the timer fires");
        yew::scheduler::flush().await;
    }
    panic!("{selector} stayed empty");
}

#[wasm_bindgen_test]
async fn copying_says_what_happened_and_a_pasted_link_compares() {
    let (root, _) = mount_configured(r#"{"persistence": false}"#).await;
    complete(&root).await;
    let share_field = one(&root, ".lb-share input");
    let first_link = share_field.clone().unchecked_into::<HtmlInputElement>().value();

    // The browser takes the link or refuses it (headless Chromium may, without a real
    // click); either way the learner is told, and after a refusal the link is selected.
    click_button(&root, "Copy the link").await;
    match settled_text(&root, ".lb-share .lb-status").await.as_str() {
        "Copied." => {}
        "Press Ctrl+C (or ⌘C) to copy the selected link." => {
            assert_eq!(active_element(), Some(share_field), "the link is selected for copying by hand")
        }
        other => panic!("unexpected copy status {other:?}"),
    }

    // A new result (after Start again) starts without the old notice.
    click_button(&root, "Start again").await;
    complete(&root).await;
    assert_eq!(text(&one(&root, ".lb-share .lb-status")), "", "the copy notice is gone");

    // Another widget, with saving off, has nothing to compare with until a link is pasted.
    let (root, _) = mount_configured(r#"{"persistence": false}"#).await;
    complete_answering(&root, "Often").await;
    assert!(all(&root, ".lb-comparison").is_empty(), "nothing to compare with yet");
    one(&root, ".lb-compare-paste input").unchecked_into::<HtmlInputElement>().set_value(&first_link);
    click_button(&root, "Compare").await;
    let lines: Vec<String> = all(&root, ".lb-list--indexes li").iter().map(text).collect();
    // 18 points of management are within what error explains at 99 % (2.58 · √2 · 4.975 =
    // 18.2); 19 of leadership are not (16.0).
    assert_eq!(lines, ["Management: 50 → 68, about the same", "Leadership: 50 → 69 (+19)"]);
    assert_eq!(text(&one(&root, ".lb-compare-paste .lb-status")), "", "no problem to report");
}

#[wasm_bindgen_test]
async fn a_provider_can_switch_saving_off() {
    local_storage().clear().expect("cleared");
    let (root, _) = mount_configured(r#"{"persistence": false}"#).await;
    assert!(text(&root).contains("kept only while this page is open"));
    assert!(all(&root, ".lb-footer").is_empty(), "nothing to forget");
    to_first_statement_page(&root).await;
    choose(&all(&root, ".lb-cards fieldset")[0], "Often").await;
    assert_eq!(local_storage().length().expect("length"), 0, "nothing was written");
}

#[wasm_bindgen_test]
async fn a_language_pack_makes_the_widget_speak_its_language_and_a_mismatched_one_falls_back() {
    let german = pack::from_pack(include_str!("../web/lang/de.json")).expect("the German pack reads");
    let config = || ProviderConfig::from_json(r#"{"language": "de"}"#);
    let root = mount_with(Setup::with_language_pack(config(), Some(german), Callback::noop())).await;
    assert_eq!(heading(&root), "Management oder Führung: Wo sollten Sie sich als Nächstes entwickeln?");
    assert_eq!(one(&root, ".lb").get_attribute("lang").as_deref(), Some("de"));

    // A pack for another language than the one chosen is not used: English, not a mix.
    let french_config = ProviderConfig::from_json(r#"{"language": "fr"}"#);
    let root = mount_with(Setup::with_language_pack(french_config, Some(german), Callback::noop())).await;
    assert_eq!(heading(&root), "Management or leadership: where should you grow next?");
    assert_eq!(one(&root, ".lb").get_attribute("lang").as_deref(), Some("en"));
}

/// The widget ships as two modules (src/ui/later.rs): the first, without the later views,
/// draws a waiting results page and hands its state over; the full one goes on from it.
#[wasm_bindgen_test]
async fn the_first_module_hands_its_answers_over_and_the_full_module_shows_their_results() {
    let config = || ProviderConfig::from_json(r#"{"persistence": false}"#);
    let handed = Rc::new(RefCell::new(Vec::new()));
    let hand_over = {
        let handed = Rc::clone(&handed);
        Callback::from(move |progress: Option<String>| handed.borrow_mut().push(progress))
    };
    let events = Rc::new(RefCell::new(Vec::new()));
    let record = {
        let events = Rc::clone(&events);
        Callback::from(move |event: HostEvent| events.borrow_mut().push(event))
    };
    let first = Setup { hand_over, ..Setup::with_language_pack(config(), None, record) };
    assert!(first.later.is_none(), "a setup from the element's input has no later views");
    let root = mount_with(first).await;
    complete(&root).await;

    assert_eq!(heading(&root), "Your leadership balance");
    let pending = one(&root, ".lb-results-pending");
    assert_eq!(pending.get_attribute("aria-busy").as_deref(), Some("true"));
    assert_eq!(text(&one(&root, "[role='status']")), "Getting your results ready…");
    assert!(all(&root, ".lb-table, .lb-results").is_empty(), "no results in the first module");
    assert_eq!(active_element(), Some(one(&root, "h2")), "focus on the heading, as on any new page");
    let completed = events.borrow().iter().filter(|e| matches!(e, HostEvent::Completed { .. })).count();
    assert_eq!(completed, 0, "the first module has no results to report");
    let progress = handed.borrow().clone();
    assert_eq!(progress.len(), 1, "handed over once: {progress:?}");
    let Some(Some(progress)) = progress.into_iter().next() else { panic!("no progress handed over") };
    // The results reached, the second stage not decided yet: the full module decides it.
    assert!(progress.contains(r#""step":"second_stage""#), "{progress}");
    root.remove();

    let later_events = Rc::new(RefCell::new(Vec::new()));
    let record = {
        let events = Rc::clone(&later_events);
        Callback::from(move |event: HostEvent| events.borrow_mut().push(event))
    };
    let full = Setup { continue_from: Some(progress), ..Setup::new(config(), record) };
    let root = mount_with(full).await;
    assert_eq!(heading(&root), "Your leadership balance");
    assert_eq!(all(&root, ".lb-table tbody tr").len(), 16);
    // Every statement at Sometimes: both indexes 50.
    let indexes: Vec<String> = all(&root, ".lb-table tfoot td:last-child").iter().map(text).collect();
    assert_eq!(indexes, ["50", "50"]);
    assert_eq!(active_element(), Some(one(&root, "h2")), "the learner's focus stays on the heading");
    let reported = later_events.borrow().iter().filter(|e| matches!(e, HostEvent::Completed { .. })).count();
    assert_eq!(reported, 1, "the full module reports the results shown, once: {:?}", later_events.borrow());
    assert_eq!(local_storage().length().expect("length"), 0, "saving stays off");
}
