//! The content we ship: it loads, and everything in it is reachable and sourced.

use std::collections::HashSet;

use haven::api::required_messages;
use haven::content::loader::load;

use crate::helpers::{shipped_content_dir, spawn_app, today};

#[test]
fn the_shipped_content_loads_without_errors() {
    let catalog =
        load(&shipped_content_dir(), &required_messages(), today()).unwrap_or_else(|failure| panic!("{failure}"));
    assert!(catalog.articles.len() >= 5);
    let slugs: HashSet<&str> = catalog.articles.iter().map(|a| a.slug.as_str()).collect();
    for slug in [
        "why-cant-i-cry",
        "antidepressants-and-emotional-blunting",
        "treatment-resistant-depression",
        "trauma-and-numbness",
        "getting-help-now",
    ] {
        assert!(slugs.contains(slug), "the {slug} article ships");
    }
    assert!(!catalog.international.is_empty(), "an international fallback ships");
}

#[test]
fn every_shipped_line_has_evidence_with_a_url_and_a_way_to_reach_it() {
    let catalog = load(&shipped_content_dir(), &required_messages(), today()).expect("content loads");
    let lines = catalog.countries.values().flat_map(|c| c.lines.iter()).chain(catalog.international.iter());
    for line in lines {
        assert!(!line.evidence.is_empty(), "{} has evidence", line.id);
        for evidence in &line.evidence {
            assert!(
                evidence.url.starts_with("https://") || evidence.url.starts_with("http://"),
                "{}: {}",
                line.id,
                evidence.url
            );
        }
        if line.assessment.served() {
            assert!(
                line.evidence.iter().any(|e| e.confirms(&line.channels)),
                "served {} is confirmed by a page",
                line.id
            );
        }
        assert!(!line.channels.is_empty(), "{} has a channel", line.id);
    }
    for country in catalog.countries.values() {
        let e = &country.emergency;
        let numbers = e.general.len() + e.police.len() + e.ambulance.len() + e.fire.len();
        assert!(numbers > 0, "{} has an emergency number", country.code);
        assert!(!e.sources.is_empty(), "{}'s emergency numbers have a source", country.code);
    }
}

#[test]
fn no_phone_number_or_url_lives_in_the_locales() {
    for entry in walk(&shipped_content_dir().join("locales")) {
        let text = std::fs::read_to_string(&entry).expect("readable");
        for (number, line) in text.lines().enumerate() {
            if line.starts_with('#') {
                continue;
            }
            // Ids may hold digits (`hotline-us-988-...`); the text a reader sees may not.
            let text = line.split_once(" = ").map_or(line, |(_, text)| text);
            let digits = text.chars().fold((0, 0), |(run, max), c| {
                let run = if c.is_ascii_digit() { run + 1 } else { 0 };
                (run, max.max(run))
            });
            assert!(digits.1 < 3, "{}:{}: a number belongs in data/, not locales/", entry.display(), number + 1);
            assert!(!text.contains("http"), "{}:{}: a URL belongs in data/", entry.display(), number + 1);
        }
    }
}

#[tokio::test]
async fn every_listed_article_strategy_and_faq_is_served() {
    let app = spawn_app().await;
    let articles = app.get("/v1/articles?per_page=100").await;
    for item in articles.body["items"].as_array().expect("items") {
        let reply = app.get_article(item["slug"].as_str().expect("slug"), None).await;
        assert_eq!(reply.status, 200, "{}", item["slug"]);
        assert_eq!(reply.body["fallback"], false, "{} is complete in en", item["slug"]);
    }
    for list in ["/v1/strategies", "/v1/faqs"] {
        let reply = app.get(list).await;
        for item in reply.body["items"].as_array().expect("items") {
            assert_eq!(item["fallback"], false, "{list}: {} is complete in en", item["id"]);
            let one = app.get(&format!("{list}/{}", item["id"].as_str().expect("id"))).await;
            assert_eq!(one.status, 200);
        }
    }
}

fn walk(dir: &std::path::Path) -> Vec<std::path::PathBuf> {
    let mut files = Vec::new();
    for entry in std::fs::read_dir(dir).expect("a folder").flatten() {
        let path = entry.path();
        if path.is_dir() {
            files.extend(walk(&path));
        } else if path.extension().and_then(|e| e.to_str()) == Some("ftl") {
            files.push(path);
        }
    }
    files
}

#[test]
fn every_country_without_a_served_line_records_the_searches_made_for_one() {
    let catalog = load(&shipped_content_dir(), &required_messages(), today()).expect("content loads");
    let without: Vec<String> = catalog
        .countries
        .values()
        .filter(|country| country.active_lines().next().is_none() && country.searches_recorded == 0)
        .map(|country| country.code.to_string())
        .collect();
    assert!(without.is_empty(), "no line and no recorded search: {without:?}");
    let served = catalog.countries.values().filter(|country| country.active_lines().next().is_some()).count();
    assert!(served >= 210, "{served} countries have a served line of their own");
}
