//! Loads the reading library: sources, strategies, FAQs and articles from `data/`.

use std::collections::{BTreeSet, HashSet};
use std::path::Path;

use chrono::NaiveDate;
use serde::Deserialize;
use toml::Spanned;

use super::source_file::{stem_with_extension, Reporter, SourceText};
use crate::content::ids::Slug;
use crate::content::model::{Article, Block, Evidence, Faq, Review, ReviewerRole, SafetyMessage, Source, Strategy};

/// Message ids defined in the `en` locale, which every reference must hit.
pub type EnglishMessages = HashSet<String>;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ArticleFile {
    slug: Spanned<Slug>,
    order: u32,
    reading_minutes: u32,
    tags: Vec<Slug>,
    #[serde(flatten)]
    review: ReviewEntry,
    updated: NaiveDate,
    medication: bool,
    sources: Vec<Spanned<Slug>>,
    related_articles: Vec<Spanned<Slug>>,
    strategies: Vec<Spanned<Slug>>,
    faqs: Vec<Spanned<Slug>>,
    blocks: Vec<Spanned<Block>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct StrategiesFile {
    strategies: Vec<Spanned<StrategyEntry>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct StrategyEntry {
    id: Slug,
    order: u32,
    evidence: Evidence,
    caution: bool,
    tags: Vec<Slug>,
    sources: Vec<Spanned<Slug>>,
    #[serde(flatten)]
    review: ReviewEntry,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct FaqsFile {
    faqs: Vec<Spanned<FaqEntry>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct FaqEntry {
    id: Slug,
    order: u32,
    related_articles: Vec<Spanned<Slug>>,
    sources: Vec<Spanned<Slug>>,
    #[serde(flatten)]
    review: ReviewEntry,
}

/// `reviewed`, `next_review` and `reviewer`, as every article, strategy and FAQ states them.
#[derive(Deserialize)]
struct ReviewEntry {
    reviewed: NaiveDate,
    next_review: NaiveDate,
    reviewer: ReviewerRole,
}

/// Every article cites at least this many sources.
const MIN_ARTICLE_SOURCES: usize = 2;

/// Checks a review's dates: `next_review` after `reviewed`, and not passed (a warning, so
/// `haven check` shows it and `serve` carries on).
fn check_review(
    reporter: &mut Reporter,
    source: &SourceText,
    offset: Option<usize>,
    what: &str,
    review: &ReviewEntry,
    today: NaiveDate,
) -> Review {
    if review.next_review <= review.reviewed {
        reporter.error_at(source, offset, format!("{what}: `next_review` must be after `reviewed`"));
    } else if review.next_review < today {
        reporter.warning_at(source, offset, format!("{what}: its review was due on {}", review.next_review));
    }
    Review { reviewed: review.reviewed, next_review: review.next_review, reviewer: review.reviewer }
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct SourcesFile {
    sources: Vec<Spanned<Source>>,
}

/// The message every article about medicines must show in a callout.
pub const MEDICATION_SAFETY_MESSAGE: &str = "medication-safety";

/// The library part of a snapshot, each list in reading order.
pub struct Library {
    pub articles: Vec<Article>,
    pub strategies: Vec<Strategy>,
    pub faqs: Vec<Faq>,
    pub sources: Vec<Source>,
    pub safety_messages: Vec<SafetyMessage>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct SafetyFile {
    messages: Vec<Spanned<SafetyMessage>>,
}

/// The safety-critical messages (`data/safety.toml`); each must exist in `en`.
fn load_safety_messages(reporter: &mut Reporter, english: &EnglishMessages) -> Vec<SafetyMessage> {
    let Some((source, file)) = reporter.read_toml::<SafetyFile>(Path::new("data/safety.toml")) else {
        return Vec::new();
    };
    for message in &file.messages {
        require_message(reporter, &source, Some(message.span().start), &message.get_ref().id, english);
    }
    unspan(file.messages)
}

pub fn load_library(reporter: &mut Reporter, english: &EnglishMessages, today: NaiveDate) -> Library {
    let article_files = reporter.list_dir(Path::new("data/articles"));
    let article_slugs: HashSet<Slug> = article_files
        .iter()
        .filter_map(|path| stem_with_extension(path, "toml"))
        .filter_map(|stem| Slug::parse(stem).ok())
        .collect();

    // A file that failed to parse yields `None`, and references into it are not checked:
    // one broken file should produce its own error, not one per reference to it.
    let sources = load_sources(reporter);
    let source_ids = ids_of(sources.as_deref(), |s| &s.id);
    let strategies = load_strategies(reporter, english, source_ids.as_ref(), today);
    let strategy_ids = ids_of(strategies.as_deref(), |s| &s.id);
    let faqs = load_faqs(reporter, english, &article_slugs, source_ids.as_ref(), today);
    let faq_ids = ids_of(faqs.as_deref(), |f| &f.id);

    let known = KnownIds {
        articles: &article_slugs,
        sources: source_ids.as_ref(),
        strategies: strategy_ids.as_ref(),
        faqs: faq_ids.as_ref(),
    };
    let mut articles: Vec<Article> =
        article_files.iter().filter_map(|path| load_article(reporter, path, english, &known, today)).collect();
    articles.sort_by_key(|article| article.order);
    report_duplicate_orders(reporter, "data/articles", articles.iter().map(|a| a.order));

    Library {
        articles,
        strategies: strategies.unwrap_or_default(),
        faqs: faqs.unwrap_or_default(),
        sources: sources.unwrap_or_default(),
        safety_messages: load_safety_messages(reporter, english),
    }
}

fn ids_of<T>(items: Option<&[T]>, id: impl Fn(&T) -> &Slug) -> Option<HashSet<Slug>> {
    items.map(|items| items.iter().map(|item| id(item).clone()).collect())
}

/// Ids references may point at; `None` where the defining file could not be read.
struct KnownIds<'a> {
    articles: &'a HashSet<Slug>,
    sources: Option<&'a HashSet<Slug>>,
    strategies: Option<&'a HashSet<Slug>>,
    faqs: Option<&'a HashSet<Slug>>,
}

fn load_article(
    reporter: &mut Reporter,
    path: &Path,
    english: &EnglishMessages,
    known: &KnownIds,
    today: NaiveDate,
) -> Option<Article> {
    let Some(stem) = stem_with_extension(path, "toml") else {
        reporter.error_in(path, "only `<slug>.toml` files belong in data/articles");
        return None;
    };
    let (source, file) = reporter.read_toml::<ArticleFile>(path)?;
    let slug = file.slug.get_ref().clone();
    if slug.as_str() != stem {
        reporter.error_at(
            &source,
            Some(file.slug.span().start),
            format!("slug `{slug}` must match the file name `{stem}.toml`"),
        );
    }
    let slug_offset = Some(file.slug.span().start);
    for id in [format!("article-{slug}-title"), format!("article-{slug}-summary")] {
        require_message(reporter, &source, slug_offset, &id, english);
    }
    check_references(reporter, &source, &file.sources, known.sources, "source in data/sources.toml");
    if file.sources.len() < MIN_ARTICLE_SOURCES {
        reporter.error_at(&source, slug_offset, format!("an article cites at least {MIN_ARTICLE_SOURCES} sources"));
    }
    let review = check_review(reporter, &source, slug_offset, &format!("article `{slug}`"), &file.review, today);
    check_references(reporter, &source, &file.related_articles, Some(known.articles), "article in data/articles");
    check_references(reporter, &source, &file.strategies, known.strategies, "strategy in data/strategies.toml");
    check_references(reporter, &source, &file.faqs, known.faqs, "FAQ in data/faqs.toml");
    if file.related_articles.iter().any(|related| related.get_ref() == &slug) {
        reporter.error_at(&source, slug_offset, "an article cannot list itself as related");
    }
    if file.blocks.is_empty() {
        reporter.error_at(&source, slug_offset, "an article needs at least one block");
    }
    for block in &file.blocks {
        for id in block.get_ref().messages() {
            require_message(reporter, &source, Some(block.span().start), id, english);
        }
    }
    let has_medication_callout = file
        .blocks
        .iter()
        .any(|block| matches!(block.get_ref(), Block::Callout { text, .. } if text == MEDICATION_SAFETY_MESSAGE));
    if file.medication && !has_medication_callout {
        reporter.error_at(
            &source,
            slug_offset,
            format!("an article about medication must contain a callout with `{MEDICATION_SAFETY_MESSAGE}`"),
        );
    }
    if file.updated < file.review.reviewed {
        reporter.warning_at(&source, slug_offset, "`updated` is earlier than `reviewed`: was the change reviewed?");
    }
    Some(Article {
        slug,
        order: file.order,
        reading_minutes: file.reading_minutes,
        tags: file.tags,
        review,
        updated: file.updated,
        medication: file.medication,
        sources: unspan(file.sources),
        related_articles: unspan(file.related_articles),
        strategies: unspan(file.strategies),
        faqs: unspan(file.faqs),
        blocks: unspan(file.blocks),
    })
}

fn load_sources(reporter: &mut Reporter) -> Option<Vec<Source>> {
    let (source, file) = reporter.read_toml::<SourcesFile>(Path::new("data/sources.toml"))?;
    report_duplicate_ids(reporter, &source, file.sources.iter().map(|s| (&s.get_ref().id, s.span().start)));
    for entry in &file.sources {
        let url = &entry.get_ref().url;
        if !(url.starts_with("https://") || url.starts_with("http://")) {
            reporter.error_at(
                &source,
                Some(entry.span().start),
                format!("source `{}`: `{url}` is not a web address", entry.get_ref().id),
            );
        }
    }
    Some(unspan(file.sources))
}

fn load_strategies(
    reporter: &mut Reporter,
    english: &EnglishMessages,
    sources: Option<&HashSet<Slug>>,
    today: NaiveDate,
) -> Option<Vec<Strategy>> {
    let (source, file) = reporter.read_toml::<StrategiesFile>(Path::new("data/strategies.toml"))?;
    report_duplicate_ids(reporter, &source, file.strategies.iter().map(|s| (&s.get_ref().id, s.span().start)));
    let mut strategies: Vec<Strategy> = file
        .strategies
        .into_iter()
        .map(|entry| {
            let offset = Some(entry.span().start);
            let entry = entry.into_inner();
            check_references(reporter, &source, &entry.sources, sources, "source in data/sources.toml");
            if entry.evidence != Evidence::None && entry.sources.is_empty() {
                reporter.error_at(
                    &source,
                    offset,
                    format!(
                        "strategy `{}`: an evidence rating needs the sources it rests on (or `evidence = \"none\"`)",
                        entry.id
                    ),
                );
            }
            let review =
                check_review(reporter, &source, offset, &format!("strategy `{}`", entry.id), &entry.review, today);
            let strategy = Strategy {
                id: entry.id,
                order: entry.order,
                evidence: entry.evidence,
                sources: unspan(entry.sources),
                caution: entry.caution,
                tags: entry.tags,
                review,
            };
            for id in strategy.required_messages() {
                require_message(reporter, &source, offset, &id, english);
            }
            strategy
        })
        .collect();
    strategies.sort_by_key(|s| s.order);
    report_duplicate_orders(reporter, "data/strategies.toml", strategies.iter().map(|s| s.order));
    Some(strategies)
}

fn load_faqs(
    reporter: &mut Reporter,
    english: &EnglishMessages,
    articles: &HashSet<Slug>,
    sources: Option<&HashSet<Slug>>,
    today: NaiveDate,
) -> Option<Vec<Faq>> {
    let (source, file) = reporter.read_toml::<FaqsFile>(Path::new("data/faqs.toml"))?;
    report_duplicate_ids(reporter, &source, file.faqs.iter().map(|f| (&f.get_ref().id, f.span().start)));
    let mut faqs: Vec<Faq> = file
        .faqs
        .into_iter()
        .map(|entry| {
            let offset = Some(entry.span().start);
            let entry = entry.into_inner();
            check_references(reporter, &source, &entry.related_articles, Some(articles), "article in data/articles");
            check_references(reporter, &source, &entry.sources, sources, "source in data/sources.toml");
            if entry.sources.is_empty() {
                reporter.error_at(
                    &source,
                    offset,
                    format!("FAQ `{}`: an answer that states facts cites its sources", entry.id),
                );
            }
            let review = check_review(reporter, &source, offset, &format!("FAQ `{}`", entry.id), &entry.review, today);
            let faq = Faq {
                id: entry.id,
                order: entry.order,
                related_articles: unspan(entry.related_articles),
                sources: unspan(entry.sources),
                review,
            };
            for id in [faq.question_message(), faq.answer_message()] {
                require_message(reporter, &source, offset, &id, english);
            }
            faq
        })
        .collect();
    faqs.sort_by_key(|f| f.order);
    report_duplicate_orders(reporter, "data/faqs.toml", faqs.iter().map(|f| f.order));
    Some(faqs)
}

pub fn require_message(
    reporter: &mut Reporter,
    source: &SourceText,
    offset: Option<usize>,
    id: &str,
    english: &EnglishMessages,
) {
    if !english.contains(id) {
        reporter.error_at(source, offset, format!("message `{id}` is missing from locales/en"));
    }
}

fn check_references(
    reporter: &mut Reporter,
    source: &SourceText,
    references: &[Spanned<Slug>],
    known: Option<&HashSet<Slug>>,
    what: &str,
) {
    let Some(known) = known else { return };
    for reference in references {
        if !known.contains(reference.get_ref()) {
            reporter.error_at(
                source,
                Some(reference.span().start),
                format!("`{}` does not name an existing {what}", reference.get_ref()),
            );
        }
    }
}

pub fn report_duplicate_ids<'a>(
    reporter: &mut Reporter,
    source: &SourceText,
    ids: impl Iterator<Item = (&'a Slug, usize)>,
) {
    let mut seen = HashSet::new();
    for (id, offset) in ids {
        if !seen.insert(id) {
            reporter.error_at(source, Some(offset), format!("id `{id}` is used more than once"));
        }
    }
}

fn report_duplicate_orders(reporter: &mut Reporter, place: &str, orders: impl Iterator<Item = u32>) {
    let mut seen = BTreeSet::new();
    for order in orders {
        if !seen.insert(order) {
            reporter.error_in(Path::new(place), format!("`order = {order}` is used more than once"));
        }
    }
}

pub fn unspan<T>(items: Vec<Spanned<T>>) -> Vec<T> {
    items.into_iter().map(Spanned::into_inner).collect()
}
