//! Where reviewers disagree. A reviewer's current verdict on a claim is their latest one
//! (an undo withdraws it); a claim is in conflict when the current verdicts of two reviewers
//! differ. `review --conflicts` shows a reviewer the conflicts on which they have not had the
//! last word: a verdict recorded here after the others settles the claim for them.

use anyhow::{Context, Result};
use rusqlite::types::Value;

use super::{Db, Verdict};

/// Each reviewer's current verdict on each claim, as rows `claim_id, reviewer, verdict`.
const CURRENT: &str = "SELECT claim_id, reviewer, verdict FROM reviews
    WHERE id IN (SELECT max(id) FROM reviews GROUP BY claim_id, reviewer)
      AND verdict <> 'reopened'";

/// The clause over claims `c` that keeps the conflicts `reviewer` has not settled, and its
/// argument. The disagreeing claims are found once per query, not once per claim.
pub(super) fn unsettled_by(reviewer: &str) -> (String, Value) {
    let clause = format!(
        "c.id IN (SELECT claim_id FROM ({CURRENT}) GROUP BY claim_id
                  HAVING count(DISTINCT verdict) > 1)
         AND NOT EXISTS (SELECT 1 FROM reviews l
             WHERE l.id = (SELECT max(id) FROM reviews WHERE claim_id = c.id)
               AND l.reviewer = ? AND l.verdict <> 'reopened')"
    );
    (clause, Value::Text(reviewer.to_string()))
}

/// One reviewer's current verdict on one claim.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CurrentVerdict {
    pub claim_id: i64,
    pub reviewer: String,
    pub verdict: Verdict,
}

impl Db {
    /// Every reviewer's current verdict on one claim (`Some`) or on every claim, by claim id,
    /// then in the order they were given.
    pub fn current_verdicts(&self, claim_id: Option<i64>) -> Result<Vec<CurrentVerdict>> {
        let sql = format!("{CURRENT} AND (?1 IS NULL OR claim_id = ?1) ORDER BY claim_id, id");
        self.rows(&sql, [claim_id], |row| {
            Ok(CurrentVerdict {
                claim_id: row.get("claim_id")?,
                reviewer: row.get("reviewer")?,
                verdict: row.get("verdict")?,
            })
        })
        .context("could not read the reviewers' verdicts")
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::db::tests::seeded;
    use crate::db::{Holder, NewReview, Queue};

    fn mark(db: &mut Db, id: i64, verdict: Verdict, reviewer: &str) {
        let review = NewReview {
            verdict,
            evidence: Some("e".to_string()),
            note: None,
            reviewer: reviewer.to_string(),
        };
        db.record_reviews(&[id], &review).expect("mark");
    }

    /// The claims `reviewer`'s conflict queue holds, in order.
    fn queue_ids(db: &mut Db, reviewer: &str) -> Vec<i64> {
        let queue = Queue {
            conflicts_for: Some(reviewer.to_string()),
            ..Queue::default()
        };
        let holder = Holder {
            id: "t".to_string(),
            ttl: 0,
        };
        let mut ids = Vec::new();
        let mut after = None;
        while let Some(c) = db
            .lease_next(&queue, after.as_ref(), &holder, 0)
            .expect("draw")
        {
            after = Some(crate::db::QueueKey::of(&c));
            ids.push(c.id);
        }
        ids
    }

    #[test]
    fn the_queue_holds_the_unsettled_disagreements() {
        use Verdict::*;
        // (verdicts in the order recorded, the lead's queue, ana's queue)
        type Case = (&'static [(Verdict, &'static str)], bool, bool);
        let cases: &[Case] = &[
            (&[], false, false),
            (&[(Verified, "ana"), (Verified, "bob")], false, false),
            (&[(Verified, "ana"), (Disputed, "bob")], true, true),
            (
                &[(Verified, "ana"), (Disputed, "bob"), (Reopened, "bob")],
                false,
                false,
            ),
            (&[(Verified, "ana"), (Disputed, "ana")], false, false),
            (
                &[(Verified, "ana"), (Disputed, "bob"), (Verified, "lead")],
                false,
                true,
            ),
            (
                &[
                    (Verified, "ana"),
                    (Disputed, "bob"),
                    (Verified, "lead"),
                    (Reopened, "lead"),
                ],
                true,
                true,
            ),
            (
                &[(Verified, "ana"), (Disputed, "bob"), (Disputed, "ana")],
                false,
                false,
            ),
            (&[(Disputed, "bob"), (Verified, "ana")], true, false),
            (
                &[
                    (Verified, "ana"),
                    (Opinion, "bob"),
                    (Verified, "lead"),
                    (Opinion, "carl"),
                ],
                true,
                true,
            ),
        ];
        for (verdicts, lead, ana) in cases {
            let (mut db, ids) = seeded();
            for &(verdict, reviewer) in *verdicts {
                mark(&mut db, ids[0], verdict, reviewer);
            }
            let want = |shown: bool| if shown { vec![ids[0]] } else { vec![] };
            assert_eq!(
                queue_ids(&mut db, "lead"),
                want(*lead),
                "lead: {verdicts:?}"
            );
            assert_eq!(queue_ids(&mut db, "ana"), want(*ana), "ana: {verdicts:?}");
        }
    }

    #[test]
    fn an_undo_withdraws_the_current_verdict() {
        let (mut db, ids) = seeded();
        mark(&mut db, ids[0], Verdict::Verified, "ana");
        mark(&mut db, ids[0], Verdict::Reopened, "ana");
        mark(&mut db, ids[1], Verdict::Opinion, "bob");
        let current = db.current_verdicts(None).expect("read");
        assert_eq!(current.len(), 1);
        assert_eq!(
            (current[0].claim_id, current[0].verdict),
            (ids[1], Verdict::Opinion)
        );
    }
}
