use crate::helpers::{shipped_message, spawn_app};

#[tokio::test]
async fn strategies_say_what_to_do_how_and_why() {
    let app = spawn_app().await;
    let reply = app.get("/v1/strategies").await;
    assert_eq!(reply.status, 200);
    let items = reply.body["items"].as_array().expect("items");
    assert_eq!(reply.body["total_items"], items.len());
    let ids: Vec<&str> = items.iter().filter_map(|i| i["id"].as_str()).collect();
    for expected in
        ["mindfulness-body-scan", "journaling-prompts", "cry-on-purpose", "cold-exposure", "weekly-talk-therapy"]
    {
        assert!(ids.contains(&expected), "{expected} is listed");
    }
    let cold = items.iter().find(|i| i["id"] == "cold-exposure").expect("cold exposure");
    assert_eq!(cold["how"], shipped_message("en", "strategy-cold-exposure-how"));
    assert_eq!(cold["why"], shipped_message("en", "strategy-cold-exposure-why"));
    assert_eq!(cold["caution"], shipped_message("en", "strategy-cold-exposure-caution"));
    assert_eq!(cold["evidence"], "none", "a claim without good evidence is marked as such");
    assert_eq!(cold["evidence_note"], shipped_message("en", "evidence-none"));
    let body_scan = items.iter().find(|i| i["id"] == "mindfulness-body-scan").expect("body scan");
    assert_eq!(body_scan["evidence"], "moderate");
    assert_eq!(body_scan["evidence_note"], serde_json::Value::Null);
    assert!(
        body_scan["caution"].as_str().unwrap_or("").contains("trauma"),
        "body scans warn trauma survivors: {}",
        body_scan["caution"]
    );
    for item in items {
        let sources = item["sources"].as_array().expect("sources");
        assert!(
            item["evidence"] == "none" || !sources.is_empty(),
            "{}: an evidence rating says what it rests on",
            item["id"]
        );
        for source in sources {
            assert!(source["url"].as_str().is_some_and(|u| u.starts_with("http")), "{source}");
        }
        assert_eq!(item["review"]["reviewer"], "editorial", "no content claims a clinical review it did not have");
    }
    assert_eq!(reply.body["safety"]["disclaimer"], shipped_message("en", "disclaimer"));
}

#[tokio::test]
async fn one_strategy_can_be_fetched_by_id() {
    let app = spawn_app().await;
    let reply = app.get("/v1/strategies/journaling-prompts").await;
    assert_eq!(reply.status, 200);
    assert_eq!(reply.body["id"], "journaling-prompts");
    assert_eq!(reply.body["title"], shipped_message("en", "strategy-journaling-prompts-title"));
    assert_eq!(reply.body["caution"], serde_json::Value::Null);
    assert_eq!(reply.body["safety"]["disclaimer"], shipped_message("en", "disclaimer"));
}

#[tokio::test]
async fn faqs_answer_the_questions_from_the_brief() {
    let app = spawn_app().await;
    let reply = app.get("/v1/faqs").await;
    assert_eq!(reply.status, 200);
    let items = reply.body["items"].as_array().expect("items");
    assert_eq!(items.len(), 4);
    let one = app.get("/v1/faqs/can-numbness-be-permanent").await;
    assert_eq!(one.status, 200);
    assert_eq!(one.body["question"], shipped_message("en", "faq-can-numbness-be-permanent-question"));
    assert_eq!(one.body["answer"], shipped_message("en", "faq-can-numbness-be-permanent-answer"));
    for link in one.body["related_articles"].as_array().expect("links") {
        assert_eq!(app.get(link["href"].as_str().expect("href")).await.status, 200);
    }
}
