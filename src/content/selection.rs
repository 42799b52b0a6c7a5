//! Choosing and ordering a country's crisis lines for one question.

use chrono::{DateTime, Utc};

use super::model::{ChannelKind, Confidence, Country, Hotline, Topic};

/// What a client asked for. Every field narrows the answer; `None` means "any".
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct LineFilter {
    pub topic: Option<Topic>,
    pub channel: Option<ChannelKind>,
    /// A primary language subtag, compared case-insensitively (`es` matches `es-MX`).
    pub language: Option<String>,
    /// Only lines known to be open at the evaluation instant.
    pub open_now: bool,
    pub min_confidence: Option<Confidence>,
}

impl LineFilter {
    /// `at` is the instant for `open_now`; without one, `open_now` matches nothing.
    pub fn accepts(&self, line: &Hotline, at: Option<DateTime<Utc>>) -> bool {
        self.topic.is_none_or(|topic| line.topics.contains(&topic))
            && self.channel.is_none_or(|kind| line.channels.iter().any(|c| c.kind == kind))
            && self.language.as_deref().is_none_or(|wanted| line.languages.iter().any(|l| same_language(l, wanted)))
            && (!self.open_now || at.and_then(|at| line.hours.is_open_at(at)) == Some(true))
            && self.min_confidence.is_none_or(|minimum| line.assessment.confidence >= minimum)
    }
}

impl LineFilter {
    /// Each filter that is set, as `name=value` and as a filter of that one condition, so a
    /// caller can say which of them some lines do not meet.
    pub fn conditions(&self) -> Vec<(String, LineFilter)> {
        let mut conditions = Vec::new();
        let none = LineFilter::default();
        if let Some(topic) = self.topic {
            conditions.push((format!("topic={}", topic.as_word()), LineFilter { topic: Some(topic), ..none.clone() }));
        }
        if let Some(channel) = self.channel {
            let word = match channel {
                ChannelKind::Phone => "phone",
                ChannelKind::Sms => "sms",
                ChannelKind::Chat => "chat",
                ChannelKind::Whatsapp => "whatsapp",
                ChannelKind::Web => "web",
                ChannelKind::Email => "email",
            };
            conditions.push((format!("channel={word}"), LineFilter { channel: Some(channel), ..none.clone() }));
        }
        if let Some(language) = &self.language {
            conditions.push((
                format!("language={language}"),
                LineFilter { language: Some(language.clone()), ..none.clone() },
            ));
        }
        if self.open_now {
            conditions.push(("open_now=true".to_owned(), LineFilter { open_now: true, ..none.clone() }));
        }
        if let Some(minimum) = self.min_confidence {
            let word = match minimum {
                Confidence::Low => "low",
                Confidence::Medium => "medium",
                Confidence::High => "high",
            };
            conditions.push((format!("min_confidence={word}"), LineFilter { min_confidence: Some(minimum), ..none }));
        }
        conditions
    }
}

fn same_language(spoken: &str, wanted: &str) -> bool {
    let primary = |tag: &str| tag.split('-').next().unwrap_or("").to_ascii_lowercase();
    spoken.eq_ignore_ascii_case(wanted) || primary(spoken) == primary(wanted)
}

/// The country's served lines that pass `filter`, in the order a person should see them:
/// national crisis and suicide lines first, then lines open at `at` (24/7 among them), then
/// the rest. Without an instant (an offline bundle), 24/7 lines come second. Within each of
/// these ranks, stale lines (no confirmation in 24 months) come after fresh ones. The sort
/// is stable, so the data's own order breaks ties.
pub fn select_lines<'c>(country: &'c Country, filter: &LineFilter, at: Option<DateTime<Utc>>) -> Vec<&'c Hotline> {
    let mut lines: Vec<&Hotline> = country.active_lines().filter(|line| filter.accepts(line, at)).collect();
    lines.sort_by_key(|line| (priority(line, at), line.assessment.stale));
    lines
}

fn priority(line: &Hotline, at: Option<DateTime<Utc>>) -> u8 {
    let national_crisis =
        line.national && (line.topics.contains(&Topic::Suicide) || line.topics.contains(&Topic::Crisis));
    if national_crisis {
        0
    } else if at.map_or(line.hours.is_always_open(), |at| line.hours.is_open_at(at) == Some(true)) {
        1
    } else {
        2
    }
}
