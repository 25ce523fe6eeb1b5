//! Leases keep two review sessions from showing the same claim at once. Drawing a claim and
//! taking its lease is one `BEGIN IMMEDIATE` transaction; a lease expires, so a session that
//! died without releasing its claim blocks nobody for long. Times are unix seconds, passed in.

use anyhow::{Context, Result};
use rusqlite::types::Value;
use rusqlite::{Transaction, params, params_from_iter};

use super::filter::where_sql;
use super::{ClaimRow, Db, Queue, QueueKey};

/// One review session's claim on the claims it shows.
#[derive(Debug, Clone)]
pub struct Holder {
    /// A random id, unique to the session.
    pub id: String,
    /// How long a lease lasts without renewal, in seconds.
    pub ttl: i64,
}

/// A claim is free for `holder` unless another session holds a lease that has not expired.
const FREE: &str = "NOT EXISTS (SELECT 1 FROM leases l WHERE l.claim_id = c.id
        AND l.holder <> ? AND l.expires_at > ?)";

impl Db {
    /// Takes the first free claim of `queue` after `after` (from the start when `None`) and
    /// leases it to `holder`; `None` when there is no such claim.
    pub fn lease_next(
        &mut self,
        queue: &Queue,
        after: Option<&QueueKey>,
        holder: &Holder,
        now: i64,
    ) -> Result<Option<ClaimRow>> {
        let (mut clauses, mut args) = queue.clauses(after);
        clauses.push(FREE.to_string());
        args.extend([Value::Text(holder.id.clone()), Value::Integer(now)]);
        let sql = format!(
            "SELECT c.id FROM claims c {} ORDER BY {} LIMIT 1",
            where_sql(&clauses),
            queue.order_by()
        );
        self.lease_first(&sql, args, holder, now)
    }

    /// Leases one claim by id, if it is free and (when `queue` is given) still in the queue.
    pub fn lease_claim(
        &mut self,
        claim_id: i64,
        queue: Option<&Queue>,
        holder: &Holder,
        now: i64,
    ) -> Result<Option<ClaimRow>> {
        let (mut clauses, mut args) = queue.map(|q| q.clauses(None)).unwrap_or_default();
        clauses.extend(["c.id = ?".to_string(), FREE.to_string()]);
        args.push(Value::Integer(claim_id));
        args.extend([Value::Text(holder.id.clone()), Value::Integer(now)]);
        let sql = format!("SELECT c.id FROM claims c {}", where_sql(&clauses));
        self.lease_first(&sql, args, holder, now)
    }

    /// Gives up `holder`'s lease on a claim (after a verdict or a skip).
    pub fn release(&mut self, claim_id: i64, holder: &Holder) -> Result<()> {
        self.conn
            .execute(
                "DELETE FROM leases WHERE claim_id = ?1 AND holder = ?2",
                params![claim_id, holder.id],
            )
            .context("could not release a review lease")?;
        Ok(())
    }

    /// Gives up every lease of `holder` (when the session ends, however it ends).
    pub fn release_all(&mut self, holder_id: &str) -> Result<()> {
        self.conn
            .execute("DELETE FROM leases WHERE holder = ?1", [holder_id])
            .context("could not release the review leases")?;
        Ok(())
    }

    /// Runs `sql` (a claim id query) and leases the first claim it finds, all in one write
    /// transaction so that two sessions never take the same claim; then reads that claim.
    fn lease_first(
        &mut self,
        sql: &str,
        args: Vec<Value>,
        holder: &Holder,
        now: i64,
    ) -> Result<Option<ClaimRow>> {
        let tx = self.write("draw a claim")?;
        let Some(claim_id) = first_id(&tx, sql, args)? else {
            return Ok(None);
        };
        tx.execute("DELETE FROM leases WHERE expires_at <= ?1", [now])?;
        tx.execute(
            "INSERT OR REPLACE INTO leases (claim_id, holder, expires_at) VALUES (?1, ?2, ?3)",
            params![claim_id, holder.id, now + holder.ttl],
        )?;
        tx.commit().context("could not take a review lease")?;
        self.claim(claim_id)
    }
}

fn first_id(tx: &Transaction<'_>, sql: &str, args: Vec<Value>) -> Result<Option<i64>> {
    let mut stmt = tx.prepare_cached(sql)?;
    let mut rows = stmt.query(params_from_iter(args))?;
    Ok(match rows.next()? {
        Some(row) => Some(row.get(0)?),
        None => None,
    })
}
