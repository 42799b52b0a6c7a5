//! Starting the real application on a free port and talking to it over HTTP.

use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::Duration;

use haven::settings::{ServerLimits, Settings};
use haven::startup::{AppHandle, Application};
use reqwest::header::HeaderMap;
use reqwest::StatusCode;
use serde_json::Value;
use tempfile::TempDir;

pub struct TestApp {
    pub address: String,
    pub client: reqwest::Client,
    /// Reloads the content as `SIGHUP` does; takes the app out of rotation.
    pub control: AppHandle,
    /// Keeps a temporary content copy alive as long as the server uses it.
    _content: Option<ContentCopy>,
}

/// A response read whole: status, headers and the body parsed as JSON (Null if empty).
pub struct Reply {
    pub status: StatusCode,
    pub headers: HeaderMap,
    pub body: Value,
    pub text: String,
}

impl Reply {
    pub fn header(&self, name: &str) -> &str {
        self.headers.get(name).and_then(|v| v.to_str().ok()).unwrap_or("")
    }

    /// Asserts `Vary` lists each of `names` (other fields, e.g. CORS's, may be there too).
    pub fn assert_varies_on(&self, names: &[&str]) {
        let vary: Vec<String> = self.header("vary").split(',').map(|v| v.trim().to_ascii_lowercase()).collect();
        for name in names {
            assert!(vary.contains(&name.to_ascii_lowercase()), "Vary lists {name}: {vary:?}");
        }
    }

    /// Asserts this is a problem+json document with the given status and code.
    pub fn assert_problem(&self, status: u16, code: &str) {
        assert_eq!(self.status.as_u16(), status, "status; body: {}", self.text);
        assert_eq!(self.header("content-type"), "application/problem+json", "content type");
        assert_eq!(self.body["code"], code, "problem code; body: {}", self.text);
        assert_eq!(self.body["status"], status, "status in the body");
        assert_eq!(self.body["type"], format!("urn:haven:problem:{code}"));
        let title = self.body["title"].as_str().unwrap_or("");
        assert!(!title.is_empty(), "a problem has a title");
        assert!(!self.body["detail"].as_str().unwrap_or("").is_empty(), "a problem has a detail");
    }
}

/// The repository root, where the shipped `data/` and `locales/` live.
pub fn shipped_content_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

pub async fn spawn_app() -> TestApp {
    spawn(test_settings(shipped_content_dir()), None).await
}

pub async fn spawn_app_with(content: ContentCopy) -> TestApp {
    spawn_app_with_configured(content, |_| {}).await
}

/// A copy of the content, with settings changed by `configure`.
pub async fn spawn_app_with_configured(content: ContentCopy, configure: impl FnOnce(&mut Settings)) -> TestApp {
    let mut settings = test_settings(content.path().to_owned());
    configure(&mut settings);
    spawn(settings, Some(content)).await
}

/// The shipped content, readable cross-origin only from `origins`.
pub async fn spawn_app_with_cors_origins(origins: &[&str]) -> TestApp {
    spawn_app_configured(|settings| settings.cors_origins = origins.iter().map(|o| (*o).to_owned()).collect()).await
}

/// The shipped content, rate limited to `per_minute` requests per client.
pub async fn spawn_app_with_rate_limit(per_minute: u32) -> TestApp {
    spawn_app_configured(|settings| settings.rate_limit_per_minute = per_minute).await
}

/// The shipped content, with any setting changed by `configure` (limits, proxies…).
pub async fn spawn_app_configured(configure: impl FnOnce(&mut Settings)) -> TestApp {
    let mut settings = test_settings(shipped_content_dir());
    configure(&mut settings);
    spawn(settings, None).await
}

fn test_settings(content_dir: PathBuf) -> Settings {
    Settings {
        bind: "127.0.0.1:0".parse().expect("valid address"),
        content_dir,
        cors_origins: Vec::new(),
        // All test traffic comes from 127.0.0.1, so one test's requests would count
        // against another's; the limiter is tested on an app of its own.
        rate_limit_per_minute: 0,
        trusted_proxies: Vec::new(),
        // Two workers whatever the machine, so tests behave alike everywhere.
        limits: ServerLimits { workers: 2, ..ServerLimits::default() },
        watch: false,
        shutdown_delay: std::time::Duration::ZERO,
        max_connections_per_client: haven::settings::DEFAULT_CONNECTIONS_PER_CLIENT,
    }
}

