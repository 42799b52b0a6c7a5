//! `haven check`: what translators and CI run before content ships.

use std::path::Path;
use std::process::ExitCode;

use crate::api::required_messages;
use crate::content::loader::load;
use chrono::Utc;

use crate::content::audit::{audit_directory, DirectoryAudit};
use crate::content::model::Confidence;
use crate::content::problems::Severity;
use crate::content::Catalog;

pub fn run_check(content_dir: &Path) -> ExitCode {
    match load(content_dir, &required_messages()) {
        Ok(catalog) => {
            let audit = audit_directory(&catalog, Utc::now().date_naive());
            print!("{}", report(&catalog, &audit));
            let failed = audit.problems.iter().any(|p| p.severity == Severity::Error);
            if failed {
                ExitCode::FAILURE
            } else {
                ExitCode::SUCCESS
            }
        }
        Err(failure) => {
            eprint!("{failure}");
            ExitCode::FAILURE
        }
    }
}

/// The summary printed for content that loads: counts, one line per locale, the
/// directory's coverage, then every warning and audit problem.
pub fn report(catalog: &Catalog, audit: &DirectoryAudit) -> String {
    let lines: usize = catalog.countries.values().map(|c| c.active_lines().count()).sum();
    let mut out = format!(
        "content ok (version {}): {} articles, {} strategies, {} FAQs, {} countries, {} crisis lines, {} international\n",
        catalog.version,
        catalog.articles.len(),
        catalog.strategies.len(),
        catalog.faqs.len(),
        catalog.countries.len(),
        lines,
        catalog.international.len(),
    );
    for locale in catalog.locales.all() {
        let c = locale.completeness;
        out.push_str(&format!(
            "locale {:<8} {:>5.1}% ({}/{} messages)  {}, {}\n",
            locale.tag.to_string(),
            c.percent(),
            c.translated,
            c.total,
            locale.meta.review_status,
            locale.meta.status_date,
        ));
    }
    let covered: usize = audit.coverage.values().sum();
    out.push_str(&format!(
        "directory: {covered} of {} countries have an active line (best confidence: {} high, {} medium, {} low); \
         {} lines kept unverified, {} superseded\n",
        audit.countries,
        audit.coverage.get(&Confidence::High).unwrap_or(&0),
        audit.coverage.get(&Confidence::Medium).unwrap_or(&0),
        audit.coverage.get(&Confidence::Low).unwrap_or(&0),
        audit.unverified_lines,
        audit.superseded_lines,
    ));
    for problem in catalog.warnings.iter().chain(&audit.problems) {
        out.push_str(&format!("{problem}\n"));
    }
    out
}
