use serde_json::Value;

use crate::helpers::{spawn_app, today};

fn phone_values(line: &Value) -> Vec<&str> {
    line["channels"]
        .as_array()
        .expect("channels")
        .iter()
        .filter(|c| c["kind"] == "phone")
        .filter_map(|c| c["value"].as_str())
        .collect()
}

#[tokio::test]
async fn the_us_gets_988_as_a_national_line_and_never_the_superseded_number() {
    let app = spawn_app().await;
    let reply = app.get("/v1/hotlines?country=US").await;
    assert_eq!(reply.status, 200);
    assert_eq!(reply.body["code"], "US");
    assert_eq!(reply.body["emergency"]["general"], serde_json::json!(["911"]));
    assert_eq!(reply.body["uses_international_fallback"], false);
    let lines = reply.body["lines"].as_array().expect("lines");
    let lifeline = lines.iter().find(|l| phone_values(l).contains(&"988")).expect("988 is served");
    assert_eq!(lifeline["hours"]["kind"], "always");
    assert_eq!(lifeline["international_fallback"], false);
    assert!(!lifeline["source"].as_str().unwrap_or("").is_empty(), "every line has a source");
    let channel = lifeline["channels"].as_array().unwrap().iter().find(|c| c["value"] == "988").unwrap();
    assert_eq!(channel["link"], "tel:988");
    assert_eq!(channel["e164"], Value::Null, "988 is a short code, not an E.164 number");
    for line in lines {
        assert!(!phone_values(line).contains(&"1-800-273-8255"), "the old Lifeline number is not active");
    }
}

#[tokio::test]
async fn the_uk_gets_samaritans_on_116_123() {
    let app = spawn_app().await;
    let reply = app.get("/v1/countries/gb").await;
    assert_eq!(reply.status, 200, "codes are case-insensitive");
    assert_eq!(reply.body["code"], "GB");
    assert_eq!(reply.body["name"], "United Kingdom");
    let lines = reply.body["lines"].as_array().expect("lines");
    let samaritans = lines.iter().find(|l| l["name"] == "Samaritans").expect("Samaritans");
    assert_eq!(phone_values(samaritans), ["116 123"]);
    assert_eq!(samaritans["confidence"], "high");
    assert!(!samaritans["description"].as_str().unwrap_or("").is_empty());
}

#[tokio::test]
async fn a_country_without_lines_gets_its_emergency_number_and_the_marked_fallback() {
    let app = spawn_app().await;
    let reply = app.get("/v1/hotlines?country=KP").await;
    assert_eq!(reply.status, 200);
    let emergency = &reply.body["emergency"];
    let numbers: usize = ["general", "police", "ambulance", "fire"]
        .iter()
        .map(|service| emergency[service].as_array().map_or(0, Vec::len))
        .sum();
    assert!(numbers > 0, "an emergency number is always given: {emergency}");
    assert_eq!(reply.body["uses_international_fallback"], true);
    let lines = reply.body["lines"].as_array().expect("lines");
    assert!(!lines.is_empty(), "a crisis query never comes back empty");
    assert!(lines.iter().all(|l| l["international_fallback"] == true));
    assert!(lines.iter().any(|l| l["name"] == "Befrienders Worldwide"));
}

#[tokio::test]
async fn countries_are_listed_with_emergency_numbers_and_line_counts() {
    let app = spawn_app().await;
    let reply = app.get("/v1/countries").await;
    assert_eq!(reply.status, 200);
    let items = reply.body["items"].as_array().expect("items");
    assert_eq!(reply.body["total_items"], items.len());
    let us = items.iter().find(|c| c["code"] == "US").expect("US is listed");
    assert_eq!(us["emergency_general"], serde_json::json!(["911"]));
    assert!(us["line_count"].as_u64().unwrap_or(0) >= 1);
    assert_eq!(us["href"], "/v1/countries/US");
    let codes: Vec<&str> = items.iter().filter_map(|c| c["code"].as_str()).collect();
    let mut sorted = codes.clone();
    sorted.sort_unstable();
    assert_eq!(codes, sorted, "countries are in code order");
}

#[tokio::test]
async fn country_names_come_from_cldr_in_the_response_language() {
    let content = crate::helpers::ContentCopy::english_only();
    content.add_locale("es", "ltr", "disclaimer = Solo con fines educativos.\n").add_locale(
        "ar",
        "rtl",
        "disclaimer = للتثقيف فقط.\n",
    );
    let app = crate::helpers::spawn_app_with(content).await;
    let cases = [("en", "United Kingdom"), ("es", "Reino Unido"), ("ar", "المملكة المتحدة")];
    for (locale, expected) in cases {
        let one = app.get(&format!("/v1/countries/GB?locale={locale}")).await;
        assert_eq!(one.body["name"], expected, "{locale}");
        let list = app.get(&format!("/v1/countries?locale={locale}")).await;
        let gb = list.body["items"].as_array().expect("items").iter().find(|c| c["code"] == "GB").cloned();
        assert_eq!(gb.map(|c| c["name"].clone()), Some(Value::from(expected)), "{locale} list");
    }
}

