//! The results PDF, made natively and checked with the tools a person would use:
//! qpdf for structure, pdftotext for the words, pdftoppm for the picture.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic, reason = "a test stops where it fails")]
#![cfg(not(target_arch = "wasm32"))]

use std::path::{Path, PathBuf};

use leadership_balance::calendar::CalendarDate;
use leadership_balance::config::ProviderConfig;
use leadership_balance::model::answers::{Answer, AnswerSheet, Context, Experience, Frequency};
use leadership_balance::model::colleague::{ColleagueView, encode_response};
use leadership_balance::model::instrument::Instrument;
use leadership_balance::model::profile::DEFAULT_THRESHOLD;
use leadership_balance::model::report::Report;
use leadership_balance::model::uncertainty::ErrorModel;
use leadership_balance::pdf::{Paper, PdfInput, results_pdf};
use leadership_balance::strings::{self, ENGLISH, Strings};

#[path = "support/pdf_content.rs"]
mod pdf_content;
#[path = "support/pdf_fonts.rs"]
mod pdf_fonts;
#[path = "support/pdf_structure.rs"]
mod pdf_structure;
#[path = "support/pdf_tools.rs"]
mod pdf_tools;

use pdf_structure::{Element, PdfObjects};
use pdf_tools::{
    assert_well_formed, info, ink_extent, page_count, pages_text, run, text_of, words, write_pdf,
};

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
    make_for(&ProviderConfig::default(), &ENGLISH, name, answers, reflections, paper)
}

/// The demo's provider config: a name and a course for every topic, one with a blurb.
fn provider() -> ProviderConfig {
    ProviderConfig::from_json(include_str!("../web/example-config.json"))
        .expect("the example config is valid")
}

fn make_for(
    config: &ProviderConfig,
    strings: &Strings,
    name: &str,
    answers: &AnswerSheet,
    reflections: &[String],
    paper: Paper,
) -> (PathBuf, Vec<u8>) {
    make_with(config, strings, name, answers, reflections, Beside::default(), paper)
}

/// What a PDF may carry beside the learner's own results.
#[derive(Default)]
struct Beside<'a> {
    colleagues: Option<&'a ColleagueView>,
    learner: Option<&'a str>,
}

fn make_with(
    config: &ProviderConfig,
    strings: &Strings,
    name: &str,
    answers: &AnswerSheet,
    reflections: &[String],
    beside: Beside,
    paper: Paper,
) -> (PathBuf, Vec<u8>) {
    let instrument = strings::localize(&instrument(), strings);
    let context = Context { experience: Some(Experience::ThreeToFiveYears), reports: None };
    let errors = ErrorModel::default_for(&instrument);
    let report = Report::build(&instrument, answers, &context, DEFAULT_THRESHOLD, &errors);
    let input = PdfInput {
        instrument: &instrument,
        report: &report,
        reflections,
        colleagues: beside.colleagues,
        strings,
        config,
        errors: &errors,
        date: DATE,
        paper,
        fonts: &pdf_fonts::fonts(),
        learner: beside.learner,
    };
    let bytes = results_pdf(&input);
    let path = write_pdf(&Path::new(env!("CARGO_TARGET_TMPDIR")).join("pdf"), name, &bytes);
    (path, bytes)
}

#[test]
fn a_complete_result_has_scores_topics_and_blank_lines_to_write_on() {
    let instrument = instrument();
    let (path, bytes) = make("complete", &mixed(&instrument), &[], Paper::A4);
    assert_well_formed(&path);
    let text = words(&text_of(&path));
    for expected in [
        "Your leadership balance",
        "Created on 28 November 2026",
        "Steady organizer",
        "Your next step: leadership development",
        "Management scores 75 (likely 67–83) and leadership scores 53 (likely 46–59) out of 100.",
        "Your answers lean to management: it scores 22 points above leadership",
        "Budgets 75",
        "Creating a vision 0",
        "Creating an appealing vision · 0",
        "Start here",
        "These 2 come out level: your answers cannot tell them apart.",
        "1. Motivation",
        "2. Influence and persuasion",
        "Next: Delegation and empowerment",
        "Later: Conflict resolution",
        "Because Creating an appealing vision and Inspiring others towards the vision scored lowest.",
        "Each band shows where a retake would land 19 times in 20.",
        "Who is the best manager you have worked with?",
        "Self-ratings tend to run high.",
    ] {
        assert!(text.contains(expected), "missing {expected:?} in:\n{text}");
    }
    assert_eq!(page_count(&path), 2);
    assert!(text.contains("Page 2 of 2"));
    assert!(bytes.len() < 100_000, "{} bytes", bytes.len());
}

