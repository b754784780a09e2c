//! A small JSON reader and writer for the three JSON texts the widget handles: the provider's
//! config, a provider's instrument, and the saved progress on the device.
//!
//! Why not serde_json: every one of those texts is walked by hand anyway, to report errors
//! with their paths, so the generic machinery bought nothing but bytes. serde_json with serde's
//! derives and their float formatting made up about a tenth of the shipped wasm (measured in
//! the README's Performance section). This reader keeps what the walkers need: the values, in
//! document order, and an error with its line and column. Numbers are read into `f64` without
//! the standard library's general float parser, and written only as whole numbers, which is
//! all any of the texts hold.

use std::collections::HashMap;
use std::fmt;

/// How deeply arrays and objects may nest before the text is refused; far beyond any real
/// config, and shallow enough that a hostile text cannot exhaust the stack.
const MAX_DEPTH: usize = 128;

/// A JSON value. Objects keep their keys in document order.
#[derive(Clone, Debug, PartialEq)]
pub enum Value {
    Null,
    Bool(bool),
    Number(f64),
    String(String),
    Array(Vec<Value>),
    Object(Object),
}

/// A JSON object's members, in document order, each key once. When a key repeats in the text,
/// the last value counts, at the place the key first appeared, as in JavaScript's
/// `JSON.parse`; the reader settles that once, so lookups need not.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Object(pub Vec<(String, Value)>);

impl Object {
    pub fn get(&self, key: &str) -> Option<&Value> {
        self.0.iter().find(|(k, _)| k == key).map(|(_, v)| v)
    }

    pub fn contains_key(&self, key: &str) -> bool {
        self.get(key).is_some()
    }

    pub fn keys(&self) -> impl Iterator<Item = &String> {
        self.0.iter().map(|(k, _)| k)
    }

    pub fn iter(&self) -> impl Iterator<Item = (&String, &Value)> {
        self.0.iter().map(|(k, v)| (k, v))
    }

    /// The members as read, repeated keys settled in one pass, so that a text with many keys
    /// costs time in proportion to its length.
    fn from_members(members: Vec<(String, Value)>) -> Object {
        let mut first: HashMap<&str, usize> = HashMap::new();
        // For each member: the place its key keeps in the object.
        let places: Vec<usize> = members
            .iter()
            .map(|(k, _)| match first.get(k.as_str()) {
                Some(&place) => place,
                None => {
                    let place = first.len();
                    first.insert(k.as_str(), place);
                    place
                }
            })
            .collect();
        let mut settled: Vec<Option<(String, Value)>> = vec![None; first.len()];
        for ((key, value), place) in members.into_iter().zip(places) {
            settled[place] = Some((key, value));
        }
        Object(settled.into_iter().flatten().collect())
    }
}

impl Value {
    pub fn get(&self, key: &str) -> Option<&Value> {
        self.as_object()?.get(key)
    }

    pub fn as_object(&self) -> Option<&Object> {
        if let Value::Object(object) = self { Some(object) } else { None }
    }

    pub fn as_array(&self) -> Option<&[Value]> {
        if let Value::Array(items) = self { Some(items) } else { None }
    }

    pub fn as_str(&self) -> Option<&str> {
        if let Value::String(text) = self { Some(text) } else { None }
    }

    pub fn as_f64(&self) -> Option<f64> {
        if let Value::Number(n) = self { Some(*n) } else { None }
    }

    /// A whole, non-negative number that fits a `u64` exactly.
    pub fn as_u64(&self) -> Option<u64> {
        let n = self.as_f64()?;
        (n >= 0.0 && n.fract() == 0.0 && n < 9_007_199_254_740_992.0).then_some(n as u64)
    }

    pub fn as_bool(&self) -> Option<bool> {
        if let Value::Bool(flag) = self { Some(*flag) } else { None }
    }

    /// An object built from `(key, value)` pairs, for writing.
    pub fn object<const N: usize>(members: [(&str, Value); N]) -> Value {
        Value::Object(Object(members.into_iter().map(|(k, v)| (k.to_owned(), v)).collect()))
    }
}

impl From<&str> for Value {
    fn from(text: &str) -> Value {
        Value::String(text.to_owned())
    }
}

impl From<String> for Value {
    fn from(text: String) -> Value {
        Value::String(text)
    }
}

impl From<u64> for Value {
    fn from(n: u64) -> Value {
        Value::Number(n as f64)
    }
}

