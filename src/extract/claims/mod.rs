//! Claim rules: each looks at one sentence of a [`Doc`] and pushes the checkable claims it
//! finds, with the exact span of the words and structured fields (who, how many, what unit).
//! Pure-opinion sentences match no rule and so yield no claim.

mod award;
mod count;
mod doc;
mod event;
mod measure;
mod prison;
mod quote;
mod release;
#[cfg(test)]
mod tests;

pub use doc::Doc;

use serde::Serialize;

/// What a claim is about.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ClaimKind {
    Count,
    PrisonTerm,
    Award,
    Release,
    Date,
    Duration,
    Money,
    Percent,
    Quote,
    Event,
}

impl ClaimKind {
    pub fn as_str(self) -> &'static str {
        match self {
            ClaimKind::Count => "count",
            ClaimKind::PrisonTerm => "prison_term",
            ClaimKind::Award => "award",
            ClaimKind::Release => "release",
            ClaimKind::Date => "date",
            ClaimKind::Duration => "duration",
            ClaimKind::Money => "money",
            ClaimKind::Percent => "percent",
            ClaimKind::Quote => "quote",
            ClaimKind::Event => "event",
        }
    }
}

/// One checkable claim: `text[start..end]` in sentence number `sentence`.
///
/// Fields by kind: `subject` is who or what the claim is about (a person, the people counted,
/// the speaker of a quote); `object` is what happened or what was won (a count's predicate such
/// as "released", a prize, the agent of a release, an event's action, a date in ISO 8601).
#[derive(Debug, Clone, PartialEq)]
pub struct Claim {
    pub kind: ClaimKind,
    pub start: usize,
    pub end: usize,
    pub sentence: usize,
    pub subject: Option<String>,
    pub object: Option<String>,
    pub value: Option<f64>,
    pub value_max: Option<f64>,
    pub unit: Option<String>,
    pub value_text: Option<String>,
    pub approximate: bool,
}

impl Claim {
    /// A claim of `kind` over `start..end` in `sentence`, with no fields filled in yet.
    pub fn new(kind: ClaimKind, sentence: usize, start: usize, end: usize) -> Claim {
        Claim {
            kind,
            start,
            end,
            sentence,
            subject: None,
            object: None,
            value: None,
            value_max: None,
            unit: None,
            value_text: None,
            approximate: false,
        }
    }
}

/// Every claim in one sentence of `doc`, in text order.
pub fn sentence_claims(doc: &Doc<'_>, sentence: usize) -> Vec<Claim> {
    let mut out = Vec::new();
    let mut used = Vec::new();
    prison::find(doc, sentence, &mut used, &mut out);
    count::find(doc, sentence, &mut out);
    award::find(doc, sentence, &mut out);
    release::find(doc, sentence, &mut out);
    quote::find(doc, sentence, &mut out);
    event::find(doc, sentence, &mut out);
    measure::find(doc, sentence, &used, &mut out);
    out.sort_by_key(|c| (c.start, c.kind, c.end));
    out
}

/// Every claim in the document, in text order.
pub fn all_claims(doc: &Doc<'_>) -> Vec<Claim> {
    (0..doc.sentences.len())
        .flat_map(|s| sentence_claims(doc, s))
        .collect()
}
