//! Filters, ordering and open-now on fixture countries whose hours we control.
//! XA, XB and XC are user-assigned codes, so they never collide with shipped data.

use serde_json::Value;

use crate::helpers::{spawn_app_with, today, ContentCopy, TestApp};

const EMERGENCY: &str =
    "[emergency]\ngeneral = [\"000\"]\nconfidence = \"low\"\nbasis = \"test fixture\"\nsources = [\"test fixture\"]\n";

/// A fixture line whose evidence earns `confidence` under the rule in docs/directory.md,
/// dated today so the fixture never ages.
fn line(id: &str, extra: &str, channel: (&str, &str), confidence: &str) -> String {
    let (kind, link) = channel;
    let value = if link.starts_with("https://") { link } else { "1234 5678" };
    let today = today().to_string();
    let page = |url: &str, publisher: &str, observed: Option<&str>| {
        let observed = observed.map(|date| format!("observed = \"{date}\"\n")).unwrap_or_default();
        format!("\n[[lines.evidence]]\nurl = \"{url}\"\npublisher = \"{publisher}\"\n{observed}number = \"{value}\"\n")
    };
    let evidence = match confidence {
        // Fresh, official and a second family.
        "high" => {
            page("https://example.org/", "operator", Some(&today))
                + &page("https://news.example.net/a", "press", Some(&today))
        }
        // An official page that states no date.
        "medium" => page("https://example.org/", "operator", None),
        // One fresh press page.
        _ => page("https://news.example.net/a", "press", Some(&today)),
    };
    format!(
        "\n[[lines]]\nid = \"{id}\"\nname = \"{id}\"\n{extra}\n\
         [[lines.channels]]\nkind = \"{kind}\"\nvalue = \"{value}\"\ndisplay = \"{value}\"\nlink = \"{link}\"\n{evidence}"
    )
}

async fn app_with_fixture_countries() -> TestApp {
    let content = ContentCopy::new();
    let tokyo_weekdays = "hours = { kind = \"weekly\", timezone = \"Asia/Tokyo\", slots = [ { days = [\"mon\", \"tue\", \"wed\", \"thu\", \"fri\"], open = \"09:00\", close = \"17:00\" } ] }";
    let tokyo_nights = "hours = { kind = \"weekly\", timezone = \"Asia/Tokyo\", slots = [ { days = [\"mon\", \"tue\", \"wed\", \"thu\", \"fri\", \"sat\", \"sun\"], open = \"22:00\", close = \"06:00\" } ] }";
    let xa = [
        format!("country = \"XA\"\n{EMERGENCY}"),
        line(
            "xa-youth-chat",
            "topics = [\"youth\"]\nlanguages = [\"en\"]\nhours = { kind = \"always\" }",
            ("chat", "https://example.org/chat"),
            "medium",
        ),
        line(
            "xa-national",
            &format!("national = true\ntopics = [\"suicide\", \"crisis\"]\nlanguages = [\"ja\"]\n{tokyo_weekdays}"),
            ("phone", "tel:12345678"),
            "high",
        ),
        line(
            "xa-text",
            "topics = [\"crisis\"]\nlanguages = [\"es-MX\"]\nhours = { kind = \"unknown\" }",
            ("sms", "sms:12345678"),
            "low",
        ),
        line(
            "xa-open-late",
            &format!("topics = [\"emotional-support\"]\n{tokyo_nights}"),
            ("phone", "tel:12345678"),
            "medium",
        ),
    ]
    .concat();
    let xb = [
        format!("country = \"XB\"\n{EMERGENCY}"),
        line("xb-evening", "topics = [\"crisis\"]\nhours = { kind = \"weekly\", timezone = \"Europe/Berlin\", slots = [ { days = [\"sat\"], open = \"18:00\", close = \"23:00\" } ] }", ("phone", "tel:12345678"), "high"),
    ]
    .concat();
    let xc = [
        format!("country = \"XC\"\n{EMERGENCY}"),
        line("xc-mornings", "topics = [\"crisis\"]\nhours = { kind = \"weekly\", timezone = \"America/Los_Angeles\", slots = [ { days = [\"sun\"], open = \"08:00\", close = \"12:00\" } ] }", ("phone", "tel:12345678"), "high"),
    ]
    .concat();
    content.write("data/hotlines/XA.toml", &xa).write("data/hotlines/XB.toml", &xb).write("data/hotlines/XC.toml", &xc);
    let names = "country-XA = Testland A\ncountry-XB = Testland B\ncountry-XC = Testland C\n";
    let descriptions: String = ["xa-youth-chat", "xa-national", "xa-text", "xa-open-late", "xb-evening", "xc-mornings"]
        .iter()
        .map(|id| format!("hotline-{id} = A test line.\n"))
        .collect();
    content.write("locales/en/test-fixtures.ftl", &format!("{names}{descriptions}"));
    spawn_app_with(content).await
}

