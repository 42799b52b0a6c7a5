//! The offline bundle and the sync manifest: everything an app needs without a network,
//! and a list of item hashes so it can later fetch only what changed.

use chrono::NaiveDate;
use serde::Serialize;
use utoipa::ToSchema;
use xxhash_rust::xxh3::xxh3_64;

use super::articles::ArticleResponse;
use super::common::SafetyNotice;
use super::directory::{CountryHotlinesResponse, HotlineResponse};
use super::library::{FaqResponse, StrategyResponse};
use super::meta::LocaleResponse;
use crate::api::text::Localizer;
use crate::content::ids::{CountryCode, Slug};
use crate::content::model::Country;
use crate::content::selection::{select_lines, LineFilter};

/// Everything for reading offline in one locale.
#[derive(Debug, Serialize, ToSchema)]
pub struct BundleResponse {
    /// The content snapshot this bundle was built from; compare with `/v1/manifest`.
    #[schema(example = "5d1c0e2f9a7b3c4d")]
    pub content_version: String,
    /// The negotiated locale (also `Content-Language`).
    #[schema(example = "es")]
    pub locale: String,
    pub locales: Vec<LocaleResponse>,
    pub articles: Vec<ArticleResponse>,
    pub strategies: Vec<StrategyResponse>,
    pub faqs: Vec<FaqResponse>,
    /// Shown with all health content.
    pub safety: SafetyNotice,
    /// Every country, or only the one asked for. Lines carry structured `hours`;
    /// `open_now` is null here because the app evaluates it at the moment of need.
    pub countries: Vec<CountryHotlinesResponse>,
    /// Lines anyone anywhere can use; always included.
    pub international: Vec<HotlineResponse>,
}

/// The parts of a bundle, rendered once and used both whole (the bundle) and item by
/// item (the manifest's hashes), so the two can never disagree.
pub struct BundleParts {
    pub articles: Vec<ArticleResponse>,
    pub strategies: Vec<StrategyResponse>,
    pub faqs: Vec<FaqResponse>,
    pub countries: Vec<CountryHotlinesResponse>,
    pub international: Vec<HotlineResponse>,
}

impl BundleParts {
    /// `only` limits the directory to one country, and the articles' help blocks name it.
    pub fn render(localizer: &Localizer, only: Option<&Country>) -> Self {
        let catalog = localizer.catalog;
        Self {
            articles: catalog.articles.iter().map(|article| ArticleResponse::new(article, localizer, only)).collect(),
            strategies: catalog.strategies.iter().map(|s| StrategyResponse::new(s, localizer)).collect(),
            faqs: catalog.faqs.iter().map(|faq| FaqResponse::new(faq, localizer)).collect(),
            countries: catalog
                .countries
                .values()
                .filter(|country| only.is_none_or(|only| only.code == country.code))
                .map(|country| offline_country(country, localizer))
                .collect(),
            international: offline_international(localizer),
        }
    }

    pub fn into_bundle(self, localizer: &Localizer, country: Option<&Country>) -> BundleResponse {
        let locales = &localizer.catalog.locales;
        BundleResponse {
            content_version: localizer.catalog.version.clone(),
            locale: localizer.primary_tag(),
            locales: locales.all().iter().map(|locale| LocaleResponse::new(locale, locales)).collect(),
            articles: self.articles,
            strategies: self.strategies,
            faqs: self.faqs,
            safety: SafetyNotice::new(localizer, country),
            countries: self.countries,
            international: self.international,
        }
    }

    /// One entry per item, with a hash of exactly what the bundle holds for it; `country`
    /// is the one the parts were rendered for, carried into each `href`.
    pub fn manifest(&self, localizer: &Localizer, country: Option<&Country>) -> ManifestResponse {
        let catalog = localizer.catalog;
        let mut query = format!("locale={}", localizer.primary_tag());
        if let Some(country) = country {
            query.push_str(&format!("&country={}", country.code));
        }
        let query = query.as_str();
        let mut items = Vec::new();
        for (article, body) in catalog.articles.iter().zip(&self.articles) {
            items.push(ManifestItem::new(ItemKind::Article, article.slug.as_str(), body, Some(article.updated), query));
        }
        for (strategy, body) in catalog.strategies.iter().zip(&self.strategies) {
            items.push(ManifestItem::new(ItemKind::Strategy, strategy.id.as_str(), body, None, query));
        }
        for (faq, body) in catalog.faqs.iter().zip(&self.faqs) {
            items.push(ManifestItem::new(ItemKind::Faq, faq.id.as_str(), body, None, query));
        }
        for body in &self.countries {
            let newest = body.lines.iter().filter_map(|line| line.last_confirmed).max();
            items.push(ManifestItem::new(ItemKind::Country, &body.code, body, newest, query));
        }
        let newest = self.international.iter().filter_map(|line| line.last_confirmed).max();
        items.push(ManifestItem::new(ItemKind::International, INTERNATIONAL_ID, &self.international, newest, query));
        ManifestResponse { content_version: catalog.version.clone(), locale: localizer.primary_tag(), items }
    }
}

