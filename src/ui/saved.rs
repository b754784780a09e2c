//! The learner's progress as this device keeps it: versioned JSON, with the answers in the
//! share code's compact form. Anything stale, foreign or damaged is refused, and the caller
//! simply starts afresh: a saved state must never be able to break the widget.

use std::rc::Rc;

use crate::json::{self, Object, Value};

use crate::model::instrument::Instrument;
use crate::model::share::{self, fingerprint};

use super::state::{Assessment, REFLECTIONS, Step};

/// Bumped whenever the layout below changes; older saves are then thrown away.
pub const SAVED_VERSION: u32 = 1;
/// A saved text longer than this is refused unread.
const MAX_SAVED_LENGTH: usize = 100_000;
/// Reflection notes longer than this are cut when saved, so storage quotas are never near.
const MAX_NOTE: usize = 5_000;

/// The saved layout, as read back.
struct Saved {
    version: u32,
    instrument: u16,
    attempt: u32,
    answers: String,
    /// `intro`, `context`, `statements` or `results`.
    step: String,
    page: usize,
    reflections: Vec<String>,
    earlier: Option<String>,
    /// `(attempt, answers)` of the latest result.
    last_result: Option<(u32, String)>,
}

const KEYS: [&str; 9] =
    ["version", "instrument", "attempt", "answers", "step", "page", "reflections", "earlier", "last_result"];

fn read(value: &Value) -> Result<Saved, String> {
    let top = value.as_object().ok_or("not an object")?;
    known_keys(top, &KEYS)?;
    let number = |o: &Object, key: &str| -> Result<u64, String> {
        o.get(key).and_then(Value::as_u64).ok_or_else(|| format!("`{key}` is not a whole number"))
    };
    let text = |o: &Object, key: &str| -> Result<String, String> {
        o.get(key).and_then(Value::as_str).map(str::to_owned).ok_or_else(|| format!("`{key}` is not a text"))
    };
    let optional_text = |key: &str| -> Result<Option<String>, String> {
        match top.get(key) {
            None | Some(Value::Null) => Ok(None),
            Some(_) => text(top, key).map(Some),
        }
    };
    let too_big = |key: &str| format!("`{key}` is out of range");
    let reflections = top
        .get("reflections")
        .and_then(Value::as_array)
        .ok_or("`reflections` is not a list")?
        .iter()
        .map(|note| note.as_str().map(str::to_owned).ok_or_else(|| "a reflection is not a text".to_owned()))
        .collect::<Result<Vec<String>, String>>()?;
    let last_result = match top.get("last_result") {
        None | Some(Value::Null) => None,
        Some(last) => {
            let last = last.as_object().ok_or("`last_result` is not an object")?;
            known_keys(last, &["attempt", "answers"])?;
            let attempt = u32::try_from(number(last, "attempt")?).map_err(|_| too_big("attempt"))?;
            Some((attempt, text(last, "answers")?))
        }
    };
    Ok(Saved {
        version: u32::try_from(number(top, "version")?).map_err(|_| too_big("version"))?,
        instrument: u16::try_from(number(top, "instrument")?).map_err(|_| too_big("instrument"))?,
        attempt: u32::try_from(number(top, "attempt")?).map_err(|_| too_big("attempt"))?,
        answers: text(top, "answers")?,
        step: text(top, "step")?,
        page: usize::try_from(number(top, "page")?).map_err(|_| too_big("page"))?,
        reflections,
        earlier: optional_text("earlier")?,
        last_result,
    })
}

/// A saved text is refused whole if it holds anything this version did not write.
fn known_keys(object: &Object, known: &[&str]) -> Result<(), String> {
    match object.keys().find(|k| !known.contains(&k.as_str())) {
        Some(unknown) => Err(format!("unknown field `{unknown}`")),
        None => Ok(()),
    }
}

/// The text to keep for `assessment`, or `None` when there is nothing worth keeping (and any
/// saved copy should go). A pending offer is kept as the state it offers.
pub fn to_text(assessment: &Assessment) -> Option<String> {
    let kept = match &assessment.offer {
        Some(offer) => offer,
        None => assessment,
    };
    if !assessment.worth_saving() {
        return None;
    }
    let (step, page) = match kept.step {
        Step::Intro => ("intro", 0),
        Step::Context => ("context", 0),
        Step::Statements { page } => ("statements", page),
        Step::Results => ("results", 0),
    };
    let last_result = assessment.last_result.as_ref().map_or(Value::Null, |(attempt, answers)| {
        Value::object([("attempt", u64::from(*attempt).into()), ("answers", answers.as_str().into())])
    });
    let saved = Value::object([
        ("version", u64::from(SAVED_VERSION).into()),
        ("instrument", u64::from(fingerprint(&kept.instrument)).into()),
        ("attempt", u64::from(kept.attempt).into()),
        ("answers", kept.share_code().into()),
        ("step", step.into()),
        ("page", (page as u64).into()),
        (
            "reflections",
            Value::Array(
                kept.reflections
                    .iter()
                    .map(|r| r.chars().take(MAX_NOTE).collect::<String>().into())
                    .collect(),
            ),
        ),
        (
            "earlier",
            kept.earlier
                .as_ref()
                .map(|(answers, context)| share::encode(&kept.instrument, answers, context))
                .into(),
        ),
        ("last_result", last_result),
    ]);
    Some(saved.to_string())
}

