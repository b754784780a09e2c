//! The config's `reliability` block: standard errors measured on the provider's own learners,
//! which the widget's bands then use instead of its built-in assumption.
//!
//! The cohort page measures them ([`crate::cohort::reliability`]) and writes the block
//! ([`Reliability::block`]); a provider pastes it into their config, where [`super::validate`]
//! checks it and [`super::ProviderConfig::error_model`] turns it into the widget's
//! [`ErrorModel`].
//!
//! ```json
//! "reliability": {
//!   "learners": 57,
//!   "competencies": { "planning": { "alpha": 0.71, "sem": 9.8, "statements": 3 } }
//! }
//! ```

use std::collections::BTreeMap;

use serde::{Deserialize, Deserializer, Serialize};
use serde_json::Value;

use crate::cohort::CohortReliability;
use crate::decimal::format_decimal;
use crate::model::instrument::Instrument;
use crate::model::uncertainty::ErrorModel;

/// The keys of `reliability`.
pub const RELIABILITY_KEYS: [&str; 2] = ["learners", "competencies"];
/// The keys of each competency under `reliability.competencies`.
pub const MEASURED_KEYS: [&str; 3] = ["alpha", "sem", "statements"];
/// The largest cohort a block may name: far more learners than any provider measures on.
pub const MAX_LEARNERS: u64 = 1_000_000;
/// The most statements a competency's figures may be measured over: a share code carries at
/// most 255 statements in all.
pub const MAX_STATEMENTS: u64 = 255;
/// The largest SEM a block may give, in score points: the whole scale.
pub const MAX_SEM: i32 = 100;

/// One competency's figures, measured on the provider's learners.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Measured {
    /// Cronbach's α over its statements, -1 to 1: for the provider to read; the widget uses
    /// the SEM.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub alpha: Option<f64>,
    /// The standard error of measurement of the competency's 0–100 score, more than 0 and at
    /// most 100 points.
    pub sem: f64,
    /// How many statements the SEM was measured over, at least 1.
    pub statements: u32,
}

/// The `reliability` block: measured figures by competency id.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct Reliability {
    /// How many learners the figures were measured on, at least 1.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub learners: Option<u32>,
    /// Each measured competency, by its id in the instrument in use.
    pub competencies: BTreeMap<String, Measured>,
}

/// Reads the block from the config's JSON, which [`super::validate`] has already checked
/// against [`RELIABILITY_KEYS`] and [`MEASURED_KEYS`]: by hand rather than by a serde derive,
/// whose map visitors the cohort page's wasm would carry twice over for two small objects.
/// `a_config_written_back_reads_the_same` holds it to the `Serialize` derive's shape.
pub(super) fn read<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Option<Reliability>, D::Error> {
    let value = Value::deserialize(deserializer)?;
    let learners = value.get("learners").and_then(Value::as_u64).and_then(|n| u32::try_from(n).ok());
    let mut competencies = BTreeMap::new();
    for (id, measured) in value.get("competencies").and_then(Value::as_object).into_iter().flatten() {
        let number = |key: &str| measured.get(key).and_then(Value::as_f64);
        let statements =
            measured.get("statements").and_then(Value::as_u64).and_then(|n| u32::try_from(n).ok());
        let (Some(sem), Some(statements)) = (number("sem"), statements) else {
            return Err(serde::de::Error::custom(format!(
                "reliability.competencies.{id}: sem and statements are required"
            )));
        };
        competencies.insert(id.clone(), Measured { alpha: number("alpha"), sem, statements });
    }
    Ok(Some(Reliability { learners, competencies }))
}

impl Reliability {
    /// The block for what a cohort measured: every competency whose figures are usable
    /// ([`crate::cohort::reliability::CompetencyReliability::usable`]), α to two decimals and
    /// the SEM to one, as the page shows them.
    pub fn from_cohort(instrument: &Instrument, cohort: &CohortReliability) -> Reliability {
        // Inserted one by one: collecting into the map would sort, and bring a sort into the
        // cohort page's wasm for these sixteen entries.
        let mut competencies = BTreeMap::new();
        for measured in &cohort.competencies {
            let (Some(figures), Some(competency)) =
                (measured.usable(), instrument.competencies.get(measured.competency))
            else {
                continue;
            };
            let Ok(statements) = u32::try_from(measured.scale.items) else { continue };
            let round = |value: f64, scale: f64| (value * scale).round() / scale;
            let alpha = Some(round(figures.alpha, 100.0));
            competencies
                .insert(competency.id.clone(), Measured { alpha, sem: round(figures.sem, 10.0), statements });
        }
        Reliability { learners: u32::try_from(cohort.learners).ok().filter(|&n| n > 0), competencies }
    }

    /// The block as a provider pastes it into their config: `"reliability": { … }`, one
    /// competency a line. Written by hand rather than by serde's serializer, which the cohort
    /// page's wasm would otherwise carry for this one text; a test reads it back through
    /// [`super::ProviderConfig::from_json`].
    pub fn block(&self) -> String {
        let number = |value: f64, places: u32| format_decimal(value, places);
        let mut lines = Vec::new();
        for (id, measured) in &self.competencies {
            let alpha = measured.alpha.map(|a| format!("\"alpha\": {}, ", number(a, 2))).unwrap_or_default();
            lines.push(format!(
                "      {}: {{ {alpha}\"sem\": {}, \"statements\": {} }}",
                json_string(id),
                number(measured.sem, 1),
                measured.statements
            ));
        }
        let learners = self.learners.map(|n| format!("    \"learners\": {n},\n")).unwrap_or_default();
        let competencies = if lines.is_empty() {
            "    \"competencies\": {}\n".to_owned()
        } else {
            format!("    \"competencies\": {{\n{}\n    }}\n", lines.join(",\n"))
        };
        format!("\"reliability\": {{\n{learners}{competencies}  }}")
    }

    /// The widget's error model for `instrument`: each competency's measured SEM and statement
    /// count where the block has them, the built-in default elsewhere.
    pub fn error_model(&self, instrument: &Instrument) -> ErrorModel {
        let measured: Vec<Option<(f64, usize)>> = instrument
            .competencies
            .iter()
            .map(|c| self.competencies.get(&c.id).map(|m| (m.sem, m.statements as usize)))
            .collect();
        ErrorModel::measured(instrument, &measured)
    }
}

/// `text` as a JSON string, quoted and escaped: a provider's competency ids may hold any
/// character.
fn json_string(text: &str) -> String {
    let mut quoted = String::from('"');
    for c in text.chars() {
        match c {
            '"' => quoted.push_str("\\\""),
            '\\' => quoted.push_str("\\\\"),
            c if u32::from(c) < 0x20 => quoted.push_str(&format!("\\u{:04x}", u32::from(c))),
            c => quoted.push(c),
        }
    }
    quoted.push('"');
    quoted
}
