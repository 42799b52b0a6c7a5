//! The response cache (serialized bytes, keyed by route, canonical query and locale
//! chain), strong ETags, `If-None-Match` and `Cache-Control`.

use std::sync::{Arc, OnceLock};

use actix_web::http::header::{self, HeaderValue};
use actix_web::web::Bytes;
use actix_web::{HttpRequest, HttpResponse};
use moka::future::Cache;
use xxhash_rust::xxh3::xxh3_128;

use super::encoding::{compress, negotiate, Coding};
use super::error::ApiError;

/// How long shared caches and apps may keep a resource.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CachePolicy {
    /// Articles, strategies, FAQs: reviewed text that changes rarely.
    Content,
    /// Crisis lines: each answer says which lines are open now, so it is fresh for a
    /// minute; it may be served stale if Haven is unreachable, because an old answer is
    /// still far more useful to a person in crisis than an error page.
    Directory,
    /// Locale list and the OpenAPI document.
    Reference,
}

impl CachePolicy {
    fn header_value(self) -> HeaderValue {
        HeaderValue::from_static(match self {
            CachePolicy::Content => "public, max-age=3600, stale-while-revalidate=86400, stale-if-error=604800",
            CachePolicy::Directory => "public, max-age=60, stale-while-revalidate=300, stale-if-error=604800",
            CachePolicy::Reference => "public, max-age=300",
        })
    }
}

/// What makes two requests get the same bytes. `params` is the canonical form of the
/// parsed query, so `?page=1&tag=x` and `?tag=x&page=01` share an entry, and unknown
/// parameters (which change nothing) cannot grow the cache.
///
/// The content version is part of the key so that a body rendered from an older snapshot
/// can never be served for a newer one, even if it lands in the cache after a swap.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct CacheKey {
    pub content_version: String,
    pub path: String,
    pub params: String,
    pub locales: String,
}

/// A rendered response body, ready to send as often as asked. Compressed forms are made
/// on first demand and kept with it, so a large body is compressed once, not per request.
pub struct CachedBody {
    pub body: Bytes,
    /// The hash of the uncompressed bytes; each coding's ETag adds its suffix.
    hash: String,
    pub content_language: String,
    content_type: &'static str,
    gzip: OnceLock<Option<Bytes>>,
    brotli: OnceLock<Option<Bytes>>,
}

impl CachedBody {
    pub fn new(body: Vec<u8>, content_language: String) -> Self {
        let hash = format!("{:032x}", xxh3_128(&body));
        Self {
            body: Bytes::from(body),
            hash,
            content_language,
            content_type: "application/json",
            gzip: OnceLock::new(),
            brotli: OnceLock::new(),
        }
    }

    pub fn with_content_type(mut self, content_type: &'static str) -> Self {
        self.content_type = content_type;
        self
    }

    /// The strong ETag of one representation.
    pub fn etag(&self, coding: Coding) -> String {
        format!("\"{}{}\"", self.hash, coding.etag_suffix())
    }

    /// The bytes in `coding`, or `None` if compressing failed (then send identity).
    fn encoded(&self, coding: Coding) -> Option<Bytes> {
        let slot = match coding {
            Coding::Identity => return Some(self.body.clone()),
            Coding::Gzip => &self.gzip,
            Coding::Brotli => &self.brotli,
        };
        slot.get_or_init(|| compress(&self.body, coding)).clone()
    }
}

/// Bounded by bytes, not by entries, so memory stays flat whatever the traffic.
#[derive(Clone)]
pub struct ResponseCache {
    entries: Cache<CacheKey, Arc<CachedBody>>,
}

impl ResponseCache {
    pub fn new(max_bytes: u64) -> Self {
        let entries = Cache::builder()
            .max_capacity(max_bytes)
            .weigher(|key: &CacheKey, value: &Arc<CachedBody>| {
                // Compressed forms, made on demand, are far smaller than the body; half
                // its size again bounds both.
                let body = value.body.len() + value.body.len() / 2;
                let size = key.content_version.len() + key.path.len() + key.params.len() + key.locales.len() + body;
                u32::try_from(size).unwrap_or(u32::MAX)
            })
            .build();
        Self { entries }
    }

