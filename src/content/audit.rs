//! Checks of the crisis directory that `haven check` runs on top of loading: how old each
//! line's source is, whether numbers fit the country's numbering plan, duplicates, and
//! coverage. They are not run by `serve`: an ageing source is a reason to re-verify, not
//! a reason to stop answering people.

use std::collections::{BTreeMap, HashMap};
use std::path::PathBuf;

use chrono::{Months, NaiveDate};

use super::model::{ChannelKind, Confidence, Country, Hotline, LineStatus};
use super::problems::{Problem, Severity};
use super::Catalog;

/// A source older than this is worth re-checking.
const WARN_AFTER_MONTHS: u32 = 12;
/// A source older than this is no longer good enough to serve a line on.
const FAIL_AFTER_MONTHS: u32 = 24;
/// Numbers this short are service codes (988, 116 123, 3114), which numbering-plan
/// metadata does not describe; they are not E.164 numbers and are not checked as such.
const LONGEST_SHORT_CODE: usize = 6;

/// What the audit found.
pub struct DirectoryAudit {
    pub problems: Vec<Problem>,
    /// Countries with at least one active line, by the best confidence among their lines.
    pub coverage: BTreeMap<Confidence, usize>,
    pub countries: usize,
    pub unverified_lines: usize,
    pub superseded_lines: usize,
}

pub fn audit_directory(catalog: &Catalog, today: NaiveDate) -> DirectoryAudit {
    let mut audit = DirectoryAudit {
        problems: Vec::new(),
        coverage: BTreeMap::new(),
        countries: catalog.countries.len(),
        unverified_lines: 0,
        superseded_lines: 0,
    };
    for country in catalog.countries.values() {
        audit_country(country, today, &mut audit);
    }
    audit
}

fn audit_country(country: &Country, today: NaiveDate, audit: &mut DirectoryAudit) {
    let file = PathBuf::from(format!("data/hotlines/{}.toml", country.code));
    let mut report = |severity, message: String| {
        audit.problems.push(Problem { severity, file: file.clone(), line: None, column: None, message })
    };
    let mut seen_numbers: HashMap<String, &str> = HashMap::new();
    for line in &country.lines {
        match line.status {
            LineStatus::Active => {}
            LineStatus::Unverified => {
                audit.unverified_lines += 1;
                continue;
            }
            LineStatus::Superseded => {
                audit.superseded_lines += 1;
                continue;
            }
        }
        if let Some((severity, months)) = age_problem(line.verified, today) {
            report(
                severity,
                format!("line `{}` was last verified {} (over {months} months ago)", line.id, line.verified),
            );
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
    let best = country.active_lines().map(|line| line.confidence).max();
    if let Some(best) = best {
        *audit.coverage.entry(best).or_default() += 1;
    }
}

fn age_problem(verified: NaiveDate, today: NaiveDate) -> Option<(Severity, u32)> {
    let older_than = |months| today.checked_sub_months(Months::new(months)).is_some_and(|limit| verified < limit);
    if older_than(FAIL_AFTER_MONTHS) {
        Some((Severity::Error, FAIL_AFTER_MONTHS))
    } else if older_than(WARN_AFTER_MONTHS) {
        Some((Severity::Warning, WARN_AFTER_MONTHS))
    } else {
        None
    }
}

/// Checks a full number against libphonenumber's metadata, and its stored E.164 form.
fn numbering_plan_problem(country: &Country, line: &Hotline, value: &str, e164: Option<&str>) -> Option<String> {
    let digits = value.chars().filter(char::is_ascii_digit).count();
    if digits <= LONGEST_SHORT_CODE {
        return e164.map(|e164| format!("line `{}`: short code {value} must not have an E.164 form ({e164})", line.id));
    }
    let region = country.code.as_str().parse::<phonenumber::country::Id>().ok();
    let parsed = phonenumber::parse(region, value).ok().filter(phonenumber::is_valid);
    match (parsed, e164) {
        (None, _) => Some(format!("line `{}`: the numbering plan of {} rejects {value}", line.id, country.code)),
        (Some(number), Some(e164)) => {
            let formatted = number.format().mode(phonenumber::Mode::E164).to_string();
            (formatted != e164).then(|| format!("line `{}`: {value} is {formatted}, not {e164}", line.id))
        }
        (Some(_), None) => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sources_age_into_warnings_then_errors() {
        let today = NaiveDate::from_ymd_opt(2026, 11, 25).expect("a date");
        let date = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).expect("a date");
        assert_eq!(age_problem(date(2026, 8, 8), today), None, "three months old");
        assert_eq!(age_problem(date(2025, 11, 25), today), None, "exactly twelve months old");
        assert_eq!(age_problem(date(2025, 11, 24), today), Some((Severity::Warning, 12)));
        assert_eq!(age_problem(date(2024, 11, 24), today), Some((Severity::Error, 24)));
    }
}
