//! Headers every response carries: a request id to follow it through logs, and security
//! headers so browsers treat Haven's answers as data (or as locked-down pages).

use std::time::Instant;

use std::rc::Rc;
use std::sync::Arc;

use actix_web::body::{EitherBody, MessageBody};
use actix_web::dev::{ServiceRequest, ServiceResponse};
use actix_web::http::header::{self, HeaderValue};
use actix_web::middleware::Next;
use actix_web::web::Bytes;
use actix_web::HttpMessage;

use super::rate_limit::Decision;
use super::ready::{self, Finished, ReadyAnswers, Reusable};
use super::request_id::{accepted_request_id, REQUEST_ID};
use super::stalled_heads::WatchedConnection;

/// JSON answers are never pages: nothing may load from them or frame them.
const API_CSP: &str = "default-src 'none'; frame-ancestors 'none'";
/// The interactive docs: Haven's own scripts, and the inline styles Swagger UI sets.
const DOCS_CSP: &str =
    "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; frame-ancestors 'none'; form-action 'none'";

/// Middleware: request id, one log line per request, security headers; and the ready
/// answers (`ready.rs`), which it serves before routing and keeps after it.
///
/// The log line names the route and status but never the client's address, so logs
/// cannot pair a person with the country or language they asked about.
pub async fn observe_and_secure<B: MessageBody + 'static>(
    request: ServiceRequest,
    next: Next<B>,
) -> Result<ServiceResponse<EitherBody<B, Bytes>>, actix_web::Error> {
    let started = Instant::now();
    // Marks the connection busy until this function returns, so the stalled-head sweep
    // leaves it alone while Haven answers.
    let _answering = request.conn_data::<WatchedConnection>().map(WatchedConnection::request_started);
    if let Some(response) = answer_ready(&request, started) {
        return Ok(request.into_response(response).map_into_right_body());
    }
    let state = request.app_data::<actix_web::web::Data<super::state::AppState>>().cloned();
    let ready = request.app_data::<Rc<ReadyAnswers>>().cloned();
    let id = request_id(&request, state.as_ref().map(|state| state.get_ref()));
    let started_wall = chrono::Utc::now();
    let method = request.method().clone();
    let mut response = next.call(request).await?;
    let route = route_of(response.request());
    let status = response.status().as_u16();
    if let Some(state) = &state {
        state.metrics.observe_request(&route, method.as_str(), status, started.elapsed().as_secs_f64());
    }
    let is_docs = response.request().path().starts_with("/docs");
    let headers = response.headers_mut();
    if !headers.contains_key(header::CONTENT_SECURITY_POLICY) {
        let csp = if is_docs { DOCS_CSP } else { API_CSP };
        headers.insert(header::CONTENT_SECURITY_POLICY, HeaderValue::from_static(csp));
    }
    headers.insert(header::X_CONTENT_TYPE_OPTIONS, HeaderValue::from_static("nosniff"));
    headers.insert(header::REFERRER_POLICY, HeaderValue::from_static("no-referrer"));
    if state.as_ref().is_some_and(|state| state.public_cors) {
        make_public_to_every_origin(headers);
    }
    if let Some(state) = &state {
        finish_headers(response.response_mut().head_mut(), state, &id, None);
    }
    log_request(id, &method, Arc::from(route.as_str()), status, started);
    let reusable = response.response_mut().extensions_mut().remove::<Reusable>();
    if let (Some(state), Some(ready), Some(reusable)) = (&state, &ready, reusable) {
        let kept_status = status == 200 || status == 304;
        if kept_status && ready::eligible(&method, response.request().headers(), state.public_cors) {
            ready.keep(Finished {
                request: response.request(),
                headers: response.headers(),
                reusable,
                route,
                metrics: &state.metrics,
                started,
                started_wall,
            });
        }
    }
    Ok(response.map_into_left_body())
}

