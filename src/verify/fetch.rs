//! Fetching operators' pages politely: one identifying client, robots.txt per host, a
//! pause between requests to the same host, and caps on time, size and redirects.

use std::collections::HashMap;
use std::time::Duration;

use reqwest::{redirect, Client, StatusCode, Url};

use super::robots::Robots;

/// Who we are, so site owners can tell what is reading their pages and why.
pub const USER_AGENT: &str =
    concat!("haven-verify/", env!("CARGO_PKG_VERSION"), " (crisis-line re-verification; see docs/directory.md)");
/// The token robots.txt groups are matched against.
pub const ROBOTS_PRODUCT: &str = "haven-verify";
/// Pages larger than this are not read to the end.
pub const BODY_CAP_BYTES: usize = 2 * 1024 * 1024;
pub const MAX_REDIRECTS: usize = 5;

/// How a page could be read, or why not.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Fetched {
    Page(String),
    Gone(u16),
    Blocked(String),
    Unreachable(String),
}

/// Knobs an operator (or a test) may turn.
#[derive(Debug, Clone, Copy)]
pub struct Politeness {
    pub timeout: Duration,
    /// Pause between two requests to the same host.
    pub host_delay: Duration,
    /// Hosts fetched at once.
    pub concurrency: usize,
}

impl Default for Politeness {
    fn default() -> Self {
        Self { timeout: Duration::from_secs(15), host_delay: Duration::from_secs(1), concurrency: 4 }
    }
}

/// The process-wide TLS crypto provider (ring) that reqwest is built to expect.
pub fn install_crypto_provider() {
    // Err means one is installed already, which is what we want.
    let _ = rustls::crypto::ring::default_provider().install_default();
}

pub fn client(politeness: &Politeness) -> Result<Client, String> {
    install_crypto_provider();
    Client::builder()
        .user_agent(USER_AGENT)
        .timeout(politeness.timeout)
        .connect_timeout(politeness.timeout)
        .redirect(redirect::Policy::limited(MAX_REDIRECTS))
        .build()
        .map_err(|err| format!("cannot build the HTTP client: {err}"))
}

/// One host's pages, fetched one after another with a pause between requests; robots.txt
/// first. Owns its host's robots rules, so no state is shared between hosts.
pub struct HostSession {
    client: Client,
    politeness: Politeness,
    robots: Option<Result<Robots, String>>,
    requests: usize,
}

impl HostSession {
    pub fn new(client: Client, politeness: Politeness) -> Self {
        Self { client, politeness, robots: None, requests: 0 }
    }

    async fn pace(&mut self) {
        if self.requests > 0 {
            tokio::time::sleep(self.politeness.host_delay).await;
        }
        self.requests += 1;
    }

    async fn robots(&mut self, url: &Url) -> Result<Robots, String> {
        if let Some(known) = &self.robots {
            return known.clone();
        }
        let mut robots_url = url.clone();
        robots_url.set_path("/robots.txt");
        robots_url.set_query(None);
        self.pace().await;
        // RFC 9309: a 4xx robots.txt means no rules; a server error or no answer means
        // assume everything is disallowed.
        let verdict = match self.client.get(robots_url).send().await {
            Ok(response) if response.status().is_success() => match read_capped(response).await {
                Ok(body) => Ok(Robots::parse(&String::from_utf8_lossy(&body), ROBOTS_PRODUCT)),
                Err(why) => Err(format!("robots.txt unreadable: {why}")),
            },
            Ok(response) if response.status().is_client_error() => Ok(Robots::allow_all()),
            Ok(response) => Err(format!("robots.txt answered {}", response.status())),
            Err(err) => Err(format!("robots.txt unreachable: {}", describe(&err))),
        };
        self.robots = Some(verdict.clone());
        verdict
    }

