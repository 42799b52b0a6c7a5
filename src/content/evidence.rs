//! What the pages say about a crisis line, and the one rule that turns that evidence into
//! a confidence grade and a decision to serve the line or hold it back.
//!
//! The rule (also in `docs/directory.md`):
//!
//! - A piece of evidence *confirms* a line when it reports the line as running and the
//!   number (or address) it gives is one of the line's channels.
//! - Sources are grouped into *families* by the site they were read on (`en.wikipedia.org`
//!   and a 2021 copy of the same article are one family); agreement counts only across
//!   families.
//! - **Served** when an official page (the operator's own, or a government or public health
//!   service's) confirms it, or two independent families do, however old; or when a single
//!   family confirms it within the last 24 months. Otherwise held back for re-verification.
//! - **Never served** when a page reports it (one of its numbers, or no number) closed or
//!   replaced and no confirmation is dated after that report, or when a maintainer marked it superseded or withdrawn.
//! - `last_confirmed` is the newest date a confirming page states; a line is **stale** when
//!   that is more than 24 months ago or no confirming page states a date.
//! - Confidence: **high** when it is fresh and either an official page plus another family,
//!   or three families, confirm it; **medium** when an official page or two families do;
//!   **low** otherwise.

use std::collections::BTreeSet;
use std::fmt;

use chrono::{Months, NaiveDate};

use super::model::{Channel, Confidence};

pub use super::contacts::{ascii_digits, decimal_digit, same_contact, source_family};

/// Evidence older than this no longer makes a line fresh.
pub const STALE_AFTER_MONTHS: u32 = 24;

/// Sites whose terms forbid redistributing their listings: their evidence still counts,
/// but `haven check` reports the lines that rest on nothing else, to be replaced.
pub const RESTRICTED_FAMILIES: &[&str] = &["findahelpline.com"];

/// Who published the page.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Deserialize, serde::Serialize, utoipa::ToSchema)]
#[serde(rename_all = "lowercase")]
pub enum Publisher {
    /// The service's own site.
    Operator,
    /// A government body or public health service.
    Government,
    Press,
    Directory,
    Encyclopedia,
    /// A dataset that copied another page (named in `via`).
    Dataset,
}

impl Publisher {
    pub fn is_official(self) -> bool {
        matches!(self, Publisher::Operator | Publisher::Government)
    }
}

/// What a page says about the line's existence.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, serde::Deserialize, serde::Serialize, utoipa::ToSchema)]
#[serde(rename_all = "lowercase")]
pub enum Reported {
    /// The page lists the line as running.
    #[default]
    Active,
    /// The page says the line closed.
    Discontinued,
    /// The page says the line moved to another number.
    Replaced,
}

/// A date as a page states it: a day (`2025-03-14`), a month (`2025-03`) or a year
/// (`2025`). Comparisons use its first day, so a vague date never looks newer than it is.
#[derive(Debug, Clone, PartialEq, Eq, serde::Deserialize)]
#[serde(try_from = "String")]
pub struct StatedDate {
    text: String,
    first_day: NaiveDate,
}

impl StatedDate {
    pub fn parse(text: &str) -> Result<Self, String> {
        let invalid = || format!("`{text}` is not a date of the form YYYY-MM-DD, YYYY-MM or YYYY");
        let parts: Vec<&str> = text.split('-').collect();
        let widths_ok = match parts.as_slice() {
            [y] => y.len() == 4,
            [y, m] => y.len() == 4 && m.len() == 2,
            [y, m, d] => y.len() == 4 && m.len() == 2 && d.len() == 2,
            _ => false,
        };
        if !widths_ok || !text.chars().all(|c| c.is_ascii_digit() || c == '-') {
            return Err(invalid());
        }
        let number =
            |i: usize, default: u32| parts.get(i).map_or(Ok(default), |p| p.parse::<u32>()).map_err(|_| invalid());
        let year = i32::try_from(number(0, 0)?).map_err(|_| invalid())?;
        let first_day = NaiveDate::from_ymd_opt(year, number(1, 1)?, number(2, 1)?).ok_or_else(invalid)?;
        Ok(Self { text: text.to_owned(), first_day })
    }

    pub fn as_str(&self) -> &str {
        &self.text
    }

    pub fn first_day(&self) -> NaiveDate {
        self.first_day
    }
}

impl TryFrom<String> for StatedDate {
    type Error = String;
    fn try_from(text: String) -> Result<Self, String> {
        Self::parse(&text)
    }
}

