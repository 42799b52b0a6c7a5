//! `haven check`: what translators and CI run before content ships. It loads the content
//! exactly as `serve` does, then adds what only a reviewer needs: missing translations,
//! the directory audit, and a per-locale completeness line. Text for people, JSON for tools.

use std::path::Path;
use std::process::ExitCode;

use chrono::Utc;
use serde::Serialize;

use crate::api::required_messages;
use crate::content::audit::{audit_directory, DirectoryAudit, LineCounts, QueuedLine};
use crate::content::l10n::Direction;
use crate::content::loader::load;
use crate::content::model::Confidence;
use crate::content::problems::{Problem, Severity};
use crate::content::Catalog;

/// How `haven check` reports.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum ReportFormat {
    Text,
    Json,
}

#[derive(Debug, Clone, Copy)]
pub struct CheckOptions {
    /// Missing translations are errors, not warnings.
    pub strict: bool,
    pub format: ReportFormat,
}

/// Missing ids listed per locale in the text report; JSON always lists them all.
const MISSING_SHOWN: usize = 15;

#[derive(Debug, Serialize)]
struct CheckReport {
    ok: bool,
    content_version: Option<String>,
    summary: Option<String>,
    locales: Vec<LocaleReport>,
    directory: Option<DirectoryReport>,
    problems: Vec<Problem>,
}

/// One safety-critical message in one locale, for a person to sign off.
#[derive(Debug, Serialize)]
struct SafetyReport {
    id: String,
    /// When the English text last changed.
    changed: String,
    /// Whether the locale has its own translation (else readers get English).
    translated: bool,
    /// True unless a person reviewed the locale on or after the English change.
    needs_review: bool,
}

#[derive(Debug, Serialize)]
struct LocaleReport {
    tag: String,
    direction: Direction,
    completeness: f64,
    translated: usize,
    total: usize,
    review_status: String,
    status_date: String,
    missing: Vec<String>,
    safety_critical: Vec<SafetyReport>,
}

#[derive(Debug, Serialize)]
struct DirectoryReport {
    countries: usize,
    countries_with_lines: usize,
    coverage_by_best_confidence: Vec<(Confidence, usize)>,
    lines: LineCounts,
    /// Held-back lines, most important countries first: the re-verification queue.
    queue: Vec<QueuedLine>,
}

/// Queue entries shown in the text report; JSON lists them all.
const QUEUE_SHOWN: usize = 40;

pub fn run_check(content_dir: &Path, options: CheckOptions) -> ExitCode {
    let report = build_report(content_dir, options);
    match options.format {
        ReportFormat::Json => match serde_json::to_string_pretty(&report) {
            Ok(json) => println!("{json}"),
            Err(err) => eprintln!("haven check: cannot write JSON: {err}"),
        },
        ReportFormat::Text => print!("{}", render_text(&report)),
    }
    if report.ok {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    }
}

fn build_report(content_dir: &Path, options: CheckOptions) -> CheckReport {
    let catalog = match load(content_dir, &required_messages(), Utc::now().date_naive()) {
        Ok(catalog) => catalog,
        Err(failure) => {
            return CheckReport {
                ok: false,
                content_version: None,
                summary: None,
                locales: Vec::new(),
                directory: None,
                problems: failure.problems,
            }
        }
    };
    let audit = audit_directory(&catalog);
    let locales = locale_reports(&catalog);
    let mut problems: Vec<Problem> = catalog.findings.clone();
    problems.extend(missing_translation_problems(&locales, options.strict));
    problems.extend(audit.problems.iter().cloned());
    CheckReport {
        ok: !problems.iter().any(|p| p.severity == Severity::Error),
        content_version: Some(catalog.version.clone()),
        summary: Some(summary(&catalog)),
        locales,
        directory: Some(directory_report(&audit)),
        problems,
    }
}

fn summary(catalog: &Catalog) -> String {
    let lines: usize = catalog.countries.values().map(|c| c.active_lines().count()).sum();
    format!(
        "{} articles, {} strategies, {} FAQs, {} countries, {} active crisis lines, {} international",
        catalog.articles.len(),
        catalog.strategies.len(),
        catalog.faqs.len(),
        catalog.countries.len(),
        lines,
        catalog.international.len(),
    )
}

/// Completeness comes from the same numbers `GET /v1/locales` serves.
fn locale_reports(catalog: &Catalog) -> Vec<LocaleReport> {
    let english = &catalog.locales.english().message_ids;
    catalog
        .locales
        .all()
        .iter()
        .map(|locale| LocaleReport {
            tag: locale.tag.to_string(),
            direction: locale.meta.direction,
            completeness: locale.completeness.percent(),
            translated: locale.completeness.translated,
            total: locale.completeness.total,
            review_status: locale.meta.review_status.clone(),
            status_date: locale.meta.status_date.to_string(),
            missing: english.difference(&locale.message_ids).cloned().collect(),
            safety_critical: catalog
                .safety_messages
                .iter()
                .map(|message| SafetyReport {
                    id: message.id.clone(),
                    changed: message.changed.to_string(),
                    translated: locale.message_ids.contains(&message.id),
                    // "unreviewed" in the status means no person has checked it yet.
                    needs_review: locale.meta.review_status != "source"
                        && (locale.meta.review_status.contains("unreviewed")
                            || locale.meta.status_date < message.changed),
                })
                .collect(),
        })
        .collect()
}

