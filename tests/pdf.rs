//! The results PDF, made natively and checked with the tools a person would use:
//! qpdf for structure, pdftotext for the words, pdftoppm for the picture.

#![cfg(not(target_arch = "wasm32"))]

use std::path::{Path, PathBuf};

use leadership_balance::config::ProviderConfig;
use leadership_balance::model::answers::{Answer, AnswerSheet, Context, Experience, Frequency};
use leadership_balance::model::instrument::Instrument;
use leadership_balance::model::profile::DEFAULT_THRESHOLD;
use leadership_balance::model::report::Report;
use leadership_balance::pdf::{CalendarDate, Paper, PdfInput, results_pdf};
use leadership_balance::strings::{self, ENGLISH, Strings};

#[path = "support/pdf_tools.rs"]
mod pdf_tools;

use pdf_tools::{assert_well_formed, page_count, run, text_of, words};

const DATE: CalendarDate = CalendarDate { year: 2026, month: 11, day: 28 };
const SPECIAL: &str = "’ ‘ “ ” – — … é è ü ö ä ß ñ ç ø å";

fn instrument() -> Instrument {
    Instrument::builtin().expect("the built-in instrument is valid")
}

/// Every statement of a competency answered so that it scores `level`.
fn sheet(instrument: &Instrument, level: impl Fn(&str) -> Option<Answer>) -> AnswerSheet {
    let answers = (0..instrument.statements.len())
        .map(|s| {
            let competency = &instrument.competencies[instrument.competency_of(s)];
            level(&competency.id).map(|answer| match answer {
                Answer::Frequency(f) if instrument.statements[s].reverse => Answer::Frequency(f.mirrored()),
                other => other,
            })
        })
        .collect();
    AnswerSheet::from_answers(answers)
}

/// The answer pattern of the end-to-end test: management 75, leadership 52.8.
fn mixed(instrument: &Instrument) -> AnswerSheet {
    sheet(instrument, |id| {
        Some(Answer::Frequency(match id {
            "vision" => Frequency::Never,
            "developing_others" | "networks" | "consensus" | "change" | "inspiring" => Frequency::Sometimes,
            _ => Frequency::Often,
        }))
    })
}

fn make(name: &str, answers: &AnswerSheet, reflections: &[String], paper: Paper) -> (PathBuf, Vec<u8>) {
    make_in(&ENGLISH, name, answers, reflections, paper)
}

fn make_in(
    strings: &Strings,
    name: &str,
    answers: &AnswerSheet,
    reflections: &[String],
    paper: Paper,
) -> (PathBuf, Vec<u8>) {
    let instrument = strings::localize(&instrument(), strings);
    let context = Context { experience: Some(Experience::ThreeToFiveYears), reports: None };
    let report = Report::build(&instrument, answers, &context, DEFAULT_THRESHOLD);
    let input = PdfInput {
        instrument: &instrument,
        report: &report,
        reflections,
        strings,
        config: &ProviderConfig::default(),
        date: DATE,
        paper,
    };
    let bytes = results_pdf(&input);
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join("pdf");
    std::fs::create_dir_all(&dir).expect("a folder for the PDFs");
    let path = dir.join(format!("{name}.pdf"));
    std::fs::write(&path, &bytes).expect("PDF written");
    (path, bytes)
}

#[test]
fn a_complete_result_has_scores_topics_and_blank_lines_to_write_on() {
    let instrument = instrument();
    let (path, bytes) = make("complete", &mixed(&instrument), &[], Paper::A4);
    assert_well_formed(&path);
    let text = text_of(&path);
    for expected in [
        "Your leadership balance",
        "Created on 28 November 2026",
        "Steady organizer",
        "Management scores 75 and leadership scores 53 out of 100.",
        "Managing budgets",
        "Creating an appealing vision",
        "1. Motivation",
        "2. Influence and persuasion",
        "3. Delegation and empowerment",
        "Because Creating an appealing vision and Inspiring others towards the vision scored lowest.",
        "Who is the best manager you have worked with?",
        "Self-ratings tend to run high.",
    ] {
        assert!(text.contains(expected), "missing {expected:?} in:\n{text}");
    }
    let pages = page_count(&path);
    assert!((1..=3).contains(&pages), "{pages} pages");
    assert!(text.contains(&format!("Page {pages} of {pages}")));
    assert!(bytes.len() < 100_000, "{} bytes", bytes.len());
}

