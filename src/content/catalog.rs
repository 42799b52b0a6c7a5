//! One immutable snapshot of all content, as the loader built and checked it.

use std::collections::BTreeMap;

use super::country_names::CountryNames;
use super::ids::{CountryCode, Slug};
use super::l10n::Locales;
use super::model::{Article, Country, Faq, Hotline, SafetyMessage, Source, Strategy};
use super::problems::Problem;

pub struct Catalog {
    /// A hash of every content file, so clients and caches can tell snapshots apart.
    pub version: String,
    /// The newest date the content states (articles updated, reviews, locales' status),
    /// sent as `Last-Modified`.
    pub last_changed: chrono::NaiveDate,
    pub articles: Vec<Article>,
    pub strategies: Vec<Strategy>,
    pub faqs: Vec<Faq>,
    pub sources: Vec<Source>,
    /// Messages whose meaning must be the same in every language (`data/safety.toml`).
    pub safety_messages: Vec<SafetyMessage>,
    pub countries: BTreeMap<CountryCode, Country>,
    /// Lines anyone anywhere can use, offered when a country has none of its own.
    pub international: Vec<Hotline>,
    pub locales: Locales,
    /// Countries whose held-back lines are re-verified first (`data/review-priority.toml`).
    pub review_priority: Vec<CountryCode>,
    /// Country names in every locale, from CLDR.
    pub country_names: CountryNames,
    /// Problems that do not stop serving: warnings, and translation errors (a dropped
    /// placeable) that `haven check` fails on but readers can live with meanwhile.
    pub findings: Vec<Problem>,
}

impl Catalog {
    pub fn article(&self, slug: &Slug) -> Option<&Article> {
        self.articles.iter().find(|article| &article.slug == slug)
    }

    pub fn strategy(&self, id: &Slug) -> Option<&Strategy> {
        self.strategies.iter().find(|strategy| &strategy.id == id)
    }

    pub fn faq(&self, id: &Slug) -> Option<&Faq> {
        self.faqs.iter().find(|faq| &faq.id == id)
    }

    pub fn source(&self, id: &Slug) -> Option<&Source> {
        self.sources.iter().find(|source| &source.id == id)
    }

    pub fn country(&self, code: &CountryCode) -> Option<&Country> {
        self.countries.get(code)
    }
}
