//! A colleague's view, by link and with no server: the learner's request (`#lb-ask=…`), a
//! colleague's response (`#lb-re=…`), and the responses combined into one view that never
//! keeps a response on its own.
//!
//! Both links are packed like share codes (see [`super::share`]): base64url, the instrument's
//! fingerprint, a CRC-16 at the end. Their first byte is a kind of its own, so a share code,
//! a request and a response can never be taken for one another.
//!
//! - Request: kind (1), fingerprint (2), the name's length in bytes (1), the name in UTF-8,
//!   CRC-16 (2). No answers.
//! - Response: kind (1), fingerprint (2), statement count (1), 3 bits per statement (1–5 on
//!   the scale, 6 "I haven't seen this"), CRC-16 (2). No name, no context.

use super::answers::AnswerSheet;
use super::instrument::{Instrument, Track};
use super::ordering::sort_small;
use super::scoring::{CompetencyScore, Scores};
use super::share::{
    BitReader, BitWriter, MAX_CODE_LENGTH, ShareError, VERSION, answer_code, answer_from, base64url,
    code_bytes, crc16, fingerprint, from_base64url,
};

/// The first byte of a request code.
pub const REQUEST_KIND: u8 = 0x52;
/// The first byte of a response code.
pub const RESPONSE_KIND: u8 = 0x53;
/// The first byte of a kept view.
const VIEW_KIND: u8 = 0x56;
/// The longest name a request carries, in characters: a first name or initials.
pub const MAX_NAME_CHARS: usize = 24;
/// How far apart, in points out of 100, self and colleagues must be for a blind spot or a
/// hidden strength.
pub const GAP: f64 = 15.0;
/// Under this many responses, the average may give away who answered.
pub const FEW_RESPONSES: usize = 3;

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

fn sealed(mut bytes: Vec<u8>) -> String {
    bytes.extend(crc16(&bytes).to_be_bytes());
    base64url(&bytes)
}

/// Reads a code's bytes, checks its checksum and kind, and returns what lies between the
/// fingerprint and the checksum.
fn unsealed(instrument: &Instrument, code: &str, kind: u8) -> Result<Vec<u8>, ShareError> {
    unsealed_at_most(instrument, code, kind, MAX_CODE_LENGTH)
}

/// The longest kept view read, in characters: it grows by under three characters a response,
/// and a thousand responses is far more than anyone asks for.
const MAX_KEPT_CHARS: usize = 4096;

fn unsealed_at_most(
    instrument: &Instrument,
    code: &str,
    kind: u8,
    longest: usize,
) -> Result<Vec<u8>, ShareError> {
    let bytes = code_bytes(code, longest)?;
    let [first, f1, f2, .., c1, c2] = bytes.as_slice() else { return Err(ShareError::Truncated) };
    if *first != kind {
        return Err(ShareError::WrongVersion(*first));
    }
    let signed = bytes.len() - 2;
    if crc16(&bytes[..signed]) != u16::from_be_bytes([*c1, *c2]) {
        return Err(ShareError::Damaged);
    }
    if u16::from_be_bytes([*f1, *f2]) != fingerprint(instrument) {
        return Err(ShareError::OtherInstrument);
    }
    Ok(bytes[3..signed].to_vec())
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
    sealed(bytes)
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
    let count = instrument.statements.len().min(usize::from(u8::MAX));
    let mut bits = BitWriter::default();
    for statement in 0..count {
        bits.push(answer_code(answers.get(statement)), 3);
    }
    let mut bytes = vec![RESPONSE_KIND];
    bytes.extend(fingerprint(instrument).to_be_bytes());
    bytes.push(count as u8);
    bytes.extend(bits.bytes);
    sealed(bytes)
}