/// High-confidence national lines, as their evidence states them.
#[tokio::test]
async fn well_known_national_lines_are_served_from_the_shipped_directory() {
    let app = spawn_app().await;
    let cases = [
        ("US", "988", "988 Suicide & Crisis Lifeline"),
        ("GB", "116 123", "Samaritans"),
        ("FR", "3114", "3114"),
        ("ES", "024", "024"),
        ("KR", "109", "자살예방"),
        ("BR", "188", "CVV"),
        ("CA", "9-8-8", "9-8-8"),
        ("IN", "14416", "Tele-MANAS"),
    ];
    for (country, number, name_part) in cases {
        let reply = app.get(&format!("/v1/hotlines?country={country}")).await;
        assert_eq!(reply.status, 200, "{country}");
        let lines = reply.body["lines"].as_array().expect("lines");
        let line = lines
            .iter()
            .find(|l| phone_values(l).contains(&number))
            .unwrap_or_else(|| panic!("{country}: {number} is served"));
        assert!(line["name"].as_str().unwrap_or("").contains(name_part), "{country}: {}", line["name"]);
        assert_eq!(line["confidence"], "high", "{country}");
        assert_eq!(line["hours"]["kind"], "always", "{country}");
        assert_eq!(lines[0]["id"], line["id"], "{country}: the national line is listed first");
        let phone = line["channels"].as_array().unwrap().iter().find(|c| c["value"] == number).unwrap();
        assert_eq!(phone["e164"], Value::Null, "{country}: {number} is a short code, not E.164");
        assert!(line["source"].as_str().unwrap_or("").starts_with("http"), "{country}: sourced");
        let evidence = line["evidence"].as_array().expect("evidence");
        assert!(evidence.len() >= 2, "{country}: corroborated");
        assert!(evidence.iter().all(|e| e["url"].as_str().is_some_and(|u| u.starts_with("http"))), "{country}");
        assert_eq!(line["stale"], false, "{country}: confirmed within 24 months");
        let fresh_since = (today() - chrono::Months::new(24)).to_string();
        assert!(line["last_confirmed"].as_str().unwrap_or("") >= fresh_since.as_str(), "{country}: recently confirmed");
    }
}

#[tokio::test]
async fn superseded_numbers_are_never_served_as_active_lines() {
    let app = spawn_app().await;
    let cases = [
        ("US", "1-800-273-8255"),
        ("CA", "1-833-456-4566"),
        ("KR", "1393"),
        ("KR", "1577-0199"),
        ("KR", "1588-9191"),
        ("BR", "141"),
    ];
    for (country, number) in cases {
        for query in ["", "&min_confidence=low", "&channel=phone"] {
            let reply = app.get(&format!("/v1/hotlines?country={country}{query}")).await;
            let lines = reply.body["lines"].as_array().expect("lines");
            assert!(lines.iter().all(|l| !phone_values(l).contains(&number)), "{country} {number} with `{query}`");
        }
    }
}

#[tokio::test]
async fn every_country_answers_with_an_emergency_number_and_never_an_empty_list() {
    let app = spawn_app().await;
    let countries = app.get("/v1/countries").await;
    let items = countries.body["items"].as_array().expect("items");
    assert_eq!(items.len(), 246, "every code of the reference");
    for country in items {
        let code = country["code"].as_str().expect("code");
        let reply = app.get(&format!("/v1/countries/{code}")).await;
        assert_eq!(reply.status, 200, "{code}");
        let e = &reply.body["emergency"];
        let numbers: usize =
            ["general", "police", "ambulance", "fire"].iter().map(|s| e[s].as_array().map_or(0, Vec::len)).sum();
        assert!(numbers > 0, "{code} has an emergency number");
        assert!(!e["sources"].as_array().expect("sources").is_empty(), "{code}'s numbers are sourced");
        assert!(!reply.body["lines"].as_array().expect("lines").is_empty(), "{code}: never empty");
        let own = country["line_count"].as_u64().unwrap_or(0);
        assert_eq!(reply.body["uses_international_fallback"], own == 0, "{code}");
    }
}

#[tokio::test]
async fn a_line_whose_source_lost_its_name_is_labelled_generically_not_invented() {
    let app = spawn_app().await;
    let reply = app.get("/v1/hotlines?country=BH").await;
    let lines = reply.body["lines"].as_array().expect("lines");
    let generic = lines.iter().find(|l| l["name_is_generic"] == true).expect("an unnamed W26 line");
    assert_eq!(generic["name"], crate::helpers::shipped_message("en", "unnamed-national-line"));
    let named = app.get("/v1/hotlines?country=GB").await;
    let samaritans = named.body["lines"].as_array().unwrap().iter().find(|l| l["name"] == "Samaritans").cloned();
    assert_eq!(samaritans.map(|l| l["name_is_generic"].clone()), Some(Value::Bool(false)));
}
