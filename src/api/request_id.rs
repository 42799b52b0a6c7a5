//! Request ids: one per answer, in `X-Request-Id`, to follow a request through logs. A
//! caller's well-formed id (a proxy's trace id) is kept.

use std::sync::atomic::{AtomicU64, Ordering};

use actix_web::http::header::{HeaderName, HeaderValue};

/// The header that carries a request's id, in and out.
pub const REQUEST_ID: HeaderName = HeaderName::from_static("x-request-id");

/// Makes request ids: a per-process prefix and a counter, unique without coordination.
pub struct RequestIds {
    prefix: u32,
    next: AtomicU64,
}

impl Default for RequestIds {
    fn default() -> Self {
        let nanos = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map_or(0, |d| d.subsec_nanos());
        Self { prefix: nanos ^ std::process::id().rotate_left(16), next: AtomicU64::new(1) }
    }
}

impl RequestIds {
    /// A new id, as the header value it is sent in.
    pub fn next(&self) -> HeaderValue {
        use std::io::Write as _;
        // Written into a stack buffer: one allocation (the value's), not three.
        let mut text = [0u8; 32];
        let mut cursor = std::io::Cursor::new(&mut text[..]);
        let _ = write!(cursor, "{:08x}-{:x}", self.prefix, self.next.fetch_add(1, Ordering::Relaxed));
        let written = usize::try_from(cursor.position()).unwrap_or(0);
        HeaderValue::from_bytes(&text[..written]).unwrap_or(HeaderValue::from_static("-"))
    }
}

/// A caller's id is kept when it looks like one (a proxy's trace id); anything else is
/// replaced, so logs never carry arbitrary client text.
pub fn accepted_request_id(value: &HeaderValue) -> Option<HeaderValue> {
    let text = value.to_str().ok()?;
    let well_formed = (1..=64).contains(&text.len())
        && text.bytes().all(|b| b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.'));
    well_formed.then(|| value.clone())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_well_formed_request_ids_are_kept() {
        let keep = |text: &str| {
            accepted_request_id(&HeaderValue::from_str(text).expect("a header value"))
                .map(|value| value.to_str().expect("ASCII").to_owned())
        };
        assert_eq!(keep("abc-123_x.y"), Some("abc-123_x.y".to_owned()));
        assert_eq!(keep(""), None);
        assert_eq!(keep("has space"), None);
        assert_eq!(keep(&"a".repeat(65)), None);
        assert_eq!(keep("<script>"), None);
    }

    #[test]
    fn generated_ids_are_distinct() {
        let ids = RequestIds::default();
        let (first, second) = (ids.next(), ids.next());
        assert_ne!(first, second);
        let text = first.to_str().expect("ASCII");
        let (prefix, counter) = text.split_once('-').expect("prefix-counter");
        assert_eq!(prefix.len(), 8, "{text}");
        assert!(u32::from_str_radix(prefix, 16).is_ok() && u64::from_str_radix(counter, 16).is_ok(), "{text}");
    }
}