async fn spawn(settings: Settings, copy: Option<ContentCopy>) -> TestApp {
    let application = Application::build(&settings).expect("the application starts");
    let address = format!("http://127.0.0.1:{}", application.port());
    let control = application.handle();
    tokio::spawn(application.run_until_stopped());
    let client = client_builder().redirect(reqwest::redirect::Policy::none()).build().expect("a client");
    TestApp { address, client, control, _content: copy }
}

impl TestApp {
    /// The port, for tests that speak raw TCP.
    pub fn port(&self) -> u16 {
        port_of(&self.address)
    }

    pub async fn get(&self, path: &str) -> Reply {
        self.get_with(path, &[]).await
    }

    pub async fn get_with(&self, path: &str, headers: &[(&str, &str)]) -> Reply {
        self.request(reqwest::Method::GET, path, headers).await
    }

    pub async fn request(&self, method: reqwest::Method, path: &str, headers: &[(&str, &str)]) -> Reply {
        let mut request = self.client.request(method, format!("{}{path}", self.address));
        for (name, value) in headers {
            request = request.header(*name, *value);
        }
        let response = request.send().await.expect("the request completes");
        let status = response.status();
        let headers = response.headers().clone();
        let text = response.text().await.expect("a body");
        let body = if text.is_empty() { Value::Null } else { serde_json::from_str(&text).unwrap_or(Value::Null) };
        Reply { status, headers, body, text }
    }

    pub async fn get_article(&self, slug: &str, locale: Option<&str>) -> Reply {
        match locale {
            Some(locale) => self.get(&format!("/v1/articles/{slug}?locale={locale}")).await,
            None => self.get(&format!("/v1/articles/{slug}")).await,
        }
    }
}

/// A temporary copy of the shipped content, to break or extend in a test.
pub struct ContentCopy {
    dir: ContentDir,
}

enum ContentDir {
    Owned(TempDir),
    /// A second view of a copy the server already owns, to edit it during a test.
    Borrowed(PathBuf),
}

impl ContentCopy {
    pub fn new() -> Self {
        Self::copying(&["data", "locales"])
    }

    /// The shipped data with only the `en` locale, for tests that add locales of their own.
    pub fn english_only() -> Self {
        Self::copying(&["data", "locales/en"])
    }

    fn copying(folders: &[&str]) -> Self {
        let dir = tempfile::tempdir().expect("a temporary folder");
        for folder in folders {
            copy_dir(&shipped_content_dir().join(folder), &dir.path().join(folder));
        }
        Self { dir: ContentDir::Owned(dir) }
    }

    /// Edits the copy at `path` (owned by a running test app) without owning it.
    pub fn at(path: &Path) -> Self {
        Self { dir: ContentDir::Borrowed(path.to_owned()) }
    }

    pub fn path(&self) -> &Path {
        match &self.dir {
            ContentDir::Owned(dir) => dir.path(),
            ContentDir::Borrowed(path) => path,
        }
    }

    pub fn write(&self, relative: &str, text: &str) -> &Self {
        let path = self.path().join(relative);
        std::fs::create_dir_all(path.parent().expect("a parent folder")).expect("folders");
        std::fs::write(path, text).expect("the file is written");
        self
    }

    pub fn read(&self, relative: &str) -> String {
        std::fs::read_to_string(self.path().join(relative)).expect("the file exists")
    }

    /// Adds a locale folder with its metadata and one Fluent file.
    pub fn add_locale(&self, tag: &str, direction: &str, ftl: &str) -> &Self {
        self.write(
            &format!("locales/{tag}/locale.toml"),
            &format!(
                "native_name = \"Test {tag}\"\ndirection = \"{direction}\"\nreview_status = \"test fixture\"\nstatus_date = \"2026-11-25\"\n"
            ),
        );
        self.write(&format!("locales/{tag}/test.ftl"), ftl)
    }
}

