//! The twelve locales Haven ships: served, negotiated, complete, with working plurals,
//! right-to-left metadata, local medicine names, and Chinese scripts kept apart.

use crate::helpers::{body_text, shipped_message, spawn_app};

const SHIPPED: [(&str, &str); 12] = [
    ("en", "ltr"),
    ("es", "ltr"),
    ("fr", "ltr"),
    ("de", "ltr"),
    ("pt-BR", "ltr"),
    ("ar", "rtl"),
    ("zh-Hans", "ltr"),
    ("hi", "ltr"),
    ("ru", "ltr"),
    ("ja", "ltr"),
    ("id", "ltr"),
    ("tr", "ltr"),
];

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

#[tokio::test]
async fn simplified_chinese_is_for_readers_of_simplified_chinese_only() {
    let app = spawn_app().await;
    let cases = [
        ("zh-CN", "zh-Hans"),
        ("zh-SG", "zh-Hans"),
        ("zh-Hans-HK", "zh-Hans"),
        ("zh", "zh-Hans"),
        // Traditional-script readers get English, not Simplified text, until a zh-Hant exists.
        ("zh-TW", "en"),
        ("zh-HK", "en"),
        ("zh-Hant", "en"),
        ("zh-MO", "en"),
    ];
    for (requested, served) in cases {
        let reply = app.get_with("/v1/faqs", &[("accept-language", requested)]).await;
        assert_eq!(reply.header("content-language"), served, "Accept-Language: {requested}");
        let by_parameter = app.get(&format!("/v1/faqs?locale={requested}")).await;
        assert_eq!(by_parameter.header("content-language"), served, "?locale={requested}");
    }
}

/// The local spelling of each medicine, from the locale's own terms.ftl, appears in its
/// article text, and the English spelling does not where the two differ.
#[tokio::test]
async fn articles_name_medicines_the_way_each_language_spells_them() {
    let app = spawn_app().await;
    let english = medicine_terms("en");
    for tag in ["de", "fr", "es", "pt-BR", "ar", "ru", "tr", "id", "hi", "ja", "zh-Hans"] {
        let local = medicine_terms(tag);
        let mut text = String::new();
        for slug in ["antidepressants-and-emotional-blunting", "treatment-resistant-depression"] {
            text.push_str(&body_text(&app.get(&format!("/v1/articles/{slug}?locale={tag}")).await.body));
        }
        assert!(!text.contains("{-medicine-"), "{tag}: every medicine term resolves");
        for (id, english_name) in &english {
            let local_name = local.get(id).unwrap_or_else(|| panic!("{tag} spells {id}"));
            assert!(text.contains(local_name.as_str()), "{tag}: `{local_name}` ({id}) appears");
            if local_name.to_lowercase() != english_name.to_lowercase() {
                assert!(!contains_word(&text, english_name), "{tag}: the English `{english_name}` does not");
            }
        }
    }
}

/// Whether `word` stands in `text` as a word of its own (`psilocybine` is not `psilocybin`).
fn contains_word(text: &str, word: &str) -> bool {
    text.match_indices(word).any(|(at, _)| {
        let before = text[..at].chars().next_back();
        let after = text[at + word.len()..].chars().next();
        !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
    })
}

fn medicine_terms(tag: &str) -> std::collections::BTreeMap<String, String> {
    let path = crate::helpers::shipped_content_dir().join("locales").join(tag).join("terms.ftl");
    std::fs::read_to_string(&path)
        .unwrap_or_else(|err| panic!("{}: {err}", path.display()))
        .lines()
        .filter_map(|line| line.split_once(" = "))
        .filter(|(id, _)| id.starts_with("-medicine-"))
        .map(|(id, name)| (id.to_owned(), name.trim().to_owned()))
        .collect()
}
