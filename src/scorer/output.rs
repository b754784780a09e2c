//! What the widget would state for a sheet, as text for a person or as one JSON line for a
//! spreadsheet or a script. Both come from the same [`Report`] and the same sentences as the
//! results page, so the scorer can never say more than the widget does.

use serde_json::{Value, json};

use crate::config::ProviderConfig;
use crate::model::instrument::{Instrument, Track};
use crate::model::report::{Report, in_full};
use crate::model::second_stage;
use crate::model::share;
use crate::model::uncertainty::{Band, ErrorModel, Lean, Placement, Tier};
use crate::strings::{Strings, fill};

use super::input::Sheet;

/// One sheet scored: the report, and with `--adaptive` the statements the second stage asked.
#[derive(Clone, Debug, PartialEq)]
pub struct Scored {
    pub id: String,
    pub report: Report,
    /// The statements the second stage asked, in order; `None` unless replayed.
    pub asked: Option<Vec<usize>>,
    /// The share code of the answers the report rests on.
    pub code: String,
}

/// Scores `sheet` as the widget would. With `adaptive`, the sheet is a bank of answers: the
/// widget's result rests on the first stage and the second-stage statements it would ask.
pub fn score(
    instrument: &Instrument,
    config: &ProviderConfig,
    errors: &ErrorModel,
    sheet: &Sheet,
    adaptive: bool,
) -> Scored {
    let (asked, answers) = if adaptive {
        let (asked, answers) = second_stage::replay(
            instrument,
            &sheet.answers,
            sheet.context.experience,
            config.threshold,
            errors,
        );
        (Some(asked), answers)
    } else {
        (None, sheet.answers.clone())
    };
    Scored {
        id: sheet.id.clone(),
        report: Report::build(instrument, &answers, &sheet.context, config.threshold, errors),
        asked,
        code: share::encode(instrument, &answers, &sheet.context),
    }
}

/// The result link: `page` with the code in its fragment, or the fragment alone.
pub fn link(page: Option<&str>, code: &str) -> String {
    let page = page.map(|p| p.split('#').next().unwrap_or(p)).unwrap_or_default();
    format!("{page}#lb={code}")
}

fn names(instrument: &Instrument, competencies: &[usize]) -> Vec<String> {
    competencies.iter().filter_map(|&c| instrument.competencies.get(c)).map(|c| c.name.clone()).collect()
}

/// The result in the learner's words, as the results page says it, one statement a line.
pub fn text(
    instrument: &Instrument,
    strings: &Strings,
    config: &ProviderConfig,
    scored: &Scored,
    page: Option<&str>,
) -> String {
    let report = &scored.report;
    let mut out = vec![scored.id.clone()];
    let (heading, meaning) = strings.placement(report);
    out.push(format!("{heading}: {meaning}"));
    out.push(strings.next_step(report).to_owned());
    out.push(strings.balance_summary_for(&report.bands));
    out.extend(strings.lean_sentence(report));
    let list = |heading: &str, none: &str, items: Vec<String>| {
        format!("{heading}: {}", if items.is_empty() { none.to_owned() } else { items.join(", ") })
    };
    out.push(list(
        strings.strengths_heading,
        strings.no_clear_strengths,
        names(instrument, &report.strengths),
    ));
    out.push(list(strings.growth_heading, strings.no_clear_growth, names(instrument, &report.growth_areas)));
    let level = report.first_topics().count();
    let first = in_full(&report.topics);
    if first.is_empty() {
        out.push(strings.no_topics.to_owned());
    } else {
        let level = if level > 1 {
            format!(" {}", fill(strings.tier_level, &[("count", &level.to_string())]))
        } else {
            String::new()
        };
        out.push(format!("{}:{level}", strings.tier(Tier::StartHere)));
    }
    for (n, recommendation) in first.iter().enumerate() {
        let Some(topic) = instrument.topics.get(recommendation.topic) else { continue };
        let course =
            config.courses.get(&topic.id).map(|c| format!(" ({}: {})", c.title, c.url)).unwrap_or_default();
        let reason = strings.topic_reason(instrument, recommendation);
        out.push(format!("  {}. {}{course}. {reason}", n + 1, topic.title));
    }
    for (label, titles) in strings.tier_lines(instrument, &report.topics) {
        out.push(format!("{label}: {titles}"));
    }
    if let Some(asked) = &scored.asked {
        let ids: Vec<&str> =
            asked.iter().filter_map(|&s| instrument.statements.get(s)).map(|s| s.id.as_str()).collect();
        out.push(match ids.len() {
            0 => "Second stage: none asked".to_owned(),
            n => format!("Second stage: {n} asked: {}", ids.join(", ")),
        });
    }
    out.push(link(page, &scored.code));
    out.join("\n  ")
}

fn band(band: Option<Band>) -> Value {
    band.map_or(Value::Null, |b| {
        let round = |v: f64| (v * 10.0).round() / 10.0;
        json!({ "score": round(b.value), "low": round(b.low()), "high": round(b.high()) })
    })
}

fn track_id(track: Track) -> &'static str {
    match track {
        Track::Management => "management",
        Track::Leadership => "leadership",
    }
}