/// Copies a folder tree.
pub fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).expect("a folder");
    for entry in std::fs::read_dir(from).expect("a readable folder") {
        let entry = entry.expect("an entry");
        let target = to.join(entry.file_name());
        if entry.file_type().expect("a type").is_dir() {
            copy_dir(&entry.path(), &target);
        } else {
            std::fs::copy(entry.path(), target).expect("a copy");
        }
    }
}

/// The text of a single-line message as written in a shipped `.ftl` file, read
/// independently of the service so tests compare output against the source text.
pub fn shipped_message(locale: &str, id: &str) -> String {
    let folder = shipped_content_dir().join("locales").join(locale);
    for entry in std::fs::read_dir(&folder).expect("the locale folder") {
        let path = entry.expect("an entry").path();
        if path.extension().and_then(|e| e.to_str()) != Some("ftl") {
            continue;
        }
        let text = std::fs::read_to_string(&path).expect("a readable file");
        for line in text.lines() {
            if let Some(rest) = line.strip_prefix(id).and_then(|rest| rest.strip_prefix(" = ")) {
                return rest.to_owned();
            }
        }
    }
    panic!("message {id} not found in locales/{locale}");
}

/// The real `haven serve` binary on a free port, killed when dropped.
pub struct ServeProcess(pub Child, String);

impl ServeProcess {
    pub fn start(content: &ContentCopy) -> Self {
        Self::start_logging_to(content, Stdio::null())
    }

    /// Starts the binary with its log (standard error) going to `log`.
    pub fn start_logging_to(content: &ContentCopy, log: impl Into<Stdio>) -> Self {
        Self::start_with(content, &[], log)
    }

    /// Starts the binary with `args` added to `serve`'s and its log going to `log`.
    pub fn start_with(content: &ContentCopy, args: &[&str], log: impl Into<Stdio>) -> Self {
        Self::start_with_env(content, args, &[], log)
    }

    /// As [`Self::start_with`], with environment variables set (`RUST_LOG` is `info`
    /// unless `env` says otherwise).
    pub fn start_with_env(content: &ContentCopy, args: &[&str], env: &[(&str, &str)], log: impl Into<Stdio>) -> Self {
        Self::start_bound(content, "127.0.0.1", args, env, log)
    }

    /// As [`Self::start_with_env`], listening on `host` (`[::]` for a dual-stack bind);
    /// clients still reach it at 127.0.0.1.
    pub fn start_bound(
        content: &ContentCopy,
        host: &str,
        args: &[&str],
        env: &[(&str, &str)],
        log: impl Into<Stdio>,
    ) -> Self {
        let port = std::net::TcpListener::bind("127.0.0.1:0").expect("a free port").local_addr().expect("addr").port();
        let child = Command::new(env!("CARGO_BIN_EXE_haven"))
            .args(["serve", "--bind", &format!("{host}:{port}"), "--content-dir"])
            .arg(content.path())
            .args(args)
            .env("RUST_LOG", "info")
            .envs(env.iter().copied())
            .stdout(Stdio::null())
            .stderr(log)
            .spawn()
            .expect("haven starts");
        let address = format!("http://127.0.0.1:{port}");
        for _ in 0..100 {
            if std::net::TcpStream::connect(("127.0.0.1", port)).is_ok() {
                break;
            }
            std::thread::sleep(Duration::from_millis(50));
        }
        Self(child, address)
    }

    pub fn address(&self) -> String {
        self.1.clone()
    }

    pub fn port(&self) -> u16 {
        port_of(&self.1)
    }

