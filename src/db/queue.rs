//! The review queue as indexed queries: which claim comes after a given one, and cheap counts
//! for the review header. Nothing here loads the whole queue: a draw is one `LIMIT 1` probe
//! along `claims_by_status` (text order) or `claims_by_worth` (check-worthiness order).

use anyhow::{Context, Result};
use rusqlite::params_from_iter;
use rusqlite::types::Value;

use super::filter::{ClaimFilter, where_sql};
use super::{ClaimRow, Db, Status};

/// The order claims are reviewed in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum QueueOrder {
    /// Article by article, in text order.
    #[default]
    Text,
    /// The highest `checkworthiness` first; claims without a score last.
    Checkworthiness,
}

/// Which claims a review session steps through; `None` means any.
#[derive(Debug, Clone, Default)]
pub struct Queue {
    pub filter: ClaimFilter,
    pub order: QueueOrder,
    /// Only the claims on which reviewers disagree and this reviewer has not had the last
    /// word (`review --conflicts`; the rule is in `db/conflicts.rs`).
    pub conflicts_for: Option<String>,
}

/// Where a claim sits in the queue order, so the next draw can start after it.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct QueueKey {
    pub id: i64,
    pub article_id: i64,
    pub start: i64,
    /// `checkworthiness`, with -1 for none (as in the `claims_by_worth` index).
    pub worth: f64,
}

impl QueueKey {
    pub fn of(claim: &ClaimRow) -> QueueKey {
        QueueKey {
            id: claim.id,
            article_id: claim.article_id,
            start: claim.claim.start as i64,
            worth: claim.scores.map_or(-1.0, |s| f64::from(s.checkworthiness)),
        }
    }
}

/// The sort key expression of the check-worthiness order; must match the index exactly.
const WORTH: &str = "coalesce(c.checkworthiness, -1.0)";

impl Queue {
    /// `WHERE` clauses and their arguments for the filter and the position after `after`
    /// (without the lease test).
    pub(crate) fn clauses(&self, after: Option<&QueueKey>) -> (Vec<String>, Vec<Value>) {
        let (mut clauses, mut args) = self.filter.clauses();
        if let Some(reviewer) = &self.conflicts_for {
            let (clause, arg) = super::conflicts::unsettled_by(reviewer);
            clauses.push(clause);
            args.push(arg);
        }
        if let Some(key) = after {
            match self.order {
                QueueOrder::Text => {
                    clauses.push("(c.article_id, c.start, c.id) > (?, ?, ?)".to_string());
                    args.extend([key.article_id, key.start, key.id].map(Value::Integer));
                }
                QueueOrder::Checkworthiness => {
                    clauses.push(format!("({WORTH} < ? OR ({WORTH} = ? AND c.id > ?))"));
                    args.extend([Value::Real(key.worth), Value::Real(key.worth)]);
                    args.push(Value::Integer(key.id));
                }
            }
        }
        (clauses, args)
    }

    pub(crate) fn order_by(&self) -> String {
        match self.order {
            QueueOrder::Text => "c.article_id, c.start, c.id".to_string(),
            QueueOrder::Checkworthiness => format!("{WORTH} DESC, c.id"),
        }
    }

    /// The same claims, but only those still waiting for a verdict: for a conflicts queue,
    /// the conflicts still to settle.
    fn pending(&self) -> Queue {
        let mut pending = self.clone();
        if self.conflicts_for.is_none() {
            pending.filter.status = Some(Status::Pending);
        }
        pending
    }
}

impl Db {
    /// How many claims the queue holds, counting at most `cap` (so a huge queue stays cheap);
    /// the flag says the count reached the cap.
    pub fn queue_len(&self, queue: &Queue, cap: u64) -> Result<(u64, bool)> {
        let (clauses, mut args) = queue.clauses(None);
        let sql = format!(
            "SELECT count(*) FROM (SELECT 1 FROM claims c {} LIMIT ?)",
            where_sql(&clauses)
        );
        args.push(Value::Integer(cap as i64));
        let n: i64 = self
            .conn
            .query_row(&sql, params_from_iter(args), |row| row.get(0))
            .context("could not count the review queue")?;
        Ok((n as u64, n as u64 >= cap))
    }

    /// How many claims of the queue's article and kind still wait for a verdict.
    pub fn pending_left(&self, queue: &Queue) -> Result<u64> {
        Ok(self.queue_len(&queue.pending(), u64::MAX >> 1)?.0)
    }
}
