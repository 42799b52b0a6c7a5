//! Turning message ids into text for one response, and recording which locale each
//! item's text really came from.

use fluent_bundle::FluentArgs;

use crate::content::ids::CountryCode;
use crate::content::l10n::{LocaleChain, FALLBACK};
use crate::content::Catalog;

/// The catalog and a negotiated chain: everything needed to write one response.
pub struct Localizer<'a> {
    pub catalog: &'a Catalog,
    chain: &'a LocaleChain,
}

impl<'a> Localizer<'a> {
    pub fn new(catalog: &'a Catalog, chain: &'a LocaleChain) -> Self {
        Self { catalog, chain }
    }

    /// The index of the negotiated locale in the catalog's locales.
    pub fn primary_index(&self) -> usize {
        self.chain.primary()
    }

    /// The negotiated locale: the first in the chain, sent as `Content-Language`.
    pub fn primary_tag(&self) -> String {
        self.catalog.locales.get(self.chain.primary()).tag.to_string()
    }

    /// Text of a message, wherever in the chain it is found.
    ///
    /// The loader refuses content where a referenced id is missing from `en`, so the empty
    /// string is only reachable through a bug; it is logged rather than shown as an id.
    pub fn plain(&self, id: &str, args: Option<&FluentArgs>) -> String {
        self.lookup(id, args).map(|(text, _)| text).unwrap_or_default()
    }

    fn lookup(&self, id: &str, args: Option<&FluentArgs>) -> Option<(String, usize)> {
        let found = self.catalog.locales.format(self.chain, id, args);
        if found.is_none() {
            tracing::error!(message = id, "message missing from every locale, even en");
        }
        found
    }

    /// Whether `en` (and so every chain) has the message: for text that is optional.
    pub fn has_message(&self, id: &str) -> bool {
        self.catalog.locales.english().has_message(id)
    }

    /// The country's name in the response language (CLDR), or its code where CLDR has
    /// no name for it.
    pub fn country_name(&self, code: &CountryCode) -> String {
        self.catalog.country_names.name(self.chain, code).map_or_else(|| code.to_string(), str::to_owned)
    }

    /// Starts collecting the text of one item (an article, a line, an FAQ...).
    pub fn item(&self) -> ItemText<'_> {
        ItemText { localizer: self, first: None, fell_back: false }
    }
}

/// The text of one item, with a record of the locales it was found in.
pub struct ItemText<'a> {
    localizer: &'a Localizer<'a>,
    first: Option<usize>,
    fell_back: bool,
}

impl ItemText<'_> {
    pub fn text(&mut self, id: &str) -> String {
        self.text_with(id, None)
    }

    pub fn text_with(&mut self, id: &str, args: Option<&FluentArgs>) -> String {
        let Some((text, index)) = self.localizer.lookup(id, args) else {
            self.fell_back = true;
            return String::new();
        };
        self.first.get_or_insert(index);
        if index != self.localizer.chain.primary() {
            self.fell_back = true;
        }
        text
    }

    /// The review status of the locale this item's text is in (its first message's).
    pub fn translation_status(&self) -> String {
        let index = self.first.unwrap_or(FALLBACK);
        self.localizer.catalog.locales.get(index).meta.review_status.clone()
    }

    /// Which locale the item is in: that of its first message (its title), and whether
    /// any of its messages had to come from further down the chain.
    pub fn locale_so_far(&self) -> (String, bool) {
        let index = self.first.unwrap_or(FALLBACK);
        (self.localizer.catalog.locales.get(index).tag.to_string(), self.fell_back)
    }
}
