//! The domain: what Haven knows, independent of HTTP and of any language.
//! Text a reader sees is never stored here, only the Fluent message ids that carry it.

use chrono::NaiveDate;

use super::evidence::{Assessment, LineEvidence, Listing, StatedDate};
use super::ids::{CountryCode, Slug};

/// The id of a Fluent message, checked by the loader to exist in the `en` locale.
pub type MessageId = String;

#[derive(Debug, Clone)]
pub struct Article {
    pub slug: Slug,
    pub order: u32,
    pub reading_minutes: u32,
    pub tags: Vec<Slug>,
    pub review: Review,
    pub updated: NaiveDate,
    /// Articles about medicines carry the prescriber warning; the loader enforces it.
    pub medication: bool,
    pub sources: Vec<Slug>,
    pub related_articles: Vec<Slug>,
    pub strategies: Vec<Slug>,
    pub faqs: Vec<Slug>,
    pub blocks: Vec<Block>,
}

impl Article {
    pub fn title_message(&self) -> MessageId {
        format!("article-{}-title", self.slug)
    }

    pub fn summary_message(&self) -> MessageId {
        format!("article-{}-summary", self.slug)
    }
}

/// One piece of an article body. Structured rather than HTML so a mobile app can
/// render it with native components.
#[derive(Debug, Clone, PartialEq, Eq, serde::Deserialize)]
#[serde(tag = "type", rename_all = "lowercase", deny_unknown_fields)]
pub enum Block {
    Heading { text: MessageId },
    Paragraph { text: MessageId },
    List { style: ListStyle, items: Vec<MessageId> },
    Callout { tone: CalloutTone, text: MessageId },
}

impl Block {
    /// Every message this block needs, in reading order.
    pub fn messages(&self) -> impl Iterator<Item = &MessageId> {
        let (single, many): (Option<&MessageId>, &[MessageId]) = match self {
            Block::Heading { text } | Block::Paragraph { text } | Block::Callout { text, .. } => (Some(text), &[]),
            Block::List { items, .. } => (None, items),
        };
        single.into_iter().chain(many.iter())
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Deserialize, serde::Serialize, utoipa::ToSchema)]
#[serde(rename_all = "lowercase")]
pub enum ListStyle {
    Bullet,
    Numbered,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Deserialize, serde::Serialize, utoipa::ToSchema)]
#[serde(rename_all = "lowercase")]
pub enum CalloutTone {
    Info,
    Warning,
    Help,
}

/// A message whose meaning must be exactly the same in every language.
#[derive(Debug, Clone, serde::Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SafetyMessage {
    pub id: MessageId,
    /// When the English text last changed; translations reviewed before need review again.
    pub changed: NaiveDate,
}

/// Who last reviewed a piece of content, and when it is due again. The role is honest:
/// nothing is "clinical" unless a clinician reviewed it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Review {
    pub reviewed: NaiveDate,
    pub next_review: NaiveDate,
    pub reviewer: ReviewerRole,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Deserialize, serde::Serialize, utoipa::ToSchema)]
#[serde(rename_all = "lowercase")]
pub enum ReviewerRole {
    /// Checked against its sources by an editor; not yet by a clinician.
    Editorial,
    /// Reviewed by a named, qualified clinician.
    Clinical,
}

impl ReviewerRole {
    /// The message that says who reviewed, in the reader's language.
    pub fn label_message(self) -> &'static str {
        match self {
            ReviewerRole::Editorial => "review-editorial",
            ReviewerRole::Clinical => "review-clinical",
        }
    }
}

#[derive(Debug, Clone)]
pub struct Strategy {
    pub id: Slug,
    pub order: u32,
    pub evidence: Evidence,
    /// What the text, its evidence rating and its cautions rest on.
    pub sources: Vec<Slug>,
    /// When true, the strategy has a caution message a reader must see.
    pub caution: bool,
    pub tags: Vec<Slug>,
    pub review: Review,
}

