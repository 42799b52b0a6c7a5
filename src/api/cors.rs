//! Cross-origin reads for partner sites: any origin by default (the content is public and
//! carries no cookies), or only a configured allow-list.

use actix_cors::Cors;
use actix_web::http::{header, Method};

/// `allowed_origins` empty: any origin may read. Otherwise only those exact origins.
pub fn cors(allowed_origins: &[String]) -> Cors {
    let cors = Cors::default()
        .allowed_methods([Method::GET, Method::HEAD])
        .allowed_headers([header::ACCEPT, header::ACCEPT_LANGUAGE, header::IF_NONE_MATCH, header::CACHE_CONTROL])
        .expose_headers([header::ETAG, header::CONTENT_LANGUAGE])
        .max_age(86_400);
    if allowed_origins.is_empty() {
        // `send_wildcard` answers `*` rather than echoing the origin, so shared caches
        // can keep one copy for every site.
        cors.allow_any_origin().send_wildcard()
    } else {
        allowed_origins.iter().fold(cors, |cors, origin| cors.allowed_origin(origin))
    }
}
