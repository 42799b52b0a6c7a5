//! Query parameters, parsed strictly into typed values with a 400 for anything else.

use serde::Deserialize;
use utoipa::IntoParams;

use chrono::{DateTime, DurationRound, TimeDelta, Utc};
use serde::de::value::{Error as ValueError, StrDeserializer};

use super::error::ApiError;
use super::wire::common::PageInfo;
use crate::content::ids::{CountryCode, LocaleTag, Slug};
use crate::content::model::{ChannelKind, Confidence, Country, Topic};
use crate::content::selection::LineFilter;
use crate::content::Catalog;

pub use super::bounds::{DEFAULT_PER_PAGE, MAX_PER_PAGE};

/// Paging and filtering for the article list.
#[derive(Debug, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct ArticlesQuery {
    /// Only articles with this tag.
    #[param(value_type = Option<String>, pattern = r"^[a-z0-9]+(-[a-z0-9]+)*$", max_length = 80, example = "medication")]
    pub tag: Option<String>,
    /// The page to return, from 1. A page past the last one is a 404.
    #[param(value_type = Option<u64>, minimum = 1, maximum = 4294967295u64, example = 1)]
    pub page: Option<String>,
    /// Items per page, 1 to 100; default 20.
    #[param(value_type = Option<u64>, minimum = 1, maximum = 100, example = 20)]
    pub per_page: Option<String>,
}

/// The country whose crisis lines are wanted.
#[derive(Debug, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct HotlinesQuery {
    /// ISO 3166-1 alpha-2 country code, either case.
    #[param(value_type = String, required = true, pattern = r"^[A-Za-z]{2}$", example = "GB")]
    pub country: Option<String>,
}

impl HotlinesQuery {
    pub fn country(&self) -> Result<CountryCode, ApiError> {
        let raw = self.country.as_deref().ok_or(ApiError::MissingParameter("country"))?;
        CountryCode::parse(raw).map_err(|_| ApiError::InvalidCountryCode(raw.to_owned()))
    }
}

/// The reader's country, for the "get help now" block of health content.
#[derive(Debug, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct HelpQuery {
    /// ISO 3166-1 alpha-2 code, either case: the help block then names that country's
    /// emergency number and first crisis lines. Without it, the block says how to find them.
    #[param(value_type = Option<String>, pattern = r"^[A-Za-z]{2}$", example = "GB")]
    pub country: Option<String>,
}

impl HelpQuery {
    pub fn country(&self) -> Result<Option<CountryCode>, ApiError> {
        optional_country(self.country.as_deref())
    }
}

/// An optional `country` parameter: absent, or a well-formed code (else a 400).
pub fn optional_country(raw: Option<&str>) -> Result<Option<CountryCode>, ApiError> {
    raw.map(|raw| CountryCode::parse(raw).map_err(|_| ApiError::InvalidCountryCode(raw.to_owned()))).transpose()
}

/// The country a well-formed code names, or a 404.
pub fn known_country<'c>(catalog: &'c Catalog, code: Option<&CountryCode>) -> Result<Option<&'c Country>, ApiError> {
    code.map(|code| catalog.country(code).ok_or_else(|| ApiError::CountryNotFound(code.to_string()))).transpose()
}

/// The canonical form of an optional country, for cache keys.
pub fn country_param(code: Option<&CountryCode>) -> String {
    format!("country={}", code.map(CountryCode::as_str).unwrap_or_default())
}

/// Narrowing a country's crisis lines.
#[derive(Debug, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct LineFilterQuery {
    /// Only lines that help with this topic.
    #[param(value_type = Option<Topic>, example = "suicide")]
    pub topic: Option<String>,
    /// Only lines reachable this way.
    #[param(value_type = Option<ChannelKind>, example = "sms")]
    pub channel: Option<String>,
    /// Only lines where this language is spoken (BCP 47; `es` also matches `es-MX`).
    #[param(value_type = Option<String>, pattern = r"^[A-Za-z]{2,3}(-[A-Za-z]{4})?(-([A-Za-z]{2}|[0-9]{3}))?$", example = "es")]
    pub language: Option<String>,
    /// `true`: only lines known to be open at `at`. Lines whose hours are unknown are left out.
    #[param(value_type = Option<bool>, example = true)]
    pub open_now: Option<String>,
    /// The RFC 3339 instant to evaluate opening hours at; default: now (to the minute).
    #[param(value_type = Option<String>, format = DateTime, example = "2026-11-25T22:00:00Z")]
    pub at: Option<String>,
    /// Only lines at least this well sourced.
    #[param(value_type = Option<Confidence>, example = "medium")]
    pub min_confidence: Option<String>,
}