impl<T: Into<Value>> From<Option<T>> for Value {
    fn from(value: Option<T>) -> Value {
        value.map_or(Value::Null, Into::into)
    }
}

/// Compact JSON. Numbers are written as whole numbers (a fraction is rounded away): every
/// number the widget writes is a count, a score or a version.
impl fmt::Display for Value {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Value::Null => f.write_str("null"),
            Value::Bool(flag) => f.write_str(if *flag { "true" } else { "false" }),
            Value::Number(n) if n.is_finite() => write!(f, "{}", n.round() as i64),
            Value::Number(_) => f.write_str("null"),
            Value::String(text) => write_string(f, text),
            Value::Array(items) => {
                f.write_str("[")?;
                for (i, item) in items.iter().enumerate() {
                    if i > 0 {
                        f.write_str(",")?;
                    }
                    write!(f, "{item}")?;
                }
                f.write_str("]")
            }
            Value::Object(object) => {
                f.write_str("{")?;
                for (i, (key, value)) in object.iter().enumerate() {
                    if i > 0 {
                        f.write_str(",")?;
                    }
                    write_string(f, key)?;
                    write!(f, ":{value}")?;
                }
                f.write_str("}")
            }
        }
    }
}

fn write_string(f: &mut fmt::Formatter<'_>, text: &str) -> fmt::Result {
    f.write_str("\"")?;
    for c in text.chars() {
        match c {
            '"' => f.write_str("\\\"")?,
            '\\' => f.write_str("\\\\")?,
            '\n' => f.write_str("\\n")?,
            '\r' => f.write_str("\\r")?,
            '\t' => f.write_str("\\t")?,
            c if u32::from(c) < 0x20 => write!(f, "\\u{:04x}", u32::from(c))?,
            c => write!(f, "{c}")?,
        }
    }
    f.write_str("\"")
}

/// Why a text is not JSON, and where: line and column count from 1, columns in characters.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ParseError {
    pub message: &'static str,
    pub line: usize,
    pub column: usize,
}

impl fmt::Display for ParseError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} at line {} column {}", self.message, self.line, self.column)
    }
}

impl std::error::Error for ParseError {}

/// Reads one JSON value, with nothing but white space around it.
///
/// ```
/// use leadership_balance::json::{parse, Value};
/// let value = parse(r#"{"a": [1, true, "x\u00e9"]}"#).unwrap();
/// assert_eq!(value.get("a").and_then(|a| a.as_array()).map(|a| a.len()), Some(3));
/// assert_eq!(parse("{").unwrap_err().to_string(), "the text ends inside an object at line 1 column 2");
/// ```
pub fn parse(text: &str) -> Result<Value, ParseError> {
    let mut reader = Reader { bytes: text.as_bytes(), at: 0 };
    reader.skip_space();
    let value = reader.value(0)?;
    reader.skip_space();
    if reader.at < reader.bytes.len() {
        return Err(reader.error("unexpected text after the JSON value"));
    }
    Ok(value)
}

/// The digits of a number read so far: the significant ones as an integer, and the power of
/// ten that scales it.
#[derive(Default)]
struct Digits {
    mantissa: u64,
    exponent: i32,
    count: usize,
    kept: usize,
}

impl Digits {
    /// Takes one digit if the reader is on one.
    fn take(&mut self, reader: &mut Reader<'_>, after_point: bool) -> bool {
        let Some(d @ b'0'..=b'9') = reader.peek() else { return false };
        reader.at += 1;
        self.count += 1;
        if self.kept < 19 {
            if self.mantissa > 0 || d != b'0' {
                self.kept += 1;
            }
            self.mantissa = self.mantissa * 10 + u64::from(d - b'0');
            if after_point {
                self.exponent -= 1;
            }
        } else if !after_point {
            self.exponent += 1;
        }
        true
    }
}

struct Reader<'t> {
    bytes: &'t [u8],
    at: usize,
}

