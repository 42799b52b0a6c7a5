//! Ready answers (answered before routing, `src/api/ready.rs`) must be exactly the answers
//! the full path gives: same status, headers and bytes, same limits, and never stale.

use haven::settings::ServerLimits;
use reqwest::Method;

use crate::helpers::{spawn_app_configured, ContentCopy, TestApp};

/// A request: method, path and headers.
type Asked<'a> = (Method, &'a str, &'a [(&'a str, &'a str)]);

/// Headers that differ between any two answers.
const PER_ANSWER: [&str; 4] = ["x-request-id", "date", "ratelimit-remaining", "ratelimit-reset"];

struct Answer {
    status: u16,
    headers: Vec<(String, String)>,
    body: Vec<u8>,
}

async fn fetch(app: &TestApp, method: Method, path: &str, headers: &[(&str, &str)]) -> Answer {
    let mut request = app.client.request(method, format!("{}{path}", app.address));
    for (name, value) in headers {
        request = request.header(*name, *value);
    }
    let response = request.send().await.expect("answered");
    let status = response.status().as_u16();
    let mut headers: Vec<(String, String)> = response
        .headers()
        .iter()
        .filter(|(name, _)| !PER_ANSWER.contains(&name.as_str()))
        .map(|(name, value)| (name.as_str().to_owned(), value.to_str().unwrap_or("?").to_owned()))
        .collect();
    headers.sort();
    Answer { status, headers, body: response.bytes().await.expect("a body").to_vec() }
}

async fn ready_hits(app: &TestApp) -> u64 {
    let metrics = app.get("/metrics").await;
    metrics
        .text
        .lines()
        .find_map(|line| line.strip_prefix("haven_cache_ready_hits_total "))
        .and_then(|value| value.trim().parse().ok())
        .expect("the ready-hits counter")
}

/// One worker, so every request meets the same worker's answers.
async fn one_worker_app() -> TestApp {
    spawn_app_configured(|settings| settings.limits = ServerLimits { workers: 1, ..settings.limits.clone() }).await
}

#[tokio::test]
async fn a_ready_answer_is_the_answer_the_full_path_gives() {
    let app = one_worker_app().await;
    let cases: [Asked; 8] = [
        (Method::GET, "/v1/articles/why-cant-i-cry", &[]),
        (Method::GET, "/v1/articles/why-cant-i-cry", &[("accept-language", "de-DE,de;q=0.9")]),
        (Method::GET, "/v1/articles/why-cant-i-cry?country=GB", &[("accept-encoding", "gzip")]),
        (Method::HEAD, "/v1/articles/why-cant-i-cry", &[]),
        (Method::GET, "/v1/hotlines?country=GB", &[]),
        (Method::GET, "/v1/bundle?locale=fr", &[("accept-encoding", "br")]),
        (Method::GET, "/v1/countries", &[("accept-language", "ja")]),
        (Method::GET, "/widget?country=DE", &[]),
    ];
    for (method, path, headers) in cases {
        let before = ready_hits(&app).await;
        let full = fetch(&app, method.clone(), path, headers).await;
        assert_eq!(full.status, 200, "{method} {path}");
        let after_full = ready_hits(&app).await;
        assert_eq!(after_full, before, "the first answer takes the full path: {method} {path}");
        let ready = fetch(&app, method.clone(), path, headers).await;
        assert_eq!(ready_hits(&app).await, after_full + 1, "the second is a ready answer: {method} {path}");
        assert_eq!(ready.status, full.status, "{method} {path}");
        assert_eq!(ready.headers, full.headers, "{method} {path}");
        assert!(ready.body == full.body, "{method} {path}: the same bytes");
        if method == Method::GET {
            assert!(!ready.body.is_empty(), "{method} {path}");
        }
    }
}

/// `If-None-Match` is answered before routing with the `304` the full path gives;
/// every other condition, and byte ranges, go to the full path.
#[tokio::test]
async fn revalidation_is_answered_ready_and_other_conditions_take_the_full_path() {
    let app = one_worker_app().await;
    let path = "/v1/bundle?locale=en";
    let etag = app.get(path).await.header("etag").to_owned();
    // A 304 from the full path: a first request under another key (Accept-Language).
    let full_304 = fetch(&app, Method::GET, path, &[("if-none-match", &etag), ("accept-language", "en")]).await;
    assert_eq!(full_304.status, 304);
    let _ = fetch(&app, Method::GET, path, &[("accept-language", "en")]).await;
    let before = ready_hits(&app).await;
    let ready_304 = fetch(&app, Method::GET, path, &[("if-none-match", &etag), ("accept-language", "en")]).await;
    assert_eq!(ready_hits(&app).await, before + 1, "answered ready");
    assert_eq!(ready_304.status, 304);
    assert_eq!(ready_304.headers, full_304.headers);
    assert!(ready_304.body.is_empty());
    let stale = fetch(&app, Method::GET, path, &[("if-none-match", "\"an-old-copy\"")]).await;
    assert_eq!(stale.status, 200, "another ETag gets the body");

    let before = ready_hits(&app).await;
    let range = fetch(&app, Method::GET, path, &[("range", "bytes=0-9")]).await;
    assert_eq!((range.status, range.body.len()), (206, 10), "a range is the full path's 206");
    let failed = fetch(&app, Method::GET, path, &[("if-match", "\"not-this\"")]).await;
    assert_eq!(failed.status, 412, "If-Match is the full path's precondition");
    assert_eq!(ready_hits(&app).await, before, "neither was answered ready");
}

