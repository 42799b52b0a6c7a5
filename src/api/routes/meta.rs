//! `/v1/locales`, `/health`, `/openapi.json` and `/docs`: about the service itself.

use actix_web::http::header::{self, HeaderValue};
use actix_web::{route, web, HttpRequest, HttpResponse};

use crate::api::cache::{respond_cached, CachePolicy};
use crate::api::context::RequestContext;
use crate::api::error::ApiError;
use crate::api::problem::Problem;
use crate::api::state::AppState;
use crate::api::wire::meta::{HealthResponse, LocaleListResponse, LocaleResponse, ProbeResponse, ReloadReport};

/// Every language Haven serves, with how complete and how reviewed it is.
///
/// Each locale's tag, native name, direction, completeness against English, review status and fallback chain.
#[utoipa::path(
    get,
    path = "/v1/locales",
    tag = "locales",
    responses(
        (status = 200, description = "All locales, `en` first", body = LocaleListResponse),
        (status = 304, description = "The client's copy (`If-None-Match`) is current"),
        (status = 400, description = "A malformed `locale`", body = Problem, content_type = "application/problem+json"),
    )
)]
#[route("/v1/locales", method = "GET", method = "HEAD")]
pub async fn list_locales(ctx: RequestContext) -> Result<HttpResponse, ApiError> {
    ctx.respond(CachePolicy::Reference, String::new(), |localizer| {
        let locales = &localizer.catalog.locales;
        Ok(LocaleListResponse {
            items: locales.all().iter().map(|locale| LocaleResponse::new(locale, locales)).collect(),
            default_locale: locales.english().tag.to_string(),
        })
    })
    .await
}

/// Whether the service is up and which content it serves. Never cached.
///
/// The content version, counts, and the outcome of the last content reload, for dashboards.
#[utoipa::path(
    get,
    path = "/health",
    tag = "service",
    responses((status = 200, description = "The service is up", body = HealthResponse))
)]
#[route("/health", method = "GET", method = "HEAD")]
pub async fn get_health(state: web::Data<AppState>) -> HttpResponse {
    let catalog = state.catalog();
    let log = state.reload_log();
    HttpResponse::Ok().insert_header((header::CACHE_CONTROL, HeaderValue::from_static("no-store"))).json(
        HealthResponse {
            status: "ok".to_owned(),
            content_version: catalog.version.clone(),
            articles: catalog.articles.len() as u64,
            countries: catalog.countries.len() as u64,
            locales: catalog.locales.all().len() as u64,
            loaded_at: log.loaded_at,
            reloads: ReloadReport::new(&log),
        },
    )
}

/// The OpenAPI document of this API, generated from the route table.
///
/// The same document as `openapi/openapi.json` in the repository; a test keeps the two identical.
#[utoipa::path(
    get,
    path = "/openapi.json",
    tag = "service",
    responses((status = 200, description = "The OpenAPI 3.1 document", content_type = "application/json"))
)]
#[route("/openapi.json", method = "GET", method = "HEAD")]
pub async fn get_openapi(state: web::Data<AppState>, request: HttpRequest) -> HttpResponse {
    respond_cached(&request, &state.openapi, CachePolicy::Reference)
}

/// `/docs` without the slash: send browsers to the UI's real address.
#[route("/docs", method = "GET", method = "HEAD")]
pub async fn redirect_docs() -> HttpResponse {
    HttpResponse::PermanentRedirect().insert_header((header::LOCATION, "/docs/")).finish()
}

/// Liveness: the process answers. Never cached, never rate limited.
///
/// 200 while the process can answer at all; use it to restart a hung instance.
#[utoipa::path(
    get,
    path = "/health/live",
    tag = "service",
    responses((status = 200, description = "The process is alive", body = ProbeResponse))
)]
#[route("/health/live", method = "GET", method = "HEAD")]
pub async fn get_liveness() -> HttpResponse {
    probe(true)
}

/// Readiness: whether to send this instance traffic. False once shutdown has begun.
///
/// 200 while the instance wants traffic, 503 from the moment shutdown begins, so load balancers drain it first.
#[utoipa::path(
    get,
    path = "/health/ready",
    tag = "service",
    responses(
        (status = 200, description = "Ready for traffic", body = ProbeResponse),
        (status = 503, description = "Shutting down: send traffic elsewhere", body = ProbeResponse),
    )
)]
#[route("/health/ready", method = "GET", method = "HEAD")]
pub async fn get_readiness(state: web::Data<AppState>) -> HttpResponse {
    probe(state.is_ready())
}

fn probe(ok: bool) -> HttpResponse {
    let mut response = if ok { HttpResponse::Ok() } else { HttpResponse::ServiceUnavailable() };
    response
        .insert_header((header::CACHE_CONTROL, HeaderValue::from_static("no-store")))
        .json(ProbeResponse { status: if ok { "ok" } else { "unavailable" }.to_owned() })
}

/// `HEAD` for the docs UI's files, which the UI crate serves for `GET` only: the same
/// headers, no body (actix drops the body of a `HEAD` answer).
#[route("/docs/{file:.*}", method = "HEAD")]
pub async fn head_docs(file: web::Path<String>) -> HttpResponse {
    let config = std::sync::Arc::new(utoipa_swagger_ui::Config::from("/openapi.json"));
    match utoipa_swagger_ui::serve(&file, config) {
        Ok(Some(found)) => HttpResponse::Ok().content_type(found.content_type).body(found.bytes.into_owned()),
        _ => HttpResponse::NotFound().finish(),
    }
}

/// `GET /metrics`, for Prometheus (`metrics.rs`). Not in the API contract: it is for
/// operators.
#[actix_web::get("/metrics")]
pub async fn get_metrics(state: web::Data<AppState>) -> Result<HttpResponse, ApiError> {
    let text = state.metrics.render().map_err(|err| {
        tracing::error!(%err, "metrics failed to encode");
        ApiError::Internal
    })?;
    let content_type = actix_web::http::header::ContentType(
        prometheus::Encoder::format_type(&prometheus::TextEncoder::new()).parse().map_err(|_| ApiError::Internal)?,
    );
    Ok(HttpResponse::Ok().insert_header(content_type).body(text))
}
