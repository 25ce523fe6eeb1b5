//! The public export: serde types whose field names scripts rely on (documented in README
//! and docs/export.md), one streaming writer per format, and the reader of an export.

pub mod claimreview;
pub mod csv;
pub mod json;
pub mod jsonl;
pub mod read;

use anyhow::Result;
use serde::Serialize;

use crate::db::{Article, ClaimRow, Db, ReviewRow, Status, Verdict};
use crate::extract::claims::{Claim, ClaimKind, ClaimType};

/// The export's schema version; bump it when a field changes meaning or goes away.
pub const SCHEMA_VERSION: u32 = 2;

/// The article of each claim in a walk in claim order: read once per run of claims of the
/// same article, as claims come grouped by article.
#[derive(Debug, Default)]
pub struct ArticleCache {
    current: Option<Article>,
}

impl ArticleCache {
    /// The article with this id; an error if it is gone.
    pub fn get(&mut self, db: &Db, article_id: i64) -> Result<&Article> {
        if self.current.as_ref().map(|a| a.id) != Some(article_id) {
            self.current = db.article(article_id)?;
        }
        self.current
            .as_ref()
            .ok_or_else(|| anyhow::anyhow!("article {article_id} has gone"))
    }
}

/// The verdict that stands: the latest of the history, unless an undo reopened the claim.
pub fn standing(history: &[ReviewRow]) -> Option<&ReviewRow> {
    history.last().filter(|r| r.verdict != Verdict::Reopened)
}

/// A claim's fields in the public JSON, the one record every command prints a claim with
/// (`scan`, `list --json`, `show --json`, `export`).
#[derive(Debug, Serialize)]
pub struct ClaimRecord<'a> {
    /// The claim's id: its row id once stored; in `scan`, its 1-based position in the
    /// document. Links refer to claims by this id.
    pub id: i64,
    pub kind: ClaimKind,
    pub claim_type: Option<ClaimType>,
    pub text: &'a str,
    pub start: usize,
    pub end: usize,
    pub claimer: Option<&'a str>,
    pub subject: Option<&'a str>,
    pub object: Option<&'a str>,
    pub value: Option<f64>,
    pub value_max: Option<f64>,
    pub unit: Option<&'a str>,
    pub value_text: Option<&'a str>,
    pub approximate: bool,
    /// The id of the first statement this claim restates.
    pub same_as: Option<i64>,
    /// The id of an earlier claim whose figure this one contradicts.
    pub conflicts_with: Option<i64>,
}

/// A claim's id and the ids its links point to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RecordIds {
    pub id: i64,
    pub same_as: Option<i64>,
    pub conflicts_with: Option<i64>,
}

impl RecordIds {
    /// The ids `scan` gives: 1-based positions in the document's claim list, the claim's
    /// (`index`) and those its links (indices into the same list) point to.
    pub fn in_document(index: usize, claim: &Claim) -> Self {
        let position = |index: usize| index as i64 + 1;
        RecordIds {
            id: position(index),
            same_as: claim.same_as.map(position),
            conflicts_with: claim.conflicts_with.map(position),
        }
    }
}

impl<'a> ClaimRecord<'a> {
    /// The record of `claim`, whose words are `text`, under `ids`.
    pub fn new(ids: RecordIds, claim: &'a Claim, text: &'a str) -> Self {
        ClaimRecord {
            id: ids.id,
            kind: claim.kind,
            claim_type: claim.claim_type,
            text,
            start: claim.start,
            end: claim.end,
            claimer: claim.claimer.as_deref(),
            subject: claim.subject.as_deref(),
            object: claim.object.as_deref(),
            value: claim.value,
            value_max: claim.value_max,
            unit: claim.unit.as_deref(),
            value_text: claim.value_text.as_deref(),
            approximate: claim.approximate,
            same_as: ids.same_as,
            conflicts_with: ids.conflicts_with,
        }
    }
}

/// A stored claim in the public JSON: the claim's record, its article, sentence, status and
/// verdicts.
#[derive(Debug, Serialize)]
pub struct StoredClaimRecord<'a> {
    #[serde(flatten)]
    pub claim: ClaimRecord<'a>,
    pub article_id: i64,
    pub sentence: &'a str,
    pub status: Status,
    pub review: Option<&'a ReviewRow>,
    pub history: &'a [ReviewRow],
}

impl<'a> StoredClaimRecord<'a> {
    /// A claim with its history; `review` is the latest verdict unless an undo reopened it.
    pub fn new(c: &'a ClaimRow, history: &'a [ReviewRow]) -> Self {
        let ids = RecordIds {
            id: c.id,
            same_as: c.same_as,
            conflicts_with: c.conflicts_with,
        };
        StoredClaimRecord {
            claim: ClaimRecord::new(ids, &c.claim, &c.text),
            article_id: c.article_id,
            sentence: &c.sentence,
            status: c.status,
            review: standing(history),
            history,
        }
    }
}
