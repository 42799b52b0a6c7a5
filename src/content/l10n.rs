//! Localized text: the Fluent bundles of every locale, negotiation, and per-message
//! fallback along a chain that always ends in `en`.

use std::collections::{BTreeSet, HashMap};
use std::sync::Arc;

use chrono::NaiveDate;
use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource};
use fluent_langneg::{negotiate_languages, NegotiationStrategy};
use unic_langid::LanguageIdentifier;

use super::ids::LocaleTag;

/// Which way a script runs; apps need it to lay text out.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Deserialize, serde::Serialize, utoipa::ToSchema)]
#[serde(rename_all = "lowercase")]
pub enum Direction {
    Ltr,
    Rtl,
}

/// What a locale says about itself in `locales/<tag>/locale.toml`.
#[derive(Debug, Clone, serde::Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LocaleMeta {
    pub native_name: String,
    pub direction: Direction,
    /// How far the text has been reviewed, in the translator's words, e.g. "source"
    /// or "machine-assisted, unreviewed".
    pub review_status: String,
    /// When the review status was last set.
    pub status_date: NaiveDate,
}

/// How much of the `en` catalogue a locale translates.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Completeness {
    pub translated: usize,
    pub total: usize,
}

impl Completeness {
    pub fn percent(&self) -> f64 {
        if self.total == 0 {
            100.0
        } else {
            // Rounded down to one decimal so 99.96 % never shows as a complete 100.0.
            (self.translated as f64 * 1000.0 / self.total as f64).floor() / 10.0
        }
    }
}

pub struct Locale {
    pub tag: LocaleTag,
    pub meta: LocaleMeta,
    pub completeness: Completeness,
    pub message_ids: BTreeSet<String>,
    bundle: FluentBundle<Arc<FluentResource>>,
    /// Messages of files that hold nothing but plain text, kept as their text: Fluent's
    /// syntax tree of a prose file is larger than the file itself (117 MiB of patterns
    /// for 77 MB of generated articles), and a plain message formats to exactly its text.
    plain: HashMap<Box<str>, Box<str>>,
}

impl Locale {
    pub fn new(
        tag: LocaleTag,
        meta: LocaleMeta,
        bundle: FluentBundle<Arc<FluentResource>>,
        plain: HashMap<Box<str>, Box<str>>,
        message_ids: BTreeSet<String>,
    ) -> Self {
        Self { tag, meta, completeness: Completeness { translated: 0, total: 0 }, message_ids, bundle, plain }
    }

    /// A message of this locale's own files (or the shared terms) that is more than plain
    /// text, for checks; see [`Self::plain_text`] for the rest.
    pub fn message(&self, id: &str) -> Option<fluent_bundle::FluentMessage<'_>> {
        self.bundle.get_message(id)
    }

    /// The text of a plain message (no placeables, no attributes) from a plain-text file.
    pub fn plain_text(&self, id: &str) -> Option<&str> {
        self.plain.get(id).map(|text| &**text)
    }

    pub fn has_message(&self, id: &str) -> bool {
        self.plain.contains_key(id) || self.bundle.has_message(id)
    }

    /// A bundle as the loader must build it: isolation marks off, because JSON clients
    /// would otherwise receive invisible U+2068/U+2069 around every placeable.
    pub fn empty_bundle(tag: &LocaleTag) -> FluentBundle<Arc<FluentResource>> {
        let mut bundle = FluentBundle::new_concurrent(vec![tag.langid().clone()]);
        bundle.set_use_isolating(false);
        bundle
    }
}

/// Indices into [`Locales`], most preferred first; the last is always `en`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LocaleChain(Vec<usize>);

impl LocaleChain {
    pub fn primary(&self) -> usize {
        self.0[0]
    }

    pub fn indices(&self) -> &[usize] {
        &self.0
    }
}

/// Regions whose Chinese is written in Traditional characters; elsewhere Simplified.
const TRADITIONAL_CHINESE_REGIONS: &[&str] = &["TW", "HK", "MO"];

