//! The service's settings: a typed value built once from flags, environment and an
//! optional file, checked before anything starts.

use std::net::{IpAddr, SocketAddr};
use std::path::PathBuf;
use std::time::Duration;

/// Where to listen, what to serve, and how much of the machine one instance may use.
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
    pub limits: ServerLimits,
    /// Reload the content by itself when its files change (`--watch`).
    pub watch: bool,
    /// How long to keep serving, not ready, after SIGTERM before stopping (`--shutdown-delay-seconds`).
    pub shutdown_delay: Duration,
    /// Connections one address may hold at once; 0 is no limit (`--max-connections-per-client`).
    pub max_connections_per_client: usize,
}

/// The resource bounds that keep slow, idle or numerous clients from exhausting an
/// instance. The defaults suit a small container; `docs/deploying.md` says when to
/// change them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ServerLimits {
    /// Threads serving requests; each keeps its own connections.
    pub workers: usize,
    /// Open connections one worker holds before the listener stops accepting more.
    pub max_connections_per_worker: usize,
    /// How long an idle keep-alive connection stays open.
    pub keep_alive: Duration,
    /// How long a client has to send its whole request head.
    pub request_timeout: Duration,
    /// The most rendered-response bytes the in-memory cache holds.
    pub cache_bytes: u64,
}

impl Default for ServerLimits {
    fn default() -> Self {
        Self {
            workers: std::thread::available_parallelism().map_or(2, |n| n.get()),
            max_connections_per_worker: 5_000,
            keep_alive: Duration::from_secs(15),
            request_timeout: Duration::from_secs(5),
            cache_bytes: 64 * MEGABYTE,
        }
    }
}

const MEGABYTE: u64 = 1024 * 1024;

/// One address may hold this many connections: far more than a browser, an app or a
/// partner's server opens, far fewer than the 5,000 a worker holds.
pub const DEFAULT_CONNECTIONS_PER_CLIENT: usize = 256;

/// Settings as a file (or the command line) gives them: any subset. Keys are the flag
/// names, so the README's one table describes both.
#[derive(Debug, Default, serde::Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct SettingsFile {
    pub bind: Option<SocketAddr>,
    pub content_dir: Option<PathBuf>,
    pub cors_origins: Option<Vec<String>>,
    pub rate_limit: Option<u32>,
    pub trusted_proxies: Option<Vec<IpAddr>>,
    pub workers: Option<usize>,
    pub max_connections_per_worker: Option<usize>,
    pub keep_alive_seconds: Option<u64>,
    pub request_timeout_seconds: Option<u64>,
    pub cache_size_mb: Option<u64>,
    pub watch: Option<bool>,
    pub shutdown_delay_seconds: Option<u64>,
    pub max_connections_per_client: Option<usize>,
}

impl SettingsFile {
    /// Reads a TOML settings file; an unknown key or a bad value is an error naming it.
    pub fn read(path: &std::path::Path) -> Result<Self, String> {
        let text = std::fs::read_to_string(path).map_err(|err| format!("cannot read {}: {err}", path.display()))?;
        toml::from_str(&text).map_err(|err| {
            let line = err.span().map(|span| text[..span.start].matches('\n').count() + 1);
            let at = line.map(|line| format!(":{line}")).unwrap_or_default();
            format!("invalid setting in {}{at}: {}", path.display(), err.message())
        })
    }

    /// `self` wins where it has a value (flags and environment over the file).
    pub fn over(self, file: SettingsFile) -> SettingsFile {
        SettingsFile {
            bind: self.bind.or(file.bind),
            content_dir: self.content_dir.or(file.content_dir),
            cors_origins: self.cors_origins.or(file.cors_origins),
            rate_limit: self.rate_limit.or(file.rate_limit),
            trusted_proxies: self.trusted_proxies.or(file.trusted_proxies),
            workers: self.workers.or(file.workers),
            max_connections_per_worker: self.max_connections_per_worker.or(file.max_connections_per_worker),
            keep_alive_seconds: self.keep_alive_seconds.or(file.keep_alive_seconds),
            request_timeout_seconds: self.request_timeout_seconds.or(file.request_timeout_seconds),
            cache_size_mb: self.cache_size_mb.or(file.cache_size_mb),
            watch: self.watch.or(file.watch),
            shutdown_delay_seconds: self.shutdown_delay_seconds.or(file.shutdown_delay_seconds),
            max_connections_per_client: self.max_connections_per_client.or(file.max_connections_per_client),
        }
    }

