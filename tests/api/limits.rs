//! Limits: sizes, rates, the cache's budget, security headers, and the settings that
//! configure them.

use std::net::{IpAddr, Ipv4Addr};

use haven::settings::ServerLimits;

use crate::helpers::{spawn_app, spawn_app_configured, spawn_app_with_rate_limit};

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
async fn oversized_headers_are_refused() {
    let app = spawn_app().await;
    let huge = "a".repeat(20 * 1024);
    let refused = app.get_with("/v1/faqs", &[("x-padding", &huge)]).await;
    refused.assert_problem(431, "headers-too-large");
    assert!(refused.body["detail"].as_str().unwrap_or("").contains("16384"), "{}", refused.text);
    // Many small headers add up the same way.
    let names: Vec<String> = (0..40).map(|i| format!("x-part-{i}")).collect();
    let part = "b".repeat(500);
    let many: Vec<(&str, &str)> = names.iter().map(|name| (name.as_str(), part.as_str())).collect();
    app.get_with("/v1/faqs", &many).await.assert_problem(431, "headers-too-large");
    // Past what the HTTP layer parses at all (96 headers), the refusal comes before Haven
    // sees the request: a bare 431 and a closed connection, which may reach the client as
    // a reset if it is still sending. Either way it is never served.
    let port = app.port();
    let refused = tokio::task::spawn_blocking(move || {
        let mut connection = crate::helpers::RawConnection::open(port);
        let headers: String = (0..120).map(|i| format!("x-h{i}: 1\r\n")).collect();
        connection.send_raw(format!("GET /v1/faqs HTTP/1.1\r\nHost: haven.test\r\n{headers}\r\n").as_bytes());
        connection.read_response(std::time::Duration::from_secs(5))
    })
    .await
    .expect("the raw client");
    assert!(refused.as_deref().is_none_or(|status| status.starts_with("HTTP/1.1 431")), "{refused:?}");
    assert_eq!(app.get("/health/live").await.status, 200, "and the server carries on");
    // A long but legal header is fine: unusable language ranges are ignored.
    let ranges = (0..800).map(|i| format!("x{i};q=0.{}", i % 10)).collect::<Vec<_>>().join(",");
    let served = app.get_with("/v1/faqs", &[("accept-language", &ranges)]).await;
    assert_eq!((served.status.as_u16(), served.header("content-language")), (200, "en"));
}

/// `X-Forwarded-For` names the client only when the connection comes from a configured
/// proxy; otherwise anyone could dodge the limit by inventing addresses.
#[tokio::test]
async fn forwarded_for_is_believed_only_from_trusted_proxies() {
    let untrusting = spawn_app_with_rate_limit(2).await;
    for invented in ["198.51.100.1", "198.51.100.2"] {
        let reply = untrusting.get_with("/v1/faqs", &[("x-forwarded-for", invented)]).await;
        assert_eq!(reply.status, 200);
    }
    let dodging = untrusting.get_with("/v1/faqs", &[("x-forwarded-for", "198.51.100.3")]).await;
    dodging.assert_problem(429, "rate-limited");

    let behind_proxy = spawn_app_configured(|settings| {
        settings.rate_limit_per_minute = 2;
        settings.trusted_proxies = vec![IpAddr::V4(Ipv4Addr::LOCALHOST)];
    })
    .await;
    let from = |client: &'static str| [("x-forwarded-for", client)];
    for _ in 0..2 {
        assert_eq!(behind_proxy.get_with("/v1/faqs", &from("198.51.100.1")).await.status, 200);
    }
    behind_proxy.get_with("/v1/faqs", &from("198.51.100.1")).await.assert_problem(429, "rate-limited");
    let other_client = behind_proxy.get_with("/v1/faqs", &from("198.51.100.2")).await;
    assert_eq!(other_client.status, 200, "another client behind the proxy has its own budget");
    assert_eq!(other_client.header("ratelimit-remaining"), "1");
}

