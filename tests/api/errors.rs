use reqwest::Method;

use crate::helpers::spawn_app;

#[tokio::test]
async fn unknown_ids_return_404_problems() {
    let app = spawn_app().await;
    let cases = [
        ("/v1/articles/no-such-article", "article-not-found"),
        ("/v1/articles/NOT%20A%20SLUG", "article-not-found"),
        ("/v1/strategies/no-such-strategy", "strategy-not-found"),
        ("/v1/faqs/no-such-faq", "faq-not-found"),
        ("/v1/countries/ZZ", "country-not-found"),
        ("/v1/hotlines?country=zz", "country-not-found"),
        ("/v1/nothing-here", "route-not-found"),
        ("/v1/articles?page=99", "page-not-found"),
        ("/v2/articles", "route-not-found"),
    ];
    for (path, code) in cases {
        let reply = app.get(path).await;
        reply.assert_problem(404, code);
        assert_eq!(reply.header("cache-control"), "no-store", "{path}");
    }
}

#[tokio::test]
async fn bad_parameters_return_400_problems() {
    let app = spawn_app().await;
    let cases = [
        ("/v1/articles?page=abc", "invalid-parameter", "non-numeric page"),
        ("/v1/articles?page=0", "invalid-parameter", "page zero"),
        ("/v1/articles?page=-3", "invalid-parameter", "negative page"),
        ("/v1/articles?per_page=1000", "invalid-parameter", "page size over the limit"),
        ("/v1/articles?tag=Not%20a%20tag", "invalid-parameter", "malformed tag"),
        ("/v1/articles?locale=not_a_locale", "invalid-locale", "malformed locale"),
        ("/v1/articles?locale=", "invalid-locale", "empty locale"),
        ("/v1/countries/USA", "invalid-country-code", "three letters"),
        ("/v1/countries/1", "invalid-country-code", "a digit"),
        ("/v1/hotlines?country=G1", "invalid-country-code", "malformed country"),
        ("/v1/hotlines", "missing-parameter", "no country"),
        ("/v1/articles?page=1&page=2", "invalid-query", "a repeated parameter"),
        ("/v1/articles?page=%FF", "invalid-parameter", "invalid UTF-8 in percent-encoding"),
        ("/v1/articles?locale=%FF%FE", "invalid-locale", "an undecodable locale"),
    ];
    for (path, code, why) in cases {
        let reply = app.get(path).await;
        assert_eq!(reply.status, 400, "{why}: {path}");
        reply.assert_problem(400, code);
    }
}

#[tokio::test]
async fn a_problem_names_the_parameter_and_the_request_path() {
    let app = spawn_app().await;
    let reply = app.get("/v1/articles?page=0").await;
    let detail = reply.body["detail"].as_str().expect("detail");
    assert!(detail.contains("page"), "the detail names the parameter: {detail}");
    assert_eq!(reply.body["instance"], "/v1/articles");
    assert_eq!(reply.body["locale"], "en");
}

#[tokio::test]
async fn wrong_methods_return_405_with_allow() {
    let app = spawn_app().await;
    for method in [Method::POST, Method::PUT, Method::DELETE, Method::PATCH] {
        let reply = app.request(method.clone(), "/v1/articles/why-cant-i-cry", &[]).await;
        reply.assert_problem(405, "method-not-allowed");
        assert_eq!(reply.header("allow"), "GET, HEAD, OPTIONS", "{method}");
    }
    let options = app.request(Method::OPTIONS, "/v1/countries", &[]).await;
    assert_eq!(options.status, 204);
    assert_eq!(options.header("allow"), "GET, HEAD, OPTIONS");
}

#[tokio::test]
async fn head_works_wherever_get_does_and_sends_no_body() {
    let app = spawn_app().await;
    let paths = [
        "/v1/articles",
        "/v1/articles/why-cant-i-cry",
        "/v1/hotlines?country=GB",
        "/v1/bundle?country=GB",
        "/widget?country=GB",
        "/widget.js",
        "/health",
        "/openapi.json",
        "/docs/",
        "/docs/swagger-ui.css",
    ];
    for path in paths {
        let get = app.get(path).await;
        let head = app.request(Method::HEAD, path, &[]).await;
        assert_eq!(head.status, 200, "{path}");
        assert!(head.text.is_empty(), "HEAD has no body: {path}");
        assert_eq!(head.header("etag"), get.header("etag"), "{path}");
    }
}

#[tokio::test]
async fn hostile_input_gets_a_4xx_never_a_5xx() {
    let app = spawn_app().await;
    let long_id = "a".repeat(5000);
    let paths = [
        format!("/v1/articles/{long_id}"),
        "/v1/articles/..%2F..%2Fetc%2Fpasswd".to_owned(),
        "/v1/articles/%00".to_owned(),
        format!("/v1/articles?locale={}", "x".repeat(300)),
        "/v1/articles?page=18446744073709551616".to_owned(),
        // Percent-encodings that decode to invalid UTF-8, in the path and the query.
        "/v1/articles/%FF%FE".to_owned(),
        "/v1/countries/%C0%AF".to_owned(),
        "/v1/articles?tag=%FF".to_owned(),
        "/v1/hotlines?country=%E2%82".to_owned(),
        "/v1/articles?locale=en%00".to_owned(),
    ];
    for path in &paths {
        let reply = app.get(path).await;
        assert!(reply.status.is_client_error(), "{} for {}", reply.status, &path[..path.len().min(60)]);
        assert_eq!(reply.header("content-type"), "application/problem+json");
        assert!(reply.text.len() < 2000, "hostile input is not echoed whole");
    }
    // Thousands of ranges with absurd quality values, within the header budget: ignored.
    let header = (0..2000).map(|i| if i % 2 == 0 { "a;q=9" } else { "b;q=-1" }).collect::<Vec<_>>().join(",");
    let reply = app.get_with("/v1/articles", &[("accept-language", &header)]).await;
    assert_eq!(reply.status, 200, "an absurd Accept-Language is ignored, not an error");
    assert_eq!(reply.header("content-language"), "en");
    // Past the header budget (16 kB), refused before any negotiation.
    let header = vec!["zz-ZZ;q=0.5"; 2000].join(",");
    let reply = app.get_with("/v1/articles", &[("accept-language", &header)]).await;
    reply.assert_problem(431, "headers-too-large");
}