fn ids(reply: &Value) -> Vec<&str> {
    reply["lines"].as_array().expect("lines").iter().filter_map(|l| l["id"].as_str()).collect()
}

#[tokio::test]
async fn national_crisis_lines_come_first_then_open_lines_then_the_rest() {
    let app = app_with_fixture_countries().await;
    // 22:00 on a Wednesday in Tokyo: the national line is closed but still comes first.
    let reply = app.get("/v1/hotlines?country=XA&at=2026-11-25T13:00:00Z").await;
    assert_eq!(reply.status, 200, "{}", reply.text);
    assert_eq!(ids(&reply.body), ["xa-national", "xa-youth-chat", "xa-open-late", "xa-text"]);
    assert_eq!(reply.body["evaluated_at"], "2026-11-25T13:00:00Z");
    let open: Vec<&Value> = reply.body["lines"].as_array().unwrap().iter().map(|l| &l["open_now"]).collect();
    assert_eq!(open, [&Value::Bool(false), &Value::Bool(true), &Value::Bool(true), &Value::Null]);
}

#[tokio::test]
async fn each_filter_narrows_the_lines_and_they_combine() {
    let app = app_with_fixture_countries().await;
    let at = "at=2026-11-25T13:00:00Z";
    let cases: [(&str, Vec<&str>, &str); 8] = [
        ("topic=youth", vec!["xa-youth-chat"], "by topic"),
        ("topic=crisis", vec!["xa-national", "xa-text"], "a topic several lines share"),
        ("channel=sms", vec!["xa-text"], "by channel"),
        ("language=es", vec!["xa-text"], "es matches a line speaking es-MX"),
        ("language=JA", vec!["xa-national"], "languages compare case-insensitively"),
        ("min_confidence=medium", vec!["xa-national", "xa-youth-chat", "xa-open-late"], "by confidence"),
        ("min_confidence=high&channel=phone", vec!["xa-national"], "two filters combined"),
        ("open_now=true&topic=emotional-support", vec!["xa-open-late"], "open now and a topic"),
    ];
    for (filters, expected, why) in cases {
        let reply = app.get(&format!("/v1/hotlines?country=XA&{at}&{filters}")).await;
        assert_eq!(reply.status, 200, "{why}: {}", reply.text);
        assert_eq!(ids(&reply.body), expected, "{why}: {filters}");
        assert_eq!(reply.body["uses_international_fallback"], false, "{why}");
    }
}

#[tokio::test]
async fn the_same_filters_work_on_the_country_resource() {
    let app = app_with_fixture_countries().await;
    let reply = app.get("/v1/countries/xa?channel=chat").await;
    assert_eq!(ids(&reply.body), ["xa-youth-chat"]);
}

#[tokio::test]
async fn when_nothing_matches_the_international_fallback_is_offered_with_the_emergency_number() {
    let app = app_with_fixture_countries().await;
    let reply = app.get("/v1/hotlines?country=XA&topic=youth&channel=phone").await;
    assert_eq!(reply.status, 200);
    assert_eq!(reply.body["uses_international_fallback"], true);
    assert_eq!(reply.body["emergency"]["general"], serde_json::json!(["000"]));
    let lines = reply.body["lines"].as_array().expect("lines");
    assert!(!lines.is_empty());
    assert!(lines.iter().all(|l| l["international_fallback"] == true));
    // The fallback (Befrienders Worldwide) is a website for suicide, crisis and emotional
    // support: it is neither for youth nor reachable by phone, and the answer says so.
    assert_eq!(reply.body["unmet_filters"], serde_json::json!(["topic=youth", "channel=phone"]));
    let met = app.get("/v1/hotlines?country=XA&topic=suicide&channel=web").await;
    assert_eq!(met.body["uses_international_fallback"], true, "XA has no web line for suicide");
    assert!(met.body.get("unmet_filters").is_none(), "the fallback meets both: {}", met.body);
}