/// A country as the bundle holds it: every active line, no instant, no safety notice.
fn offline_country(country: &Country, localizer: &Localizer) -> CountryHotlinesResponse {
    let lines = select_lines(country, &LineFilter::default(), None);
    CountryHotlinesResponse::new(country, &lines, None, localizer)
}

fn offline_international(localizer: &Localizer) -> Vec<HotlineResponse> {
    localizer.catalog.international.iter().map(|line| HotlineResponse::new(line, true, None, localizer)).collect()
}

/// One item exactly as the bundle holds it, for an app fetching what changed. Its JSON
/// hashes to the manifest's `hash`.
pub fn render_item(localizer: &Localizer, kind: ItemKind, id: &str, help: Option<&Country>) -> Option<BundleItem> {
    let catalog = localizer.catalog;
    match kind {
        ItemKind::Article => {
            let slug = Slug::parse(id).ok()?;
            catalog.article(&slug).map(|article| BundleItem::Article(ArticleResponse::new(article, localizer, help)))
        }
        ItemKind::Strategy => {
            let id = Slug::parse(id).ok()?;
            catalog.strategy(&id).map(|strategy| BundleItem::Strategy(StrategyResponse::new(strategy, localizer)))
        }
        ItemKind::Faq => {
            let id = Slug::parse(id).ok()?;
            catalog.faq(&id).map(|faq| BundleItem::Faq(FaqResponse::new(faq, localizer)))
        }
        ItemKind::Country => {
            let code = CountryCode::parse(id).ok().filter(|code| code.as_str() == id)?;
            catalog.country(&code).map(|country| BundleItem::Country(offline_country(country, localizer)))
        }
        ItemKind::International => {
            (id == INTERNATIONAL_ID).then(|| BundleItem::International(offline_international(localizer)))
        }
    }
}

/// The id of the one `international` item.
const INTERNATIONAL_ID: &str = "international";

/// One bundle item, serialized exactly as inside the bundle.
#[derive(Debug, Serialize, ToSchema)]
#[serde(untagged)]
pub enum BundleItem {
    Article(ArticleResponse),
    Strategy(StrategyResponse),
    Faq(FaqResponse),
    Country(CountryHotlinesResponse),
    International(Vec<HotlineResponse>),
}

/// What kind of item a manifest entry is, and so where to fetch it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, serde::Deserialize, ToSchema)]
#[serde(rename_all = "lowercase")]
pub enum ItemKind {
    Article,
    Strategy,
    Faq,
    Country,
    International,
}

impl ItemKind {
    /// The path segment, the same word as the serialized form.
    pub fn as_str(self) -> &'static str {
        match self {
            ItemKind::Article => "article",
            ItemKind::Strategy => "strategy",
            ItemKind::Faq => "faq",
            ItemKind::Country => "country",
            ItemKind::International => "international",
        }
    }
}

/// The sync manifest: every item of the bundle with a hash of its content in this locale.
/// The hash the manifest gives an item: of its JSON bytes, as served by its `href`.
pub fn item_hash(json: &[u8]) -> String {
    format!("{:016x}", xxh3_64(json))
}

#[derive(Debug, Serialize, ToSchema)]
pub struct ManifestResponse {
    #[schema(example = "5d1c0e2f9a7b3c4d")]
    pub content_version: String,
    #[schema(example = "es")]
    pub locale: String,
    pub items: Vec<ManifestItem>,
}

/// One item: fetch `href` when `hash` differs from the copy the app holds.
#[derive(Debug, Serialize, ToSchema)]
pub struct ManifestItem {
    #[serde(rename = "type")]
    pub kind: ItemKind,
    #[schema(example = "why-cant-i-cry")]
    pub id: String,
    /// A hash of the item exactly as the bundle holds it in this locale.
    #[schema(example = "9f2c61e0a4b3d8c7")]
    pub hash: String,
    /// When the item last changed, where the content says (articles: `updated`;
    /// countries: the newest `last_confirmed` date of their lines).
    pub updated: Option<NaiveDate>,
    /// Where to fetch the item alone, in the same shape as in the bundle: it carries the
    /// locale (and country) this manifest was listed for, so following it as given
    /// returns exactly the bytes `hash` describes.
    #[schema(example = "/v1/bundle/items/article/why-cant-i-cry?locale=es&country=MX")]
    pub href: String,
}

impl ManifestItem {
    fn new(kind: ItemKind, id: &str, body: &impl Serialize, updated: Option<NaiveDate>, query: &str) -> Self {
        let hash = serde_json::to_vec(body).map(|bytes| item_hash(&bytes)).unwrap_or_default();
        let href = format!("/v1/bundle/items/{}/{id}?{query}", kind.as_str());
        Self { kind, id: id.to_owned(), hash, updated, href }
    }
}
