//! The append-only review history. A new verdict never replaces an old row; the claim's
//! `status` column follows the latest row in the same transaction.

use std::fmt;
use std::str::FromStr;

use anyhow::{Result, bail};
use rusqlite::{OptionalExtension, params};

use super::{Db, now_rfc3339};

/// What a reviewer decided about a claim. `Reopened` records an undo.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Verdict {
    Verified,
    Disputed,
    Opinion,
    Reopened,
}

impl Verdict {
    pub fn as_str(self) -> &'static str {
        match self {
            Verdict::Verified => "verified",
            Verdict::Disputed => "disputed",
            Verdict::Opinion => "opinion",
            Verdict::Reopened => "reopened",
        }
    }

    /// The claim status this verdict leaves behind.
    pub fn status(self) -> &'static str {
        match self {
            Verdict::Reopened => "pending",
            other => other.as_str(),
        }
    }

    /// Verified and disputed must say what they rest on.
    pub fn needs_evidence(self) -> bool {
        matches!(self, Verdict::Verified | Verdict::Disputed)
    }
}

impl fmt::Display for Verdict {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl FromStr for Verdict {
    type Err = anyhow::Error;

    fn from_str(s: &str) -> Result<Verdict> {
        Ok(match s {
            "verified" => Verdict::Verified,
            "disputed" => Verdict::Disputed,
            "opinion" => Verdict::Opinion,
            "reopened" => Verdict::Reopened,
            other => bail!("unknown verdict {other:?}"),
        })
    }
}

/// A verdict about to be recorded.
#[derive(Debug, Clone, PartialEq)]
pub struct NewReview {
    pub verdict: Verdict,
    pub evidence: Option<String>,
    pub note: Option<String>,
    pub reviewer: String,
}

/// One row of a claim's history.
#[derive(Debug, Clone, PartialEq)]
pub struct ReviewRow {
    pub id: i64,
    pub claim_id: i64,
    pub verdict: Verdict,
    pub evidence: Option<String>,
    pub note: Option<String>,
    pub reviewer: String,
    pub reviewed_at: String,
}

impl Db {
    /// Records `review` for every claim in `ids`, all or nothing; returns the new row ids.
    /// An unknown id fails the whole call before anything is written.
    pub fn record_reviews(&mut self, ids: &[i64], review: &NewReview) -> Result<Vec<i64>> {
        let tx = self.conn.transaction()?;
        let mut rows = Vec::with_capacity(ids.len());
        for &id in ids {
            let exists: Option<i64> = tx
                .query_row("SELECT id FROM claims WHERE id = ?1", [id], |row| {
                    row.get(0)
                })
                .optional()?;
            if exists.is_none() {
                bail!("no claim with id {id}");
            }
            tx.execute(
                "INSERT INTO reviews (claim_id, verdict, evidence, note, reviewer, created_at)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
                params![
                    id,
                    review.verdict.as_str(),
                    review.evidence,
                    review.note,
                    review.reviewer,
                    now_rfc3339()
                ],
            )?;
            rows.push(tx.last_insert_rowid());
            tx.execute(
                "UPDATE claims SET status = ?2 WHERE id = ?1",
                params![id, review.verdict.status()],
            )?;
        }
        tx.commit()?;
        Ok(rows)
    }

    /// Every verdict on a claim, oldest first.
    pub fn history(&self, claim_id: i64) -> Result<Vec<ReviewRow>> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT id, claim_id, verdict, evidence, note, reviewer, created_at
             FROM reviews WHERE claim_id = ?1 ORDER BY id",
        )?;
        let rows = stmt.query_map([claim_id], review_row)?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }
}

pub(super) fn review_row(row: &rusqlite::Row<'_>) -> rusqlite::Result<ReviewRow> {
    let verdict: String = row.get(2)?;
    let verdict = verdict.parse().map_err(|err: anyhow::Error| {
        rusqlite::Error::FromSqlConversionFailure(2, rusqlite::types::Type::Text, err.into())
    })?;
    Ok(ReviewRow {
        id: row.get(0)?,
        claim_id: row.get(1)?,
        verdict,
        evidence: row.get(3)?,
        note: row.get(4)?,
        reviewer: row.get(5)?,
        reviewed_at: row.get(6)?,
    })
}
