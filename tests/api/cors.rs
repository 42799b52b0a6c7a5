//! Partner sites read the API from the browser.

use reqwest::Method;

use crate::helpers::{spawn_app, spawn_app_with_cors_origins};

#[tokio::test]
async fn any_origin_may_read_by_default() {
    let app = spawn_app().await;
    let reply = app.get_with("/v1/hotlines?country=GB", &[("origin", "https://charity.example")]).await;
    assert_eq!(reply.status, 200);
    assert_eq!(reply.header("access-control-allow-origin"), "*");
    let exposed = reply.header("access-control-expose-headers").to_ascii_lowercase();
    for name in [
        "etag",
        "content-language",
        "retry-after",
        "ratelimit-limit",
        "ratelimit-remaining",
        "ratelimit-reset",
        "x-request-id",
    ] {
        assert!(exposed.contains(name), "{name} is readable by browser code: {exposed}");
    }
    let error = app.get_with("/v1/hotlines?country=ZZ", &[("origin", "https://charity.example")]).await;
    assert_eq!(error.header("access-control-allow-origin"), "*", "errors are readable too");
}

#[tokio::test]
async fn preflight_requests_are_answered() {
    let app = spawn_app().await;
    let headers = [
        ("origin", "https://charity.example"),
        ("access-control-request-method", "GET"),
        ("access-control-request-headers", "accept-language, if-none-match"),
    ];
    let reply = app.request(Method::OPTIONS, "/v1/articles", &headers).await;
    assert!(reply.status.is_success(), "{}", reply.status);
    assert_eq!(reply.header("access-control-allow-origin"), "*");
    let methods = reply.header("access-control-allow-methods");
    assert!(methods.contains("GET") && methods.contains("HEAD"), "{methods}");
    assert!(!methods.contains("POST"), "{methods}");
    let allowed = reply.header("access-control-allow-headers").to_ascii_lowercase();
    assert!(allowed.contains("accept-language") && allowed.contains("if-none-match"), "{allowed}");
    assert!(!reply.header("access-control-max-age").is_empty());
}

#[tokio::test]
async fn a_preflight_may_ask_for_the_headers_real_browser_code_sends() {
    let app = spawn_app().await;
    let asked = "content-type, traceparent, sentry-trace, baggage, x-requested-with";
    let headers = [
        ("origin", "https://charity.example"),
        ("access-control-request-method", "GET"),
        ("access-control-request-headers", asked),
    ];
    let reply = app.request(Method::OPTIONS, "/v1/hotlines?country=GB", &headers).await;
    assert!(reply.status.is_success(), "{} {}", reply.status, reply.text);
    let allowed = reply.header("access-control-allow-headers").to_ascii_lowercase();
    for name in asked.split(", ") {
        assert!(allowed.contains(name), "{name} allowed: {allowed}");
    }
}

#[tokio::test]
async fn an_allow_list_admits_only_its_origins() {
    let app = spawn_app_with_cors_origins(&["https://partner.example"]).await;
    let allowed = app.get_with("/v1/countries/GB", &[("origin", "https://partner.example")]).await;
    assert_eq!(allowed.header("access-control-allow-origin"), "https://partner.example");
    let other = app.get_with("/v1/countries/GB", &[("origin", "https://elsewhere.example")]).await;
    assert_eq!(other.header("access-control-allow-origin"), "", "no grant for other origins");
    let preflight = app
        .request(
            Method::OPTIONS,
            "/v1/countries/GB",
            &[("origin", "https://elsewhere.example"), ("access-control-request-method", "GET")],
        )
        .await;
    assert_eq!(preflight.header("access-control-allow-origin"), "");
}
