//! The stylesheets are ready for right-to-left languages: they use logical properties only
//! (`margin-inline-start`, `text-align: start`, …), so a table with `Direction::RightToLeft`
//! mirrors the layout through the widget's `dir` attribute with no CSS work. And every colour
//! a chart draws with has its rule.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic, reason = "a test stops where it fails")]
#![cfg(not(target_arch = "wasm32"))]

use leadership_balance::cohort::charts::{
    CohortChartLabels, competency_box_chart, index_chart, profile_chart,
};
use leadership_balance::cohort::{CohortSummary, read_pasted};
use leadership_balance::model::answers::{Answer, AnswerSheet, Context, Experience, Frequency};
use leadership_balance::model::chart::{ChartLabels, balance_chart, competency_chart};
use leadership_balance::model::instrument::Instrument;
use leadership_balance::model::scoring::Scores;
use leadership_balance::model::share::encode;
use leadership_balance::ui::components::chart_svg::colour_class;

const SHEETS: [(&str, &str); 4] = [
    ("styles/leadership-balance.css", include_str!("../styles/leadership-balance.css")),
    ("web/configure.css", include_str!("../web/configure.css")),
    ("web/embed.css", include_str!("../web/embed.css")),
    ("web/cohort.css", include_str!("../web/cohort.css")),
];

/// Physical properties and values that would not mirror.
const PHYSICAL: [&str; 14] = [
    "margin-left",
    "margin-right",
    "padding-left",
    "padding-right",
    "border-left",
    "border-right",
    "left:",
    "right:",
    "text-align: left",
    "text-align: right",
    "float: left",
    "float: right",
    "border-top-left-radius",
    "border-top-right-radius",
];

#[test]
fn every_stylesheet_uses_logical_directions_only() {
    let mut found = Vec::new();
    for (name, css) in SHEETS {
        for (number, line) in css.lines().enumerate() {
            let code = line.split("/*").next().unwrap_or("").trim();
            for physical in PHYSICAL {
                // `left:` must be the property itself, not the end of `margin-left:`.
                let hit = code.starts_with(physical) || code.contains(&format!(" {physical}"));
                if hit {
                    found.push(format!("{name}:{}: {code}", number + 1));
                }
            }
        }
    }
    assert!(found.is_empty(), "physical directions:\n{}", found.join("\n"));
}

/// Every colour class any chart draws with has a rule in the widget's stylesheet, which the
/// cohort page shares: a missing one draws black, or, for a line, nothing at all (the retake's
/// earlier-score ticks and the cohort's medians once did).
#[test]
fn every_ink_a_chart_uses_has_its_colour_rule() {
    let instrument = Instrument::builtin().expect("valid");
    let sheet = |level: Frequency| {
        AnswerSheet::from_answers(
            (0..instrument.statements.len()).map(|_| Some(Answer::Frequency(level))).collect(),
        )
    };
    let now = Scores::compute(&instrument, &sheet(Frequency::Often));
    let before = Scores::compute(&instrument, &sheet(Frequency::Rarely));
    let labels = ChartLabels { management: "M", leadership: "L", not_enough_answers: "-" };
    let codes: Vec<String> = [Frequency::Never, Frequency::Often, Frequency::Sometimes]
        .iter()
        .map(|f| {
            encode(&instrument, &sheet(*f), &Context { experience: Some(Experience::NotYet), reports: None })
        })
        .collect();
    let intake = read_pasted(
        &instrument,
        &codes.join("\n"),
        60.0,
        &leadership_balance::model::uncertainty::ErrorModel::default_for(&instrument),
    );
    let summary = CohortSummary::build(&instrument, &intake.members);
    let cohort_labels = CohortChartLabels {
        profiles: ["a", "b", "c", "d"],
        close: "f",
        unplaced: "e",
        management: "M",
        leadership: "L",
        median: "median {value}",
        decimal_mark: '.',
    };
    let charts = [
        balance_chart(&now, None, &labels, Some(&before)),
        competency_chart(&instrument, &now, None, 60.0, &labels, Some(&before)),
        profile_chart(&summary, &cohort_labels),
        index_chart(&summary, &cohort_labels),
        competency_box_chart(&instrument, &summary, &cohort_labels),
    ];
    let css = include_str!("../styles/leadership-balance.css");
    let mut missing: Vec<String> = charts
        .iter()
        .flat_map(|chart| chart.shapes.iter().map(|shape| format!(".{}", colour_class(shape))))
        .filter(|class| !css.contains(&format!("{class} {{")))
        .collect();
    missing.sort();
    missing.dedup();
    assert!(missing.is_empty(), "no colour rule for {missing:?}");
}
