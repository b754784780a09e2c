//! The learner's progress as this device keeps it: a versioned JSON file, with the answers in
//! the share code's compact form. Anything foreign or damaged is refused, and the widget simply
//! starts afresh: a saved file must never be able to break it. A file an earlier version wrote
//! is read, never refused (`tests/formats.rs` holds one of each).
//!
//! Two tabs of one browser share the file. Each change carries the time it was made (a
//! stamp), and the file a revision; [`merge`] makes two tabs' progress one, so that neither
//! tab's answers are lost when both are used.
//!
//! This module knows the file and the model, not the UI: `ui::progress` maps an assessment in
//! progress to a [`Progress`] and back, and the fuzz target reads files here directly.

use serde::{Deserialize, Serialize};

use crate::model::answers::{Answer, AnswerSheet, Context, DirectReports, Experience};
use crate::model::instrument::Instrument;
use crate::model::share::{self, fingerprint};

/// The version this code writes. Version 1 (no revision, no stamps) is still read.
pub const SAVED_VERSION: u32 = 2;
/// A saved text longer than this is refused unread.
pub const MAX_SAVED_LENGTH: usize = 100_000;
/// The longest reflection note, in characters: the note's box refuses more, and says so as
/// the learner nears it, so that nothing is ever cut.
pub const MAX_NOTE: usize = 5_000;

/// Where the learner was, as the file names it. Kept apart from the UI's own step type so that
/// renaming a screen never changes what devices have stored.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum SavedStep {
    Intro,
    Context,
    /// A page of statements; the file's `page` says which.
    Statements,
    /// The results, shown: any second stage is over (taken, skipped or not needed).
    Results,
    /// The results reached, the second stage not over: offered or under way. Opened again, the
    /// widget decides it again from the answers, so a page half answered carries on.
    #[serde(rename = "second_stage")]
    SecondStage,
}

/// The latest result reached on this device.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LastResult {
    /// The attempt that reached it, so a result is never compared with itself.
    pub attempt: u32,
    /// Its share code.
    pub answers: String,
}

/// When each answer was last changed, in milliseconds since 1970 (0: never, or before stamps
/// were kept). The latest change wins when two tabs' progress is merged.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Stamps {
    /// One per statement, in the instrument's order.
    pub answers: Vec<u64>,
    /// The experience question's answer.
    pub experience: u64,
    /// The direct-reports question's answer.
    pub reports: u64,
    /// One per reflection note.
    pub reflections: Vec<u64>,
}

impl Stamps {
    /// No change stamped yet, for `statements` statements and `notes` reflection notes.
    pub fn unstamped(statements: usize, notes: usize) -> Stamps {
        Stamps { answers: vec![0; statements], experience: 0, reports: 0, reflections: vec![0; notes] }
    }

    /// The latest change of all.
    pub fn latest(&self) -> u64 {
        let all = self.answers.iter().chain(&self.reflections).chain([&self.experience, &self.reports]);
        all.copied().max().unwrap_or(0)
    }

    /// The same stamps for `statements` statements and `notes` notes: missing ones are 0.
    fn sized(mut self, statements: usize, notes: usize) -> Stamps {
        self.answers.resize(statements, 0);
        self.reflections.resize(notes, 0);
        self
    }

    /// As the file keeps them: the statements', then the experience's and the direct
    /// reports', then the notes'.
    fn to_list(&self) -> Vec<u64> {
        let mut list = self.answers.clone();
        list.extend([self.experience, self.reports]);
        list.extend(&self.reflections);
        list
    }

    /// Read back from [`Stamps::to_list`] for `statements` statements and `notes` notes. A
    /// file may stamp fewer statements (only the first stage, or written before the second
    /// stage existed): the rest are 0. A list that cannot be read so (or none, in a file of
    /// version 1) stamps nothing.
    fn from_list(list: &[u64], statements: usize, notes: usize) -> Stamps {
        let Some(stamped) = list.len().checked_sub(2 + notes).filter(|&n| n <= statements) else {
            return Stamps::unstamped(statements, notes);
        };
        Stamps {
            answers: list[..stamped].to_vec(),
            experience: list[stamped],
            reports: list[stamped + 1],
            reflections: list[stamped + 2..].to_vec(),
        }
        .sized(statements, notes)
    }
}

