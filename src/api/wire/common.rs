//! Pieces shared by several responses.

use serde::Serialize;
use utoipa::ToSchema;

use crate::api::text::Localizer;

/// The language an item's text is in.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct TextLocale {
    /// The locale of the item's main text (its title or name).
    #[schema(example = "es")]
    pub locale: String,
    /// True when some of the item's text is not in the response's `Content-Language`
    /// and came from a fallback locale instead (ultimately `en`).
    #[schema(example = false)]
    pub fallback: bool,
}

/// Shown with all health content: what it is not, and where to turn right now.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct SafetyNotice {
    /// Educational content, not a diagnosis or treatment.
    pub disclaimer: String,
    /// Heading for the "get help now" box.
    pub get_help_now_title: String,
    /// What to do right now in danger; the numbers come from `hotlines_href`.
    pub get_help_now_body: String,
    /// Where the crisis lines for the reader's country are: add `?country=XX`.
    #[schema(example = "/v1/hotlines")]
    pub hotlines_href: String,
}

impl SafetyNotice {
    pub fn new(localizer: &Localizer) -> Self {
        Self {
            disclaimer: localizer.plain("disclaimer", None),
            get_help_now_title: localizer.plain("get-help-now-title", None),
            get_help_now_body: localizer.plain("get-help-now-body", None),
            hotlines_href: "/v1/hotlines".to_owned(),
        }
    }

    /// Messages this notice shows, checked at load time.
    pub const MESSAGES: [&'static str; 3] = ["disclaimer", "get-help-now-title", "get-help-now-body"];
}

/// Where a list is, when it is cut into pages.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct PageInfo {
    /// The page returned, from 1.
    #[schema(example = 1)]
    pub page: u64,
    /// Items per page.
    #[schema(example = 20)]
    pub per_page: u64,
    /// Items matching the filters, across all pages.
    #[schema(example = 5)]
    pub total_items: u64,
    /// Pages at this `per_page`.
    #[schema(example = 1)]
    pub total_pages: u64,
}
