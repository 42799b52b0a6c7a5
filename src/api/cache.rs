//! The response cache (serialized bytes, keyed by route, canonical query and locale
//! chain), strong ETags, `If-None-Match` and `Cache-Control`.

use std::sync::{Arc, OnceLock};

use actix_web::http::header::{self, HeaderValue};
use actix_web::web::Bytes;
use actix_web::{HttpRequest, HttpResponse};
use moka::future::Cache;
use moka::ops::compute::Op;
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
    /// The strong ETag of each representation: a hash of the uncompressed bytes plus the
    /// coding's suffix. Header values are made once here, not on every answer.
    etags: [HeaderValue; 3],
    content_language: HeaderValue,
    content_type: &'static str,
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
            gzip: OnceLock::new(),
            brotli: OnceLock::new(),
        }
    }

    pub fn with_content_type(mut self, content_type: &'static str) -> Self {
        self.content_type = content_type;
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
    /// says whether that happened (the cache grew).
    pub async fn respond(
        &self,
        request: &HttpRequest,
        key: &CacheKey,
        cached: &Arc<CachedBody>,
        policy: CachePolicy,
    ) -> (HttpResponse, bool) {
        let representation = cached.representation(request);
        let grew = representation.made_now;
        if grew {
            self.reweigh(key, cached).await;
        }
        (response_for(request, cached, representation, policy), grew)
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
    let not_modified = request
        .headers()
        .get(header::IF_NONE_MATCH)
        .and_then(|value| value.to_str().ok())
        .is_some_and(|value| if_none_match_hits(value, etag.to_str().unwrap_or_default()));
    let mut response = if not_modified { HttpResponse::NotModified() } else { HttpResponse::Ok() };
    response
        .insert_header((header::CACHE_CONTROL, policy.header_value()))
        .insert_header((header::VARY, HeaderValue::from_static("Accept-Language, Accept-Encoding")))
        .insert_header((header::ETAG, etag.clone()));
    if !cached.content_language.is_empty() {
        response.insert_header((header::CONTENT_LANGUAGE, cached.content_language.clone()));
    }
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
            let (response, grew) = cache.respond(&asking(coding), &key, &cached, CachePolicy::Content).await;
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
