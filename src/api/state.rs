//! What every request handler shares.

use std::sync::Arc;

use super::cache::{CachedBody, ResponseCache};
use crate::content::Catalog;

/// Built once, outside `HttpServer::new`, so every worker shares one catalog and one cache.
pub struct AppState {
    catalog: Arc<Catalog>,
    pub cache: ResponseCache,
    /// The OpenAPI document, serialized once at start-up.
    pub openapi: CachedBody,
}

impl AppState {
    pub fn new(catalog: Catalog, cache: ResponseCache, openapi: CachedBody) -> Self {
        Self { catalog: Arc::new(catalog), cache, openapi }
    }

    /// The current content snapshot. Callers hold the `Arc` for the whole request, so a
    /// request always sees one snapshot from start to end.
    pub fn catalog(&self) -> Arc<Catalog> {
        Arc::clone(&self.catalog)
    }
}