    /// Stops the server as an orchestrator would (SIGTERM, so it drains and flushes its
    /// log), killing it only if it has not exited within five seconds.
    pub fn stop(&mut self) {
        if matches!(self.0.try_wait(), Ok(Some(_))) {
            return;
        }
        let _ = Command::new("kill").args(["-TERM", &self.0.id().to_string()]).status();
        for _ in 0..100 {
            if matches!(self.0.try_wait(), Ok(Some(_))) {
                return;
            }
            std::thread::sleep(Duration::from_millis(50));
        }
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

impl Drop for ServeProcess {
    fn drop(&mut self) {
        self.stop();
    }
}

fn port_of(address: &str) -> u16 {
    address.rsplit(':').next().and_then(|p| p.parse().ok()).expect("a port")
}

/// One keep-alive HTTP/1.1 connection spoken by hand, for tests about connections
/// themselves (timeouts, limits) that a pooling client would hide.
pub struct RawConnection(std::net::TcpStream);

impl RawConnection {
    pub fn open(port: u16) -> Self {
        Self(std::net::TcpStream::connect(("127.0.0.1", port)).expect("connected"))
    }

    pub fn send_get(&mut self, path: &str) {
        let request = format!("GET {path} HTTP/1.1\r\nHost: haven.test\r\nConnection: keep-alive\r\n\r\n");
        self.send_raw(request.as_bytes());
    }

    pub fn send_raw(&mut self, bytes: &[u8]) {
        use std::io::Write;
        self.0.write_all(bytes).expect("the request is sent");
    }

    /// The status line of the next response, read whole (head and `Content-Length` body),
    /// or `None` if nothing arrives within `wait`. The connection stays open.
    pub fn read_response(&mut self, wait: Duration) -> Option<String> {
        self.read_whole_response(wait).and_then(|text| text.lines().next().map(str::to_owned))
    }

    /// The next whole response (head and body) on this connection, within `wait`.
    pub fn read_whole_response(&mut self, wait: Duration) -> Option<String> {
        use std::io::Read;
        self.0.set_read_timeout(Some(wait)).expect("a timeout");
        let mut received = Vec::new();
        let mut chunk = [0u8; 16 * 1024];
        loop {
            let n = self.0.read(&mut chunk).ok().filter(|n| *n > 0)?;
            received.extend_from_slice(&chunk[..n]);
            let text = String::from_utf8_lossy(&received);
            let Some(head_end) = text.find("\r\n\r\n") else { continue };
            let length: usize = text[..head_end]
                .lines()
                .find_map(|line| line.to_ascii_lowercase().strip_prefix("content-length:").map(|v| v.trim().to_owned()))
                .and_then(|v| v.parse().ok())
                .unwrap_or(0);
            if received.len() >= head_end + 4 + length {
                return Some(text.into_owned());
            }
        }
    }

    /// Whether the server closes the connection within `wait` (reads return end of file).
    pub fn closed_within(&mut self, wait: Duration) -> bool {
        use std::io::Read;
        self.0.set_read_timeout(Some(wait)).expect("a timeout");
        let mut rest = Vec::new();
        match self.0.read_to_end(&mut rest) {
            Ok(_) => true,
            Err(error) => !matches!(error.kind(), std::io::ErrorKind::WouldBlock | std::io::ErrorKind::TimedOut),
        }
    }
}

/// The day the content is judged on, as the server judges it.
pub fn today() -> chrono::NaiveDate {
    chrono::Utc::now().date_naive()
}

/// An HTTP client for tests. Haven's reqwest is built without a TLS crypto provider of its
/// own (`haven verify` installs ring), so every client is made through here.
pub fn client_builder() -> reqwest::ClientBuilder {
    haven::verify::install_crypto_provider();
    reqwest::Client::builder()
}

/// The text a reader sees in an article's body: every block's text and list items.
pub fn body_text(article: &serde_json::Value) -> String {
    let mut text = String::new();
    for block in article["blocks"].as_array().expect("blocks") {
        for part in [&block["text"]].into_iter().chain(block["items"].as_array().into_iter().flatten()) {
            text.push_str(part.as_str().unwrap_or(""));
            text.push('\n');
        }
    }
    text
}

/// Sets the English title of the main article in `content`, keeping everything else.
pub fn replace_title(content: &ContentCopy, title: &str) {
    const TITLE_ID: &str = "article-why-cant-i-cry-title";
    let articles = content.read("locales/en/articles.ftl");
    let replaced: String =
        articles
            .lines()
            .map(|line| {
                if line.starts_with(&format!("{TITLE_ID} =")) {
                    format!("{TITLE_ID} = {title}")
                } else {
                    line.to_owned()
                }
            })
            .map(|line| line + "\n")
            .collect();
    content.write("locales/en/articles.ftl", &replaced);
}