/// A ready answer for `request`, if this worker holds one and the request passes the
/// limits the full path applies first (sizes, then the rate limit), counted and logged.
/// A request refused by the rate limit takes the full path, with its decision, to be
/// answered `429` there. Borrows everything: nothing shared is cloned for a ready answer.
fn answer_ready(request: &ServiceRequest, started: Instant) -> Option<actix_web::HttpResponse<Bytes>> {
    let state = request.app_data::<actix_web::web::Data<super::state::AppState>>()?;
    let ready = request.app_data::<Rc<ReadyAnswers>>()?;
    if !ready::eligible(request.method(), request.headers(), state.public_cors)
        || super::limits::refusal(request).is_some()
    {
        return None;
    }
    let answer = ready.find(request, state.content_id(), started)?;
    let decision = state.rate_limiter.as_ref().map(|limiter| limiter.check(request));
    if let Some(decision) = decision {
        request.extensions_mut().insert(decision);
        if !decision.allowed {
            return None;
        }
    }
    let mut response = answer.give(request);
    let id = request_id(request, Some(state));
    finish_headers(response.head_mut(), state, &id, decision.as_ref());
    answer.metrics(response.status()).observe(started.elapsed().as_secs_f64());
    state.metrics.cache_hits.inc();
    state.metrics.ready_hits.inc();
    let status = response.status().as_u16();
    log_request(id, request.method(), Arc::clone(&answer.route), status, started);
    Some(response)
}

/// The caller's id when it looks like one (a proxy's trace id), else a new one.
fn request_id(request: &ServiceRequest, state: Option<&super::state::AppState>) -> HeaderValue {
    request
        .headers()
        .get(&REQUEST_ID)
        .and_then(accepted_request_id)
        .or_else(|| state.map(|state| state.request_ids().next()))
        .unwrap_or(HeaderValue::from_static(""))
}

/// What every answer gets last, whichever path made it: the request id, the rate-limit
/// fields, and while draining for shutdown `Connection: close`, so keep-alive clients
/// open their next request elsewhere instead of losing it when this instance stops.
fn finish_headers(
    head: &mut actix_web::dev::ResponseHead,
    state: &super::state::AppState,
    id: &HeaderValue,
    decision: Option<&Decision>,
) {
    if !state.is_ready() {
        head.set_connection_type(actix_web::http::ConnectionType::Close);
    }
    if !id.is_empty() {
        head.headers_mut().insert(REQUEST_ID, id.clone());
    }
    if let Some(decision) = decision {
        super::limits::add_rate_limit_headers(head.headers_mut(), decision);
    }
}

fn log_request(id: HeaderValue, method: &actix_web::http::Method, route: Arc<str>, status: u16, started: Instant) {
    crate::logging::log_request(crate::logging::RequestLine {
        at: std::time::SystemTime::now(),
        id,
        method: method.clone(),
        route,
        status,
        elapsed: started.elapsed(),
    });
}

/// The route template a request matched: from the API's own templates when it is one
/// of them (cheap), else actix's pattern (the docs, the widget's assets), else
/// `unmatched`, so logs and metrics never hold a raw path.
fn route_of(request: &actix_web::HttpRequest) -> String {
    let known = request.app_data::<actix_web::web::Data<super::fallback::KnownPaths>>();
    match known.and_then(|known| known.template_of(request.path())) {
        Some(template) => template.to_owned(),
        None => request.match_pattern().unwrap_or_else(|| "unmatched".to_owned()),
    }
}

/// With no allow-list, every answer is readable from every origin and the same for all
/// of them: say so on every response (with or without `Origin`), and do not vary on
/// `Origin`, which would only split shared caches into one copy per site.
fn make_public_to_every_origin(headers: &mut header::HeaderMap) {
    headers.insert(header::ACCESS_CONTROL_ALLOW_ORIGIN, HeaderValue::from_static("*"));
    let kept: Vec<String> = headers
        .get_all(header::VARY)
        .filter_map(|value| value.to_str().ok())
        .flat_map(|value| value.split(','))
        .map(str::trim)
        .filter(|name| {
            !name.eq_ignore_ascii_case("origin") && !name.to_ascii_lowercase().starts_with("access-control-request-")
        })
        .map(str::to_owned)
        .collect();
    headers.remove(header::VARY);
    if let Ok(value) = HeaderValue::from_str(&kept.join(", ")) {
        if !kept.is_empty() {
            headers.insert(header::VARY, value);
        }
    }
}
