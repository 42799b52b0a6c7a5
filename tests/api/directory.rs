use serde_json::Value;

use crate::helpers::spawn_app;

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
    let reply = app.get("/v1/hotlines?country=AF").await;
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
    let content = crate::helpers::ContentCopy::new();
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
