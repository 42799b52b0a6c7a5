//! `/v1/bundle` and `/v1/manifest`: offline content for apps, and what changed since.

use actix_web::{route, web, HttpResponse};
use serde::Deserialize;
use utoipa::IntoParams;

use crate::api::cache::CachePolicy;
use crate::api::context::RequestContext;
use crate::api::error::ApiError;
use crate::api::params::{country_param, known_country, optional_country, parse_word};
use crate::api::problem::Problem;
use crate::api::wire::bundle::{render_item, BundleItem, BundleParts, BundleResponse, ItemKind, ManifestResponse};

/// Optionally, one country instead of the whole directory.
#[derive(Debug, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct BundleQuery {
    /// Only this country's lines (plus the international fallback), and help blocks that
    /// name its emergency number and first crisis lines; default: every country.
    #[param(value_type = Option<String>, pattern = r"^[A-Za-z]{2}$", example = "GB")]
    pub country: Option<String>,
}

/// Everything an app needs offline, in one locale.
///
/// Articles, strategies, FAQs, the safety notice, the locales, and the crisis directory (every country, or one with `country`), rendered exactly as the item endpoints render them. Resumable with `Range`.
#[utoipa::path(
    get,
    path = "/v1/bundle",
    tag = "offline",
    params(BundleQuery),
    responses(
        (status = 200, description = "The offline bundle", body = BundleResponse),
        (status = 304, description = "The client's copy (`If-None-Match`) is current"),
        (status = 400, description = "A malformed country code or `locale`", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No data for this country code", body = Problem, content_type = "application/problem+json"),
    )
)]
#[route("/v1/bundle", method = "GET", method = "HEAD")]
pub async fn get_bundle(ctx: RequestContext, query: web::Query<BundleQuery>) -> Result<HttpResponse, ApiError> {
    let only = optional_country(query.country.as_deref())?;
    ctx.respond(CachePolicy::Bundle, country_param(only.as_ref()), |localizer| {
        let country = known_country(localizer.catalog, only.as_ref())?;
        Ok(BundleParts::render(localizer, country).into_bundle(localizer, country))
    })
    .await
}

/// Every item of the bundle with a hash of its content, for incremental sync. Pass the
/// same `country` as the bundle: items' help blocks name that country's numbers.
#[utoipa::path(
    get,
    path = "/v1/manifest",
    tag = "offline",
    params(BundleQuery),
    responses(
        (status = 200, description = "The manifest", body = ManifestResponse),
        (status = 304, description = "The client's copy (`If-None-Match`) is current"),
        (status = 400, description = "A malformed `locale` or `country`", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No data for this country code", body = Problem, content_type = "application/problem+json"),
    )
)]
#[route("/v1/manifest", method = "GET", method = "HEAD")]
pub async fn get_manifest(ctx: RequestContext, query: web::Query<BundleQuery>) -> Result<HttpResponse, ApiError> {
    let only = optional_country(query.country.as_deref())?;
    ctx.respond(CachePolicy::Content, country_param(only.as_ref()), |localizer| {
        let country = known_country(localizer.catalog, only.as_ref())?;
        Ok(BundleParts::render(localizer, country).manifest(localizer, country))
    })
    .await
}

/// One bundle item alone, exactly as the bundle holds it; its JSON hashes to the
/// manifest's `hash` (for the same `country`).
#[utoipa::path(
    get,
    path = "/v1/bundle/items/{type}/{id}",
    tag = "offline",
    params(
        ("type" = ItemKind, Path, description = "The item's type, as in the manifest"),
        ("id" = String, Path, description = "The item's id, as in the manifest", example = "why-cant-i-cry"),
        BundleQuery,
    ),
    responses(
        (status = 200, description = "The item", body = BundleItem),
        (status = 304, description = "The client's copy (`If-None-Match`) is current"),
        (status = 400, description = "A malformed `locale` or `country`", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such item (the app should delete its copy), or no data for the country", body = Problem, content_type = "application/problem+json"),
    )
)]
#[route("/v1/bundle/items/{type}/{id}", method = "GET", method = "HEAD")]
pub async fn get_bundle_item(
    ctx: RequestContext,
    path: web::Path<(String, String)>,
    query: web::Query<BundleQuery>,
) -> Result<HttpResponse, ApiError> {
    let (kind, id) = path.into_inner();
    let not_found = || ApiError::ItemNotFound(format!("{kind}/{id}"));
    let kind: ItemKind = parse_word(Some(&kind)).ok().flatten().ok_or_else(not_found)?;
    let only = optional_country(query.country.as_deref())?;
    ctx.respond(CachePolicy::Content, country_param(only.as_ref()), |localizer| {
        let country = known_country(localizer.catalog, only.as_ref())?;
        render_item(localizer, kind, &id, country).ok_or_else(not_found)
    })
    .await
}
