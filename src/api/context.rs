//! The extractor every content handler takes: shared state, the request, and its
//! negotiated locale chain; and the one way handlers answer.

use std::future::{ready, Ready};
use std::sync::Arc;

use actix_web::dev::Payload;
use actix_web::{web, FromRequest, HttpRequest, HttpResponse};
use serde::Serialize;

use super::cache::{CacheKey, CachePolicy, CachedBody};
use super::error::ApiError;
use super::negotiation::lenient_locale_chain;
use super::negotiation::locale_chain;
use super::ready::{content_id, Reusable};
use super::state::AppState;
use super::text::Localizer;
use crate::content::l10n::LocaleChain;
use crate::content::Catalog;

const JSON: &str = "application/json";

pub struct RequestContext {
    state: web::Data<AppState>,
    catalog: Arc<Catalog>,
    chain: LocaleChain,
    request: HttpRequest,
}

impl FromRequest for RequestContext {
    type Error = ApiError;
    type Future = Ready<Result<Self, ApiError>>;

    fn from_request(request: &HttpRequest, _: &mut Payload) -> Self::Future {
        ready(Self::extract(request))
    }
}

impl RequestContext {
    fn extract(request: &HttpRequest) -> Result<Self, ApiError> {
        let state = request.app_data::<web::Data<AppState>>().cloned().ok_or(ApiError::Internal)?;
        let catalog = state.catalog();
        let chain = locale_chain(request, &catalog.locales)?;
        Ok(Self { state, catalog, chain, request: request.clone() })
    }

    /// Like the extractor, but a malformed `?locale=` negotiates from `Accept-Language`
    /// instead of failing; its problem code comes back for the caller to report. For the
    /// widget, which must always render a panel.
    pub fn lenient(request: &HttpRequest) -> Result<(Self, Option<&'static str>), ApiError> {
        let state = request.app_data::<web::Data<AppState>>().cloned().ok_or(ApiError::Internal)?;
        let catalog = state.catalog();
        let (chain, error) = match locale_chain(request, &catalog.locales) {
            Ok(chain) => (chain, None),
            Err(err) => (lenient_locale_chain(request, &catalog.locales), Some(err.code())),
        };
        Ok((Self { state, catalog, chain, request: request.clone() }, error))
    }

    /// The snapshot this request reads from.
    pub fn catalog(&self) -> &Catalog {
        &self.catalog
    }

    /// Answers from the response cache, rendering with `render` on a miss.
    ///
    /// `params` must be the canonical form of every parsed query parameter that changes
    /// the body (filters, paging); the path and the locale chain are added here.
    pub async fn respond<T: Serialize>(
        &self,
        policy: CachePolicy,
        params: String,
        render: impl FnOnce(&Localizer) -> Result<T, ApiError>,
    ) -> Result<HttpResponse, ApiError> {
        self.respond_bytes(policy, params, JSON, |localizer| {
            let body = render(localizer)?;
            serde_json::to_vec(&body).map_err(|err| {
                tracing::error!(%err, "response failed to serialize");
                ApiError::Internal
            })
        })
        .await
    }

    /// Like [`Self::respond`], for bodies that are not JSON (the widget's HTML).
    pub async fn respond_bytes(
        &self,
        policy: CachePolicy,
        params: String,
        content_type: &'static str,
        render: impl FnOnce(&Localizer) -> Result<Vec<u8>, ApiError>,
    ) -> Result<HttpResponse, ApiError> {
        let localizer = Localizer::new(&self.catalog, &self.chain);
        let key = CacheKey {
            content_version: self.catalog.version.clone(),
            path: self.request.path().to_owned(),
            params,
            locales: self.catalog.locales.fallback_tags(&self.chain).join(","),
        };
        let (cached, rendered_now) = self
            .state
            .cache
            .get_or_render(&key, || {
                let bytes = render(&localizer)?;
                let body = CachedBody::new(bytes, localizer.primary_tag()).with_content_type(content_type);
                // Content changes only with the files; directory answers change with the
                // minute (open now), so only content says when it last changed.
                Ok(match policy {
                    CachePolicy::Content | CachePolicy::Bundle => body.last_modified_on(self.catalog.last_changed),
                    CachePolicy::Directory | CachePolicy::Reference => body,
                })
            })
            .await?;
        let (mut response, grew, body) = self.state.cache.respond(&self.request, &key, &cached, policy).await;
        let status = response.status();
        if status == actix_web::http::StatusCode::OK || status == actix_web::http::StatusCode::NOT_MODIFIED {
            response.extensions_mut().insert(Reusable {
                content: content_id(&self.catalog.version),
                per_minute: policy == CachePolicy::Directory,
                body,
                content_type: cached.content_type(),
            });
        }
        let metrics = &self.state.metrics;
        if rendered_now {
            metrics.cache_misses.inc()
        } else {
            metrics.cache_hits.inc()
        }
        if rendered_now || grew {
            let (entries, bytes) = self.state.cache.size().await;
            metrics.cache_entries.set(i64::try_from(entries).unwrap_or(i64::MAX));
            metrics.cache_bytes.set(i64::try_from(bytes).unwrap_or(i64::MAX));
        }
        Ok(response)
    }
}
