//! Ready answers: a cached answer, served again before routing with its headers made once.
//!
//! The response cache keeps rendered bodies, but every hit still went through routing
//! (regexes for the path templates), five middleware layers, locale negotiation, the
//! cache key's strings and a fresh set of headers. Here each worker remembers the *whole*
//! answer, keyed by exactly what the request sent that can change it:
//!
//! - the method;
//! - the path and query, as sent;
//! - `Accept-Language`;
//! - `Accept-Encoding`.
//!
//! A request that sends the same again gets those headers and body back. It is still
//! rate-limited, size-checked, counted, logged and given its own request id.
//!
//! What is kept, and when it goes:
//!
//! - Only what the handlers marked [`Reusable`]: answers from the response cache, a `200`
//!   or a `304` (which carries the `200`'s body along, so a key whose every request
//!   revalidates is kept too).
//! - Requests with `Range`, `If-Match`, `If-Modified-Since`, `If-Unmodified-Since` or
//!   `If-Range` always take the full path. So does `Origin` when CORS has an allow-list,
//!   because the answer then depends on the origin.
//! - `If-None-Match` is answered here with a `304`, as the full path would.
//! - An answer goes when the content it came from is replaced.
//! - Crisis-line answers (which say what is open now) go at the end of the minute their
//!   request started in.
//! - Each worker keeps at most [`MAX_ENTRIES`] answers and [`MAX_BYTES`] of bodies, and
//!   starts afresh when full. Each keeps its own copy of the bytes: shared bytes would
//!   have both cores update one reference count on every answer.

use std::cell::{Cell, RefCell};
use std::collections::HashMap;
use std::hash::Hasher;
use std::rc::Rc;
use std::time::{Duration, Instant};

use actix_web::dev::ServiceRequest;
use actix_web::http::header::{self, HeaderMap, HeaderName, HeaderValue};
use actix_web::http::{Method, StatusCode};
use actix_web::web::Bytes;
use actix_web::{HttpRequest, HttpResponse};
use chrono::{DateTime, Utc};
use xxhash_rust::xxh3::Xxh3;

use super::conditional::none_match;
use super::metrics::RouteMetrics;

/// Answers kept per worker.
pub const MAX_ENTRIES: usize = 2048;
/// Body bytes kept per worker (copies of the response cache's).
pub const MAX_BYTES: usize = 8 << 20;

/// Headers that differ on every answer, so they are never kept.
const PER_REQUEST: [&str; 4] = ["x-request-id", "ratelimit-limit", "ratelimit-remaining", "ratelimit-reset"];

/// Put on a response by the handler that made it: the ready answers may keep it.
#[derive(Debug, Clone)]
pub struct Reusable {
    /// [`content_id`] of the snapshot the body was rendered from.
    pub content: u64,
    /// The answer says what is open now: it is good until the end of the minute.
    pub per_minute: bool,
    /// The `200`'s whole body, also when the answer itself is a `304`, so a key that is
    /// only ever revalidated is kept too.
    pub body: Bytes,
    pub content_type: &'static str,
}

/// A snapshot's identity for the ready answers: a hash of its content version.
pub fn content_id(version: &str) -> u64 {
    xxhash_rust::xxh3::xxh3_64(version.as_bytes())
}

/// One worker's answers. Workers never share them, so a lookup takes no lock.
#[derive(Default)]
pub struct ReadyAnswers {
    entries: RefCell<HashMap<u64, Rc<ReadyAnswer>>>,
    held_bytes: Cell<usize>,
}

pub struct ReadyAnswer {
    method: Method,
    target: Box<str>,
    accept_language: Option<HeaderValue>,
    accept_encoding: Option<HeaderValue>,
    content: u64,
    expires: Option<Instant>,
    /// The headers of the `200` and of the `304`, made once.
    ok_headers: Vec<(HeaderName, HeaderValue)>,
    not_modified_headers: Vec<(HeaderName, HeaderValue)>,
    etag: Box<str>,
    body: Bytes,
    pub route: std::sync::Arc<str>,
    ok: RouteMetrics,
    not_modified: RouteMetrics,
}

impl ReadyAnswer {
    /// The answer to `request`: `304` when it already holds this representation.
    pub fn give(&self, request: &ServiceRequest) -> HttpResponse<Bytes> {
        let not_modified = none_match(request.headers(), &self.etag).unwrap_or(false);
        let (status, body) =
            if not_modified { (StatusCode::NOT_MODIFIED, Bytes::new()) } else { (StatusCode::OK, self.body.clone()) };
        let kept = if not_modified { &self.not_modified_headers } else { &self.ok_headers };
        // Sized once for these and the per-request ones `headers.rs` adds (the request id
        // and three rate-limit fields): growing the map as it fills rehashed it twice.
        let mut headers = HeaderMap::with_capacity(kept.len() + 4);
        for (name, value) in kept {
            headers.append(name.clone(), value.clone());
        }
        let mut response = HttpResponse::with_body(status, body);
        *response.headers_mut() = headers;
        response
    }

