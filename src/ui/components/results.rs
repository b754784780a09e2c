//! The results page: profile (or how close to the line), the next step, charts with bands,
//! scores, strengths, topics in tiers and reflection; no more certain than the answers.

use std::rc::Rc;

use yew::prelude::*;

use crate::config::ProviderConfig;
use crate::model::chart::{balance_chart, competency_chart, format_score};
use crate::model::colleague::ColleagueView;
use crate::model::instrument::Instrument;
use crate::model::quality::QualityNote;
use crate::model::report::Report;
use crate::model::scoring::Scores;
use crate::model::uncertainty::{Bands, ErrorModel, Placement};
use crate::pdf::font::unprintable;
use crate::strings::{Strings, fill};
use crate::ui::components::chart_svg::{ChartSvgProps, chart_svg};
use crate::ui::components::colleagues::Colleagues;
use crate::ui::components::comparison::{ComparePasteProps, ComparisonProps, compare_paste, comparison};
use crate::ui::components::pdf_button::{PdfButtonProps, pdf_button};
use crate::ui::components::reflection::{ReflectionProps, reflection};
use crate::ui::components::scores_table::{ScoresTableProps, scores_table};
use crate::ui::components::share_panel::{SharePanelProps, share_panel};
use crate::ui::components::topic_list::{TopicListProps, topic_list};
use crate::ui::notices::{Notice, Notices};
use crate::ui::results_effects::ResultsEffects;
use crate::ui::state::{Action, Assessment};

/// What the results page shows. The report is worked out once per change by the flow
/// (memoized there), not on every render.
pub struct ResultsProps<'a> {
    /// The learner's language.
    pub text: &'static Strings,
    /// Which sections show, the provider's courses, and the PDF's settings.
    pub config: &'a Rc<ProviderConfig>,
    /// Receives focus when the page opens.
    pub heading: NodeRef,
    /// The answers and notes the page is about.
    pub assessment: &'a Assessment,
    /// Scores, profile, strengths, topics and notes, worked out from the answers.
    pub report: Rc<Report>,
    /// The error model the bands come from; the earlier result's and the colleagues' bands
    /// come from it too.
    pub errors: &'a Rc<ErrorModel>,
    /// Where notes, Start again and a pasted earlier result go.
    pub dispatch: &'a Callback<Action>,
    /// Makes element ids unique when several widgets share a page.
    pub instance: usize,
    /// A result opened from someone's share link is shown without reflection, sharing or
    /// PDF, with "Take it yourself" (this callback) instead.
    pub shared: Option<Callback<MouseEvent>>,
    /// What the buttons last said.
    pub notices: &'a Notices,
    /// Where the buttons say something new.
    pub notify: &'a Callback<Notice>,
    /// What colleagues said, combined; the colleagues panel adds to it, the PDF prints it.
    pub colleagues: &'a UseStateHandle<Option<ColleagueView>>,
}

fn note_text(text: &Strings, note: QualityNote) -> String {
    match note {
        QualityNote::StraightLining => text.straight_lining_note.to_owned(),
        QualityNote::ReverseKeyedDisagreement { competencies } => {
            fill(text.reverse_disagreement_note, &[("count", &competencies.to_string())])
        }
    }
}

fn competency_list(instrument: &Instrument, report: &Report, competencies: &[usize], empty: &str) -> Html {
    if competencies.is_empty() {
        return html! { <p class="lb-hint">{ empty.to_owned() }</p> };
    }
    let items = competencies.iter().map(|&c| {
        let score = report.scores.competencies[c].value().map(format_score).unwrap_or_default();
        html! { <li>{ instrument.competencies[c].name.clone() }<span class="lb-list__score">{ score }</span></li> }
    });
    html! { <ul class="lb-list">{ for items }</ul> }
}