/// The file, exactly as stored. A file holding anything its version did not write is refused
/// whole. Version 1 had no `revision` and no `stamps`: read as revision 0, nothing stamped.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct SavedFile {
    version: u32,
    /// The instrument's fingerprint; progress made with other statements is dropped.
    instrument: u16,
    /// Counts the writes to this file, by any tab: a tab that last read an older revision
    /// merges before it writes.
    #[serde(default)]
    revision: u64,
    attempt: u32,
    /// The answers and context as a share code.
    answers: String,
    /// When each answer, context answer and note was last changed, as one list (see
    /// [`Stamps::to_list`]): a list of numbers costs the wasm far less to read than an object.
    #[serde(default)]
    stamps: Vec<u64>,
    step: SavedStep,
    /// The statements page, counted from 0; 0 on the other steps.
    page: usize,
    reflections: Vec<String>,
    /// The share code of the result this attempt compares with.
    earlier: Option<String>,
    last_result: Option<LastResult>,
}

/// Progress read back and checked against the instrument: every code has been decoded.
#[derive(Clone, Debug, PartialEq)]
pub struct Progress {
    /// The file's revision when it was read (0 for a file of version 1).
    pub revision: u64,
    pub attempt: u32,
    pub answers: AnswerSheet,
    pub context: Context,
    /// When each answer and note was last changed; sized to the answers and notes.
    pub stamps: Stamps,
    pub step: SavedStep,
    /// The statements page, counted from 0; not yet checked against the page count.
    pub page: usize,
    /// The reflection notes, whole.
    pub reflections: Vec<String>,
    pub earlier: Option<(AnswerSheet, Context)>,
    /// Kept only when its code still decodes.
    pub last_result: Option<LastResult>,
}

/// Where a device keeps the progress: one key per instrument version and provider config
/// (`id`), so that two providers' widgets on one device never mix answers.
///
/// ```
/// use leadership_balance::model::instrument::Instrument;
/// use leadership_balance::persistence::storage_key;
/// let instrument = Instrument::builtin().unwrap();
/// assert_eq!(storage_key(&instrument, Some("northwind")), "leadership-balance:leadership-balance-core:1:northwind");
/// ```
pub fn storage_key(instrument: &Instrument, config_id: Option<&str>) -> String {
    format!("leadership-balance:{}:{}:{}", instrument.id, instrument.version, config_id.unwrap_or("default"))
}

/// Why saved progress was thrown away; only ever logged.
#[derive(Debug, PartialEq, Eq)]
pub struct Discarded(pub String);

impl Progress {
    /// How many statements the file stamps: as many as its answer code carries, which is the
    /// first stage only until a second-stage statement is answered (so that a file without
    /// them reads as before).
    fn stamped(&self, instrument: &Instrument) -> usize {
        let extras = instrument.first_stage()..self.answers.len();
        let second_stage_touched = extras.clone().any(|s| self.answers.get(s).is_some())
            || extras.into_iter().any(|s| self.stamps.answers.get(s).is_some_and(|&t| t > 0));
        if second_stage_touched { self.answers.len() } else { instrument.first_stage() }
    }

    /// The file to keep for this progress, at `revision`.
    pub fn to_text(&self, instrument: &Instrument) -> String {
        let file = SavedFile {
            version: SAVED_VERSION,
            instrument: fingerprint(instrument),
            revision: self.revision,
            attempt: self.attempt,
            answers: share::encode(instrument, &self.answers, &self.context),
            stamps: self.stamps.clone().sized(self.stamped(instrument), self.reflections.len()).to_list(),
            step: self.step,
            page: self.page,
            reflections: self.reflections.clone(),
            earlier: self
                .earlier
                .as_ref()
                .map(|(answers, context)| share::encode(instrument, answers, context)),
            last_result: self.last_result.clone(),
        };
        // A struct of strings and whole numbers always serializes; the fallback is never used.
        serde_json::to_string(&file).unwrap_or_default()
    }

