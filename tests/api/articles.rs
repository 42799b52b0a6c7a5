use crate::helpers::{shipped_message, spawn_app};

#[tokio::test]
async fn article_list_has_summaries_in_order_and_totals() {
    let app = spawn_app().await;
    let reply = app.get("/v1/articles").await;
    assert_eq!(reply.status, 200);
    let items = reply.body["items"].as_array().expect("items");
    assert!(items.len() >= 5, "at least the five first articles");
    assert_eq!(reply.body["total_items"], items.len());
    assert_eq!(reply.body["page"], 1);
    assert_eq!(reply.body["total_pages"], 1);
    let first = &items[0];
    assert_eq!(first["slug"], "why-cant-i-cry", "the main guide comes first");
    assert_eq!(first["title"], shipped_message("en", "article-why-cant-i-cry-title"));
    assert_eq!(first["summary"], shipped_message("en", "article-why-cant-i-cry-summary"));
    assert!(first["reading_minutes"].as_u64().unwrap_or(0) > 0);
    assert!(first.get("blocks").is_none(), "the list carries summaries, not bodies");
}

#[tokio::test]
async fn article_list_filters_by_tag() {
    let app = spawn_app().await;
    let reply = app.get("/v1/articles?tag=medication").await;
    assert_eq!(reply.status, 200);
    let items = reply.body["items"].as_array().expect("items");
    assert!(!items.is_empty(), "some articles discuss medication");
    for item in items {
        let tags: Vec<&str> = item["tags"].as_array().expect("tags").iter().filter_map(|t| t.as_str()).collect();
        assert!(tags.contains(&"medication"), "{} is tagged medication", item["slug"]);
    }
    let none = app.get("/v1/articles?tag=no-such-tag").await;
    assert_eq!(none.body["items"], serde_json::json!([]));
    assert_eq!(none.body["total_items"], 0);
}

#[tokio::test]
async fn article_list_pages_through_every_article_once() {
    let app = spawn_app().await;
    let all = app.get("/v1/articles").await;
    let total = all.body["total_items"].as_u64().expect("a total");
    let mut seen = Vec::new();
    for page in 1..=total.div_ceil(2) {
        let reply = app.get(&format!("/v1/articles?per_page=2&page={page}")).await;
        assert_eq!(reply.status, 200, "page {page}");
        assert_eq!(reply.body["total_pages"], total.div_ceil(2));
        for item in reply.body["items"].as_array().expect("items") {
            seen.push(item["slug"].as_str().expect("a slug").to_owned());
        }
    }
    let expected: Vec<String> =
        all.body["items"].as_array().expect("items").iter().map(|i| i["slug"].as_str().unwrap().to_owned()).collect();
    assert_eq!(seen, expected);
}

#[tokio::test]
async fn an_article_has_structured_blocks_sources_links_and_the_safety_notice() {
    let app = spawn_app().await;
    let reply = app.get_article("why-cant-i-cry", None).await;
    assert_eq!(reply.status, 200);
    let body = &reply.body;
    assert_eq!(body["title"], shipped_message("en", "article-why-cant-i-cry-title"));
    let blocks = body["blocks"].as_array().expect("blocks");
    assert!(blocks.len() > 5);
    for block in blocks {
        match block["type"].as_str() {
            Some("heading" | "paragraph") => assert!(!block["text"].as_str().unwrap_or("").is_empty()),
            Some("list") => assert!(!block["items"].as_array().expect("list items").is_empty()),
            Some("callout") => assert!(["info", "warning", "help"].contains(&block["tone"].as_str().unwrap_or(""))),
            other => panic!("unexpected block type {other:?}"),
        }
        assert!(!block.to_string().contains('<'), "blocks carry no HTML: {block}");
    }
    assert!(body["sources"].as_array().expect("sources").iter().any(|s| s["publisher"] == "World Health Organization"));
    assert_eq!(body["safety"]["disclaimer"], shipped_message("en", "disclaimer"));
    assert_eq!(body["safety"]["get_help_now_title"], shipped_message("en", "get-help-now-title"));
    for link in body["related_articles"].as_array().expect("related") {
        let href = link["href"].as_str().expect("href");
        assert_eq!(app.get(href).await.status, 200, "related link {href} resolves");
    }
    for link in body["strategies"].as_array().expect("strategies").iter().chain(body["faqs"].as_array().expect("faqs"))
    {
        let href = link["href"].as_str().expect("href");
        assert_eq!(app.get(href).await.status, 200, "link {href} resolves");
    }
}

#[tokio::test]
async fn every_medication_article_tells_readers_to_talk_to_their_prescriber() {
    let app = spawn_app().await;
    let warning = shipped_message("en", "medication-safety");
    let list = app.get("/v1/articles?tag=medication").await;
    for item in list.body["items"].as_array().expect("items") {
        let article = app.get_article(item["slug"].as_str().expect("slug"), None).await;
        assert_eq!(article.body["medication"], true);
        let callouts: Vec<&serde_json::Value> =
            article.body["blocks"].as_array().expect("blocks").iter().filter(|b| b["type"] == "callout").collect();
        assert!(callouts.iter().any(|c| c["text"] == warning), "{} shows the prescriber warning", item["slug"]);
    }
}

#[tokio::test]
async fn reading_time_is_a_localized_label() {
    let app = spawn_app().await;
    let reply = app.get_article("why-cant-i-cry", None).await;
    let minutes = reply.body["reading_minutes"].as_u64().expect("minutes");
    assert_eq!(reply.body["reading_time"], format!("{minutes}-minute read"));
}
