//! Articles as clients receive them.

use chrono::NaiveDate;
use fluent_bundle::FluentArgs;
use serde::Serialize;
use utoipa::ToSchema;

use super::common::{PageInfo, SafetyNotice, TextLocale};
use super::library::{FaqLink, StrategyLink};
use crate::api::text::{ItemText, Localizer};
use crate::content::ids::Slug;
use crate::content::model::{
    Article, Block, CalloutTone, Country, ListStyle, Review, ReviewerRole, Source, SourceKind,
};
use crate::content::Catalog;

/// An article in a list: enough to show a card.
#[derive(Debug, Serialize, ToSchema)]
pub struct ArticleSummary {
    /// Stable id, used in the article's URL.
    #[schema(example = "why-cant-i-cry")]
    pub slug: String,
    #[schema(example = "Why can’t I cry anymore?")]
    pub title: String,
    pub summary: String,
    /// Estimated reading time in minutes.
    #[schema(example = 5)]
    pub reading_minutes: u32,
    /// The reading time as a localized label.
    #[schema(example = "5-minute read")]
    pub reading_time: String,
    #[schema(example = json!(["emotional-numbness", "depression"]))]
    pub tags: Vec<String>,
    /// When a reviewer last checked the article.
    pub reviewed: NaiveDate,
    /// When the article last changed.
    pub updated: NaiveDate,
    /// Who reviewed it, when it is due again, and how far its translation is reviewed.
    pub review: ReviewResponse,
    #[serde(flatten)]
    pub text_locale: TextLocale,
}

/// A page of articles.
#[derive(Debug, Serialize, ToSchema)]
pub struct ArticleListResponse {
    pub items: Vec<ArticleSummary>,
    #[serde(flatten)]
    pub page: PageInfo,
}

/// A whole article, with its body as structured blocks.
#[derive(Debug, Serialize, ToSchema)]
pub struct ArticleResponse {
    #[serde(flatten)]
    pub summary: ArticleSummary,
    /// True when the article discusses medicines; it then always tells readers to talk
    /// to their prescriber before any change.
    pub medication: bool,
    pub blocks: Vec<BlockResponse>,
    /// Publications the article's facts come from.
    pub sources: Vec<SourceResponse>,
    pub related_articles: Vec<ArticleLink>,
    pub strategies: Vec<StrategyLink>,
    pub faqs: Vec<FaqLink>,
    pub safety: SafetyNotice,
}

/// One piece of an article body, for native rendering.
#[derive(Debug, Serialize, ToSchema)]
#[serde(tag = "type", rename_all = "lowercase")]
pub enum BlockResponse {
    Heading { text: String },
    Paragraph { text: String },
    List { style: ListStyle, items: Vec<String> },
    Callout { tone: CalloutTone, text: String },
}

/// A publication content is based on. Titles are in the publication's own language.
#[derive(Debug, Serialize, ToSchema)]
pub struct SourceResponse {
    #[schema(example = "nice-ng222-depression-adults")]
    pub id: String,
    #[schema(example = "National Institute for Health and Care Excellence (NICE, UK)")]
    pub publisher: String,
    pub title: String,
    #[schema(example = "https://www.nice.org.uk/guidance/ng222/chapter/Recommendations")]
    pub url: String,
    /// The date the publication states (`YYYY-MM-DD`, `YYYY-MM` or `YYYY`); null when none.
    #[schema(example = "2022-06-29")]
    pub published: Option<String>,
    /// When it was read for Haven.
    pub accessed: NaiveDate,
    pub kind: SourceKind,
}

/// A link to another article.
#[derive(Debug, Serialize, ToSchema)]
pub struct ArticleLink {
    #[schema(example = "antidepressants-and-emotional-blunting")]
    pub slug: String,
    pub title: String,
    /// The article's API path.
    #[schema(example = "/v1/articles/antidepressants-and-emotional-blunting")]
    pub href: String,
}

impl ArticleLink {
    pub fn new(article: &Article, localizer: &Localizer) -> Self {
        Self {
            slug: article.slug.to_string(),
            title: localizer.plain(&article.title_message(), None),
            href: format!("/v1/articles/{}", article.slug),
        }
    }
}

/// The message id of the localized reading-time label.
pub const READING_TIME_MESSAGE: &str = "reading-time";

