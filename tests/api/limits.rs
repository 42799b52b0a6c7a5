//! Limits, rate limiting, security headers, request ids and readiness.

use crate::helpers::{spawn_app, spawn_app_with_rate_limit};

#[tokio::test]
async fn a_client_over_its_rate_gets_429_with_retry_after_and_ratelimit_headers() {
    let app = spawn_app_with_rate_limit(3).await;
    for expected_remaining in ["2", "1", "0"] {
        let reply = app.get("/v1/faqs").await;
        assert_eq!(reply.status, 200);
        assert_eq!(reply.header("ratelimit-limit"), "3");
        assert_eq!(reply.header("ratelimit-remaining"), expected_remaining);
    }
    let refused = app.get("/v1/faqs").await;
    refused.assert_problem(429, "rate-limited");
    let retry_after: u64 = refused.header("retry-after").parse().expect("Retry-After in seconds");
    assert!((1..=20).contains(&retry_after), "{retry_after}");
    assert_eq!(refused.header("ratelimit-remaining"), "0");
    let health = app.get("/health/live").await;
    assert_eq!(health.status, 200, "health checks are never rate limited");
}

#[tokio::test]
async fn oversized_uris_and_query_floods_are_refused() {
    let app = spawn_app().await;
    let long = format!("/v1/articles?tag={}", "a".repeat(3000));
    app.get(&long).await.assert_problem(414, "uri-too-long");
    let flood: String = (0..40).map(|i| format!("p{i}=1")).collect::<Vec<_>>().join("&");
    app.get(&format!("/v1/articles?{flood}")).await.assert_problem(400, "invalid-query");
}

#[tokio::test]
async fn every_response_carries_security_headers_and_a_request_id() {
    let app = spawn_app().await;
    for path in ["/v1/articles", "/v1/articles/nope", "/health", "/openapi.json", "/docs/"] {
        let reply = app.get(path).await;
        assert_eq!(reply.header("x-content-type-options"), "nosniff", "{path}");
        assert_eq!(reply.header("referrer-policy"), "no-referrer", "{path}");
        assert!(reply.header("content-security-policy").contains("frame-ancestors 'none'"), "{path}");
        assert!(!reply.header("x-request-id").is_empty(), "{path}");
        assert!(reply.headers.get("server").is_none(), "no version banner: {path}");
    }
    let traced = app.get_with("/health", &[("x-request-id", "lb-trace-42")]).await;
    assert_eq!(traced.header("x-request-id"), "lb-trace-42", "a proxy's id is kept");
    let hostile = app.get_with("/health", &[("x-request-id", "<script>alert(1)</script>")]).await;
    assert_ne!(hostile.header("x-request-id"), "<script>alert(1)</script>", "arbitrary text is replaced");
    let first = app.get("/health").await.header("x-request-id").to_owned();
    assert_ne!(app.get("/health").await.header("x-request-id"), first, "ids are unique");
}

#[tokio::test]
async fn readiness_turns_false_when_shutdown_begins_while_liveness_stays() {
    let app = spawn_app().await;
    let ready = app.get("/health/ready").await;
    assert_eq!((ready.status.as_u16(), ready.body["status"].as_str()), (200, Some("ok")));
    app.control.set_ready(false);
    let draining = app.get("/health/ready").await;
    assert_eq!(draining.status, 503);
    assert_eq!(draining.body["status"], "unavailable");
    assert_eq!(draining.header("content-type"), "application/json");
    assert_eq!(app.get("/health/live").await.status, 200);
}