    /// Returns the cached body, rendering it once (even under concurrent misses) if absent,
    /// and whether it was rendered now (a miss). Errors are returned, never cached.
    pub async fn get_or_render(
        &self,
        key: CacheKey,
        render: impl FnOnce() -> Result<CachedBody, ApiError>,
    ) -> Result<(Arc<CachedBody>, bool), ApiError> {
        let entry = self
            .entries
            .entry(key)
            .or_try_insert_with(async move { render().map(Arc::new) })
            .await
            .map_err(|error: Arc<ApiError>| ApiError::clone(&error))?;
        let rendered_now = entry.is_fresh();
        Ok((entry.into_value(), rendered_now))
    }

    /// Entries and approximate bytes held, for metrics. Settles the cache's pending
    /// bookkeeping first, so the numbers include the latest insert.
    pub async fn size(&self) -> (u64, u64) {
        self.entries.run_pending_tasks().await;
        (self.entries.entry_count(), self.entries.weighted_size())
    }
}

impl ResponseCache {
    /// Drops every entry, after a new snapshot is swapped in.
    pub fn clear(&self) {
        self.entries.invalidate_all();
    }
}

/// A `200` with the body in the best coding the client accepts, or a `304` when the
/// client already holds this exact representation.
pub fn respond_cached(request: &HttpRequest, cached: &CachedBody, policy: CachePolicy) -> HttpResponse {
    let accept_encoding = request.headers().get(header::ACCEPT_ENCODING).and_then(|v| v.to_str().ok());
    let mut coding = negotiate(accept_encoding, cached.body.len());
    let body = match cached.encoded(coding) {
        Some(body) => body,
        None => {
            coding = Coding::Identity;
            cached.body.clone()
        }
    };
    let etag = cached.etag(coding);
    let not_modified = request
        .headers()
        .get(header::IF_NONE_MATCH)
        .and_then(|value| value.to_str().ok())
        .is_some_and(|value| if_none_match_hits(value, &etag));
    let mut response = if not_modified { HttpResponse::NotModified() } else { HttpResponse::Ok() };
    response
        .insert_header((header::CACHE_CONTROL, policy.header_value()))
        .insert_header((header::VARY, HeaderValue::from_static("Accept-Language, Accept-Encoding")))
        .insert_header((header::CONTENT_LANGUAGE, cached.content_language.as_str()))
        .insert_header((header::ETAG, etag));
    if let Some(encoding) = coding.header() {
        response.insert_header((header::CONTENT_ENCODING, encoding));
    }
    if not_modified {
        response.finish()
    } else {
        response.content_type(cached.content_type).body(body)
    }
}

/// `If-None-Match` uses the weak comparison (RFC 9110 §13.1.2): `W/"x"` matches `"x"`.
fn if_none_match_hits(header_value: &str, etag: &str) -> bool {
    header_value
        .split(',')
        .map(str::trim)
        .any(|candidate| candidate == "*" || candidate.strip_prefix("W/").unwrap_or(candidate) == etag)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn if_none_match_compares_weakly_and_accepts_lists_and_star() {
        let etag = "\"abc\"";
        let cases = [
            ("\"abc\"", true, "exact"),
            ("W/\"abc\"", true, "weak form of the same tag"),
            ("\"x\", \"abc\"", true, "in a list"),
            ("*", true, "any"),
            ("\"abd\"", false, "different tag"),
            ("abc", false, "unquoted is not the same tag"),
        ];
        for (header, expected, why) in cases {
            assert_eq!(if_none_match_hits(header, etag), expected, "{why}");
        }
    }

    #[test]
    fn etags_are_strong_and_follow_the_bytes() {
        let a = CachedBody::new(b"one".to_vec(), "en".into()).etag(Coding::Identity);
        let b = CachedBody::new(b"two".to_vec(), "en".into()).etag(Coding::Identity);
        assert!(a.starts_with('"') && a.ends_with('"'), "strong, quoted: {a}");
        assert_ne!(a, b);
        assert_eq!(a, CachedBody::new(b"one".to_vec(), "en".into()).etag(Coding::Identity));
        let gzip = CachedBody::new(b"one".to_vec(), "en".into()).etag(Coding::Gzip);
        assert_ne!(a, gzip, "each representation has its own strong ETag");
    }
}
