//! Pieces shared by several responses.

use serde::Serialize;
use utoipa::ToSchema;

use fluent_bundle::FluentArgs;

use super::directory::UNNAMED_LINE_MESSAGE;
use crate::api::text::Localizer;
use crate::content::model::{ChannelKind, Country, Hotline};
use crate::content::selection::{select_lines, LineFilter};

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

impl TextLocale {
    /// The locale of `text` so far: its first message's, and whether any came from
    /// further down the chain.
    pub fn of(text: &crate::api::text::ItemText) -> Self {
        let (locale, fallback) = text.locale_so_far();
        Self { locale, fallback }
    }
}

/// Shown with all health content: what it is not, and where to turn right now.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct SafetyNotice {
    /// Educational content, not a diagnosis or treatment.
    pub disclaimer: String,
    /// Heading for the "get help now" box.
    pub get_help_now_title: String,
    /// What to do right now in danger.
    pub get_help_now_body: String,
    /// The numbers to call where the reader is (`?country=`), or how to find them.
    pub help: HelpBlock,
    /// Where the crisis lines for the reader's country are: add `?country=XX`.
    #[schema(example = "/v1/hotlines")]
    pub hotlines_href: String,
}

/// "Get help now" for one country: its emergency number and first crisis lines, from the
/// directory. Without a country it says how to find them and names no number.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct HelpBlock {
    /// The country asked for, if any.
    #[schema(example = "GB")]
    pub country: Option<String>,
    /// The emergency sentence with the country's number, or how to find one.
    #[schema(example = "Emergency number in United Kingdom: 999")]
    pub text: String,
    /// The country's general emergency numbers (else ambulance, else police).
    #[schema(example = json!(["999", "112"]))]
    pub emergency_numbers: Vec<String>,
    /// Heading for `lines`; absent without a country.
    pub lines_heading: Option<String>,
    /// The country's first crisis lines (or the international fallback), most important first.
    pub lines: Vec<HelpLine>,
}

/// A crisis line, as short as a help box needs.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct HelpLine {
    #[schema(example = "gb-samaritans")]
    pub id: String,
    #[schema(example = "Samaritans")]
    pub name: String,
    /// The first way to reach it, as displayed.
    #[schema(example = "116 123")]
    pub contact: String,
    /// A `tel:`, `sms:` or `https:` link to hand to the device.
    #[schema(example = "tel:116123")]
    pub link: String,
}

/// How many crisis lines a help block names.
pub const HELP_LINES: usize = 3;

impl SafetyNotice {
    pub fn new(localizer: &Localizer, country: Option<&Country>) -> Self {
        Self {
            disclaimer: localizer.plain("disclaimer", None),
            get_help_now_title: localizer.plain("get-help-now-title", None),
            get_help_now_body: localizer.plain("get-help-now-body", None),
            help: HelpBlock::new(localizer, country),
            hotlines_href: country
                .map_or_else(|| "/v1/hotlines".to_owned(), |c| format!("/v1/hotlines?country={}", c.code)),
        }
    }

    /// Messages this notice shows, checked at load time.
    pub const MESSAGES: [&'static str; 6] = [
        "disclaimer",
        "get-help-now-title",
        "get-help-now-body",
        "help-now-emergency",
        "help-now-lines",
        "help-now-no-country",
    ];
}

impl HelpBlock {
    fn new(localizer: &Localizer, country: Option<&Country>) -> Self {
        let Some(country) = country else {
            return Self {
                country: None,
                text: localizer.plain("help-now-no-country", None),
                emergency_numbers: Vec::new(),
                lines_heading: None,
                lines: Vec::new(),
            };
        };
        let emergency = &country.emergency;
        let numbers = [&emergency.general, &emergency.ambulance, &emergency.police]
            .into_iter()
            .find(|numbers| !numbers.is_empty())
            .cloned()
            .unwrap_or_default();
        let name = localizer.country_name(&country.code);
        let mut args = FluentArgs::new();
        args.set("country", name.clone());
        args.set("number", numbers.join(" / "));
        let text = if numbers.is_empty() {
            localizer.plain("help-now-no-country", None)
        } else {
            localizer.plain("help-now-emergency", Some(&args))
        };
        let own = select_lines(country, &LineFilter::default(), None);
        let lines: Vec<&Hotline> = if own.is_empty() { localizer.catalog.international.iter().collect() } else { own };
        Self {
            country: Some(country.code.to_string()),
            text,
            emergency_numbers: numbers,
            lines_heading: Some(localizer.plain("help-now-lines", Some(&args))),
            lines: lines.into_iter().filter_map(|line| HelpLine::new(line, localizer)).take(HELP_LINES).collect(),
        }
    }
}

impl HelpLine {
    fn new(line: &Hotline, localizer: &Localizer) -> Option<Self> {
        let channel = line.channels.iter().find(|c| c.kind == ChannelKind::Phone).or_else(|| line.channels.first())?;
        Some(Self {
            id: line.id.to_string(),
            name: line.name.clone().unwrap_or_else(|| localizer.plain(UNNAMED_LINE_MESSAGE, None)),
            contact: channel.display.clone(),
            link: channel.link.clone(),
        })
    }
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
