//! A colleague's two links: the learner's request (`#lb-ask=…`), which names who asks, and a
//! colleague's response (`#lb-re=…`), which carries their answers. Both are packed on the
//! codes' common frame (`model::codec`); their first byte is a kind of its own, so a share
//! code, a request and a response can never be taken for one another.
//!
//! - Request: kind (1), fingerprint (2), the name's length in bytes (1), the name in UTF-8,
//!   CRC-16 (2). No answers.
//! - Response: kind (1), fingerprint (2), statement count (1), 3 bits per statement (1–5 on
//!   the scale, 6 "I haven't seen this"), CRC-16 (2). No name, no context.

use crate::model::answers::AnswerSheet;
use crate::model::codec::{BitReader, BitWriter, from_base64url, read_answers, seal, unseal, write_answers};
use crate::model::instrument::Instrument;
use crate::model::share::{MAX_CODE_LENGTH, ShareError, VERSION, VERSION_WITH_SECOND_STAGE, fingerprint};

/// The first byte of a request code.
pub const REQUEST_KIND: u8 = 0x52;
/// The first byte of a response code.
pub const RESPONSE_KIND: u8 = 0x53;
/// The longest name a request carries, in characters: a first name or initials.
pub const MAX_NAME_CHARS: usize = 24;

/// The markers in the address that carry each kind of link.
pub const REQUEST_MARKER: &str = "#lb-ask=";
pub const RESPONSE_MARKER: &str = "#lb-re=";
const SHARE_MARKER: &str = "#lb=";

/// Why a pasted colleague's response could not be counted; each says what to do.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ResponseError {
    /// The code itself is broken: truncated, damaged, for another instrument.
    Code(ShareError),
    /// A result link (`#lb=`): someone's own result, not a colleague's view.
    ResultLink,
    /// A request link (`#lb-ask=`): the link that asks, not the answer.
    RequestLink,
    /// This response has already been counted.
    Repeat,
}

impl From<ShareError> for ResponseError {
    fn from(error: ShareError) -> ResponseError {
        ResponseError::Code(error)
    }
}

/// What a request link says: who asks, by the name they chose to give.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Request {
    pub name: Option<String>,
}

/// `name` as a request carries it: trimmed, without control characters, at most
/// [`MAX_NAME_CHARS`] characters.
pub fn clean_name(name: &str) -> String {
    name.chars().filter(|c| !c.is_control()).take(MAX_NAME_CHARS).collect::<String>().trim().to_owned()
}

/// Reads a link's code of `kind` and returns what lies between the fingerprint and the
/// checksum.
fn unsealed(instrument: &Instrument, code: &str, kind: u8) -> Result<Vec<u8>, ShareError> {
    unseal(fingerprint(instrument), code, kind, MAX_CODE_LENGTH)
}

/// The request code for `instrument`, with `name` (cleaned; empty for none).
///
/// ```
/// use leadership_balance::model::colleague::{Request, decode_request, encode_request};
/// use leadership_balance::model::instrument::Instrument;
/// let instrument = Instrument::builtin().unwrap();
/// let code = encode_request(&instrument, "Ana");
/// assert_eq!(decode_request(&instrument, &code), Ok(Request { name: Some("Ana".into()) }));
/// ```
pub fn encode_request(instrument: &Instrument, name: &str) -> String {
    let name = clean_name(name);
    let mut bytes = vec![REQUEST_KIND];
    bytes.extend(fingerprint(instrument).to_be_bytes());
    // At most 24 characters of at most 4 bytes: the length fits a byte.
    bytes.push(name.len() as u8);
    bytes.extend(name.as_bytes());
    seal(bytes)
}

/// Reads a request code made for `instrument`.
pub fn decode_request(instrument: &Instrument, code: &str) -> Result<Request, ShareError> {
    let body = unsealed(instrument, code, REQUEST_KIND)?;
    let [length, name @ ..] = body.as_slice() else { return Err(ShareError::Truncated) };
    if name.len() != usize::from(*length) {
        return Err(ShareError::Damaged);
    }
    let name = std::str::from_utf8(name).map_err(|_| ShareError::Damaged)?;
    if name != clean_name(name) {
        return Err(ShareError::Damaged);
    }
    Ok(Request { name: (!name.is_empty()).then(|| name.to_owned()) })
}

/// The response code for a colleague's `answers` ("I haven't seen this" is
/// [`super::answers::Answer::NoChanceYet`]).
pub fn encode_response(instrument: &Instrument, answers: &AnswerSheet) -> String {
    // A colleague answers the first stage only: the second is the learner's, when close.
    let count = instrument.first_stage().min(usize::from(u8::MAX));
    let mut bits = BitWriter::default();
    write_answers(&mut bits, answers, count);
    let mut bytes = vec![RESPONSE_KIND];
    bytes.extend(fingerprint(instrument).to_be_bytes());
    bytes.push(count as u8);
    bytes.extend(bits.bytes);
    seal(bytes)
}

/// Reads a response code made for `instrument`.
pub fn decode_response(instrument: &Instrument, code: &str) -> Result<AnswerSheet, ShareError> {
    let body = unsealed(instrument, code, RESPONSE_KIND)?;
    let [count, answers @ ..] = body.as_slice() else { return Err(ShareError::Truncated) };
    let count = usize::from(*count);
    if count != instrument.first_stage() {
        return Err(ShareError::OtherInstrument);
    }
    if answers.len() != (3 * count).div_ceil(8) {
        return Err(ShareError::Damaged);
    }
    let mut answers = read_answers(&mut BitReader { bytes: answers, read: 0 }, count)?;
    answers.extend_to(instrument.statements.len());
    Ok(answers)
}

