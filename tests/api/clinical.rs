//! The health content as a clinical editor checks it: sources, corrections, the help block
//! for the reader's country, safety messages in every locale, and review metadata.

use serde_json::Value;

use crate::helpers::{body_text, shipped_content_dir, shipped_message, spawn_app, ContentCopy};

const ARTICLES: [&str; 5] = [
    "why-cant-i-cry",
    "antidepressants-and-emotional-blunting",
    "treatment-resistant-depression",
    "trauma-and-numbness",
    "getting-help-now",
];

#[tokio::test]
async fn every_article_cites_at_least_two_sources_with_addresses_and_dates_it_can_stand_behind() {
    let app = spawn_app().await;
    for slug in ARTICLES {
        let article = app.get(&format!("/v1/articles/{slug}")).await.body;
        let sources = article["sources"].as_array().expect("sources");
        assert!(sources.len() >= 2, "{slug} cites {} sources", sources.len());
        for source in sources {
            assert!(source["url"].as_str().is_some_and(|u| u.starts_with("http")), "{slug}: {source}");
            assert!(source["title"].as_str().is_some_and(|t| !t.is_empty()), "{slug}: {source}");
            assert_eq!(source["accessed"], "2026-12-01", "{slug}: when it was read");
            let published = &source["published"];
            assert!(published.is_null() || published.as_str().is_some_and(|d| d.len() >= 4), "{slug}: {source}");
            let kinds = ["guideline", "regulator", "review", "study", "health-service"];
            assert!(kinds.contains(&source["kind"].as_str().unwrap_or("")), "{slug}: {source}");
        }
        let review = &article["review"];
        assert_eq!(review["reviewer"], "editorial", "{slug}: nothing claims a clinical review it did not have");
        assert_eq!(review["reviewer_label"], shipped_message("en", "review-editorial"));
        assert!(review["next_review"].as_str() > review["reviewed"].as_str(), "{slug}: {review}");
    }
}

#[tokio::test]
async fn faqs_that_state_facts_cite_sources() {
    let app = spawn_app().await;
    let faqs = app.get("/v1/faqs").await.body;
    for faq in faqs["items"].as_array().expect("items") {
        assert!(!faq["sources"].as_array().expect("sources").is_empty(), "{}", faq["id"]);
        assert_eq!(faq["review"]["reviewer"], "editorial");
    }
}

#[tokio::test]
async fn the_clinical_corrections_are_in_the_english_text() {
    let app = spawn_app().await;
    let mut all = String::new();
    for slug in ARTICLES {
        all.push_str(&body_text(&app.get(&format!("/v1/articles/{slug}")).await.body));
    }
    let lower = all.to_lowercase();
    assert!(!lower.contains("three months"), "help is not put off for months");
    assert!(lower.contains("more than about two weeks"), "the two-week threshold");
    assert!(!lower.contains("discontinuation"), "they are called withdrawal symptoms");
    assert!(lower.contains("withdrawal symptoms"));
    assert!(lower.contains("under 25"), "the warning for young people on antidepressants");
    assert!(lower.contains("off-label"), "IV ketamine is off-label");
    assert!(lower.contains("experimental"), "psilocybin is experimental");
    assert!(lower.contains("at least two hours"), "esketamine is given in clinics with monitoring");
    assert!(lower.contains("electroconvulsive therapy"), "ECT is among the guideline options");
    assert!(lower.contains("trauma-focused cognitive behavioural therapy") && lower.contains("emdr"));
    assert!(lower.contains("recognise or put a name to their feelings"), "autism and naming feelings");
    assert!(lower.contains("debated"), "the serotonin explanation is hedged");
    assert!(lower.contains("st john’s wort"), "the herbal interaction");
    assert!(lower.contains("put distance between yourself and anything you could use to hurt yourself"));
    assert!(lower.contains("worried about someone else") && lower.contains("under 18"));
    assert!(lower.contains("people chose to take part"), "the survey figures are hedged");
    assert!(!lower.contains("most people get") && !lower.contains("most people find"), "promise many, not most");
}

#[tokio::test]
async fn articles_that_mention_suicide_medicines_or_trauma_offer_help_before_the_rest() {
    let app = spawn_app().await;
    for slug in ARTICLES {
        let article = app.get(&format!("/v1/articles/{slug}")).await.body;
        let blocks = article["blocks"].as_array().expect("blocks");
        let early =
            blocks.iter().take(3).any(|b| b["type"] == "callout" && (b["tone"] == "help" || b["tone"] == "warning"));
        assert!(early, "{slug} offers help within its first three blocks");
    }
}

#[tokio::test]
async fn with_a_country_the_help_block_names_its_emergency_number_and_first_crisis_lines() {
    let app = spawn_app().await;
    let cases = [("US", "911", "988"), ("GB", "999", "116 123")];
    for (country, emergency, line) in cases {
        for path in [
            format!("/v1/articles/why-cant-i-cry?country={country}"),
            format!("/v1/strategies?country={}", country.to_lowercase()),
            format!("/v1/faqs/can-numbness-be-permanent?country={country}"),
        ] {
            let reply = app.get(&path).await;
            assert_eq!(reply.status, 200, "{path}: {}", reply.text);
            let help = &reply.body["safety"]["help"];
            assert_eq!(help["country"], country, "{path}");
            assert!(
                help["emergency_numbers"].as_array().expect("numbers").contains(&Value::from(emergency)),
                "{path}: {help}"
            );
            assert!(help["text"].as_str().unwrap_or("").contains(emergency), "{path}: {help}");
            let lines = help["lines"].as_array().expect("lines");
            assert!(!lines.is_empty() && lines.len() <= 3, "{path}: {help}");
            assert!(lines.iter().any(|l| l["contact"] == line), "{path}: {line} among {help}");
            assert!(lines.iter().all(|l| l["link"].as_str().is_some_and(|link| link.contains(':'))), "{path}");
        }
    }
}

