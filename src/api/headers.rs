//! Headers every response carries: a request id to follow it through logs, and security
//! headers so browsers treat Haven's answers as data (or as locked-down pages).

use std::sync::atomic::{AtomicU64, Ordering};
use std::time::Instant;

use actix_web::body::MessageBody;
use actix_web::dev::{ServiceRequest, ServiceResponse};
use actix_web::http::header::{self, HeaderName, HeaderValue};
use actix_web::middleware::Next;

use super::stalled_heads::WatchedConnection;

/// The header that carries a request's id, in and out.
pub const REQUEST_ID: HeaderName = HeaderName::from_static("x-request-id");

/// The log target of the one line each request writes.
pub const REQUEST_LOG_TARGET: &str = "haven::request";

/// JSON answers are never pages: nothing may load from them or frame them.
const API_CSP: &str = "default-src 'none'; frame-ancestors 'none'";
/// The interactive docs: Haven's own scripts, and the inline styles Swagger UI sets.
const DOCS_CSP: &str =
    "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; frame-ancestors 'none'; form-action 'none'";

/// Makes request ids: a per-process prefix and a counter, unique without coordination.
pub struct RequestIds {
    prefix: u32,
    next: AtomicU64,
}

impl Default for RequestIds {
    fn default() -> Self {
        let nanos = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map_or(0, |d| d.subsec_nanos());
        Self { prefix: nanos ^ std::process::id().rotate_left(16), next: AtomicU64::new(1) }
    }
}

impl RequestIds {
    fn next(&self) -> String {
        format!("{:08x}-{:x}", self.prefix, self.next.fetch_add(1, Ordering::Relaxed))
    }
}

/// A caller's id is kept when it looks like one (a proxy's trace id); anything else is
/// replaced, so logs never carry arbitrary client text.
fn accepted_request_id(value: &HeaderValue) -> Option<String> {
    let text = value.to_str().ok()?;
    let well_formed = (1..=64).contains(&text.len())
        && text.bytes().all(|b| b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.'));
    well_formed.then(|| text.to_owned())
}

/// Middleware: request id, one log line per request, security headers.
///
/// The log line names the route and status but never the client's address, so logs
/// cannot pair a person with the country or language they asked about.
pub async fn observe_and_secure(
    request: ServiceRequest,
    next: Next<impl MessageBody + 'static>,
) -> Result<ServiceResponse<impl MessageBody>, actix_web::Error> {
    let started = Instant::now();
    let state = request.app_data::<actix_web::web::Data<super::state::AppState>>().cloned();
    let ids = state.as_ref().map(|state| state.request_ids());
    let id = request
        .headers()
        .get(&REQUEST_ID)
        .and_then(accepted_request_id)
        .or_else(|| ids.map(|ids| ids.next()))
        .unwrap_or_default();
    let method = request.method().clone();
    // Marks the connection busy until this function returns, so the stalled-head sweep
    // leaves it alone while Haven answers.
    let _answering = request.conn_data::<WatchedConnection>().map(WatchedConnection::request_started);
    let mut response = next.call(request).await?;
    let route = route_of(response.request());
    let status = response.status().as_u16();
    if let Some(state) = &state {
        state.metrics.observe_request(&route, method.as_str(), status, started.elapsed().as_secs_f64());
    }
    let is_docs = response.request().path().starts_with("/docs");
    // Draining for shutdown: every answer closes its connection, so keep-alive clients
    // open their next request elsewhere instead of losing it when this instance stops.
    let draining = state.as_ref().is_some_and(|state| !state.is_ready());
    if draining {
        response.response_mut().head_mut().set_connection_type(actix_web::http::ConnectionType::Close);
    }
    let headers = response.headers_mut();
    if let Ok(value) = HeaderValue::from_str(&id) {
        headers.insert(REQUEST_ID, value);
    }
    headers.insert(header::X_CONTENT_TYPE_OPTIONS, HeaderValue::from_static("nosniff"));
    headers.insert(header::REFERRER_POLICY, HeaderValue::from_static("no-referrer"));
    if state.as_ref().is_some_and(|state| state.public_cors) {
        make_public_to_every_origin(headers);
    }
    if !headers.contains_key(header::CONTENT_SECURITY_POLICY) {
        let csp = if is_docs { DOCS_CSP } else { API_CSP };
        headers.insert(header::CONTENT_SECURITY_POLICY, HeaderValue::from_static(csp));
    }
    // Per-request lines have their own target, so operators can turn them off without
    // losing anything else: `RUST_LOG=info,haven::request=off`.
    tracing::info!(
        target: REQUEST_LOG_TARGET,
        request_id = %id,
        method = %method,
        route = %route,
        status,
        elapsed_ms = started.elapsed().as_secs_f64() * 1000.0,
        "request"
    );
    Ok(response)
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_well_formed_request_ids_are_kept() {
        let keep = |text: &str| accepted_request_id(&HeaderValue::from_str(text).expect("a header value"));
        assert_eq!(keep("abc-123_x.y"), Some("abc-123_x.y".to_owned()));
        assert_eq!(keep(""), None);
        assert_eq!(keep("has space"), None);
        assert_eq!(keep(&"a".repeat(65)), None);
        assert_eq!(keep("<script>"), None);
    }

    #[test]
    fn generated_ids_are_distinct() {
        let ids = RequestIds::default();
        assert_ne!(ids.next(), ids.next());
    }
}
