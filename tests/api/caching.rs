use crate::helpers::{spawn_app, spawn_app_with, ContentCopy};

#[tokio::test]
async fn responses_carry_a_strong_etag_and_a_cache_policy() {
    let app = spawn_app().await;
    let cases = [
        ("/v1/articles/why-cant-i-cry", "max-age=3600"),
        ("/v1/strategies", "max-age=3600"),
        ("/v1/hotlines?country=GB", "max-age=60,"),
        ("/v1/locales", "max-age=300"),
    ];
    for (path, max_age) in cases {
        let reply = app.get(path).await;
        let etag = reply.header("etag");
        assert!(etag.starts_with('"') && etag.ends_with('"') && !etag.starts_with("W/"), "strong ETag for {path}");
        assert!(reply.header("cache-control").contains(max_age), "{path}: {}", reply.header("cache-control"));
        assert!(reply.header("cache-control").starts_with("public"), "{path}");
    }
    assert_eq!(app.get("/health").await.header("cache-control"), "no-store");
}

#[tokio::test]
async fn if_none_match_with_the_current_etag_gives_304() {
    let app = spawn_app().await;
    let first = app.get("/v1/articles/why-cant-i-cry").await;
    let etag = first.header("etag").to_owned();
    let again = app.get_with("/v1/articles/why-cant-i-cry", &[("if-none-match", &etag)]).await;
    assert_eq!(again.status, 304);
    assert!(again.text.is_empty());
    assert_eq!(again.header("etag"), etag);
    assert_eq!(again.header("content-language"), "en");
    again.assert_varies_on(&["Accept-Language", "Accept-Encoding"]);
    let stale = app.get_with("/v1/articles/why-cant-i-cry", &[("if-none-match", "\"something-else\"")]).await;
    assert_eq!(stale.status, 200);
    assert_eq!(stale.text, first.text);
}

#[tokio::test]
async fn etags_differ_by_locale_and_by_query() {
    let content = ContentCopy::english_only();
    content.add_locale("es", "ltr", "article-why-cant-i-cry-title = ¿Por qué?\n");
    let app = spawn_app_with(content).await;
    let en = app.get("/v1/articles/why-cant-i-cry").await;
    let es = app.get("/v1/articles/why-cant-i-cry?locale=es").await;
    assert_ne!(en.header("etag"), es.header("etag"));
    let conditional =
        app.get_with("/v1/articles/why-cant-i-cry?locale=es", &[("if-none-match", en.header("etag"))]).await;
    assert_eq!(conditional.status, 200, "an en ETag does not validate the es body");
    let page_one = app.get("/v1/articles?per_page=1").await;
    let page_two = app.get("/v1/articles?per_page=1&page=2").await;
    assert_ne!(page_one.header("etag"), page_two.header("etag"));
}

#[tokio::test]
async fn equivalent_queries_share_one_cached_body() {
    let app = spawn_app().await;
    let a = app.get("/v1/articles?page=1&per_page=2&utm_source=x").await;
    let b = app.get("/v1/articles?per_page=02&page=1").await;
    assert_eq!(a.status, 200);
    assert_eq!(a.text, b.text);
    assert_eq!(a.header("etag"), b.header("etag"));
}

fn gunzip(bytes: &[u8]) -> Vec<u8> {
    let mut out = Vec::new();
    std::io::Read::read_to_end(&mut flate2::read::GzDecoder::new(bytes), &mut out).expect("valid gzip");
    out
}

fn unbrotli(bytes: &[u8]) -> Vec<u8> {
    let mut out = Vec::new();
    brotli::BrotliDecompress(&mut &bytes[..], &mut out).expect("valid brotli");
    out
}

#[tokio::test]
async fn gzip_and_brotli_are_negotiated_and_decode_to_the_same_body() {
    let app = spawn_app().await;
    let path = "/v1/bundle?country=GB";
    let plain = app.client.get(format!("{}{path}", app.address)).send().await.expect("plain");
    let plain_etag = plain.headers()["etag"].to_str().unwrap().to_owned();
    assert!(plain.headers().get("content-encoding").is_none());
    let plain_body = plain.bytes().await.expect("body").to_vec();
    type Decoder = fn(&[u8]) -> Vec<u8>;
    let cases: [(&str, &str, Decoder); 2] = [("gzip", "gzip", gunzip), ("br, gzip", "br", unbrotli)];
    for (accept, coding, decode) in cases {
        let reply = app
            .client
            .get(format!("{}{path}", app.address))
            .header("accept-encoding", accept)
            .send()
            .await
            .expect("compressed");
        let headers = reply.headers().clone();
        assert_eq!(headers["content-encoding"], coding, "{accept}");
        let vary = headers["vary"].to_str().unwrap_or("");
        assert!(vary.contains("Accept-Language") && vary.contains("Accept-Encoding"), "{vary}");
        let etag = headers["etag"].to_str().unwrap().to_owned();
        assert_ne!(etag, plain_etag, "{coding} has its own ETag");
        let body = reply.bytes().await.expect("body");
        assert!(body.len() < plain_body.len() / 3, "{coding} is much smaller");
        assert_eq!(decode(&body), plain_body, "{coding} decodes to the same bytes");
        let again = app
            .client
            .get(format!("{}{path}", app.address))
            .header("accept-encoding", accept)
            .header("if-none-match", &etag)
            .send()
            .await
            .expect("revalidation");
        assert_eq!(again.status(), 304, "{coding} revalidates with its own ETag");
    }
    let tiny = app.client.get(format!("{}/v1/locales", app.address)).header("accept-encoding", "br").send().await;
    let tiny = tiny.expect("tiny");
    assert!(tiny.headers().get("content-encoding").is_none() || tiny.content_length().unwrap_or(0) > 0);
}

