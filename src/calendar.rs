//! A calendar date, as the browser reports it. It lives in the base layer because the strings
//! write it in words, the PDF prints it and the downloads are named by it, and none of those
//! should own the others' vocabulary.

/// A day in the Gregorian calendar.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct CalendarDate {
    /// The year, such as 2026.
    pub year: u16,
    /// 1..=12.
    pub month: u8,
    /// 1..=31.
    pub day: u8,
}

impl CalendarDate {
    /// `2026-11-28`.
    pub fn iso(self) -> String {
        format!("{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }

    /// The file name a learner's results PDF gets: `leadership-balance-2026-11-28.pdf`.
    pub fn file_name(self) -> String {
        format!("leadership-balance-{}.pdf", self.iso())
    }
}

#[cfg(test)]
mod tests {
    use super::CalendarDate;

    #[test]
    fn dates_are_written_with_leading_zeros() {
        let date = CalendarDate { year: 2026, month: 1, day: 5 };
        assert_eq!(date.iso(), "2026-01-05");
        assert_eq!(date.file_name(), "leadership-balance-2026-01-05.pdf");
    }
}