impl fmt::Display for StatedDate {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.text)
    }
}

/// One page that was read about a line, and what it said.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LineEvidence {
    pub url: String,
    pub publisher: Publisher,
    /// The date the page states (or, for a copy, the date it was captured); `None` when
    /// it states none.
    pub observed: Option<StatedDate>,
    /// The service's name as the page writes it.
    pub name: Option<String>,
    /// The number (or, for a web-only service, the address) as the page writes it.
    pub number: Option<String>,
    /// Opening hours as the page writes them.
    pub hours: Option<String>,
    pub reports: Reported,
    /// How the page was read when not directly (an archive copy, a scrape in a repository).
    pub via: Option<String>,
    /// The independence group: the page's site unless the data says otherwise.
    pub family: String,
}

impl LineEvidence {
    /// Whether this page vouches for one of `channels` being the line's.
    pub fn confirms(&self, channels: &[Channel]) -> bool {
        self.reports == Reported::Active && self.names_any(channels)
    }

    /// Whether one of the numbers the page gives is one of `channels`. A page may give
    /// several in one entry ("Dial 988 then press 1; text 838255").
    fn names_any(&self, channels: &[Channel]) -> bool {
        self.number.as_deref().is_some_and(|numbers| {
            numbers
                .split([';', ','])
                .flat_map(|part| part.split(" or "))
                .any(|number| channels.iter().any(|c| same_contact(number, c)))
        })
    }

    pub fn is_restricted(&self) -> bool {
        RESTRICTED_FAMILIES.contains(&self.family.as_str())
    }
}

/// A maintainer's decision about a line, recorded in its file.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, serde::Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Listing {
    /// Judged by its evidence.
    #[default]
    Listed,
    /// Replaced by another line of the country (`replaced_by`).
    Superseded,
    /// Taken out on purpose (a wrong number, a source that is no source); `note` says why.
    Withdrawn,
}

/// Why a line is not served.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum HoldReason {
    Superseded,
    Withdrawn,
    /// A page reports it closed or replaced, and nothing newer confirms it.
    ReportedClosed,
    /// No page gives its number.
    Unconfirmed,
    /// Only one source family, and nothing from it in the last 24 months.
    SingleStaleSource,
}

impl HoldReason {
    pub fn describe(self) -> &'static str {
        match self {
            HoldReason::Superseded => "superseded by another line",
            HoldReason::Withdrawn => "withdrawn by a maintainer",
            HoldReason::ReportedClosed => "a page reports it closed or replaced",
            HoldReason::Unconfirmed => "no page gives its number",
            HoldReason::SingleStaleSource => "rests on one source family with nothing from the last 24 months",
        }
    }
}

/// What the evidence adds up to, on one day.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Assessment {
    pub confidence: Confidence,
    pub last_confirmed: Option<NaiveDate>,
    pub stale: bool,
    /// `None` when served.
    pub held_back: Option<HoldReason>,
    /// Distinct source families that confirm the line.
    pub families: usize,
}

impl Assessment {
    pub fn served(&self) -> bool {
        self.held_back.is_none()
    }
}