#[tokio::test]
async fn if_none_match_sent_as_several_field_lines_is_one_list() {
    let app = spawn_app().await;
    let etag = app.get("/v1/faqs").await.header("etag").to_owned();
    let again = app.get_with("/v1/faqs", &[("if-none-match", "\"someone-elses\""), ("if-none-match", &etag)]).await;
    assert_eq!(again.status, 304, "the second line holds the current tag");
}

#[tokio::test]
async fn if_match_that_names_no_current_copy_is_a_412_problem() {
    let app = spawn_app().await;
    let etag = app.get("/v1/faqs").await.header("etag").to_owned();
    let stale = app.get_with("/v1/faqs", &[("if-match", "\"an-old-copy\"")]).await;
    stale.assert_problem(412, "precondition-failed");
    let weak = app.get_with("/v1/faqs", &[("if-match", &format!("W/{etag}"))]).await;
    weak.assert_problem(412, "precondition-failed");
    let current = app.get_with("/v1/faqs", &[("if-match", &etag)]).await;
    assert_eq!(current.status, 200);
    assert!(current.body["items"].is_array());
    assert_eq!(app.get_with("/v1/faqs", &[("if-match", "*")]).await.status, 200);
}

#[tokio::test]
async fn content_says_when_it_last_changed_and_if_modified_since_is_honoured() {
    let app = spawn_app().await;
    let first = app.get("/v1/articles/why-cant-i-cry").await;
    let last_modified = first.header("last-modified").to_owned();
    let parsed = chrono::DateTime::parse_from_rfc2822(&last_modified).expect("an HTTP date");
    assert!(last_modified.ends_with(" GMT"), "{last_modified}");
    assert!(parsed.date_naive() >= chrono::NaiveDate::from_ymd_opt(2026, 12, 1).expect("a date"), "{last_modified}");
    let unchanged = app.get_with("/v1/articles/why-cant-i-cry", &[("if-modified-since", &last_modified)]).await;
    assert_eq!(unchanged.status, 304);
    let older =
        app.get_with("/v1/articles/why-cant-i-cry", &[("if-modified-since", "Mon, 01 Jan 2024 00:00:00 GMT")]).await;
    assert_eq!(older.status, 200);
    assert_eq!(older.body["slug"], "why-cant-i-cry");
    // If-None-Match wins over If-Modified-Since.
    let mismatch = app
        .get_with(
            "/v1/articles/why-cant-i-cry",
            &[("if-none-match", "\"other\""), ("if-modified-since", &last_modified)],
        )
        .await;
    assert_eq!(mismatch.status, 200);
    // Crisis lines change with the minute (open now), so they do not claim a date.
    assert_eq!(app.get("/v1/hotlines?country=GB").await.header("last-modified"), "");
}

#[tokio::test]
async fn the_bundle_can_be_resumed_in_byte_ranges() {
    let app = spawn_app().await;
    let whole = app.get_with("/v1/bundle?country=GB", &[("accept-encoding", "identity")]).await;
    assert_eq!(whole.header("accept-ranges"), "bytes");
    let bytes = whole.text.as_bytes();
    let part =
        app.get_with("/v1/bundle?country=GB", &[("accept-encoding", "identity"), ("range", "bytes=100-199")]).await;
    assert_eq!(part.status, 206);
    assert_eq!(part.header("content-range"), format!("bytes 100-199/{}", bytes.len()));
    assert_eq!(part.text.as_bytes(), &bytes[100..200]);
    let tail = app.get_with("/v1/bundle?country=GB", &[("accept-encoding", "identity"), ("range", "bytes=-50")]).await;
    assert_eq!(tail.status, 206);
    assert_eq!(tail.text.as_bytes(), &bytes[bytes.len() - 50..]);
    let past = app
        .get_with(
            "/v1/bundle?country=GB",
            &[("accept-encoding", "identity"), ("range", &format!("bytes={}-", bytes.len()))],
        )
        .await;
    past.assert_problem(416, "range-not-satisfiable");
    assert_eq!(past.header("content-range"), format!("bytes */{}", bytes.len()));
    assert_eq!(app.get("/v1/articles").await.header("accept-ranges"), "", "only the bundle is ranged");
}

#[tokio::test]
async fn files_that_are_the_same_in_every_language_do_not_vary_on_it() {
    let app = spawn_app().await;
    for path in ["/widget.js", "/openapi.json", "/widget.css"] {
        let reply = app.get(path).await;
        assert_eq!(reply.header("vary"), "Accept-Encoding", "{path}");
        assert_eq!(reply.header("content-language"), "", "{path}");
    }
    assert_eq!(app.get("/v1/faqs").await.header("vary"), "Accept-Language, Accept-Encoding");
}
