//! Cross-origin reads for partner sites: any origin by default (the content is public and
//! carries no cookies), or only a configured allow-list.

use actix_cors::Cors;
use actix_web::http::header::{self, HeaderName};
use actix_web::http::Method;

/// `allowed_origins` empty: any origin may read. Otherwise only those exact origins.
pub fn cors(allowed_origins: &[String]) -> Cors {
    // A public, read-only API: a `GET`/`HEAD` preflight may ask for any request header
    // (`Content-Type`, tracing headers such as `traceparent`, `sentry-trace`, `baggage`,
    // `X-Requested-With`...), since none of them can change what a read returns.
    let cors = Cors::default()
        .allowed_methods([Method::GET, Method::HEAD])
        .allow_any_header()
        .expose_headers([
            header::ETAG,
            header::CONTENT_LANGUAGE,
            header::RETRY_AFTER,
            HeaderName::from_static("ratelimit-limit"),
            HeaderName::from_static("ratelimit-remaining"),
            HeaderName::from_static("ratelimit-reset"),
            super::request_id::REQUEST_ID,
        ])
        .max_age(86_400);
    if allowed_origins.is_empty() {
        // `send_wildcard` answers `*` rather than echoing the origin, so shared caches
        // can keep one copy for every site.
        cors.allow_any_origin().send_wildcard()
    } else {
        allowed_origins.iter().fold(cors, |cors, origin| cors.allowed_origin(origin))
    }
}