/// The rate limit counts ready answers like any other, and refuses them alike.
#[tokio::test]
async fn ready_answers_are_rate_limited() {
    let app = spawn_app_configured(|settings| {
        settings.rate_limit_per_minute = 3;
        settings.limits = ServerLimits { workers: 1, ..settings.limits.clone() };
    })
    .await;
    let path = "/v1/articles/why-cant-i-cry";
    let mut remaining = Vec::new();
    for _ in 0..3 {
        let reply = app.get(path).await;
        assert_eq!(reply.status, 200);
        remaining.push(reply.header("ratelimit-remaining").to_owned());
    }
    assert_eq!(remaining, ["2", "1", "0"], "each answer, ready or not, is counted once");
    let refused = app.get(path).await;
    refused.assert_problem(429, "rate-limited");
    assert!(!refused.header("retry-after").is_empty());
}

/// Replaced content is never answered from an older ready answer.
#[tokio::test]
async fn a_reload_retires_ready_answers() {
    let content = ContentCopy::new();
    let path = content.path().to_owned();
    let app = crate::helpers::spawn_app_with_configured(content, |settings| {
        settings.limits = ServerLimits { workers: 1, ..settings.limits.clone() };
    })
    .await;
    let article = "/v1/articles/why-cant-i-cry";
    let first = app.get(article).await;
    let before = ready_hits(&app).await;
    assert_eq!(app.get(article).await.text, first.text);
    assert_eq!(ready_hits(&app).await, before + 1, "kept and answered ready");
    crate::helpers::replace_title(&ContentCopy::at(&path), "Retitled by a translator");
    app.control.reload().await.expect("the reload is accepted");
    let after = app.get(article).await;
    assert_eq!(after.body["title"], "Retitled by a translator");
    assert_ne!(after.header("etag"), first.header("etag"));
}

/// With a CORS allow-list the answer depends on `Origin`, so it is never answered ready.
#[tokio::test]
async fn answers_that_vary_by_origin_are_not_answered_ready() {
    let app = crate::helpers::spawn_app_with_cors_origins(&["https://partner.example"]).await;
    let path = "/v1/articles/why-cant-i-cry";
    for _ in 0..2 {
        let partner = app.get_with(path, &[("origin", "https://partner.example")]).await;
        assert_eq!(partner.header("access-control-allow-origin"), "https://partner.example");
        let other = app.get_with(path, &[("origin", "https://other.example")]).await;
        assert_eq!(other.header("access-control-allow-origin"), "", "never the partner's answer");
    }
}

/// A key whose first request revalidates (an app that already holds the body) is kept
/// from that `304`: later revalidations, and a plain request, are answered ready with
/// the full path's headers and bytes.
#[tokio::test]
async fn a_key_only_ever_revalidated_is_answered_ready_too() {
    let app = one_worker_app().await;
    let path = "/v1/articles/why-cant-i-cry";
    let full_200 = fetch(&app, Method::GET, path, &[("accept-language", "en")]).await;
    let etag = full_200.headers.iter().find(|(name, _)| name == "etag").map(|(_, v)| v.clone()).expect("an ETag");
    let full_304 = fetch(&app, Method::GET, path, &[("if-none-match", &etag)]).await;
    assert_eq!(full_304.status, 304);
    let before = ready_hits(&app).await;
    let ready_304 = fetch(&app, Method::GET, path, &[("if-none-match", &etag)]).await;
    assert_eq!(ready_hits(&app).await, before + 1, "kept from the 304");
    assert_eq!((ready_304.status, &ready_304.headers), (304, &full_304.headers));
    let ready_200 = fetch(&app, Method::GET, path, &[]).await;
    assert_eq!(ready_hits(&app).await, before + 2, "and its 200 too");
    assert_eq!((ready_200.status, &ready_200.headers), (200, &full_200.headers));
    assert!(ready_200.body == full_200.body, "the same bytes");
}
