//! Merging another reviewer's verdicts: claims are matched by fingerprint (the same article
//! text, kind and span), every verdict joins the history with its reviewer and time, none is
//! replaced, and a verdict already here is not added twice. One `BEGIN IMMEDIATE`
//! transaction: an import is whole or not at all.

use anyhow::{Context, Result};
use rusqlite::{OptionalExtension, Transaction, params};

use super::identity::fingerprint;
use super::reviews::{insert_review, set_status};
use super::{Db, NewReview, Verdict};
use crate::extract::claims::{Claim, ClaimKind};

/// A claim of an export, as far as matching needs it, and its history there.
#[derive(Debug, Clone, PartialEq)]
pub struct ImportedClaim {
    pub article_sha256: String,
    pub kind: ClaimKind,
    pub start: usize,
    pub end: usize,
    pub history: Vec<ImportedReview>,
}

/// One verdict of an exported history and when it was given (as the database stores times).
#[derive(Debug, Clone, PartialEq)]
pub struct ImportedReview {
    pub review: NewReview,
    pub reviewed_at: String,
}

/// What an import did.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct ImportReport {
    /// Claims of the file found here, and not found.
    pub matched: usize,
    pub unmatched: usize,
    /// Verdicts added to a history, and verdicts that were there already.
    pub added: usize,
    pub present: usize,
}

impl Db {
    /// Adds the verdicts of `claims` that are not here yet to the histories of the claims
    /// with the same fingerprint; a claim's status then follows its latest verdict, as after
    /// `record_reviews`. Nothing is written unless everything is.
    pub fn import_reviews(&mut self, claims: &[ImportedClaim]) -> Result<ImportReport> {
        let tx = self.write("import verdicts")?;
        let mut report = ImportReport::default();
        for claim in claims {
            let key = Claim::new(claim.kind, 0, claim.start, claim.end);
            let print = fingerprint(&claim.article_sha256, &key);
            let id: Option<i64> = tx
                .prepare_cached("SELECT id FROM claims WHERE fingerprint = ?1")?
                .query_row([&print], |row| row.get(0))
                .optional()
                .context("could not look up a claim")?;
            let Some(id) = id else {
                report.unmatched += 1;
                continue;
            };
            report.matched += 1;
            let added = merge_history(&tx, id, &claim.history)?;
            report.added += added;
            report.present += claim.history.len() - added;
            if added > 0 {
                follow_latest(&tx, id)?;
            }
        }
        tx.commit()
            .context("could not commit the imported verdicts")?;
        Ok(report)
    }
}

/// Appends the verdicts of `history` that claim `id` does not have yet; returns how many.
fn merge_history(tx: &Transaction<'_>, id: i64, history: &[ImportedReview]) -> Result<usize> {
    let mut added = 0;
    for ImportedReview {
        review,
        reviewed_at,
    } in history
    {
        let present: Option<i64> = tx
            .prepare_cached(
                "SELECT id FROM reviews WHERE claim_id = ?1 AND verdict = ?2 AND reviewer = ?3
                 AND created_at = ?4 AND evidence IS ?5 AND note IS ?6",
            )?
            .query_row(
                params![
                    id,
                    review.verdict,
                    review.reviewer,
                    reviewed_at,
                    review.evidence,
                    review.note
                ],
                |row| row.get(0),
            )
            .optional()
            .with_context(|| format!("could not read the history of claim {id}"))?;
        if present.is_some() {
            continue;
        }
        insert_review(tx, id, review, reviewed_at)?;
        added += 1;
    }
    Ok(added)
}

/// Sets the claim's status from its latest verdict (the last one recorded here).
fn follow_latest(tx: &Transaction<'_>, id: i64) -> Result<()> {
    let latest: Verdict = tx
        .query_row(
            "SELECT verdict FROM reviews WHERE claim_id = ?1 ORDER BY id DESC LIMIT 1",
            [id],
            |row| row.get(0),
        )
        .with_context(|| format!("could not read the history of claim {id}"))?;
    set_status(tx, id, latest.status())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::db::tests::{BODY, seeded};
    use crate::db::{Status, identity::article_sha256};

    fn imported(start: usize, end: usize, reviews: &[(Verdict, &str, &str)]) -> ImportedClaim {
        ImportedClaim {
            article_sha256: article_sha256(BODY),
            kind: ClaimKind::Count,
            start,
            end,
            history: reviews
                .iter()
                .map(|&(verdict, reviewer, at)| ImportedReview {
                    review: NewReview {
                        verdict,
                        evidence: Some("https://e".to_string()),
                        note: None,
                        reviewer: reviewer.to_string(),
                    },
                    reviewed_at: at.to_string(),
                })
                .collect(),
        }
    }

    #[test]
    fn verdicts_join_the_history_once() {
        let (mut db, ids) = seeded();
        let file = [
            imported(
                18,
                31,
                &[(Verdict::Disputed, "bob", "2025-12-14T10:00:00Z")],
            ),
            imported(0, 5, &[(Verdict::Verified, "bob", "2025-12-14T10:00:00Z")]),
        ];
        let first = db.import_reviews(&file).expect("import");
        let want = ImportReport {
            matched: 1,
            unmatched: 1,
            added: 1,
            present: 0,
        };
        assert_eq!(first, want);
        let again = db.import_reviews(&file).expect("import again");
        assert_eq!((again.added, again.present), (0, 1));
        let history = db.history(ids[0]).expect("history");
        assert_eq!(history.len(), 1);
        assert_eq!(history[0].reviewer, "bob");
        assert_eq!(history[0].reviewed_at, "2025-12-14T10:00:00Z");
        let claim = db.claim(ids[0]).expect("read").expect("exists");
        assert_eq!(claim.status, Status::Disputed);
    }
}
