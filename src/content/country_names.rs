//! Country names in every served language, from CLDR (through ICU4X's compiled data)
//! rather than hand-typed lists. Computed once per snapshot, so no ICU type is shared
//! between threads and no request pays for a lookup.

use std::collections::HashMap;

use icu_experimental::displaynames::{DisplayNamesOptions, RegionDisplayNames};
use icu_locale_core::subtags::Region;
use icu_locale_core::Locale as IcuLocale;

use super::ids::CountryCode;
use super::l10n::{LocaleChain, Locales};

pub struct CountryNames {
    /// One map per locale, in the order of [`Locales::all`].
    by_locale: Vec<HashMap<CountryCode, String>>,
}

impl CountryNames {
    pub fn build<'a>(locales: &Locales, codes: impl Iterator<Item = &'a CountryCode> + Clone) -> Self {
        let by_locale = locales
            .all()
            .iter()
            .map(|locale| {
                let Some(names) = region_names(&locale.tag.to_string()) else {
                    return HashMap::new();
                };
                codes
                    .clone()
                    .filter_map(|code| {
                        let region: Region = code.as_str().parse().ok()?;
                        names.of(region).map(|name| (*code, name.to_owned()))
                    })
                    .collect()
            })
            .collect();
        Self { by_locale }
    }

    /// The name along the chain (ending in `en`), or `None` where CLDR has none.
    pub fn name(&self, chain: &LocaleChain, code: &CountryCode) -> Option<&str> {
        chain.indices().iter().find_map(|&index| self.by_locale.get(index)?.get(code)).map(String::as_str)
    }
}

fn region_names(tag: &str) -> Option<RegionDisplayNames> {
    let locale: IcuLocale = tag.parse().ok()?;
    RegionDisplayNames::try_new(locale.into(), DisplayNamesOptions::default()).ok()
}
