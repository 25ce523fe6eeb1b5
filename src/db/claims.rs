//! Reading claims back: one by id, filtered lists, and a streaming walk for export. Every
//! query selects the same columns ([`COLUMNS`]) and every row is read by column name.

use anyhow::{Context, Result};
use rusqlite::{OptionalExtension, Row, params_from_iter};

use super::filter::{ClaimFilter, where_sql};
use super::reviews::{REVIEW_COLUMNS, ReviewRow, review_row};
use super::{Db, Status};
use crate::extract::claims::Claim;
use crate::extract::score::Scores;
use crate::extract::sentences::Sentence;

/// A stored claim: the extracted claim with its sentence's span and scores, its words and
/// its sentence as text, its ids, fingerprint and current status.
#[derive(Debug, Clone, PartialEq)]
pub struct ClaimRow {
    pub id: i64,
    pub article_id: i64,
    /// The claim; its `same_as` and `conflicts_with` (indices at extraction) are not kept:
    /// the stored links are the claim ids below.
    pub claim: Claim,
    /// The id of the first statement this claim restates.
    pub same_as: Option<i64>,
    /// The id of the earlier claim whose figure this one contradicts.
    pub conflicts_with: Option<i64>,
    pub sentence_span: Sentence,
    pub scores: Option<Scores>,
    /// The claim's words, `body[claim.start..claim.end]`.
    pub text: String,
    /// The words of `sentence_span`.
    pub sentence: String,
    pub fingerprint: String,
    pub status: Status,
}

/// The stored columns of a claim, as `claim_row` reads them.
const COLUMNS: &str = "c.id, c.article_id, c.kind, c.start, c.end, c.sentence_index,
    c.sentence_start, c.sentence_end, c.subject, c.object, c.value, c.value_max, c.unit,
    c.value_text, c.approximate, c.claimer, c.claim_type, c.same_as, c.conflicts_with,
    c.checkworthiness, c.opinion, c.fingerprint, c.status";

/// The claim's words and sentence, cut in SQL (substr on a blob counts bytes).
const TEXTS: &str = "CAST(substr(CAST(a.body AS BLOB), c.start + 1, c.end - c.start) AS TEXT)
        AS text,
    CAST(substr(CAST(a.body AS BLOB), c.sentence_start + 1, c.sentence_end - c.sentence_start)
        AS TEXT) AS sentence";

pub(super) fn select_with_texts() -> String {
    format!("SELECT {COLUMNS}, {TEXTS} FROM claims c JOIN articles a ON a.id = c.article_id")
}

impl Db {
    /// One claim by id.
    pub fn claim(&self, id: i64) -> Result<Option<ClaimRow>> {
        let sql = format!("{} WHERE c.id = ?1", select_with_texts());
        self.conn
            .query_row(&sql, [id], claim_row)
            .optional()
            .with_context(|| format!("could not read claim {id}"))
    }

    /// Claims matching `filter`, in article and text order, at most `limit` of them.
    pub fn claims(&self, filter: &ClaimFilter, limit: Option<usize>) -> Result<Vec<ClaimRow>> {
        let (clauses, args) = filter.clauses();
        let mut sql = format!(
            "{} {} ORDER BY c.article_id, c.start, c.id",
            select_with_texts(),
            where_sql(&clauses)
        );
        if let Some(limit) = limit {
            sql.push_str(&format!(" LIMIT {limit}"));
        }
        self.rows(&sql, params_from_iter(args), claim_row)
            .context("could not list the claims")
    }