impl LineFilterQuery {
    /// The filter, the instant to evaluate hours at, and the canonical form for the cache.
    pub fn parse(&self, now: DateTime<Utc>) -> Result<(LineFilter, DateTime<Utc>, String), ApiError> {
        let invalid = |name, expected| ApiError::InvalidParameter { name, expected };
        let filter = LineFilter {
            topic: parse_word(self.topic.as_deref()).map_err(|_| invalid("topic", "topic"))?,
            channel: parse_word(self.channel.as_deref()).map_err(|_| invalid("channel", "channel"))?,
            language: self
                .language
                .as_deref()
                .map(|raw| LocaleTag::parse(raw).map(|tag| tag.to_string()))
                .transpose()
                .map_err(|_| invalid("language", "language-tag"))?,
            open_now: match self.open_now.as_deref() {
                None | Some("false") => false,
                Some("true") => true,
                Some(_) => return Err(invalid("open_now", "boolean")),
            },
            min_confidence: parse_word(self.min_confidence.as_deref())
                .map_err(|_| invalid("min_confidence", "confidence"))?,
        };
        // Without `at`, the current minute: answers stay cacheable for a minute and two
        // requests in the same minute agree.
        let at = match self.at.as_deref() {
            Some(raw) => DateTime::parse_from_rfc3339(raw)
                .map(|at| at.with_timezone(&Utc))
                .map_err(|_| invalid("at", "instant"))?,
            None => current_minute(now),
        };
        let canonical = format!(
            "topic={:?}&channel={:?}&language={:?}&open_now={}&min_confidence={:?}&at={}",
            filter.topic,
            filter.channel,
            filter.language,
            filter.open_now,
            filter.min_confidence,
            at.to_rfc3339()
        );
        Ok((filter, at, canonical))
    }
}

/// `now` cut to the minute: answers that say what is open now stay cacheable for a
/// minute, and two requests in the same minute agree.
pub fn current_minute(now: DateTime<Utc>) -> DateTime<Utc> {
    now.duration_trunc(TimeDelta::minutes(1)).unwrap_or(now)
}

/// Parses one of our lowercase wire words (`self-harm`, `sms`, `high`) into its enum,
/// through the same serde names the responses use, so the two cannot disagree.
pub fn parse_word<T: for<'de> Deserialize<'de>>(raw: Option<&str>) -> Result<Option<T>, ValueError> {
    raw.map(|raw| T::deserialize(StrDeserializer::<ValueError>::new(raw))).transpose()
}

impl ArticlesQuery {
    pub fn tag(&self) -> Result<Option<Slug>, ApiError> {
        self.tag
            .as_deref()
            .map(|raw| Slug::parse(raw).map_err(|_| ApiError::InvalidParameter { name: "tag", expected: "tag-id" }))
            .transpose()
    }

    pub fn pagination(&self) -> Result<Pagination, ApiError> {
        let page = parse_bounded(self.page.as_deref(), "page", 1, u64::from(u32::MAX))?.unwrap_or(1);
        let per_page =
            parse_bounded(self.per_page.as_deref(), "per_page", 1, MAX_PER_PAGE)?.unwrap_or(DEFAULT_PER_PAGE);
        Ok(Pagination { page, per_page })
    }
}

fn parse_bounded(raw: Option<&str>, name: &'static str, min: u64, max: u64) -> Result<Option<u64>, ApiError> {
    let Some(raw) = raw else { return Ok(None) };
    let expected = if name == "page" { "page-number" } else { "per-page-number" };
    raw.parse::<u64>()
        .ok()
        .filter(|value| (min..=max).contains(value))
        .map(Some)
        .ok_or(ApiError::InvalidParameter { name, expected })
}

/// A validated page request.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Pagination {
    pub page: u64,
    pub per_page: u64,
}

impl Pagination {
    /// The canonical form for cache keys.
    pub fn canonical(&self) -> String {
        format!("page={}&per_page={}", self.page, self.per_page)
    }

