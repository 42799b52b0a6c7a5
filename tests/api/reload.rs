//! Reloading content without downtime: valid snapshots swap in whole, broken ones are
//! rejected while the previous content keeps answering.

use std::process::Command;
use std::time::Duration;

use crate::helpers::{replace_title, spawn_app_with, ContentCopy, ServeProcess};

const TITLE_ID: &str = "article-why-cant-i-cry-title";

#[tokio::test]
async fn a_valid_reload_takes_effect_and_changes_the_etag() {
    let content = ContentCopy::new();
    let path = content.path().to_owned();
    let app = spawn_app_with(content).await;
    let before = app.get_article("why-cant-i-cry", None).await;
    let copy = ContentCopy::at(&path);
    replace_title(&copy, "A new title");
    let version = app.control.reload().await.expect("the new content is valid");
    let after = app.get_article("why-cant-i-cry", None).await;
    assert_eq!(after.body["title"], "A new title");
    assert_ne!(after.header("etag"), before.header("etag"), "the cache was emptied with the swap");
    let stale = app.get_with("/v1/articles/why-cant-i-cry", &[("if-none-match", before.header("etag"))]).await;
    assert_eq!(stale.status, 200, "an old ETag no longer validates");
    let health = app.get("/health").await;
    assert_eq!(health.body["content_version"], version);
    assert_eq!(health.body["reloads"]["succeeded"], 1);
    let metrics = app.get("/metrics").await.text;
    assert!(metrics.lines().any(|l| l == "haven_reloads_succeeded_total 1"), "{metrics}");
    assert!(metrics.contains(&format!("haven_content_info{{version=\"{version}\"}} 1")), "the new version is exported");
}

#[tokio::test]
async fn a_broken_reload_is_rejected_and_the_old_content_keeps_serving() {
    let content = ContentCopy::new();
    let path = content.path().to_owned();
    let app = spawn_app_with(content).await;
    let before = app.get_article("why-cant-i-cry", None).await;
    let copy = ContentCopy::at(&path);
    copy.write("locales/en/articles.ftl", "article-why-cant-i-cry-title = { broken\n");
    let failure = app.control.reload().await.expect_err("broken content is rejected");
    assert!(failure.to_string().contains("locales/en/articles.ftl:"), "{failure}");
    let after = app.get_article("why-cant-i-cry", None).await;
    assert_eq!(after.status, 200);
    assert_eq!(after.text, before.text, "still the previous snapshot");
    let health = app.get("/health").await;
    assert_eq!(health.body["reloads"]["failed"], 1);
    let metrics = app.get("/metrics").await.text;
    assert!(metrics.lines().any(|l| l == "haven_reloads_failed_total 1"), "{metrics}");
    let problems = health.body["reloads"]["last_failure"]["problems"].as_array().expect("problems");
    assert!(problems.iter().any(|p| p.as_str().unwrap_or("").starts_with("locales/en/articles.ftl:")), "{problems:?}");
}

#[tokio::test]
async fn requests_during_reloads_never_fail_nor_see_half_a_catalog() {
    let content = ContentCopy::new();
    let path = content.path().to_owned();
    let app = std::sync::Arc::new(spawn_app_with(content).await);
    let copy = ContentCopy::at(&path);
    let good = copy.read("locales/en/articles.ftl");
    let client = {
        let app = app.clone();
        tokio::spawn(async move {
            let mut seen = 0;
            for _ in 0..150 {
                let reply = app.get_article("why-cant-i-cry", None).await;
                assert_eq!(reply.status, 200, "{}", reply.text);
                let title = reply.body["title"].as_str().expect("a title").to_owned();
                let summary = reply.body["summary"].as_str().expect("a summary").to_owned();
                // Both messages change together in one file; a mixed pair would be half a catalog.
                assert_eq!(title.starts_with("Round"), summary.starts_with("Round"), "{title} / {summary}");
                seen += 1;
            }
            seen
        })
    };
    for round in 0..6 {
        if round % 2 == 0 {
            let summary_id = "article-why-cant-i-cry-summary";
            let changed: String = good
                .lines()
                .map(|line| {
                    if line.starts_with(&format!("{TITLE_ID} =")) {
                        format!("{TITLE_ID} = Round {round}")
                    } else if line.starts_with(&format!("{summary_id} =")) {
                        format!("{summary_id} = Round {round} summary")
                    } else {
                        line.to_owned()
                    }
                })
                .map(|line| line + "\n")
                .collect();
            copy.write("locales/en/articles.ftl", &changed);
            app.control.reload().await.expect("valid round");
        } else {
            copy.write("locales/en/articles.ftl", &format!("{good}broken = {{\n"));
            app.control.reload().await.expect_err("broken round");
        }
    }
    assert_eq!(client.await.expect("the client task"), 150);
}

