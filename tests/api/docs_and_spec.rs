use crate::helpers::{shipped_content_dir, spawn_app};

/// Regenerates the spec and compares it with the committed file.
/// `UPDATE_OPENAPI=1 cargo test` rewrites the file on purpose.
#[test]
fn the_committed_openapi_document_matches_the_code() {
    let generated = haven::api::openapi_json();
    let path = shipped_content_dir().join("openapi/openapi.json");
    if std::env::var_os("UPDATE_OPENAPI").is_some() {
        std::fs::write(&path, &generated).expect("the spec is written");
    }
    let committed = std::fs::read_to_string(&path).unwrap_or_default();
    assert!(
        committed == generated,
        "openapi/openapi.json is out of date: run `UPDATE_OPENAPI=1 cargo test --test api` and commit it"
    );
}

#[test]
fn the_spec_documents_every_route_and_its_errors() {
    let spec: serde_json::Value = serde_json::from_str(&haven::api::openapi_json()).expect("JSON");
    assert_eq!(spec["info"]["title"], "Haven API", "our own info, not the crate's");
    let paths = spec["paths"].as_object().expect("paths");
    for path in [
        "/v1/articles",
        "/v1/articles/{slug}",
        "/v1/strategies",
        "/v1/strategies/{id}",
        "/v1/faqs",
        "/v1/faqs/{id}",
        "/v1/countries",
        "/v1/countries/{code}",
        "/v1/hotlines",
        "/v1/locales",
        "/health",
        "/openapi.json",
    ] {
        let operation = &paths.get(path).unwrap_or_else(|| panic!("{path} is documented"))["get"];
        assert!(operation["responses"]["200"].is_object(), "{path} documents its 200");
        if path.starts_with("/v1/") {
            let problem = &operation["responses"]["400"]["content"]["application/problem+json"]["schema"]["$ref"];
            assert_eq!(problem, "#/components/schemas/Problem", "{path} documents its 400 as a problem");
            let params: Vec<&str> =
                operation["parameters"].as_array().expect("params").iter().filter_map(|p| p["name"].as_str()).collect();
            assert!(params.contains(&"locale") && params.contains(&"Accept-Language"), "{path} documents locales");
        }
    }
    let schemas = spec["components"]["schemas"].as_object().expect("schemas");
    for schema in ["Problem", "ArticleResponse", "ArticleListResponse", "CountryHotlinesResponse", "LocaleListResponse"]
    {
        assert!(schemas.contains_key(schema), "{schema} is in the spec");
    }
}

#[tokio::test]
async fn the_served_spec_is_the_generated_one() {
    let app = spawn_app().await;
    let reply = app.get("/openapi.json").await;
    assert_eq!(reply.status, 200);
    assert_eq!(reply.text, haven::api::openapi_json());
}

#[tokio::test]
async fn the_docs_ui_is_served_by_haven_itself() {
    let app = spawn_app().await;
    let redirect = app.get("/docs").await;
    assert_eq!(redirect.status, 308);
    assert_eq!(redirect.header("location"), "/docs/");
    let page = app.get("/docs/").await;
    assert_eq!(page.status, 200);
    assert!(page.text.contains("swagger-ui"), "the Swagger UI page");
    for asset in ["/docs/swagger-ui.css", "/docs/swagger-ui-bundle.js", "/docs/swagger-initializer.js"] {
        let reply = app.get(asset).await;
        assert_eq!(reply.status, 200, "{asset} is served locally");
        assert!(!reply.text.is_empty());
    }
    let initializer = app.get("/docs/swagger-initializer.js").await;
    assert!(initializer.text.contains("/openapi.json"), "the UI loads our spec");
    for page_text in [&page.text, &initializer.text] {
        assert!(!page_text.contains("cdn.") && !page_text.contains("unpkg"), "no third-party assets");
    }
}

#[tokio::test]
async fn health_reports_the_content_served() {
    let app = spawn_app().await;
    let reply = app.get("/health").await;
    assert_eq!(reply.status, 200);
    assert_eq!(reply.body["status"], "ok");
    assert_eq!(reply.body["content_version"].as_str().map(str::len), Some(16));
    assert!(reply.body["articles"].as_u64().unwrap_or(0) >= 5);
}

