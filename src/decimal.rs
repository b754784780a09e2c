//! Decimal numbers as the SVG charts and the PDF write them. Both draw the same geometry, so
//! they share one formatter, kept apart from either so that neither owns the other.

/// `value` rounded to at most `places` decimals, trailing zeros dropped, never with an exponent
/// or as `-0`; anything not finite is `0`. The SVG charts and the PDF write numbers with it.
///
/// Rounded in integers first, so that the same geometry always gives the same text in the SVG
/// and in the PDF, whatever `{:.N}` would make of a value such as `-0.0004` (`-0.000`).
///
/// ```
/// use leadership_balance::decimal::format_decimal;
/// assert_eq!(format_decimal(841.89, 3), "841.89");
/// assert_eq!(format_decimal(-0.0004, 3), "0");
/// assert_eq!(format_decimal(2.0, 2), "2");
/// ```
pub fn format_decimal(value: f64, places: u32) -> String {
    let scale = 10_i64.pow(places);
    let units = if value.is_finite() { (value * scale as f64).round() as i64 } else { 0 };
    let sign = if units < 0 { "-" } else { "" };
    let (whole, mut fraction) = (units.unsigned_abs() / scale as u64, units.unsigned_abs() % scale as u64);
    let mut digits = places as usize;
    while digits > 0 && fraction % 10 == 0 {
        fraction /= 10;
        digits -= 1;
    }
    if digits == 0 { format!("{sign}{whole}") } else { format!("{sign}{whole}.{fraction:0digits$}") }
}

/// `number`, written by [`format_decimal`], with `mark` in place of its decimal point: what a
/// reader whose language writes `62,5` expects.
///
/// ```
/// use leadership_balance::decimal::{format_decimal, with_decimal_mark};
/// assert_eq!(with_decimal_mark(format_decimal(62.5, 1), ','), "62,5");
/// assert_eq!(with_decimal_mark(format_decimal(62.5, 1), '.'), "62.5");
/// ```
pub fn with_decimal_mark(number: String, mark: char) -> String {
    if mark == '.' { number } else { number.chars().map(|c| if c == '.' { mark } else { c }).collect() }
}