/// A flood of distinct queries fills the cache up to its byte budget and no further;
/// parameters Haven does not know add no entries at all.
#[tokio::test]
async fn a_flood_of_distinct_queries_cannot_grow_the_cache_past_its_budget() {
    const BUDGET: u64 = 1024 * 1024;
    let app = spawn_app_configured(|settings| {
        settings.limits = ServerLimits { cache_bytes: BUDGET, ..settings.limits.clone() }
    })
    .await;
    let cache_gauge = |text: &str, name: &str| -> u64 {
        let line = text.lines().find(|l| l.starts_with(&format!("{name} "))).expect("the gauge is reported");
        line.rsplit(' ').next().and_then(|v| v.parse().ok()).expect("a number")
    };
    for i in 0..50 {
        app.get(&format!("/v1/faqs?utm_source=mail{i}")).await;
    }
    let after_unknown = app.get("/metrics").await.text;
    assert_eq!(cache_gauge(&after_unknown, "haven_cache_entries"), 1, "unknown parameters share one entry");

    let countries = app.get("/v1/countries").await.body["items"].as_array().cloned().expect("countries");
    let mut rendered_bytes = 0;
    for country in countries.iter().take(80) {
        let code = country["code"].as_str().expect("a code");
        let reply = app.get(&format!("/v1/bundle?country={code}")).await;
        assert_eq!(reply.status, 200);
        rendered_bytes += reply.text.len() as u64;
    }
    assert!(rendered_bytes > 2 * BUDGET, "the flood offered more than the budget: {rendered_bytes}");
    let metrics = app.get("/metrics").await.text;
    let weighted = cache_gauge(&metrics, "haven_cache_weighted_bytes");
    let entries = cache_gauge(&metrics, "haven_cache_entries");
    assert!(weighted <= BUDGET, "the cache holds {weighted} bytes, over its {BUDGET} budget");
    assert!(weighted > BUDGET / 2, "the cache is used, not emptied: {weighted}");
    assert!(entries < 80, "older entries were evicted: {entries}");
}

#[test]
fn an_invalid_setting_stops_start_up_naming_it() {
    let content = crate::helpers::ContentCopy::english_only();
    let config = content.path().join("haven.toml");
    std::fs::write(&config, "keep-alive-seconds = 15\ncache-size = 64\n").expect("a settings file");
    let refusal = |args: &[&str], env: &[(&str, &str)]| -> String {
        let output = std::process::Command::new(env!("CARGO_BIN_EXE_haven"))
            .args(["serve", "--bind", "127.0.0.1:0", "--content-dir"])
            .arg(content.path())
            .args(args)
            .envs(env.iter().copied())
            .output()
            .expect("haven runs");
        assert!(!output.status.success(), "{args:?} {env:?} must not start");
        String::from_utf8_lossy(&output.stderr).into_owned()
    };
    let zero_workers = refusal(&["--workers", "0"], &[]);
    assert!(zero_workers.contains("`workers`: 0 is outside 1..=256"), "{zero_workers}");
    let no_cache = refusal(&[], &[("HAVEN_CACHE_SIZE_MB", "0")]);
    assert!(no_cache.contains("`cache-size-mb`: 0 is outside"), "{no_cache}");
    let not_a_number = refusal(&["--rate-limit", "lots"], &[]);
    assert!(not_a_number.contains("--rate-limit"), "{not_a_number}");
    let typo = refusal(&["--config", config.to_str().expect("a UTF-8 path")], &[]);
    assert!(typo.contains("haven.toml:2: unknown field `cache-size`"), "{typo}");
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

/// Behind a dual-stack bind (`[::]`), an IPv4 proxy's connections arrive from
/// `::ffff:127.0.0.1`; `--trusted-proxies 127.0.0.1` must still match, so every visitor it
/// forwards keeps a rate-limit bucket of their own instead of sharing the proxy's.
#[test]
fn a_trusted_ipv4_proxy_is_recognised_behind_a_dual_stack_bind() {
    let content = crate::helpers::ContentCopy::english_only();
    let server = crate::helpers::ServeProcess::start_bound(
        &content,
        "[::]",
        &["--trusted-proxies", "127.0.0.1", "--rate-limit", "2"],
        &[],
        std::process::Stdio::null(),
    );
    let wait = std::time::Duration::from_secs(5);
    let ask_for = |visitor: &str| {
        let mut connection = crate::helpers::RawConnection::open(server.port());
        let request = format!(
            "GET /v1/faqs HTTP/1.1\r\nHost: haven.test\r\nX-Forwarded-For: {visitor}\r\nConnection: close\r\n\r\n"
        );
        connection.send_raw(request.as_bytes());
        connection.read_response(wait).expect("an answer")
    };
    assert!(ask_for("203.0.113.5").starts_with("HTTP/1.1 200"));
    assert!(ask_for("203.0.113.5").starts_with("HTTP/1.1 200"));
    assert!(ask_for("203.0.113.5").starts_with("HTTP/1.1 429"), "the visitor used up their allowance");
    let other = ask_for("203.0.113.6");
    assert!(other.starts_with("HTTP/1.1 200"), "another visitor has their own bucket: {other}");
}
