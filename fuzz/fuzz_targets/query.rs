//! Any query string either parses into filters and paging or is refused; never a panic.
#![no_main]

use actix_web::web::Query;
use haven::api::params::{ArticlesQuery, LineFilterQuery};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|query: &str| {
    if let Ok(filters) = Query::<LineFilterQuery>::from_query(query) {
        let _ = filters.parse(chrono::Utc::now());
    }
    if let Ok(articles) = Query::<ArticlesQuery>::from_query(query) {
        let _ = articles.tag();
        let _ = articles.pagination();
    }
});
