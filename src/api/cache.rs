//! The response cache (serialized bytes, keyed by route, canonical query and locale
//! chain), strong ETags, and `Cache-Control`; answering conditional requests and byte
//! ranges for the bundle with the helpers in `conditional.rs`.

use std::sync::{Arc, OnceLock};

use actix_web::http::header::{self, HeaderValue};
use actix_web::web::Bytes;
use actix_web::{HttpRequest, HttpResponse};
use chrono::{DateTime, NaiveDate, NaiveTime, Utc};
use moka::future::Cache;
use moka::ops::compute::Op;
use xxhash_rust::xxh3::xxh3_128;

use super::conditional::{
    field_list, http_date, if_match_hits, if_modified_since, none_match, requested_range, RangeRequest,
};
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
    /// The offline bundle: cached like content, and served in byte ranges so a phone on a
    /// bad network can resume it.
    Bundle,
}

impl CachePolicy {
    fn header_value(self) -> HeaderValue {
        HeaderValue::from_static(match self {
            CachePolicy::Content | CachePolicy::Bundle => {
                "public, max-age=3600, stale-while-revalidate=86400, stale-if-error=604800"
            }
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
    /// The strong ETag of each representation: a hash of the uncompressed bytes plus the
    /// coding's suffix. Header values are made once here, not on every answer.
    etags: [HeaderValue; 3],
    content_language: HeaderValue,
    content_type: &'static str,
    /// False for files that are the same in every language (scripts, the spec): they do
    /// not vary on `Accept-Language`.
    varies_by_language: bool,
    /// When the content behind this body last changed, as an HTTP date.
    last_modified: Option<(DateTime<Utc>, HeaderValue)>,
    gzip: OnceLock<Option<Bytes>>,
    brotli: OnceLock<Option<Bytes>>,
}

impl CachedBody {
    pub fn new(body: Vec<u8>, content_language: String) -> Self {
        let hash = xxh3_128(&body);
        let etag = |coding: Coding| {
            let text = format!("\"{hash:032x}{}\"", coding.etag_suffix());
            HeaderValue::from_str(&text).expect("hex digits and a suffix make a valid header value")
        };
        Self {
            body: Bytes::from(body),
            etags: [etag(Coding::Identity), etag(Coding::Gzip), etag(Coding::Brotli)],
            // A language tag is ASCII; were it ever not, the header is left out, not faked.
            content_language: HeaderValue::from_str(&content_language).unwrap_or(HeaderValue::from_static("")),
            content_type: "application/json",
            varies_by_language: true,
            last_modified: None,
            gzip: OnceLock::new(),
            brotli: OnceLock::new(),
        }
    }

    pub fn content_type(&self) -> &'static str {
        self.content_type
    }

    pub fn with_content_type(mut self, content_type: &'static str) -> Self {
        self.content_type = content_type;
        self
    }

    /// For a file that is the same in every language: no `Content-Language`, and no
    /// `Vary: Accept-Language`.
    pub fn language_independent(mut self) -> Self {
        self.varies_by_language = false;
        self.content_language = HeaderValue::from_static("");
        self
    }

    /// Sends `Last-Modified` (and honours `If-Modified-Since`) for content last changed on `date`.
    pub fn last_modified_on(mut self, date: NaiveDate) -> Self {
        let at = date.and_time(NaiveTime::MIN).and_utc();
        self.last_modified = HeaderValue::from_str(&http_date(at)).ok().map(|value| (at, value));
        self
    }

    /// The strong ETag of one representation.
    pub fn etag(&self, coding: Coding) -> &HeaderValue {
        &self.etags[match coding {
            Coding::Identity => 0,
            Coding::Gzip => 1,
            Coding::Brotli => 2,
        }]
    }

    /// The representation the request accepts best: its coding and bytes, compressed on
    /// first demand. If compressing fails, the identity bytes are sent instead.
    fn representation(&self, request: &HttpRequest) -> Representation {
        let accept_encoding = request.headers().get(header::ACCEPT_ENCODING).and_then(|v| v.to_str().ok());
        let coding = negotiate(accept_encoding, self.body.len());
        let slot = match coding {
            Coding::Identity => return Representation::identity(self),
            Coding::Gzip => &self.gzip,
            Coding::Brotli => &self.brotli,
        };
        let mut made_now = false;
        let encoded = slot.get_or_init(|| {
            made_now = true;
            compress(&self.body, coding)
        });
        match encoded {
            Some(body) => Representation { coding, body: body.clone(), made_now },
            None => Representation { made_now, ..Representation::identity(self) },
        }
    }

    /// The bytes this entry holds in memory, compressed forms included.
    fn held_bytes(&self) -> usize {
        let compressed: usize =
            [&self.gzip, &self.brotli].into_iter().filter_map(|slot| slot.get()?.as_ref()).map(Bytes::len).sum();
        let etags: usize = self.etags.iter().map(HeaderValue::len).sum();
        self.body.len() + compressed + etags + self.content_language.len()
    }
}

/// One coding of a cached body, as it is about to be sent.
struct Representation {
    coding: Coding,
    body: Bytes,
    /// This request paid for compressing it, so the cache must weigh the entry again.
    made_now: bool,
}

impl Representation {
    fn identity(cached: &CachedBody) -> Self {
        Self { coding: Coding::Identity, body: cached.body.clone(), made_now: false }
    }
}

/// What an entry costs beyond its bytes: the cache's node, the `Arc`, string headers.
const ENTRY_OVERHEAD_BYTES: usize = 256;

/// Bounded by bytes, not by entries, so memory stays flat whatever the traffic.
#[derive(Clone)]
pub struct ResponseCache {
    entries: Cache<CacheKey, Arc<CachedBody>>,
}

impl ResponseCache {
    pub fn new(max_bytes: u64) -> Self {
        let entries = Cache::builder()
            .max_capacity(max_bytes)
            // Compressed forms are made on first demand; the entry is weighed again then
            // (see `respond`), so the budget counts every byte held.
            .weigher(|key: &CacheKey, value: &Arc<CachedBody>| {
                let key_bytes = key.content_version.len() + key.path.len() + key.params.len() + key.locales.len();
                u32::try_from(key_bytes + value.held_bytes() + ENTRY_OVERHEAD_BYTES).unwrap_or(u32::MAX)
            })
            .build();
        Self { entries }
    }

    /// Returns the cached body, rendering it once (even under concurrent misses) if absent,
    /// and whether it was rendered now (a miss). Errors are returned, never cached.
    pub async fn get_or_render(
        &self,
        key: &CacheKey,
        render: impl FnOnce() -> Result<CachedBody, ApiError>,
    ) -> Result<(Arc<CachedBody>, bool), ApiError> {
        let entry = self
            .entries
            .entry_by_ref(key)
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

    /// [`respond_cached`] for a body this cache holds under `key`: when the answer made a
    /// compressed form, the entry is weighed again so the byte budget includes it. Also
    /// says whether that happened (the cache grew), and gives the whole body of the
    /// representation chosen (what a `200` would carry, even when this answer is a `304`).
    pub async fn respond(
        &self,
        request: &HttpRequest,
        key: &CacheKey,
        cached: &Arc<CachedBody>,
        policy: CachePolicy,
    ) -> (HttpResponse, bool, Bytes) {
        let representation = cached.representation(request);
        let grew = representation.made_now;
        if grew {
            self.reweigh(key, cached).await;
        }
        let body = representation.body.clone();
        (response_for(request, cached, representation, policy), grew, body)
    }

    /// Puts the same body back under its key (only if it is still the one cached there,
    /// so an entry evicted or replaced meanwhile is not brought back).
    async fn reweigh(&self, key: &CacheKey, cached: &Arc<CachedBody>) {
        self.entries
            .entry_by_ref(key)
            .and_compute_with(|entry| {
                let op = match entry {
                    Some(entry) if Arc::ptr_eq(entry.value(), cached) => Op::Put(entry.into_value()),
                    _ => Op::Nop,
                };
                std::future::ready(op)
            })
            .await;
    }
}

/// A `200` with the body in the best coding the client accepts, or a `304` when the
/// client already holds this exact representation. For bodies held outside the cache
/// (static assets, the OpenAPI document).
pub fn respond_cached(request: &HttpRequest, cached: &CachedBody, policy: CachePolicy) -> HttpResponse {
    response_for(request, cached, cached.representation(request), policy)
}

fn response_for(
    request: &HttpRequest,
    cached: &CachedBody,
    representation: Representation,
    policy: CachePolicy,
) -> HttpResponse {
    let Representation { coding, body, .. } = representation;
    let etag = cached.etag(coding);
    let etag_text = etag.to_str().unwrap_or_default();
    // RFC 9110 §13.2.2: If-Match first, then If-None-Match, or If-Modified-Since when
    // there is no If-None-Match, then Range.
    if field_list(request, header::IF_MATCH).is_some_and(|list| !if_match_hits(&list, etag_text)) {
        return HttpResponse::from_error(ApiError::PreconditionFailed);
    }
    let not_modified = match none_match(request.headers(), etag_text) {
        Some(hit) => hit,
        None => {
            cached.last_modified.as_ref().zip(if_modified_since(request)).is_some_and(|((at, _), since)| *at <= since)
        }
    };
    let ranges = policy == CachePolicy::Bundle;
    let range = if ranges && !not_modified && request.method() == actix_web::http::Method::GET {
        match requested_range(request, body.len()) {
            RangeRequest::None => None,
            RangeRequest::Satisfiable(range) => Some(range),
            RangeRequest::Unsatisfiable => {
                return HttpResponse::from_error(ApiError::RangeNotSatisfiable { length: body.len() });
            }
        }
    } else {
        None
    };
    let mut response = match (not_modified, &range) {
        (true, _) => HttpResponse::NotModified(),
        (false, Some(_)) => HttpResponse::PartialContent(),
        (false, None) => HttpResponse::Ok(),
    };
    let vary = if cached.varies_by_language { "Accept-Language, Accept-Encoding" } else { "Accept-Encoding" };
    response
        .insert_header((header::CACHE_CONTROL, policy.header_value()))
        .insert_header((header::VARY, HeaderValue::from_static(vary)))
        .insert_header((header::ETAG, etag.clone()));
    if !cached.content_language.is_empty() {
        response.insert_header((header::CONTENT_LANGUAGE, cached.content_language.clone()));
    }
    if let Some((_, value)) = &cached.last_modified {
        response.insert_header((header::LAST_MODIFIED, value.clone()));
    }
    if let Some(encoding) = coding.header() {
        response.insert_header((header::CONTENT_ENCODING, encoding));
    }
    if ranges {
        response.insert_header((header::ACCEPT_RANGES, HeaderValue::from_static("bytes")));
    }
    if not_modified {
        return response.finish();
    }
    match range {
        Some((first, last)) => {
            if let Ok(value) = HeaderValue::from_str(&format!("bytes {first}-{last}/{}", body.len())) {
                response.insert_header((header::CONTENT_RANGE, value));
            }
            response.content_type(cached.content_type).body(body.slice(first..=last))
        }
        None => response.content_type(cached.content_type).body(body),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn etags_are_strong_and_follow_the_bytes() {
        let etag = |text: &[u8], coding| {
            CachedBody::new(text.to_vec(), "en".into()).etag(coding).to_str().expect("ASCII").to_owned()
        };
        let a = etag(b"one", Coding::Identity);
        let b = etag(b"two", Coding::Identity);
        assert!(a.starts_with('"') && a.ends_with('"') && a.len() == 34, "strong, quoted: {a}");
        assert_ne!(a, b);
        assert_eq!(a, etag(b"one", Coding::Identity));
        let gzip = etag(b"one", Coding::Gzip);
        assert_ne!(a, gzip, "each representation has its own strong ETag");
    }

    /// The budget must count compressed copies too, or memory could exceed it by their
    /// size: an entry grows by exactly the bytes each new coding adds.
    #[actix_web::test]
    async fn compressed_forms_are_weighed_into_the_budget() {
        let cache = ResponseCache::new(1 << 20);
        let key =
            CacheKey { content_version: "v".into(), path: "/p".into(), params: String::new(), locales: "en".into() };
        let text = "{\"say\":\"You are not alone.\"}".repeat(400).into_bytes();
        let (cached, _) = cache.get_or_render(&key, || Ok(CachedBody::new(text.clone(), "en".into()))).await.unwrap();
        let (_, plain) = cache.size().await;
        let asking = |coding| {
            actix_web::test::TestRequest::default().insert_header(("accept-encoding", coding)).to_http_request()
        };
        let mut expected = plain;
        for coding in ["gzip", "br", "gzip"] {
            let (response, grew, _) = cache.respond(&asking(coding), &key, &cached, CachePolicy::Content).await;
            let sent = actix_web::body::to_bytes(response.into_body()).await.unwrap();
            assert!(sent.len() < text.len() / 4, "{coding} was sent compressed");
            if grew {
                expected += sent.len() as u64;
            }
            let (entries, weighted) = cache.size().await;
            assert_eq!((entries, weighted), (1, expected), "after {coding}");
        }
        assert!(expected > plain, "both compressed copies are counted");
    }
}
