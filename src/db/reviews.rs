//! The append-only review history. A new verdict never replaces an old row; the claim's
//! `status` column follows the latest row in the same transaction.

use anyhow::{Context, Result, bail};
use rusqlite::{OptionalExtension, Transaction, params};
use serde::Serialize;

use super::{Db, Status, now_rfc3339};
use crate::word_enum::word_enum;

word_enum! {
    /// What a reviewer decided about a claim. `Reopened` records an undo.
    pub enum Verdict {
        Verified = "verified",
        Disputed = "disputed",
        Opinion = "opinion",
        Reopened = "reopened",
    }
}

impl Verdict {
    /// The claim status this verdict leaves behind.
    pub fn status(self) -> Status {
        match self {
            Verdict::Verified => Status::Verified,
            Verdict::Disputed => Status::Disputed,
            Verdict::Opinion => Status::Opinion,
            Verdict::Reopened => Status::Pending,
        }
    }

    /// Verified and disputed must say what they rest on.
    pub fn needs_evidence(self) -> bool {
        matches!(self, Verdict::Verified | Verdict::Disputed)
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

/// One row of a claim's history; serialized as the export's review record (without the ids).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ReviewRow {
    #[serde(skip)]
    pub id: i64,
    #[serde(skip)]
    pub claim_id: i64,
    pub verdict: Verdict,
    pub evidence: Option<String>,
    pub note: Option<String>,
    pub reviewer: String,
    pub reviewed_at: String,
}

/// The columns of a review row, read by name in [`review_row`].
pub(super) const REVIEW_COLUMNS: &str =
    "id, claim_id, verdict, evidence, note, reviewer, created_at";

impl Db {
    /// Records `review` for every claim in `ids`, all or nothing; returns the new row ids.
    /// An unknown id fails the whole call before anything is written.
    pub fn record_reviews(&mut self, ids: &[i64], review: &NewReview) -> Result<Vec<i64>> {
        let tx = self.write("record a verdict")?;
        let mut rows = Vec::with_capacity(ids.len());
        let now = now_rfc3339();
        for &id in ids {
            let exists: Option<i64> = tx
                .query_row("SELECT id FROM claims WHERE id = ?1", [id], |row| {
                    row.get(0)
                })
                .optional()
                .with_context(|| format!("could not read claim {id}"))?;
            if exists.is_none() {
                bail!("no claim with id {id}");
            }
            rows.push(insert_review(&tx, id, review, &now)?);
            set_status(&tx, id, review.verdict.status())?;
        }
        tx.commit().context("could not commit the verdicts")?;
        Ok(rows)
    }

    /// Every verdict on a claim, oldest first.
    pub fn history(&self, claim_id: i64) -> Result<Vec<ReviewRow>> {
        let sql = format!("SELECT {REVIEW_COLUMNS} FROM reviews WHERE claim_id = ?1 ORDER BY id");
        self.rows(&sql, [claim_id], review_row)
            .with_context(|| format!("could not read the history of claim {claim_id}"))
    }
}

/// Appends `review` to the history of claim `id`, given at `at`; returns the new row id.
pub(super) fn insert_review(
    tx: &Transaction<'_>,
    id: i64,
    review: &NewReview,
    at: &str,
) -> Result<i64> {
    tx.prepare_cached(
        "INSERT INTO reviews (claim_id, verdict, evidence, note, reviewer, created_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
    )?
    .execute(params![
        id,
        review.verdict,
        review.evidence,
        review.note,
        review.reviewer,
        at
    ])
    .with_context(|| format!("could not record a verdict on claim {id}"))?;
    Ok(tx.last_insert_rowid())
}

/// Sets the status of claim `id` (to follow its latest verdict).
pub(super) fn set_status(tx: &Transaction<'_>, id: i64, status: Status) -> Result<()> {
    tx.execute(
        "UPDATE claims SET status = ?2 WHERE id = ?1",
        params![id, status],
    )
    .with_context(|| format!("could not update the status of claim {id}"))?;
    Ok(())
}

pub(super) fn review_row(row: &rusqlite::Row<'_>) -> rusqlite::Result<ReviewRow> {
    Ok(ReviewRow {
        id: row.get("id")?,
        claim_id: row.get("claim_id")?,
        verdict: row.get("verdict")?,
        evidence: row.get("evidence")?,
        note: row.get("note")?,
        reviewer: row.get("reviewer")?,
        reviewed_at: row.get("created_at")?,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::db::tests::seeded;

    fn review(verdict: Verdict, evidence: Option<&str>) -> NewReview {
        NewReview {
            verdict,
            evidence: evidence.map(str::to_string),
            note: None,
            reviewer: "ana".to_string(),
        }
    }

    #[test]
    fn verdicts_append_to_the_history_and_set_the_status() {
        let (mut db, ids) = seeded();
        let id = ids[0];
        db.record_reviews(&[id], &review(Verdict::Verified, Some("https://a")))
            .expect("verified");
        db.record_reviews(&[id], &review(Verdict::Reopened, None))
            .expect("reopened");
        let history = db.history(id).expect("history");
        let verdicts: Vec<Verdict> = history.iter().map(|r| r.verdict).collect();
        assert_eq!(verdicts, [Verdict::Verified, Verdict::Reopened]);
        assert_eq!(history[0].evidence.as_deref(), Some("https://a"));
        let claim = db.claim(id).expect("read").expect("exists");
        assert_eq!(claim.status, Status::Pending);
    }

    #[test]
    fn an_unknown_id_writes_nothing() {
        let (mut db, ids) = seeded();
        let err = db
            .record_reviews(&[ids[0], 9999], &review(Verdict::Opinion, None))
            .expect_err("unknown id");
        assert_eq!(err.to_string(), "no claim with id 9999");
        assert!(db.history(ids[0]).expect("history").is_empty());
    }
}
