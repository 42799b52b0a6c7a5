//! The widget's page, rendered on the server from the same localized data the API serves,
//! so it works with no JavaScript and shows a person the same lines in the same order.

use std::fmt::Write;

use fluent_bundle::FluentArgs;

use crate::api::text::Localizer;
use crate::api::wire::directory::{ChannelResponse, CountryHotlinesResponse, HotlineResponse};
use crate::content::l10n::Direction;
use crate::content::model::ChannelKind;

/// Lines shown before "more crisis lines": enough to choose, few enough to read in distress.
pub const LINES_SHOWN: usize = 2;

/// Escapes text for HTML element content and quoted attribute values.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            _ => out.push(c),
        }
    }
    out
}

pub struct PageRequest<'a> {
    /// The country's lines; `None` when the request named no country Haven knows, and the
    /// panel shows the international fallback and "call your local emergency number".
    pub country: Option<&'a CountryHotlinesResponse>,
    /// The international fallback, for a panel without a country.
    pub international: &'a [HotlineResponse],
    pub show_all: bool,
    /// The link to this page with every line (same country and locale).
    pub more_href: String,
    /// Why the partner's request could not be answered for a country (a problem `code`),
    /// for the embed script to report to the partner; absent when all is well.
    pub error: Option<&'static str>,
}

pub fn render_page(localizer: &Localizer, page: &PageRequest) -> String {
    let text = |id: &str| escape(&localizer.plain(id, None));
    let locale = localizer.primary_tag();
    let direction = match localizer.catalog.locales.get(localizer.primary_index()).meta.direction {
        Direction::Ltr => "ltr",
        Direction::Rtl => "rtl",
    };
    let title = text("widget-title");
    let mut html = String::with_capacity(8 * 1024);
    let error = page.error.map(|code| format!(" data-error=\"{}\"", escape(code))).unwrap_or_default();
    let place = match page.country {
        Some(country) => escape(&country.name),
        None => text("widget-no-country"),
    };
    let _ = writeln!(
        html,
        "<!doctype html>\n<html lang=\"{lang}\" dir=\"{direction}\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>{title}</title>\n\
         <link rel=\"stylesheet\" href=\"/widget.css\">\n<script src=\"/widget-frame.js\" defer></script>\n</head>\n<body>\n\
         <main class=\"haven-widget\" data-testid=\"haven-widget\"{error}>\n<h1 data-testid=\"title\">{title}</h1>\n\
         <p class=\"country\" data-testid=\"country-name\">{place}</p>\n<p class=\"danger\">{danger}</p>",
        lang = escape(&locale),
        danger = text("widget-danger"),
    );
    if let Some(country) = page.country {
        render_emergency(&mut html, localizer, country);
    } else {
        let _ = writeln!(
            html,
            "<section data-testid=\"emergency\" class=\"emergency\">\n<h2>{}</h2>\n<p data-testid=\"local-emergency\">{}</p>\n</section>",
            text("widget-emergency-heading"),
            text("widget-call-local-emergency"),
        );
    }
    let (lines, uses_fallback) = match page.country {
        Some(country) => (country.lines.as_slice(), country.uses_international_fallback),
        None => (page.international, true),
    };
    let shown = if page.show_all { lines.len() } else { lines.len().min(LINES_SHOWN) };
    let _ = writeln!(html, "<h2>{}</h2>", text("widget-lines-heading"));
    if uses_fallback {
        let _ = writeln!(html, "<p class=\"note\" data-testid=\"fallback-note\">{}</p>", text("widget-fallback-note"));
    }
    html.push_str("<ul data-testid=\"lines\">\n");
    for line in &lines[..shown] {
        render_line(&mut html, localizer, line);
    }
    html.push_str("</ul>\n");
    if shown < lines.len() {
        let _ = writeln!(
            html,
            "<a class=\"more\" data-testid=\"more-lines\" href=\"{}\">{}</a>",
            escape(&page.more_href),
            text("widget-more-lines")
        );
    }
    let _ = writeln!(
        html,
        "<p class=\"disclaimer\" data-testid=\"disclaimer\">{}</p>\n<p class=\"source\">{}</p>\n</main>\n</body>\n</html>",
        text("disclaimer"),
        text("widget-about"),
    );
    html
}

fn render_emergency(html: &mut String, localizer: &Localizer, country: &CountryHotlinesResponse) {
    let emergency = &country.emergency;
    let services = [
        ("widget-emergency-general", &emergency.general),
        ("widget-emergency-police", &emergency.police),
        ("widget-emergency-ambulance", &emergency.ambulance),
        ("widget-emergency-fire", &emergency.fire),
    ];
    let _ = writeln!(
        html,
        "<section data-testid=\"emergency\" class=\"emergency\">\n<h2>{}</h2>\n<ul>",
        escape(&localizer.plain("widget-emergency-heading", None))
    );
    for (label_id, numbers) in services {
        for number in numbers.iter() {
            let mut args = FluentArgs::new();
            args.set("number", isolate(number));
            let label = localizer.plain(label_id, Some(&args));
            let _ = writeln!(
                html,
                "<li><a class=\"button emergency-number\" data-testid=\"emergency-number\" href=\"tel:{}\">{}</a></li>",
                escape(&dial_string(number)),
                escape(&label)
            );
        }
    }
    html.push_str("</ul>\n</section>\n");
}