/// Reads a response code made for `instrument`.
pub fn decode_response(instrument: &Instrument, code: &str) -> Result<AnswerSheet, ShareError> {
    let body = unsealed(instrument, code, RESPONSE_KIND)?;
    let [count, answers @ ..] = body.as_slice() else { return Err(ShareError::Truncated) };
    let count = usize::from(*count);
    if count != instrument.statements.len() {
        return Err(ShareError::OtherInstrument);
    }
    if answers.len() != (3 * count).div_ceil(8) {
        return Err(ShareError::Damaged);
    }
    let mut bits = BitReader { bytes: answers, read: 0 };
    let answers = (0..count).map(|_| answer_from(bits.take(3)?)).collect::<Result<Vec<_>, _>>()?;
    Ok(AnswerSheet::from_answers(answers))
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
        Err(ShareError::WrongVersion(VERSION)) => Err(ResponseError::ResultLink),
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

/// Every response pasted so far, combined. Only sums and counts: no response can be read
/// back from it, and it is all that is kept on the device (as [`ColleagueView::to_code`]).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ColleagueView {
    /// The instrument's fingerprint: a view kept for other statements is dropped.
    pub fingerprint: u16,
    /// How many responses were combined.
    pub responses: usize,
    /// Per competency, in the instrument's order: the sum of the colleagues' scores.
    pub sums: Vec<f64>,
    /// Per competency: how many colleagues had seen enough to score it.
    pub counts: Vec<u32>,
    /// Each combined response's checksum, so that a repeat is recognised after its code is
    /// gone; 16 bits say nothing of the answers.
    pub seen: Vec<u16>,
}

impl ColleagueView {
    pub fn new(instrument: &Instrument) -> ColleagueView {
        let competencies = instrument.competencies.len();
        ColleagueView {
            fingerprint: fingerprint(instrument),
            responses: 0,
            sums: vec![0.0; competencies],
            counts: vec![0; competencies],
            seen: Vec::new(),
        }
    }

    /// Whether this view was made for `instrument` and has its shape.
    pub fn fits(&self, instrument: &Instrument) -> bool {
        let competencies = instrument.competencies.len();
        self.fingerprint == fingerprint(instrument)
            && self.sums.len() == competencies
            && self.counts.len() == competencies
            && self.sums.iter().all(|s| s.is_finite() && *s >= 0.0)
    }

    /// Reads `pasted` (a response link or code) and adds it.
    pub fn add_pasted(&mut self, instrument: &Instrument, pasted: &str) -> Result<(), ResponseError> {
        let (answers, checksum) = read_response(instrument, pasted)?;
        if self.seen.contains(&checksum) {
            return Err(ResponseError::Repeat);
        }
        let scores = Scores::compute(instrument, &answers);
        for (c, score) in scores.competencies.iter().enumerate() {
            if let (Some(value), Some(sum), Some(count)) =
                (score.value(), self.sums.get_mut(c), self.counts.get_mut(c))
            {
                *sum += value;
                *count += 1;
            }
        }
        self.responses += 1;
        self.seen.push(checksum);
        Ok(())
    }

    /// The view as the device keeps it: packed and checksummed like the links, so that a
    /// kept view that was damaged or edited is dropped rather than misread, and the sums
    /// come back to the bit. Kind (1), fingerprint (2), responses (2), competencies (1), then
    /// per competency its sum (8, an f64's bits) and count (2), then each checksum seen (2),
    /// then a CRC-16 (2).
    pub fn to_code(&self) -> String {
        let mut bytes = vec![VIEW_KIND];
        bytes.extend(self.fingerprint.to_be_bytes());
        bytes.extend(u16::try_from(self.responses).unwrap_or(u16::MAX).to_be_bytes());
        bytes.push(self.sums.len().min(usize::from(u8::MAX)) as u8);
        for (sum, count) in self.sums.iter().zip(&self.counts) {
            bytes.extend(sum.to_bits().to_be_bytes());
            bytes.extend(u16::try_from(*count).unwrap_or(u16::MAX).to_be_bytes());
        }
        for seen in &self.seen {
            bytes.extend(seen.to_be_bytes());
        }
        sealed(bytes)
    }