/// A Chinese tag without a script gets the script its region writes (`zh-TW` is
/// `zh-Hant-TW`, `zh-CN` and plain `zh` are `zh-Hans`), so negotiation never hands
/// Simplified text to a reader of Traditional Chinese because the language matched.
fn with_chinese_script(requested: &LanguageIdentifier) -> LanguageIdentifier {
    if requested.language.as_str() != "zh" || requested.script.is_some() {
        return requested.clone();
    }
    let region = requested.region.as_ref().map(|region| region.as_str().to_owned());
    let script =
        if region.as_deref().is_some_and(|r| TRADITIONAL_CHINESE_REGIONS.contains(&r)) { "Hant" } else { "Hans" };
    let tag = match region {
        Some(region) => format!("zh-{script}-{region}"),
        None => format!("zh-{script}"),
    };
    tag.parse().unwrap_or_else(|_| requested.clone())
}

/// Every loaded locale; `en`, the source and fallback, is at index 0.
pub struct Locales {
    all: Vec<Locale>,
    langids: Vec<LanguageIdentifier>,
}

pub const FALLBACK: usize = 0;

impl Locales {
    /// `all` must start with `en`; the loader guarantees it.
    pub fn new(mut all: Vec<Locale>) -> Self {
        let english: BTreeSet<String> = all.first().map(|l| l.message_ids.clone()).unwrap_or_default();
        for locale in &mut all {
            let translated = locale.message_ids.intersection(&english).count();
            locale.completeness = Completeness { translated, total: english.len() };
        }
        let langids = all.iter().map(|l| l.tag.langid().clone()).collect();
        Self { all, langids }
    }

    pub fn all(&self) -> &[Locale] {
        &self.all
    }

    pub fn get(&self, index: usize) -> &Locale {
        &self.all[index]
    }

    pub fn english(&self) -> &Locale {
        &self.all[FALLBACK]
    }

    /// Picks the locales to try, best first, for a reader's ordered preferences.
    /// Filtering keeps every acceptable match (`pt-BR` then `pt`), so the result is a
    /// ready per-message fallback chain; `en` closes it.
    pub fn negotiate(&self, requested: &[LanguageIdentifier]) -> LocaleChain {
        let requested: Vec<LanguageIdentifier> = requested.iter().map(with_chinese_script).collect();
        let matched = negotiate_languages(
            &requested,
            &self.langids,
            Some(&self.langids[FALLBACK]),
            NegotiationStrategy::Filtering,
        );
        let mut chain: Vec<usize> =
            matched.into_iter().filter_map(|langid| self.langids.iter().position(|l| l == langid)).collect();
        chain.dedup();
        if chain.last() != Some(&FALLBACK) {
            chain.retain(|&index| index != FALLBACK);
            chain.push(FALLBACK);
        }
        LocaleChain(chain)
    }

    /// The chain a locale falls back along, as tags, for display.
    pub fn fallback_tags(&self, chain: &LocaleChain) -> Vec<String> {
        chain.0.iter().map(|&index| self.all[index].tag.to_string()).collect()
    }

    /// Formats a message from the first locale in the chain that has it.
    /// Returns the text and the index of the locale it came from.
    pub fn format(&self, chain: &LocaleChain, id: &str, args: Option<&FluentArgs>) -> Option<(String, usize)> {
        chain.0.iter().find_map(|&index| {
            if let Some(text) = self.all[index].plain_text(id) {
                return Some((text.to_owned(), index));
            }
            let bundle = &self.all[index].bundle;
            let pattern = bundle.get_message(id)?.value()?;
            let mut errors = Vec::new();
            let text = bundle.format_pattern(pattern, args, &mut errors).into_owned();
            if !errors.is_empty() {
                tracing::warn!(message = id, locale = %self.all[index].tag, ?errors, "message formatted with errors");
            }
            Some((text, index))
        })
    }
}