fn render_line(html: &mut String, localizer: &Localizer, line: &HotlineResponse) {
    let status = match (line.open_now, &line.hours) {
        (Some(true), crate::api::wire::directory::HoursResponse::Always) => ("open", "widget-open-always"),
        (Some(true), _) => ("open", "widget-open-now"),
        (Some(false), _) => ("closed", "widget-closed-now"),
        (None, _) => ("unknown", "widget-hours-unknown"),
    };
    let _ = writeln!(
        html,
        "<li class=\"line\" data-testid=\"line\">\n<h3 data-testid=\"line-name\" dir=\"auto\">{name}</h3>\n\
         <p data-testid=\"line-description\" dir=\"auto\">{description}</p>\n\
         <p class=\"status {class}\" data-testid=\"open-status\">{status}</p>\n<div class=\"channels\">",
        name = escape(&line.name),
        description = escape(&line.description),
        class = status.0,
        status = escape(&localizer.plain(status.1, None)),
    );
    for channel in &line.channels {
        render_channel(html, localizer, channel);
    }
    html.push_str("</div>\n</li>\n");
}

fn render_channel(html: &mut String, localizer: &Localizer, channel: &ChannelResponse) {
    let (label_id, external) = match channel.kind {
        ChannelKind::Phone => ("widget-call", false),
        ChannelKind::Sms => ("widget-text", false),
        ChannelKind::Whatsapp => ("widget-whatsapp", true),
        ChannelKind::Chat => ("widget-chat", true),
        ChannelKind::Web => ("widget-website", true),
        ChannelKind::Email => ("widget-email", false),
    };
    let mut args = FluentArgs::new();
    args.set("value", isolate(&channel.display));
    let label = localizer.plain(label_id, Some(&args));
    let class = if channel.kind == ChannelKind::Phone { "button" } else { "button secondary" };
    // Websites open outside the small frame, and say so to screen readers; calls and
    // texts go to the device.
    let (target, new_tab) = if external {
        (
            " target=\"_blank\" rel=\"noopener noreferrer\"",
            format!("<span class=\"visually-hidden\"> {}</span>", escape(&localizer.plain("widget-new-tab", None))),
        )
    } else {
        ("", String::new())
    };
    let _ = writeln!(
        html,
        "<a class=\"{class}\" data-testid=\"channel\" href=\"{}\"{target}>{}{new_tab}</a>",
        escape(&channel.link),
        escape(&label)
    );
}

/// Wraps a number in left-to-right isolation marks, so "116 123" keeps its digit groups
/// in order inside right-to-left text.
fn isolate(number: &str) -> String {
    format!("\u{2066}{number}\u{2069}")
}

/// Digits (and a leading `+`, `*` or `#` code) of a number, for a `tel:` link.
fn dial_string(number: &str) -> String {
    number.chars().filter(|c| c.is_ascii_digit() || matches!(c, '+' | '*' | '#')).collect()
}

/// Messages the widget shows; the loader checks each exists in `en`.
pub const MESSAGES: [&str; 23] = [
    "widget-no-country",
    "widget-call-local-emergency",
    "widget-new-tab",
    "widget-title",
    "widget-danger",
    "widget-emergency-heading",
    "widget-emergency-general",
    "widget-emergency-police",
    "widget-emergency-ambulance",
    "widget-emergency-fire",
    "widget-lines-heading",
    "widget-fallback-note",
    "widget-open-always",
    "widget-open-now",
    "widget-closed-now",
    "widget-hours-unknown",
    "widget-call",
    "widget-text",
    "widget-whatsapp",
    "widget-chat",
    "widget-website",
    "widget-email",
    "widget-more-lines",
];

/// Also shown by the widget.
pub const ABOUT_MESSAGE: &str = "widget-about";

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn html_special_characters_are_escaped() {
        assert_eq!(
            escape("<a href=\"x\">Tom & Jerry's</a>"),
            "&lt;a href=&quot;x&quot;&gt;Tom &amp; Jerry&#39;s&lt;/a&gt;"
        );
    }

    #[test]
    fn dial_strings_keep_only_what_a_phone_dials() {
        assert_eq!(dial_string("116 123"), "116123");
        assert_eq!(dial_string("*4141"), "*4141");
        assert_eq!(dial_string("+44 20 7946 0000"), "+442079460000");
    }
}
