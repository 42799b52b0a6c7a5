//! What operators rely on when they run Haven at scale: content that reloads itself
//! (`--watch`), replicas that answer byte for byte alike, and the container health probe.

use std::process::Command;
use std::time::{Duration, Instant};

use crate::helpers::{client_builder, copy_dir, replace_title, ContentCopy, ServeProcess};

const TITLE_ID: &str = "article-why-cant-i-cry-title";

async fn title(client: &reqwest::Client, address: &str) -> String {
    let reply = client.get(format!("{address}/v1/articles/why-cant-i-cry")).send().await.expect("the article answers");
    let body: serde_json::Value = reply.json().await.expect("JSON");
    body["title"].as_str().unwrap_or("").to_owned()
}

async fn health(client: &reqwest::Client, address: &str) -> serde_json::Value {
    client.get(format!("{address}/health")).send().await.expect("health").json().await.expect("JSON")
}

/// Waits (at most ten seconds) until `check` holds.
async fn eventually<F, Fut>(what: &str, mut check: F)
where
    F: FnMut() -> Fut,
    Fut: std::future::Future<Output = bool>,
{
    let deadline = Instant::now() + Duration::from_secs(10);
    while Instant::now() < deadline {
        if check().await {
            return;
        }
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
    panic!("{what} within ten seconds");
}

#[tokio::test]
async fn watch_reloads_changed_files_refuses_a_broken_save_and_recovers() {
    let content = ContentCopy::english_only();
    let server = ServeProcess::start_with(&content, &["--watch"], std::process::Stdio::null());
    let (client, address) = (client_builder().build().expect("a client"), server.address());
    let original = title(&client, &address).await;

    replace_title(&content, "Changed on disk");
    eventually("the changed title is served", || async { title(&client, &address).await == "Changed on disk" }).await;

    let good = content.read("locales/en/articles.ftl");
    content.write("locales/en/articles.ftl", &format!("{good}\nbroken = {{ $unclosed\n"));
    eventually("the broken save is recorded as a failed reload", || async {
        health(&client, &address).await["reloads"]["last_failure"].is_object()
    })
    .await;
    assert_eq!(title(&client, &address).await, "Changed on disk", "the last good content keeps serving");

    content.write("locales/en/articles.ftl", &good);
    replace_title(&content, &original);
    eventually("the restored title is served", || async { title(&client, &address).await == original }).await;
}

#[tokio::test]
async fn watch_follows_a_configmap_style_symlink_swap() {
    // A mounted ConfigMap: `data` and `locales` are links into `..data`, itself a link to a
    // timestamped folder; an update writes a new folder and swaps `..data` in one rename.
    let source = ContentCopy::english_only();
    let mount = tempfile::tempdir().expect("a folder");
    let version = |name: &str| {
        let folder = mount.path().join(name);
        std::fs::create_dir(&folder).expect("a version folder");
        for top in ["data", "locales"] {
            copy_dir(&source.path().join(top), &folder.join(top));
        }
        folder
    };
    let first = version("..2026_12_01_a");
    std::os::unix::fs::symlink(&first, mount.path().join("..data")).expect("..data");
    for top in ["data", "locales"] {
        std::os::unix::fs::symlink(format!("..data/{top}"), mount.path().join(top)).expect("link");
    }
    let content = ContentCopy::at(mount.path());
    let server = ServeProcess::start_with(&content, &["--watch"], std::process::Stdio::null());
    let (client, address) = (client_builder().build().expect("a client"), server.address());
    let before = health(&client, &address).await["content_version"].clone();

    let second = version("..2026_12_01_b");
    let articles = std::fs::read_to_string(second.join("locales/en/articles.ftl")).expect("articles");
    let changed = articles.replacen(&format!("{TITLE_ID} = "), &format!("{TITLE_ID} = Swapped in "), 1);
    std::fs::write(second.join("locales/en/articles.ftl"), changed).expect("written");
    std::os::unix::fs::symlink(&second, mount.path().join("..data_tmp")).expect("new link");
    std::fs::rename(mount.path().join("..data_tmp"), mount.path().join("..data")).expect("swap");

    eventually("the swapped-in version is served", || async {
        title(&client, &address).await.starts_with("Swapped in")
    })
    .await;
    assert_ne!(health(&client, &address).await["content_version"], before);
    drop(server);
}

/// Every cacheable endpoint, so a CDN may ask either replica.
const ENDPOINTS: &[&str] = &[
    "/v1/articles",
    "/v1/articles/why-cant-i-cry?country=GB",
    "/v1/strategies?locale=de",
    "/v1/faqs/can-numbness-be-permanent?locale=ar",
    "/v1/countries",
    "/v1/countries/JP?locale=ja&at=2026-12-01T03:00:00Z",
    "/v1/hotlines?country=US&at=2026-12-01T03:00:00Z",
    "/v1/locales",
    "/v1/bundle?locale=es&country=MX",
    "/v1/manifest?locale=es&country=MX",
    "/v1/bundle/items/article/why-cant-i-cry?locale=es&country=MX",
    "/widget?country=GB&locale=en",
    "/openapi.json",
];

#[tokio::test]
async fn two_replicas_on_the_same_content_give_the_same_bytes_and_etags() {
    let content = ContentCopy::new();
    let (one, two) = (ServeProcess::start(&content), ServeProcess::start(&content));
    let client = client_builder().build().expect("a client");
    for path in ENDPOINTS {
        for encoding in ["identity", "gzip", "br"] {
            let fetch = |address: String| {
                let client = client.clone();
                async move {
                    let reply = client
                        .get(format!("{address}{path}"))
                        .header("accept-encoding", encoding)
                        .send()
                        .await
                        .expect("answers");
                    let etag = reply.headers().get("etag").map(|v| v.to_str().unwrap_or("").to_owned());
                    (reply.status().as_u16(), etag, reply.bytes().await.expect("a body"))
                }
            };
            let (a, b) = (fetch(one.address()).await, fetch(two.address()).await);
            assert_eq!(a.0, 200, "{path}");
            assert_eq!(a.1, b.1, "{path} ({encoding}): the same ETag from both replicas");
            assert!(a.1.is_some(), "{path} has an ETag");
            assert!(a.2 == b.2, "{path} ({encoding}): the same bytes from both replicas");
        }
    }
}

#[test]
fn the_container_probe_reports_a_live_server_and_a_missing_one() {
    let content = ContentCopy::english_only();
    let server = ServeProcess::start(&content);
    let probe = |port: u16| {
        Command::new(env!("CARGO_BIN_EXE_haven"))
            .args(["probe", "--address", &format!("127.0.0.1:{port}"), "--timeout-seconds", "2"])
            .output()
            .expect("haven probe runs")
    };
    let live = probe(server.port());
    assert!(live.status.success(), "{}", String::from_utf8_lossy(&live.stderr));
    let free = std::net::TcpListener::bind("127.0.0.1:0").expect("a port").local_addr().expect("addr").port();
    let dead = probe(free);
    assert_eq!(dead.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&dead.stderr).contains("haven probe"), "says why");
    let wrong_path = Command::new(env!("CARGO_BIN_EXE_haven"))
        .args(["probe", "--address", &format!("127.0.0.1:{}", server.port()), "--path", "/no-such-path"])
        .output()
        .expect("haven probe runs");
    assert_eq!(wrong_path.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&wrong_path.stderr).contains("answered 404"));
}