    /// Cuts one page out of `items`. Page 1 always exists, even when empty; any later
    /// page must hold at least one item.
    pub fn slice<'a, T>(&self, items: &'a [T]) -> Result<(&'a [T], PageInfo), ApiError> {
        let total_items = items.len() as u64;
        let total_pages = total_items.div_ceil(self.per_page);
        if self.page > total_pages.max(1) {
            return Err(ApiError::PageNotFound { page: self.page, last_page: total_pages.max(1) });
        }
        let start = usize::try_from((self.page - 1) * self.per_page).unwrap_or(usize::MAX).min(items.len());
        let end = start.saturating_add(usize::try_from(self.per_page).unwrap_or(usize::MAX)).min(items.len());
        let info = PageInfo { page: self.page, per_page: self.per_page, total_items, total_pages };
        Ok((&items[start..end], info))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn query(page: Option<&str>, per_page: Option<&str>) -> ArticlesQuery {
        ArticlesQuery { tag: None, page: page.map(Into::into), per_page: per_page.map(Into::into) }
    }

    #[test]
    fn paging_parameters_are_strict_numbers_in_range() {
        let cases = [
            (Some("1"), None, true, "first page"),
            (Some("0"), None, false, "pages start at 1"),
            (Some("-1"), None, false, "negative"),
            (Some("abc"), None, false, "not a number"),
            (Some("1.5"), None, false, "not an integer"),
            (Some("99999999999999999999999"), None, false, "overflows"),
            (None, Some("100"), true, "largest page size"),
            (None, Some("101"), false, "over the page size limit"),
            (None, Some("0"), false, "empty pages"),
        ];
        for (page, per_page, ok, why) in cases {
            assert_eq!(query(page, per_page).pagination().is_ok(), ok, "{why}");
        }
    }

    #[test]
    fn slicing_reports_totals_and_refuses_pages_past_the_end() {
        let items: Vec<u32> = (1..=5).collect();
        let (page, info) = Pagination { page: 2, per_page: 2 }.slice(&items).expect("page 2 exists");
        assert_eq!(page, &[3, 4]);
        assert_eq!((info.total_items, info.total_pages), (5, 3));
        assert!(Pagination { page: 4, per_page: 2 }.slice(&items).is_err());
        let empty: [u32; 0] = [];
        assert!(Pagination { page: 1, per_page: 2 }.slice(&empty).is_ok(), "page 1 of nothing is empty, not an error");
    }
}

#[cfg(test)]
mod properties {
    use proptest::prelude::*;

    use super::*;

    proptest! {
        /// Paging accepts exactly the documented ranges and nothing else.
        #[test]
        fn paging_accepts_only_the_documented_ranges(page in ".{0,24}", per_page in ".{0,24}") {
            let query = ArticlesQuery { tag: None, page: Some(page.clone()), per_page: Some(per_page.clone()) };
            match query.pagination() {
                Ok(p) => {
                    prop_assert!(p.page >= 1 && p.page <= u64::from(u32::MAX));
                    prop_assert!((1..=MAX_PER_PAGE).contains(&p.per_page));
                    prop_assert_eq!(page.parse::<u64>().ok(), Some(p.page));
                }
                Err(error) => {
                    let refused_as_a_parameter = matches!(error, ApiError::InvalidParameter { .. });
                    prop_assert!(refused_as_a_parameter);
                }
            }
        }

        /// Any filter values either parse or are a 400, never a panic.
        #[test]
        fn line_filters_parse_or_are_refused(
            topic in proptest::option::of(".{0,20}"),
            channel in proptest::option::of(".{0,20}"),
            language in proptest::option::of(".{0,40}"),
            open_now in proptest::option::of(".{0,8}"),
            at in proptest::option::of(".{0,40}"),
            min_confidence in proptest::option::of(".{0,10}"),
        ) {
            let query = LineFilterQuery { topic, channel, language, open_now, at, min_confidence };
            if let Err(error) = query.parse(chrono::Utc::now()) {
                let refused_as_a_parameter = matches!(error, ApiError::InvalidParameter { .. });
                prop_assert!(refused_as_a_parameter);
            }
        }

        /// Slicing never panics and never loses or repeats an item across pages.
        #[test]
        fn pages_partition_the_items(len in 0usize..300, per_page in 1u64..=100) {
            let items: Vec<usize> = (0..len).collect();
            let mut seen = Vec::new();
            let mut page = 1;
            while let Ok((slice, info)) = (Pagination { page, per_page }).slice(&items) {
                seen.extend_from_slice(slice);
                if page >= info.total_pages { break; }
                page += 1;
            }
            prop_assert_eq!(seen, items);
        }
    }
}