/// A response as pasted: a whole link or a bare code. Links of the other two kinds, and bare
/// codes of them, are named as what they are.
pub fn read_response(instrument: &Instrument, pasted: &str) -> Result<(AnswerSheet, u16), ResponseError> {
    let pasted = pasted.trim();
    let code = if let Some((_, code)) = pasted.split_once(RESPONSE_MARKER) {
        code
    } else if pasted.contains(REQUEST_MARKER) {
        return Err(ResponseError::RequestLink);
    } else if pasted.contains(SHARE_MARKER) {
        return Err(ResponseError::ResultLink);
    } else {
        pasted
    };
    match decode_response(instrument, code) {
        Ok(answers) => Ok((answers, checksum(code))),
        Err(ShareError::WrongVersion(VERSION | VERSION_WITH_SECOND_STAGE)) => Err(ResponseError::ResultLink),
        Err(ShareError::WrongVersion(REQUEST_KIND)) => Err(ResponseError::RequestLink),
        Err(error) => Err(error.into()),
    }
}

/// The last two bytes of a code: its CRC-16, enough to recognise a response pasted twice
/// without keeping the response.
fn checksum(code: &str) -> u16 {
    let bytes = from_base64url(code.trim()).unwrap_or_default();
    match bytes.as_slice() {
        [.., a, b] => u16::from_be_bytes([*a, *b]),
        _ => 0,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::answers::{Answer, Context, Frequency};
    use crate::model::fixtures::builtin;
    use crate::model::fixtures::sheet_scoring;
    use crate::model::share::encode;

    #[test]
    fn requests_carry_a_cleaned_name_and_no_answers() {
        let instrument = builtin();
        let code = encode_request(&instrument, "  Ana\u{7}  ");
        assert_eq!(decode_request(&instrument, &code), Ok(Request { name: Some("Ana".into()) }));
        assert_eq!(decode_request(&instrument, &encode_request(&instrument, "")), Ok(Request { name: None }));
        let long = "Ö".repeat(40);
        let request = decode_request(&instrument, &encode_request(&instrument, &long)).expect("read");
        assert_eq!(request.name.map(|n| n.chars().count()), Some(MAX_NAME_CHARS));
        // Six bytes of frame and three of "Ana" make 12 characters: short enough for any mail.
        assert_eq!(code.len(), 12);
    }

    #[test]
    fn responses_round_trip_and_know_their_kind() {
        let instrument = builtin();
        let answers =
            sheet_scoring(&instrument, |c| if c % 3 == 0 { Frequency::Often } else { Frequency::Rarely });
        let mut answers = answers;
        answers.set(5, Answer::NoChanceYet);
        let code = encode_response(&instrument, &answers);
        assert_eq!(decode_response(&instrument, &code), Ok(answers.clone()));
        // 4 bytes of header, 18 of answers (48 × 3 bits), 2 of checksum: 32 characters.
        assert_eq!(code.len(), 32);
        let link = format!("https://example.org/page#lb-re={code}");
        assert_eq!(read_response(&instrument, &link).map(|(a, _)| a), Ok(answers.clone()));

        let share = encode(&instrument, &answers, &Context::default());
        assert_eq!(read_response(&instrument, &share), Err(ResponseError::ResultLink), "a bare share code");
        assert_eq!(
            read_response(&instrument, &format!("https://example.org/#lb={share}")),
            Err(ResponseError::ResultLink)
        );
        let request = encode_request(&instrument, "Ana");
        assert_eq!(read_response(&instrument, &request), Err(ResponseError::RequestLink));
        assert_eq!(
            read_response(&instrument, &format!("https://example.org/#lb-ask={request}")),
            Err(ResponseError::RequestLink)
        );
        // The share decoder refuses a response as from another version, never misreads it.
        assert!(crate::model::share::decode(&instrument, &code).is_err());
    }

    #[test]
    fn damaged_truncated_and_foreign_responses_say_so() {
        let instrument = builtin();
        let code = encode_response(&instrument, &sheet_scoring(&instrument, |_| Frequency::Often));
        assert_eq!(
            read_response(&instrument, &code[..code.len() - 3]),
            Err(ResponseError::Code(ShareError::Damaged))
        );
        assert_eq!(read_response(&instrument, &code[..3]), Err(ResponseError::Code(ShareError::Truncated)));
        let mut damaged = code.clone();
        let swapped = if &damaged[10..11] == "A" { "B" } else { "A" };
        damaged.replace_range(10..11, swapped);
        assert_eq!(read_response(&instrument, &damaged), Err(ResponseError::Code(ShareError::Damaged)));
        let mut other = instrument.clone();
        other.statements[0].id = "changed".into();
        assert_eq!(read_response(&other, &code), Err(ResponseError::Code(ShareError::OtherInstrument)));
        assert_eq!(read_response(&instrument, "  "), Err(ResponseError::Code(ShareError::Empty)));
        assert_eq!(read_response(&instrument, "not a code!"), Err(ResponseError::Code(ShareError::NotACode)));
    }
}
