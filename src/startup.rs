//! Building and running the server. `Application::build` loads the content and binds
//! before anything is served, so a broken content folder or a busy port fails start-up
//! with a clear message and tests can ask which port they got.

use chrono::Utc;
use std::net::TcpListener;
use std::sync::Arc;
use std::time::Duration;

use actix_web::dev::Server;
use actix_web::{web, HttpServer};

use crate::api::cache::{CachedBody, ResponseCache};
use crate::api::metrics::{Metrics, MetricsError};
use crate::api::rate_limit::{forget_idle_clients, RateLimiter};
use crate::api::state::AppState;
use crate::api::{build_app, openapi_json, required_messages};
use crate::content::loader::load;
use crate::content::problems::LoadFailure;
use crate::content::Catalog;
use crate::settings::Settings;

/// How long in-flight requests may take to finish after SIGTERM.
const SHUTDOWN_GRACE_SECONDS: u64 = 10;

#[derive(Debug, thiserror::Error)]
pub enum StartupError {
    #[error("{0}")]
    Content(#[from] LoadFailure),
    #[error("{0}")]
    Metrics(#[from] MetricsError),
    #[error("cannot listen on {address}: {source}")]
    Bind { address: String, source: std::io::Error },
}

pub struct Application {
    port: u16,
    server: Server,
    state: web::Data<AppState>,
}

/// Controls a running application from outside: reload its content (as `SIGHUP` does)
/// or take it out of rotation (as shutdown does first).
#[derive(Clone)]
pub struct AppHandle(web::Data<AppState>);

impl AppHandle {
    pub fn set_ready(&self, ready: bool) {
        self.0.set_ready(ready);
    }

    /// Loads the content folder again off the async workers and swaps it in if valid.
    /// Returns the new content version, or every problem found (the old content stays).
    pub async fn reload(&self) -> Result<String, LoadFailure> {
        let state = self.0.clone();
        let outcome = tokio::task::spawn_blocking(move || {
            state.reload_blocking(|dir| load(dir, &required_messages(), Utc::now().date_naive()))
        })
        .await;
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
        let cache = ResponseCache::new(settings.limits.cache_bytes);
        let state = web::Data::new(AppState::new(
            catalog,
            cache,
            openapi,
            settings.content_dir.clone(),
            settings.cors_origins.is_empty(),
            (settings.rate_limit_per_minute > 0)
                .then(|| Arc::new(RateLimiter::new(settings.rate_limit_per_minute, settings.trusted_proxies.clone()))),
            Metrics::new()?,
        ));
        if let Some(limiter) = &state.rate_limiter {
            tokio::spawn(forget_idle_clients(Arc::downgrade(limiter)));
        }
        let shared = state.clone();
        let cors_origins = settings.cors_origins.clone();
        // The closure runs once per worker; the state was built above so all share it.
        let limits = &settings.limits;
        let server = HttpServer::new(move || build_app(shared.clone(), &cors_origins))
            .workers(limits.workers)
            // Slow or idle clients cannot hold a connection: the request head must arrive
            // in time, and an idle keep-alive connection is closed.
            .client_request_timeout(limits.request_timeout)
            .client_disconnect_timeout(Duration::from_secs(2))
            .keep_alive(limits.keep_alive)
            // Past this, new connections wait in the kernel's listen queue until one closes.
            .max_connections(limits.max_connections_per_worker)
            // SIGTERM/SIGINT are handled by `stop_on_signals`, which first turns
            // readiness off; in-flight requests then get this long to finish.
            .disable_signals()
            .shutdown_timeout(SHUTDOWN_GRACE_SECONDS)
            .listen(listener)
            .map_err(bind_error)?
            .run();
        tracing::info!(port, content = %settings.content_dir.display(), "Haven is listening");
        Ok(Self { port, server, state })
    }

    pub fn port(&self) -> u16 {
        self.port
    }

    pub fn handle(&self) -> AppHandle {
        AppHandle(self.state.clone())
    }

    /// On SIGTERM or SIGINT: readiness turns false (so load balancers stop sending), the
    /// listener closes, in-flight requests finish within the grace period, then the
    /// server future completes and the process exits 0.
    pub fn stop_on_signals(&self) -> std::io::Result<()> {
        use tokio::signal::unix::{signal, SignalKind};
        let mut terminate = signal(SignalKind::terminate())?;
        let mut interrupt = signal(SignalKind::interrupt())?;
        let handle = self.server.handle();
        let state = self.state.clone();
        tokio::spawn(async move {
            tokio::select! {
                _ = terminate.recv() => tracing::info!("SIGTERM: shutting down gracefully"),
                _ = interrupt.recv() => tracing::info!("SIGINT: shutting down gracefully"),
            }
            state.set_ready(false);
            handle.stop(true).await;
        });
        Ok(())
    }

    /// Reloads the content on every `SIGHUP` until the process ends. Translators save
    /// files, then `kill -HUP` the server; a broken save is rejected and logged.
    pub fn reload_on_sighup(&self) -> std::io::Result<()> {
        let mut hangups = tokio::signal::unix::signal(tokio::signal::unix::SignalKind::hangup())?;
        let handle = self.handle();
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
    load(&settings.content_dir, &required_messages(), Utc::now().date_naive())
}