    pub async fn fetch(&mut self, raw_url: &str) -> Fetched {
        let url = match Url::parse(raw_url) {
            Ok(url) if matches!(url.scheme(), "http" | "https") => url,
            _ => return Fetched::Unreachable(format!("`{raw_url}` is not an http(s) URL")),
        };
        match self.robots(&url).await {
            Ok(robots) => {
                let path = url.query().map_or_else(|| url.path().to_owned(), |q| format!("{}?{q}", url.path()));
                if !robots.allows(&path) {
                    return Fetched::Blocked("robots.txt disallows this page".into());
                }
            }
            Err(why) => return Fetched::Blocked(why),
        }
        self.pace().await;
        let response = match self.client.get(url).send().await {
            Ok(response) => response,
            Err(err) => return Fetched::Unreachable(describe(&err)),
        };
        match response.status() {
            StatusCode::NOT_FOUND | StatusCode::GONE => Fetched::Gone(response.status().as_u16()),
            StatusCode::UNAUTHORIZED | StatusCode::FORBIDDEN | StatusCode::TOO_MANY_REQUESTS => {
                Fetched::Blocked(format!("the site answered {}", response.status()))
            }
            status if !status.is_success() => Fetched::Unreachable(format!("the site answered {status}")),
            _ => match read_capped(response).await {
                Ok(body) => Fetched::Page(decode(body)),
                Err(why) => Fetched::Unreachable(why),
            },
        }
    }
}

/// UTF-8, or else each byte as its Latin-1 character: legacy encodings (Latin-1, Windows-1252,
/// Shift-JIS…) write digits as ASCII bytes, and Latin-1 keeps a `0xA0` no-break space one.
fn decode(body: Vec<u8>) -> String {
    String::from_utf8(body).unwrap_or_else(|err| err.into_bytes().into_iter().map(char::from).collect())
}

async fn read_capped(mut response: reqwest::Response) -> Result<Vec<u8>, String> {
    if response.content_length().is_some_and(|length| length > BODY_CAP_BYTES as u64) {
        return Err(format!("the page is larger than {} MiB", BODY_CAP_BYTES / 1024 / 1024));
    }
    let mut body = Vec::new();
    loop {
        match response.chunk().await {
            Ok(Some(chunk)) => {
                if body.len() + chunk.len() > BODY_CAP_BYTES {
                    return Err(format!("the page is larger than {} MiB", BODY_CAP_BYTES / 1024 / 1024));
                }
                body.extend_from_slice(&chunk);
            }
            Ok(None) => return Ok(body),
            Err(err) => return Err(describe(&err)),
        }
    }
}

fn describe(err: &reqwest::Error) -> String {
    if err.is_timeout() {
        "timed out".into()
    } else if err.is_redirect() {
        format!("more than {MAX_REDIRECTS} redirects (a redirect loop?)")
    } else if err.is_connect() {
        "cannot connect".into()
    } else {
        let mut text = err.to_string();
        let mut source = std::error::Error::source(err);
        while let Some(cause) = source {
            text = format!("{text}: {cause}");
            source = cause.source();
        }
        text
    }
}

/// The host (and port) a URL's politeness is counted against.
pub fn host_key(raw_url: &str) -> String {
    Url::parse(raw_url).ok().map_or_else(
        || raw_url.to_owned(),
        |url| format!("{}:{}", url.host_str().unwrap_or(""), url.port_or_known_default().unwrap_or(0)),
    )
}

/// Groups items by the host of their URL, keeping each host's items in order.
pub fn by_host<T>(items: Vec<T>, url: impl Fn(&T) -> &str) -> Vec<Vec<T>> {
    let mut order: Vec<String> = Vec::new();
    let mut groups: HashMap<String, Vec<T>> = HashMap::new();
    for item in items {
        let key = host_key(url(&item));
        if !groups.contains_key(&key) {
            order.push(key.clone());
        }
        groups.entry(key).or_default().push(item);
    }
    order.into_iter().filter_map(|key| groups.remove(&key)).collect()
}
