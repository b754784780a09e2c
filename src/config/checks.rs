//! The config's own field checks for its walk ([`super::validate`]), beside the general ones in
//! [`crate::checker`]: texts with a length limit, links, email addresses, colours, fonts. Each
//! records a problem and returns `None` when the value is wrong, so that the walk goes on and
//! every problem is reported. The sentences are the ones providers read; keep them plain.

use serde_json::Value;

use crate::checker::Checker;

use super::{MAX_EMAIL, MAX_URL};

/// A JSON syntax error as a sentence: where the text stops being JSON.
pub fn syntax(error: &serde_json::Error) -> String {
    let message = error.to_string();
    match message.strip_prefix("EOF while parsing ") {
        Some(rest) => format!("the text ends inside {rest}"),
        None => message,
    }
}

/// `text` in lower case if it is a `#rgb` or `#rrggbb` colour: the only form that can go
/// into a CSS custom property without any chance of escaping it.
pub fn hex_colour(text: &str) -> Option<String> {
    let digits = text.strip_prefix('#')?;
    (matches!(digits.len(), 3 | 6) && digits.chars().all(|c| c.is_ascii_hexdigit()))
        .then(|| text.to_ascii_lowercase())
}

/// An http(s) origin written exactly as a browser writes `URL.origin`: the host in lower case
/// and ASCII (an IDN in its `xn--` form), a port only when it is not the scheme's default, and
/// nothing after it. Origins are compared as text (postMessage's target, the config origins
/// iframe mode accepts), so any other spelling would silently never match. `web/origin.js`
/// keeps the same rule; both are tested against `tests/origins.json`.
pub fn is_origin(text: &str) -> bool {
    let (rest, default_port) = match (text.strip_prefix("https://"), text.strip_prefix("http://")) {
        (Some(rest), _) => (rest, "443"),
        (_, Some(rest)) => (rest, "80"),
        _ => return false,
    };
    // A colon after the last `]` (an IPv6 host is bracketed) starts the port.
    let (host, port) = match rest.rfind(':') {
        Some(colon) if !rest[colon..].contains(']') => (&rest[..colon], Some(&rest[colon + 1..])),
        _ => (rest, None),
    };
    let host_is_fine = match host.strip_prefix('[').and_then(|h| h.strip_suffix(']')) {
        Some(ipv6) => {
            !ipv6.is_empty() && ipv6.chars().all(|c| c.is_ascii_digit() || matches!(c, 'a'..='f' | ':' | '.'))
        }
        None => {
            !host.is_empty()
                && host
                    .chars()
                    .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || matches!(c, '.' | '-'))
        }
    };
    let port_is_fine = port.is_none_or(|port| {
        !port.starts_with('0')
            && port != default_port
            && port.chars().all(|c| c.is_ascii_digit())
            && port.parse::<u16>().is_ok()
    });
    host_is_fine && port_is_fine
}

/// The config's checks are methods of the shared [`Checker`], so that its walk reads as one
/// vocabulary (`c.url(…)` next to `c.string(…)`).
impl Checker {
    /// Non-empty text of at most `max` characters, without control characters.
    pub fn text(&mut self, path: &str, value: &Value, max: usize) -> Option<String> {
        let text = self.string(path, value)?;
        let length = text.chars().count();
        if text.trim().is_empty() {
            self.fail(path, "must not be empty");
        } else if length > max {
            self.fail(path, &format!("is {length} characters long; the limit is {max}"));
        } else if text.chars().any(|c| c.is_control() && c != '\n') {
            self.fail(path, "must not contain control characters");
        } else {
            return Some(text);
        }
        None
    }

    /// An http(s) link; anything else (javascript:, data:, relative paths) is refused.
    pub fn url(&mut self, path: &str, value: &Value) -> Option<String> {
        let url = self.string(path, value)?;
        let host = url.strip_prefix("https://").or_else(|| url.strip_prefix("http://"));
        match host {
            None => self.fail(path, "must start with https:// or http://"),
            Some(rest) if rest.is_empty() || rest.starts_with('/') => {
                self.fail(path, "has no host name after the scheme")
            }
            Some(_) if url.len() > MAX_URL => {
                self.fail(path, &format!("is longer than {MAX_URL} characters"))
            }
            Some(_) if url.chars().any(|c| c.is_whitespace() || c.is_control()) => {
                self.fail(path, "must not contain spaces; encode them as %20")
            }
            Some(_) => return Some(url),
        }
        None
    }