impl Strategy {
    pub fn message(&self, part: &str) -> MessageId {
        format!("strategy-{}-{part}", self.id)
    }

    /// The parts every strategy has, plus `caution` where flagged.
    pub fn required_messages(&self) -> Vec<MessageId> {
        let mut parts = vec!["title", "how", "why"];
        if self.caution {
            parts.push("caution");
        }
        parts.into_iter().map(|part| self.message(part)).collect()
    }
}

/// How well supported a strategy is. `Limited` is shown so readers can weigh it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Deserialize, serde::Serialize, utoipa::ToSchema)]
#[serde(rename_all = "lowercase")]
pub enum Evidence {
    Moderate,
    Limited,
    /// No good evidence yet; shown as such.
    None,
}

#[derive(Debug, Clone)]
pub struct Faq {
    pub id: Slug,
    pub order: u32,
    pub related_articles: Vec<Slug>,
    /// What the answer's facts rest on.
    pub sources: Vec<Slug>,
    pub review: Review,
}

impl Faq {
    pub fn question_message(&self) -> MessageId {
        format!("faq-{}-question", self.id)
    }

    pub fn answer_message(&self) -> MessageId {
        format!("faq-{}-answer", self.id)
    }
}

/// A publication content is based on. Titles stay in the publication's own language.
#[derive(Debug, Clone, serde::Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Source {
    pub id: Slug,
    pub title: String,
    pub publisher: String,
    pub url: String,
    /// The date the publication states; `None` where it states none.
    #[serde(default)]
    pub published: Option<StatedDate>,
    /// The day it was read for Haven.
    pub accessed: NaiveDate,
    pub kind: SourceKind,
    /// What the content takes from it, in our words: for reviewers, not served.
    #[serde(rename = "supports")]
    pub _supports: Vec<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Deserialize, serde::Serialize, utoipa::ToSchema)]
#[serde(rename_all = "kebab-case")]
pub enum SourceKind {
    Guideline,
    Regulator,
    Review,
    Study,
    HealthService,
}

/// Everything Haven knows about getting help in one country.
#[derive(Debug, Clone)]
pub struct Country {
    pub code: CountryCode,
    pub emergency: EmergencyNumbers,
    pub lines: Vec<Hotline>,
    /// How many searches for its lines the file records (`[[searches]]`).
    pub searches_recorded: usize,
}

impl Country {
    /// Lines Haven serves (`docs/directory.md`); the others are kept for the record and for
    /// re-verification.
    pub fn active_lines(&self) -> impl Iterator<Item = &Hotline> {
        self.lines.iter().filter(|line| line.assessment.served())
    }
}

/// Emergency numbers as the sources give them. Lists are empty where no source says.
#[derive(Debug, Clone, serde::Deserialize)]
#[serde(deny_unknown_fields)]
pub struct EmergencyNumbers {
    #[serde(default)]
    pub general: Vec<String>,
    #[serde(default)]
    pub police: Vec<String>,
    #[serde(default)]
    pub ambulance: Vec<String>,
    #[serde(default)]
    pub fire: Vec<String>,
    pub confidence: Confidence,
    /// Which sources state the numbers, in the reference data's words.
    pub basis: String,
    /// A disagreement between sources or a number only one source gives.
    #[serde(default)]
    pub note: Option<String>,
    pub sources: Vec<String>,
}

#[derive(Debug, Clone)]
pub struct Hotline {
    pub id: Slug,
    /// The service's own name, never translated; `None` where no source recorded it.
    pub name: Option<String>,
    /// A maintainer's decision (superseded, withdrawn); most lines are judged by evidence.
    pub listing: Listing,
    /// The id of the line that replaced this one, for superseded lines.
    pub replaced_by: Option<Slug>,
    /// A national crisis or suicide line; these are listed first.
    pub national: bool,
    pub topics: Vec<Topic>,
    pub channels: Vec<Channel>,
    pub hours: Hours,
    pub languages: Vec<String>,
    pub free: Option<bool>,
    /// Every page read about the line, in the file's order.
    pub evidence: Vec<LineEvidence>,
    /// The operator's page that shows the number, for `haven verify`.
    pub check_url: Option<String>,
    /// What the evidence adds up to on the day the snapshot was loaded.
    pub assessment: Assessment,
}

