//! `/v1/countries` and `/v1/hotlines`: emergency numbers and crisis lines.

use actix_web::{route, web, HttpResponse};

use crate::api::cache::CachePolicy;
use crate::api::context::RequestContext;
use crate::api::error::ApiError;
use crate::api::problem::Problem;
use chrono::Utc;

use crate::api::params::{HotlinesQuery, LineFilterQuery};
use crate::api::wire::directory::{CountryHotlinesResponse, CountryListResponse, CountrySummary};
use crate::content::ids::CountryCode;

/// Every country, with its general emergency number and how many lines it has.
///
/// All 246 codes in code order, with the country name from CLDR in the response language and a localized count of served crisis lines.
#[utoipa::path(
    get,
    path = "/v1/countries",
    tag = "crisis lines",
    responses(
        (status = 200, description = "All countries", body = CountryListResponse),
        (status = 304, description = "The client's copy (`If-None-Match`) is current"),
        (status = 400, description = "A malformed `locale`", body = Problem, content_type = "application/problem+json"),
    )
)]
#[route("/v1/countries", method = "GET", method = "HEAD")]
pub async fn list_countries(ctx: RequestContext) -> Result<HttpResponse, ApiError> {
    ctx.respond(CachePolicy::Directory, String::new(), |localizer| {
        let items: Vec<_> =
            localizer.catalog.countries.values().map(|country| CountrySummary::new(country, localizer)).collect();
        Ok(CountryListResponse { total_items: items.len() as u64, items })
    })
    .await
}

/// A country's emergency numbers and crisis lines.
///
/// The same answer as `/v1/hotlines?country=`, addressed by path: emergency numbers by service, and the served lines ordered national crisis lines first, then open now, then the rest, with their evidence.
#[utoipa::path(
    get,
    path = "/v1/countries/{code}",
    tag = "crisis lines",
    params(
        ("code" = String, Path, description = "ISO 3166-1 alpha-2 code, either case", pattern = r"^[A-Za-z]{2}$", example = "GB"),
        LineFilterQuery,
    ),
    responses(
        (status = 200, description = "The country's numbers and lines", body = CountryHotlinesResponse),
        (status = 304, description = "The client's copy (`If-None-Match`) is current"),
        (status = 400, description = "A malformed country code, filter or `locale`", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No data for this country code", body = Problem, content_type = "application/problem+json"),
    )
)]
#[route("/v1/countries/{code}", method = "GET", method = "HEAD")]
pub async fn get_country(
    ctx: RequestContext,
    code: web::Path<String>,
    filters: web::Query<LineFilterQuery>,
) -> Result<HttpResponse, ApiError> {
    let code = CountryCode::parse(&code).map_err(|_| ApiError::InvalidCountryCode(code.to_string()))?;
    respond_with_lines(&ctx, code, &filters).await
}

/// The crisis lines for a country: the partner-site question "who can someone here call?"
#[utoipa::path(
    get,
    path = "/v1/hotlines",
    tag = "crisis lines",
    params(HotlinesQuery, LineFilterQuery),
    responses(
        (status = 200, description = "The country's numbers and lines", body = CountryHotlinesResponse),
        (status = 304, description = "The client's copy (`If-None-Match`) is current"),
        (status = 400, description = "A missing or malformed country code, a malformed filter or `locale`", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No data for this country code", body = Problem, content_type = "application/problem+json"),
    )
)]
#[route("/v1/hotlines", method = "GET", method = "HEAD")]
pub async fn get_country_hotlines(
    ctx: RequestContext,
    query: web::Query<HotlinesQuery>,
    filters: web::Query<LineFilterQuery>,
) -> Result<HttpResponse, ApiError> {
    respond_with_lines(&ctx, query.country()?, &filters).await
}

async fn respond_with_lines(
    ctx: &RequestContext,
    code: CountryCode,
    filters: &LineFilterQuery,
) -> Result<HttpResponse, ApiError> {
    let (filter, at, canonical) = filters.parse(Utc::now())?;
    ctx.respond(CachePolicy::Directory, format!("country={code}&{canonical}"), |localizer| {
        let response = CountryHotlinesResponse::for_country(localizer, &code, &filter, at)?;
        Ok(response.with_safety(localizer, localizer.catalog.country(&code)))
    })
    .await
}