impl ArticleSummary {
    pub fn new(article: &Article, localizer: &Localizer) -> Self {
        Self::with_text(article, &mut localizer.item())
    }

    /// Fills the summary from `text`, which the full article goes on using for its body.
    fn with_text(article: &Article, text: &mut ItemText) -> Self {
        let mut args = FluentArgs::new();
        args.set("minutes", article.reading_minutes);
        Self {
            slug: article.slug.to_string(),
            title: text.text(&article.title_message()),
            summary: text.text(&article.summary_message()),
            reading_minutes: article.reading_minutes,
            reading_time: text.text_with(READING_TIME_MESSAGE, Some(&args)),
            tags: article.tags.iter().map(ToString::to_string).collect(),
            reviewed: article.review.reviewed,
            updated: article.updated,
            review: ReviewResponse::new(&article.review, text),
            text_locale: TextLocale::of(text),
        }
    }
}

impl ArticleResponse {
    /// `help_country` is the reader's country for the safety notice's help block.
    pub fn new(article: &Article, localizer: &Localizer, help_country: Option<&Country>) -> Self {
        let catalog = localizer.catalog;
        let mut text = localizer.item();
        let mut summary = ArticleSummary::with_text(article, &mut text);
        let blocks = article.blocks.iter().map(|block| render_block(block, &mut text)).collect();
        // The body's text counts too: if a block fell back to `en`, the article did.
        summary.text_locale = TextLocale::of(&text);
        Self {
            summary,
            medication: article.medication,
            blocks,
            sources: SourceResponse::list(&article.sources, catalog),
            related_articles: article
                .related_articles
                .iter()
                .filter_map(|slug| catalog.article(slug))
                .map(|related| ArticleLink::new(related, localizer))
                .collect(),
            strategies: article
                .strategies
                .iter()
                .filter_map(|id| catalog.strategy(id))
                .map(|strategy| StrategyLink::new(strategy, localizer))
                .collect(),
            faqs: article
                .faqs
                .iter()
                .filter_map(|id| catalog.faq(id))
                .map(|faq| FaqLink::new(faq, localizer))
                .collect(),
            safety: SafetyNotice::new(localizer, help_country),
        }
    }
}

fn render_block(block: &Block, text: &mut ItemText) -> BlockResponse {
    match block {
        Block::Heading { text: id } => BlockResponse::Heading { text: text.text(id) },
        Block::Paragraph { text: id } => BlockResponse::Paragraph { text: text.text(id) },
        Block::List { style, items } => {
            BlockResponse::List { style: *style, items: items.iter().map(|id| text.text(id)).collect() }
        }
        Block::Callout { tone, text: id } => BlockResponse::Callout { tone: *tone, text: text.text(id) },
    }
}

impl SourceResponse {
    fn new(source: &Source) -> Self {
        Self {
            id: source.id.to_string(),
            publisher: source.publisher.clone(),
            title: source.title.clone(),
            url: source.url.clone(),
            published: source.published.as_ref().map(|date| date.as_str().to_owned()),
            accessed: source.accessed,
            kind: source.kind,
        }
    }

    /// The sources `ids` name, in their order.
    pub fn list(ids: &[Slug], catalog: &Catalog) -> Vec<Self> {
        ids.iter().filter_map(|id| catalog.source(id)).map(Self::new).collect()
    }
}

/// How a piece of content was reviewed.
#[derive(Debug, Serialize, ToSchema)]
pub struct ReviewResponse {
    pub reviewed: NaiveDate,
    /// When it is due to be reviewed again.
    pub next_review: NaiveDate,
    pub reviewer: ReviewerRole,
    /// Who reviewed it, in the response language.
    #[schema(example = "Editorial review; not yet reviewed by a clinician")]
    pub reviewer_label: String,
    /// How far the response language's translation has been reviewed (`/v1/locales`).
    #[schema(example = "machine-assisted, unreviewed")]
    pub translation_status: String,
}

impl ReviewResponse {
    pub fn new(review: &Review, text: &mut ItemText) -> Self {
        Self {
            reviewed: review.reviewed,
            next_review: review.next_review,
            reviewer: review.reviewer,
            reviewer_label: text.text(review.reviewer.label_message()),
            translation_status: text.translation_status(),
        }
    }
}
