//! Answer sheets as a provider collects them elsewhere: JSON lines or CSV, one learner each,
//! statements by id. Every problem is a sentence that names the line and says what to fix; a
//! sheet with a problem is reported and skipped, never half-read.

use serde_json::Value;

use crate::model::answers::{Answer, AnswerSheet, Context, DirectReports, Experience, Frequency};
use crate::model::instrument::Instrument;

/// One learner's answers, read.
#[derive(Clone, Debug, PartialEq)]
pub struct Sheet {
    /// The `id` given, or `line N` without one.
    pub id: String,
    pub answers: AnswerSheet,
    pub context: Context,
}

/// Why a sheet (or the whole input) could not be read: where, and what to fix.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SheetError {
    /// The line of the input, counted from 1.
    pub line: usize,
    pub problems: Vec<String>,
}

impl std::fmt::Display for SheetError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "line {}: {}", self.line, self.problems.join(" "))
    }
}

/// The input's format: JSON lines when its first character (after blanks) is `{`, else CSV.
pub fn read(instrument: &Instrument, text: &str) -> Vec<Result<Sheet, SheetError>> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    if text.trim_start().starts_with('{') {
        read_json_lines(instrument, text)
    } else {
        read_csv(instrument, text)
    }
}

/// What a cell or value may hold, said once for every error that needs it.
const ANSWER_HELP: &str =
    "use 1 (never) to 5 (almost always), n for \u{201c}no chance yet\u{201d}, or leave it empty";

/// One answer as written: `1`–`5`, `n`, or nothing.
fn answer(written: &str) -> Result<Option<Answer>, String> {
    let written = written.trim();
    match written {
        "" => Ok(None),
        "n" | "N" => Ok(Some(Answer::NoChanceYet)),
        _ => written
            .parse::<u8>()
            .ok()
            .and_then(Frequency::from_value)
            .map(|f| Some(Answer::Frequency(f)))
            .ok_or_else(|| format!("{written:?} is not an answer: {ANSWER_HELP}.")),
    }
}

/// The closest known name to `unknown`, for "did you mean".
fn suggestion<'a>(unknown: &str, known: impl Iterator<Item = &'a str>) -> String {
    known
        .map(|k| (strsim::jaro_winkler(unknown, k), k))
        .filter(|(score, _)| *score > 0.85)
        .max_by(|a, b| a.0.total_cmp(&b.0))
        .map(|(_, k)| format!(" Did you mean {k:?}?"))
        .unwrap_or_default()
}

fn unknown_statement(instrument: &Instrument, id: &str) -> String {
    let known = instrument.statements.iter().map(|s| s.id.as_str());
    format!("{id:?} is not a statement of this instrument.{}", suggestion(id, known))
}

fn context_value(experience: &str, reports: &str, problems: &mut Vec<String>) -> Context {
    Context {
        experience: coded("experience", experience, &Experience::ALL, |e| e.code(), problems),
        reports: coded("direct_reports", reports, &DirectReports::ALL, |r| r.code(), problems),
    }
}

/// The one of `all` whose code `cell` holds; `None` for an empty cell, or with a problem
/// that names the column and the codes it takes.
fn coded<T: Copy>(
    column: &str,
    cell: &str,
    all: &[T],
    code: impl Fn(&T) -> &'static str,
    problems: &mut Vec<String>,
) -> Option<T> {
    let cell = cell.trim();
    if cell.is_empty() {
        return None;
    }
    let found = all.iter().find(|t| code(t) == cell).copied();
    if found.is_none() {
        let codes: Vec<&str> = all.iter().map(&code).collect();
        problems.push(format!("{column} {cell:?} is not one of {}.", codes.join(", ")));
    }
    found
}

/// A JSON value as the text of a cell: numbers and strings as written, null as empty.
fn cell_of(value: &Value) -> Option<String> {
    match value {
        Value::Null => Some(String::new()),
        Value::String(s) => Some(s.clone()),
        Value::Number(n) => Some(n.to_string()),
        _ => None,
    }
}

fn read_json_lines(instrument: &Instrument, text: &str) -> Vec<Result<Sheet, SheetError>> {
    text.lines()
        .enumerate()
        .filter(|(_, l)| !l.trim().is_empty())
        .map(|(at, l)| json_sheet(instrument, l, at + 1))
        .collect()
}