#[tokio::test]
async fn the_docs_files_are_cacheable_and_compressed() {
    let app = spawn_app().await;
    for path in ["/docs/", "/docs/swagger-ui-bundle.js", "/docs/swagger-ui.css"] {
        let plain = app.get_with(path, &[("accept-encoding", "identity")]).await;
        assert_eq!(plain.status, 200, "{path}");
        let etag = plain.header("etag").to_owned();
        assert!(etag.starts_with('"'), "{path} has a strong ETag");
        assert_eq!(plain.header("cache-control"), "public, max-age=300", "{path}");
        assert_eq!(plain.header("vary"), "Accept-Encoding", "{path}");
        let again = app.get_with(path, &[("accept-encoding", "identity"), ("if-none-match", &etag)]).await;
        assert_eq!(again.status, 304, "{path}");
    }
    let client = crate::helpers::client_builder().build().expect("a client");
    let compressed = client
        .get(format!("{}/docs/swagger-ui-bundle.js", app.address))
        .header("accept-encoding", "br")
        .send()
        .await
        .expect("answers");
    assert_eq!(compressed.headers().get("content-encoding").and_then(|v| v.to_str().ok()), Some("br"));
    let size = compressed.bytes().await.expect("a body").len();
    assert!(size < 600_000, "the 1.5 MB script travels compressed ({size} bytes)");
}

#[tokio::test]
async fn the_spec_documents_what_the_http_layer_sends_on_every_operation() {
    let app = spawn_app().await;
    let spec = app.get("/openapi.json").await.body;
    assert_eq!(spec["security"], serde_json::json!([]), "no authentication, said explicitly");
    assert_eq!(spec["info"]["license"]["identifier"], "MIT OR Apache-2.0");
    assert!(spec["servers"].as_array().is_some_and(|s| !s.is_empty()));
    for (path, item) in spec["paths"].as_object().expect("paths") {
        let get = &item["get"];
        let responses = get["responses"].as_object().expect("responses");
        for status in ["405", "414", "431", "500"] {
            assert!(responses.contains_key(status), "{path} documents {status}");
        }
        assert!(!get["description"].as_str().unwrap_or("").is_empty(), "{path} has a description");
        assert!(item["head"].is_object(), "{path} documents HEAD");
        assert!(item["head"]["responses"]["200"].get("content").is_none(), "HEAD {path} has no body");
        if !path.starts_with("/health") {
            let limited = &responses["429"];
            assert!(
                limited["headers"]["Retry-After"].is_object() && limited["headers"]["RateLimit-Remaining"].is_object(),
                "{path}"
            );
            assert!(responses.contains_key("304") && responses.contains_key("412"), "{path}");
            let parameters = get["parameters"].as_array().expect("parameters");
            assert!(parameters.iter().any(|p| p["name"] == "If-None-Match"), "{path} takes If-None-Match");
            let headers = &responses["200"]["headers"];
            assert!(
                headers["ETag"].is_object() && headers["Cache-Control"].is_object() && headers["Vary"].is_object(),
                "{path}"
            );
        }
    }
    let widget = spec["paths"]["/widget"]["get"]["parameters"].as_array().expect("widget parameters");
    assert!(widget.iter().any(|p| p["name"] == "locale"), "/widget takes locale");
    let text = serde_json::to_string(&spec["components"]).expect("JSON");
    assert!(!text.contains("\"example\":"), "schemas use OpenAPI 3.1 `examples`");
}

#[tokio::test]
async fn head_answers_like_get_without_a_body() {
    let app = spawn_app().await;
    for path in ["/v1/articles", "/v1/hotlines?country=GB", "/widget?country=GB", "/openapi.json"] {
        let get = app.get(path).await;
        let head = app.request(reqwest::Method::HEAD, path, &[]).await;
        assert_eq!(head.status, get.status, "{path}");
        assert_eq!(head.header("etag"), get.header("etag"), "{path}");
        assert!(head.text.is_empty(), "{path}");
    }
}