impl Hotline {
    /// A hand-written description; where it does not exist the server composes one.
    pub fn description_message(&self) -> MessageId {
        format!("hotline-{}", self.id)
    }

    /// The page to cite first: the newest confirming official page, else the newest
    /// confirming page, else the first one listed.
    pub fn primary_evidence(&self) -> Option<&LineEvidence> {
        let confirming = || self.evidence.iter().filter(|e| e.confirms(&self.channels));
        let newest = |e: &&LineEvidence| e.observed.as_ref().map(|d| d.first_day());
        confirming()
            .filter(|e| e.publisher.is_official())
            .max_by_key(newest)
            .or_else(|| confirming().max_by_key(newest))
            .or_else(|| self.evidence.first())
    }
}

/// How far a fact can be trusted; for lines, computed from their evidence (`evidence::assess`).
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, serde::Deserialize, serde::Serialize, utoipa::ToSchema,
)]
#[serde(rename_all = "lowercase")]
pub enum Confidence {
    Low,
    Medium,
    High,
}

/// The fixed vocabulary of what a line helps with.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Deserialize, serde::Serialize, utoipa::ToSchema)]
#[serde(rename_all = "kebab-case")]
pub enum Topic {
    Suicide,
    Crisis,
    Depression,
    SelfHarm,
    DomesticViolence,
    SexualAbuse,
    Lgbtq,
    Youth,
    Children,
    Veterans,
    SubstanceUse,
    Seniors,
    EmotionalSupport,
}

impl Topic {
    /// The word used in the data, the API and Fluent selectors (`self-harm`).
    pub fn as_word(self) -> &'static str {
        match self {
            Topic::Suicide => "suicide",
            Topic::Crisis => "crisis",
            Topic::Depression => "depression",
            Topic::SelfHarm => "self-harm",
            Topic::DomesticViolence => "domestic-violence",
            Topic::SexualAbuse => "sexual-abuse",
            Topic::Lgbtq => "lgbtq",
            Topic::Youth => "youth",
            Topic::Children => "children",
            Topic::Veterans => "veterans",
            Topic::SubstanceUse => "substance-use",
            Topic::Seniors => "seniors",
            Topic::EmotionalSupport => "emotional-support",
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, serde::Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Channel {
    pub kind: ChannelKind,
    /// The value as dialled, texted or visited locally, exactly as the source gives it.
    pub value: String,
    /// A tidy form for display.
    pub display: String,
    /// A `tel:`, `sms:` or `https:` link.
    pub link: String,
    /// The international form, only where the number can be dialled from abroad.
    #[serde(default)]
    pub e164: Option<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Deserialize, serde::Serialize, utoipa::ToSchema)]
#[serde(rename_all = "lowercase")]
pub enum ChannelKind {
    Phone,
    Sms,
    Chat,
    Whatsapp,
    Web,
    Email,
}

/// When a line answers. `Unknown` is honest: many sources do not say.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Hours {
    Always,
    Unknown,
    /// Opening times in the line's own time zone.
    Weekly {
        timezone: chrono_tz::Tz,
        slots: Vec<WeeklySlot>,
    },
}

/// Open from `open` to `close` (minutes after midnight, local time) on each of `days`.
/// A slot whose `close` is not after `open` runs past midnight into the next day.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WeeklySlot {
    pub days: Vec<chrono::Weekday>,
    pub open_minute: u16,
    pub close_minute: u16,
}
