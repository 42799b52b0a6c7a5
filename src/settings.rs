//! The service's settings: a typed value built once from flags and environment.

use std::net::{IpAddr, SocketAddr};
use std::path::PathBuf;

/// Where to listen and what to serve.
#[derive(Debug, Clone)]
pub struct Settings {
    /// Address and port; port 0 picks a free port (the tests use this).
    pub bind: SocketAddr,
    /// The folder holding `data/` and `locales/`.
    pub content_dir: PathBuf,
    /// Origins allowed to read cross-origin; empty means any origin.
    pub cors_origins: Vec<String>,
    /// Requests per minute per client; 0 turns rate limiting off.
    pub rate_limit_per_minute: u32,
    /// Proxies whose `X-Forwarded-For` is believed when keying the rate limit.
    pub trusted_proxies: Vec<IpAddr>,
}
