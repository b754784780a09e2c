//! The learner's side of the cohort: a `mailto:` link that opens the learner's own mail
//! program with their result link in the body. The widget sends nothing; the learner does,
//! if they choose to.

/// Percent-encodes everything but RFC 3986's unreserved characters and `keep`.
fn encoded(text: &str, keep: &[u8]) -> String {
    let mut out = String::with_capacity(text.len());
    for byte in text.bytes() {
        if byte.is_ascii_alphanumeric() || b"-._~".contains(&byte) || keep.contains(&byte) {
            out.push(char::from(byte));
        } else {
            out.push_str(&format!("%{byte:02X}"));
        }
    }
    out
}

/// `mailto:` to `address` with `subject` and `body` (RFC 6068): line breaks in the body
/// become CRLF, as the RFC asks, and every other reserved character is percent-encoded, so
/// nothing in the texts can add a recipient or a header.
///
/// ```
/// use leadership_balance::cohort::mailto::mail_link;
/// assert_eq!(
///     mail_link("ana+team@example.org", "My result", "Here:\nhttps://x.example/#lb=Ab-_"),
///     "mailto:ana+team@example.org?subject=My%20result&body=Here%3A%0D%0Ahttps%3A%2F%2Fx.example%2F%23lb%3DAb-_"
/// );
/// ```
pub fn mail_link(address: &str, subject: &str, body: &str) -> String {
    let body = body.replace("\r\n", "\n").replace('\n', "\r\n");
    format!(
        "mailto:{}?subject={}&body={}",
        encoded(address, b"@+"),
        encoded(subject, b""),
        encoded(&body, b"")
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn nothing_in_the_texts_can_add_a_header_or_a_recipient() {
        let link = mail_link("t@example.org", "a&cc=x@y.org", "b?bcc=z@y.org\nc");
        assert_eq!(link, "mailto:t@example.org?subject=a%26cc%3Dx%40y.org&body=b%3Fbcc%3Dz%40y.org%0D%0Ac");
        assert_eq!(link.matches('?').count(), 1);
        assert_eq!(link.matches('&').count(), 1);
    }

    #[test]
    fn letters_beyond_ascii_are_sent_as_utf_8() {
        assert_eq!(
            mail_link("t@example.org", "Grüße", ""),
            "mailto:t@example.org?subject=Gr%C3%BC%C3%9Fe&body="
        );
    }
}