/// The result as one JSON object of ids and numbers, for a spreadsheet or a script.
pub fn json_line(instrument: &Instrument, scored: &Scored, page: Option<&str>) -> Value {
    let report = &scored.report;
    let ids = |competencies: &[usize]| -> Vec<&str> {
        competencies.iter().filter_map(|&c| instrument.competencies.get(c)).map(|c| c.id.as_str()).collect()
    };
    let tier = |tier: Tier| -> Vec<&str> {
        report
            .topics
            .iter()
            .filter(|t| t.tier == tier)
            .filter_map(|t| instrument.topics.get(t.recommendation.topic))
            .map(|t| t.id.as_str())
            .collect()
    };
    let mut line = json!({
        "id": scored.id,
        "management": band(report.bands.management),
        "leadership": band(report.bands.leadership),
        "placement": match report.placement {
            Some(Placement::Clear(_)) => "clear",
            Some(Placement::Close { .. }) => "close",
            None => "not_enough_answers",
        },
        "profile": report.profile.map(|p| p.id()),
        "lean": report.lean.map(|lean| match lean {
            Lean::Management => "management",
            Lean::Leadership => "leadership",
            Lean::Even => "even",
        }),
        "next_step": report.next_step.map(track_id),
        "strengths": ids(&report.strengths),
        "growth_areas": ids(&report.growth_areas),
        "topics": {
            "start_here": tier(Tier::StartHere),
            "next": tier(Tier::Next),
            "later": tier(Tier::Later),
        },
        "link": link(page, &scored.code),
    });
    if let Some(asked) = &scored.asked {
        let ids: Vec<&str> =
            asked.iter().filter_map(|&s| instrument.statements.get(s)).map(|s| s.id.as_str()).collect();
        line["asked"] = json!(ids);
    }
    line
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::answers::{Answer, Context, Experience, Frequency};
    use crate::model::fixtures::sheet_scoring;
    use crate::strings::ENGLISH;

    fn setup() -> (Instrument, ProviderConfig, ErrorModel) {
        let instrument = Instrument::builtin().expect("valid");
        let errors = ErrorModel::default_for(&instrument);
        (instrument, ProviderConfig::default(), errors)
    }

    /// Management all Almost always (100), leadership all Rarely (25): a clear profile.
    fn clear(instrument: &Instrument) -> Sheet {
        let answers = sheet_scoring(instrument, |c| match instrument.competencies[c].track {
            Track::Management => Frequency::AlmostAlways,
            Track::Leadership => Frequency::Rarely,
        });
        Sheet {
            id: "ana".to_owned(),
            answers,
            context: Context { experience: Some(Experience::UnderOneYear), reports: None },
        }
    }

    #[test]
    fn the_text_says_what_the_results_page_says() {
        let (instrument, config, errors) = setup();
        let scored = score(&instrument, &config, &errors, &clear(&instrument), false);
        let text = text(&instrument, &ENGLISH, &config, &scored, Some("https://x.example/a#old"));
        let (heading, _) = ENGLISH.placement(&scored.report);
        assert_eq!(heading, ENGLISH.profiles[1].name);
        for expected in [
            format!("ana\n  {heading}: "),
            ENGLISH.balance_summary_for(&scored.report.bands),
            ENGLISH.next_step(&scored.report).to_owned(),
            format!("\n  https://x.example/a#lb={}", scored.code),
        ] {
            assert!(text.contains(&expected), "missing {expected:?} in\n{text}");
        }
        assert!(!text.contains("Second stage"), "{text}");
    }

    #[test]
    fn the_json_line_holds_ids_bands_and_the_link() {
        let (instrument, config, errors) = setup();
        let scored = score(&instrument, &config, &errors, &clear(&instrument), false);
        let line = json_line(&instrument, &scored, None);
        assert_eq!(line["management"]["score"], 100.0);
        assert_eq!(line["leadership"]["score"], 25.0);
        assert_eq!(
            (line["placement"].as_str(), line["profile"].as_str()),
            (Some("clear"), Some("management_strong"))
        );
        assert_eq!(line["next_step"], "leadership");
        assert_eq!(line["link"], format!("#lb={}", scored.code));
        assert!(line.get("asked").is_none());
        assert!(!line["topics"]["start_here"].as_array().expect("a list").is_empty());
    }

    #[test]
    fn adaptive_scoring_replays_the_second_stage_over_the_bank() {
        let (instrument, config, errors) = setup();
        let mut sheet = clear(&instrument);
        for s in (0..instrument.statements.len()).filter(|&s| instrument.is_extra(s)) {
            sheet.answers.set(s, Answer::Frequency(Frequency::Sometimes));
        }
        let scored = score(&instrument, &config, &errors, &sheet, true);
        // A clear result: nothing is asked, and the extra answers of the bank are not used.
        assert_eq!(scored.asked, Some(Vec::new()));
        assert_eq!(scored.report.scores.management, Some(100.0));
        let text = text(&instrument, &ENGLISH, &config, &scored, None);
        assert!(text.contains("\n  Second stage: none asked\n  #lb="), "{text}");
        assert_eq!(json_line(&instrument, &scored, None)["asked"], json!([]));
    }
}
