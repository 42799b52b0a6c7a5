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
        }
    }

    /// Fills what nobody set with the defaults.
    pub fn resolve(self) -> Settings {
        Settings {
            bind: self.bind.unwrap_or_else(|| SocketAddr::from(([127, 0, 0, 1], 8080))),
            content_dir: self.content_dir.unwrap_or_else(|| PathBuf::from(".")),
            cors_origins: self.cors_origins.unwrap_or_default(),
            rate_limit_per_minute: self.rate_limit.unwrap_or(600),
            trusted_proxies: self.trusted_proxies.unwrap_or_default(),
        }
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
        let file = file_with("rate-limit = 120\nbind = \"0.0.0.0:9000\"\n").expect("valid");
        let flags = SettingsFile { bind: Some("127.0.0.1:1".parse().unwrap()), ..SettingsFile::default() };
        let settings = flags.over(file).resolve();
        assert_eq!(settings.bind.to_string(), "127.0.0.1:1", "the flag wins");
        assert_eq!(settings.rate_limit_per_minute, 120, "the file beats the default");
        assert_eq!(settings.content_dir, PathBuf::from("."), "the default fills the rest");
    }

    #[test]
    fn an_invalid_setting_is_named_with_its_line() {
        let unknown = file_with("bind = \"127.0.0.1:1\"\nrate-limt = 5\n").expect_err("a typo");
        assert!(unknown.contains(":2") && unknown.contains("rate-limt"), "{unknown}");
        let bad = file_with("bind = \"not an address\"\n").expect_err("a bad value");
        assert!(bad.contains(":1") && bad.contains("invalid"), "{bad}");
    }
}
