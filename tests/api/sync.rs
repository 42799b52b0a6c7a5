//! A mobile app's offline sync, played end to end: first sync, a content change and a
//! reload, then a second sync that fetches exactly what changed and learns what went.

use std::collections::BTreeMap;

use xxhash_rust::xxh3::xxh3_64;

use crate::helpers::{spawn_app_with, ContentCopy, TestApp};

/// (type/id) → (hash, href), as the app stores the manifest.
type Manifest = BTreeMap<String, (String, String)>;

async fn fetch_manifest(app: &TestApp) -> (Manifest, String) {
    let reply = app.get("/v1/manifest?locale=en").await;
    assert_eq!(reply.status, 200);
    let items = reply.body["items"].as_array().expect("items");
    let manifest = items
        .iter()
        .map(|item| {
            let key = format!("{}/{}", item["type"].as_str().unwrap(), item["id"].as_str().unwrap());
            (key, (item["hash"].as_str().unwrap().to_owned(), item["href"].as_str().unwrap().to_owned()))
        })
        .collect();
    (manifest, reply.header("etag").to_owned())
}

/// Fetches an item the way the app does (its `href` as given, which carries the locale)
/// and checks it hashes to what the manifest said.
async fn fetch_item(app: &TestApp, href: &str, expected_hash: &str) -> serde_json::Value {
    let reply = app.get(href).await;
    assert_eq!(reply.status, 200, "{href}");
    assert_eq!(format!("{:016x}", xxh3_64(reply.text.as_bytes())), expected_hash, "{href} matches its hash");
    reply.body
}

#[tokio::test]
async fn an_app_syncs_changes_only_and_learns_deletions() {
    let content = ContentCopy::new();
    let path = content.path().to_owned();
    let app = spawn_app_with(content).await;

    // First sync: the whole bundle, and the manifest to compare against later.
    let bundle = app.get("/v1/bundle?locale=en").await;
    assert_eq!(bundle.status, 200);
    let (first, first_etag) = fetch_manifest(&app).await;
    assert_eq!(bundle.body["content_version"], app.get("/health").await.body["content_version"]);
    assert_eq!(
        bundle.body["articles"].as_array().unwrap().len(),
        first.keys().filter(|k| k.starts_with("article/")).count()
    );
    assert_eq!(
        bundle.body["countries"].as_array().unwrap().len(),
        first.keys().filter(|k| k.starts_with("country/")).count()
    );
    let (hash, href) = &first["strategy/cold-exposure"];
    let cold = fetch_item(&app, href, hash).await;
    let in_bundle = bundle.body["strategies"].as_array().unwrap().iter().find(|s| s["id"] == "cold-exposure").unwrap();
    assert_eq!(&cold, in_bundle, "an item alone is exactly the bundle's copy");
    let unchanged = app.get_with("/v1/manifest?locale=en", &[("if-none-match", &first_etag)]).await;
    assert_eq!(unchanged.status, 304, "nothing changed yet");

    // The content changes: one strategy's text, one new strategy, one country removed.
    let copy = ContentCopy::at(&path);
    let strategies_ftl = copy.read("locales/en/strategies.ftl");
    let edited: String = strategies_ftl
        .lines()
        .map(|l| {
            if l.starts_with("strategy-cold-exposure-how =") {
                "strategy-cold-exposure-how = Splash cool water on your face.".to_owned()
            } else {
                l.to_owned()
            }
        })
        .map(|l| l + "\n")
        .collect();
    copy.write(
        "locales/en/strategies.ftl",
        &format!("{edited}strategy-test-new-title = New\nstrategy-test-new-how = How\nstrategy-test-new-why = Why\n"),
    );
    let strategies_toml = copy.read("data/strategies.toml");
    copy.write(
        "data/strategies.toml",
        &format!("{strategies_toml}\n[[strategies]]\nid = \"test-new\"\norder = 99\nevidence = \"none\"\ncaution = false\ntags = []\nsources = []\nreviewed = \"2026-12-01\"\nnext_review = \"2030-12-01\"\nreviewer = \"editorial\"\n"),
    );
    std::fs::remove_file(path.join("data/hotlines/TV.toml")).expect("TV removed");
    app.control.reload().await.expect("the changed content is valid");

    // Second sync: compare manifests, fetch only what changed, delete what disappeared.
    let (second, second_etag) = fetch_manifest(&app).await;
    assert_ne!(second_etag, first_etag);
    let changed: Vec<&String> = second
        .iter()
        .filter(|(key, (hash, _))| first.get(*key).is_some_and(|(old, _)| old != hash))
        .map(|(k, _)| k)
        .collect();
    let added: Vec<&String> = second.keys().filter(|key| !first.contains_key(*key)).collect();
    let deleted: Vec<&String> = first.keys().filter(|key| !second.contains_key(*key)).collect();
    assert_eq!(changed, ["strategy/cold-exposure"], "exactly the edited item changed");
    assert_eq!(added, ["strategy/test-new"]);
    assert_eq!(deleted, ["country/TV"]);
    for key in changed.iter().chain(&added) {
        let (hash, href) = &second[*key];
        let item = fetch_item(&app, href, hash).await;
        if *key == "strategy/cold-exposure" {
            assert_eq!(item["how"], "Splash cool water on your face.");
        }
    }
    let (_, old_href) = &first["country/TV"];
    app.get(old_href).await.assert_problem(404, "item-not-found");
}

#[tokio::test]
async fn a_bundle_for_one_country_carries_it_and_the_international_fallback() {
    let app = spawn_app_with(ContentCopy::new()).await;
    let reply = app.get("/v1/bundle?country=gb").await;
    assert_eq!(reply.status, 200);
    let countries = reply.body["countries"].as_array().expect("countries");
    assert_eq!(countries.len(), 1);
    assert_eq!(countries[0]["code"], "GB");
    assert!(countries[0]["lines"].as_array().unwrap().iter().all(|l| l["open_now"].is_null()), "apps evaluate hours");
    assert!(!reply.body["international"].as_array().expect("international").is_empty());
    assert!(!reply.body["articles"].as_array().expect("articles").is_empty());
    assert_eq!(reply.body["safety"]["disclaimer"], crate::helpers::shipped_message("en", "disclaimer"));
    let etag = reply.header("etag").to_owned();
    let again = app.get_with("/v1/bundle?country=gb", &[("if-none-match", &etag)]).await;
    assert_eq!(again.status, 304);
    app.get("/v1/bundle?country=ZZ").await.assert_problem(404, "country-not-found");
    app.get("/v1/bundle?country=GBR").await.assert_problem(400, "invalid-country-code");
}

#[tokio::test]
async fn manifest_hrefs_followed_as_given_return_the_bytes_they_hash() {
    let app = crate::helpers::spawn_app().await;
    for query in ["locale=es", "locale=ar&country=EG"] {
        let manifest = app.get(&format!("/v1/manifest?{query}")).await.body;
        let items = manifest["items"].as_array().expect("items");
        assert!(items.len() > 10, "{query}");
        for item in items.iter().step_by(7) {
            let href = item["href"].as_str().expect("href");
            assert!(href.contains(query), "{href} carries {query}");
            let reply = app.get(href).await;
            assert_eq!(reply.status, 200, "{href}");
            let hash = format!("{:016x}", xxhash_rust::xxh3::xxh3_64(reply.text.as_bytes()));
            assert_eq!(item["hash"], hash, "{href} hashes as listed");
        }
    }
}