/// Why saved progress was thrown away; only ever logged.
#[derive(Debug, PartialEq, Eq)]
pub struct Discarded(pub String);

/// The assessment saved in `text`, if it is whole, current and made with `instrument`.
pub fn from_text(instrument: Rc<Instrument>, text: &str) -> Result<Assessment, Discarded> {
    if text.len() > MAX_SAVED_LENGTH {
        return Err(Discarded("too long".to_owned()));
    }
    let value = json::parse(text).map_err(|e| Discarded(e.to_string()))?;
    let saved = read(&value).map_err(Discarded)?;
    if saved.version != SAVED_VERSION {
        return Err(Discarded(format!("version {}", saved.version)));
    }
    if saved.instrument != fingerprint(&instrument) {
        return Err(Discarded("made with other statements".to_owned()));
    }
    let mut assessment = Assessment::new(instrument);
    let (answers, context) =
        share::decode(&assessment.instrument, &saved.answers).map_err(|e| Discarded(e.to_string()))?;
    assessment.answers = answers;
    assessment.context = context;
    assessment.attempt = saved.attempt;
    assessment.step = match saved.step.as_str() {
        "intro" => Step::Intro,
        "context" => Step::Context,
        "statements" if saved.page < assessment.page_count() => Step::Statements { page: saved.page },
        "results" => Step::Results,
        other => return Err(Discarded(format!("step {other} page {}", saved.page))),
    };
    for (slot, note) in assessment.reflections.iter_mut().zip(saved.reflections.into_iter().take(REFLECTIONS))
    {
        *slot = note.chars().take(MAX_NOTE).collect();
    }
    if let Some(code) = saved.earlier {
        assessment.earlier = share::decode(&assessment.instrument, &code).ok();
    }
    if let Some((attempt, answers)) = saved.last_result
        && share::decode(&assessment.instrument, &answers).is_ok()
    {
        assessment.last_result = Some((attempt, answers));
    }
    Ok(assessment)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::answers::{Answer, DirectReports, Experience, Frequency};
    use crate::ui::state::Action;

    fn instrument() -> Rc<Instrument> {
        Rc::new(Instrument::builtin().expect("valid"))
    }

    fn in_progress() -> Assessment {
        let mut a = Assessment::new(instrument());
        a.apply(Action::Start);
        a.apply(Action::SetExperience(Experience::UnderOneYear));
        a.apply(Action::SetReports(DirectReports::FourToEight));
        a.apply(Action::Next);
        let statements: Vec<usize> = a.page(0).map(|(_, s)| s).collect();
        for statement in statements {
            a.apply(Action::Answer { statement, answer: Answer::Frequency(Frequency::Often) });
        }
        a.apply(Action::Next);
        a.apply(Action::Reflect { question: 2, text: "Gave me “real” work — early.".to_owned() });
        a
    }

    #[test]
    fn progress_survives_a_save_and_a_reload() {
        let a = in_progress();
        let text = to_text(&a).expect("worth saving");
        let back = from_text(instrument(), &text).expect("restored");
        assert_eq!(back, a);
        assert_eq!(back.step, Step::Statements { page: 1 });
    }

    #[test]
    fn a_fresh_widget_saves_nothing_and_a_pending_offer_is_kept_as_offered() {
        assert_eq!(to_text(&Assessment::new(instrument())), None);
        let offered = Assessment::start(instrument(), Some(in_progress()), None);
        let text = to_text(&offered).expect("the offer is kept");
        assert_eq!(from_text(instrument(), &text), Ok(in_progress()));
    }

    #[test]
    fn damaged_stale_or_foreign_saves_are_discarded() {
        let good = to_text(&in_progress()).expect("saved");
        let mut other = (*instrument()).clone();
        other.version += 1;
        let cases = [
            String::new(),
            "not json".to_owned(),
            good[..good.len() / 2].to_owned(),
            good.replace("\"version\":1", "\"version\":2"),
            good.replace("\"step\":\"statements\"", "\"step\":\"nowhere\""),
            good.replace("\"page\":1", "\"page\":99"),
            good.replace("\"answers\":\"", "\"answers\":\"x"),
            good.replace("\"attempt\"", "\"extra\":1,\"attempt\""),
            "x".repeat(MAX_SAVED_LENGTH + 1),
        ];
        for text in cases {
            assert!(from_text(instrument(), &text).is_err(), "{text}");
        }
        assert!(from_text(Rc::new(other), &good).is_err(), "made with other statements");
    }
}
