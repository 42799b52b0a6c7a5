//! Locales and health as clients receive them.

use chrono::{DateTime, NaiveDate, Utc};
use serde::Serialize;
use utoipa::ToSchema;

use crate::api::state::ReloadLog;
use crate::content::l10n::{Direction, Locale, Locales};

/// A language Haven serves.
#[derive(Debug, Serialize, ToSchema)]
pub struct LocaleResponse {
    /// BCP 47 tag, for `?locale=` and `Accept-Language`.
    #[schema(example = "pt-BR")]
    pub tag: String,
    /// The language's name in itself.
    #[schema(example = "Português (Brasil)")]
    pub native_name: String,
    pub direction: Direction,
    /// Share of the `en` messages translated, 0 to 100, rounded down to one decimal.
    #[schema(example = 100.0)]
    pub completeness: f64,
    #[schema(example = 212)]
    pub translated_messages: u64,
    #[schema(example = 212)]
    pub total_messages: u64,
    /// Where a missing message is looked up next, this locale first.
    #[schema(example = json!(["pt-BR", "en"]))]
    pub fallback_chain: Vec<String>,
    /// How far the text has been reviewed.
    #[schema(example = "machine-assisted, unreviewed")]
    pub review_status: String,
    /// When the review status was set.
    pub review_status_date: NaiveDate,
}

impl LocaleResponse {
    pub fn new(locale: &Locale, locales: &Locales) -> Self {
        let chain = locales.negotiate(std::slice::from_ref(locale.tag.langid()));
        Self {
            tag: locale.tag.to_string(),
            native_name: locale.meta.native_name.clone(),
            direction: locale.meta.direction,
            completeness: locale.completeness.percent(),
            translated_messages: locale.completeness.translated as u64,
            total_messages: locale.completeness.total as u64,
            fallback_chain: locales.fallback_tags(&chain),
            review_status: locale.meta.review_status.clone(),
            review_status_date: locale.meta.status_date,
        }
    }
}

/// Every locale, `en` (the source) first.
#[derive(Debug, Serialize, ToSchema)]
pub struct LocaleListResponse {
    pub items: Vec<LocaleResponse>,
    /// The locale used when nothing else matches.
    #[schema(example = "en")]
    pub default_locale: String,
}

/// Whether the service is up, and which content it serves.
#[derive(Debug, Serialize, ToSchema)]
pub struct HealthResponse {
    #[schema(example = "ok")]
    pub status: String,
    /// Changes whenever any content file changes.
    #[schema(example = "5d1c0e2f9a7b3c4d")]
    pub content_version: String,
    #[schema(example = 5)]
    pub articles: u64,
    #[schema(example = 246)]
    pub countries: u64,
    #[schema(example = 1)]
    pub locales: u64,
    /// When the content being served was loaded.
    pub loaded_at: Option<DateTime<Utc>>,
    pub reloads: ReloadReport,
}

/// Content reloads since start-up (`SIGHUP`).
#[derive(Debug, Serialize, ToSchema)]
pub struct ReloadReport {
    pub succeeded: u64,
    /// Reloads rejected because the new content had errors; the previous content kept serving.
    pub failed: u64,
    pub last_failure: Option<ReloadFailureReport>,
}

/// The most recent rejected reload.
#[derive(Debug, Serialize, ToSchema)]
pub struct ReloadFailureReport {
    pub at: DateTime<Utc>,
    /// Every problem found, as `file:line:col: severity: what`.
    pub problems: Vec<String>,
}

impl ReloadReport {
    pub fn new(log: &ReloadLog) -> Self {
        Self {
            succeeded: log.succeeded,
            failed: log.failed,
            last_failure: log
                .last_failure
                .as_ref()
                .map(|(at, problems)| ReloadFailureReport { at: *at, problems: problems.clone() }),
        }
    }
}

/// The answer of a liveness or readiness probe.
#[derive(Debug, Serialize, ToSchema)]
pub struct ProbeResponse {
    /// `ok`, or `unavailable` while shutting down.
    #[schema(example = "ok")]
    pub status: String,
}
