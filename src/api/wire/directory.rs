//! Countries, emergency numbers and crisis lines as clients receive them.

use chrono::{DateTime, NaiveDate, Utc};
use fluent_bundle::FluentArgs;
use serde::Serialize;
use utoipa::ToSchema;

use super::common::{SafetyNotice, TextLocale};
use crate::api::error::ApiError;
use crate::api::text::{ItemText, Localizer};
use crate::content::evidence::{LineEvidence, Publisher, Reported};
use crate::content::ids::CountryCode;
use crate::content::model::{Channel, ChannelKind, Confidence, Country, EmergencyNumbers, Hotline, Hours, Topic};
use crate::content::selection::{select_lines, LineFilter};

/// The label shown for a line whose own name the source did not record.
pub const UNNAMED_LINE_MESSAGE: &str = "unnamed-national-line";

/// The message that describes a line without a hand-written description.
pub const LINE_DESCRIPTION_MESSAGE: &str = "line-description";

/// The message id of the localized line count.
pub const LINE_COUNT_MESSAGE: &str = "line-count";

/// A country in the list.
#[derive(Debug, Serialize, ToSchema)]
pub struct CountrySummary {
    #[schema(example = "GB")]
    pub code: String,
    /// The country's name in the response language.
    #[schema(example = "United Kingdom")]
    pub name: String,
    /// The general emergency numbers; empty where sources give only service numbers.
    #[schema(example = json!(["999", "112"]))]
    pub emergency_general: Vec<String>,
    /// Active crisis lines of the country's own.
    #[schema(example = 1)]
    pub line_count: u64,
    /// The count as a localized label, with the language's plural rules.
    #[schema(example = "1 crisis line")]
    pub line_count_label: String,
    /// The country's own API path.
    #[schema(example = "/v1/countries/GB")]
    pub href: String,
}

impl CountrySummary {
    pub fn new(country: &Country, localizer: &Localizer) -> Self {
        let line_count = country.active_lines().count() as u64;
        let mut args = FluentArgs::new();
        args.set("count", line_count);
        Self {
            code: country.code.to_string(),
            name: localizer.country_name(&country.code),
            emergency_general: country.emergency.general.clone(),
            line_count,
            line_count_label: localizer.plain(LINE_COUNT_MESSAGE, Some(&args)),
            href: format!("/v1/countries/{}", country.code),
        }
    }
}

/// Every country Haven has data for.
#[derive(Debug, Serialize, ToSchema)]
pub struct CountryListResponse {
    pub items: Vec<CountrySummary>,
    #[schema(example = 246)]
    pub total_items: u64,
}

/// Who someone in one country can call, text or write to. Never empty: a country with
/// no line of its own gets the international fallback, marked as such.
#[derive(Debug, Serialize, ToSchema)]
pub struct CountryHotlinesResponse {
    #[schema(example = "GB")]
    pub code: String,
    #[schema(example = "United Kingdom")]
    pub name: String,
    pub emergency: EmergencyResponse,
    /// Active lines that match the filters, most important first: national crisis and
    /// suicide lines, then lines open now, then the rest. When none match, the
    /// international fallback instead.
    pub lines: Vec<HotlineResponse>,
    /// True when no line of the country's own matched and `lines` holds the fallback.
    pub uses_international_fallback: bool,
    /// With the fallback, the filters its lines do not meet either (e.g. `channel=sms` when
    /// the fallback is web-only), so an app can say so rather than imply a match.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    #[schema(example = json!(["channel=sms"]))]
    pub unmet_filters: Vec<String>,
    /// The instant opening hours were evaluated at (`at`, or the current minute); absent
    /// in the offline bundle, where apps evaluate `hours` themselves.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub evaluated_at: Option<DateTime<Utc>>,
    /// The safety notice; absent inside the offline bundle, which carries it once.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub safety: Option<SafetyNotice>,
}

impl CountryHotlinesResponse {
    /// A country's lines that pass `filter`, ordered and evaluated at `at`: what both the
    /// JSON answer and the widget show.
    pub fn for_country(
        localizer: &Localizer,
        code: &CountryCode,
        filter: &LineFilter,
        at: DateTime<Utc>,
    ) -> Result<Self, ApiError> {
        let country = localizer.catalog.country(code).ok_or_else(|| ApiError::CountryNotFound(code.to_string()))?;
        let lines = select_lines(country, filter, Some(at));
        let mut response = Self::new(country, &lines, Some(at), localizer);
        if response.uses_international_fallback {
            let fallback = &localizer.catalog.international;
            response.unmet_filters = filter
                .conditions()
                .into_iter()
                .filter(|(_, condition)| !fallback.iter().any(|line| condition.accepts(line, Some(at))))
                .map(|(name, _)| name)
                .collect();
        }
        Ok(response)
    }

    pub fn with_safety(mut self, localizer: &Localizer, country: Option<&Country>) -> Self {
        self.safety = Some(SafetyNotice::new(localizer, country));
        self
    }

