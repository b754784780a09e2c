//! Share codes: a learner's answers and context, packed into a short, checksummed text that
//! fits in a URL fragment (`#lb=…`), which browsers never send to a server. Free text is
//! never included.
//!
//! Layout, before base64url: version (1 byte), instrument fingerprint (2), statement count
//! (1), then 3 bits for experience, 3 for direct reports and 3 per statement, then a CRC-16
//! of everything before it (2). Two versions are written, and both are read:
//!
//! - version 1: the first stage's statements, with their fingerprint ([`fingerprint`]). For
//!   the built-in 48 statements that is 25 bytes, 34 characters. A result without second-stage
//!   answers is written so, as it always was.
//! - version 2: every statement, the second stage's too, with the fingerprint of them all
//!   ([`full_fingerprint`]); 80 statements make 37 bytes, 50 characters.

use super::answers::{AnswerSheet, Context, DirectReports, Experience};
pub use super::codec::ShareError;
use super::codec::{BitReader, BitWriter, base64url, code_bytes, crc16, read_answers, write_answers};
use super::instrument::Instrument;

/// The version of a code of the first stage's statements.
pub const VERSION: u8 = 1;
/// The version of a code of every statement, the second stage's included.
pub const VERSION_WITH_SECOND_STAGE: u8 = 2;
/// Longer input is refused before any decoding: no legitimate code comes near it.
pub const MAX_CODE_LENGTH: usize = 200;

// Its sentences, and so its `Display` and `Error`, belong to `strings`: the model names what
// went wrong, the tables say it in the learner's language.

/// A 16-bit fingerprint of the instrument's identity and its first stage's statements, so that
/// a code is only ever read against the statements it was made with. The second stage's are
/// left out: adding them must not turn every link learners hold into "made with another set
/// of statements".
pub fn fingerprint(instrument: &Instrument) -> u16 {
    fingerprint_of(instrument, instrument.first_stage())
}

/// The fingerprint of the instrument's identity and all its statements, for codes that carry
/// second-stage answers.
pub fn full_fingerprint(instrument: &Instrument) -> u16 {
    fingerprint_of(instrument, instrument.statements.len())
}

fn fingerprint_of(instrument: &Instrument, statements: usize) -> u16 {
    let mut hash: u32 = 0x811c_9dc5;
    let mut feed = |text: &str| {
        for byte in text.bytes().chain([0]) {
            hash = (hash ^ u32::from(byte)).wrapping_mul(0x0100_0193);
        }
    };
    feed(&instrument.id);
    feed(&instrument.version.to_string());
    for statement in instrument.statements.iter().take(statements) {
        feed(&statement.id);
        feed(if statement.reverse { "r" } else { "" });
    }
    (hash ^ (hash >> 16)) as u16
}

fn index_code<T: PartialEq>(all: &[T], value: Option<T>) -> u8 {
    value.and_then(|v| all.iter().position(|a| *a == v)).map_or(0, |i| i as u8 + 1)
}

fn index_from<T: Copy>(all: &[T], code: u8) -> Result<Option<T>, ShareError> {
    match code {
        0 => Ok(None),
        c => all.get(usize::from(c) - 1).copied().map(Some).ok_or(ShareError::Damaged),
    }
}

/// The share code for these answers.
///
/// ```
/// use leadership_balance::model::answers::{AnswerSheet, Context};
/// use leadership_balance::model::instrument::Instrument;
/// use leadership_balance::model::share::{decode, encode};
/// let instrument = Instrument::builtin().unwrap();
/// let answers = AnswerSheet::new(instrument.statements.len());
/// let code = encode(&instrument, &answers, &Context::default());
/// assert_eq!(code.len(), 34);
/// assert_eq!(decode(&instrument, &code), Ok((answers, Context::default())));
/// ```
pub fn encode(instrument: &Instrument, answers: &AnswerSheet, context: &Context) -> String {
    let second_stage = (instrument.first_stage()..answers.len()).any(|s| answers.get(s).is_some());
    let (version, fingerprint, count) = if second_stage {
        (VERSION_WITH_SECOND_STAGE, full_fingerprint(instrument), instrument.statements.len())
    } else {
        (VERSION, fingerprint(instrument), instrument.first_stage())
    };
    let count = count.min(usize::from(u8::MAX));
    let mut bits = BitWriter::default();
    bits.push(index_code(&Experience::ALL, context.experience), 3);
    bits.push(index_code(&DirectReports::ALL, context.reports), 3);
    write_answers(&mut bits, answers, count);
    let mut bytes = vec![version];
    bytes.extend(fingerprint.to_be_bytes());
    bytes.push(count as u8);
    bytes.extend(bits.bytes);
    bytes.extend(crc16(&bytes).to_be_bytes());
    base64url(&bytes)
}