/// The real binary under load: SIGTERM stops new connections, every response already
/// started arrives whole (never truncated, never a 5xx), and the process exits 0.
#[tokio::test]
async fn sigterm_drains_in_flight_requests_and_exits_zero() {
    use std::time::{Duration, Instant};

    let content = crate::helpers::ContentCopy::english_only();
    let mut server = crate::helpers::ServeProcess::start(&content);
    let url = format!("{}/v1/bundle?locale=en", server.address());
    let client = reqwest::Client::builder().pool_max_idle_per_host(0).build().expect("client");
    let started = Instant::now();
    let mut workers = Vec::new();
    for _ in 0..8 {
        let (client, url) = (client.clone(), url.clone());
        workers.push(tokio::spawn(async move {
            let (mut whole, mut refused, mut broken) = (0, 0, Vec::new());
            while started.elapsed() < Duration::from_millis(1500) {
                match client.get(&url).send().await {
                    Ok(response) => {
                        let status = response.status();
                        match response.bytes().await {
                            Ok(body) if status == 200 && serde_json::from_slice::<serde_json::Value>(&body).is_ok() => {
                                whole += 1
                            }
                            other => broken.push(format!("{status}: {:?}", other.map(|b| b.len()))),
                        }
                    }
                    // Refused or reset before any answer: the client can retry elsewhere.
                    Err(error) if error.is_connect() || error.is_request() => refused += 1,
                    Err(error) => broken.push(error.to_string()),
                }
            }
            (whole, refused, broken)
        }));
    }
    tokio::time::sleep(Duration::from_millis(400)).await;
    let status = std::process::Command::new("kill").args(["-TERM", &server.0.id().to_string()]).status();
    assert!(status.expect("kill runs").success());
    let (mut whole, mut broken) = (0, Vec::new());
    for worker in workers {
        let (w, _, b) = worker.await.expect("worker");
        whole += w;
        broken.extend(b);
    }
    assert!(whole > 0, "requests were answered before and during shutdown");
    assert!(broken.is_empty(), "no response was cut short or failed: {broken:?}");
    let mut exit = None;
    for _ in 0..100 {
        if let Some(status) = server.0.try_wait().expect("wait") {
            exit = Some(status);
            break;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    assert_eq!(exit.and_then(|s| s.code()), Some(0), "exit 0 after a graceful stop");
}

#[tokio::test]
async fn metrics_count_requests_by_route_and_status_and_report_the_cache_and_content() {
    let app = spawn_app().await;
    for _ in 0..3 {
        app.get("/v1/countries/GB").await;
    }
    app.get("/no/such/place/12345").await;
    let metrics = app.get("/metrics").await;
    assert_eq!(metrics.status, 200);
    let text = &metrics.text;
    let line = |prefix: &str| text.lines().find(|l| l.starts_with(prefix)).map(str::to_owned);
    assert_eq!(
        line("haven_http_requests_total{endpoint=\"/v1/countries/{code}\",method=\"GET\",status=\"200\"}"),
        Some("haven_http_requests_total{endpoint=\"/v1/countries/{code}\",method=\"GET\",status=\"200\"} 3".to_owned()),
        "requests by route pattern and status"
    );
    assert!(text.contains("endpoint=\"unmatched\""), "unknown paths share one label");
    assert!(!text.contains("12345"), "no raw path becomes a label");
    assert!(text.contains("haven_http_requests_duration_seconds_bucket{endpoint=\"/v1/countries/{code}\""));
    assert_eq!(line("haven_cache_hits_total"), Some("haven_cache_hits_total 2".to_owned()));
    assert_eq!(line("haven_cache_misses_total"), Some("haven_cache_misses_total 1".to_owned()));
    assert_eq!(line("haven_cache_entries"), Some("haven_cache_entries 1".to_owned()));
    let version = app.get("/health").await.body["content_version"].as_str().unwrap_or("").to_owned();
    assert!(text.contains(&format!("haven_content_info{{version=\"{version}\"}} 1")), "the content version");
    assert!(text.contains("haven_reloads_failed_total 0"));
}

/// A client that never finishes its request head cannot hold the connection.
#[tokio::test]
async fn a_slow_client_is_cut_off_after_the_request_timeout() {
    use std::io::{Read, Write};
    use std::time::{Duration, Instant};

    let content = crate::helpers::ContentCopy::english_only();
    let server = crate::helpers::ServeProcess::start(&content);
    let port: u16 = server.address().rsplit(':').next().and_then(|p| p.parse().ok()).expect("a port");
    let mut slow = std::net::TcpStream::connect(("127.0.0.1", port)).expect("connected");
    slow.write_all(b"GET /v1/faqs HTTP/1.1\r\nHost: haven\r\n").expect("half a request");
    slow.set_read_timeout(Some(Duration::from_secs(15))).expect("timeout");
    let started = Instant::now();
    let mut answer = Vec::new();
    let _ = slow.read_to_end(&mut answer);
    let waited = started.elapsed();
    assert!(waited < Duration::from_secs(10), "the server closed the connection after {waited:?}");
    let text = String::from_utf8_lossy(&answer);
    assert!(text.is_empty() || text.starts_with("HTTP/1.1 408"), "{text}");
}

/// Logs never hold a client's address next to what it asked for (docs/privacy.md).
#[tokio::test]
async fn logs_never_contain_client_addresses() {
    let content = crate::helpers::ContentCopy::english_only();
    let log_path = content.path().join("haven.log");
    let log = std::fs::File::create(&log_path).expect("a log file");
    let mut server = crate::helpers::ServeProcess::start_logging_to(&content, log);
    let client = reqwest::Client::new();
    for path in ["/v1/countries/GB", "/v1/hotlines?country=US&locale=es", "/v1/articles/nope"] {
        let reply = client
            .get(format!("{}{path}", server.address()))
            .header("x-forwarded-for", "203.0.113.77")
            .send()
            .await
            .expect("an answer");
        assert!(reply.status().as_u16() < 500);
    }
    server.stop();
    let text = std::fs::read_to_string(&log_path).expect("the log");
    assert!(text.contains("route=/v1/countries/{code}"), "requests are logged by route: {text}");
    for secret in ["127.0.0.1:", "203.0.113.77", "country=US", "/v1/countries/GB"] {
        let leaked = text.lines().filter(|line| line.contains("request")).any(|line| line.contains(secret));
        assert!(!leaked, "`{secret}` must not appear in request logs:\n{text}");
    }
}
