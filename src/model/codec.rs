//! What every code the widget hands out is made of: base64url text (safe in a URL fragment),
//! a kind or version byte first, the instrument's fingerprint, a body of small numbers packed
//! into bits, and a CRC-16 last. Result links (`share`), a colleague's links and the kept
//! colleagues' view (`colleague`) are each a body on this frame.

use super::answers::{Answer, AnswerSheet, Frequency};

/// Why a code could not be read; each says what the learner can do.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ShareError {
    Empty,
    TooLong,
    NotACode,
    Truncated,
    WrongVersion(u8),
    Damaged,
    OtherInstrument,
}

/// CRC-16/CCITT-FALSE.
pub fn crc16(bytes: &[u8]) -> u16 {
    let mut crc: u16 = 0xffff;
    for &byte in bytes {
        crc ^= u16::from(byte) << 8;
        for _ in 0..8 {
            crc = if crc & 0x8000 != 0 { (crc << 1) ^ 0x1021 } else { crc << 1 };
        }
    }
    crc
}

const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

pub fn base64url(bytes: &[u8]) -> String {
    let mut text = String::with_capacity(bytes.len() * 4 / 3 + 2);
    for chunk in bytes.chunks(3) {
        let value = chunk.iter().enumerate().fold(0u32, |v, (i, b)| v | u32::from(*b) << (16 - 8 * i));
        for i in 0..=chunk.len() {
            text.push(char::from(ALPHABET[(value >> (18 - 6 * i)) as usize & 63]));
        }
    }
    text
}

pub fn from_base64url(text: &str) -> Result<Vec<u8>, ShareError> {
    let mut bytes = Vec::with_capacity(text.len() * 3 / 4);
    let (mut buffer, mut bits) = (0u32, 0u32);
    for c in text.bytes() {
        let value = ALPHABET.iter().position(|&a| a == c).ok_or(ShareError::NotACode)? as u32;
        buffer = (buffer << 6) | value;
        bits += 6;
        if bits >= 8 {
            bits -= 8;
            bytes.push((buffer >> bits) as u8);
        }
    }
    Ok(bytes)
}

/// Packs small numbers into bits, most significant first.
#[derive(Default)]
pub struct BitWriter {
    pub bytes: Vec<u8>,
    used: u32,
}

impl BitWriter {
    pub fn push(&mut self, value: u8, width: u32) {
        for shift in (0..width).rev() {
            if self.used.is_multiple_of(8) {
                self.bytes.push(0);
            }
            let bit = (value >> shift) & 1;
            if let Some(last) = self.bytes.last_mut() {
                *last |= bit << (7 - self.used % 8);
            }
            self.used += 1;
        }
    }
}

pub struct BitReader<'a> {
    pub bytes: &'a [u8],
    pub read: usize,
}

impl BitReader<'_> {
    pub fn take(&mut self, width: u32) -> Result<u8, ShareError> {
        let mut value = 0u8;
        for _ in 0..width {
            let byte = self.bytes.get(self.read / 8).ok_or(ShareError::Truncated)?;
            value = (value << 1) | ((byte >> (7 - self.read % 8)) & 1);
            self.read += 1;
        }
        Ok(value)
    }
}

pub fn answer_code(answer: Option<Answer>) -> u8 {
    match answer {
        None => 0,
        Some(Answer::Frequency(f)) => f.value(),
        Some(Answer::NoChanceYet) => 6,
    }
}

pub fn answer_from(code: u8) -> Result<Option<Answer>, ShareError> {
    match code {
        0 => Ok(None),
        6 => Ok(Some(Answer::NoChanceYet)),
        v => Frequency::from_value(v).map(|f| Some(Answer::Frequency(f))).ok_or(ShareError::Damaged),
    }
}

/// Writes one 3-bit answer per statement, for the first `count` statements.
pub fn write_answers(bits: &mut BitWriter, answers: &AnswerSheet, count: usize) {
    for statement in 0..count {
        bits.push(answer_code(answers.get(statement)), 3);
    }
}

/// Reads `count` answers written by [`write_answers`].
pub fn read_answers(bits: &mut BitReader, count: usize) -> Result<AnswerSheet, ShareError> {
    let answers = (0..count).map(|_| answer_from(bits.take(3)?)).collect::<Result<Vec<_>, _>>()?;
    Ok(AnswerSheet::from_answers(answers))
}

/// The bytes of a pasted code: trimmed, refused when empty or longer than `longest`
/// characters (before any decoding), then base64url-decoded. Every kind of code starts here.
pub fn code_bytes(code: &str, longest: usize) -> Result<Vec<u8>, ShareError> {
    let code = code.trim();
    if code.is_empty() {
        return Err(ShareError::Empty);
    }
    if code.len() > longest {
        return Err(ShareError::TooLong);
    }
    from_base64url(code)
}

/// `bytes` (kind, fingerprint and body) with their CRC-16 appended, as base64url.
pub fn seal(mut bytes: Vec<u8>) -> String {
    bytes.extend(crc16(&bytes).to_be_bytes());
    base64url(&bytes)
}

/// Reads a code of `kind` made for the instrument whose fingerprint is `fingerprint`: checks
/// its length (at most `longest` characters), its first byte, its checksum and its
/// fingerprint, and returns what lies between the fingerprint and the checksum.
pub fn unseal(fingerprint: u16, code: &str, kind: u8, longest: usize) -> Result<Vec<u8>, ShareError> {
    let bytes = code_bytes(code, longest)?;
    let [first, f1, f2, .., c1, c2] = bytes.as_slice() else { return Err(ShareError::Truncated) };
    if *first != kind {
        return Err(ShareError::WrongVersion(*first));
    }
    let signed = bytes.len() - 2;
    if crc16(&bytes[..signed]) != u16::from_be_bytes([*c1, *c2]) {
        return Err(ShareError::Damaged);
    }
    if u16::from_be_bytes([*f1, *f2]) != fingerprint {
        return Err(ShareError::OtherInstrument);
    }
    Ok(bytes[3..signed].to_vec())
}
