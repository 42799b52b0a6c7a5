//! `/v1/articles`: self-help guides.

use actix_web::{route, web, HttpResponse};

use crate::api::cache::CachePolicy;
use crate::api::context::RequestContext;
use crate::api::error::ApiError;
use crate::api::params::{country_param, known_country, ArticlesQuery, HelpQuery};
use crate::api::problem::Problem;
use crate::api::wire::articles::{ArticleListResponse, ArticleResponse, ArticleSummary};
use crate::content::ids::Slug;

/// List articles, optionally by tag, one page at a time.
///
/// Summaries in reading order, localized; `tag` narrows the list, `page` and `per_page` page through it (a page past the last is a 404).
#[utoipa::path(
    get,
    path = "/v1/articles",
    tag = "articles",
    params(ArticlesQuery),
    responses(
        (status = 200, description = "A page of article summaries", body = ArticleListResponse),
        (status = 304, description = "The client's copy (`If-None-Match`) is current"),
        (status = 400, description = "A malformed parameter", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "A page past the last one", body = Problem, content_type = "application/problem+json"),
    )
)]
#[route("/v1/articles", method = "GET", method = "HEAD")]
pub async fn list_articles(ctx: RequestContext, query: web::Query<ArticlesQuery>) -> Result<HttpResponse, ApiError> {
    let tag = query.tag()?;
    let pagination = query.pagination()?;
    let params = format!("tag={}&{}", tag.as_ref().map_or("", Slug::as_str), pagination.canonical());
    ctx.respond(CachePolicy::Content, params, |localizer| {
        let matching: Vec<_> = localizer
            .catalog
            .articles
            .iter()
            .filter(|article| tag.as_ref().is_none_or(|tag| article.tags.contains(tag)))
            .collect();
        let (page, info) = pagination.slice(&matching)?;
        let items = page.iter().map(|article| ArticleSummary::new(article, localizer)).collect();
        Ok(ArticleListResponse { items, page: info })
    })
    .await
}

/// One article, with its body, sources, links and the safety notice; with `country`, the
/// notice names that country's emergency number and first crisis lines.
#[utoipa::path(
    get,
    path = "/v1/articles/{slug}",
    tag = "articles",
    params(("slug" = String, Path, description = "The article's id", example = "why-cant-i-cry"), HelpQuery),
    responses(
        (status = 200, description = "The article", body = ArticleResponse),
        (status = 304, description = "The client's copy (`If-None-Match`) is current"),
        (status = 400, description = "A malformed `locale` or `country`", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such article, or no data for the country", body = Problem, content_type = "application/problem+json"),
    )
)]
#[route("/v1/articles/{slug}", method = "GET", method = "HEAD")]
pub async fn get_article(
    ctx: RequestContext,
    slug: web::Path<String>,
    help: web::Query<HelpQuery>,
) -> Result<HttpResponse, ApiError> {
    let not_found = || ApiError::ArticleNotFound(slug.to_string());
    let slug = Slug::parse(&slug).map_err(|_| not_found())?;
    let code = help.country()?;
    ctx.respond(CachePolicy::Content, country_param(code.as_ref()), |localizer| {
        let article = localizer.catalog.article(&slug).ok_or_else(not_found)?;
        let country = known_country(localizer.catalog, code.as_ref())?;
        Ok(ArticleResponse::new(article, localizer, country))
    })
    .await
}