    /// `lines` are the country's lines already filtered and ordered; `at` is the instant
    /// their opening hours were evaluated at, if any.
    pub fn new(country: &Country, lines: &[&Hotline], at: Option<DateTime<Utc>>, localizer: &Localizer) -> Self {
        let uses_international_fallback = lines.is_empty();
        let lines = if uses_international_fallback {
            let fallback = &localizer.catalog.international;
            fallback.iter().map(|line| HotlineResponse::new(line, true, at, localizer)).collect()
        } else {
            lines.iter().map(|line| HotlineResponse::new(line, false, at, localizer)).collect()
        };
        let summary = CountrySummary::new(country, localizer);
        Self {
            code: summary.code,
            name: summary.name,
            emergency: EmergencyResponse::new(&country.emergency),
            lines,
            uses_international_fallback,
            unmet_filters: Vec::new(),
            evaluated_at: at,
            safety: None,
        }
    }
}

/// Emergency numbers by service, as the sources give them.
#[derive(Debug, Serialize, ToSchema)]
pub struct EmergencyResponse {
    /// Numbers for all emergency services.
    #[schema(example = json!(["999", "112"]))]
    pub general: Vec<String>,
    pub police: Vec<String>,
    pub ambulance: Vec<String>,
    pub fire: Vec<String>,
    /// How far these numbers can be trusted.
    pub confidence: Confidence,
    /// Which sources state the numbers.
    #[schema(example = "single/general number stated by: FCO, W21")]
    pub basis: String,
    /// Disagreements between sources, or a number only one source gives.
    pub note: Option<String>,
    /// Where each claim was read.
    pub sources: Vec<String>,
}

impl EmergencyResponse {
    fn new(emergency: &EmergencyNumbers) -> Self {
        Self {
            general: emergency.general.clone(),
            police: emergency.police.clone(),
            ambulance: emergency.ambulance.clone(),
            fire: emergency.fire.clone(),
            confidence: emergency.confidence,
            basis: emergency.basis.clone(),
            note: emergency.note.clone(),
            sources: emergency.sources.clone(),
        }
    }
}

/// One crisis line.
#[derive(Debug, Serialize, ToSchema)]
pub struct HotlineResponse {
    #[schema(example = "gb-samaritans")]
    pub id: String,
    /// The service's own name, never translated; where the source did not record it, a
    /// localized generic label (and `name_is_generic` is true).
    #[schema(example = "Samaritans")]
    pub name: String,
    pub name_is_generic: bool,
    /// What the line offers, in the response language.
    pub description: String,
    pub channels: Vec<ChannelResponse>,
    pub hours: HoursResponse,
    /// Whether the line is open at `evaluated_at`; null when its hours are unknown or no
    /// instant was given (the offline bundle).
    pub open_now: Option<bool>,
    pub topics: Vec<Topic>,
    /// Languages spoken (BCP 47), where the source says.
    pub languages: Vec<String>,
    /// Free of charge, where the source says.
    pub free: Option<bool>,
    /// The page to cite first (the newest official page confirming the number, else the
    /// newest confirming page); every page read is in `evidence`.
    pub source: String,
    /// Every page read about the line and what it stated.
    pub evidence: Vec<EvidenceResponse>,
    /// The newest date a page confirming the number states; null when none states one.
    pub last_confirmed: Option<NaiveDate>,
    /// True when `last_confirmed` is over 24 months ago or unknown: the line is still
    /// corroborated enough to serve, but due for re-verification.
    pub stale: bool,
    /// Computed from the evidence by the rule in the API description (`docs/directory.md`).
    pub confidence: Confidence,
    /// True for an international line offered because the country has none of its own.
    pub international_fallback: bool,
    #[serde(flatten)]
    pub text_locale: TextLocale,
}

impl HotlineResponse {
    pub fn new(line: &Hotline, international_fallback: bool, at: Option<DateTime<Utc>>, localizer: &Localizer) -> Self {
        let mut text = localizer.item();
        Self {
            id: line.id.to_string(),
            name: line.name.clone().unwrap_or_else(|| text.text(UNNAMED_LINE_MESSAGE)),
            name_is_generic: line.name.is_none(),
            description: describe(line, &mut text, localizer),
            channels: line.channels.iter().map(ChannelResponse::new).collect(),
            hours: HoursResponse::new(&line.hours),
            open_now: at.and_then(|at| line.hours.is_open_at(at)),
            topics: line.topics.clone(),
            languages: line.languages.clone(),
            free: line.free,
            source: line.primary_evidence().map(|e| e.url.clone()).unwrap_or_default(),
            evidence: line.evidence.iter().map(EvidenceResponse::new).collect(),
            last_confirmed: line.assessment.last_confirmed,
            stale: line.assessment.stale,
            confidence: line.assessment.confidence,
            international_fallback,
            text_locale: TextLocale::of(&text),
        }
    }
}