    /// The progress saved in `text`, if it is whole, of a version this code reads, and made
    /// with `instrument`.
    pub fn from_text(instrument: &Instrument, text: &str) -> Result<Progress, Discarded> {
        if text.len() > MAX_SAVED_LENGTH {
            return Err(Discarded("too long".to_owned()));
        }
        // Through a JSON value, as every JSON text the widget reads: serde's derives are then
        // compiled for one kind of input only, which keeps the wasm smaller.
        let value = serde_json::from_str::<serde_json::Value>(text).map_err(|e| Discarded(e.to_string()))?;
        let file = SavedFile::deserialize(&value).map_err(|e| Discarded(e.to_string()))?;
        if !(1..=SAVED_VERSION).contains(&file.version) {
            return Err(Discarded(format!("version {}", file.version)));
        }
        if file.instrument != fingerprint(instrument) {
            return Err(Discarded("made with other statements".to_owned()));
        }
        let (answers, context) =
            share::decode(instrument, &file.answers).map_err(|e| Discarded(e.to_string()))?;
        Ok(Progress {
            revision: file.revision,
            attempt: file.attempt,
            stamps: Stamps::from_list(&file.stamps, answers.len(), file.reflections.len()),
            answers,
            context,
            step: file.step,
            page: file.page,
            reflections: file.reflections,
            earlier: file.earlier.and_then(|code| share::decode(instrument, &code).ok()),
            last_result: file.last_result.filter(|last| share::decode(instrument, &last.answers).is_ok()),
        })
    }
}

/// One answer of two, the later change winning; at the same moment, an answer beats none, and
/// of two answers the higher code wins, so that the merge is the same whichever side is which.
fn later<T: Copy>(a: (Option<T>, u64), b: (Option<T>, u64), rank: impl Fn(T) -> u8) -> (Option<T>, u64) {
    let key = |(value, stamp): (Option<T>, u64)| (stamp, value.map_or(0, |v| u16::from(rank(v)) + 1));
    if key(b) > key(a) { b } else { a }
}

fn place_of<T: PartialEq>(all: &[T], value: T) -> u8 {
    all.iter().position(|v| *v == value).map_or(u8::MAX, |i| u8::try_from(i).unwrap_or(u8::MAX))
}

fn answer_rank(answer: Answer) -> u8 {
    u8::try_from(answer.place()).unwrap_or(u8::MAX)
}

