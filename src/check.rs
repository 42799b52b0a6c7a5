//! `haven check`: what translators and CI run before content ships.

use std::path::Path;
use std::process::ExitCode;

use crate::api::required_messages;
use crate::content::loader::load;
use crate::content::Catalog;

pub fn run_check(content_dir: &Path) -> ExitCode {
    match load(content_dir, &required_messages()) {
        Ok(catalog) => {
            print!("{}", report(&catalog));
            ExitCode::SUCCESS
        }
        Err(failure) => {
            eprint!("{failure}");
            ExitCode::FAILURE
        }
    }
}

/// The summary printed for content that loads: counts, one line per locale, warnings.
pub fn report(catalog: &Catalog) -> String {
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
    for warning in &catalog.warnings {
        out.push_str(&format!("{warning}\n"));
    }
    out
}