#[tokio::test]
async fn without_a_country_the_help_block_names_no_number() {
    let app = spawn_app().await;
    let help = &app.get("/v1/articles/getting-help-now").await.body["safety"]["help"];
    assert_eq!(help["country"], Value::Null);
    assert_eq!(help["text"], shipped_message("en", "help-now-no-country"));
    assert_eq!(help["emergency_numbers"], serde_json::json!([]));
    assert_eq!(help["lines"], serde_json::json!([]));
}

#[tokio::test]
async fn a_bad_or_unknown_country_is_a_problem_not_a_silent_default() {
    let app = spawn_app().await;
    app.get("/v1/articles/why-cant-i-cry?country=USA").await.assert_problem(400, "invalid-country-code");
    app.get("/v1/faqs?country=1").await.assert_problem(400, "invalid-country-code");
    app.get("/v1/strategies/cold-exposure?country=ZZ").await.assert_problem(404, "country-not-found");
}

#[tokio::test]
async fn the_bundle_for_a_country_carries_its_help_and_its_manifest_matches_its_items() {
    let app = spawn_app().await;
    let bundle = app.get("/v1/bundle?country=GB").await.body;
    assert_eq!(bundle["safety"]["help"]["country"], "GB");
    let article =
        bundle["articles"].as_array().expect("articles").iter().find(|a| a["slug"] == "why-cant-i-cry").cloned();
    let article = article.expect("the article");
    assert_eq!(article["safety"]["help"]["country"], "GB");
    let manifest = app.get("/v1/manifest?country=GB").await.body;
    let entry = manifest["items"].as_array().expect("items").iter().find(|i| i["id"] == "why-cant-i-cry").cloned();
    let item = app.get("/v1/bundle/items/article/why-cant-i-cry?country=GB").await;
    let hash = format!("{:016x}", xxhash_rust::xxh3::xxh3_64(item.text.as_bytes()));
    assert_eq!(entry.expect("listed")["hash"], hash, "the item hashes as the manifest lists it");
    assert_eq!(item.body["safety"]["help"]["country"], "GB");
}

#[test]
fn check_lists_the_safety_messages_per_locale_with_review_status_and_change_date() {
    let output = std::process::Command::new(env!("CARGO_BIN_EXE_haven"))
        .args(["check", "--format", "json", "--content-dir"])
        .arg(shipped_content_dir())
        .output()
        .expect("haven check runs");
    let report: Value = serde_json::from_slice(&output.stdout).expect("JSON");
    let safety_ids: Vec<String> = std::fs::read_to_string(shipped_content_dir().join("data/safety.toml"))
        .expect("data/safety.toml")
        .lines()
        .filter_map(|line| line.strip_prefix("id = \"").and_then(|rest| rest.strip_suffix('"')).map(str::to_owned))
        .collect();
    for required in ["disclaimer", "widget-danger", "get-help-now-body", "medication-safety"] {
        assert!(safety_ids.iter().any(|id| id == required), "{required} is marked safety-critical");
    }
    for locale in report["locales"].as_array().expect("locales") {
        let listed = locale["safety_critical"].as_array().expect("safety_critical");
        assert_eq!(listed.len(), safety_ids.len(), "{}", locale["tag"]);
        for message in listed {
            assert!(message["changed"].as_str().is_some_and(|d| d.len() == 10), "{message}");
            assert_eq!(message["translated"], true, "{}: {message}", locale["tag"]);
            if locale["review_status"] != "source" {
                assert_eq!(message["needs_review"], true, "machine translation is never signed off: {message}");
            }
        }
    }
    let text = std::process::Command::new(env!("CARGO_BIN_EXE_haven"))
        .args(["check", "--content-dir"])
        .arg(shipped_content_dir())
        .output()
        .expect("haven check runs");
    let text = String::from_utf8_lossy(&text.stdout);
    assert!(text.contains("safety-critical messages"), "{text}");
    assert!(text.contains("    widget-danger (English changed 2026-12-01): translated, not yet reviewed"), "{text}");
}

fn check_text(content: &ContentCopy) -> (Option<i32>, String) {
    let output = std::process::Command::new(env!("CARGO_BIN_EXE_haven"))
        .args(["check", "--content-dir"])
        .arg(content.path())
        .output()
        .expect("haven check runs");
    (output.status.code(), String::from_utf8_lossy(&output.stdout).into_owned())
}

#[test]
fn check_warns_when_a_review_is_overdue_and_refuses_an_article_with_one_source() {
    let content = ContentCopy::english_only();
    let faqs = content
        .read("data/faqs.toml")
        .replacen("reviewed = \"2026-12-01\"", "reviewed = \"2020-01-01\"", 1)
        .replacen("next_review = \"2027-06-01\"", "next_review = \"2021-01-01\"", 1);
    content.write("data/faqs.toml", &faqs);
    let (_, text) = check_text(&content);
    assert!(
        text.contains("warning: FAQ `is-not-crying-a-sign-of-severe-depression`: its review was due on 2021-01-01"),
        "{text}"
    );

    let article = content.read("data/articles/trauma-and-numbness.toml");
    let start = article.find("sources = [").expect("sources");
    let end = start + article[start..].find(']').expect("end of sources");
    content.write(
        "data/articles/trauma-and-numbness.toml",
        &format!("{}sources = [\"nice-ng116-ptsd\"]{}", &article[..start], &article[end + 1..]),
    );
    let (status, text) = check_text(&content);
    assert_eq!(status, Some(1), "{text}");
    assert!(text.contains("an article cites at least 2 sources"), "{text}");
}