#[test]
fn each_language_makes_its_own_pdf_with_its_own_characters() {
    for strings in strings::LANGUAGES {
        let instrument = strings::localize(&instrument(), strings);
        let name = format!("complete-{}", strings.code);
        let note = vec!["Ärger, Übermut, coraz\u{f3}n, \u{e7}a d\u{e9}j\u{e0} vu, \u{153}uvre".to_owned()];
        let (path, _) = make_in(strings, &name, &mixed(&instrument), &note, Paper::A4);
        assert_well_formed(&path);
        let text = words(&text_of(&path));
        let date = leadership_balance::pdf::results::long_date(strings, DATE);
        let topic = |id: &str| instrument.topics.iter().find(|t| t.id == id).map(|t| t.title.clone());
        let expected = [
            strings.results_heading.to_owned(),
            strings::fill(strings.created_on, &[("date", &date)]),
            strings.profiles[1].name.to_owned(),
            instrument.competencies[3].name.clone(),
            instrument.competencies[13].name.clone(),
            format!("1. {}", topic("motivation").unwrap_or_default()),
            format!("2. {}", topic("influence").unwrap_or_default()),
            strings.reflection_questions[0].to_owned(),
            note[0].clone(),
        ];
        for wanted in expected {
            let wanted = words(&wanted);
            assert!(text.contains(&wanted), "{}: missing {wanted:?} in:\n{text}", strings.code);
        }
        if strings.code != "en" {
            assert!(!text.contains(ENGLISH.results_heading), "{}: English left in the PDF", strings.code);
        }
    }
}

#[test]
fn everything_no_chance_yet_still_makes_a_readable_pdf() {
    let instrument = instrument();
    let answers = sheet(&instrument, |_| Some(Answer::NoChanceYet));
    let (path, _) = make("no-chance", &answers, &[], Paper::Letter);
    assert_well_formed(&path);
    let text = text_of(&path);
    assert!(text.contains("Not enough answers to place you yet"), "{text}");
    assert!(text.contains("not enough answers"));
    assert!(text.contains("Answer more statements to get topic suggestions."));
    let info = String::from_utf8_lossy(&run("pdfinfo", &[&path.to_string_lossy()]).stdout).into_owned();
    assert!(info.contains("612 x 792 pts"), "US Letter: {info}");
}

#[test]
fn very_long_reflections_wrap_and_flow_onto_the_next_page() {
    let instrument = instrument();
    let sentence = "She asked what I needed before telling me what she needed, and she meant it. ";
    let long = sentence.repeat(60);
    let reflections = vec![long.clone(), long.clone(), long.clone(), "Short.".to_owned()];
    let (path, bytes) = make("long", &mixed(&instrument), &reflections, Paper::A4);
    assert_well_formed(&path);
    let text = text_of(&path);
    let info = String::from_utf8_lossy(&run("pdfinfo", &[&path.to_string_lossy()]).stdout).into_owned();
    assert!(info.contains("595.28 x 841.89 pts"), "A4: {info}");
    // Every word of the answers is there, across line and page breaks: 3 × 60 sentences.
    // (A footer may stand between two lines of one sentence, so count words, not sentences.)
    for word in ["asked", "telling", "meant"] {
        assert_eq!(text.matches(word).count(), 180, "{word}");
    }
    assert!(page_count(&path) > 3, "long answers need more pages");
    assert!(bytes.len() < 100_000, "{} bytes", bytes.len());
    // No line of text runs past the right margin: pdftotext's bounding boxes tell.
    let out = run("pdftotext", &["-bbox", &path.to_string_lossy(), "-"]);
    let boxes = String::from_utf8_lossy(&out.stdout);
    for word in boxes.lines().filter(|l| l.contains("<word ")) {
        let x_max: f64 = word
            .split("xMax=\"")
            .nth(1)
            .and_then(|r| r.split('"').next())
            .and_then(|v| v.parse().ok())
            .expect("xMax");
        assert!(x_max <= 595.28 - 50.0 + 0.5, "a word ends at {x_max}: {word}");
    }
}

#[test]
fn every_special_character_comes_out_right() {
    let instrument = instrument();
    let reflections = vec![
        format!("My manager ({SPECIAL}) said “keep going” – and I did…"),
        "Zoë, Björn, Ñuño, François, Søren, Åsa, Straße".to_owned(),
        String::new(),
        "Emoji 😀 and Łódź cannot be shown by the standard fonts".to_owned(),
    ];
    let (path, _) = make("special", &mixed(&instrument), &reflections, Paper::A4);
    assert_well_formed(&path);
    let text = text_of(&path);
    assert!(text.contains(SPECIAL), "special characters garbled:\n{text}");
    assert!(text.contains("“keep going” – and I did…"));
    assert!(text.contains("Zoë, Björn, Ñuño, François, Søren, Åsa, Straße"));
    // What the fonts cannot show is replaced, never dropped silently or garbled.
    assert!(text.contains("Emoji ? and ?ód? cannot"), "{text}");
}

#[test]
fn the_metadata_names_the_document_but_holds_no_learner_data() {
    let instrument = instrument();
    let reflections = vec!["A very private note".to_owned()];
    let (path, _) = make("metadata", &mixed(&instrument), &reflections, Paper::A4);
    let info = String::from_utf8_lossy(&run("pdfinfo", &[&path.to_string_lossy()]).stdout).into_owned();
    assert!(info.contains("Title:           Leadership Balance: your results"), "{info}");
    assert!(info.contains("Subject:         Management and leadership self-assessment"), "{info}");
    assert!(info.contains("CreationDate:") && info.contains("2026"), "{info}");
    assert!(!info.contains("private"));
}
