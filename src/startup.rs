//! Building and running the server. `Application::build` loads the content and binds
//! before anything is served, so a broken content folder or a busy port fails start-up
//! with a clear message and tests can ask which port they got.

use std::net::TcpListener;

use actix_web::dev::Server;
use actix_web::{web, HttpServer};

use crate::api::cache::{CachedBody, ResponseCache};
use crate::api::state::AppState;
use crate::api::{build_app, openapi_json, required_messages};
use crate::content::loader::load;
use crate::content::problems::LoadFailure;
use crate::content::Catalog;
use crate::settings::Settings;

/// The most response bytes the cache holds. The shipped content renders to well under
/// 10 MB in every locale; the bound is what keeps a flood of distinct queries harmless.
const RESPONSE_CACHE_BYTES: u64 = 64 * 1024 * 1024;

#[derive(Debug, thiserror::Error)]
pub enum StartupError {
    #[error("{0}")]
    Content(#[from] LoadFailure),
    #[error("cannot listen on {address}: {source}")]
    Bind { address: String, source: std::io::Error },
}

pub struct Application {
    port: u16,
    server: Server,
    state: web::Data<AppState>,
}

/// Asks a running application to reload its content, as `SIGHUP` does.
#[derive(Clone)]
pub struct ReloadHandle(web::Data<AppState>);

impl ReloadHandle {
    /// Loads the content folder again off the async workers and swaps it in if valid.
    /// Returns the new content version, or every problem found (the old content stays).
    pub async fn reload(&self) -> Result<String, LoadFailure> {
        let state = self.0.clone();
        let outcome =
            tokio::task::spawn_blocking(move || state.reload_blocking(|dir| load(dir, &required_messages()))).await;
        outcome.unwrap_or_else(|join_error| {
            tracing::error!(%join_error, "the reload task failed");
            Err(LoadFailure { problems: Vec::new() })
        })
    }
}

impl Application {
    pub fn build(settings: &Settings) -> Result<Self, StartupError> {
        let catalog = load_content(settings)?;
        let bind_error = |source| StartupError::Bind { address: settings.bind.to_string(), source };
        let listener = TcpListener::bind(settings.bind).map_err(bind_error)?;
        let port = listener.local_addr().map_err(bind_error)?.port();
        let openapi = CachedBody::new(openapi_json().into_bytes(), "en".to_owned());
        let cache = ResponseCache::new(RESPONSE_CACHE_BYTES);
        let state = web::Data::new(AppState::new(catalog, cache, openapi, settings.content_dir.clone()));
        let shared = state.clone();
        let cors_origins = settings.cors_origins.clone();
        // The closure runs once per worker; the state was built above so all share it.
        let server = HttpServer::new(move || build_app(Some(shared.clone()), &cors_origins).0)
            .listen(listener)
            .map_err(bind_error)?
            .run();
        tracing::info!(port, content = %settings.content_dir.display(), "Haven is listening");
        Ok(Self { port, server, state })
    }

    pub fn port(&self) -> u16 {
        self.port
    }

    pub fn reload_handle(&self) -> ReloadHandle {
        ReloadHandle(self.state.clone())
    }

    /// Reloads the content on every `SIGHUP` until the process ends. Translators save
    /// files, then `kill -HUP` the server; a broken save is rejected and logged.
    pub fn reload_on_sighup(&self) -> std::io::Result<()> {
        let mut hangups = tokio::signal::unix::signal(tokio::signal::unix::SignalKind::hangup())?;
        let handle = self.reload_handle();
        tokio::spawn(async move {
            while hangups.recv().await.is_some() {
                tracing::info!("SIGHUP: reloading content");
                // The outcome is logged and kept for /health by the reload itself.
                let _ = handle.reload().await;
            }
        });
        Ok(())
    }

    pub async fn run_until_stopped(self) -> std::io::Result<()> {
        self.server.await
    }
}

/// Loads and checks the content folder, as `serve` and `check` both do.
pub fn load_content(settings: &Settings) -> Result<Catalog, LoadFailure> {
    load(&settings.content_dir, &required_messages())
}