    /// Reads a kept view made for `instrument`; `None` for anything else.
    pub fn from_code(instrument: &Instrument, code: &str) -> Option<ColleagueView> {
        let body = unsealed_at_most(instrument, code, VIEW_KIND, MAX_KEPT_CHARS).ok()?;
        let [r1, r2, competencies, rest @ ..] = body.as_slice() else { return None };
        let competencies = usize::from(*competencies);
        let (pairs, seen) = rest.split_at_checked(10 * competencies)?;
        if seen.len() % 2 != 0 {
            return None;
        }
        let mut view = ColleagueView {
            fingerprint: fingerprint(instrument),
            responses: usize::from(u16::from_be_bytes([*r1, *r2])),
            sums: Vec::with_capacity(competencies),
            counts: Vec::with_capacity(competencies),
            seen: seen.chunks_exact(2).map(|c| u16::from_be_bytes([c[0], c[1]])).collect(),
        };
        for pair in pairs.chunks_exact(10) {
            let (sum, count) = pair.split_at(8);
            view.sums.push(f64::from_bits(u64::from_be_bytes(sum.try_into().ok()?)));
            view.counts.push(u32::from(u16::from_be_bytes(count.try_into().ok()?)));
        }
        view.fits(instrument).then_some(view)
    }

    /// The colleagues' view as scores: each competency their mean (not enough answers where
    /// no colleague could score it), both indexes from those, as for a learner's own.
    pub fn scores(&self, instrument: &Instrument) -> Scores {
        let competencies = (0..instrument.competencies.len())
            .map(|c| match (self.sums.get(c), self.counts.get(c)) {
                (Some(sum), Some(&count)) if count > 0 => CompetencyScore::Scored(sum / f64::from(count)),
                _ => CompetencyScore::NotEnoughAnswers,
            })
            .collect();
        Scores::from_competencies(instrument, competencies)
    }
}

/// One competency, self against colleagues.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct SideBySide {
    pub competency: usize,
    pub own: Option<f64>,
    pub others: Option<f64>,
}

impl SideBySide {
    /// Own score minus the colleagues' mean, when both exist.
    pub fn gap(&self) -> Option<f64> {
        Some(self.own? - self.others?)
    }
}

/// Self against colleagues, competency by competency, with what stands out.
#[derive(Clone, Debug, PartialEq)]
pub struct Comparison {
    pub rows: Vec<SideBySide>,
    /// Self at least [`GAP`] above colleagues: widest gap first.
    pub blind_spots: Vec<SideBySide>,
    /// Colleagues at least [`GAP`] above self: widest gap first.
    pub hidden_strengths: Vec<SideBySide>,
    pub own_indexes: [Option<f64>; 2],
    pub others_indexes: [Option<f64>; 2],
}

