//! Whether what a page states is one of a line's channels: numbers compared by their
//! digits in any script, addresses by their site. Used by the evidence rule
//! (`evidence.rs`), the directory audit and `haven verify`.

use super::model::{Channel, ChannelKind};

/// Second-level labels under which a country's sites register (`nhs.uk` but `bbc.co.uk`).
const SECOND_LEVEL_LABELS: &[&str] =
    &["ac", "co", "com", "edu", "go", "gob", "gouv", "gov", "govt", "ne", "net", "or", "org"];

/// The site a URL belongs to, for grouping sources: `https://en.m.wikipedia.org/x` is
/// `wikipedia.org`, `https://www.bogota.gov.co/` is `bogota.gov.co`.
pub fn source_family(url: &str) -> String {
    let rest = url.split_once("://").map_or(url, |(_, rest)| rest);
    let host = rest.split(['/', '?', '#']).next().unwrap_or("");
    let host = host.rsplit_once('@').map_or(host, |(_, host)| host);
    let host = host.split(':').next().unwrap_or("").to_ascii_lowercase();
    let labels: Vec<&str> = host.split('.').filter(|label| !label.is_empty()).collect();
    let keep = match labels.as_slice() {
        [.., second, top] if top.len() == 2 && SECOND_LEVEL_LABELS.contains(second) => 3,
        _ => 2,
    };
    labels[labels.len().saturating_sub(keep)..].join(".")
}

/// The first code point of each run of ten decimal digits that pages write numbers in:
/// ASCII, Arabic-Indic, Persian, Devanagari, Bengali, Thai, Myanmar and full-width.
const DIGIT_ZEROS: &[u32] = &[0x30, 0x660, 0x6F0, 0x966, 0x9E6, 0xE50, 0x1040, 0xFF10];

/// The value of a decimal digit in any of the scripts above (`۱` and `１` are 1).
pub fn decimal_digit(c: char) -> Option<u8> {
    let code = u32::from(c);
    DIGIT_ZEROS.iter().find(|zero| (**zero..**zero + 10).contains(&code)).map(|zero| (code - zero) as u8)
}

/// A number as ASCII digits only, in whatever script or punctuation it was written.
pub fn ascii_digits(text: &str) -> String {
    text.chars().filter_map(decimal_digit).map(|d| char::from(b'0' + d)).collect()
}

/// A line's number as digits only, without leading zeros or a leading `+`.
fn significant_digits(text: &str) -> String {
    ascii_digits(text).trim_start_matches('0').to_owned()
}

/// Whether `stated` (a number or address as a page writes it) is `channel`. Numbers match
/// when their digits agree once leading zeros are gone, or, for full numbers, on the last
/// eight digits (so `0800 111 0 111` is `+49 800 1110111`). Addresses match on their site.
pub fn same_contact(stated: &str, channel: &Channel) -> bool {
    match channel.kind {
        ChannelKind::Phone | ChannelKind::Sms => same_number(stated, &channel.value),
        ChannelKind::Whatsapp => same_number(stated, &channel.value) || same_site(stated, &channel.value),
        ChannelKind::Chat | ChannelKind::Web | ChannelKind::Email => same_site(stated, &channel.value),
    }
}

fn same_number(a: &str, b: &str) -> bool {
    let (raw_a, raw_b) = (ascii_digits(a), ascii_digits(b));
    if raw_a.len() >= 3 && raw_a == raw_b {
        return true; // short codes keep their zeros: 024 is not 24
    }
    let (a, b) = (significant_digits(a), significant_digits(b));
    if a.len() < 3 || b.len() < 3 {
        return false;
    }
    if a == b {
        return true;
    }
    let tail = |s: &str| s[s.len().saturating_sub(8)..].to_owned();
    a.len() >= 7 && b.len() >= 7 && tail(&a) == tail(&b)
}

fn same_site(a: &str, b: &str) -> bool {
    let site = |s: &str| {
        let s = s.trim_start_matches("mailto:");
        let s = s.rsplit_once('@').map_or(s, |(_, domain)| domain);
        if s.contains('.') && !s.contains(' ') {
            Some(source_family(if s.contains("://") { s.to_owned() } else { format!("https://{s}") }.as_str()))
        } else {
            None
        }
    };
    matches!((site(a), site(b)), (Some(a), Some(b)) if !a.is_empty() && a == b)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn families_group_a_site_and_its_subdomains() {
        assert_eq!(source_family("https://en.wikipedia.org/wiki/List"), "wikipedia.org");
        assert_eq!(source_family("https://de.m.wikipedia.org/x"), "wikipedia.org");
        assert_eq!(source_family("https://www.nhs.uk/mental-health/"), "nhs.uk");
        assert_eq!(source_family("https://www.bogota.gov.co/linea-106"), "bogota.gov.co");
        assert_eq!(source_family("http://news.bbc.co.uk:80/a?b"), "bbc.co.uk");
        assert_ne!(source_family("https://salud.gob.mx/"), source_family("https://imss.gob.mx/"));
    }
}
