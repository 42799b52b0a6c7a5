//! Building and running the server. `Application::build` loads the content and binds
//! before anything is served, so a broken content folder or a busy port fails start-up
//! with a clear message and tests can ask which port they got.

use chrono::Utc;

use crate::api::connections::ConnectionLimit;
use crate::api::stalled_heads::{close_stalled_heads, HeadWatch};
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
    /// A reload that has not finished within [`RELOAD_TIME_LIMIT`] is given up on (and
    /// logged); the previous content keeps serving meanwhile, as it always does.
    ///
    /// The load runs on a thread of its own, not the runtime's blocking pool: the runtime
    /// waits for its pool when it shuts down, so a reload stuck on a hung mount held
    /// SIGTERM's exit for 25 s. A stuck thread of its own ends with the process.
    pub async fn reload(&self) -> Result<String, LoadFailure> {
        let state = self.0.clone();
        let (done, outcome) = tokio::sync::oneshot::channel();
        let spawned = std::thread::Builder::new().name("haven-reload".to_owned()).spawn(move || {
            let _ = done.send(state.reload_blocking(|dir| load(dir, &required_messages(), Utc::now().date_naive())));
        });
        if let Err(error) = spawned {
            tracing::error!(%error, "cannot start a reload thread");
            return Err(LoadFailure { problems: Vec::new() });
        }
        match tokio::time::timeout(RELOAD_TIME_LIMIT, outcome).await {
            Ok(outcome) => outcome.unwrap_or_else(|_| {
                tracing::error!("the reload thread ended without an outcome");
                Err(LoadFailure { problems: Vec::new() })
            }),
            Err(_) => {
                tracing::error!(limit_seconds = RELOAD_TIME_LIMIT.as_secs(), "reload still running after its time limit (a hung content mount?); still serving the previous content");
                Err(LoadFailure { problems: Vec::new() })
            }
        }
    }
}

impl Application {
    pub fn build(settings: &Settings) -> Result<Self, StartupError> {
        let catalog = load_content(settings)?;
        let bind_error = |source| StartupError::Bind { address: settings.bind.to_string(), source };
        let listener = TcpListener::bind(settings.bind).map_err(bind_error)?;
        let port = listener.local_addr().map_err(bind_error)?.port();
        let openapi = CachedBody::new(openapi_json().into_bytes(), String::new()).language_independent();
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
        let per_client = ConnectionLimit::new(settings.max_connections_per_client, &settings.trusted_proxies);
        let heads =
            HeadWatch::new(limits.request_timeout, limits.keep_alive, state.metrics.stalled_connections_closed.clone());
        tokio::spawn(close_stalled_heads(Arc::downgrade(&heads)));
        let server = HttpServer::new(move || build_app(shared.clone(), &cors_origins))
            .on_connect(move |connection, extensions| {
                if per_client.on_connect(connection, extensions) {
                    heads.on_connect(connection, extensions);
                }
            })
            .workers(limits.workers)
            // Slow or idle clients cannot hold a connection: the request head must arrive
            // in time, and an idle keep-alive connection is closed. (actix times only the
            // first head on a connection; `HeadWatch` times the later ones.)
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

    /// On SIGTERM or SIGINT: readiness turns false at once (so load balancers stop
    /// sending), the instance keeps serving for `delay` with `Connection: close` on every
    /// answer (so keep-alive clients reconnect elsewhere), then the listener closes, idle
    /// connections are closed, in-flight requests finish within the grace period, and the
    /// process exits 0.
    pub fn stop_on_signals(&self, delay: std::time::Duration) -> std::io::Result<()> {
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
            if !delay.is_zero() {
                tracing::info!(delay_seconds = delay.as_secs(), "not ready; serving until the delay ends");
                tokio::time::sleep(delay).await;
            }
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

    /// Reloads the content whenever its files change (`--watch`), with the same
    /// all-or-nothing check as SIGHUP. The folder is polled once a second; a change is
    /// loaded once two polls in a row agree, so a save in progress (or a ConfigMap's
    /// symlink swap) is read whole.
    pub fn reload_on_change(&self) {
        let handle = self.handle();
        let root = self.state.content_dir().clone();
        tokio::spawn(async move {
            let mut interval = tokio::time::interval(WATCH_INTERVAL);
            interval.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
            let mut loaded = fingerprint_blocking(&root).await;
            let mut pending: Option<u64> = None;
            loop {
                interval.tick().await;
                let now = fingerprint_blocking(&root).await;
                match pending {
                    Some(previous) if previous == now && now != loaded => {
                        tracing::info!("content files changed: reloading");
                        // Kept as the new baseline even if the reload is refused: a broken
                        // save is logged once, and the next change is tried again.
                        loaded = now;
                        pending = None;
                        let _ = handle.reload().await;
                    }
                    _ if now != loaded => pending = Some(now),
                    _ => pending = None,
                }
            }
        });
    }

    pub async fn run_until_stopped(self) -> std::io::Result<()> {
        self.server.await
    }
}

/// How long a reload may take before it is reported as stuck.
pub const RELOAD_TIME_LIMIT: std::time::Duration = std::time::Duration::from_secs(30);

/// How often `--watch` looks at the content files.
const WATCH_INTERVAL: std::time::Duration = std::time::Duration::from_secs(1);

async fn fingerprint_blocking(root: &std::path::Path) -> u64 {
    let root = root.to_owned();
    tokio::task::spawn_blocking(move || content_fingerprint(&root)).await.unwrap_or(0)
}

/// A hash of every path, size and modification time under `data/` and `locales/`,
/// following symlinks (a mounted ConfigMap swaps a `..data` link, not the files).
pub fn content_fingerprint(root: &std::path::Path) -> u64 {
    let mut entries = Vec::new();
    for top in ["data", "locales"] {
        collect_entries(&root.join(top), &mut entries, 0);
    }
    entries.sort();
    xxhash_rust::xxh3::xxh3_64(entries.join("\n").as_bytes())
}

fn collect_entries(dir: &std::path::Path, out: &mut Vec<String>, depth: usize) {
    // Content is two or three levels deep; the bound stops a symlink loop.
    if depth > 8 {
        return;
    }
    let Ok(read) = std::fs::read_dir(dir) else { return };
    for entry in read.flatten() {
        let path = entry.path();
        let Ok(meta) = std::fs::metadata(&path) else { continue };
        if meta.is_dir() {
            collect_entries(&path, out, depth + 1);
        } else {
            let modified = meta.modified().ok().and_then(|t| t.duration_since(std::time::UNIX_EPOCH).ok());
            out.push(format!("{}:{}:{}", path.display(), meta.len(), modified.map_or(0, |d| d.as_nanos())));
        }
    }
}

/// Loads and checks the content folder, as `serve` and `check` both do.
pub fn load_content(settings: &Settings) -> Result<Catalog, LoadFailure> {
    load(&settings.content_dir, &required_messages(), Utc::now().date_naive())
}