impl Comparison {
    pub fn build(instrument: &Instrument, own: &Scores, others: &Scores) -> Comparison {
        let rows: Vec<SideBySide> = (0..instrument.competencies.len())
            .map(|c| SideBySide {
                competency: c,
                own: own.competencies.get(c).and_then(|s| s.value()),
                others: others.competencies.get(c).and_then(|s| s.value()),
            })
            .collect();
        let widest = |mut list: Vec<SideBySide>| {
            sort_small(&mut list, |a, b| {
                let (ga, gb) = (a.gap().unwrap_or(0.0).abs(), b.gap().unwrap_or(0.0).abs());
                gb.total_cmp(&ga).then(a.competency.cmp(&b.competency))
            });
            list
        };
        let blind_spots =
            widest(rows.iter().copied().filter(|r| r.gap().is_some_and(|g| g >= GAP)).collect());
        let hidden_strengths =
            widest(rows.iter().copied().filter(|r| r.gap().is_some_and(|g| g <= -GAP)).collect());
        let indexes = |s: &Scores| [s.index(Track::Management), s.index(Track::Leadership)];
        Comparison {
            rows,
            blind_spots,
            hidden_strengths,
            own_indexes: indexes(own),
            others_indexes: indexes(others),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::answers::{Answer, Context, Frequency};
    use crate::model::fixtures::sheet_scoring;
    use crate::model::share::encode;

    fn builtin() -> Instrument {
        Instrument::builtin().expect("valid")
    }

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

    /// Two colleagues: one sees every competency at Often (75), the other at Rarely (25), but
    /// has not seen any vision statement. The learner rates planning 100 and vision 25.
    #[test]
    fn responses_combine_into_means_with_blind_spots_and_hidden_strengths() {
        let instrument = builtin();
        let planning = instrument.competencies.iter().position(|c| c.id == "planning").expect("planning");
        let vision = instrument.competencies.iter().position(|c| c.id == "vision").expect("vision");
        let first = encode_response(&instrument, &sheet_scoring(&instrument, |_| Frequency::Often));
        let mut second = sheet_scoring(&instrument, |_| Frequency::Rarely);
        for &s in instrument.statements_of(vision).iter() {
            second.set(s, Answer::NoChanceYet);
        }
        let second = encode_response(&instrument, &second);

        let mut view = ColleagueView::new(&instrument);
        view.add_pasted(&instrument, &first).expect("first");
        view.add_pasted(&instrument, &format!("https://x.example/#lb-re={second}")).expect("second");
        assert_eq!(view.add_pasted(&instrument, &first), Err(ResponseError::Repeat), "counted once");
        assert_eq!(view.responses, 2);

        let others = view.scores(&instrument);
        // Planning: (75 + 25) / 2 = 50; vision: only the first colleague, 75.
        assert_eq!(others.competencies[planning], CompetencyScore::Scored(50.0));
        assert_eq!(others.competencies[vision], CompetencyScore::Scored(75.0));

        let own = sheet_scoring(&instrument, |c| {
            if c == planning {
                Frequency::AlmostAlways
            } else if c == vision {
                Frequency::Rarely
            } else {
                Frequency::Sometimes
            }
        });
        let comparison = Comparison::build(&instrument, &Scores::compute(&instrument, &own), &others);
        // Planning: self 100, others 50: a blind spot of 50. Vision: self 25, others 75: a
        // hidden strength of 50. Everything else: self 50, others 50.
        assert_eq!(comparison.blind_spots.iter().map(|r| r.competency).collect::<Vec<_>>(), [planning]);
        assert_eq!(comparison.hidden_strengths.iter().map(|r| r.competency).collect::<Vec<_>>(), [vision]);
        assert_eq!(comparison.blind_spots[0].gap(), Some(50.0));
        // Others' leadership index: eight competencies at 50 and vision at 75 → 52.78.
        let leadership = comparison.others_indexes[1].expect("an index");
        assert!((leadership - 475.0 / 9.0).abs() < 1e-9, "{leadership}");
    }

    #[test]
    fn a_gap_of_exactly_fifteen_counts_and_fourteen_does_not() {
        let instrument = builtin();
        let own = Scores::from_competencies(
            &instrument,
            (0..16).map(|c| CompetencyScore::Scored(if c == 0 { 65.0 } else { 64.0 })).collect(),
        );
        let others = Scores::from_competencies(&instrument, vec![CompetencyScore::Scored(50.0); 16]);
        let comparison = Comparison::build(&instrument, &own, &others);
        assert_eq!(comparison.blind_spots.len(), 1);
        assert_eq!(comparison.blind_spots[0].competency, 0);
        assert!(comparison.hidden_strengths.is_empty());
    }

    #[test]
    fn a_kept_view_reads_back_to_the_bit_and_a_damaged_one_not_at_all() {
        let instrument = builtin();
        let mut view = ColleagueView::new(&instrument);
        for level in [Frequency::Often, Frequency::Rarely, Frequency::AlmostAlways] {
            let mut answers = sheet_scoring(&instrument, |_| level);
            answers.set(0, Answer::NoChanceYet);
            view.add_pasted(&instrument, &encode_response(&instrument, &answers)).expect("added");
        }
        let code = view.to_code();
        assert_eq!(ColleagueView::from_code(&instrument, &code), Some(view.clone()));
        let mut damaged = code.clone();
        let swapped = if &damaged[20..21] == "A" { "B" } else { "A" };
        damaged.replace_range(20..21, swapped);
        assert_eq!(ColleagueView::from_code(&instrument, &damaged), None);
        assert_eq!(ColleagueView::from_code(&instrument, &code[..code.len() - 2]), None);
        let mut other = instrument.clone();
        other.statements[0].id = "changed".into();
        assert_eq!(ColleagueView::from_code(&other, &code), None, "kept for other statements");
        assert_eq!(ColleagueView::from_code(&instrument, "{\"responses\": 2}"), None);
    }

    #[test]
    fn a_kept_view_for_other_statements_does_not_fit() {
        let instrument = builtin();
        let view = ColleagueView::new(&instrument);
        assert!(view.fits(&instrument));
        let mut other = instrument.clone();
        other.statements[0].reverse = !other.statements[0].reverse;
        assert!(!view.fits(&other));
        let mut broken = view.clone();
        broken.sums.pop();
        assert!(!broken.fits(&instrument));
    }
}
