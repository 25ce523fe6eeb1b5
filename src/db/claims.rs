//! Reading claims back: one by id, filtered lists, and a streaming walk for export.

use anyhow::Result;
use rusqlite::{OptionalExtension, Row, ToSql};

use super::Db;
use super::reviews::{ReviewRow, review_row};

/// What a claim says, as structured fields: who or what it is about, what happened or was
/// won, how many of what. Shared by claims about to be stored and stored ones.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ClaimFields {
    pub subject: Option<String>,
    pub object: Option<String>,
    pub value: Option<f64>,
    pub value_max: Option<f64>,
    pub unit: Option<String>,
    pub value_text: Option<String>,
    pub approximate: bool,
}

/// A stored claim with its words, its sentence and its current status.
#[derive(Debug, Clone, PartialEq)]
pub struct ClaimRow {
    pub id: i64,
    pub article_id: i64,
    pub kind: String,
    pub text: String,
    pub sentence: String,
    pub start: usize,
    pub end: usize,
    pub sentence_index: usize,
    pub sentence_start: usize,
    pub sentence_end: usize,
    pub fields: ClaimFields,
    pub checkworthiness: Option<f64>,
    pub opinion: Option<f64>,
    pub fingerprint: String,
    pub status: String,
}

/// Which claims to list; `None` means any.
#[derive(Debug, Clone, Default)]
pub struct ClaimFilter {
    pub status: Option<String>,
    pub kind: Option<String>,
    pub article_id: Option<i64>,
    pub limit: Option<usize>,
}

/// The byte slices of the body are cut in SQL (substr on a blob counts bytes).
const SELECT_CLAIM: &str = "SELECT c.id, c.article_id, c.kind,
        CAST(substr(CAST(a.body AS BLOB), c.start + 1, c.end - c.start) AS TEXT),
        CAST(substr(CAST(a.body AS BLOB), c.sentence_start + 1,
                    c.sentence_end - c.sentence_start) AS TEXT),
        c.start, c.end, c.sentence_index, c.sentence_start, c.sentence_end,
        c.subject, c.object, c.value, c.value_max, c.unit, c.value_text, c.approximate,
        c.checkworthiness, c.opinion, c.fingerprint, c.status
    FROM claims c JOIN articles a ON a.id = c.article_id";

/// The columns of `SELECT_CLAIM` with the two texts left empty, for `for_each_claim`.
const WALK_CLAIMS: &str = "SELECT c.id, c.article_id, c.kind, '', '',
        c.start, c.end, c.sentence_index, c.sentence_start, c.sentence_end,
        c.subject, c.object, c.value, c.value_max, c.unit, c.value_text, c.approximate,
        c.checkworthiness, c.opinion, c.fingerprint, c.status
    FROM claims c ORDER BY c.id";

impl Db {
    /// One claim by id.
    pub fn claim(&self, id: i64) -> Result<Option<ClaimRow>> {
        let sql = format!("{SELECT_CLAIM} WHERE c.id = ?1");
        Ok(self.conn.query_row(&sql, [id], claim_row).optional()?)
    }

    /// Claims matching `filter`, in article and text order.
    pub fn claims(&self, filter: &ClaimFilter) -> Result<Vec<ClaimRow>> {
        let mut clauses = Vec::new();
        let mut args: Vec<&dyn ToSql> = Vec::new();
        if let Some(status) = &filter.status {
            clauses.push("c.status = ?");
            args.push(status);
        }
        if let Some(kind) = &filter.kind {
            clauses.push("c.kind = ?");
            args.push(kind);
        }
        if let Some(article_id) = &filter.article_id {
            clauses.push("c.article_id = ?");
            args.push(article_id);
        }
        let mut sql = SELECT_CLAIM.to_string();
        if !clauses.is_empty() {
            sql.push_str(" WHERE ");
            sql.push_str(&clauses.join(" AND "));
        }
        sql.push_str(" ORDER BY c.article_id, c.start, c.id");
        if let Some(limit) = filter.limit {
            sql.push_str(&format!(" LIMIT {limit}"));
        }
        let mut stmt = self.conn.prepare(&sql)?;
        let rows = stmt.query_map(args.as_slice(), claim_row)?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// Calls `each` on every claim in id order without holding them all in memory. The body
    /// of each article is read once and sliced here, not cut in SQL once per claim (at a
    /// million claims that halves the time of an export).
    pub fn for_each_claim(&self, mut each: impl FnMut(ClaimRow) -> Result<()>) -> Result<()> {
        let mut stmt = self.conn.prepare(WALK_CLAIMS)?;
        let mut rows = stmt.query([])?;
        let mut body = (0, String::new());
        while let Some(row) = rows.next()? {
            let mut claim = claim_row(row)?;
            if body.0 != claim.article_id {
                let text = self.article_body(claim.article_id)?.unwrap_or_default();
                body = (claim.article_id, text);
            }
            claim.text = slice(&body.1, claim.start, claim.end);
            claim.sentence = slice(&body.1, claim.sentence_start, claim.sentence_end);
            each(claim)?;
        }
        Ok(())
    }

    /// Calls `each` on every claim in id order with its review history, without holding them
    /// all in memory: one walk over the claims merge-joined with one walk over the reviews
    /// in claim order, rather than a history query per claim.
    pub fn for_each_claim_with_history(
        &self,
        mut each: impl FnMut(ClaimRow, &[ReviewRow]) -> Result<()>,
    ) -> Result<()> {
        let mut reviews = self.conn.prepare(
            "SELECT id, claim_id, verdict, evidence, note, reviewer, created_at
             FROM reviews ORDER BY claim_id, id",
        )?;
        let mut reviews = reviews.query([])?;
        let mut next = reviews.next()?.map(review_row).transpose()?;
        let mut history = Vec::new();
        self.for_each_claim(|claim| {
            history.clear();
            while let Some(review) = next.take_if(|r| r.claim_id <= claim.id) {
                if review.claim_id == claim.id {
                    history.push(review);
                }
                next = reviews.next()?.map(review_row).transpose()?;
            }
            each(claim, &history)
        })
    }
}

/// The bytes `start..end` of `body` (empty if they are not a span of it).
fn slice(body: &str, start: usize, end: usize) -> String {
    body.get(start..end).unwrap_or_default().to_string()
}

fn claim_row(row: &Row<'_>) -> rusqlite::Result<ClaimRow> {
    Ok(ClaimRow {
        id: row.get(0)?,
        article_id: row.get(1)?,
        kind: row.get(2)?,
        text: row.get(3)?,
        sentence: row.get(4)?,
        start: row.get::<_, i64>(5)? as usize,
        end: row.get::<_, i64>(6)? as usize,
        sentence_index: row.get::<_, i64>(7)? as usize,
        sentence_start: row.get::<_, i64>(8)? as usize,
        sentence_end: row.get::<_, i64>(9)? as usize,
        fields: ClaimFields {
            subject: row.get(10)?,
            object: row.get(11)?,
            value: row.get(12)?,
            value_max: row.get(13)?,
            unit: row.get(14)?,
            value_text: row.get(15)?,
            approximate: row.get(16)?,
        },
        checkworthiness: row.get(17)?,
        opinion: row.get(18)?,
        fingerprint: row.get(19)?,
        status: row.get(20)?,
    })
}
