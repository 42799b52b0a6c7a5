//! Operations: readiness, graceful shutdown, metrics and logs.

use crate::helpers::{spawn_app, ContentCopy, ServeProcess};

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

    let content = ContentCopy::english_only();
    let mut server = ServeProcess::start(&content);
    let url = format!("{}/v1/bundle?locale=en", server.address());
    let client = crate::helpers::client_builder().pool_max_idle_per_host(0).build().expect("client");
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

/// Logs never hold a client's address next to what it asked for (docs/privacy.md).
#[tokio::test]
async fn logs_never_contain_client_addresses() {
    let content = ContentCopy::english_only();
    let log_path = content.path().join("haven.log");
    let log = std::fs::File::create(&log_path).expect("a log file");
    let mut server = ServeProcess::start_logging_to(&content, log);
    let client = crate::helpers::client_builder().build().expect("a client");
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

/// `--log-format json` writes one JSON object per line, and a request's line carries the
/// id echoed to the client, so an operator can follow one request from a support ticket.
#[tokio::test]
async fn json_logs_carry_the_request_id_the_client_saw() {
    let content = ContentCopy::english_only();
    let log_path = content.path().join("haven.json.log");
    let log = std::fs::File::create(&log_path).expect("a log file");
    let mut server = ServeProcess::start_with(&content, &["--log-format", "json"], log);
    let reply = crate::helpers::client_builder()
        .build()
        .expect("a client")
        .get(format!("{}/v1/countries/NZ", server.address()))
        .header("x-request-id", "ticket-4711")
        .send()
        .await
        .expect("an answer");
    assert_eq!(reply.headers()["x-request-id"], "ticket-4711");
    server.stop();
    let text = std::fs::read_to_string(&log_path).expect("the log");
    let records: Vec<serde_json::Value> =
        text.lines().map(|line| serde_json::from_str(line).unwrap_or_else(|_| panic!("not JSON: {line}"))).collect();
    let request = records
        .iter()
        .find(|record| record["fields"]["request_id"] == "ticket-4711")
        .unwrap_or_else(|| panic!("a line for the request: {text}"));
    assert_eq!(request["fields"]["route"], "/v1/countries/{code}");
    assert_eq!(request["fields"]["status"], 200);
    assert!(request["timestamp"].is_string() && request["level"] == "INFO", "{request}");
}

/// A log pipe nobody reads (a stuck collector) must not stop serving: lines beyond the
/// queue are dropped and counted, and requests keep being answered.
#[tokio::test]
async fn a_log_sink_nobody_reads_never_stops_serving() {
    let content = crate::helpers::ContentCopy::english_only();
    // The pipe's read end is held (so writes block once it is full) and never read.
    let server = crate::helpers::ServeProcess::start_logging_to(&content, std::process::Stdio::piped());
    let client = crate::helpers::client_builder().build().expect("a client");
    let address = server.address();
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(60);
    let mut answered = 0;
    // Past the 64 kB pipe and the 8,192-line queue, every further line must be dropped.
    while answered < 12_000 && std::time::Instant::now() < deadline {
        let reply = client.get(format!("{address}/health/live")).send().await.expect("answered while logs are stuck");
        assert_eq!(reply.status(), 200);
        answered += 1;
    }
    assert_eq!(answered, 12_000, "all requests answered within a minute");
    let metrics = client.get(format!("{address}/metrics")).send().await.expect("metrics").text().await.expect("text");
    let dropped: u64 = metrics
        .lines()
        .find_map(|line| line.strip_prefix("haven_log_lines_dropped "))
        .and_then(|value| value.trim().parse().ok())
        .expect("the dropped-lines gauge");
    assert!(dropped > 0, "lines the sink could not take are counted: {dropped}");
}

#[test]
fn request_lines_can_be_turned_off_on_their_own() {
    let content = crate::helpers::ContentCopy::english_only();
    let log = tempfile::NamedTempFile::new().expect("a log file");
    let file = log.reopen().expect("writable");
    let mut server =
        crate::helpers::ServeProcess::start_with_env(&content, &[], &[("RUST_LOG", "info,haven::request=off")], file);
    let mut raw = crate::helpers::RawConnection::open(server.port());
    raw.send_get("/v1/faqs");
    assert!(raw.read_response(std::time::Duration::from_secs(5)).is_some_and(|r| r.starts_with("HTTP/1.1 200")));
    server.stop();
    let text = std::fs::read_to_string(log.path()).expect("the log");
    assert!(text.contains("Haven is listening"), "other lines stay: {text}");
    assert!(!text.contains("route=/v1/faqs"), "no request lines: {text}");
}

/// An HTTP/2 attempt without TLS, or a garbled request line, is the client's mistake:
/// it is answered 400, logged at debug (`haven::client`) and counted, never at error, so
/// no client can fill the error log.
#[test]
fn malformed_requests_are_logged_below_error_and_counted() {
    let wait = std::time::Duration::from_secs(5);
    for (filter, shown_at_debug) in [("info", false), ("info,haven::client=debug", true)] {
        let content = crate::helpers::ContentCopy::english_only();
        let log = tempfile::NamedTempFile::new().expect("a log file");
        let mut server = crate::helpers::ServeProcess::start_with_env(
            &content,
            &[],
            &[("RUST_LOG", filter)],
            log.reopen().expect("writable"),
        );
        for attempt in [&b"PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n"[..], b"GET\x01 / HTTP/1.1\r\n\r\n"] {
            let mut raw = crate::helpers::RawConnection::open(server.port());
            raw.send_raw(attempt);
            assert_eq!(raw.read_response(wait).as_deref(), Some("HTTP/1.1 400 Bad Request"));
        }
        let mut raw = crate::helpers::RawConnection::open(server.port());
        let mut counted = None;
        for _ in 0..20 {
            raw.send_get("/metrics");
            let metrics = raw.read_whole_response(wait).expect("metrics");
            counted =
                metrics.lines().find_map(|line| line.strip_prefix("haven_client_protocol_errors ")).map(str::to_owned);
            if counted.as_deref() == Some("2") {
                break;
            }
            std::thread::sleep(std::time::Duration::from_millis(100));
        }
        assert_eq!(counted.as_deref(), Some("2"), "both are counted");
        server.stop();
        let text = std::fs::read_to_string(log.path()).expect("the log");
        assert!(text.contains("Haven is listening"), "{text}");
        assert!(!text.contains("ERROR"), "nothing at error with {filter}: {text}");
        let debug_lines =
            text.lines().filter(|l| l.contains("DEBUG haven::client") && l.contains("parse error")).count();
        assert_eq!(debug_lines, if shown_at_debug { 2 } else { 0 }, "with {filter}: {text}");
    }
}

/// The drain a load balancer expects: not ready at once, still serving through the
/// delay with `Connection: close`, then gone.
#[test]
fn sigterm_turns_not_ready_at_once_and_serves_through_the_shutdown_delay() {
    let content = crate::helpers::ContentCopy::english_only();
    let mut server = crate::helpers::ServeProcess::start_with(
        &content,
        &["--shutdown-delay-seconds", "2"],
        std::process::Stdio::null(),
    );
    let port = server.port();
    let wait = std::time::Duration::from_secs(5);
    let mut kept = crate::helpers::RawConnection::open(port);
    kept.send_get("/v1/faqs");
    let first = kept.read_response(wait).expect("an answer");
    assert!(first.starts_with("HTTP/1.1 200"), "{first}");
    let signalled = std::time::Instant::now();
    let _ = std::process::Command::new("kill").args(["-TERM", &server.0.id().to_string()]).status();
    std::thread::sleep(std::time::Duration::from_millis(300));
    let mut probe = crate::helpers::RawConnection::open(port);
    probe.send_get("/health/ready");
    let ready = probe.read_response(wait).expect("readiness answers while draining");
    assert!(ready.starts_with("HTTP/1.1 503"), "not ready at once: {ready}");
    kept.send_get("/v1/strategies");
    let during = kept.read_whole_response(wait).expect("still served during the delay");
    assert!(during.starts_with("HTTP/1.1 200"), "{during}");
    assert!(
        during.to_ascii_lowercase().contains("connection: close"),
        "the client is told to reconnect elsewhere: {during}"
    );
    assert!(matches!(server.0.try_wait(), Ok(None)), "still running during the delay");
    let mut exit = None;
    while signalled.elapsed() < std::time::Duration::from_secs(15) {
        if let Ok(Some(status)) = server.0.try_wait() {
            exit = Some(status);
            break;
        }
        std::thread::sleep(std::time::Duration::from_millis(50));
    }
    let exit = exit.expect("exits after the delay and the grace period");
    assert!(exit.success(), "{exit}");
    assert!(signalled.elapsed() >= std::time::Duration::from_secs(2), "served for the whole delay");
}