    /// One email address, as a `mailto:` link can carry it safely: a local part and a domain
    /// with a dot, and none of the characters that would add a second recipient or a header
    /// to the link (`,` `;` `?` `&` `%` quotes, angle brackets, spaces).
    pub fn email(&mut self, path: &str, value: &Value) -> Option<String> {
        let address = self.string(path, value)?;
        let (local, domain) = address.rsplit_once('@').unwrap_or(("", ""));
        let unsafe_character =
            |c: char| c.is_whitespace() || c.is_control() || ",;?&%\"'<>()[]\\:/".contains(c);
        if address.chars().count() > MAX_EMAIL {
            self.fail(path, &format!("is longer than {MAX_EMAIL} characters"));
        } else if local.is_empty()
            || local.contains('@')
            || domain.is_empty()
            || address.contains(unsafe_character)
        {
            self.fail(path, "must be one email address, such as trainer@example.org");
        } else if !domain.contains('.') || domain.starts_with('.') || domain.ends_with('.') {
            self.fail(path, "needs a full domain after the @, such as example.org");
        } else {
            return Some(address);
        }
        None
    }

    /// `#rgb` or `#rrggbb`.
    pub fn colour(&mut self, path: &str, value: &Value) -> Option<String> {
        let colour = self.string(path, value)?;
        if let Some(colour) = hex_colour(&colour) {
            Some(colour)
        } else {
            self.fail(path, "must be a hex colour such as #2450a6 or #25a");
            None
        }
    }

    /// A font-family list: letters, digits, spaces, commas, hyphens and quotes only, so the
    /// value can never close the declaration it is put into.
    pub fn font_family(&mut self, path: &str, value: &Value) -> Option<String> {
        let family = self.text(path, value, 200)?;
        // Non-ASCII letters (font names in other scripts) cannot end a CSS declaration either.
        let safe = |c: char| {
            c.is_ascii_alphanumeric() || !c.is_ascii() || matches!(c, ' ' | ',' | '-' | '"' | '\'' | '_')
        };
        if family.chars().all(safe) {
            Some(family)
        } else {
            self.fail(path, "may hold only font names, commas and quotes, such as \"Georgia, serif\"");
            None
        }
    }

    /// A number from `min` to `max`; the bounds are whole numbers so that the message needs
    /// no float formatting.
    pub fn number(&mut self, path: &str, value: &Value, min: i32, max: i32) -> Option<f64> {
        match value.as_f64() {
            Some(n) if (f64::from(min)..=f64::from(max)).contains(&n) => Some(n),
            Some(_) => {
                self.fail(path, &format!("must be between {min} and {max}"));
                None
            }
            None => {
                self.fail(path, "must be a number");
                None
            }
        }
    }

    /// A number more than 0 and at most `max`, such as a standard error.
    pub fn positive_number(&mut self, path: &str, value: &Value, max: i32) -> Option<f64> {
        match value.as_f64() {
            Some(n) if n > 0.0 && n <= f64::from(max) => Some(n),
            Some(_) => {
                self.fail(path, &format!("must be more than 0 and at most {max}"));
                None
            }
            None => {
                self.fail(path, "must be a number");
                None
            }
        }
    }

    /// Letters, digits, `-` and `_`, 1 to 64 of them: safe in a storage key.
    pub fn identifier(&mut self, path: &str, value: &Value) -> Option<String> {
        let id = self.string(path, value)?;
        if (1..=64).contains(&id.len())
            && id.chars().all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
        {
            Some(id)
        } else {
            self.fail(path, "must be 1 to 64 letters, digits, - or _");
            None
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn origins_follow_the_one_table_web_origin_js_follows_too() {
        let table: Value =
            serde_json::from_str(include_str!("../../tests/origins.json")).expect("the table is JSON");
        let cases = table["cases"].as_array().expect("cases");
        assert!(cases.len() > 20);
        for case in cases {
            let text = case["text"].as_str().expect("a text");
            assert_eq!(Some(is_origin(text)), case["origin"].as_bool(), "{text:?}");
        }
    }
}