/// Two tabs' progress on one device, made one. Within one attempt every answer, context
/// answer and note is the later change of the two, so no answer either side had is lost; the
/// step is the one of the side changed last. A later attempt (the learner started again in one
/// tab) replaces an earlier one whole. Merging is the same either way round, and merging again
/// changes nothing.
pub fn merge(a: &Progress, b: &Progress) -> Progress {
    let revision = a.revision.max(b.revision);
    if a.attempt != b.attempt {
        let newer = if a.attempt > b.attempt { a } else { b };
        return Progress { revision, ..newer.clone() };
    }
    let statements = a.answers.len().max(b.answers.len());
    let notes = a.reflections.len().max(b.reflections.len());
    let (sa, sb) = (a.stamps.clone().sized(statements, notes), b.stamps.clone().sized(statements, notes));
    let mut answers = Vec::with_capacity(statements);
    let mut answer_stamps = Vec::with_capacity(statements);
    for i in 0..statements {
        let (answer, stamp) =
            later((a.answers.get(i), sa.answers[i]), (b.answers.get(i), sb.answers[i]), answer_rank);
        answers.push(answer);
        answer_stamps.push(stamp);
    }
    let experience =
        later((a.context.experience, sa.experience), (b.context.experience, sb.experience), |e| {
            place_of(&Experience::ALL, e)
        });
    let reports = later((a.context.reports, sa.reports), (b.context.reports, sb.reports), |r| {
        place_of(&DirectReports::ALL, r)
    });
    let mut reflections = Vec::with_capacity(notes);
    let mut note_stamps = Vec::with_capacity(notes);
    for i in 0..notes {
        let (na, nb) = (
            a.reflections.get(i).cloned().unwrap_or_default(),
            b.reflections.get(i).cloned().unwrap_or_default(),
        );
        // Notes are text: the later change wins, and at the same moment the longer (then the
        // greater) text, so that nothing typed is dropped by a tie.
        let pick_b =
            (sb.reflections[i], nb.chars().count(), &nb) > (sa.reflections[i], na.chars().count(), &na);
        let (note, stamp) = if pick_b { (nb, sb.reflections[i]) } else { (na, sa.reflections[i]) };
        reflections.push(note);
        note_stamps.push(stamp);
    }
    // The step, page, comparison and latest result of the side changed last.
    let order = |p: &Progress, s: &Stamps| {
        (s.latest(), p.step as u8, p.page, p.last_result.is_some(), p.earlier.is_some())
    };
    let last = if order(b, &sb) > order(a, &sa) { b } else { a };
    Progress {
        revision,
        attempt: a.attempt,
        answers: AnswerSheet::from_answers(answers),
        context: Context { experience: experience.0, reports: reports.0 },
        stamps: Stamps {
            answers: answer_stamps,
            experience: experience.1,
            reports: reports.1,
            reflections: note_stamps,
        },
        step: last.step,
        page: last.page,
        reflections,
        earlier: last.earlier.clone().or_else(|| a.earlier.clone()).or_else(|| b.earlier.clone()),
        last_result: last
            .last_result
            .clone()
            .or_else(|| a.last_result.clone())
            .or_else(|| b.last_result.clone()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::answers::{Answer, Experience, Frequency};

    fn instrument() -> Instrument {
        Instrument::builtin().expect("valid")
    }

    fn progress(instrument: &Instrument) -> Progress {
        let mut answers = AnswerSheet::new(instrument.statements.len());
        answers.set(3, Answer::Frequency(Frequency::Often));
        answers.set(7, Answer::NoChanceYet);
        let mut stamps = Stamps::unstamped(instrument.statements.len(), 2);
        stamps.answers[3] = 1_700_000_000_100;
        stamps.answers[7] = 1_700_000_000_200;
        stamps.experience = 1_700_000_000_050;
        stamps.reflections[0] = 1_700_000_000_300;
        Progress {
            revision: 7,
            attempt: 2,
            answers,
            context: Context { experience: Some(Experience::UnderOneYear), reports: None },
            stamps,
            step: SavedStep::Statements,
            page: 1,
            reflections: vec!["Gave me “real” work — early.".to_owned(), String::new()],
            earlier: None,
            last_result: None,
        }
    }

    #[test]
    fn progress_survives_a_save_and_a_reload() {
        let instrument = instrument();
        let kept = progress(&instrument);
        let text = kept.to_text(&instrument);
        assert!(text.contains(r#""version":2,"instrument":48267,"revision":7"#), "{text}");
        assert!(text.contains(r#""step":"statements","page":1"#), "{text}");
        assert_eq!(Progress::from_text(&instrument, &text), Ok(kept));
    }

    #[test]
    fn long_notes_are_kept_whole_and_dead_codes_dropped() {
        let instrument = instrument();
        let mut kept = progress(&instrument);
        kept.reflections[0] = "é".repeat(MAX_NOTE + 10);
        kept.last_result = Some(LastResult { attempt: 1, answers: "not a code".to_owned() });
        let back = Progress::from_text(&instrument, &kept.to_text(&instrument)).expect("readable");
        assert_eq!(back.reflections[0], kept.reflections[0], "nothing is cut");
        assert_eq!(back.last_result, None, "a latest result whose code no longer decodes is dropped");
    }

    #[test]
    fn damaged_unknown_or_foreign_files_are_discarded() {
        let instrument = instrument();
        let good = progress(&instrument).to_text(&instrument);
        let mut other = instrument.clone();
        other.version += 1;
        let cases = [
            String::new(),
            "not json".to_owned(),
            good[..good.len() / 2].to_owned(),
            good.replace("\"version\":2", "\"version\":3"),
            good.replace("\"step\":\"statements\"", "\"step\":\"nowhere\""),
            good.replace("\"answers\":\"", "\"answers\":\"x"),
            good.replace("\"attempt\"", "\"extra\":1,\"attempt\""),
            good.replace("\"page\":1", "\"page\":-1"),
            "x".repeat(MAX_SAVED_LENGTH + 1),
        ];
        for text in cases {
            assert!(Progress::from_text(&instrument, &text).is_err(), "{text}");
        }
        assert!(Progress::from_text(&other, &good).is_err(), "made with other statements");
    }

    fn answer(value: u8) -> Option<Answer> {
        Frequency::from_value(value).map(Answer::Frequency)
    }

    /// Two tabs: `a` answered statement 3 then 5, `b` (opened later) statement 3 again and 9.
    fn two_tabs() -> (Progress, Progress) {
        let instrument = instrument();
        let mut a = progress(&instrument);
        let mut b = progress(&instrument);
        a.answers.set(5, Answer::Frequency(Frequency::Never));
        a.stamps.answers[5] = 1_700_000_001_000;
        b.answers.set(3, Answer::Frequency(Frequency::Rarely));
        b.stamps.answers[3] = 1_700_000_002_000;
        b.answers.set(9, Answer::Frequency(Frequency::AlmostAlways));
        b.stamps.answers[9] = 1_700_000_003_000;
        b.reflections[1] = "Listen first".to_owned();
        b.stamps.reflections[1] = 1_700_000_003_500;
        b.page = 2;
        b.revision = 9;
        (a, b)
    }

    #[test]
    fn two_tabs_merge_into_every_answer_the_later_change_winning() {
        let (a, b) = two_tabs();
        let merged = merge(&a, &b);
        assert_eq!(merged.answers.get(3), answer(2), "tab b changed statement 3 later");
        assert_eq!(merged.answers.get(5), answer(1), "only tab a answered 5");
        assert_eq!(merged.answers.get(7), Some(Answer::NoChanceYet));
        assert_eq!(merged.answers.get(9), answer(5), "only tab b answered 9");
        assert_eq!(merged.answers.answered(), 4);
        assert_eq!(merged.reflections, ["Gave me “real” work — early.", "Listen first"]);
        assert_eq!((merged.revision, merged.page), (9, 2), "the later tab's page");
        assert_eq!(merge(&b, &a), merged, "either way round");
        assert_eq!(merge(&merged, &b), merged, "merging again changes nothing");
    }

    #[test]
    fn the_merged_page_is_that_of_the_tab_changed_last_even_when_it_went_back() {
        let (mut a, mut b) = two_tabs();
        // Tab a went on to page 3; tab b, changed last, went back to page 0.
        a.page = 3;
        b.page = 0;
        assert_eq!(merge(&a, &b).page, 0, "tab b changed last");
        assert_eq!(merge(&b, &a).page, 0, "either way round");
        // Once tab a changes a note later than anything in tab b, its page wins.
        a.stamps.reflections[0] = 1_700_000_009_000;
        assert_eq!(merge(&a, &b).page, 3);
        assert_eq!(merge(&b, &a).page, 3);
    }

    #[test]
    fn a_file_of_exactly_the_longest_length_is_read_and_one_character_more_is_not() {
        let instrument = instrument();
        let mut kept = progress(&instrument);
        let short = kept.to_text(&instrument).len();
        kept.reflections[1] = "a".repeat(MAX_SAVED_LENGTH - short);
        let longest = kept.to_text(&instrument);
        assert_eq!(longest.len(), MAX_SAVED_LENGTH);
        assert_eq!(Progress::from_text(&instrument, &longest), Ok(kept.clone()), "notes up to the limit");
        kept.reflections[1].push('a');
        assert_eq!(
            Progress::from_text(&instrument, &kept.to_text(&instrument)),
            Err(Discarded("too long".to_owned()))
        );
    }

    #[test]
    fn at_the_same_moment_an_answer_beats_none_even_the_first_option() {
        let instrument = instrument();
        let mut a = progress(&instrument);
        let mut b = progress(&instrument);
        // Unstamped, as everything in a file of version 1: "Never" and "not yet", the first
        // options, against no answer.
        a.answers.set(20, Answer::Frequency(Frequency::Never));
        a.context.experience = Some(Experience::NotYet);
        b.context.experience = None;
        for merged in [merge(&a, &b), merge(&b, &a)] {
            assert_eq!(merged.answers.get(20), answer(1));
            assert_eq!(merged.context.experience, Some(Experience::NotYet));
        }
    }

    #[test]
    fn a_new_attempt_in_one_tab_replaces_the_older_one_whole() {
        let (a, mut b) = two_tabs();
        b.attempt = a.attempt + 1;
        b.answers = AnswerSheet::new(a.answers.len());
        let merged = merge(&a, &b);
        assert_eq!((merged.attempt, merged.answers.answered()), (b.attempt, 0));
        assert_eq!(merged.revision, 9);
        assert_eq!(merge(&b, &a), merged, "either way round");
        // The tab that started again had read an older revision: the merge's is still the
        // latest, so that the other tab sees that the file changed.
        let (mut a, b) = two_tabs();
        a.attempt = b.attempt + 1;
        let merged = merge(&a, &b);
        assert_eq!((merged.attempt, merged.page, merged.revision), (a.attempt, a.page, 9));
    }

    #[test]
    fn a_file_of_version_1_reads_with_no_stamps_and_revision_0() {
        let instrument = instrument();
        let text = r#"{"version":1,"instrument":48267,"attempt":1,"answers":"AbyLMCFC6oXlCAAAAAAAAAAAAAAAAACnmw","step":"context","page":0,"reflections":["a","b","c","d"],"earlier":null,"last_result":null}"#;
        let read = Progress::from_text(&instrument, text).expect("version 1 is read");
        assert_eq!((read.revision, read.attempt, read.step), (0, 1, SavedStep::Context));
        assert_eq!(read.stamps, Stamps::unstamped(80, 4));
        assert_eq!(read.answers.answered(), 13);
    }

    /// A file without second-stage answers stamps the first stage only, so that it reads the
    /// same as before the second stage existed; once one is answered, it stamps them all.
    #[test]
    fn stamps_cover_the_statements_the_answer_code_carries() {
        let instrument = instrument();
        let first = instrument.first_stage();
        let stamped = |p: &Progress| {
            let file: serde_json::Value = serde_json::from_str(&p.to_text(&instrument)).expect("json");
            file["stamps"].as_array().map_or(0, Vec::len) - 2 - p.reflections.len()
        };
        let mut progress = progress(&instrument);
        assert_eq!(stamped(&progress), first);
        assert_eq!(Progress::from_text(&instrument, &progress.to_text(&instrument)), Ok(progress.clone()));
        progress.answers.set(first + 4, Answer::Frequency(Frequency::Rarely));
        progress.stamps.answers[first + 4] = 1_700_000_000_900;
        assert_eq!(stamped(&progress), instrument.statements.len());
        assert_eq!(Progress::from_text(&instrument, &progress.to_text(&instrument)), Ok(progress));
    }

    /// An answer taken back keeps the time it was taken back, so that another tab's older
    /// answer does not return in a merge: a second-stage statement stamped but unanswered is
    /// stamped in the file too.
    #[test]
    fn a_second_stage_answer_taken_back_keeps_its_stamp_through_a_reload() {
        let instrument = instrument();
        let first = instrument.first_stage();
        let mut progress = progress(&instrument);
        progress.stamps.answers[first + 2] = 1_700_000_000_950;
        let reloaded = Progress::from_text(&instrument, &progress.to_text(&instrument)).expect("readable");
        assert_eq!(reloaded.stamps.answers[first + 2], 1_700_000_000_950);
        // Another tab answered it earlier: the later taking back wins.
        let mut other = progress.clone();
        other.answers.set(first + 2, Answer::Frequency(Frequency::Often));
        other.stamps.answers[first + 2] = 1_700_000_000_900;
        assert_eq!(merge(&reloaded, &other).answers.get(first + 2), None);
    }
}
