//! Any `Accept-Language` header parses without panicking, within its bound.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|header: &str| {
    let tags = haven::api::negotiation::parse_accept_language(header);
    assert!(tags.len() <= 32);
});
