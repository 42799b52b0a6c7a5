//! The only code that reads `data/` and `locales/`. It builds a whole [`Catalog`] or
//! reports every problem it found; there is no partial result.

mod directory;
mod library;
mod locales;
mod signature;
mod source_file;

use std::path::Path;

use chrono::NaiveDate;

use self::source_file::Reporter;
use super::catalog::Catalog;
use super::country_names::CountryNames;
use super::problems::{LoadFailure, Severity};

pub use self::library::MEDICATION_SAFETY_MESSAGE;

/// Loads and checks the content below `root`.
///
/// `required_messages` are ids the code itself shows (error titles, labels); they must
/// exist in `en` like every id the data refers to. Crisis lines are judged as of `today`
/// (whether their evidence is fresh).
pub fn load(root: &Path, required_messages: &[String], today: NaiveDate) -> Result<Catalog, LoadFailure> {
    let mut reporter = Reporter::new(root);
    if !root.is_dir() {
        reporter.error_in(root, "the content directory does not exist");
        return Err(LoadFailure { problems: reporter.problems });
    }
    let locales = locales::load_locales(&mut reporter);
    let english: library::EnglishMessages =
        locales.as_ref().map(|l| l.english().message_ids.iter().cloned().collect()).unwrap_or_default();
    for id in required_messages {
        if !english.contains(id) {
            reporter.error_in(Path::new("locales/en"), format!("message `{id}`, which Haven's code shows, is missing"));
        }
    }
    let library = library::load_library(&mut reporter, &english, today);
    let directory = directory::load_directory(&mut reporter, today);

    match locales {
        Some(locales) if !reporter.has_errors() => {
            let version = format!("{:016x}", reporter.content_hash.digest());
            let mut findings: Vec<_> =
                reporter.problems.into_iter().filter(|p| p.severity == Severity::Warning).collect();
            findings.extend(reporter.findings);
            let country_names = CountryNames::build(&locales, directory.countries.keys());
            let last_changed = library
                .articles
                .iter()
                .flat_map(|a| [a.updated, a.review.reviewed])
                .chain(library.strategies.iter().map(|s| s.review.reviewed))
                .chain(library.faqs.iter().map(|f| f.review.reviewed))
                .chain(locales.all().iter().map(|l| l.meta.status_date))
                .max()
                .unwrap_or(NaiveDate::MIN);
            Ok(Catalog {
                country_names,
                version,
                last_changed,
                articles: library.articles,
                strategies: library.strategies,
                faqs: library.faqs,
                sources: library.sources,
                safety_messages: library.safety_messages,
                countries: directory.countries,
                international: directory.international,
                review_priority: directory.review_priority,
                locales,
                findings,
            })
        }
        _ => {
            let mut problems = reporter.problems;
            problems.extend(reporter.findings);
            Err(LoadFailure { problems })
        }
    }
}
