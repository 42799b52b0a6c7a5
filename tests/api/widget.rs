//! The partner widget's page, served by Haven itself (the browser test drives it for real).

use crate::helpers::{shipped_message, spawn_app};

fn count(haystack: &str, needle: &str) -> usize {
    haystack.matches(needle).count()
}

#[tokio::test]
async fn the_panel_shows_a_countrys_emergency_numbers_and_lines_in_english() {
    let app = spawn_app().await;
    let reply = app.get("/widget?country=GB&locale=en").await;
    assert_eq!(reply.status, 200);
    assert_eq!(reply.header("content-type"), "text/html; charset=utf-8");
    let html = &reply.text;
    assert!(html.contains("<html lang=\"en\" dir=\"ltr\">"), "language and direction");
    assert!(html.contains(&format!("<h1 data-testid=\"title\">{}</h1>", shipped_message("en", "widget-title"))));
    assert!(html.contains("United Kingdom"));
    assert!(html.contains("href=\"tel:999\"") && html.contains("href=\"tel:112\""), "emergency numbers");
    assert!(html.contains("<h3 data-testid=\"line-name\" dir=\"auto\">Samaritans</h3>"));
    assert!(html.contains("href=\"tel:116123\""), "tap to call");
    assert!(html.contains(&shipped_message("en", "widget-open-always")), "open status");
    assert!(html.contains(&shipped_message("en", "disclaimer")));
    assert!(!html.contains("data-testid=\"fallback-note\""), "GB has lines of its own");
    // Lines may link to their own sites; the page itself loads nothing from elsewhere.
    for asset in ["src=\"http", "<link rel=\"stylesheet\" href=\"http", "url(http"] {
        assert!(!html.contains(asset), "no third-party assets ({asset}): {html}");
    }
}

#[tokio::test]
async fn the_panel_is_right_to_left_in_arabic() {
    let app = spawn_app().await;
    let reply = app.get("/widget?country=EG&locale=ar").await;
    assert_eq!(reply.status, 200);
    assert!(reply.text.contains("<html lang=\"ar\" dir=\"rtl\">"));
    assert!(reply.text.contains(&shipped_message("ar", "widget-title")));
    assert!(reply.text.contains("مصر"), "the country's CLDR name in Arabic");
    assert_eq!(reply.header("content-language"), "ar");
}

#[tokio::test]
async fn a_country_without_lines_shows_the_fallback_and_its_note() {
    let app = spawn_app().await;
    let reply = app.get("/widget?country=KP&locale=en").await;
    assert!(reply.text.contains("data-testid=\"fallback-note\""));
    assert!(reply.text.contains("Befrienders Worldwide"));
    assert!(reply.text.contains("target=\"_blank\" rel=\"noopener noreferrer\""), "websites open outside the frame");
}

#[tokio::test]
async fn more_lines_are_one_link_away() {
    let app = spawn_app().await;
    let short = app.get("/widget?country=NZ&locale=en").await;
    assert_eq!(count(&short.text, "data-testid=\"line\""), 2, "two lines at first");
    assert!(short.text.contains("href=\"/widget?country=NZ&amp;locale=en&amp;all=true\""), "{}", short.text);
    let all = app.get("/widget?country=NZ&locale=en&all=true").await;
    let total = app.get("/v1/hotlines?country=NZ").await.body["lines"].as_array().map_or(0, Vec::len);
    assert_eq!(count(&all.text, "data-testid=\"line\""), total);
    assert!(!all.text.contains("data-testid=\"more-lines\""));
}

#[tokio::test]
async fn the_panel_is_locked_down_and_embeddable() {
    let app = spawn_app().await;
    let reply = app.get("/widget?country=GB").await;
    let csp = reply.header("content-security-policy");
    assert!(csp.contains("default-src 'none'") && csp.contains("script-src 'self'"), "{csp}");
    assert!(!csp.contains("frame-ancestors"), "any site may embed it");
    assert_eq!(reply.header("x-content-type-options"), "nosniff");
    assert_eq!(reply.header("referrer-policy"), "no-referrer");
    assert!(reply.headers.get("set-cookie").is_none(), "no cookies");
    let script = app.get("/widget.js").await;
    assert_eq!(script.status, 200);
    assert_eq!(script.header("content-type"), "text/javascript");
    assert!(script.text.contains("data-country") && script.text.contains("/widget?country="));
    for asset in ["/widget.css", "/widget-frame.js"] {
        assert_eq!(app.get(asset).await.status, 200, "{asset}");
    }
}

#[tokio::test]
async fn every_bad_request_still_gets_a_framable_panel_with_help_and_a_reason() {
    let app = spawn_app().await;
    let cases = [
        ("/widget", "missing-parameter"),
        ("/widget?country=GBR", "invalid-country-code"),
        ("/widget?country=ZZ", "country-not-found"),
        ("/widget?country=GB&all=maybe", "invalid-parameter"),
        ("/widget?country=GB&locale=not_a_tag!", "invalid-locale"),
        ("/widget?country=GB&country=FR", "invalid-query"),
    ];
    for (path, reason) in cases {
        let reply = app.get(path).await;
        assert_eq!(reply.status, 200, "{path}: a panel, not an error page");
        assert_eq!(reply.header("haven-widget-error"), reason, "{path}");
        assert_eq!(reply.header("content-type"), "text/html; charset=utf-8", "{path}");
        let csp = reply.header("content-security-policy");
        assert!(!csp.contains("frame-ancestors"), "{path}: the partner's frame may show it: {csp}");
        let html = &reply.text;
        assert!(html.contains(&format!("data-error=\"{reason}\"")), "{path}: the embed script can read why");
        assert!(html.contains(&shipped_message("en", "widget-danger")), "{path}");
        assert!(
            html.contains("Befrienders Worldwide") || html.contains("data-testid=\"line\""),
            "{path}: someone to talk to"
        );
        if reason != "invalid-parameter" && reason != "invalid-locale" {
            assert!(
                html.contains(&shipped_message("en", "widget-call-local-emergency")),
                "{path}: call your local emergency number"
            );
            assert!(html.contains("data-testid=\"fallback-note\""), "{path}");
        }
    }
    let good = app.get("/widget?country=GB").await;
    assert!(good.headers.get("haven-widget-error").is_none(), "no reason when all is well");
}

#[tokio::test]
async fn common_aliases_reach_their_country() {
    let app = spawn_app().await;
    let uk = app.get("/widget?country=UK&locale=en").await;
    assert!(uk.headers.get("haven-widget-error").is_none());
    assert!(uk.text.contains("United Kingdom") && uk.text.contains("href=\"tel:116123\""), "UK is GB");
    let el = app.get("/widget?country=el&locale=en").await;
    assert!(el.text.contains("Greece"), "EL is GR");
}

#[tokio::test]
async fn links_that_open_a_new_tab_say_so_to_screen_readers() {
    let app = spawn_app().await;
    let html = app.get("/widget?country=KP&locale=en").await.text;
    let hidden = format!("<span class=\"visually-hidden\"> {}</span></a>", shipped_message("en", "widget-new-tab"));
    let new_tab_links = html.matches("target=\"_blank\"").count();
    assert!(new_tab_links >= 1, "{html}");
    assert_eq!(html.matches(&hidden).count(), new_tab_links, "every new-tab link announces it");
    let german = app.get("/widget?country=DE&locale=de").await.text;
    assert!(german.contains(&shipped_message("de", "widget-new-tab")));
}
