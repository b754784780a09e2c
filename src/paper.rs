//! Paper sizes. The provider's config may choose one, and the PDF is laid out on it; it lives
//! here so that neither `config` nor `pdf` has to own the other's vocabulary.

use serde::{Deserialize, Serialize};

/// Paper sizes, in points.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Paper {
    A4,
    Letter,
}

/// Regions whose paper is US Letter; everywhere else uses A4.
const LETTER_REGIONS: [&str; 14] =
    ["US", "CA", "MX", "PH", "CL", "CO", "VE", "GT", "CR", "PA", "DO", "PR", "SV", "NI"];

impl Paper {
    /// (width, height) in points.
    pub fn size(self) -> (f64, f64) {
        match self {
            Paper::A4 => (595.28, 841.89),
            Paper::Letter => (612.0, 792.0),
        }
    }

    /// The paper for a BCP 47 language tag such as `en-US` or `fr-CA`: Letter in the Americas
    /// regions that use it, A4 elsewhere and when no region is given.
    pub fn for_locale(tag: &str) -> Paper {
        let region = tag.split(['-', '_']).skip(1).find(|part| part.len() == 2);
        match region {
            Some(region) if LETTER_REGIONS.iter().any(|r| r.eq_ignore_ascii_case(region)) => Paper::Letter,
            _ => Paper::A4,
        }
    }
}