    /// Fills what nobody set with the defaults and checks every bound; the error names
    /// the setting, its value and what it may be.
    pub fn resolve(self) -> Result<Settings, String> {
        let defaults = ServerLimits::default();
        let limits = ServerLimits {
            workers: within("workers", self.workers, 1..=256)?.unwrap_or(defaults.workers),
            max_connections_per_worker: within(
                "max-connections-per-worker",
                self.max_connections_per_worker,
                1..=100_000,
            )?
            .unwrap_or(defaults.max_connections_per_worker),
            keep_alive: within("keep-alive-seconds", self.keep_alive_seconds, 1..=300)?
                .map_or(defaults.keep_alive, Duration::from_secs),
            request_timeout: within("request-timeout-seconds", self.request_timeout_seconds, 1..=60)?
                .map_or(defaults.request_timeout, Duration::from_secs),
            cache_bytes: within("cache-size-mb", self.cache_size_mb, 1..=16_384)?
                .map_or(defaults.cache_bytes, |mb| mb * MEGABYTE),
        };
        Ok(Settings {
            bind: self.bind.unwrap_or_else(|| SocketAddr::from(([127, 0, 0, 1], 8080))),
            content_dir: self.content_dir.unwrap_or_else(|| PathBuf::from(".")),
            cors_origins: self.cors_origins.unwrap_or_default(),
            rate_limit_per_minute: self.rate_limit.unwrap_or(600),
            trusted_proxies: self.trusted_proxies.unwrap_or_default(),
            limits,
            watch: self.watch.unwrap_or(false),
            shutdown_delay: within("shutdown-delay-seconds", self.shutdown_delay_seconds, 0..=120)?
                .map_or(Duration::ZERO, Duration::from_secs),
            max_connections_per_client: within(
                "max-connections-per-client",
                self.max_connections_per_client,
                0..=100_000,
            )?
            .unwrap_or(DEFAULT_CONNECTIONS_PER_CLIENT),
        })
    }
}

fn within<T>(name: &str, value: Option<T>, range: std::ops::RangeInclusive<T>) -> Result<Option<T>, String>
where
    T: PartialOrd + std::fmt::Display + Copy,
{
    match value {
        Some(v) if !range.contains(&v) => {
            Err(format!("invalid setting `{name}`: {v} is outside {}..={}", range.start(), range.end()))
        }
        _ => Ok(value),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn file_with(text: &str) -> Result<SettingsFile, String> {
        let dir = std::env::temp_dir().join(format!("haven-settings-{}-{}", std::process::id(), text.len()));
        std::fs::write(&dir, text).expect("a temporary file");
        let read = SettingsFile::read(&dir);
        let _ = std::fs::remove_file(&dir);
        read
    }

    #[test]
    fn flags_win_over_the_file_and_the_file_over_defaults() {
        let file = file_with("rate-limit = 120\nbind = \"0.0.0.0:9000\"\ncache-size-mb = 8\n").expect("valid");
        let flags = SettingsFile { bind: Some("127.0.0.1:1".parse().unwrap()), ..SettingsFile::default() };
        let settings = flags.over(file).resolve().expect("valid settings");
        assert_eq!(settings.bind.to_string(), "127.0.0.1:1", "the flag wins");
        assert_eq!(settings.rate_limit_per_minute, 120, "the file beats the default");
        assert_eq!(settings.limits.cache_bytes, 8 * 1024 * 1024, "sizes are given in MB");
        assert_eq!(settings.content_dir, PathBuf::from("."), "the default fills the rest");
        assert_eq!(settings.limits.keep_alive, Duration::from_secs(15));
    }

    #[test]
    fn an_invalid_setting_is_named_with_its_line() {
        let unknown = file_with("bind = \"127.0.0.1:1\"\nrate-limt = 5\n").expect_err("a typo");
        assert!(unknown.contains(":2") && unknown.contains("rate-limt"), "{unknown}");
        let bad = file_with("bind = \"not an address\"\n").expect_err("a bad value");
        assert!(bad.contains(":1") && bad.contains("invalid"), "{bad}");
    }

    #[test]
    fn a_limit_out_of_bounds_is_named_with_its_range() {
        let zero_workers = SettingsFile { workers: Some(0), ..SettingsFile::default() };
        assert_eq!(zero_workers.resolve().unwrap_err(), "invalid setting `workers`: 0 is outside 1..=256");
        let huge_cache = SettingsFile { cache_size_mb: Some(1 << 20), ..SettingsFile::default() };
        assert!(huge_cache.resolve().unwrap_err().contains("`cache-size-mb`"));
    }
}