    /// Where an answer with `status` (from [`Self::give`]) is counted.
    pub fn metrics(&self, status: StatusCode) -> &RouteMetrics {
        if status == StatusCode::NOT_MODIFIED {
            &self.not_modified
        } else {
            &self.ok
        }
    }
}

/// Whether the request can be answered (or kept) here: see the module documentation.
pub fn eligible(method: &Method, headers: &HeaderMap, public_cors: bool) -> bool {
    (method == Method::GET || method == Method::HEAD)
        && !headers.contains_key(header::RANGE)
        && !headers.contains_key(header::IF_MATCH)
        && !headers.contains_key(header::IF_MODIFIED_SINCE)
        && !headers.contains_key(header::IF_UNMODIFIED_SINCE)
        && !headers.contains_key(header::IF_RANGE)
        && (public_cors || !headers.contains_key(header::ORIGIN))
}

fn key_of(method: &Method, target: &str, headers: &HeaderMap) -> u64 {
    let mut hasher = Xxh3::new();
    hasher.write(method.as_str().as_bytes());
    hasher.write_u8(0);
    hasher.write(target.as_bytes());
    for name in [header::ACCEPT_LANGUAGE, header::ACCEPT_ENCODING] {
        hasher.write_u8(0);
        if let Some(value) = headers.get(name) {
            hasher.write(value.as_bytes());
        }
    }
    hasher.finish()
}

fn target_of(uri: &actix_web::http::Uri) -> &str {
    uri.path_and_query().map_or("/", |target| target.as_str())
}

impl ReadyAnswers {
    /// The ready answer for `request`, if this worker holds a current one.
    pub fn find(&self, request: &ServiceRequest, content_now: u64, now: Instant) -> Option<Rc<ReadyAnswer>> {
        let method = request.method();
        let headers = request.headers();
        let target = target_of(request.uri());
        let key = key_of(method, target, headers);
        let mut entries = self.entries.borrow_mut();
        let answer = entries.get(&key)?;
        let current = answer.content == content_now && answer.expires.is_none_or(|expires| now < expires);
        if !current {
            let gone = entries.remove(&key);
            self.held_bytes.set(self.held_bytes.get().saturating_sub(gone.map_or(0, |a| a.body.len())));
            return None;
        }
        let same = answer.method == method
            && *answer.target == *target
            && answer.accept_language.as_ref() == headers.get(header::ACCEPT_LANGUAGE)
            && answer.accept_encoding.as_ref() == headers.get(header::ACCEPT_ENCODING);
        same.then(|| Rc::clone(answer))
    }

    /// Keeps a finished `200` or `304` the handler marked reusable. `started` and `started_wall`
    /// are when the request began (a crisis-line answer is good until that minute ends);
    /// `route` and `metrics` say how to count later answers.
    pub fn keep(&self, finished: Finished<'_>) {
        let Finished { request, headers, reusable, route, metrics, started, started_wall } = finished;
        let body = &reusable.body;
        if body.len() > MAX_BYTES {
            return;
        }
        let expires = reusable.per_minute.then(|| started + until_minute_ends(started_wall));
        let Some(etag) = headers.get(header::ETAG).and_then(|v| v.to_str().ok()) else { return };
        // Copies of their own, not clones: a clone shares its bytes' reference count with
        // the other workers, and every answer would then touch that count on both cores.
        let mut ok_headers = Vec::with_capacity(headers.len());
        let mut not_modified_headers = Vec::with_capacity(headers.len());
        for (name, value) in headers.iter().filter(|(name, _)| !PER_REQUEST.contains(&name.as_str())) {
            let Ok(value) = HeaderValue::from_bytes(value.as_bytes()) else { continue };
            // A 304 has no body, so no type (as the full path's 304 has none).
            if name != header::CONTENT_TYPE {
                not_modified_headers.push((name.clone(), value.clone()));
            }
            ok_headers.push((name.clone(), value));
        }
        // Kept from a 304, which has no type: the 200 has its body's.
        if !headers.contains_key(header::CONTENT_TYPE) {
            ok_headers.push((header::CONTENT_TYPE, HeaderValue::from_static(reusable.content_type)));
        }
        let answer = ReadyAnswer {
            method: request.method().clone(),
            target: target_of(request.uri()).into(),
            accept_language: request.headers().get(header::ACCEPT_LANGUAGE).cloned(),
            accept_encoding: request.headers().get(header::ACCEPT_ENCODING).cloned(),
            content: reusable.content,
            expires,
            ok_headers,
            not_modified_headers,
            etag: etag.into(),
            body: Bytes::copy_from_slice(body),
            ok: metrics.route(&route, request.method().as_str(), 200),
            not_modified: metrics.route(&route, request.method().as_str(), 304),
            route: route.into(),
        };
        let key = key_of(request.method(), target_of(request.uri()), request.headers());
        let mut entries = self.entries.borrow_mut();
        if entries.len() >= MAX_ENTRIES || self.held_bytes.get() + body.len() > MAX_BYTES {
            entries.clear();
            self.held_bytes.set(0);
        }
        let replaced = entries.insert(key, Rc::new(answer));
        let held = self.held_bytes.get() + body.len() - replaced.map_or(0, |a| a.body.len());
        self.held_bytes.set(held);
    }
}

