//! The public export: serde types whose field names scripts rely on (documented in README),
//! and one streaming writer per format.

pub mod json;

use serde::Serialize;

use crate::db::{Article, ClaimRow, ReviewRow, Verdict};

/// The export's schema version; bump it when a field changes meaning or goes away.
pub const SCHEMA_VERSION: u32 = 1;

#[derive(Debug, Serialize)]
pub struct ArticleOut<'a> {
    pub id: i64,
    pub title: &'a str,
    pub source: &'a str,
    pub published: Option<&'a str>,
    pub sha256: &'a str,
}

impl<'a> From<&'a Article> for ArticleOut<'a> {
    fn from(a: &'a Article) -> Self {
        ArticleOut {
            id: a.id,
            title: &a.title,
            source: &a.source,
            published: a.published.as_deref(),
            sha256: &a.sha256,
        }
    }
}

#[derive(Debug, Serialize)]
pub struct ReviewOut<'a> {
    pub verdict: &'static str,
    pub evidence: Option<&'a str>,
    pub note: Option<&'a str>,
    pub reviewer: &'a str,
    pub reviewed_at: &'a str,
}

impl<'a> From<&'a ReviewRow> for ReviewOut<'a> {
    fn from(r: &'a ReviewRow) -> Self {
        ReviewOut {
            verdict: r.verdict.as_str(),
            evidence: r.evidence.as_deref(),
            note: r.note.as_deref(),
            reviewer: &r.reviewer,
            reviewed_at: &r.reviewed_at,
        }
    }
}

#[derive(Debug, Serialize)]
pub struct ClaimOut<'a> {
    pub id: i64,
    pub article_id: i64,
    pub kind: &'a str,
    pub text: &'a str,
    pub sentence: &'a str,
    pub start: usize,
    pub end: usize,
    pub subject: Option<&'a str>,
    pub object: Option<&'a str>,
    pub value: Option<f64>,
    pub value_max: Option<f64>,
    pub unit: Option<&'a str>,
    pub value_text: Option<&'a str>,
    pub approximate: bool,
    pub status: &'a str,
    pub review: Option<ReviewOut<'a>>,
    pub history: Vec<ReviewOut<'a>>,
}

impl<'a> ClaimOut<'a> {
    /// A claim with its history; `review` is the latest verdict unless an undo reopened it.
    pub fn new(c: &'a ClaimRow, history: &'a [ReviewRow]) -> Self {
        let review = history
            .last()
            .filter(|r| r.verdict != Verdict::Reopened)
            .map(ReviewOut::from);
        ClaimOut {
            id: c.id,
            article_id: c.article_id,
            kind: &c.kind,
            text: &c.text,
            sentence: &c.sentence,
            start: c.start,
            end: c.end,
            subject: c.fields.subject.as_deref(),
            object: c.fields.object.as_deref(),
            value: c.fields.value,
            value_max: c.fields.value_max,
            unit: c.fields.unit.as_deref(),
            value_text: c.fields.value_text.as_deref(),
            approximate: c.fields.approximate,
            status: &c.status,
            review,
            history: history.iter().map(ReviewOut::from).collect(),
        }
    }
}