/// A line's hand-written description where one exists (`hotline-<id>`), else one composed
/// from its data by `line-description`: what it is for (its first topic), its hours, and
/// whether it is free.
fn describe(line: &Hotline, text: &mut ItemText<'_>, localizer: &Localizer) -> String {
    let own = line.description_message();
    if localizer.has_message(&own) {
        return text.text(&own);
    }
    let mut args = FluentArgs::new();
    args.set("focus", line.topics.first().map_or("emotional-support", |topic| topic.as_word()));
    args.set(
        "hours",
        match line.hours {
            Hours::Always => "always",
            Hours::Weekly { .. } => "weekly",
            Hours::Unknown => "unknown",
        },
    );
    args.set(
        "free",
        match line.free {
            Some(true) => "yes",
            Some(false) => "no",
            None => "unknown",
        },
    );
    let composed = text.text_with(LINE_DESCRIPTION_MESSAGE, Some(&args));
    composed.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// One page read about a line.
#[derive(Debug, Serialize, ToSchema)]
pub struct EvidenceResponse {
    #[schema(example = "https://www.samaritans.org/how-we-can-help/contact-samaritan/")]
    pub url: String,
    pub publisher: Publisher,
    /// The date the page states (`YYYY-MM-DD`, `YYYY-MM` or `YYYY`); null when it states none.
    #[schema(example = "2025-06")]
    pub observed: Option<String>,
    /// The service's name as the page writes it.
    pub name: Option<String>,
    /// The number (or address) as the page writes it.
    #[schema(example = "116 123")]
    pub number: Option<String>,
    /// Opening hours as the page writes them.
    pub hours: Option<String>,
    /// Whether the page lists the line as running, closed or replaced.
    pub reports: Reported,
    /// How the page was read when not directly (an archived copy, a dataset).
    pub via: Option<String>,
}

impl EvidenceResponse {
    fn new(evidence: &LineEvidence) -> Self {
        Self {
            url: evidence.url.clone(),
            publisher: evidence.publisher,
            observed: evidence.observed.as_ref().map(|date| date.as_str().to_owned()),
            name: evidence.name.clone(),
            number: evidence.number.clone(),
            hours: evidence.hours.clone(),
            reports: evidence.reports,
            via: evidence.via.clone(),
        }
    }
}

/// One way to reach a line.
#[derive(Debug, Serialize, ToSchema)]
pub struct ChannelResponse {
    pub kind: ChannelKind,
    /// As dialled, texted or visited locally.
    #[schema(example = "116 123")]
    pub value: String,
    #[schema(example = "116 123")]
    pub display: String,
    /// A `tel:`, `sms:` or `https:` link to hand to the device.
    #[schema(example = "tel:116123")]
    pub link: String,
    /// The E.164 form, only where the number can be dialled from abroad; short codes
    /// such as 988 or 116 123 have none.
    pub e164: Option<String>,
}

impl ChannelResponse {
    fn new(channel: &Channel) -> Self {
        Self {
            kind: channel.kind,
            value: channel.value.clone(),
            display: channel.display.clone(),
            link: channel.link.clone(),
            e164: channel.e164.clone(),
        }
    }
}

/// When a line answers.
#[derive(Debug, Serialize, ToSchema)]
#[serde(tag = "kind", rename_all = "lowercase")]
pub enum HoursResponse {
    /// Around the clock, every day.
    Always,
    /// The source does not say; check before relying on it.
    Unknown,
    /// Open at set times in the line's own time zone.
    Weekly {
        /// IANA time zone of the times below.
        timezone: String,
        slots: Vec<SlotResponse>,
    },
}

/// Opening times on some days. `close` at or before `open` means the slot runs past
/// midnight into the next day.
#[derive(Debug, Serialize, ToSchema)]
pub struct SlotResponse {
    /// Lowercase three-letter day names.
    #[schema(example = json!(["mon", "tue", "wed", "thu", "fri"]))]
    pub days: Vec<String>,
    #[schema(example = "08:00")]
    pub open: String,
    #[schema(example = "20:00")]
    pub close: String,
}

impl HoursResponse {
    fn new(hours: &Hours) -> Self {
        match hours {
            Hours::Always => HoursResponse::Always,
            Hours::Unknown => HoursResponse::Unknown,
            Hours::Weekly { timezone, slots } => HoursResponse::Weekly {
                timezone: timezone.name().to_owned(),
                slots: slots
                    .iter()
                    .map(|slot| SlotResponse {
                        days: slot.days.iter().map(|day| day.to_string().to_lowercase()).collect(),
                        open: clock(slot.open_minute),
                        close: clock(slot.close_minute),
                    })
                    .collect(),
            },
        }
    }
}

fn clock(minute: u16) -> String {
    format!("{:02}:{:02}", minute / 60, minute % 60)
}