/// The whole results page; `effects` do what its buttons ask.
pub fn results(view: ResultsProps, effects: ResultsEffects) -> Html {
    let (text, config) = (view.text, view.config);
    let assessment = view.assessment;
    let instrument = &assessment.instrument;
    let report = &view.report;
    // The earlier result's scores and bands, from its answers under the same error model.
    let earlier = view.assessment.earlier.as_ref().map(|(answers, _)| {
        let scores = Scores::compute(instrument, answers);
        let bands = Bands::of(instrument, answers, &scores, view.errors);
        (scores, bands)
    });
    let earlier_scores = earlier.as_ref().map(|(scores, _)| scores);
    let labels = text.chart_labels();
    let balance = balance_chart(&report.scores, Some(&report.bands), &labels, earlier_scores);
    let bars = competency_chart(
        instrument,
        &report.scores,
        Some(&report.bands),
        report.threshold,
        &labels,
        earlier_scores,
    );
    let balance_summary = text.balance_summary_for(&report.bands);
    let bars_summary = text.competencies_summary_for(instrument, &report.bands);
    let (placement_heading, placement_body) = text.placement(report);
    let close = matches!(report.placement, Some(Placement::Close { .. }));
    let profile = html! {
        <div class={classes!("lb-profile", close.then_some("lb-profile--close"), report.placement.is_none().then_some("lb-profile--unplaced"))}>
            <h3 class="lb-profile__name">{ placement_heading }</h3>
            <p>{ placement_body }</p>
            if report.placement.is_some() {
                <p class="lb-next-step">{ text.next_step(report) }</p>
            }
        </div>
    };
    let notes = (!report.notes.is_empty()).then(|| {
        html! {
            <aside class="lb-notes">
                <h3>{ text.notes_heading }</h3>
                { for report.notes.iter().map(|note| html! { <p>{ note_text(text, *note) }</p> }) }
            </aside>
        }
    });

    let own = view.shared.is_none();
    let dispatch = view.dispatch;
    html! {
        <section key="results" class="lb-page lb-results">
            <h2 class="lb-heading" tabindex="-1" ref={view.heading}>{ text.results_heading }</h2>
            if let Some(on_take_it) = view.shared {
                <div class="lb-shared">
                    <p>{ text.shared_banner }</p>
                    <button type="button" class="lb-button lb-button--primary" onclick={on_take_it}>{ text.take_it_yourself }</button>
                </div>
            }
            { profile }
            { for notes }
            if own {
                if let Some((_, earlier)) = &earlier {
                    { comparison(ComparisonProps { text, instrument, earlier, now: &report.bands }) }
                }
            }
            <section class="lb-section">
                <h3>{ text.balance_heading }</h3>
                { chart_svg(ChartSvgProps { chart: &balance, summary: balance_summary, class: "lb-chart--balance" }) }
                if let Some(lean) = text.lean_sentence(report) {
                    <p class="lb-lean">{ lean }</p>
                }
            </section>
            <section class="lb-section">
                <h3>{ text.competencies_heading }</h3>
                { chart_svg(ChartSvgProps { chart: &bars, summary: bars_summary, class: "lb-chart--bars" }) }
                <p class="lb-chart-note">{ fill(text.threshold_note, &[("threshold", &format_score(report.threshold))]) }{ " " }{ text.band_note }</p>
                { scores_table(ScoresTableProps { text, instrument, bands: &report.bands }) }
            </section>
            <div class="lb-columns">
                <section class="lb-section">
                    <h3>{ text.strengths_heading }</h3>
                    { competency_list(instrument, report, &report.strengths, text.no_clear_strengths) }
                </section>
                <section class="lb-section">
                    <h3>{ text.growth_heading }</h3>
                    { competency_list(instrument, report, &report.growth_areas, text.no_clear_growth) }
                </section>
            </div>
            <section class="lb-section">
                <h3>{ text.topics_heading }</h3>
                { topic_list(TopicListProps { text, config, instrument, topics: &report.topics }) }
            </section>
            if own && config.sections.reflection {
                { reflection(ReflectionProps { text, notes: &assessment.reflections, dispatch, instance: view.instance }) }
            }
            <p class="lb-self-rating">{ text.self_rating_note }</p>
            if own {
                { share_panel(SharePanelProps {
                    text,
                    link: &effects.share_link,
                    instance: view.instance,
                    status: &view.notices.share,
                    on_copy: effects.on_copy_link,
                    trainer: config.cohort.contact.as_deref(),
                }) }
                { compare_paste(ComparePasteProps {
                    text,
                    instrument,
                    dispatch,
                    instance: view.instance,
                    problem: &view.notices.compare,
                    notify: view.notify,
                }) }
                if instrument.has_observer_wording() {
                    <Colleagues text={text} instrument={Rc::clone(instrument)} config={Rc::clone(config)} own={Rc::clone(report)} errors={Rc::clone(view.errors)} experience={assessment.context.experience} instance={view.instance} view={view.colleagues.clone()} />
                }
                <div class="lb-nav">
                    if config.sections.pdf {
                        { pdf_button(PdfButtonProps {
                            text,
                            status: &view.notices.pdf,
                            on_download: effects.on_download_pdf,
                            unprintable: unprintable(&view.assessment.reflections.join("\n")),
                        }) }
                    }
                    <button type="button" class="lb-button lb-button--secondary" onclick={dispatch.reform(|_| Action::Restart)}>{ text.start_again }</button>
                </div>
            }
        </section>
    }
}
