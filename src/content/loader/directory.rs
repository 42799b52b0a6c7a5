//! Loads the crisis directory: one file per country in `data/hotlines/` and the
//! international fallback in `data/international.toml`.

use std::collections::{BTreeMap, HashSet};
use std::path::Path;

use chrono::{NaiveDate, Weekday};
use serde::Deserialize;
use toml::Spanned;

use super::library::report_duplicate_ids;
use super::source_file::{stem_with_extension, Reporter, SourceText};
use crate::content::evidence::{assess, source_family, LineEvidence, Listing, Publisher, Reported, StatedDate};
use crate::content::ids::{CountryCode, LocaleTag, Slug};
use crate::content::model::{Channel, ChannelKind, Country, EmergencyNumbers, Hotline, Hours, Topic, WeeklySlot};

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct CountryFile {
    country: Spanned<CountryCode>,
    emergency: EmergencyNumbers,
    /// Searches made for this country's lines, so the next researcher knows what was tried
    /// (required where no line was found). For maintainers; not served.
    #[serde(default)]
    searches: Vec<SearchRecord>,
    #[serde(default)]
    lines: Vec<Spanned<LineEntry>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct SearchRecord {
    #[serde(rename = "date")]
    _date: NaiveDate,
    query: String,
    #[serde(rename = "corpus")]
    _corpus: Option<String>,
    #[serde(rename = "result")]
    _result: Option<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct InternationalFile {
    lines: Vec<Spanned<LineEntry>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct LineEntry {
    id: Slug,
    /// Absent where no source recorded the service's name.
    #[serde(default)]
    name: Option<String>,
    #[serde(default)]
    status: Listing,
    #[serde(default)]
    replaced_by: Option<Slug>,
    #[serde(default)]
    national: bool,
    topics: Vec<Topic>,
    channels: Vec<Channel>,
    hours: HoursEntry,
    #[serde(default)]
    languages: Vec<String>,
    #[serde(default)]
    free: Option<bool>,
    #[serde(default)]
    check_url: Option<String>,
    #[serde(default)]
    evidence: Vec<EvidenceEntry>,
    /// Notes for maintainers (conflicts, what the pages disagree on); not served.
    #[serde(default, rename = "note")]
    _note: Option<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct EvidenceEntry {
    url: String,
    publisher: Publisher,
    #[serde(default)]
    observed: Option<StatedDate>,
    #[serde(default)]
    name: Option<String>,
    #[serde(default)]
    number: Option<String>,
    #[serde(default)]
    hours: Option<String>,
    #[serde(default)]
    reports: Reported,
    #[serde(default)]
    via: Option<String>,
    /// Overrides the site-derived family where two sites are one publisher.
    #[serde(default)]
    family: Option<String>,
}

impl From<EvidenceEntry> for LineEvidence {
    fn from(entry: EvidenceEntry) -> Self {
        let family = entry.family.unwrap_or_else(|| source_family(&entry.url));
        LineEvidence {
            url: entry.url,
            publisher: entry.publisher,
            observed: entry.observed,
            name: entry.name,
            number: entry.number,
            hours: entry.hours,
            reports: entry.reports,
            via: entry.via,
            family,
        }
    }
}

#[derive(Deserialize)]
#[serde(tag = "kind", rename_all = "lowercase", deny_unknown_fields)]
enum HoursEntry {
    Always,
    Unknown,
    Weekly { timezone: String, slots: Vec<SlotEntry> },
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct SlotEntry {
    days: Vec<DayEntry>,
    open: String,
    close: String,
}

#[derive(Deserialize, Clone, Copy)]
#[serde(rename_all = "lowercase")]
enum DayEntry {
    Mon,
    Tue,
    Wed,
    Thu,
    Fri,
    Sat,
    Sun,
}

impl From<DayEntry> for Weekday {
    fn from(day: DayEntry) -> Self {
        match day {
            DayEntry::Mon => Weekday::Mon,
            DayEntry::Tue => Weekday::Tue,
            DayEntry::Wed => Weekday::Wed,
            DayEntry::Thu => Weekday::Thu,
            DayEntry::Fri => Weekday::Fri,
            DayEntry::Sat => Weekday::Sat,
            DayEntry::Sun => Weekday::Sun,
        }
    }
}

/// `HH:MM` to minutes after midnight; `24:00` is allowed as a closing time.
fn parse_clock(raw: &str) -> Option<u16> {
    let (hours, minutes) = raw.split_once(':')?;
    if hours.len() != 2 || minutes.len() != 2 {
        return None;
    }
    let (hours, minutes): (u16, u16) = (hours.parse().ok()?, minutes.parse().ok()?);
    let total = hours * 60 + minutes;
    (minutes < 60 && total <= 24 * 60).then_some(total)
}

fn convert_hours(reporter: &mut Reporter, source: &SourceText, offset: Option<usize>, hours: HoursEntry) -> Hours {
    match hours {
        HoursEntry::Always => Hours::Always,
        HoursEntry::Unknown => Hours::Unknown,
        HoursEntry::Weekly { timezone, slots } => {
            let slots = slots
                .into_iter()
                .filter_map(|slot| match (parse_clock(&slot.open), parse_clock(&slot.close)) {
                    (Some(open_minute), Some(close_minute)) if !slot.days.is_empty() => Some(WeeklySlot {
                        days: slot.days.into_iter().map(Weekday::from).collect(),
                        open_minute,
                        close_minute,
                    }),
                    _ => {
                        reporter.error_at(
                            source,
                            offset,
                            format!("opening slot `{}`-`{}` needs days and HH:MM times", slot.open, slot.close),
                        );
                        None
                    }
                })
                .collect();
            match timezone.parse::<chrono_tz::Tz>() {
                Ok(timezone) => Hours::Weekly { timezone, slots },
                Err(_) => {
                    reporter.error_at(source, offset, format!("`{timezone}` is not an IANA time zone"));
                    Hours::Unknown
                }
            }
        }
    }
}

/// The directory part of a snapshot.
pub struct Directory {
    pub countries: BTreeMap<CountryCode, Country>,
    pub international: Vec<Hotline>,
    pub review_priority: Vec<CountryCode>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ReviewPriorityFile {
    countries: Vec<Spanned<CountryCode>>,
}

/// Loads the directory and judges every line's evidence as of `today`.
pub fn load_directory(reporter: &mut Reporter, today: NaiveDate) -> Directory {
    let mut line_ids = HashSet::new();
    let mut countries = BTreeMap::new();
    for path in reporter.list_dir(Path::new("data/hotlines")) {
        let Some(stem) = stem_with_extension(&path, "toml") else {
            reporter.error_in(&path, "only `<CC>.toml` files belong in data/hotlines");
            continue;
        };
        let stem = stem.to_owned();
        let Some((source, file)) = reporter.read_toml::<CountryFile>(&path) else { continue };
        let code = *file.country.get_ref();
        if code.as_str() != stem {
            reporter.error_at(
                &source,
                Some(file.country.span().start),
                format!("country `{code}` must match the file name `{stem}.toml`"),
            );
        }
        let country_offset = Some(file.country.span().start);
        if file.emergency.sources.is_empty() {
            reporter.error_at(&source, country_offset, "emergency numbers need at least one source");
        }
        if file.searches.iter().any(|search| search.query.trim().is_empty()) {
            reporter.error_at(&source, country_offset, "a recorded search needs its query");
        }
        let lines = convert_lines(reporter, &source, file.lines, today, &mut line_ids);
        let searches_recorded = file.searches.len();
        countries.insert(code, Country { code, emergency: file.emergency, lines, searches_recorded });
    }
    let international = match reporter.read_toml::<InternationalFile>(Path::new("data/international.toml")) {
        Some((source, file)) => {
            let lines = convert_lines(reporter, &source, file.lines, today, &mut line_ids);
            if !lines.iter().any(|line| line.assessment.served()) {
                reporter.error_at(
                    &source,
                    None,
                    "the international fallback needs at least one line its evidence serves",
                );
            }
            lines
        }
        None => Vec::new(),
    };
    check_replacements(reporter, &countries);
    let review_priority = load_review_priority(reporter, &countries);
    Directory { countries, international, review_priority }
}

/// The order in which held-back lines are re-verified; every code must be a country file.
fn load_review_priority(reporter: &mut Reporter, countries: &BTreeMap<CountryCode, Country>) -> Vec<CountryCode> {
    let Some((source, file)) = reporter.read_toml::<ReviewPriorityFile>(Path::new("data/review-priority.toml")) else {
        return Vec::new();
    };
    let mut seen = HashSet::new();
    for code in &file.countries {
        if !countries.contains_key(code.get_ref()) || !seen.insert(*code.get_ref()) {
            let why = if seen.contains(code.get_ref()) { "is listed twice" } else { "has no file in data/hotlines" };
            reporter.error_at(&source, Some(code.span().start), format!("country `{}` {why}", code.get_ref()));
        }
    }
    file.countries.into_iter().map(Spanned::into_inner).collect()
}

fn convert_lines(
    reporter: &mut Reporter,
    source: &SourceText,
    entries: Vec<Spanned<LineEntry>>,
    today: NaiveDate,
    seen_ids: &mut HashSet<Slug>,
) -> Vec<Hotline> {
    report_duplicate_ids(reporter, source, entries.iter().map(|e| (&e.get_ref().id, e.span().start)));
    entries
        .into_iter()
        .map(|entry| {
            let offset = Some(entry.span().start);
            let entry = entry.into_inner();
            if !seen_ids.insert(entry.id.clone()) {
                reporter.error_at(source, offset, format!("line id `{}` is already used in another file", entry.id));
            }
            check_line(reporter, source, offset, &entry);
            let evidence: Vec<LineEvidence> = entry.evidence.into_iter().map(LineEvidence::from).collect();
            let assessment = assess(entry.status, &entry.channels, &evidence, today);
            Hotline {
                id: entry.id,
                name: entry.name,
                listing: entry.status,
                replaced_by: entry.replaced_by,
                national: entry.national,
                topics: entry.topics,
                hours: convert_hours(reporter, source, offset, entry.hours),
                languages: entry.languages,
                free: entry.free,
                evidence,
                check_url: entry.check_url,
                assessment,
                channels: entry.channels,
            }
        })
        .collect()
}

fn check_line(reporter: &mut Reporter, source: &SourceText, offset: Option<usize>, entry: &LineEntry) {
    if entry.evidence.is_empty() {
        reporter.error_at(source, offset, format!("line `{}` has no evidence", entry.id));
    }
    let web_address = |url: &str| url.starts_with("https://") || url.starts_with("http://");
    for evidence in &entry.evidence {
        if !web_address(&evidence.url) {
            reporter.error_at(
                source,
                offset,
                format!("line `{}`: evidence URL `{}` must start with https:// or http://", entry.id, evidence.url),
            );
        }
    }
    if let Some(url) = entry.check_url.as_deref().filter(|url| !web_address(url)) {
        reporter.error_at(source, offset, format!("line `{}`: check_url `{url}` must be a web address", entry.id));
    }
    if entry.channels.is_empty() {
        reporter.error_at(source, offset, format!("line `{}` has no way to reach it", entry.id));
    }
    for language in &entry.languages {
        if LocaleTag::parse(language).is_err() {
            reporter.error_at(
                source,
                offset,
                format!("line `{}`: `{language}` is not a BCP 47 language tag", entry.id),
            );
        }
    }
    if entry.status == Listing::Superseded && entry.replaced_by.is_none() {
        reporter.error_at(source, offset, format!("superseded line `{}` needs `replaced_by`", entry.id));
    }
    for channel in &entry.channels {
        let schemes = link_schemes(channel.kind);
        if !schemes.iter().any(|scheme| channel.link.starts_with(scheme)) {
            reporter.error_at(
                source,
                offset,
                format!(
                    "{:?} link `{}` of line `{}` must start with {}",
                    channel.kind,
                    channel.link,
                    entry.id,
                    schemes.join(" or ")
                ),
            );
        }
    }
}

/// The URI schemes a channel's link may use, so an app can hand it to the OS as is.
fn link_schemes(kind: ChannelKind) -> &'static [&'static str] {
    match kind {
        ChannelKind::Phone => &["tel:"],
        ChannelKind::Sms => &["sms:"],
        ChannelKind::Email => &["mailto:"],
        // Some services still publish plain-http addresses; the source's form is kept.
        ChannelKind::Chat | ChannelKind::Whatsapp | ChannelKind::Web => &["https://", "http://"],
    }
}

fn check_replacements(reporter: &mut Reporter, countries: &BTreeMap<CountryCode, Country>) {
    for country in countries.values() {
        let ids: HashSet<&Slug> = country.lines.iter().map(|line| &line.id).collect();
        for line in &country.lines {
            if let Some(replacement) = &line.replaced_by {
                if !ids.contains(replacement) {
                    let path = format!("data/hotlines/{}.toml", country.code);
                    reporter.error_in(
                        Path::new(&path),
                        format!(
                            "line `{}` is replaced by `{replacement}`, which is not a line of this country",
                            line.id
                        ),
                    );
                }
            }
        }
    }
}