/// The rule in this module's documentation, applied on `today`.
pub fn assess(listing: Listing, channels: &[Channel], evidence: &[LineEvidence], today: NaiveDate) -> Assessment {
    let confirming: Vec<&LineEvidence> = evidence.iter().filter(|e| e.confirms(channels)).collect();
    let families: BTreeSet<&str> = confirming.iter().map(|e| e.family.as_str()).collect();
    let official = confirming.iter().any(|e| e.publisher.is_official());
    let last_confirmed = confirming.iter().filter_map(|e| e.observed.as_ref().map(StatedDate::first_day)).max();
    let fresh_since = today.checked_sub_months(Months::new(STALE_AFTER_MONTHS)).unwrap_or(NaiveDate::MIN);
    let stale = last_confirmed.is_none_or(|date| date < fresh_since);

    let confidence = if !stale && ((official && families.len() >= 2) || families.len() >= 3) {
        Confidence::High
    } else if official || families.len() >= 2 {
        Confidence::Medium
    } else {
        Confidence::Low
    };

    // A closure report is about this line when it names one of its numbers or none (a page
    // saying "press 3 has ended" is not about the line's main number). It stands unless a
    // confirmation is dated after it; an undated report can never be outdated, so it stands.
    let about_this_line = |e: &&LineEvidence| e.number.is_none() || e.names_any(channels);
    let closed = evidence.iter().filter(|e| e.reports != Reported::Active).filter(about_this_line).any(|report| {
        let reported = report.observed.as_ref().map(StatedDate::first_day);
        reported.is_none_or(|reported| last_confirmed.is_none_or(|confirmed| confirmed <= reported))
    });

    let held_back = match listing {
        Listing::Superseded => Some(HoldReason::Superseded),
        Listing::Withdrawn => Some(HoldReason::Withdrawn),
        Listing::Listed if closed => Some(HoldReason::ReportedClosed),
        Listing::Listed if confirming.is_empty() => Some(HoldReason::Unconfirmed),
        Listing::Listed if official || families.len() >= 2 || !stale => None,
        Listing::Listed => Some(HoldReason::SingleStaleSource),
    };
    Assessment { confidence, last_confirmed, stale, held_back, families: families.len() }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::model::ChannelKind;

    fn date(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).expect("a date")
    }

    fn phone(value: &str) -> Channel {
        Channel {
            kind: ChannelKind::Phone,
            value: value.into(),
            display: value.into(),
            link: String::new(),
            e164: None,
        }
    }

    fn page(url: &str, publisher: Publisher, observed: Option<&str>, number: &str) -> LineEvidence {
        LineEvidence {
            url: url.into(),
            publisher,
            observed: observed.map(|d| StatedDate::parse(d).expect("a stated date")),
            name: None,
            number: Some(number.into()),
            hours: None,
            reports: Reported::Active,
            via: None,
            family: source_family(url),
        }
    }

    const TODAY: (i32, u32, u32) = (2026, 12, 1);

    fn judge(evidence: &[LineEvidence]) -> Assessment {
        assess(Listing::Listed, &[phone("0800 111 0 111")], evidence, date(TODAY.0, TODAY.1, TODAY.2))
    }

    #[test]
    fn numbers_match_in_any_writing_but_not_by_accident() {
        assert!(same_contact("+49 800 1110111", &phone("0800 111 0 111")));
        assert!(same_contact("0800/1110111", &phone("0800 111 0 111")));
        assert!(same_contact("116123", &phone("116 123")));
        assert!(same_contact("024", &phone("024")), "a short code with a leading zero");
        assert!(!same_contact("116 111", &phone("116 123")));
        assert!(!same_contact("0800 111 0 222", &phone("0800 111 0 111")));
        let several = page("https://www.va.gov/", Publisher::Government, None, "Dial 988 then Press 1; text 838255");
        let sms = Channel { kind: ChannelKind::Sms, ..phone("838255") };
        assert!(several.confirms(&[sms]), "one of several numbers in one entry");
        assert!(!same_contact("12", &phone("12")), "two digits are too few to say anything");
        assert!(same_contact("۱۲۳", &phone("123")), "Persian digits");
        assert!(same_contact("０１２０－９９－７７７７", &phone("0120-99-7777")), "full-width digits");
        assert!(same_contact("१४४१६", &phone("14416")), "Devanagari digits");
        let web = Channel { kind: ChannelKind::Chat, ..phone("https://online.telefonseelsorge.de/chat") };
        assert!(same_contact("www.telefonseelsorge.de", &web));
        assert!(!same_contact("www.example.org", &web));
    }

    #[test]
    fn stated_dates_keep_their_precision() {
        assert_eq!(StatedDate::parse("2025-03").expect("a month").first_day(), date(2025, 3, 1));
        assert_eq!(StatedDate::parse("2025").expect("a year").first_day(), date(2025, 1, 1));
        assert_eq!(StatedDate::parse("2025-03-14").expect("a day").as_str(), "2025-03-14");
        for bad in ["2025-3", "25", "2025-02-30", "2025-13", "", "2025-03-14T00:00", "March 2025"] {
            assert!(StatedDate::parse(bad).is_err(), "{bad} must be refused");
        }
    }

    #[test]
    fn an_undated_operator_page_serves_a_line_as_stale_and_medium() {
        let verdict = judge(&[page("https://www.telefonseelsorge.de/", Publisher::Operator, None, "0800 111 0 111")]);
        assert_eq!(verdict.held_back, None);
        assert!(verdict.stale);
        assert_eq!(verdict.last_confirmed, None);
        assert_eq!(verdict.confidence, Confidence::Medium);
    }

    #[test]
    fn two_old_families_serve_a_line_but_one_copied_article_does_not() {
        let wiki21 =
            page("https://en.wikipedia.org/wiki/L", Publisher::Encyclopedia, Some("2021-07-08"), "0800 111 0 111");
        let wiki26 =
            page("https://en.wikipedia.org/wiki/L", Publisher::Encyclopedia, Some("2022-08-08"), "08001110111");
        let press = page("https://www.domradio.de/x", Publisher::Press, Some("2019"), "0800 111 0 111");
        let two_copies = judge(&[wiki21.clone(), wiki26]);
        assert_eq!(two_copies.held_back, Some(HoldReason::SingleStaleSource));
        assert_eq!(two_copies.families, 1);
        let corroborated = judge(&[wiki21, press]);
        assert_eq!(corroborated.held_back, None);
        assert!(corroborated.stale);
        assert_eq!(corroborated.confidence, Confidence::Medium);
        assert_eq!(corroborated.last_confirmed, Some(date(2021, 7, 8)));
    }

    #[test]
    fn one_fresh_source_serves_at_low_confidence_and_three_fresh_families_are_high() {
        let press = page("https://www.example-news.de/a", Publisher::Press, Some("2026-05-02"), "0800 111 0 111");
        let alone = judge(std::slice::from_ref(&press));
        assert_eq!((alone.held_back, alone.stale, alone.confidence), (None, false, Confidence::Low));
        let operator = page("https://www.telefonseelsorge.de/", Publisher::Operator, None, "0800 111 0 111");
        let both = judge(&[press.clone(), operator]);
        assert_eq!(both.confidence, Confidence::High, "fresh, official and a second family");
        let other = page("https://www.other-paper.de/b", Publisher::Press, Some("2020"), "0800 111 0 111");
        let wiki = page("https://de.wikipedia.org/wiki/T", Publisher::Encyclopedia, Some("2021"), "0800 111 0 111");
        assert_eq!(judge(&[press, other, wiki]).confidence, Confidence::High);
    }

    #[test]
    fn evidence_for_another_number_confirms_nothing() {
        let other = page("https://www.telefonseelsorge.de/", Publisher::Operator, Some("2026"), "0800 111 0 222");
        assert_eq!(judge(&[other]).held_back, Some(HoldReason::Unconfirmed));
    }

    #[test]
    fn a_closure_report_wins_unless_a_later_page_confirms_the_line() {
        let old_listing =
            page("https://en.wikipedia.org/wiki/L", Publisher::Encyclopedia, Some("2021"), "0800 111 0 111");
        let operator = page("https://www.telefonseelsorge.de/", Publisher::Operator, Some("2024-01"), "0800 111 0 111");
        let closed = |observed| LineEvidence {
            reports: Reported::Discontinued,
            ..page("https://www.news.de/closed", Publisher::Press, observed, "0800 111 0 111")
        };
        let verdict = judge(&[old_listing.clone(), operator.clone(), closed(Some("2025-06"))]);
        assert_eq!(verdict.held_back, Some(HoldReason::ReportedClosed));
        assert_eq!(judge(&[operator.clone(), closed(None)]).held_back, Some(HoldReason::ReportedClosed));
        assert_eq!(
            judge(&[old_listing.clone(), operator.clone(), closed(Some("2023"))]).held_back,
            None,
            "reopened since"
        );
        let option_ended = LineEvidence { number: Some("0800 111 0 111 (press 3)".into()), ..closed(Some("2025-07")) };
        assert_eq!(judge(&[old_listing, operator, option_ended]).held_back, None, "another option's closure");
    }

    #[test]
    fn a_maintainers_decision_holds_a_line_back_whatever_the_evidence() {
        let operator = page("https://www.telefonseelsorge.de/", Publisher::Operator, Some("2026"), "0800 111 0 111");
        let today = date(TODAY.0, TODAY.1, TODAY.2);
        let channels = [phone("0800 111 0 111")];
        let superseded = assess(Listing::Superseded, &channels, std::slice::from_ref(&operator), today);
        assert_eq!(superseded.held_back, Some(HoldReason::Superseded));
        let withdrawn = assess(Listing::Withdrawn, &channels, &[operator], today);
        assert_eq!(withdrawn.held_back, Some(HoldReason::Withdrawn));
    }

    #[test]
    fn freshness_ends_exactly_twenty_four_months_back() {
        let on_the_day = page("https://www.news.de/a", Publisher::Press, Some("2024-12-01"), "0800 111 0 111");
        let a_day_before = page("https://www.news.de/a", Publisher::Press, Some("2024-11-30"), "0800 111 0 111");
        assert!(!judge(&[on_the_day]).stale);
        assert!(judge(&[a_day_before]).stale);
    }
}
