//! Words that change with a count: "1 colleague", "3 colleagues", and in Polish or Ukrainian a
//! third form for 2–4 ("3 osoby" against "5 osób").
//!
//! Each table names its language's rule ([`Plural`]); a text that puts a noun after a count is
//! a [`Counted`], one template per form. Most templates with a number need none: they are
//! worded so that nothing agrees with it ("Odpowiedzi: 6 z 48"), which every translation may
//! do. The rules are CLDR's, for whole numbers, cut down to the forms these languages use.

use serde::{Deserialize, Serialize};

use super::fill;

/// How a language picks the form of a noun after a whole number.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Plural {
    /// One form for 1, another for every other count (English, German, Spanish, French).
    #[serde(rename = "one-other")]
    OneOther,
    /// Polish: 1; then 2–4, 22–24, 32–34 … (not 12–14); then every other count, 0 included.
    #[serde(rename = "polish")]
    Polish,
    /// Ukrainian: 1, 21, 31 … (not 11); then 2–4, 22–24 … (not 12–14); then every other count.
    #[serde(rename = "east-slavic")]
    EastSlavic,
}

/// Which of a [`Counted`]'s templates a count takes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PluralForm {
    One,
    Few,
    Many,
}

impl Plural {
    /// The form `count` takes in this language.
    ///
    /// ```
    /// use leadership_balance::strings::{Plural, PluralForm};
    /// assert_eq!(Plural::Polish.form(22), PluralForm::Few);
    /// assert_eq!(Plural::Polish.form(21), PluralForm::Many);
    /// assert_eq!(Plural::EastSlavic.form(21), PluralForm::One);
    /// ```
    pub fn form(self, count: usize) -> PluralForm {
        let (units, tens) = (count % 10, count % 100);
        let few = (2..=4).contains(&units) && !(12..=14).contains(&tens);
        match self {
            Plural::OneOther if count == 1 => PluralForm::One,
            Plural::OneOther => PluralForm::Many,
            Plural::Polish if count == 1 => PluralForm::One,
            Plural::EastSlavic if units == 1 && tens != 11 => PluralForm::One,
            Plural::Polish | Plural::EastSlavic if few => PluralForm::Few,
            Plural::Polish | Plural::EastSlavic => PluralForm::Many,
        }
    }

    /// Whether the rule ever picks [`PluralForm::Few`].
    pub fn has_few(self) -> bool {
        self != Plural::OneOther
    }
}

/// A template with a `{count}`, in each form its noun takes after a number. A language
/// without a third form repeats the many form as `few` ([`Counted::two`]), which its rule never
/// picks.
#[derive(Debug, PartialEq, Eq)]
pub struct Counted {
    /// After 1 (in Ukrainian also 21, 31 …).
    pub one: &'static str,
    /// After 2–4, 22–24 … in Polish and Ukrainian.
    pub few: &'static str,
    /// After every other count.
    pub many: &'static str,
}

impl Counted {
    /// The two forms of English, German, Spanish and French.
    pub const fn two(one: &'static str, many: &'static str) -> Counted {
        Counted { one, few: many, many }
    }

    /// The three forms of Polish and Ukrainian.
    pub const fn three(one: &'static str, few: &'static str, many: &'static str) -> Counted {
        Counted { one, few, many }
    }

    /// The template for `count` under `rule`, with the count filled in.
    pub fn fill(&self, rule: Plural, count: usize) -> String {
        let template = match rule.form(count) {
            PluralForm::One => self.one,
            PluralForm::Few => self.few,
            PluralForm::Many => self.many,
        };
        fill(template, &[("count", &count.to_string())])
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use PluralForm::{Few, Many, One};

    #[test]
    fn each_rule_picks_the_form_its_language_writes() {
        let counts = [0, 1, 2, 4, 5, 11, 12, 14, 21, 22, 25, 101, 111, 112, 122];
        let expected = [
            (
                Plural::OneOther,
                [Many, One, Many, Many, Many, Many, Many, Many, Many, Many, Many, Many, Many, Many, Many],
            ),
            (
                Plural::Polish,
                [Many, One, Few, Few, Many, Many, Many, Many, Many, Few, Many, Many, Many, Many, Few],
            ),
            (
                Plural::EastSlavic,
                [Many, One, Few, Few, Many, Many, Many, Many, One, Few, Many, One, Many, Many, Few],
            ),
        ];
        for (rule, forms) in expected {
            let found: Vec<PluralForm> = counts.iter().map(|&n| rule.form(n)).collect();
            assert_eq!(found, forms, "{rule:?}");
        }
    }

    #[test]
    fn a_counted_text_fills_its_count_into_the_form_it_takes() {
        let people = Counted::three("{count} osoba", "{count} osoby", "{count} osób");
        assert_eq!(people.fill(Plural::Polish, 1), "1 osoba");
        assert_eq!(people.fill(Plural::Polish, 3), "3 osoby");
        assert_eq!(people.fill(Plural::Polish, 5), "5 osób");
        let colleagues = Counted::two("{count} colleague", "{count} colleagues");
        assert_eq!(colleagues.few, colleagues.many);
        assert_eq!(colleagues.fill(Plural::OneOther, 1), "1 colleague");
        assert_eq!(colleagues.fill(Plural::OneOther, 3), "3 colleagues");
    }
}
