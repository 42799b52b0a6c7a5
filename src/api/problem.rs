//! The RFC 9457 `application/problem+json` form of every error: the middleware that
//! renders [`ApiError`] (and any bare 4xx/5xx actix made) in the request's language.

use actix_web::body::{EitherBody, MessageBody};
use actix_web::dev::{ServiceRequest, ServiceResponse};
use actix_web::http::header::{self, HeaderValue};
use actix_web::middleware::Next;
use actix_web::{HttpRequest, HttpResponse};
use serde::Serialize;
use utoipa::ToSchema;

use super::error::{shorten, ApiError};
use super::negotiation::lenient_locale_chain;
use super::state::AppState;
use super::text::Localizer;

/// An RFC 9457 problem document.
#[derive(Debug, Serialize, ToSchema)]
#[schema(example = json!({
    "type": "urn:haven:problem:article-not-found",
    "title": "Article not found",
    "status": 404,
    "detail": "There is no article called “sad”.",
    "instance": "/v1/articles/sad",
    "code": "article-not-found",
    "locale": "en"
}))]
pub struct Problem {
    /// A URI naming the kind of problem: `urn:haven:problem:<code>`.
    #[serde(rename = "type")]
    pub problem_type: String,
    /// A short, localized summary of the kind of problem.
    pub title: String,
    /// The HTTP status code.
    pub status: u16,
    /// A localized explanation of this occurrence.
    pub detail: String,
    /// The request path that caused the problem.
    pub instance: String,
    /// The stable machine-readable code; see the list in the README.
    pub code: String,
    /// The language of `title` and `detail`.
    pub locale: String,
}

/// Middleware: every 4xx/5xx leaves as a localized problem document.
pub async fn render_problems(
    request: ServiceRequest,
    next: Next<impl MessageBody + 'static>,
) -> Result<ServiceResponse<EitherBody<impl MessageBody>>, actix_web::Error> {
    let response = next.call(request).await?;
    let status = response.status();
    if !(status.is_client_error() || status.is_server_error()) {
        return Ok(response.map_into_left_body());
    }
    let error = match response.response().error() {
        Some(error) => match error.as_error::<ApiError>() {
            Some(api_error) => api_error.clone(),
            None => {
                // An actix extractor or limit error: keep its status, never its text.
                tracing::debug!(%error, "request rejected by the framework");
                ApiError::from_status(status)
            }
        },
        // A handler's own deliberate answer (a 503 readiness probe) keeps its body.
        None if response.headers().contains_key(header::CONTENT_TYPE) => return Ok(response.map_into_left_body()),
        None => ApiError::from_status(status),
    };
    if error == ApiError::Internal {
        tracing::error!(path = response.request().path(), "internal error");
    }
    let (request, _) = response.into_parts();
    let problem = problem_response(&request, &error);
    Ok(ServiceResponse::new(request, problem).map_into_right_body())
}

fn problem_response(request: &HttpRequest, error: &ApiError) -> HttpResponse {
    let Some(state) = request.app_data::<actix_web::web::Data<AppState>>() else {
        return HttpResponse::build(error.status()).finish();
    };
    let catalog = state.catalog();
    let chain = lenient_locale_chain(request, &catalog.locales);
    let localizer = Localizer::new(&catalog, &chain);
    let code = error.code();
    let args = error.detail_args();
    let title = localizer.plain(&format!("problem-{code}"), None);
    let detail = localizer.plain(&format!("problem-{code}-detail"), Some(&args));
    let problem = Problem {
        problem_type: format!("urn:haven:problem:{code}"),
        title,
        status: error.status().as_u16(),
        detail,
        instance: shorten(request.path()),
        code: code.to_owned(),
        locale: localizer.primary_tag(),
    };
    let mut response = HttpResponse::build(error.status());
    response
        .content_type("application/problem+json")
        .insert_header((header::CONTENT_LANGUAGE, localizer.primary_tag()))
        .insert_header((header::VARY, HeaderValue::from_static("Accept-Language")))
        .insert_header((header::CACHE_CONTROL, HeaderValue::from_static("no-store")));
    if *error == ApiError::MethodNotAllowed {
        response.insert_header((header::ALLOW, super::fallback::ALLOWED));
    }
    if let ApiError::RateLimited(decision) = error {
        response.insert_header((header::RETRY_AFTER, decision.reset_seconds.to_string()));
    }
    if let ApiError::RangeNotSatisfiable { length } = error {
        response.insert_header((header::CONTENT_RANGE, format!("bytes */{length}")));
    }
    let mut response = match serde_json::to_vec(&problem) {
        Ok(body) => response.body(body),
        Err(_) => HttpResponse::build(error.status()).finish(),
    };
    if let ApiError::RateLimited(decision) = error {
        super::limits::add_rate_limit_headers(response.headers_mut(), decision);
    }
    response
}
