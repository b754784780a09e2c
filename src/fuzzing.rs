//! Entry points for the fuzz targets in `fuzz/`, and for the test that replays their corpora
//! (`tests/fuzz_corpora.rs`). Each takes arbitrary bytes, as an attacker or a mangled paste
//! would supply them, and must never panic.

use serde::Deserialize;

use crate::cohort::{CohortSummary, csv, read_pasted};
use crate::config::ProviderConfig;
use crate::model::instrument::{Instrument, InstrumentFile};
use crate::model::instrument_shape;
use crate::model::uncertainty::ErrorModel;
use crate::model::{colleague, share};
use crate::persistence::Progress;
use crate::strings::pack;

fn text(data: &[u8]) -> Option<&str> {
    std::str::from_utf8(data).ok()
}

/// The provider config parser and validator.
pub fn config(data: &[u8]) {
    if let Some(json) = text(data) {
        let _ = ProviderConfig::from_json(json);
    }
}

/// The instrument validator; whatever its shape walk lets through, the derive must read, or a
/// provider would get a problem without its path. (The other way round does not hold: the
/// derive also reads an object written as a list of its values, which the walk refuses.)
pub fn instrument(data: &[u8]) {
    let Some(json) = text(data) else { return };
    let _ = Instrument::from_json(json);
    if let Ok(value) = serde_json::from_str::<serde_json::Value>(json)
        && instrument_shape::problems(&value).is_empty()
    {
        assert!(InstrumentFile::deserialize(&value).is_ok(), "the walk let through what the derive refuses");
    }
}

/// The share-link decoder; whatever it accepts must encode back to a code that decodes to the
/// same answers.
pub fn share_link(data: &[u8]) {
    let (Some(code), Ok(instrument)) = (text(data), Instrument::builtin()) else { return };
    if let Ok((answers, context)) = share::decode(&instrument, code) {
        let again = share::encode(&instrument, &answers, &context);
        assert_eq!(share::decode(&instrument, &again), Ok((answers, context)));
    }
}

/// The saved-progress reader; whatever it accepts must be written back to a file that reads
/// to the same progress.
pub fn saved_state(data: &[u8]) {
    let (Some(saved), Ok(instrument)) = (text(data), Instrument::builtin()) else { return };
    if let Ok(progress) = Progress::from_text(&instrument, saved) {
        assert_eq!(Progress::from_text(&instrument, &progress.to_text(&instrument)), Ok(progress));
    }
}

/// The language-pack reader, which reads a file fetched from the provider's host (checked
/// without being kept for the page, which would look like a leak to the fuzzer).
pub fn language_pack(data: &[u8]) {
    if let Some(json) = text(data) {
        let _ = pack::check(json);
    }
}

/// The cohort page's reader of pasted lines, the summary and the CSV export: no more results
/// than lines and links, every learner kept decodes from their own code, no code is counted
/// twice, and the CSV has a row each.
pub fn cohort_paste(data: &[u8]) {
    let (Some(pasted), Ok(instrument)) = (text(data), Instrument::builtin()) else { return };
    let intake = read_pasted(&instrument, pasted, 60.0, &ErrorModel::default_for(&instrument));
    // Each line gives one result or reason, or one per link when it holds links.
    let most: usize = pasted.lines().map(|line| line.matches("#lb=").count().max(1)).sum();
    assert!(intake.members.len() + intake.problems.len() + intake.repeats.len() <= most);
    for (i, member) in intake.members.iter().enumerate() {
        assert!(share::decode(&instrument, &member.code).is_ok());
        assert!(intake.members[..i].iter().all(|m| m.code != member.code));
    }
    let summary = CohortSummary::build(&instrument, &intake.members);
    assert_eq!(summary.learners, intake.members.len());
    let file = csv::cohort_csv(&instrument, &intake.members);
    assert_eq!(file.matches("\r\n").count(), intake.members.len() + 1);
}

/// The colleague's request decoder: whatever it accepts must encode back to the same
/// request, and no name longer than the limit, or with control characters, gets through.
pub fn colleague_request(data: &[u8]) {
    let (Some(code), Ok(instrument)) = (text(data), Instrument::builtin()) else { return };
    if let Ok(request) = colleague::decode_request(&instrument, code) {
        let name = request.name.clone().unwrap_or_default();
        assert!(name.chars().count() <= colleague::MAX_NAME_CHARS && !name.chars().any(char::is_control));
        let again = colleague::encode_request(&instrument, &name);
        assert_eq!(colleague::decode_request(&instrument, &again), Ok(request));
    }
}

/// A pasted colleague's response, link or code: whatever is accepted encodes back to the
/// same answers, is counted once, the combined view stays within 0–100, and the view the
/// device keeps reads back the same.
pub fn colleague_response(data: &[u8]) {
    let (Some(pasted), Ok(instrument)) = (text(data), Instrument::builtin()) else { return };
    let mut view = colleague::ColleagueView::new(&instrument);
    if let Ok((answers, _)) = colleague::read_response(&instrument, pasted) {
        let again = colleague::encode_response(&instrument, &answers);
        assert_eq!(colleague::decode_response(&instrument, &again), Ok(answers));
        assert_eq!(view.add_pasted(&instrument, pasted), Ok(()));
        assert_eq!(view.add_pasted(&instrument, pasted), Err(colleague::ResponseError::Repeat));
        let scores = view.scores(&instrument);
        assert!(scores.competencies.iter().filter_map(|s| s.value()).all(|v| (0.0..=100.0).contains(&v)));
        assert_eq!(colleague::ColleagueView::from_code(&instrument, &view.to_code()), Some(view));
    } else {
        assert_eq!(view.add_pasted(&instrument, pasted).ok(), None);
        assert_eq!(view.responses, 0);
    }
}
