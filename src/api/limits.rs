//! Limits that keep one client or one hostile request from costing everyone else:
//! the length of the URI and of the headers, the number of query parameters, and a
//! per-client rate.

use actix_web::body::MessageBody;
use actix_web::dev::{ServiceRequest, ServiceResponse};
use actix_web::http::header::{HeaderName, HeaderValue};
use actix_web::middleware::Next;
use actix_web::{web, HttpMessage};

use super::bounds::{MAX_HEADER_BYTES, MAX_QUERY_PARAMETERS, MAX_URI_BYTES};
use super::error::ApiError;
use super::rate_limit::Decision;
use super::state::AppState;

/// Middleware (inside the problem renderer, so refusals become problem documents).
pub async fn enforce_limits(
    request: ServiceRequest,
    next: Next<impl MessageBody + 'static>,
) -> Result<ServiceResponse<impl MessageBody>, actix_web::Error> {
    if let Some(error) = refusal(&request) {
        return Ok(request.error_response(error).map_into_right_body());
    }
    let decision = rate_limit(&request);
    if let Some(decision) = decision.filter(|d| !d.allowed) {
        return Ok(request.error_response(ApiError::RateLimited(decision)).map_into_right_body());
    }
    let mut response = next.call(request).await?.map_into_left_body();
    if let Some(decision) = decision {
        add_rate_limit_headers(response.headers_mut(), &decision);
    }
    Ok(response)
}

pub fn refusal(request: &ServiceRequest) -> Option<ApiError> {
    let uri_length = request.uri().path().len() + request.query_string().len();
    if uri_length > MAX_URI_BYTES {
        return Some(ApiError::UriTooLong);
    }
    let header_bytes: usize = request.headers().iter().map(|(name, value)| name.as_str().len() + value.len()).sum();
    if header_bytes > MAX_HEADER_BYTES {
        return Some(ApiError::HeadersTooLarge);
    }
    let parameters = request.query_string().split('&').filter(|pair| !pair.is_empty()).count();
    (parameters > MAX_QUERY_PARAMETERS).then_some(ApiError::InvalidQuery)
}

/// Health checks are exempt: a load balancer must always be able to ask. A decision
/// already made for this request (by the ready answers, before routing) is reused, so
/// no request is counted twice.
fn rate_limit(request: &ServiceRequest) -> Option<Decision> {
    if request.path().starts_with("/health") {
        return None;
    }
    if let Some(decision) = request.extensions().get::<Decision>() {
        return Some(*decision);
    }
    let state = request.app_data::<web::Data<AppState>>()?;
    let decision = state.rate_limiter.as_ref()?.check(request);
    request.extensions_mut().insert(decision);
    Some(decision)
}

/// The `RateLimit-*` fields (IETF httpapi draft) clients use to pace themselves. Made
/// from the numbers directly (no intermediate strings): this runs on every answer.
pub fn add_rate_limit_headers(headers: &mut actix_web::http::header::HeaderMap, decision: &Decision) {
    headers.insert(HeaderName::from_static("ratelimit-limit"), HeaderValue::from(decision.limit));
    headers.insert(HeaderName::from_static("ratelimit-remaining"), HeaderValue::from(decision.remaining));
    headers.insert(HeaderName::from_static("ratelimit-reset"), HeaderValue::from(decision.reset_seconds));
}