#[tokio::test]
async fn a_locale_added_by_copying_files_is_live_after_a_reload() {
    let content = ContentCopy::new();
    let path = content.path().to_owned();
    let app = spawn_app_with(content).await;
    let before = app.get("/v1/locales").await;
    assert!(!before.text.contains("\"tag\":\"sv\""));
    ContentCopy::at(&path).add_locale("sv", "ltr", &format!("{TITLE_ID} = Varför kan jag inte gråta längre?\n"));
    app.control.reload().await.expect("the new locale is valid");
    let locales = app.get("/v1/locales").await;
    assert!(locales.body["items"].as_array().expect("items").iter().any(|l| l["tag"] == "sv"));
    let article = app.get_with("/v1/articles/why-cant-i-cry", &[("accept-language", "sv-SE, en;q=0.5")]).await;
    assert_eq!(article.header("content-language"), "sv");
    assert_eq!(article.body["title"], "Varför kan jag inte gråta längre?");
}

/// The real binary, reloaded with a real `SIGHUP`.
#[tokio::test]
async fn sighup_reloads_the_running_binary() {
    let content = ContentCopy::new();
    let mut child = ServeProcess::start(&content);
    let address = child.address();
    let client = crate::helpers::client_builder().build().expect("a client");
    let health = |client: reqwest::Client, address: String| async move {
        let reply = client.get(format!("{address}/health")).send().await.expect("health answers");
        reply.json::<serde_json::Value>().await.expect("json")
    };
    let before = health(client.clone(), address.clone()).await;
    replace_title(&content, "Changed by a translator");
    let status = Command::new("kill").args(["-HUP", &child.0.id().to_string()]).status().expect("kill runs");
    assert!(status.success());
    let mut after = before.clone();
    for _ in 0..50 {
        after = health(client.clone(), address.clone()).await;
        if after["content_version"] != before["content_version"] {
            break;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    assert_ne!(after["content_version"], before["content_version"], "SIGHUP loaded the new content");
    assert_eq!(after["reloads"]["succeeded"], 1);
    child.stop();
}

/// A reload stuck on a hung file (a network mount that stopped answering; simulated by
/// the debug build's `HAVEN_FAULT_HANG_READING`) stalls no request, and SIGTERM still
/// exits within the shutdown delay and grace period.
#[cfg(debug_assertions)]
#[test]
fn a_stuck_reload_stalls_no_request_and_sigterm_still_exits() {
    use std::time::Instant;

    let content = ContentCopy::english_only();
    let log = tempfile::NamedTempFile::new().expect("a log file");
    let mut server = ServeProcess::start_with_env(
        &content,
        &["--shutdown-delay-seconds", "1", "--workers", "2"],
        &[("HAVEN_FAULT_HANG_READING", "hangs-on-read.ftl")],
        log.reopen().expect("writable"),
    );
    let port = server.port();
    // Served means started, signal handlers included (a SIGHUP before them would end it).
    let mut first = crate::helpers::RawConnection::open(port);
    first.send_get("/health/live");
    assert_eq!(first.read_response(Duration::from_secs(5)).as_deref(), Some("HTTP/1.1 200 OK"));
    content.write("locales/en/hangs-on-read.ftl", "hang-test = never read\n");
    let status = Command::new("kill").args(["-HUP", &server.0.id().to_string()]).status().expect("kill runs");
    assert!(status.success());
    std::thread::sleep(Duration::from_millis(500));
    // More requests at once than there are workers, health checks included: none waits
    // on the reload.
    let askers: Vec<_> = ["/health", "/health", "/health", "/health", "/v1/articles", "/v1/articles", "/health/ready"]
        .into_iter()
        .map(|path| {
            std::thread::spawn(move || {
                let mut connection = crate::helpers::RawConnection::open(port);
                connection.send_get(path);
                (path, connection.read_whole_response(Duration::from_secs(3)))
            })
        })
        .collect();
    for asker in askers {
        let (path, answer) = asker.join().expect("the asking thread");
        let answer = answer.unwrap_or_else(|| panic!("{path} answered during the stuck reload"));
        assert!(answer.starts_with("HTTP/1.1 200"), "{path}: {answer}");
    }
    let signalled = Instant::now();
    let _ = Command::new("kill").args(["-TERM", &server.0.id().to_string()]).status();
    let mut exited = None;
    while signalled.elapsed() < Duration::from_secs(20) {
        if let Ok(Some(status)) = server.0.try_wait() {
            exited = Some(status);
            break;
        }
        std::thread::sleep(Duration::from_millis(50));
    }
    let exited = exited.expect("exits although the reload is still stuck");
    assert!(exited.success(), "{exited}");
    let took = signalled.elapsed();
    assert!(took < Duration::from_secs(4), "within the 1 s delay and a moment, not the reload's minute: {took:?}");
    let text = std::fs::read_to_string(log.path()).expect("the log");
    assert!(text.contains("reload started"), "{text}");
    assert!(!text.contains("content reloaded"), "the stuck reload never finished: {text}");
}
