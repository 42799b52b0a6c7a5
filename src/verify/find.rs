//! Finding a phone number in a web page, however the page writes it: spaces, dots, dashes,
//! slashes, brackets, `+CC`, `tel:` links, HTML entities, non-breaking and thin spaces,
//! Persian, Devanagari or full-width digits.

use crate::content::evidence::{decimal_digit, same_contact};
use crate::content::model::{Channel, ChannelKind};

/// Characters that may sit between the digits of one number.
fn is_separator(c: char) -> bool {
    matches!(
        c,
        ' ' | '\u{a0}'
            | '\u{2009}'
            | '\u{202f}'
            | '\u{2002}'
            | '\u{2003}'
            | '.'
            | '-'
            | '/'
            | '('
            | ')'
            | '\u{2010}'
            | '\u{2011}'
            | '\u{2012}'
            | '\u{2013}'
            | '\u{ff0d}'
            | '\u{ff08}'
            | '\u{ff09}'
            | '\u{30fb}'
            | '\u{ff65}'
            | '\u{ff0e}'
            | '\u{3000}'
    )
}

/// More separators than this in a row end a number ("116 123 / 116 111" is two numbers).
const MAX_SEPARATOR_RUN: usize = 2;

/// The page as text: tags dropped, the entities that write digits and spaces decoded.
fn page_text(html: &str) -> String {
    let mut text = String::with_capacity(html.len());
    let mut rest = html;
    while let Some(start) = rest.find(['<', '&']) {
        text.push_str(&rest[..start]);
        rest = &rest[start..];
        if rest.starts_with('<') {
            // An attribute such as href="tel:+49…" is text a person can dial, so keep tel: links.
            let end = rest.find('>').map_or(rest.len(), |i| i + 1);
            let tag = &rest[..end];
            if let Some(at) = tag.find("tel:") {
                let link: String = tag[at + 4..].chars().take_while(|c| !matches!(c, '"' | '\'' | '>' | ' ')).collect();
                text.push(' ');
                text.push_str(&link);
                text.push(' ');
            }
            rest = &rest[end..];
        } else {
            let end = rest.find(';').filter(|i| *i <= 10);
            match end.and_then(|end| decode_entity(&rest[1..end]).map(|c| (c, end))) {
                Some((decoded, end)) => {
                    text.push(decoded);
                    rest = &rest[end + 1..];
                }
                None => {
                    text.push('&');
                    rest = &rest[1..];
                }
            }
        }
    }
    text.push_str(rest);
    text
}

fn decode_entity(name: &str) -> Option<char> {
    let numeric = |digits: &str, radix| u32::from_str_radix(digits, radix).ok().and_then(char::from_u32);
    match name {
        "nbsp" => Some('\u{a0}'),
        "thinsp" => Some('\u{2009}'),
        "ensp" => Some('\u{2002}'),
        "emsp" => Some('\u{2003}'),
        "ndash" => Some('\u{2013}'),
        "hyphen" | "dash" => Some('\u{2010}'),
        "plus" => Some('+'),
        "lpar" => Some('('),
        "rpar" => Some(')'),
        "period" => Some('.'),
        "sol" => Some('/'),
        _ => match name.strip_prefix("#x").or_else(|| name.strip_prefix("#X")) {
            Some(hex) => numeric(hex, 16),
            None => name.strip_prefix('#').and_then(|decimal| numeric(decimal, 10)),
        },
    }
}

/// Every run of the page that reads as one number, as the page writes it.
fn number_spans(text: &str) -> Vec<&str> {
    let mut spans = Vec::new();
    let mut start: Option<usize> = None;
    let mut last_digit_end = 0;
    let mut separators = 0;
    for (index, c) in text.char_indices() {
        let digit = decimal_digit(c).is_some();
        match start {
            None if digit => {
                // A leading `+` or `(` belongs to the number as written.
                let opener = text[..index].ends_with(['+', '(']);
                start = Some(if opener { index - 1 } else { index });
                last_digit_end = index + c.len_utf8();
                separators = 0;
            }
            None => {}
            Some(_) if digit => {
                last_digit_end = index + c.len_utf8();
                separators = 0;
            }
            Some(_) if is_separator(c) && separators < MAX_SEPARATOR_RUN => separators += 1,
            Some(begin) => {
                spans.push(&text[begin..last_digit_end]);
                start = None;
            }
        }
    }
    if let Some(begin) = start {
        spans.push(&text[begin..last_digit_end]);
    }
    spans
}

/// The number as the page writes it, when the page shows one of `channels`' numbers.
pub fn find_number(html: &str, channels: &[Channel]) -> Option<String> {
    let text = page_text(html);
    let numbers: Vec<&Channel> = channels
        .iter()
        .filter(|c| matches!(c.kind, ChannelKind::Phone | ChannelKind::Sms | ChannelKind::Whatsapp))
        .collect();
    number_spans(&text)
        .into_iter()
        .find(|span| numbers.iter().any(|channel| same_contact(span, channel)))
        .map(|span| span.split_whitespace().collect::<Vec<_>>().join(" "))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn phone(value: &str) -> Vec<Channel> {
        vec![Channel {
            kind: ChannelKind::Phone,
            value: value.into(),
            display: value.into(),
            link: String::new(),
            e164: None,
        }]
    }

    #[test]
    fn numbers_are_found_in_the_ways_pages_write_them() {
        let line = phone("0800 111 0 111");
        for page in [
            "<p>Rufen Sie an: 0800 111 0 111</p>",
            "<p>0800/1110111 (kostenfrei)</p>",
            "<a href=\"tel:+498001110111\">anrufen</a>",
            "<p>+49 800 111 0 111</p>",
            "<p>0800&nbsp;111&nbsp;0&nbsp;111</p>",
            "<p>0800&#160;111&#x2011;0&#8209;111</p>",
            "<p>(0800) 111-0-111</p>",
            "<p>0800.111.0.111</p>",
            "<p><b>0800</b> <b>111 0 111</b></p>",
            "<p>０８００－１１１－０１１１</p>",
        ] {
            assert!(find_number(page, &line).is_some(), "{page}");
        }
        assert_eq!(find_number("<p>Tel. (0800) 111-0-111.</p>", &line).as_deref(), Some("(0800) 111-0-111"));
    }

    #[test]
    fn short_codes_are_found_only_on_their_own() {
        let line = phone("116 123");
        assert!(find_number("Call free on 116 123, day or night", &line).is_some());
        assert!(find_number("۱۱۶۱۲۳", &line).is_some(), "Persian digits");
        assert!(find_number("Call 0116 1234 567 for the office", &line).is_none(), "inside a longer number");
        assert!(find_number("Call 116 111 or 116 000", &line).is_none());
        assert!(find_number("116 123 / 116 111", &phone("116 111")).is_some(), "two numbers split at ' / '");
    }

    #[test]
    fn an_absent_number_is_not_found() {
        assert!(find_number("<p>Our number has changed: 0800 222 333</p>", &phone("0800 111 0 111")).is_none());
        assert!(find_number("", &phone("988")).is_none());
    }
}
