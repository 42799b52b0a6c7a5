//! What every request handler shares, and the one place a new snapshot is swapped in.

use std::path::PathBuf;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::{Arc, Mutex, PoisonError, RwLock};

use chrono::{DateTime, Utc};

use super::cache::{CachedBody, ResponseCache};
use super::metrics::Metrics;
use super::rate_limit::RateLimiter;
use super::ready::content_id;
use super::request_id::RequestIds;
use crate::content::problems::LoadFailure;
use crate::content::Catalog;

/// Built once, outside `HttpServer::new`, so every worker shares one catalog and one cache.
pub struct AppState {
    catalog: RwLock<Arc<Catalog>>,
    /// `ready::content_id` of the catalog being served, read by every ready answer
    /// without taking the catalog's lock.
    content: AtomicU64,
    pub cache: ResponseCache,
    /// The OpenAPI document, serialized once at start-up.
    pub openapi: CachedBody,
    content_dir: PathBuf,
    reloads: Mutex<ReloadLog>,
    /// Held for a whole reload, so two never interleave; `/health` never waits on it (it
    /// reads `reloads`, which is only held for the moment it takes to update).
    reloading: Mutex<()>,
    request_ids: RequestIds,
    /// Every origin may read (no CORS allow-list configured).
    pub public_cors: bool,
    /// `None` when rate limiting is off.
    pub rate_limiter: Option<std::sync::Arc<RateLimiter>>,
    /// False once shutdown has begun: `/health/ready` then says so.
    ready: AtomicBool,
    pub metrics: Metrics,
}

/// What happened to reloads since start-up, for `/health`.
#[derive(Debug, Clone, Default)]
pub struct ReloadLog {
    pub loaded_at: Option<DateTime<Utc>>,
    pub succeeded: u64,
    pub failed: u64,
    pub last_failure: Option<(DateTime<Utc>, Vec<String>)>,
}

impl AppState {
    pub fn new(
        catalog: Catalog,
        cache: ResponseCache,
        openapi: CachedBody,
        content_dir: PathBuf,
        public_cors: bool,
        rate_limiter: Option<std::sync::Arc<RateLimiter>>,
        metrics: Metrics,
    ) -> Self {
        metrics.set_content_version(&catalog.version);
        let log = ReloadLog { loaded_at: Some(Utc::now()), ..ReloadLog::default() };
        Self {
            content: AtomicU64::new(content_id(&catalog.version)),
            catalog: RwLock::new(Arc::new(catalog)),
            cache,
            openapi,
            content_dir,
            reloads: Mutex::new(log),
            reloading: Mutex::new(()),
            request_ids: RequestIds::default(),
            public_cors,
            rate_limiter,
            ready: AtomicBool::new(true),
            metrics,
        }
    }

    /// The folder the content is loaded from.
    pub fn content_dir(&self) -> &PathBuf {
        &self.content_dir
    }

    pub fn is_ready(&self) -> bool {
        self.ready.load(Ordering::SeqCst)
    }

    pub fn set_ready(&self, ready: bool) {
        self.ready.store(ready, Ordering::SeqCst);
    }

    pub fn request_ids(&self) -> &RequestIds {
        &self.request_ids
    }

    /// The current content snapshot. Callers hold the `Arc` for the whole request, so a
    /// request always sees one snapshot from start to end, even across a reload.
    pub fn catalog(&self) -> Arc<Catalog> {
        // A poisoned lock still guards a whole, valid `Arc`: only the swap writes it.
        Arc::clone(&self.catalog.read().unwrap_or_else(PoisonError::into_inner))
    }

    /// The identity of the content being served (see `ready.rs`).
    pub fn content_id(&self) -> u64 {
        self.content.load(Ordering::Acquire)
    }

    pub fn reload_log(&self) -> ReloadLog {
        self.reloads.lock().unwrap_or_else(PoisonError::into_inner).clone()
    }

    /// Loads and checks a whole new snapshot, blocking; only if it is valid is it swapped
    /// in, in one step, and the response cache emptied so ETags follow the new content.
    /// On failure the old snapshot keeps serving and the problems are kept for `/health`.
    /// Reloads are serialized by their own lock, never by the log `/health` reads, so a
    /// reload stuck on a hung file cannot stall a request.
    pub fn reload_blocking(
        &self,
        load: impl FnOnce(&PathBuf) -> Result<Catalog, LoadFailure>,
    ) -> Result<String, LoadFailure> {
        let _one_at_a_time = self.reloading.lock().unwrap_or_else(PoisonError::into_inner);
        let started = std::time::Instant::now();
        tracing::info!(content = %self.content_dir.display(), "reload started");
        let outcome = load(&self.content_dir);
        let elapsed_ms = started.elapsed().as_millis();
        let mut log = self.reloads.lock().unwrap_or_else(PoisonError::into_inner);
        match outcome {
            Ok(catalog) => {
                let version = catalog.version.clone();
                {
                    let mut current = self.catalog.write().unwrap_or_else(PoisonError::into_inner);
                    self.content.store(content_id(&version), Ordering::Release);
                    *current = Arc::new(catalog);
                }
                self.cache.clear();
                log.loaded_at = Some(Utc::now());
                log.succeeded += 1;
                self.metrics.reloads_succeeded.inc();
                self.metrics.set_content_version(&version);
                tracing::info!(%version, elapsed_ms, "content reloaded");
                Ok(version)
            }
            Err(failure) => {
                log.failed += 1;
                self.metrics.reloads_failed.inc();
                log.last_failure = Some((Utc::now(), failure.problems.iter().map(ToString::to_string).collect()));
                tracing::error!(problems = %failure, elapsed_ms, "reload rejected; still serving the previous content");
                Err(failure)
            }
        }
    }
}
