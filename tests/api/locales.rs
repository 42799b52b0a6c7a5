//! Locale negotiation and per-message fallback, on a copy of the content with test locales.

use crate::helpers::{shipped_message, spawn_app, spawn_app_with, ContentCopy, TestApp};

const TITLE_ES: &str = "¿Por qué ya no puedo llorar?";
const TITLE_PT: &str = "Por que não consigo mais chorar? (pt)";
const TITLE_PT_BR: &str = "Por que não consigo mais chorar? (pt-BR)";
const SUMMARY_PT: &str = "Resumo em português.";

/// `es` translates one title; `pt` a title and a summary; `pt-BR` only the title.
async fn app_with_test_locales() -> TestApp {
    let content = ContentCopy::english_only();
    content
        .add_locale("es", "ltr", &format!("article-why-cant-i-cry-title = {TITLE_ES}\n"))
        .add_locale(
            "pt",
            "ltr",
            &format!("article-why-cant-i-cry-title = {TITLE_PT}\narticle-why-cant-i-cry-summary = {SUMMARY_PT}\n"),
        )
        .add_locale("pt-BR", "ltr", &format!("article-why-cant-i-cry-title = {TITLE_PT_BR}\n"))
        .add_locale("ar", "rtl", "disclaimer = هذا المحتوى للتثقيف فقط.\n");
    spawn_app_with(content).await
}

#[tokio::test]
async fn english_is_the_default() {
    let app = spawn_app().await;
    let reply = app.get_article("why-cant-i-cry", None).await;
    assert_eq!(reply.header("content-language"), "en");
    reply.assert_varies_on(&["Accept-Language", "Accept-Encoding"]);
    assert_eq!(reply.body["locale"], "en");
    assert_eq!(reply.body["fallback"], false);
}

#[tokio::test]
async fn accept_language_is_negotiated_with_quality_values() {
    let app = app_with_test_locales().await;
    let cases = [
        ("es", "es", "an exact match"),
        ("ES", "es", "case-insensitive"),
        ("en;q=0.1, es;q=0.9", "es", "the higher q wins, not header order"),
        ("es;q=0, en", "en", "q=0 refuses a language"),
        ("it, es;q=0.5", "es", "an unserved language is skipped"),
        ("it", "en", "nothing served matches"),
        ("es-MX", "es", "a region falls back to its language"),
    ];
    for (header, expected, why) in cases {
        let reply = app.get_with("/v1/articles/why-cant-i-cry", &[("accept-language", header)]).await;
        assert_eq!(reply.status, 200, "{why}");
        assert_eq!(reply.header("content-language"), expected, "{why}: {header}");
    }
}

#[tokio::test]
async fn the_locale_parameter_wins_over_accept_language() {
    let app = app_with_test_locales().await;
    let reply = app.get_with("/v1/articles/why-cant-i-cry?locale=es", &[("accept-language", "pt")]).await;
    assert_eq!(reply.header("content-language"), "es");
    assert_eq!(reply.body["title"], TITLE_ES);
    let unknown = app.get("/v1/articles/why-cant-i-cry?locale=it").await;
    assert_eq!(unknown.status, 200, "a well-formed but unserved locale falls back");
    assert_eq!(unknown.header("content-language"), "en");
}

#[tokio::test]
async fn missing_messages_fall_back_to_english_one_by_one_and_items_say_so() {
    let app = app_with_test_locales().await;
    let reply = app.get_article("why-cant-i-cry", Some("es")).await;
    assert_eq!(reply.body["title"], TITLE_ES, "the translated title");
    assert_eq!(reply.body["summary"], shipped_message("en", "article-why-cant-i-cry-summary"), "untranslated: en");
    assert_eq!(reply.body["locale"], "es");
    assert_eq!(reply.body["fallback"], true, "part of the article came from en");
    let other = app.get_article("trauma-and-numbness", Some("es")).await;
    assert_eq!(other.body["locale"], "en", "an untranslated article is in en");
    assert_eq!(other.body["fallback"], true);
}

#[tokio::test]
async fn pt_br_falls_back_to_pt_then_en() {
    let app = app_with_test_locales().await;
    let reply = app.get_article("why-cant-i-cry", Some("pt-br")).await;
    assert_eq!(reply.header("content-language"), "pt-BR");
    assert_eq!(reply.body["title"], TITLE_PT_BR, "pt-BR's own text first");
    assert_eq!(reply.body["summary"], SUMMARY_PT, "then pt");
    assert_eq!(reply.body["safety"]["disclaimer"], shipped_message("en", "disclaimer"), "then en");
}

#[tokio::test]
async fn the_locale_list_reports_direction_completeness_and_fallback_chain() {
    let app = app_with_test_locales().await;
    let reply = app.get("/v1/locales").await;
    assert_eq!(reply.status, 200);
    assert_eq!(reply.body["default_locale"], "en");
    let items = reply.body["items"].as_array().expect("items");
    assert_eq!(items[0]["tag"], "en", "the source locale comes first");
    assert_eq!(items[0]["completeness"], 100.0);
    let ar = items.iter().find(|l| l["tag"] == "ar").expect("ar");
    assert_eq!(ar["direction"], "rtl");
    assert_eq!(ar["translated_messages"], 1);
    let total = ar["total_messages"].as_f64().expect("total");
    let expected = (1000.0 / total).floor() / 10.0;
    assert_eq!(ar["completeness"].as_f64(), Some(expected));
    let pt_br = items.iter().find(|l| l["tag"] == "pt-BR").expect("pt-BR");
    assert_eq!(pt_br["fallback_chain"], serde_json::json!(["pt-BR", "pt", "en"]));
    assert_eq!(pt_br["review_status"], "test fixture");
}

#[tokio::test]
async fn json_never_contains_fluent_isolation_marks() {
    let app = spawn_app().await;
    for path in ["/v1/articles/why-cant-i-cry", "/v1/articles", "/v1/articles?page=0"] {
        let reply = app.get(path).await;
        assert!(!reply.text.contains('\u{2068}') && !reply.text.contains('\u{2069}'), "{path}");
    }
}

#[tokio::test]
async fn errors_are_localized_too() {
    let content = ContentCopy::english_only();
    content.add_locale("es", "ltr", "problem-article-not-found = Artículo no encontrado\n");
    let app = spawn_app_with(content).await;
    let reply = app.get_with("/v1/articles/nope", &[("accept-language", "es")]).await;
    reply.assert_problem(404, "article-not-found");
    assert_eq!(reply.body["title"], "Artículo no encontrado");
    assert_eq!(reply.header("content-language"), "es");
}