#[tokio::test]
async fn open_now_follows_opening_closing_and_midnight_in_tokyo() {
    let app = app_with_fixture_countries().await;
    // Weekdays 09:00-17:00 and nightly 22:00-06:00, Tokyo time (UTC+9, no DST).
    let cases = [
        ("2026-11-24T23:59:00Z", vec!["xa-youth-chat"], "Wed 08:59: night line closed, day line not yet open"),
        ("2026-11-25T00:00:00Z", vec!["xa-national", "xa-youth-chat"], "Wed 09:00: day line opens"),
        ("2026-11-25T07:59:00Z", vec!["xa-national", "xa-youth-chat"], "Wed 16:59"),
        ("2026-11-25T08:00:00Z", vec!["xa-youth-chat"], "Wed 17:00: day line closed"),
        ("2026-11-25T12:59:00Z", vec!["xa-youth-chat"], "Wed 21:59"),
        ("2026-11-25T13:00:00Z", vec!["xa-youth-chat", "xa-open-late"], "Wed 22:00: night line opens"),
        ("2026-11-25T15:00:00Z", vec!["xa-youth-chat", "xa-open-late"], "Thu 00:00: across midnight"),
        ("2026-11-25T20:59:00Z", vec!["xa-youth-chat", "xa-open-late"], "Thu 05:59"),
        ("2026-11-25T21:00:00Z", vec!["xa-youth-chat"], "Thu 06:00: night line closed"),
        ("2026-11-28T01:00:00Z", vec!["xa-youth-chat"], "Sat 10:00: no weekday line"),
    ];
    for (at, expected, why) in cases {
        let reply = app.get(&format!("/v1/hotlines?country=XA&open_now=true&at={at}")).await;
        assert_eq!(ids(&reply.body), expected, "{why} ({at})");
    }
}

#[tokio::test]
async fn open_now_follows_daylight_saving_in_berlin_and_los_angeles() {
    let app = app_with_fixture_countries().await;
    // Berlin Saturdays 18:00-23:00: 16:00 UTC in summer (CEST), 17:00 UTC in winter (CET).
    // Los Angeles Sundays 08:00-12:00: 15:00 UTC in summer (PDT), 16:00 UTC in winter (PST).
    let cases = [
        ("XB", "2026-07-04T16:00:00Z", true, "Berlin summer Saturday 18:00"),
        ("XB", "2026-11-28T16:00:00Z", false, "Berlin winter Saturday 17:00"),
        ("XB", "2026-11-28T17:00:00Z", true, "Berlin winter Saturday 18:00"),
        ("XB", "2026-11-28T21:59:00Z", true, "Berlin Saturday 22:59"),
        ("XB", "2026-11-28T22:00:00Z", false, "Berlin Saturday 23:00"),
        ("XC", "2026-07-05T15:00:00Z", true, "Los Angeles summer Sunday 08:00"),
        ("XC", "2026-11-29T15:00:00Z", false, "Los Angeles winter Sunday 07:00"),
        ("XC", "2026-11-29T16:00:00Z", true, "Los Angeles winter Sunday 08:00"),
        ("XC", "2026-11-29T20:00:00Z", false, "Los Angeles Sunday 12:00"),
    ];
    for (country, at, open, why) in cases {
        let reply = app.get(&format!("/v1/hotlines?country={country}&at={at}")).await;
        assert_eq!(reply.body["lines"][0]["open_now"], open, "{why}");
        let filtered = app.get(&format!("/v1/hotlines?country={country}&open_now=true&at={at}")).await;
        assert_eq!(filtered.body["uses_international_fallback"], !open, "{why}: open_now=true");
    }
}

#[tokio::test]
async fn malformed_filters_are_400_problems() {
    let app = app_with_fixture_countries().await;
    let cases = [
        ("topic=sadness", "topic"),
        ("channel=pigeon", "channel"),
        ("language=not_a_tag", "language"),
        ("open_now=yes", "open_now"),
        ("at=yesterday", "at"),
        ("at=2026-11-25T13:00:00", "at"),
        ("min_confidence=certain", "min_confidence"),
    ];
    for (filters, parameter) in cases {
        let reply = app.get(&format!("/v1/hotlines?country=XA&{filters}")).await;
        reply.assert_problem(400, "invalid-parameter");
        assert!(reply.body["detail"].as_str().unwrap_or("").contains(parameter), "{filters}: {}", reply.text);
    }
}
