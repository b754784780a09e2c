//! The element's own attributes (`lang`, `accent`) over the provider's config. A marketer who
//! sets an attribute on `<leadership-balance>` means it to win over the config file, and a
//! wrong attribute is reported like a config problem, named after the attribute.

use super::{ConfigError, LANGUAGES, ProviderConfig, contrast, hex_colour};

/// What the loader hands over: the config text (or why it could not be fetched) and the
/// attributes as the page set them.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ElementInput {
    /// The config's JSON text, if the element has one.
    pub config: Option<String>,
    /// Why the config could not be fetched, in the loader's words.
    pub problem: Option<String>,
    /// The `lang` attribute, such as `de` or `fr-CA`.
    pub lang: Option<String>,
    /// The `accent` attribute, a hex colour.
    pub accent: Option<String>,
}

impl ElementInput {
    /// The config with the attributes applied, or every problem of both.
    ///
    /// ```
    /// use leadership_balance::config::attributes::ElementInput;
    /// let input = ElementInput { lang: Some("de-AT".into()), ..ElementInput::default() };
    /// assert_eq!(input.settings().unwrap().language.as_deref(), Some("de"));
    /// ```
    pub fn settings(&self) -> Result<ProviderConfig, Vec<ConfigError>> {
        if let Some(problem) = &self.problem {
            return Err(vec![ConfigError { path: "config".to_owned(), message: problem.clone() }]);
        }
        let mut settings = match &self.config {
            Some(text) => ProviderConfig::from_json(text)?,
            None => ProviderConfig::default(),
        };
        let mut errors = Vec::new();
        if let Some(lang) = self.lang.as_deref().filter(|l| !l.is_empty()) {
            match crate::strings::code_for_tag(lang) {
                Some(code) => settings.language = Some(code.to_owned()),
                None => errors.push(ConfigError {
                    path: "lang attribute".to_owned(),
                    message: format!("must be one of: {}", LANGUAGES.join(", ")),
                }),
            }
        }
        if let Some(accent) = self.accent.as_deref().filter(|a| !a.is_empty()) {
            match hex_colour(accent) {
                Some(colour) => {
                    settings.theme.accent = Some(colour);
                    let unreadable =
                        contrast::problems(&settings.theme).into_iter().filter(|e| e.path == "theme.accent");
                    errors
                        .extend(unreadable.map(|e| ConfigError { path: "accent attribute".to_owned(), ..e }));
                }
                None => errors.push(ConfigError {
                    path: "accent attribute".to_owned(),
                    message: "must be a hex colour such as #2450a6 or #25a".to_owned(),
                }),
            }
        }
        if errors.is_empty() { Ok(settings) } else { Err(errors) }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn input(config: Option<&str>, lang: Option<&str>, accent: Option<&str>) -> ElementInput {
        ElementInput {
            config: config.map(str::to_owned),
            problem: None,
            lang: lang.map(str::to_owned),
            accent: accent.map(str::to_owned),
        }
    }

    fn messages(input: &ElementInput) -> Vec<String> {
        input.settings().err().unwrap_or_default().iter().map(ToString::to_string).collect()
    }

    #[test]
    fn attributes_win_over_the_config() {
        let config = r##"{"language": "fr", "theme": {"accent": "#5a2d82"}}"##;
        let settings = input(Some(config), Some("de"), Some("#0B57D0")).settings().expect("valid");
        assert_eq!(settings.language.as_deref(), Some("de"));
        assert_eq!(settings.theme.accent.as_deref(), Some("#0b57d0"));
        let settings = input(Some(config), None, Some("")).settings().expect("valid");
        assert_eq!(settings.language.as_deref(), Some("fr"), "an empty attribute changes nothing");
        assert_eq!(settings.theme.accent.as_deref(), Some("#5a2d82"));
    }

    #[test]
    fn a_wrong_attribute_is_named_as_an_attribute() {
        assert_eq!(
            messages(&input(None, Some("pt-BR"), None)),
            ["lang attribute: must be one of: en, de, es, fr, pl, uk"]
        );
        assert_eq!(
            messages(&input(None, None, Some("blue"))),
            ["accent attribute: must be a hex colour such as #2450a6 or #25a"]
        );
        assert_eq!(
            messages(&input(None, None, Some("#ffdd00"))),
            [
                "accent attribute: #ffdd00 on #ffffff has a contrast of 1.3:1; links need at least 4.5:1 to be readable"
            ]
        );
    }

    #[test]
    fn config_problems_come_first_and_a_failed_fetch_is_reported_as_is() {
        assert_eq!(
            messages(&input(Some("[]"), Some("xx"), None)),
            ["the config must be a JSON object { … }"]
        );
        let fetch_failed = ElementInput {
            problem: Some("could not load c.json (404)".to_owned()),
            ..ElementInput::default()
        };
        assert_eq!(messages(&fetch_failed), ["config: could not load c.json (404)"]);
    }
}