/// `{"id": "ana", "experience": "1_to_3_years", "direct_reports": "1-3", "answers":
/// {"planning_1": 4, "vision_2": "n"}}`
fn json_sheet(instrument: &Instrument, line: &str, at: usize) -> Result<Sheet, SheetError> {
    let fail = |problem: String| SheetError { line: at, problems: vec![problem] };
    let value: Value =
        serde_json::from_str(line).map_err(|e| fail(format!("this line is not a JSON object ({e}).")))?;
    let Value::Object(object) = value else {
        return Err(fail("this line is not a JSON object.".to_owned()));
    };
    let mut problems = Vec::new();
    for key in object.keys() {
        if !["id", "experience", "direct_reports", "answers"].contains(&key.as_str()) {
            let known = ["id", "experience", "direct_reports", "answers"].into_iter();
            problems.push(format!("{key:?} is not a key of a sheet.{}", suggestion(key, known)));
        }
    }
    let text_of = |key: &str, problems: &mut Vec<String>| match object.get(key).map(cell_of) {
        None => String::new(),
        Some(Some(text)) => text,
        Some(None) => {
            problems.push(format!("{key} must be a string."));
            String::new()
        }
    };
    let id = text_of("id", &mut problems);
    let context = context_value(
        &text_of("experience", &mut problems),
        &text_of("direct_reports", &mut problems),
        &mut problems,
    );
    let mut answers = AnswerSheet::new(instrument.statements.len());
    match object.get("answers") {
        Some(Value::Object(given)) => {
            for (statement, value) in given {
                let Some(s) = instrument.statements.iter().position(|x| &x.id == statement) else {
                    problems.push(unknown_statement(instrument, statement));
                    continue;
                };
                match cell_of(value)
                    .ok_or_else(|| format!("{value} is not an answer: {ANSWER_HELP}."))
                    .and_then(|c| answer(&c))
                {
                    Ok(Some(a)) => answers.set(s, a),
                    Ok(None) => {}
                    Err(e) => problems.push(format!("{statement}: {e}")),
                }
            }
        }
        Some(_) => problems.push("answers must be an object of statement ids and answers.".to_owned()),
        None => {
            problems.push("the sheet has no answers (an object of statement ids and answers).".to_owned())
        }
    }
    if !problems.is_empty() {
        return Err(SheetError { line: at, problems });
    }
    Ok(Sheet { id: if id.is_empty() { format!("line {at}") } else { id }, answers, context })
}

/// What a column of the CSV holds.
#[derive(Clone, Copy)]
enum Column {
    Id,
    Experience,
    Reports,
    Statement(usize),
}

/// A header row (`id`, `experience`, `direct_reports`, then statement ids, in any order), then
/// one row per learner.
fn read_csv(instrument: &Instrument, text: &str) -> Vec<Result<Sheet, SheetError>> {
    let mut reader = csv::ReaderBuilder::new().has_headers(false).flexible(true).from_reader(text.as_bytes());
    let mut records = reader.records();
    let header = match records.next() {
        None => return Vec::new(),
        Some(Err(e)) => {
            return vec![Err(SheetError {
                line: 1,
                problems: vec![format!("the header row cannot be read ({e}).")],
            })];
        }
        Some(Ok(header)) => header,
    };
    let mut problems = Vec::new();
    let columns: Vec<Option<Column>> = header
        .iter()
        .map(|name| match name.trim() {
            "id" => Some(Column::Id),
            "experience" => Some(Column::Experience),
            "direct_reports" => Some(Column::Reports),
            statement => match instrument.statements.iter().position(|s| s.id == statement) {
                Some(s) => Some(Column::Statement(s)),
                None => {
                    problems.push(format!("column {}", unknown_statement(instrument, statement)));
                    None
                }
            },
        })
        .collect();
    if !problems.is_empty() {
        return vec![Err(SheetError { line: 1, problems })];
    }
    // The line from the byte offset: the reader's own line count is off after a CRLF, and a
    // record's offset may point at the line break before it.
    let line_at = |position: Option<&csv::Position>| {
        let bytes = text.as_bytes();
        position.map_or(0, |p| {
            let mut at = (p.byte() as usize).min(bytes.len());
            while bytes.get(at).is_some_and(|b| matches!(b, b'\r' | b'\n')) {
                at += 1;
            }
            bytes[..at].iter().filter(|&&b| b == b'\n').count() + 1
        })
    };
    records
        .filter_map(|record| match record {
            Err(e) => Some(Err(SheetError {
                line: line_at(e.position()),
                problems: vec![format!("this row cannot be read ({e}).")],
            })),
            Ok(record) => csv_sheet(instrument, &columns, &record, line_at(record.position())).transpose(),
        })
        .collect()
}

