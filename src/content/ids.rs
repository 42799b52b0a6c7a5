//! Identifiers parsed once, at the edge (loader or HTTP extractor), so the rest of the
//! code never handles an unchecked string where an id is meant.

use std::fmt;
use std::str::FromStr;

use unic_langid::LanguageIdentifier;

/// The longest id we accept. Real ids are far shorter; the bound keeps hostile input
/// (a 10 kB path segment) from travelling further than the parser.
const MAX_ID_LEN: usize = 80;

/// Why a string is not a valid id.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ParseIdError {
    #[error("`{0}` is not a valid id: use 1-80 lowercase letters, digits and single hyphens")]
    Slug(String),
    #[error("`{0}` is not an ISO 3166-1 alpha-2 country code (two letters)")]
    CountryCode(String),
    #[error("`{0}` is not a well-formed BCP 47 language tag")]
    Locale(String),
}

/// A lowercase, hyphenated id such as `why-cant-i-cry`, used for articles, strategies,
/// FAQs, tags, sources and crisis lines.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Deserialize)]
#[serde(try_from = "String")]
pub struct Slug(String);

impl Slug {
    pub fn parse(candidate: &str) -> Result<Self, ParseIdError> {
        let well_formed = !candidate.is_empty()
            && candidate.len() <= MAX_ID_LEN
            && candidate.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
            && !candidate.starts_with('-')
            && !candidate.ends_with('-')
            && !candidate.contains("--");
        if well_formed {
            Ok(Self(candidate.to_owned()))
        } else {
            Err(ParseIdError::Slug(truncate_for_message(candidate)))
        }
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl TryFrom<String> for Slug {
    type Error = ParseIdError;
    fn try_from(value: String) -> Result<Self, Self::Error> {
        Self::parse(&value)
    }
}

impl fmt::Display for Slug {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// An ISO 3166-1 alpha-2 code, stored upper-case. Parsing accepts either case, because
/// partners type `gb` as often as `GB`; whether the code is one we have data for is the
/// catalog's question, not the parser's.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Deserialize)]
#[serde(try_from = "String")]
pub struct CountryCode([u8; 2]);

impl CountryCode {
    pub fn parse(candidate: &str) -> Result<Self, ParseIdError> {
        match candidate.as_bytes() {
            [a, b] if a.is_ascii_alphabetic() && b.is_ascii_alphabetic() => {
                Ok(Self([a.to_ascii_uppercase(), b.to_ascii_uppercase()]))
            }
            _ => Err(ParseIdError::CountryCode(truncate_for_message(candidate))),
        }
    }

    pub fn as_str(&self) -> &str {
        // Both bytes are ASCII letters by construction.
        std::str::from_utf8(&self.0).unwrap_or("??")
    }
}

impl TryFrom<String> for CountryCode {
    type Error = ParseIdError;
    fn try_from(value: String) -> Result<Self, Self::Error> {
        Self::parse(&value)
    }
}

impl fmt::Display for CountryCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// A BCP 47 language tag in canonical case (`pt-BR`, `ar`, `en`).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct LocaleTag(LanguageIdentifier);

impl LocaleTag {
    /// The longest tag we accept; real tags with script and region are about 11 bytes.
    const MAX_LEN: usize = 35;

    pub fn parse(candidate: &str) -> Result<Self, ParseIdError> {
        if candidate.is_empty() || candidate.len() > Self::MAX_LEN || candidate.contains('_') {
            return Err(ParseIdError::Locale(truncate_for_message(candidate)));
        }
        LanguageIdentifier::from_str(candidate)
            .ok()
            .map(Self)
            .ok_or_else(|| ParseIdError::Locale(truncate_for_message(candidate)))
    }

    pub fn english() -> Self {
        Self(LanguageIdentifier::from_str("en").unwrap_or_default())
    }

    pub fn langid(&self) -> &LanguageIdentifier {
        &self.0
    }
}

impl AsRef<LanguageIdentifier> for LocaleTag {
    fn as_ref(&self) -> &LanguageIdentifier {
        &self.0
    }
}

impl fmt::Display for LocaleTag {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.0.fmt(f)
    }
}

/// Error messages quote the offending input; keep a hostile 8 kB id out of them.
fn truncate_for_message(input: &str) -> String {
    const SHOWN: usize = 40;
    match input.char_indices().nth(SHOWN) {
        Some((cut, _)) => format!("{}…", &input[..cut]),
        None => input.to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slugs_accept_lowercase_hyphenated_ids_only() {
        let cases = [
            ("why-cant-i-cry", true, "a normal slug"),
            ("a1", true, "digits are fine"),
            ("Why", false, "upper case is rejected"),
            ("-lead", false, "leading hyphen"),
            ("trail-", false, "trailing hyphen"),
            ("dou--ble", false, "double hyphen"),
            ("", false, "empty"),
            ("../etc/passwd", false, "path traversal"),
        ];
        for (input, ok, why) in cases {
            assert_eq!(Slug::parse(input).is_ok(), ok, "{why}: {input}");
        }
        assert!(Slug::parse(&"a".repeat(81)).is_err(), "over-long slug");
    }

    #[test]
    fn country_codes_are_two_letters_and_upper_cased() {
        assert_eq!(CountryCode::parse("gb").map(|c| c.to_string()), Ok("GB".into()));
        for bad in ["G", "GBR", "1A", "é", ""] {
            assert!(CountryCode::parse(bad).is_err(), "{bad} must be rejected");
        }
    }

    #[test]
    fn locale_tags_are_canonicalised() {
        assert_eq!(LocaleTag::parse("pt-br").map(|t| t.to_string()), Ok("pt-BR".into()));
        for bad in ["", "en_US", "not a tag", "x", &"a".repeat(40)] {
            assert!(LocaleTag::parse(bad).is_err(), "{bad:?} must be rejected");
        }
    }
}