/// Colleagues who see everything at 50 but vision at 75, 100 and 100; the third also puts
/// budgets at 75 (two identical answers would be refused as one pasted twice).
fn colleagues(instrument: &Instrument, count: usize) -> ColleagueView {
    let mut view = ColleagueView::new(instrument);
    let views = [
        (Frequency::Often, Frequency::Sometimes),
        (Frequency::AlmostAlways, Frequency::Sometimes),
        (Frequency::AlmostAlways, Frequency::Often),
    ];
    for (vision, budgets) in views.into_iter().take(count) {
        let answers = sheet(instrument, |id| {
            Some(Answer::Frequency(match id {
                "vision" => vision,
                "budgets" => budgets,
                _ => Frequency::Sometimes,
            }))
        });
        view.add_pasted(instrument, &encode_response(instrument, &answers)).expect("an answer");
    }
    view
}

/// The demo provider's A4 PDF of [`mixed`] in `strings`, with the colleagues' `view` beside
/// it, checked well formed: its path.
fn with_colleagues(strings: &Strings, name: &str, view: &ColleagueView) -> PathBuf {
    let answers = mixed(&strings::localize(&instrument(), strings));
    let beside = Beside { colleagues: Some(view), ..Beside::default() };
    let (path, _) = make_with(&provider(), strings, name, &answers, &[], beside, Paper::A4);
    assert_well_formed(&path);
    path
}

/// The learner of [`mixed`] (management 75, vision 0, coaching, innovation and motivating 75,
/// the rest 50) and three colleagues (see [`colleagues`]): their vision is 91.7, shown 92, a
/// hidden strength against 0; the nine competencies the learner puts at 75 against 50 are
/// blind spots, but budgets (75 against 58) is not: that gap is within what retakes explain.
#[test]
fn the_colleagues_view_is_in_the_pdf_with_its_blind_spots_and_hidden_strengths() {
    let english = instrument();
    let view = colleagues(&english, 3);
    for (strings, wanted) in [
        (
            &ENGLISH,
            [
                "How colleagues see you",
                "Combined from 3 colleagues’ answers.",
                "Management: you 75, colleagues 51. Leadership: you 53, colleagues 55.",
                "The balance as colleagues see it",
                "Blind spots: you rate yourself higher",
                "Planning and organizing work and staff: you 75, colleagues 50",
                "Hidden strengths: colleagues rate you higher",
                "Creating an appealing vision: you 0, colleagues 92",
            ],
        ),
        (
            &strings::GERMAN,
            [
                "So sehen andere Sie",
                "Aus den Antworten von 3 Personen zusammengefasst.",
                "Management: Sie 75, andere 51. Führung: Sie 53, andere 55.",
                "Die Balance aus Sicht der anderen",
                "Blinde Flecken: Sie sehen sich stärker",
                "Arbeit und Personal planen und organisieren: Sie 75, andere 50",
                "Verborgene Stärken: andere sehen Sie stärker",
                "Eine überzeugende Vision entwerfen: Sie 0, andere 92",
            ],
        ),
    ] {
        let name = format!("colleagues-{}", strings.code);
        let localized = strings::localize(&english, strings);
        let path = with_colleagues(strings, &name, &view);
        let text = words(&text_of(&path));
        for expected in wanted {
            assert!(text.contains(expected), "{}: missing {expected:?} in:\n{text}", strings.code);
        }
        assert!(!text.contains(&words(strings.view_indexes_only)), "{}", strings.code);
        let blind = text
            .split(strings.blind_spots_heading)
            .nth(1)
            .and_then(|rest| rest.split(strings.hidden_strengths_heading).next())
            .expect("a list of blind spots");
        let budgets = &localized.competencies[3];
        assert_eq!(budgets.id, "budgets");
        assert!(!blind.contains(&budgets.name), "{}: a gap within the bands is no blind spot", strings.code);
        let tags = struct_text(&path);
        assert_eq!(
            tags.matches("H3 (block)").count(),
            5,
            "{}: “Start here”, then the colleagues' balance, blind spots, hidden strengths and all competencies, each under a tagged H3",
            strings.code
        );
    }
}

