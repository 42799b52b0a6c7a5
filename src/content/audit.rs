//! Checks of the crisis directory that `haven check` runs on top of loading: whether
//! numbers fit the country's numbering plan, duplicates, unnamed lines, the figures that
//! say how the directory stands, and the re-verification queue of held-back lines. They
//! are not run by `serve`: an ageing source is a reason to re-verify, not a reason to stop
//! answering people (the serving rule is in `evidence.rs`).

use std::collections::{BTreeMap, HashMap};
use std::path::PathBuf;

use serde::Serialize;

use super::evidence::{same_contact, HoldReason};
use super::model::{ChannelKind, Confidence, Country, Hotline, Hours};
use super::problems::{Problem, Severity};
use super::Catalog;

/// Numbers this short are service codes (988, 116 123, 3114), which numbering-plan
/// metadata does not describe; they are not E.164 numbers and are not checked as such.
const LONGEST_SHORT_CODE: usize = 6;

/// What the audit found.
pub struct DirectoryAudit {
    pub problems: Vec<Problem>,
    /// Countries with at least one served line, by the best confidence among their lines.
    pub coverage: BTreeMap<Confidence, usize>,
    pub countries: usize,
    pub counts: LineCounts,
    /// Held-back lines to re-verify, most important countries first (`review_priority`),
    /// then by code; national lines first within a country.
    pub queue: Vec<QueuedLine>,
}

/// How the directory stands, in the figures the directory issue tracks.
#[derive(Debug, Default, Clone, Serialize)]
pub struct LineCounts {
    pub served: usize,
    pub served_named: usize,
    pub served_hours_known: usize,
    pub served_stale: usize,
    /// Served lines whose only confirming evidence is a site that forbids redistribution.
    pub served_restricted_only: usize,
    /// All lines (served or not) whose only confirming evidence is such a site.
    pub restricted_only: usize,
    pub held_back: usize,
    pub superseded: usize,
    pub withdrawn: usize,
}

/// One line waiting for someone to find a page that confirms it.
#[derive(Debug, Clone, Serialize)]
pub struct QueuedLine {
    pub country: String,
    pub id: String,
    pub name: Option<String>,
    pub number: Option<String>,
    pub reason: &'static str,
    /// The newest date a confirming page states, if any.
    pub last_confirmed: Option<chrono::NaiveDate>,
}

pub fn audit_directory(catalog: &Catalog) -> DirectoryAudit {
    let mut audit = DirectoryAudit {
        problems: Vec::new(),
        coverage: BTreeMap::new(),
        countries: catalog.countries.len(),
        counts: LineCounts::default(),
        queue: Vec::new(),
    };
    for country in catalog.countries.values() {
        audit_country(country, &mut audit);
    }
    let rank = |code: &str| catalog.review_priority.iter().position(|c| c.as_str() == code).unwrap_or(usize::MAX);
    audit.queue.sort_by(|a, b| (rank(&a.country), &a.country).cmp(&(rank(&b.country), &b.country)));
    audit
}

