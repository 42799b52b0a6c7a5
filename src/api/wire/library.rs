//! Self-care strategies and FAQs as clients receive them.

use serde::Serialize;
use utoipa::ToSchema;

use super::articles::{ArticleLink, ReviewResponse, SourceResponse};
use super::common::{SafetyNotice, TextLocale};
use crate::api::text::Localizer;
use crate::content::model::{Evidence, Faq, Strategy};

/// A self-care strategy: what to do, how, and why it may help.
#[derive(Debug, Serialize, ToSchema)]
pub struct StrategyResponse {
    #[schema(example = "mindfulness-body-scan")]
    pub id: String,
    pub title: String,
    /// What to do, concretely.
    pub how: String,
    /// Why it may help, honest about the evidence.
    pub why: String,
    /// A warning to read first, where the strategy has one.
    pub caution: Option<String>,
    /// How well supported the strategy is.
    pub evidence: Evidence,
    /// "No good evidence yet", in the response language, when `evidence` is `none`.
    pub evidence_note: Option<String>,
    /// What the text, the rating and the cautions rest on.
    pub sources: Vec<SourceResponse>,
    pub tags: Vec<String>,
    pub review: ReviewResponse,
    #[serde(flatten)]
    pub text_locale: TextLocale,
}

/// The message shown for a strategy rated `none`.
pub const EVIDENCE_NONE_MESSAGE: &str = "evidence-none";

impl StrategyResponse {
    pub fn new(strategy: &Strategy, localizer: &Localizer) -> Self {
        let mut text = localizer.item();
        Self {
            id: strategy.id.to_string(),
            title: text.text(&strategy.message("title")),
            how: text.text(&strategy.message("how")),
            why: text.text(&strategy.message("why")),
            caution: strategy.caution.then(|| text.text(&strategy.message("caution"))),
            evidence: strategy.evidence,
            evidence_note: (strategy.evidence == Evidence::None).then(|| text.text(EVIDENCE_NONE_MESSAGE)),
            sources: SourceResponse::list(&strategy.sources, localizer.catalog),
            tags: strategy.tags.iter().map(ToString::to_string).collect(),
            review: ReviewResponse::new(&strategy.review, &mut text),
            text_locale: TextLocale::of(&text),
        }
    }
}

/// Every strategy, in the order we suggest trying them.
#[derive(Debug, Serialize, ToSchema)]
pub struct StrategyListResponse {
    pub items: Vec<StrategyResponse>,
    #[schema(example = 9)]
    pub total_items: u64,
    pub safety: SafetyNotice,
}

/// A strategy on its own, with the safety notice every piece of health content carries.
#[derive(Debug, Serialize, ToSchema)]
pub struct StrategyDetailResponse {
    #[serde(flatten)]
    pub strategy: StrategyResponse,
    pub safety: SafetyNotice,
}

/// A link to a strategy.
#[derive(Debug, Serialize, ToSchema)]
pub struct StrategyLink {
    #[schema(example = "mindfulness-body-scan")]
    pub id: String,
    pub title: String,
    #[schema(example = "/v1/strategies/mindfulness-body-scan")]
    pub href: String,
}

impl StrategyLink {
    pub fn new(strategy: &Strategy, localizer: &Localizer) -> Self {
        Self {
            id: strategy.id.to_string(),
            title: localizer.plain(&strategy.message("title"), None),
            href: format!("/v1/strategies/{}", strategy.id),
        }
    }
}

/// A question people ask, with its answer.
#[derive(Debug, Serialize, ToSchema)]
pub struct FaqResponse {
    #[schema(example = "can-numbness-be-permanent")]
    pub id: String,
    pub question: String,
    pub answer: String,
    /// What the answer's facts rest on.
    pub sources: Vec<SourceResponse>,
    pub related_articles: Vec<ArticleLink>,
    pub review: ReviewResponse,
    #[serde(flatten)]
    pub text_locale: TextLocale,
}

impl FaqResponse {
    pub fn new(faq: &Faq, localizer: &Localizer) -> Self {
        let mut text = localizer.item();
        Self {
            id: faq.id.to_string(),
            question: text.text(&faq.question_message()),
            answer: text.text(&faq.answer_message()),
            sources: SourceResponse::list(&faq.sources, localizer.catalog),
            review: ReviewResponse::new(&faq.review, &mut text),
            related_articles: faq
                .related_articles
                .iter()
                .filter_map(|slug| localizer.catalog.article(slug))
                .map(|article| ArticleLink::new(article, localizer))
                .collect(),
            text_locale: TextLocale::of(&text),
        }
    }
}

/// Every FAQ, in order.
#[derive(Debug, Serialize, ToSchema)]
pub struct FaqListResponse {
    pub items: Vec<FaqResponse>,
    #[schema(example = 4)]
    pub total_items: u64,
    pub safety: SafetyNotice,
}

/// One FAQ with the safety notice.
#[derive(Debug, Serialize, ToSchema)]
pub struct FaqDetailResponse {
    #[serde(flatten)]
    pub faq: FaqResponse,
    pub safety: SafetyNotice,
}

/// A link to an FAQ.
#[derive(Debug, Serialize, ToSchema)]
pub struct FaqLink {
    #[schema(example = "can-numbness-be-permanent")]
    pub id: String,
    pub question: String,
    #[schema(example = "/v1/faqs/can-numbness-be-permanent")]
    pub href: String,
}

impl FaqLink {
    pub fn new(faq: &Faq, localizer: &Localizer) -> Self {
        Self {
            id: faq.id.to_string(),
            question: localizer.plain(&faq.question_message(), None),
            href: format!("/v1/faqs/{}", faq.id),
        }
    }
}