/// With two colleagues, a competency's average could give away who said what: only the two
/// indexes are shown, and the PDF says why.
#[test]
fn two_colleagues_show_only_the_indexes() {
    let english = instrument();
    let view = colleagues(&english, 2);
    let path = with_colleagues(&ENGLISH, "colleagues-two", &view);
    let text = words(&text_of(&path));
    for expected in [
        "Combined from 2 colleagues’ answers.",
        ENGLISH.view_indexes_only,
        "Management: you 75, colleagues 50. Leadership: you 53, colleagues 54.",
        "The balance as colleagues see it",
    ] {
        assert!(text.contains(&words(expected)), "missing {expected:?} in:\n{text}");
    }
    for absent in
        [ENGLISH.blind_spots_heading, ENGLISH.hidden_strengths_heading, "Creating an appealing vision: you 0"]
    {
        assert!(!text.contains(absent), "{absent:?} shown with two colleagues:\n{text}");
    }
    assert_eq!(
        struct_text(&path).matches("H3 (block)").count(),
        2,
        "“Start here” and the colleagues' balance, nothing more"
    );
}

#[test]
fn each_language_makes_its_own_pdf_with_its_own_characters() {
    for strings in strings::LANGUAGES {
        let instrument = strings::localize(&instrument(), strings);
        let name = format!("complete-{}", strings.code);
        let note = vec!["Ärger, Übermut, coraz\u{f3}n, \u{e7}a d\u{e9}j\u{e0} vu, \u{153}uvre".to_owned()];
        let (path, _) =
            make_for(&ProviderConfig::default(), strings, &name, &mixed(&instrument), &note, Paper::A4);
        assert_well_formed(&path);
        let text = words(&text_of(&path));
        let date = strings.long_date(DATE);
        let topic = |id: &str| instrument.topics.iter().find(|t| t.id == id).map(|t| t.title.clone());
        let expected = [
            strings.results_heading.to_owned(),
            strings::fill(strings.created_on, &[("date", &date)]),
            strings.profiles[1].name.to_owned(),
            instrument.competencies[3].short_name.clone(),
            instrument.competencies[13].short_name.clone(),
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
        "Emoji 😀 and 中文 have no glyph here".to_owned(),
    ];
    let (path, _) = make("special", &mixed(&instrument), &reflections, Paper::A4);
    assert_well_formed(&path);
    let text = text_of(&path);
    assert!(text.contains(SPECIAL), "special characters garbled:\n{text}");
    assert!(text.contains("“keep going” – and I did…"));
    assert!(text.contains("Zoë, Björn, Ñuño, François, Søren, Åsa, Straße"));
    // What no embedded glyph shows is drawn as a visible replacement mark, and the PDF keeps
    // the text itself beside it (ActualText): copied or read aloud, the note is whole.
    assert!(text.contains("Emoji 😀 and 中文 have no glyph here"), "{text}");
    let drawn: Vec<String> =
        pdf_content::page_marks(&path).into_iter().filter(|m| m.starts_with("BT ")).collect();
    assert!(drawn.iter().any(|m| m.contains("Emoji \u{FFFD} and \u{FFFD}\u{FFFD} have")), "{drawn:?}");
}

/// Notes in the languages of the learners who wrote in: every character comes back exactly,
/// and the PDF's fonts are embedded subsets with a Unicode map.
#[test]
fn notes_in_six_scripts_print_and_come_back_exactly() {
    let instrument = instrument();
    let notes = [
        "Zarządzać zespołem: źdźbło, żółć, Łódź, Gdańsk.",
        "Dobrý manažer nejdřív naslouchá: řeč, úžasné, Ůsilí.",
        "İyi bir yönetici önce dinler: ğüşıöç İĞÜŞÖÇ.",
        "Người quản lý giỏi lắng nghe trước khi quyết định.",
        "Ο καλός διευθυντής ακούει πρώτα και αποφασίζει μετά.",
        "Добрий керівник спершу слухає: їжак, ґанок, є, Ї.",
    ];
    let reflections =
        vec![notes[..2].join(" "), notes[2..4].join(" "), notes[4].to_owned(), notes[5].to_owned()];
    let (path, bytes) = make("six-scripts", &mixed(&instrument), &reflections, Paper::A4);
    assert_well_formed(&path);
    let text = words(&text_of(&path));
    for note in notes {
        assert!(text.contains(note), "missing {note:?} in:\n{text}");
    }
    assert!(!text.contains('\u{FFFD}'), "{text}");
    let fonts = String::from_utf8_lossy(&run("pdffonts", &[&path.to_string_lossy()]).stdout).into_owned();
    let rows: Vec<&str> = fonts.lines().skip(2).collect();
    assert_eq!(rows.len(), 2, "the two faces:\n{fonts}");
    for row in rows {
        let cells: Vec<&str> = row.split_whitespace().collect();
        // name, type (2 words), encoding, then emb sub uni, object, generation.
        let flags = &cells[cells.len() - 5..cells.len() - 2];
        assert_eq!(flags, ["yes", "yes", "yes"], "embedded, subset, with a Unicode map: {row}");
        assert!(cells[0].len() > 7 && cells[0].as_bytes()[6] == b'+', "a subset's name: {row}");
    }
    assert!(bytes.len() < 100_000, "{} bytes", bytes.len());
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

/// What a trainer's learner typically downloads: the demo provider's courses, no notes.
fn typical(strings: &Strings, paper: Paper) -> PathBuf {
    let instrument = strings::localize(&instrument(), strings);
    let name = format!("typical-{}-{paper:?}", strings.code);
    make_for(&provider(), strings, &name, &mixed(&instrument), &[], paper).0
}

/// How full each page but the last is: from the top margin to the lowest ink above the
/// footer, as a share of the room a page offers. Measured on pdftoppm's rendering.
fn fills(path: &Path, paper: Paper) -> Vec<f64> {
    let (_, height) = paper.size();
    let (margin, footer) = (50.0, 24.0);
    let room = height - 2.0 * margin - footer;
    let pages = page_count(path);
    (1..pages)
        .map(|page| {
            let (_, bottom) =
                ink_extent(path, page, height - margin - footer + 2.0).expect("ink on the page");
            (bottom - margin) / room
        })
        .collect()
}

#[test]
fn a_typical_result_is_two_pages_in_every_language_and_paper_with_the_summary_on_page_one() {
    for strings in strings::LANGUAGES {
        let instrument = strings::localize(&instrument(), strings);
        let report = Report::build(
            &instrument,
            &mixed(&instrument),
            &Context { experience: Some(Experience::ThreeToFiveYears), reports: None },
            DEFAULT_THRESHOLD,
            &ErrorModel::default_for(&instrument),
        );
        for paper in [Paper::A4, Paper::Letter] {
            let path = typical(strings, paper);
            let at = format!("{} {paper:?}", strings.code);
            assert_well_formed(&path);
            assert_eq!(page_count(&path), 2, "{at}");
            let first = words(&pages_text(&path, 1, 1));
            let (placement, _) = strings.placement(&report);
            let mut wanted = vec![
                strings.results_heading.to_owned(),
                placement,
                strings.balance_summary_for(&report.bands),
                strings.strengths_heading.to_owned(),
                strings.growth_heading.to_owned(),
            ];
            for recommendation in report.first_topics() {
                let topic = &instrument.topics[recommendation.topic];
                wanted.push(topic.title.clone());
                wanted.push(provider().courses.get(&topic.id).map(|c| c.title.clone()).unwrap_or_default());
            }
            assert!(report.first_topics().count() >= 1, "{at}");
            for text in wanted {
                assert!(first.contains(&words(&text)), "{at}: page 1 lacks {text:?}:\n{first}");
            }
            let second = words(&pages_text(&path, 2, 2));
            for text in
                [strings.competencies_heading, strings.reflection_questions[3], strings.self_rating_note]
            {
                assert!(second.contains(&words(text)), "{at}: page 2 lacks {text:?}:\n{second}");
            }
            let fill = fills(&path, paper);
            eprintln!("{at}: page 1 is {:.0}% full", fill[0] * 100.0);
            assert!(fill[0] >= 0.25, "{at}: page 1 is {:.2} full", fill[0]);
        }
    }
}

/// The structure elements' texts as poppler reads them out, in the tree's order.
fn struct_text(path: &Path) -> String {
    let out = run("pdfinfo", &["-struct-text", &path.to_string_lossy()]);
    assert!(out.status.success(), "pdfinfo -struct-text failed");
    String::from_utf8_lossy(&out.stdout).into_owned()
}

#[test]
fn the_pdf_is_tagged_for_screen_readers_in_its_own_language() {
    for strings in strings::LANGUAGES {
        let path = typical(strings, Paper::A4);
        let at = strings.code;
        let info = info(&path);
        assert!(info.contains("Tagged:          yes"), "{at}: {info}");
        let objects = PdfObjects::read(&path);
        let catalog = objects.catalog();
        assert_eq!(catalog["/Lang"], format!("u:{}", strings.code), "{at}");
        assert_eq!(catalog["/MarkInfo"]["/Marked"], true, "{at}");
        assert_eq!(catalog["/ViewerPreferences"]["/DisplayDocTitle"], true, "{at}");
        assert!(info.contains(&format!("Title:           {}", strings.pdf_title)), "{at}: {info}");

        // The tags, in reading order: page 1's summary, then page 2.
        let elements = objects.structure();
        let top: Vec<&str> = elements.iter().filter(|e| e.depth == 1).map(|e| e.role.as_str()).collect();
        let expected = [
            "P", "H1", "P", // provider, title, date
            "H2", "P", "P", // profile, what it means, the next step
            "H2", "Figure", // the balance
            "H2", "P", "H2", "L", // beside it, strengths (none clear) and growth areas
            "P", "P", // under both, how far it leans and the scores in words
            "H2", "H3", "P", "L", "P", "P", // next topics: start here, level, list, next, later
            "H2", "Figure", "P", // competencies and the threshold note
            "H2", "P", "P", "P", "P", "P", // reflection: intro and four questions
            "P", // the self-rating note
        ];
        assert_eq!(top, expected, "{at}");
        assert_eq!(elements[0].role, "Document");
        for item in elements.iter().filter(|e| e.role == "LI") {
            let parts: Vec<&str> = elements
                .iter()
                .skip_while(|e| !std::ptr::eq(*e, item))
                .skip(1)
                .take_while(|e| e.depth > item.depth)
                .filter(|e| e.depth == item.depth + 1)
                .map(|e| e.role.as_str())
                .collect();
            assert_eq!(parts, ["Lbl", "LBody"], "{at}: a list item is a label and a body");
        }
        // One per course of the first tier (motivation, influence); later tiers are named only.
        assert_eq!(elements.iter().filter(|e| e.role == "Link").count(), 2, "{at}: one per course");

        // Both charts say in words what they show: the same sentences as the SVGs.
        let instrument = strings::localize(&instrument(), strings);
        let context = Context { experience: Some(Experience::ThreeToFiveYears), reports: None };
        let report = Report::build(
            &instrument,
            &mixed(&instrument),
            &context,
            DEFAULT_THRESHOLD,
            &ErrorModel::default_for(&instrument),
        );
        let alts: Vec<String> =
            elements.iter().filter(|e| e.role == "Figure").filter_map(|e| e.alt.clone()).collect();
        assert_eq!(
            alts,
            [
                strings.balance_summary_for(&report.bands),
                strings.competencies_summary_for(&instrument, &report.bands)
            ],
            "{at}"
        );

        // What the tree reads out comes in the order the pages show it.
        let read = words(&struct_text(&path));
        let mut order = vec![
            strings.results_heading,
            strings.strengths_heading,
            strings.growth_heading,
            strings.topics_heading,
            strings.competencies_heading,
            strings.reflection_heading,
        ];
        order.extend(strings.reflection_questions.iter().copied());
        order.push(strings.self_rating_note);
        let mut from = 0;
        for text in order {
            let text = words(text);
            let found =
                read[from..].find(&text).unwrap_or_else(|| panic!("{at}: {text:?} out of order in\n{read}"));
            from += found + text.len();
        }

        // A heading always shares its page with what follows it.
        for (i, heading) in elements.iter().enumerate().filter(|(_, e)| e.role.starts_with('H')) {
            let next = elements[i + 1..].iter().find(|e| !e.pages.is_empty()).map(|e| e.pages[0]);
            assert_eq!(Some(heading.pages[0]), next, "{at}: a heading alone at the foot of a page");
        }

        // Footers and rules are artifacts; no text is drawn outside a tag or an artifact.
        let mut open: Vec<String> = Vec::new();
        let mut footers = 0;
        for mark in pdf_content::page_marks(&path) {
            match mark.as_str() {
                "--page--" => assert!(open.is_empty(), "{at}: marked content left open"),
                "EMC" => {
                    open.pop();
                }
                shown if shown.starts_with("BT ") => {
                    let inside = open.last().unwrap_or_else(|| panic!("{at}: untagged text {shown}"));
                    let counter = |n: &str| strings::fill(strings.page_counter, &[("n", n), ("total", "2")]);
                    if shown.ends_with(&counter("1")) || shown.ends_with(&counter("2")) {
                        assert_eq!(inside, "/Artifact BMC", "{at}: the page counter is an artifact");
                        footers += 1;
                    }
                }
                other => open.push(other.to_owned()),
            }
        }
        assert_eq!(footers, 2, "{at}: one page counter per page");
    }
}

/// Every element of `role` whose own content spans more than one page.
fn split(elements: &[Element], role: &str) -> Vec<Vec<usize>> {
    let mut found = Vec::new();
    for (i, element) in elements.iter().enumerate().filter(|(_, e)| e.role == role) {
        let mut pages: Vec<usize> = elements[i..]
            .iter()
            .enumerate()
            .take_while(|(j, e)| *j == 0 || e.depth > element.depth)
            .flat_map(|(_, e)| e.pages.iter().copied())
            .collect();
        pages.dedup();
        if pages.len() > 1 {
            found.push(pages);
        }
    }
    found
}

#[test]
fn long_notes_flow_onto_further_pages_without_splitting_blocks_or_leaving_sparse_pages() {
    let instrument = instrument();
    let sentence = "I would like to give people room to decide, and say so at the start of a task. ";
    for (name, notes) in [
        ("notes-medium", vec![sentence.repeat(6), sentence.repeat(3), String::new(), sentence.repeat(8)]),
        (
            "notes-long",
            vec![sentence.repeat(50), sentence.repeat(2), sentence.repeat(40), "Short.".to_owned()],
        ),
    ] {
        for paper in [Paper::A4, Paper::Letter] {
            let (path, bytes) =
                make_for(&provider(), &strings::GERMAN, name, &mixed(&instrument), &notes, paper);
            let at = format!("{name} {paper:?}");
            assert_well_formed(&path);
            assert!(bytes.len() < 100_000, "{at}: {} bytes", bytes.len());
            let pages = page_count(&path);
            let least = if name == "notes-long" { 3 } else { 2 };
            assert!(pages >= least, "{at}: {pages} pages");
            let text = words(&text_of(&path));
            assert_eq!(
                text.matches("say so at the start").count(),
                notes.iter().map(|n| n.matches("say so").count()).sum::<usize>(),
                "{at}"
            );
            for (page, fill) in fills(&path, paper).iter().enumerate() {
                assert!(*fill >= 0.25, "{at}: page {} is {fill:.2} full", page + 1);
            }
            let elements = PdfObjects::read(&path).structure();
            assert_eq!(split(&elements, "LI"), Vec::<Vec<usize>>::new(), "{at}: a topic split across pages");
            // A question stays with the start of its note, and a note that fits on a page
            // is not split. After the reflection's heading: its intro, then each question
            // and its note (none for the empty one), then the self-rating note.
            let last_heading = elements.iter().rposition(|e| e.role == "H2").expect("headings");
            let paragraphs: Vec<&Element> =
                elements[last_heading..].iter().filter(|e| e.depth == 1 && e.role == "P").collect();
            let mut at_paragraph = 1;
            for note in &notes {
                let question = paragraphs[at_paragraph];
                at_paragraph += 1;
                if note.is_empty() {
                    continue;
                }
                let answer = paragraphs[at_paragraph];
                at_paragraph += 1;
                assert_eq!(question.pages[0], answer.pages[0], "{at}: a question apart from its note");
                if note.len() < 1_000 {
                    assert_eq!(answer.pages.len(), 1, "{at}: a short note split across pages");
                }
            }
            assert_eq!(at_paragraph + 1, paragraphs.len(), "{at}: the self-rating note comes last");
        }
    }
}

/// The README shows both pages of a typical PDF, rendered by pdftoppm from the PDF this file
/// makes. `LB_UPDATE_IMAGES=1 cargo test --test pdf readme` renders them again.
#[test]
fn the_readme_shows_both_pages_of_a_typical_pdf_and_a_ukrainian_first_page() {
    let docs = Path::new(env!("CARGO_MANIFEST_DIR")).join("docs");
    if std::env::var_os("LB_UPDATE_IMAGES").is_some() {
        for (strings, prefix, last) in
            [(&ENGLISH, "pdf-page", "2"), (&strings::UKRAINIAN, "pdf-page-uk", "1")]
        {
            let path = typical(strings, Paper::A4);
            let prefix = docs.join(prefix);
            let (path, prefix) = (path.to_string_lossy(), prefix.to_string_lossy());
            let out = run("pdftoppm", &["-png", "-r", "60", "-l", last, &path, &prefix]);
            assert!(out.status.success(), "pdftoppm failed");
        }
    }
    let readme =
        std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("README.md")).expect("README");
    for name in ["docs/pdf-page-1.png", "docs/pdf-page-2.png", "docs/pdf-page-uk-1.png"] {
        assert!(readme.contains(&format!("]({name})")), "the README shows {name}");
        let image = std::fs::read(Path::new(env!("CARGO_MANIFEST_DIR")).join(name)).expect("the image");
        assert!(image.starts_with(b"\x89PNG"), "{name} is a PNG");
    }
}

/// Under a learning platform whose provider asks for it, the learner's name stands under the
/// date, as the reader of page 1 would expect; without it, no name appears.
#[test]
fn the_learners_name_heads_the_pdf_only_when_given() {
    let instrument = instrument();
    let (named, _) = make_with(
        &provider(),
        &ENGLISH,
        "named",
        &mixed(&instrument),
        &[],
        Beside { learner: Some("Zoë Kowalska"), ..Beside::default() },
        Paper::A4,
    );
    let page_one = words(&pages_text(&named, 1, 1));
    assert!(page_one.contains("Created on 28 November 2026 Zoë Kowalska Steady organizer"), "{page_one}");
    let (unnamed, _) =
        make_with(&provider(), &ENGLISH, "unnamed", &mixed(&instrument), &[], Beside::default(), Paper::A4);
    assert!(!words(&text_of(&unnamed)).contains("Kowalska"));
}