/// A finished answer offered to [`ReadyAnswers::keep`].
pub struct Finished<'a> {
    pub request: &'a HttpRequest,
    pub headers: &'a HeaderMap,
    pub reusable: Reusable,
    pub route: String,
    pub metrics: &'a super::metrics::Metrics,
    pub started: Instant,
    pub started_wall: DateTime<Utc>,
}

/// Time left in the minute `at` falls in, less a millisecond so an answer never outlives
/// its minute by clock rounding.
fn until_minute_ends(at: DateTime<Utc>) -> Duration {
    let into = Duration::from_secs(at.timestamp().rem_euclid(60).unsigned_abs())
        + Duration::from_nanos(u64::from(at.timestamp_subsec_nanos()));
    Duration::from_secs(60).saturating_sub(into).saturating_sub(Duration::from_millis(1))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_minute_answer_ends_with_its_minute() {
        let at = DateTime::parse_from_rfc3339("2026-12-01T10:15:42.5Z").expect("a time").with_timezone(&Utc);
        assert_eq!(until_minute_ends(at), Duration::from_millis(17_499));
        let on_the_minute = DateTime::parse_from_rfc3339("2026-12-01T10:15:00Z").expect("a time").with_timezone(&Utc);
        assert_eq!(until_minute_ends(on_the_minute), Duration::from_millis(59_999));
    }

    fn keep_one(answers: &ReadyAnswers, metrics: &super::super::metrics::Metrics, wall: &str, started: Instant) {
        let request = actix_web::test::TestRequest::get().uri("/v1/hotlines?country=GB").to_http_request();
        let mut headers = HeaderMap::new();
        headers.insert(header::ETAG, HeaderValue::from_static("\"x\""));
        answers.keep(Finished {
            request: &request,
            headers: &headers,
            reusable: Reusable {
                content: 7,
                per_minute: true,
                body: Bytes::from_static(b"{}"),
                content_type: "application/json",
            },
            route: "/v1/hotlines".to_owned(),
            metrics,
            started,
            started_wall: DateTime::parse_from_rfc3339(wall).expect("a time").with_timezone(&Utc),
        });
    }

    #[test]
    fn a_crisis_line_answer_goes_when_its_minute_ends_or_its_content_is_replaced() {
        let metrics = super::super::metrics::Metrics::new().expect("metrics");
        let answers = ReadyAnswers::default();
        let asking = || actix_web::test::TestRequest::get().uri("/v1/hotlines?country=GB").to_srv_request();
        let started = Instant::now();
        keep_one(&answers, &metrics, "2026-12-01T10:15:59.990Z", started);
        assert!(answers.find(&asking(), 7, started + Duration::from_millis(5)).is_some(), "within its minute");
        assert!(answers.find(&asking(), 7, started + Duration::from_millis(10)).is_none(), "the minute is over");
        keep_one(&answers, &metrics, "2026-12-01T10:15:00Z", started);
        assert!(answers.find(&asking(), 7, started + Duration::from_secs(30)).is_some());
        let other = actix_web::test::TestRequest::get().uri("/v1/hotlines?country=FR").to_srv_request();
        assert!(answers.find(&other, 7, started).is_none(), "another query is another answer");
        assert!(answers.find(&asking(), 8, started).is_none(), "the content was replaced");
        assert!(answers.find(&asking(), 7, started).is_none(), "and the stale answer is gone");
    }

    #[test]
    fn conditions_other_than_if_none_match_take_the_full_path() {
        let with = |name: &str, value: &str| {
            let mut headers = HeaderMap::new();
            headers.insert(
                HeaderName::from_bytes(name.as_bytes()).expect("a name"),
                HeaderValue::from_str(value).expect("a value"),
            );
            headers
        };
        assert!(eligible(&Method::GET, &HeaderMap::new(), false));
        assert!(eligible(&Method::HEAD, &with("if-none-match", "\"x\""), false));
        for (name, value) in [
            ("range", "bytes=0-1"),
            ("if-match", "\"x\""),
            ("if-modified-since", "Tue, 01 Dec 2026 00:00:00 GMT"),
            ("if-unmodified-since", "Tue, 01 Dec 2026 00:00:00 GMT"),
            ("if-range", "\"x\""),
        ] {
            assert!(!eligible(&Method::GET, &with(name, value), true), "{name}");
        }
        assert!(!eligible(&Method::POST, &HeaderMap::new(), true));
        assert!(!eligible(&Method::GET, &with("origin", "https://a.example"), false), "an allow-list varies by origin");
        assert!(eligible(&Method::GET, &with("origin", "https://a.example"), true), "public CORS does not");
    }
}