    /// Calls `each` on every claim of `filter` in id order without holding them all in
    /// memory. The body of each article is read once and sliced here, not cut in SQL once
    /// per claim (at a million claims that halves the time of an export).
    pub fn for_each_claim(
        &self,
        filter: &ClaimFilter,
        mut each: impl FnMut(ClaimRow) -> Result<()>,
    ) -> Result<()> {
        let (clauses, args) = filter.clauses();
        let sql = format!(
            "SELECT {COLUMNS}, '' AS text, '' AS sentence FROM claims c {} ORDER BY c.id",
            where_sql(&clauses)
        );
        let mut stmt = self
            .conn
            .prepare(&sql)
            .context("could not read the claims")?;
        let mut rows = stmt
            .query(params_from_iter(args))
            .context("could not read the claims")?;
        let mut body = (0, String::new());
        while let Some(row) = rows.next().context("could not read the claims")? {
            let mut claim = claim_row(row).context("could not read a claim")?;
            if body.0 != claim.article_id {
                let text = self.article_body(claim.article_id)?.unwrap_or_default();
                body = (claim.article_id, text);
            }
            claim.text = slice(&body.1, claim.claim.start, claim.claim.end);
            let span = claim.sentence_span;
            claim.sentence = slice(&body.1, span.start, span.end);
            each(claim)?;
        }
        Ok(())
    }

    /// Calls `each` on every claim of `filter` in id order with its review history, without
    /// holding them all in memory: one walk over the claims merge-joined with one walk over
    /// the reviews in claim order, rather than a history query per claim.
    pub fn for_each_claim_with_history(
        &self,
        filter: &ClaimFilter,
        mut each: impl FnMut(ClaimRow, &[ReviewRow]) -> Result<()>,
    ) -> Result<()> {
        let sql = format!("SELECT {REVIEW_COLUMNS} FROM reviews ORDER BY claim_id, id");
        let mut reviews = self
            .conn
            .prepare(&sql)
            .context("could not read the reviews")?;
        let mut reviews = reviews.query([]).context("could not read the reviews")?;
        let mut next_review = move || -> Result<Option<ReviewRow>> {
            let row = reviews.next().context("could not read the reviews")?;
            Ok(row.map(review_row).transpose()?)
        };
        let mut next = next_review()?;
        let mut history = Vec::new();
        self.for_each_claim(filter, |claim| {
            history.clear();
            while let Some(review) = next.take_if(|r| r.claim_id <= claim.id) {
                if review.claim_id == claim.id {
                    history.push(review);
                }
                next = next_review()?;
            }
            each(claim, &history)
        })
    }
}

/// The bytes `start..end` of `body` (empty if they are not a span of it).
fn slice(body: &str, start: usize, end: usize) -> String {
    body.get(start..end).unwrap_or_default().to_string()
}

/// A byte offset or index column.
fn offset(row: &Row<'_>, column: &str) -> rusqlite::Result<usize> {
    Ok(row.get::<_, i64>(column)?.max(0) as usize)
}

pub(super) fn claim_row(row: &Row<'_>) -> rusqlite::Result<ClaimRow> {
    let mut claim = Claim::new(
        row.get("kind")?,
        offset(row, "sentence_index")?,
        offset(row, "start")?,
        offset(row, "end")?,
    );
    claim.subject = row.get("subject")?;
    claim.object = row.get("object")?;
    claim.value = row.get("value")?;
    claim.value_max = row.get("value_max")?;
    claim.unit = row.get("unit")?;
    claim.value_text = row.get("value_text")?;
    claim.approximate = row.get("approximate")?;
    claim.claimer = row.get("claimer")?;
    claim.claim_type = row.get("claim_type")?;
    let check: Option<f64> = row.get("checkworthiness")?;
    let opinion: Option<f64> = row.get("opinion")?;
    // Stored from f32, so the narrowing is exact.
    let scores = check.zip(opinion).map(|(check, opinion)| Scores {
        checkworthiness: check as f32,
        opinion: opinion as f32,
    });
    Ok(ClaimRow {
        id: row.get("id")?,
        article_id: row.get("article_id")?,
        same_as: row.get("same_as")?,
        conflicts_with: row.get("conflicts_with")?,
        claim,
        sentence_span: Sentence {
            start: offset(row, "sentence_start")?,
            end: offset(row, "sentence_end")?,
        },
        scores,
        text: row.get("text")?,
        sentence: row.get("sentence")?,
        fingerprint: row.get("fingerprint")?,
        status: row.get("status")?,
    })
}