fn missing_translation_problems(locales: &[LocaleReport], strict: bool) -> Vec<Problem> {
    let severity = if strict { Severity::Error } else { Severity::Warning };
    locales
        .iter()
        .flat_map(|locale| {
            locale.missing.iter().map(move |id| Problem {
                severity,
                file: format!("locales/{}", locale.tag).into(),
                line: None,
                column: None,
                message: format!("message `{id}` is missing; readers get the fallback locale's text"),
            })
        })
        .collect()
}

fn directory_report(audit: &DirectoryAudit) -> DirectoryReport {
    DirectoryReport {
        countries: audit.countries,
        countries_with_lines: audit.coverage.values().sum(),
        coverage_by_best_confidence: audit.coverage.iter().rev().map(|(c, n)| (*c, *n)).collect(),
        lines: audit.counts.clone(),
        queue: audit.queue.clone(),
    }
}

/// Per locale: its review status, and each safety-critical message with the date its
/// English text last changed, marked where the translation is missing or predates it.
fn render_safety(out: &mut String, locales: &[LocaleReport]) {
    let Some(first) = locales.first() else { return };
    if first.safety_critical.is_empty() {
        return;
    }
    out.push_str(&format!(
        "safety-critical messages ({}): their meaning must match English exactly; a person signs off each locale\n",
        first.safety_critical.len()
    ));
    for locale in locales.iter().filter(|locale| locale.review_status != "source") {
        let to_review: Vec<&SafetyReport> =
            locale.safety_critical.iter().filter(|m| m.needs_review || !m.translated).collect();
        out.push_str(&format!(
            "  {:<8} {}, {}: {} of {} to review\n",
            locale.tag,
            locale.review_status,
            locale.status_date,
            to_review.len(),
            locale.safety_critical.len()
        ));
        for message in &locale.safety_critical {
            let state = if !message.translated {
                "missing: readers get English"
            } else if message.needs_review {
                "translated, not yet reviewed"
            } else {
                "reviewed"
            };
            out.push_str(&format!("    {} (English changed {}): {state}\n", message.id, message.changed));
        }
    }
}

fn render_text(report: &CheckReport) -> String {
    let mut out = String::new();
    if let (Some(version), Some(summary)) = (&report.content_version, &report.summary) {
        out.push_str(&format!("content {version}: {summary}\n"));
    }
    for locale in &report.locales {
        out.push_str(&format!(
            "locale {:<8} {:>5.1}% ({}/{} messages)  {}, {}\n",
            locale.tag, locale.completeness, locale.translated, locale.total, locale.review_status, locale.status_date,
        ));
    }
    render_safety(&mut out, &report.locales);
    if let Some(directory) = &report.directory {
        let by_confidence: Vec<String> =
            directory.coverage_by_best_confidence.iter().map(|(c, n)| format!("{n} {c:?}").to_lowercase()).collect();
        let lines = &directory.lines;
        out.push_str(&format!(
            "directory: {} of {} countries have a served line (best confidence: {})\n",
            directory.countries_with_lines,
            directory.countries,
            by_confidence.join(", "),
        ));
        out.push_str(&format!(
            "directory: {} lines served ({} named, {} with known hours, {} stale, {} resting only on a \
             redistribution-restricted directory); {} held back for re-verification, {} superseded, {} withdrawn; \
             {} lines in all rest only on a restricted directory\n",
            lines.served,
            lines.served_named,
            lines.served_hours_known,
            lines.served_stale,
            lines.served_restricted_only,
            lines.held_back,
            lines.superseded,
            lines.withdrawn,
            lines.restricted_only,
        ));
        if !directory.queue.is_empty() {
            out.push_str("re-verification queue (held-back lines, most important countries first):\n");
        }
        for entry in directory.queue.iter().take(QUEUE_SHOWN) {
            let confirmed =
                entry.last_confirmed.map_or_else(|| "never dated".to_owned(), |d| format!("last confirmed {d}"));
            out.push_str(&format!(
                "  {} {} ({}, {}): {}; {confirmed}\n",
                entry.country,
                entry.id,
                entry.name.as_deref().unwrap_or("no name"),
                entry.number.as_deref().unwrap_or("no number"),
                entry.reason,
            ));
        }
        if directory.queue.len() > QUEUE_SHOWN {
            out.push_str(&format!(
                "  … and {} more (`--format json` lists them all)\n",
                directory.queue.len() - QUEUE_SHOWN
            ));
        }
    }
    let mut shown_missing = std::collections::HashMap::<&Path, usize>::new();
    for problem in &report.problems {
        if problem.message.contains("is missing; readers get") {
            let shown = shown_missing.entry(problem.file.as_path()).or_default();
            *shown += 1;
            if *shown > MISSING_SHOWN {
                continue;
            }
        }
        out.push_str(&format!("{problem}\n"));
    }
    for (folder, count) in shown_missing.iter().filter(|(_, count)| **count > MISSING_SHOWN) {
        out.push_str(&format!(
            "{}: … and {} more missing messages (`--format json` lists them all)\n",
            folder.display(),
            count - MISSING_SHOWN
        ));
    }
    let errors = report.problems.iter().filter(|p| p.severity == Severity::Error).count();
    let warnings = report.problems.len() - errors;
    out.push_str(&if report.ok {
        format!("ok: no errors, {warnings} warning(s)\n")
    } else {
        format!("failed: {errors} error(s), {warnings} warning(s)\n")
    });
    out
}
