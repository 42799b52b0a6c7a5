//! The six locales Haven ships: served, negotiated, complete, with working plurals and
//! right-to-left metadata.

use crate::helpers::{shipped_message, spawn_app};

const SHIPPED: [(&str, &str); 6] =
    [("en", "ltr"), ("es", "ltr"), ("fr", "ltr"), ("de", "ltr"), ("pt-BR", "ltr"), ("ar", "rtl")];

#[tokio::test]
async fn every_shipped_locale_is_listed_complete_with_its_direction_and_review_status() {
    let app = spawn_app().await;
    let reply = app.get("/v1/locales").await;
    let items = reply.body["items"].as_array().expect("items");
    for (tag, direction) in SHIPPED {
        let locale = items.iter().find(|l| l["tag"] == tag).unwrap_or_else(|| panic!("{tag} is listed"));
        assert_eq!(locale["direction"], direction, "{tag}");
        assert_eq!(locale["completeness"], 100.0, "{tag} is complete");
        assert!(!locale["review_status"].as_str().unwrap_or("").is_empty(), "{tag} states its review status");
        assert!(!locale["native_name"].as_str().unwrap_or("").is_empty(), "{tag}");
    }
    let pt_br = items.iter().find(|l| l["tag"] == "pt-BR").expect("pt-BR");
    assert_eq!(pt_br["fallback_chain"], serde_json::json!(["pt-BR", "en"]));
}

#[tokio::test]
async fn every_shipped_locale_is_negotiated_and_served_in_its_own_words() {
    let app = spawn_app().await;
    for (tag, _) in SHIPPED {
        let header = format!("{tag}, en;q=0.1");
        let reply = app.get_with("/v1/articles/why-cant-i-cry", &[("accept-language", &header)]).await;
        assert_eq!(reply.header("content-language"), tag);
        assert_eq!(reply.body["title"], shipped_message(tag, "article-why-cant-i-cry-title"), "{tag}");
        assert_eq!(reply.body["locale"], tag);
        assert_eq!(reply.body["fallback"], false, "{tag} translates the whole article");
        assert_eq!(reply.body["safety"]["disclaimer"], shipped_message(tag, "disclaimer"), "{tag}");
        let lines = app.get(&format!("/v1/hotlines?country=GB&locale={tag}")).await;
        let samaritans = lines.body["lines"].as_array().unwrap().iter().find(|l| l["name"] == "Samaritans").cloned();
        let samaritans = samaritans.expect("Samaritans");
        // Samaritans has no hand-written description: it is composed from `line-description`
        // with its data (suicide, 24/7, free), and the 24/7 sentence is the locale's own.
        let description = samaritans["description"].as_str().unwrap_or("");
        let always = variant(&message_block(tag, "line-description"), "always");
        assert!(description.contains(&always), "{tag}: `{description}` says it is always open (`{always}`)");
        assert_eq!(samaritans["fallback"], false, "{tag}");
    }
}

/// Arabic has six plural categories; the counts of lines in real countries exercise them.
#[tokio::test]
async fn arabic_line_counts_use_the_right_plural_forms() {
    let app = spawn_app().await;
    let reply = app.get("/v1/countries?locale=ar").await;
    let items = reply.body["items"].as_array().expect("items");
    // The expected words are those the translator wrote in locales/ar/directory.ftl.
    let expected = [(0, "لا يوجد خط أزمات خاص به بعد"), (1, "خط أزمات واحد"), (2, "خطّا أزمات"), (3, "3 خطوط أزمات")];
    for (count, label) in expected {
        let country =
            items.iter().find(|c| c["line_count"] == count).unwrap_or_else(|| panic!("a country with {count} lines"));
        assert_eq!(country["line_count_label"], label, "{count} lines in Arabic ({})", country["code"]);
    }
}

#[tokio::test]
async fn german_and_french_line_counts_use_their_plural_forms() {
    let app = spawn_app().await;
    let cases = [
        ("de", 1, "1 Krisenhotline"),
        ("de", 2, "2 Krisenhotlines"),
        ("fr", 1, "1 ligne d’écoute de crise"),
        ("fr", 3, "3 lignes d’écoute de crise"),
    ];
    for (tag, count, label) in cases {
        let reply = app.get(&format!("/v1/countries?locale={tag}")).await;
        let items = reply.body["items"].as_array().expect("items");
        let country = items.iter().find(|c| c["line_count"] == count).expect("a country with that many lines");
        assert_eq!(country["line_count_label"], label, "{tag}: {count}");
    }
}

#[tokio::test]
async fn reading_time_follows_each_languages_plural_rules() {
    let app = spawn_app().await;
    let list = app.get("/v1/articles?locale=ar").await;
    for article in list.body["items"].as_array().expect("items") {
        let minutes = article["reading_minutes"].as_u64().expect("minutes");
        let label = article["reading_time"].as_str().expect("label");
        // Arabic: 2 is dual (دقيقتان), 3-10 take the plural دقائق.
        match minutes {
            2 => assert!(label.contains("دقيقتان"), "{minutes}: {label}"),
            3..=10 => assert!(label.contains("دقائق") && label.contains(&minutes.to_string()), "{minutes}: {label}"),
            _ => {}
        }
    }
}

/// A multi-line message's source as the locale's `lines.ftl` writes it.
fn message_block(tag: &str, id: &str) -> String {
    let path = crate::helpers::shipped_content_dir().join("locales").join(tag).join("lines.ftl");
    let text = std::fs::read_to_string(&path).expect("lines.ftl");
    let start = text.find(&format!("\n{id} =")).unwrap_or_else(|| panic!("{id} in {}", path.display()));
    text[start + 1..].lines().skip(1).take_while(|line| line.starts_with(' ')).collect::<Vec<_>>().join("\n")
}

/// The text of one variant (`[key] text`) in a message's source.
fn variant(source: &str, key: &str) -> String {
    let marker = format!("[{key}] ");
    source
        .lines()
        .find_map(|line| line.trim_start().trim_start_matches('*').strip_prefix(&marker).map(str::trim))
        .unwrap_or_else(|| panic!("variant [{key}] in {source}"))
        .to_owned()
}