impl Reader<'_> {
    fn error(&self, message: &'static str) -> ParseError {
        let before = &self.bytes[..self.at.min(self.bytes.len())];
        let line_start = before.iter().rposition(|&b| b == b'\n').map_or(0, |i| i + 1);
        let line = before.iter().filter(|&&b| b == b'\n').count() + 1;
        // Characters, not bytes: count the bytes that start a UTF-8 character.
        let column = before[line_start..].iter().filter(|&&b| b & 0xC0 != 0x80).count() + 1;
        ParseError { message, line, column }
    }

    fn peek(&self) -> Option<u8> {
        self.bytes.get(self.at).copied()
    }

    fn skip_space(&mut self) {
        while matches!(self.peek(), Some(b' ' | b'\t' | b'\n' | b'\r')) {
            self.at += 1;
        }
    }

    fn expect_word(&mut self, word: &[u8], value: Value) -> Result<Value, ParseError> {
        if self.bytes[self.at..].starts_with(word) {
            self.at += word.len();
            Ok(value)
        } else {
            Err(self.error("expected a value"))
        }
    }

    fn value(&mut self, depth: usize) -> Result<Value, ParseError> {
        match self.peek() {
            None => Err(self.error("the text ends where a value should be")),
            Some(b'{') => self.object(depth + 1),
            Some(b'[') => self.array(depth + 1),
            Some(b'"') => self.string().map(Value::String),
            Some(b't') => self.expect_word(b"true", Value::Bool(true)),
            Some(b'f') => self.expect_word(b"false", Value::Bool(false)),
            Some(b'n') => self.expect_word(b"null", Value::Null),
            Some(b'-' | b'0'..=b'9') => self.number(),
            Some(_) => Err(self.error("expected a value")),
        }
    }

    fn object(&mut self, depth: usize) -> Result<Value, ParseError> {
        if depth > MAX_DEPTH {
            return Err(self.error("the text nests too deeply"));
        }
        self.at += 1;
        let mut members = Vec::new();
        self.skip_space();
        if self.peek() == Some(b'}') {
            self.at += 1;
            return Ok(Value::Object(Object::default()));
        }
        loop {
            self.skip_space();
            match self.peek() {
                Some(b'"') => {}
                None => return Err(self.error("the text ends inside an object")),
                Some(_) => return Err(self.error("expected a key in quotes")),
            }
            let key = self.string()?;
            self.skip_space();
            if self.peek() != Some(b':') {
                return Err(self.error("expected `:` after the key"));
            }
            self.at += 1;
            self.skip_space();
            let value = self.value(depth)?;
            members.push((key, value));
            self.skip_space();
            match self.peek() {
                Some(b',') => self.at += 1,
                Some(b'}') => {
                    self.at += 1;
                    return Ok(Value::Object(Object::from_members(members)));
                }
                None => return Err(self.error("the text ends inside an object")),
                Some(_) => return Err(self.error("expected `,` or `}`")),
            }
        }
    }

    fn array(&mut self, depth: usize) -> Result<Value, ParseError> {
        if depth > MAX_DEPTH {
            return Err(self.error("the text nests too deeply"));
        }
        self.at += 1;
        let mut items = Vec::new();
        self.skip_space();
        if self.peek() == Some(b']') {
            self.at += 1;
            return Ok(Value::Array(items));
        }
        loop {
            self.skip_space();
            items.push(self.value(depth)?);
            self.skip_space();
            match self.peek() {
                Some(b',') => self.at += 1,
                Some(b']') => {
                    self.at += 1;
                    return Ok(Value::Array(items));
                }
                None => return Err(self.error("the text ends inside an array")),
                Some(_) => return Err(self.error("expected `,` or `]`")),
            }
        }
    }

    fn hex4(&mut self) -> Result<u32, ParseError> {
        let digits =
            self.bytes.get(self.at..self.at + 4).ok_or_else(|| self.error("a \\u escape is cut short"))?;
        let mut code = 0;
        for &d in digits {
            let digit =
                char::from(d).to_digit(16).ok_or_else(|| self.error("a \\u escape needs four hex digits"))?;
            code = code * 16 + digit;
        }
        self.at += 4;
        Ok(code)
    }

    fn string(&mut self) -> Result<String, ParseError> {
        self.at += 1;
        let mut text = String::new();
        loop {
            let start = self.at;
            while let Some(b) = self.peek() {
                if b == b'"' || b == b'\\' || b < 0x20 {
                    break;
                }
                self.at += 1;
            }
            // The input is a &str and the run stops only at ASCII bytes, so this is whole UTF-8.
            text.push_str(std::str::from_utf8(&self.bytes[start..self.at]).unwrap_or_default());
            match self.peek() {
                None => return Err(self.error("the text ends inside a string")),
                Some(b'"') => {
                    self.at += 1;
                    return Ok(text);
                }
                Some(b'\\') => {
                    self.at += 1;
                    let escape = self.peek().ok_or_else(|| self.error("the text ends inside a string"))?;
                    self.at += 1;
                    match escape {
                        b'"' => text.push('"'),
                        b'\\' => text.push('\\'),
                        b'/' => text.push('/'),
                        b'b' => text.push('\u{8}'),
                        b'f' => text.push('\u{c}'),
                        b'n' => text.push('\n'),
                        b'r' => text.push('\r'),
                        b't' => text.push('\t'),
                        b'u' => {
                            let mut code = self.hex4()?;
                            if (0xD800..0xDC00).contains(&code) {
                                if !self.bytes[self.at..].starts_with(b"\\u") {
                                    return Err(self.error("a \\u escape is half of a pair"));
                                }
                                self.at += 2;
                                let low = self.hex4()?;
                                if !(0xDC00..0xE000).contains(&low) {
                                    return Err(self.error("a \\u escape is half of a pair"));
                                }
                                code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00);
                            }
                            let c = char::from_u32(code)
                                .ok_or_else(|| self.error("a \\u escape is half of a pair"))?;
                            text.push(c);
                        }
                        _ => {
                            self.at -= 1;
                            return Err(self.error("unknown escape in a string"));
                        }
                    }
                }
                Some(_) => return Err(self.error("a control character in a string must be escaped")),
            }
        }
    }

    /// A number by the JSON grammar. Up to 19 significant digits are kept, which is more than
    /// an `f64` holds; the value is then scaled by its power of ten.
    fn number(&mut self) -> Result<Value, ParseError> {
        let negative = self.peek() == Some(b'-');
        if negative {
            self.at += 1;
        }
        let mut digits = Digits::default();
        if self.peek() == Some(b'0') {
            digits.take(self, false);
            if matches!(self.peek(), Some(b'0'..=b'9')) {
                return Err(self.error("a number may not start with 0"));
            }
        } else {
            while digits.take(self, false) {}
        }
        if digits.count == 0 {
            return Err(self.error("expected a digit"));
        }
        if self.peek() == Some(b'.') {
            self.at += 1;
            let before = digits.count;
            while digits.take(self, true) {}
            if digits.count == before {
                return Err(self.error("expected a digit after the decimal point"));
            }
        }
        let (mantissa, mut exponent) = (digits.mantissa, digits.exponent);
        if matches!(self.peek(), Some(b'e' | b'E')) {
            self.at += 1;
            let sign = match self.peek() {
                Some(b'-') => {
                    self.at += 1;
                    -1
                }
                Some(b'+') => {
                    self.at += 1;
                    1
                }
                _ => 1,
            };
            let mut written: i32 = 0;
            let mut any = false;
            while let Some(d @ b'0'..=b'9') = self.peek() {
                self.at += 1;
                any = true;
                written = written.saturating_mul(10).saturating_add(i32::from(d - b'0'));
            }
            if !any {
                return Err(self.error("expected a digit in the exponent"));
            }
            exponent = exponent.saturating_add(sign * written);
        }
        let magnitude = mantissa as f64;
        let scaled = match exponent {
            // Zero times any power of ten is zero (and 0 × ∞ would be NaN).
            _ if mantissa == 0 => 0.0,
            0 => magnitude,
            e if e > 0 => magnitude * 10f64.powi(e.min(400)),
            // Dividing by an exact power of ten rounds once, where multiplying by 10^-n would
            // round twice: 0.1 reads as exactly the nearest f64 to 0.1.
            e if e >= -22 => magnitude / 10f64.powi(-e),
            e => magnitude / 1e22 / 10f64.powi((-e - 22).min(400)),
        };
        if !scaled.is_finite() {
            return Err(self.error("the number is too large"));
        }
        Ok(Value::Number(if negative { -scaled } else { scaled }))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_every_kind_of_value() {
        let value = parse(
            r#" { "s": "a\"b\\c\/\n\u00e9\ud83d\ude00", "n": [0, -12, 3.25, 1e3, 2E-2, 0.1],
            "t": true, "f": false, "z": null, "o": {}, "a": [] } "#,
        )
        .expect("valid JSON");
        assert_eq!(value.get("s").and_then(Value::as_str), Some("a\"b\\c/\né😀"));
        let numbers: Vec<f64> = value
            .get("n")
            .and_then(Value::as_array)
            .unwrap_or(&[])
            .iter()
            .filter_map(Value::as_f64)
            .collect();
        assert_eq!(numbers, [0.0, -12.0, 3.25, 1000.0, 0.02, 0.1]);
        assert_eq!(value.get("t").and_then(Value::as_bool), Some(true));
        assert_eq!(value.get("z"), Some(&Value::Null));
        assert_eq!(value.get("o"), Some(&Value::Object(Object::default())));
        assert_eq!(value.get("a"), Some(&Value::Array(Vec::new())));
    }

    #[test]
    fn numbers_read_as_the_nearest_double() {
        for text in ["60", "59.5", "0.1", "0.3", "123.456", "1e-7", "99.99", "-0.5", "12345678901234567890"] {
            let expected: f64 = text.parse().unwrap_or(f64::NAN);
            let found = parse(text).ok().and_then(|v| v.as_f64()).unwrap_or(f64::NAN);
            assert!((found - expected).abs() <= expected.abs() * 1e-15, "{text}: {found} vs {expected}");
        }
        assert_eq!(parse("7").ok().and_then(|v| v.as_u64()), Some(7));
        assert_eq!(parse("7.5").ok().and_then(|v| v.as_u64()), None);
        assert_eq!(parse("-1").ok().and_then(|v| v.as_u64()), None);
    }

    #[test]
    fn refuses_what_is_not_json_with_line_and_column() {
        let cases = [
            ("", "the text ends where a value should be at line 1 column 1"),
            ("{", "the text ends inside an object at line 1 column 2"),
            ("{\"a\" 1}", "expected `:` after the key at line 1 column 6"),
            ("{\"a\": 1,}", "expected a key in quotes at line 1 column 9"),
            ("[1,\n 2", "the text ends inside an array at line 2 column 3"),
            ("[1 2]", "expected `,` or `]` at line 1 column 4"),
            ("\"é\u{1}\"", "a control character in a string must be escaped at line 1 column 3"),
            ("\"\\x\"", "unknown escape in a string at line 1 column 3"),
            ("\"\\ud800\"", "a \\u escape is half of a pair at line 1 column 8"),
            ("01", "a number may not start with 0 at line 1 column 2"),
            ("1.", "expected a digit after the decimal point at line 1 column 3"),
            ("-", "expected a digit at line 1 column 2"),
            ("1e999", "the number is too large at line 1 column 6"),
            ("0e999999", ""),
            ("tru", "expected a value at line 1 column 1"),
            ("{} x", "unexpected text after the JSON value at line 1 column 4"),
            ("'a'", "expected a value at line 1 column 1"),
        ];
        for (text, expected) in cases {
            match parse(text) {
                Ok(_) => assert_eq!(expected, "", "{text:?} was accepted"),
                Err(e) => assert_eq!(e.to_string(), expected, "{text:?}"),
            }
        }
    }

    #[test]
    fn deep_nesting_is_refused_not_overflowed() {
        let deep = "[".repeat(100_000);
        assert_eq!(parse(&deep).map_err(|e| e.message), Err("the text nests too deeply"));
        let fine = format!("{}{}", "[".repeat(100), "]".repeat(100));
        assert!(parse(&fine).is_ok());
    }

    #[test]
    fn repeated_keys_count_once_with_the_last_value() {
        let value = parse(r#"{"a": 1, "b": 2, "a": 3}"#).expect("valid");
        let object = value.as_object().expect("an object");
        assert_eq!(object.keys().collect::<Vec<_>>(), ["a", "b"]);
        assert_eq!(object.get("a").and_then(Value::as_f64), Some(3.0));
        assert_eq!(value.to_string(), r#"{"a":3,"b":2}"#);
    }

    #[test]
    fn writes_compact_json_that_reads_back_the_same() {
        let value = Value::object([
            ("text", "quote \" backslash \\ newline \n tab \t bell \u{7} é 😀".into()),
            ("count", 48u64.into()),
            ("none", Option::<&str>::None.into()),
            ("list", Value::Array(vec![Value::Bool(true), Value::Null])),
        ]);
        let text = value.to_string();
        assert_eq!(parse(&text), Ok(value));
        assert!(
            text.starts_with(r#"{"text":"quote \" backslash \\ newline \n tab \t bell \u0007"#),
            "{text}"
        );
    }
}