/// One row; `None` for a row with nothing in it.
fn csv_sheet(
    instrument: &Instrument,
    columns: &[Option<Column>],
    record: &csv::StringRecord,
    at: usize,
) -> Result<Option<Sheet>, SheetError> {
    if record.iter().all(|cell| cell.trim().is_empty()) {
        return Ok(None);
    }
    let mut problems = Vec::new();
    if record.len() > columns.len() {
        problems.push(format!("this row has {} cells, the header {}.", record.len(), columns.len()));
    }
    let (mut id, mut experience, mut reports) = (String::new(), String::new(), String::new());
    let mut answers = AnswerSheet::new(instrument.statements.len());
    for (column, cell) in columns.iter().zip(record.iter()) {
        match column {
            Some(Column::Id) => cell.trim().clone_into(&mut id),
            Some(Column::Experience) => cell.clone_into(&mut experience),
            Some(Column::Reports) => cell.clone_into(&mut reports),
            Some(Column::Statement(s)) => match answer(cell) {
                Ok(Some(a)) => answers.set(*s, a),
                Ok(None) => {}
                Err(e) => problems.push(format!("{}: {e}", instrument.statements[*s].id)),
            },
            None => {}
        }
    }
    let context = context_value(&experience, &reports, &mut problems);
    if !problems.is_empty() {
        return Err(SheetError { line: at, problems });
    }
    Ok(Some(Sheet { id: if id.is_empty() { format!("line {at}") } else { id }, answers, context }))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn instrument() -> Instrument {
        Instrument::builtin().expect("valid")
    }

    fn at(instrument: &Instrument, id: &str) -> usize {
        instrument.statements.iter().position(|s| s.id == id).expect("a statement")
    }

    #[test]
    fn a_json_line_reads_its_answers_and_context() {
        let instrument = instrument();
        let text = r#"{"id": "ana", "experience": "1_to_3_years", "direct_reports": "1-3", "answers": {"planning_1": 4, "vision_2": "n", "budgets_1": "2", "coaching_1": null}}"#;
        let sheets = read(&instrument, text);
        let sheet = sheets[0].clone().expect("it reads");
        assert_eq!(sheet.id, "ana");
        assert_eq!(
            sheet.context,
            Context {
                experience: Some(Experience::OneToThreeYears),
                reports: Some(DirectReports::OneToThree)
            }
        );
        assert_eq!(
            sheet.answers.get(at(&instrument, "planning_1")),
            Some(Answer::Frequency(Frequency::Often))
        );
        assert_eq!(sheet.answers.get(at(&instrument, "vision_2")), Some(Answer::NoChanceYet));
        assert_eq!(
            sheet.answers.get(at(&instrument, "budgets_1")),
            Some(Answer::Frequency(Frequency::Rarely))
        );
        assert_eq!(sheet.answers.answered(), 3);
    }

    #[test]
    fn a_csv_reads_by_header_with_a_byte_order_mark_and_quoted_cells() {
        let instrument = instrument();
        let text = "\u{feff}id,planning_1,experience,direct_reports,vision_2\r\n\"Zoë, team B\",5,not_yet,0,n\r\n,,,,\r\n,1,,,\r\n";
        let sheets: Vec<Sheet> = read(&instrument, text).into_iter().map(|s| s.expect("it reads")).collect();
        assert_eq!(sheets.len(), 2, "the empty row is no learner");
        assert_eq!(sheets[0].id, "Zoë, team B");
        assert_eq!(sheets[0].context.experience, Some(Experience::NotYet));
        assert_eq!(
            sheets[0].answers.get(at(&instrument, "planning_1")),
            Some(Answer::Frequency(Frequency::AlmostAlways))
        );
        assert_eq!(sheets[1].id, "line 4");
        assert_eq!(sheets[1].context, Context::default());
    }

    #[test]
    fn every_problem_names_its_line_and_what_to_fix() {
        let instrument = instrument();
        let text = "{\"answers\": {\"planing_1\": 4, \"vision_1\": 7}, \"experiense\": \"x\"}\n{not json\n";
        let sheets = read(&instrument, text);
        let first = sheets[0].clone().expect_err("a problem");
        assert_eq!(first.line, 1);
        let all = first.problems.join(" ");
        assert!(
            all.contains("\"planing_1\" is not a statement of this instrument. Did you mean \"planning_1\"?"),
            "{all}"
        );
        assert!(all.contains("vision_1: \"7\" is not an answer: use 1 (never) to 5"), "{all}");
        assert!(
            all.contains("\"experiense\" is not a key of a sheet. Did you mean \"experience\"?"),
            "{all}"
        );
        assert_eq!(sheets[1].clone().expect_err("not JSON").line, 2);

        let csv = "id,planning_1,experience\nana,six,for_ever\n";
        let error = read(&instrument, csv)[0].clone().expect_err("a problem");
        assert_eq!(error.line, 2);
        assert!(error.to_string().starts_with("line 2: planning_1: \"six\" is not an answer"), "{error}");
        assert!(
            error.to_string().contains("experience \"for_ever\" is not one of not_yet, under_1_year"),
            "{error}"
        );
        let header = read(&instrument, "id,visoin_3\n1,2\n")[0].clone().expect_err("a bad header");
        assert_eq!((header.line, header.problems.len()), (1, 1));
        assert!(header.problems[0].contains("Did you mean \"vision_3\"?"), "{header}");
    }
}