fn audit_country(country: &Country, audit: &mut DirectoryAudit) {
    let file = PathBuf::from(format!("data/hotlines/{}.toml", country.code));
    let mut report = |severity, message: String| {
        audit.problems.push(Problem { severity, file: file.clone(), line: None, column: None, message })
    };
    let mut seen_numbers: HashMap<String, &str> = HashMap::new();
    let counts = &mut audit.counts;
    let mut queued: Vec<&Hotline> = Vec::new();
    for line in &country.lines {
        let restricted_only = {
            let mut confirming = line.evidence.iter().filter(|e| e.confirms(&line.channels)).peekable();
            confirming.peek().is_some() && confirming.all(|e| e.is_restricted())
        };
        counts.restricted_only += usize::from(restricted_only);
        match line.assessment.held_back {
            None => {}
            Some(HoldReason::Superseded) => {
                counts.superseded += 1;
                continue;
            }
            Some(HoldReason::Withdrawn) => {
                counts.withdrawn += 1;
                continue;
            }
            Some(_) => {
                counts.held_back += 1;
                queued.push(line);
                continue;
            }
        }
        counts.served += 1;
        counts.served_named += usize::from(line.name.is_some());
        counts.served_hours_known += usize::from(line.hours != Hours::Unknown);
        counts.served_stale += usize::from(line.assessment.stale);
        counts.served_restricted_only += usize::from(restricted_only);
        if line.name.is_none() {
            report(Severity::Warning, format!("served line `{}` has no service name", line.id));
        }
        for channel in line.channels.iter().filter(|c| c.kind == ChannelKind::Phone) {
            if let Some(message) = numbering_plan_problem(country, line, &channel.value, channel.e164.as_deref()) {
                report(Severity::Warning, message);
            }
            let digits: String = channel.value.chars().filter(char::is_ascii_digit).collect();
            if let Some(other) = seen_numbers.insert(digits, line.id.as_str()) {
                report(
                    Severity::Warning,
                    format!("lines `{other}` and `{}` share the number {}", line.id, channel.value),
                );
            }
        }
    }
    report_borrowed_channels(country, &mut report);
    queued.sort_by_key(|line| !line.national);
    audit.queue.extend(queued.into_iter().map(|line| QueuedLine {
        country: country.code.to_string(),
        id: line.id.to_string(),
        name: line.name.clone(),
        number: line.channels.first().map(|c| c.value.clone()),
        reason: line.assessment.held_back.map_or("", HoldReason::describe),
        last_confirmed: line.assessment.last_confirmed,
    }));
    let best = country.active_lines().map(|line| line.assessment.confidence).max();
    if let Some(best) = best {
        *audit.coverage.entry(best).or_default() += 1;
    }
}

/// The import once gave a service the text number of the card next to it (MensLine's SMS
/// was the Suicide Call Back Service's phone). A served line's SMS or WhatsApp number that is
/// another service's phone number is flagged for someone to check against the operator.
fn report_borrowed_channels(country: &Country, report: &mut impl FnMut(Severity, String)) {
    let phones: Vec<(&Hotline, &str)> = country
        .lines
        .iter()
        .flat_map(|line| {
            line.channels.iter().filter(|c| c.kind == ChannelKind::Phone).map(move |c| (line, c.value.as_str()))
        })
        .collect();
    for line in country.active_lines() {
        for channel in line.channels.iter().filter(|c| matches!(c.kind, ChannelKind::Sms | ChannelKind::Whatsapp)) {
            let owner = phones.iter().find(|(other, number)| other.name != line.name && same_contact(number, channel));
            if let Some((other, _)) = owner {
                report(
                    Severity::Warning,
                    format!(
                        "line `{}`: its {:?} number {} is the phone number of `{}`; check it belongs to this service",
                        line.id, channel.kind, channel.value, other.id
                    ),
                );
            }
        }
    }
}

/// Checks a full number against libphonenumber's metadata, and its stored E.164 form.
fn numbering_plan_problem(country: &Country, line: &Hotline, value: &str, e164: Option<&str>) -> Option<String> {
    let digits = value.chars().filter(char::is_ascii_digit).count();
    if digits <= LONGEST_SHORT_CODE {
        return e164.map(|e164| format!("line `{}`: short code {value} must not have an E.164 form ({e164})", line.id));
    }
    let region = country.code.as_str().parse::<phonenumber::country::Id>().ok();
    // A number written with letters or instructions ("1-866-APPELLE (1-866-277-3553)")
    // is checked through its E.164 form.
    let written = if value.chars().any(|c| c.is_alphabetic()) { e164.unwrap_or(value) } else { value };
    let parsed = phonenumber::parse(region, written).ok().filter(phonenumber::is_valid);
    match (parsed, e164) {
        (None, _) => Some(format!("line `{}`: the numbering plan of {} rejects {value}", line.id, country.code)),
        (Some(number), Some(e164)) => {
            let formatted = number.format().mode(phonenumber::Mode::E164).to_string();
            (formatted != e164).then(|| format!("line `{}`: {value} is {formatted}, not {e164}", line.id))
        }
        (Some(_), None) => None,
    }
}
