//! Which language a request wants: `?locale=` first, then `Accept-Language`, then `en`.

use actix_web::http::header::ACCEPT_LANGUAGE;
use actix_web::HttpRequest;
use unic_langid::LanguageIdentifier;

use super::error::ApiError;
use crate::content::ids::LocaleTag;
use crate::content::l10n::{LocaleChain, Locales};

/// Language ranges we read from one `Accept-Language` header. Browsers send fewer than
/// ten; the bound stops a header with thousands of ranges from costing real work.
const MAX_LANGUAGE_RANGES: usize = 32;

/// The negotiated chain for a request, or a 400 for a malformed `?locale=`.
pub fn locale_chain(request: &HttpRequest, locales: &Locales) -> Result<LocaleChain, ApiError> {
    let requested = match locale_parameter(request.query_string())? {
        Some(raw) => {
            let tag = LocaleTag::parse(&raw).map_err(|_| ApiError::InvalidLocale(raw))?;
            vec![tag.langid().clone()]
        }
        None => accept_language(request),
    };
    Ok(locales.negotiate(&requested))
}

/// The chain for rendering an error: a malformed `?locale=` is itself the error being
/// reported, so it is ignored here rather than failing again.
pub fn lenient_locale_chain(request: &HttpRequest, locales: &Locales) -> LocaleChain {
    locale_chain(request, locales).unwrap_or_else(|_| locales.negotiate(&accept_language(request)))
}

/// The value of the `locale` query parameter, if present.
fn locale_parameter(query: &str) -> Result<Option<String>, ApiError> {
    #[derive(serde::Deserialize)]
    struct LocaleOnly {
        locale: Option<String>,
    }
    actix_web::web::Query::<LocaleOnly>::from_query(query)
        .map(|parsed| parsed.into_inner().locale)
        .map_err(|_| ApiError::InvalidQuery)
}

fn accept_language(request: &HttpRequest) -> Vec<LanguageIdentifier> {
    request
        .headers()
        .get(ACCEPT_LANGUAGE)
        .and_then(|value| value.to_str().ok())
        .map(parse_accept_language)
        .unwrap_or_default()
}

/// Parses `Accept-Language` (RFC 9110 §12.5.4) into tags ordered by quality.
///
/// fluent-langneg's own parser ignores q-values, so we weigh them here: ranges are sorted
/// by weight, stably, so equal weights keep header order. `q=0` means "not this one" and
/// the wildcard `*` adds nothing beyond our `en` default, so both are dropped. Malformed
/// ranges are skipped, as the RFC lets a server do, rather than failing the request.
pub fn parse_accept_language(header: &str) -> Vec<LanguageIdentifier> {
    let mut weighted: Vec<(u16, LanguageIdentifier)> = header
        .split(',')
        .take(MAX_LANGUAGE_RANGES)
        .filter_map(|range| {
            let mut parts = range.split(';');
            let tag = parts.next()?.trim();
            let weight = match parts.map(str::trim).find(|p| p.starts_with("q=") || p.starts_with("Q=")) {
                Some(q) => parse_quality(&q[2..])?,
                None => 1000,
            };
            if weight == 0 || tag == "*" {
                return None;
            }
            let tag = LocaleTag::parse(tag).ok()?;
            Some((weight, tag.langid().clone()))
        })
        .collect();
    weighted.sort_by_key(|(weight, _)| std::cmp::Reverse(*weight));
    weighted.into_iter().map(|(_, tag)| tag).collect()
}

/// A q-value in thousandths: `0`, `0.5`, `1.000`; anything else is malformed.
fn parse_quality(raw: &str) -> Option<u16> {
    let (whole, fraction) = raw.split_once('.').unwrap_or((raw, ""));
    if fraction.len() > 3 || !fraction.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let thousandths: u16 = format!("{fraction:0<3}").parse().ok()?;
    match whole {
        "0" => Some(thousandths),
        "1" if thousandths == 0 => Some(1000),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tags(header: &str) -> Vec<String> {
        parse_accept_language(header).iter().map(ToString::to_string).collect()
    }

    #[test]
    fn quality_values_order_the_ranges() {
        assert_eq!(tags("en;q=0.1, de;q=0.9"), ["de", "en"]);
        assert_eq!(tags("fr-CH, fr;q=0.9, en;q=0.8, *;q=0.5"), ["fr-CH", "fr", "en"]);
    }

    #[test]
    fn equal_weights_keep_header_order() {
        assert_eq!(tags("es;q=0.5, pt-BR;q=0.5, de;q=0.5"), ["es", "pt-BR", "de"]);
    }

    #[test]
    fn refused_wildcard_and_malformed_ranges_are_dropped() {
        let cases = [
            ("de;q=0", Vec::<&str>::new(), "q=0 means not acceptable"),
            ("*", vec![], "the wildcard adds nothing"),
            ("de;q=2, fr", vec!["fr"], "q above 1 is malformed"),
            ("de;q=0.12345, fr", vec!["fr"], "more than three decimals"),
            ("de;q=abc, fr", vec!["fr"], "non-numeric q"),
            ("not a tag, es", vec!["es"], "invalid tag"),
            ("", vec![], "empty header"),
        ];
        for (header, expected, why) in cases {
            assert_eq!(tags(header), expected, "{why}");
        }
    }

    #[test]
    fn tags_match_case_insensitively() {
        assert_eq!(tags("PT-br"), ["pt-BR"]);
    }

    #[test]
    fn only_the_first_ranges_of_a_huge_header_are_read() {
        let header = vec!["de"; 10_000].join(",") + ",fr";
        assert_eq!(parse_accept_language(&header).len(), MAX_LANGUAGE_RANGES);
    }
}

#[cfg(test)]
mod properties {
    use proptest::prelude::*;

    use super::*;

    proptest! {
        /// Any header a client can send parses without panicking, and never yields more
        /// ranges than the bound, whatever its size.
        #[test]
        fn any_accept_language_header_parses_within_bounds(header in ".{0,2000}") {
            let tags = parse_accept_language(&header);
            prop_assert!(tags.len() <= MAX_LANGUAGE_RANGES);
        }

        /// Well-formed headers keep their order by quality: a tag listed with a higher q
        /// never comes after one with a lower q.
        #[test]
        fn higher_quality_tags_come_first(
            weights in proptest::collection::vec(0u16..=1000, 1..8),
        ) {
            let languages = ["en", "es", "fr", "de", "ar", "ja", "ko", "it"];
            let header: Vec<String> = weights
                .iter()
                .zip(languages)
                .map(|(w, tag)| format!("{tag};q={}.{:03}", w / 1000, w % 1000))
                .collect();
            let parsed: Vec<String> = parse_accept_language(&header.join(", ")).iter().map(ToString::to_string).collect();
            let weight_of = |tag: &str| weights[languages.iter().position(|l| *l == tag).unwrap_or(0)];
            for pair in parsed.windows(2) {
                prop_assert!(weight_of(&pair[0]) >= weight_of(&pair[1]), "{:?} from {:?}", parsed, header);
            }
            prop_assert!(parsed.iter().all(|tag| weight_of(tag) > 0), "q=0 is dropped");
        }

        #[test]
        fn quality_values_parse_only_in_range(raw in "[0-9.]{0,6}") {
            if let Some(q) = parse_quality(&raw) {
                prop_assert!(q <= 1000);
            }
        }
    }
}
