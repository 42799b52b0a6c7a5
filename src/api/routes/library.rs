//! `/v1/strategies` and `/v1/faqs`: self-care strategies and questions people ask.

use actix_web::{route, web, HttpResponse};

use crate::api::cache::CachePolicy;
use crate::api::context::RequestContext;
use crate::api::error::ApiError;
use crate::api::params::{country_param, known_country, HelpQuery};
use crate::api::problem::Problem;
use crate::api::wire::common::SafetyNotice;
use crate::api::wire::library::{
    FaqDetailResponse, FaqListResponse, FaqResponse, StrategyDetailResponse, StrategyListResponse, StrategyResponse,
};
use crate::content::ids::Slug;

/// Every self-care strategy, in the order we suggest trying them.
///
/// Each strategy says what to do, why it may help, any caution to read first, its evidence rating and the sources that rating rests on.
#[utoipa::path(
    get,
    path = "/v1/strategies",
    tag = "strategies",
    params(HelpQuery),
    responses(
        (status = 200, description = "All strategies", body = StrategyListResponse),
        (status = 404, description = "No data for the country", body = Problem, content_type = "application/problem+json"),
        (status = 304, description = "The client's copy (`If-None-Match`) is current"),
        (status = 400, description = "A malformed `locale` or `country`", body = Problem, content_type = "application/problem+json"),
    )
)]
#[route("/v1/strategies", method = "GET", method = "HEAD")]
pub async fn list_strategies(ctx: RequestContext, help: web::Query<HelpQuery>) -> Result<HttpResponse, ApiError> {
    let code = help.country()?;
    ctx.respond(CachePolicy::Content, country_param(code.as_ref()), |localizer| {
        let country = known_country(localizer.catalog, code.as_ref())?;
        let items: Vec<_> =
            localizer.catalog.strategies.iter().map(|strategy| StrategyResponse::new(strategy, localizer)).collect();
        Ok(StrategyListResponse {
            total_items: items.len() as u64,
            items,
            safety: SafetyNotice::new(localizer, country),
        })
    })
    .await
}

/// One strategy.
///
/// A strategy with the safety notice; with `country`, the notice names that country's emergency number and first crisis lines.
#[utoipa::path(
    get,
    path = "/v1/strategies/{id}",
    tag = "strategies",
    params(("id" = String, Path, description = "The strategy's id", example = "mindfulness-body-scan"), HelpQuery),
    responses(
        (status = 200, description = "The strategy", body = StrategyDetailResponse),
        (status = 304, description = "The client's copy (`If-None-Match`) is current"),
        (status = 400, description = "A malformed `locale` or `country`", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such strategy, or no data for the country", body = Problem, content_type = "application/problem+json"),
    )
)]
#[route("/v1/strategies/{id}", method = "GET", method = "HEAD")]
pub async fn get_strategy(
    ctx: RequestContext,
    id: web::Path<String>,
    help: web::Query<HelpQuery>,
) -> Result<HttpResponse, ApiError> {
    let not_found = || ApiError::StrategyNotFound(id.to_string());
    let id = Slug::parse(&id).map_err(|_| not_found())?;
    let code = help.country()?;
    ctx.respond(CachePolicy::Content, country_param(code.as_ref()), |localizer| {
        let strategy = localizer.catalog.strategy(&id).ok_or_else(not_found)?;
        let country = known_country(localizer.catalog, code.as_ref())?;
        Ok(StrategyDetailResponse {
            strategy: StrategyResponse::new(strategy, localizer),
            safety: SafetyNotice::new(localizer, country),
        })
    })
    .await
}

/// Every FAQ, in order.
///
/// Questions people ask about emotional numbness, each answer with the sources its facts rest on.
#[utoipa::path(
    get,
    path = "/v1/faqs",
    tag = "faqs",
    params(HelpQuery),
    responses(
        (status = 200, description = "All FAQs", body = FaqListResponse),
        (status = 404, description = "No data for the country", body = Problem, content_type = "application/problem+json"),
        (status = 304, description = "The client's copy (`If-None-Match`) is current"),
        (status = 400, description = "A malformed `locale` or `country`", body = Problem, content_type = "application/problem+json"),
    )
)]
#[route("/v1/faqs", method = "GET", method = "HEAD")]
pub async fn list_faqs(ctx: RequestContext, help: web::Query<HelpQuery>) -> Result<HttpResponse, ApiError> {
    let code = help.country()?;
    ctx.respond(CachePolicy::Content, country_param(code.as_ref()), |localizer| {
        let country = known_country(localizer.catalog, code.as_ref())?;
        let items: Vec<_> = localizer.catalog.faqs.iter().map(|faq| FaqResponse::new(faq, localizer)).collect();
        Ok(FaqListResponse { total_items: items.len() as u64, items, safety: SafetyNotice::new(localizer, country) })
    })
    .await
}

/// One FAQ.
///
/// A question and its answer with the safety notice; with `country`, the notice names that country's numbers.
#[utoipa::path(
    get,
    path = "/v1/faqs/{id}",
    tag = "faqs",
    params(("id" = String, Path, description = "The FAQ's id", example = "can-numbness-be-permanent"), HelpQuery),
    responses(
        (status = 200, description = "The FAQ", body = FaqDetailResponse),
        (status = 304, description = "The client's copy (`If-None-Match`) is current"),
        (status = 400, description = "A malformed `locale` or `country`", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such FAQ, or no data for the country", body = Problem, content_type = "application/problem+json"),
    )
)]
#[route("/v1/faqs/{id}", method = "GET", method = "HEAD")]
pub async fn get_faq(
    ctx: RequestContext,
    id: web::Path<String>,
    help: web::Query<HelpQuery>,
) -> Result<HttpResponse, ApiError> {
    let not_found = || ApiError::FaqNotFound(id.to_string());
    let id = Slug::parse(&id).map_err(|_| not_found())?;
    let code = help.country()?;
    ctx.respond(CachePolicy::Content, country_param(code.as_ref()), |localizer| {
        let country = known_country(localizer.catalog, code.as_ref())?;
        let faq = localizer.catalog.faq(&id).ok_or_else(not_found)?;
        Ok(FaqDetailResponse { faq: FaqResponse::new(faq, localizer), safety: SafetyNotice::new(localizer, country) })
    })
    .await
}
