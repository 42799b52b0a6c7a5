//! Conditional and partial requests (RFC 9110 §13 and §14): `If-Match`, `If-None-Match`,
//! `If-Modified-Since`, and single byte ranges. Pure functions of the request's headers,
//! shared by the response cache and the ready answers.

use actix_web::http::header::{self, HeaderMap};
use actix_web::HttpRequest;
use chrono::{DateTime, Utc};

/// A header's field lines as one comma-separated list (RFC 9110 §5.3): a client may send
/// `If-None-Match` as several lines.
pub fn field_list(request: &HttpRequest, name: header::HeaderName) -> Option<String> {
    let lines: Vec<&str> = request
        .headers()
        .get_all(name)
        .filter_map(|value| value.to_str().ok())
        .map(str::trim)
        .filter(|value| !value.is_empty())
        .collect();
    (!lines.is_empty()).then(|| lines.join(", "))
}

/// `If-Match` uses the strong comparison (RFC 9110 §13.1.1): a weak tag never matches.
pub fn if_match_hits(list: &str, etag: &str) -> bool {
    list.split(',').map(str::trim).any(|candidate| candidate == "*" || candidate == etag)
}

pub fn if_modified_since(request: &HttpRequest) -> Option<DateTime<Utc>> {
    let value = request.headers().get(header::IF_MODIFIED_SINCE)?.to_str().ok()?;
    DateTime::parse_from_rfc2822(value).ok().map(|date| date.with_timezone(&Utc))
}

/// An HTTP date (RFC 9110 §5.6.7), e.g. `Tue, 01 Dec 2026 00:00:00 GMT`.
pub fn http_date(at: DateTime<Utc>) -> String {
    at.format("%a, %d %b %Y %H:%M:%S GMT").to_string()
}

pub enum RangeRequest {
    None,
    Satisfiable((usize, usize)),
    Unsatisfiable,
}

/// One byte range (`bytes=a-b`, `bytes=a-`, `bytes=-n`) of a body `len` long. Several
/// ranges, or another unit, are answered with the whole body, as RFC 9110 allows.
pub fn requested_range(request: &HttpRequest, len: usize) -> RangeRequest {
    let Some(value) = request.headers().get(header::RANGE).and_then(|v| v.to_str().ok()) else {
        return RangeRequest::None;
    };
    let Some(spec) = value.trim().strip_prefix("bytes=") else { return RangeRequest::None };
    if spec.contains(',') {
        return RangeRequest::None;
    }
    let Some((start, end)) = spec.split_once('-') else { return RangeRequest::None };
    let (start, end) = (start.trim(), end.trim());
    let range = match (start.parse::<usize>(), end.parse::<usize>()) {
        (Ok(first), Ok(last)) if first <= last => (first, last.min(len.saturating_sub(1))),
        (Ok(_), Ok(_)) => return RangeRequest::None,
        (Ok(first), Err(_)) if end.is_empty() => (first, len.saturating_sub(1)),
        (Err(_), Ok(suffix)) if start.is_empty() && suffix > 0 => (len.saturating_sub(suffix), len.saturating_sub(1)),
        _ => return RangeRequest::None,
    };
    if len == 0 || range.0 >= len {
        RangeRequest::Unsatisfiable
    } else {
        RangeRequest::Satisfiable(range)
    }
}

/// Whether `If-None-Match` names `etag`, or `None` when the request has no such header.
/// Every field line is read (a client may send several), without joining them.
pub fn none_match(headers: &HeaderMap, etag: &str) -> Option<bool> {
    let mut present = false;
    let mut hit = false;
    for line in headers.get_all(header::IF_NONE_MATCH).filter_map(|value| value.to_str().ok()) {
        if !line.trim().is_empty() {
            present = true;
            hit |= if_none_match_hits(line, etag);
        }
    }
    present.then_some(hit)
}

/// `If-None-Match` uses the weak comparison (RFC 9110 §13.1.2): `W/"x"` matches `"x"`.
fn if_none_match_hits(header_value: &str, etag: &str) -> bool {
    header_value
        .split(',')
        .map(str::trim)
        .any(|candidate| candidate == "*" || candidate.strip_prefix("W/").unwrap_or(candidate) == etag)
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::{NaiveDate, NaiveTime};

    #[test]
    fn if_match_compares_strongly() {
        assert!(if_match_hits("\"abc\"", "\"abc\""));
        assert!(if_match_hits("\"x\", \"abc\"", "\"abc\""));
        assert!(if_match_hits("*", "\"abc\""));
        assert!(!if_match_hits("W/\"abc\"", "\"abc\""), "a weak tag never matches If-Match");
        assert!(!if_match_hits("\"abd\"", "\"abc\""));
    }

    #[test]
    fn http_dates_are_imf_fixdate() {
        let at = NaiveDate::from_ymd_opt(2026, 12, 1).expect("a date").and_time(NaiveTime::MIN).and_utc();
        assert_eq!(http_date(at), "Tue, 01 Dec 2026 00:00:00 GMT");
        let parsed = DateTime::parse_from_rfc2822("Tue, 01 Dec 2026 00:00:00 GMT").expect("parses");
        assert_eq!(parsed.with_timezone(&Utc), at);
    }

    #[test]
    fn if_none_match_compares_weakly_and_accepts_lists_and_star() {
        let etag = "\"abc\"";
        let cases = [
            ("\"abc\"", true, "exact"),
            ("W/\"abc\"", true, "weak form of the same tag"),
            ("\"x\", \"abc\"", true, "in a list"),
            ("*", true, "any"),
            ("\"abd\"", false, "different tag"),
            ("abc", false, "unquoted is not the same tag"),
        ];
        for (header, expected, why) in cases {
            assert_eq!(if_none_match_hits(header, etag), expected, "{why}");
        }
    }

    #[test]
    fn none_match_reads_every_field_line() {
        let headers = |lines: &[&str]| {
            let mut map = HeaderMap::new();
            for line in lines {
                map.append(header::IF_NONE_MATCH, header::HeaderValue::from_str(line).expect("a value"));
            }
            map
        };
        let etag = "\"abc\"";
        assert_eq!(none_match(&headers(&[]), etag), None);
        assert_eq!(none_match(&headers(&[""]), etag), None, "an empty field is no condition");
        assert_eq!(none_match(&headers(&["\"x\""]), etag), Some(false));
        assert_eq!(none_match(&headers(&["\"x\"", "W/\"abc\""]), etag), Some(true), "a later line");
    }
}