/// Reads a share code made for `instrument`, refusing anything malformed.
pub fn decode(instrument: &Instrument, code: &str) -> Result<(AnswerSheet, Context), ShareError> {
    CodeReader::new(instrument).decode(code)
}

/// Reads many codes made for one instrument. Its fingerprint hashes every statement, and the
/// cohort page reads a thousand codes at once: working it out once per code was a fifth of
/// the reading.
pub struct CodeReader<'a> {
    instrument: &'a Instrument,
    fingerprint: u16,
    full_fingerprint: u16,
}

impl<'a> CodeReader<'a> {
    /// A reader of codes made for `instrument`.
    pub fn new(instrument: &'a Instrument) -> CodeReader<'a> {
        CodeReader {
            instrument,
            fingerprint: fingerprint(instrument),
            full_fingerprint: full_fingerprint(instrument),
        }
    }

    /// Reads `code` as [`decode`] does.
    pub fn decode(&self, code: &str) -> Result<(AnswerSheet, Context), ShareError> {
        read_code(self, code)
    }
}

fn read_code(reader: &CodeReader, code: &str) -> Result<(AnswerSheet, Context), ShareError> {
    let instrument = reader.instrument;
    let bytes = code_bytes(code, MAX_CODE_LENGTH)?;
    let [version, rest @ ..] = bytes.as_slice() else { return Err(ShareError::Truncated) };
    let (instrument_fingerprint, expected_count) = match *version {
        VERSION => (reader.fingerprint, instrument.first_stage()),
        VERSION_WITH_SECOND_STAGE => (reader.full_fingerprint, instrument.statements.len()),
        other => return Err(ShareError::WrongVersion(other)),
    };
    let [f1, f2, count, body @ ..] = rest else { return Err(ShareError::Truncated) };
    let statements = usize::from(*count);
    let body_length = (6 + 3 * statements).div_ceil(8);
    if body.len() < body_length + 2 {
        return Err(ShareError::Truncated);
    }
    if body.len() > body_length + 2 {
        return Err(ShareError::Damaged);
    }
    let signed = 4 + body_length;
    let expected = u16::from_be_bytes([bytes[signed], bytes[signed + 1]]);
    if crc16(&bytes[..signed]) != expected {
        return Err(ShareError::Damaged);
    }
    if u16::from_be_bytes([*f1, *f2]) != instrument_fingerprint || statements != expected_count {
        return Err(ShareError::OtherInstrument);
    }
    let mut bits = BitReader { bytes: &body[..body_length], read: 0 };
    let context = Context {
        experience: index_from(&Experience::ALL, bits.take(3)?)?,
        reports: index_from(&DirectReports::ALL, bits.take(3)?)?,
    };
    let mut answers = read_answers(&mut bits, statements)?;
    // A code of the first stage leaves the second stage's statements unanswered.
    answers.extend_to(instrument.statements.len());
    Ok((answers, context))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::answers::{Answer, Frequency};
    use crate::model::codec::from_base64url;
    use crate::model::fixtures::builtin;

    /// First-stage answers by `rule`, the second stage unanswered.
    fn sheet(rule: impl Fn(usize) -> Option<Answer>) -> AnswerSheet {
        let mut sheet = AnswerSheet::from_answers((0..48).map(rule).collect());
        sheet.extend_to(builtin().statements.len());
        sheet
    }

    #[test]
    fn second_stage_answers_make_a_code_of_version_2_and_first_stage_ones_stay_version_1() {
        let instrument = builtin();
        let mut answers = sheet(|s| Frequency::from_value((s % 5) as u8 + 1).map(Answer::Frequency));
        let first = encode(&instrument, &answers, &Context::default());
        assert_eq!((first.len(), from_base64url(&first).expect("base64")[0]), (34, VERSION));
        answers.set(48, Answer::Frequency(Frequency::Often));
        answers.set(79, Answer::NoChanceYet);
        let both = encode(&instrument, &answers, &Context::default());
        // 4 bytes of header, (6 + 80 × 3) bits = 31 bytes, 2 of checksum: 37 bytes, 50 characters.
        assert_eq!((both.len(), from_base64url(&both).expect("base64")[0]), (50, VERSION_WITH_SECOND_STAGE));
        assert_eq!(decode(&instrument, &both), Ok((answers, Context::default())));
        // The same instrument without its second stage (an older widget's) cannot read it.
        let mut older = instrument.clone();
        older.statements.truncate(48);
        let older = Instrument::check(older.into()).expect("valid");
        assert_eq!(decode(&older, &both), Err(ShareError::OtherInstrument));
        assert_eq!(
            fingerprint(&older),
            fingerprint(&instrument),
            "the first stage's fingerprint is unchanged"
        );
    }

    #[test]
    fn every_class_of_answer_pattern_round_trips() {
        let instrument = builtin();
        let f = |v: u8| Frequency::from_value(v).map(Answer::Frequency);
        let patterns: Vec<(AnswerSheet, Context)> = vec![
            (sheet(|_| None), Context::default()),
            (
                sheet(|s| f((s % 5) as u8 + 1)),
                Context {
                    experience: Some(Experience::OverFiveYears),
                    reports: Some(DirectReports::NineOrMore),
                },
            ),
            (
                sheet(|_| f(1)),
                Context { experience: Some(Experience::NotYet), reports: Some(DirectReports::None) },
            ),
            (sheet(|_| f(5)), Context { experience: Some(Experience::ThreeToFiveYears), reports: None }),
            (
                sheet(|_| Some(Answer::NoChanceYet)),
                Context { experience: None, reports: Some(DirectReports::OneToThree) },
            ),
            (sheet(|s| if s % 3 == 0 { Some(Answer::NoChanceYet) } else { f(4) }), Context::default()),
            (
                sheet(|s| if s < 20 { f(2) } else { None }),
                Context {
                    experience: Some(Experience::UnderOneYear),
                    reports: Some(DirectReports::FourToEight),
                },
            ),
        ];
        for (answers, context) in patterns {
            let code = encode(&instrument, &answers, &context);
            assert!(code.len() <= 120, "{} characters", code.len());
            assert_eq!(decode(&instrument, &code), Ok((answers, context)), "{code}");
        }
    }

    #[test]
    fn the_link_fits_the_size_bound() {
        let instrument = builtin();
        let code = encode(&instrument, &sheet(|_| Some(Answer::NoChanceYet)), &Context::default());
        let link_fragment = format!("#lb={code}");
        assert_eq!(code.len(), 34);
        assert!(link_fragment.len() <= 120);
    }

    #[test]
    fn malformed_codes_are_turned_away_with_a_reason() {
        let instrument = builtin();
        let good = encode(
            &instrument,
            &sheet(|s| Frequency::from_value((s % 5) as u8 + 1).map(Answer::Frequency)),
            &Context::default(),
        );
        let mut wrong_version = from_base64url(&good).expect("valid");
        wrong_version[0] = 3;
        let mut flipped = from_base64url(&good).expect("valid");
        flipped[10] ^= 0b0000_0100;
        let cases: Vec<(String, ShareError)> = vec![
            (String::new(), ShareError::Empty),
            ("   ".to_owned(), ShareError::Empty),
            ("A".repeat(MAX_CODE_LENGTH + 1), ShareError::TooLong),
            // Up to the limit a code is read, and told apart by what is wrong with it.
            (format!("{good}{}", "A".repeat(MAX_CODE_LENGTH - good.len())), ShareError::Damaged),
            ("abc$%^".to_owned(), ShareError::NotACode),
            (good[..20].to_owned(), ShareError::Truncated),
            (good[..1].to_owned(), ShareError::Truncated),
            (format!("{good}AAAA"), ShareError::Damaged),
            (base64url(&wrong_version), ShareError::WrongVersion(3)),
            (base64url(&flipped), ShareError::Damaged),
        ];
        for (code, expected) in cases {
            assert_eq!(decode(&instrument, &code), Err(expected), "{code:?}");
        }
    }

    #[test]
    fn random_bytes_never_decode_and_never_panic() {
        let instrument = builtin();
        // A fixed pseudo-random sequence, so the test is the same every run.
        let mut state: u32 = 0x1234_5678;
        let mut accepted = 0;
        for length in 0..2000 {
            let bytes: Vec<u8> = (0..(length % 60))
                .map(|_| {
                    state ^= state << 13;
                    state ^= state >> 17;
                    state ^= state << 5;
                    state as u8
                })
                .collect();
            if decode(&instrument, &base64url(&bytes)).is_ok() {
                accepted += 1;
            }
        }
        assert_eq!(accepted, 0);
    }

    #[test]
    fn a_code_for_other_statements_is_refused() {
        let instrument = builtin();
        let code = encode(&instrument, &sheet(|_| None), &Context::default());
        let mut other = instrument.clone();
        other.version += 1;
        assert_eq!(decode(&other, &code), Err(ShareError::OtherInstrument));
    }

    #[test]
    fn base64url_round_trips_every_length() {
        for length in 0..40u8 {
            let bytes: Vec<u8> = (0..length).map(|i| i.wrapping_mul(37)).collect();
            assert_eq!(from_base64url(&base64url(&bytes)), Ok(bytes));
        }
        assert_eq!(crc16(b"123456789"), 0x29b1, "the CCITT-FALSE check value");
    }
}
