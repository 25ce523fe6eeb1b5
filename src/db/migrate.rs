//! Schema migrations: the files in migrations/ embedded in the binary, applied in order and
//! tracked by `PRAGMA user_version`. Append-only: never edit a shipped migration.

use anyhow::{Context, Result, anyhow, bail};
use rusqlite::{Connection, TransactionBehavior};

/// Every migration, in order; `MIGRATIONS[i]` takes the schema from version i to i + 1.
const MIGRATIONS: &[(&str, &str)] = &[
    ("0001_init", include_str!("../../migrations/0001_init.sql")),
    (
        "0002_leases",
        include_str!("../../migrations/0002_leases.sql"),
    ),
    (
        "0003_claimer_links",
        include_str!("../../migrations/0003_claimer_links.sql"),
    ),
    (
        "0004_article_url",
        include_str!("../../migrations/0004_article_url.sql"),
    ),
];

/// The schema version this binary writes.
pub const LATEST: i64 = MIGRATIONS.len() as i64;

/// Brings the database up to [`LATEST`], refusing one written by a newer claimdesk.
pub fn migrate(conn: &mut Connection) -> Result<()> {
    // Up to date (every open but the first): no write lock to wait for.
    let current = user_version(conn)?;
    if current > LATEST {
        bail!("database schema {current} is newer than this claimdesk supports ({LATEST})");
    }
    if current == LATEST {
        return Ok(());
    }
    for (index, (name, sql)) in MIGRATIONS.iter().enumerate() {
        let target = index as i64 + 1;
        // Each step re-reads the version inside its own write transaction, so two processes
        // opening a new file at once apply every migration exactly once.
        let tx = conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
        if user_version(&tx)? >= target {
            continue;
        }
        // SQLite's message alone: its error would also quote the whole migration.
        tx.execute_batch(sql)
            .map_err(|err| anyhow!("{}", sqlite_message(&err)))
            .with_context(|| format!("could not apply migration {name}"))?;
        tx.pragma_update(None, "user_version", target)?;
        tx.commit()?;
    }
    Ok(())
}

/// The one-line cause of an SQLite error, without the statement it quotes or the error code
/// it repeats the message with.
pub(crate) fn sqlite_message(err: &rusqlite::Error) -> String {
    match err {
        rusqlite::Error::SqlInputError { msg, .. } => msg.clone(),
        rusqlite::Error::SqliteFailure(_, Some(msg)) => msg.clone(),
        other => other.to_string(),
    }
}

pub(crate) fn user_version(conn: &Connection) -> Result<i64> {
    Ok(conn.pragma_query_value(None, "user_version", |row| row.get(0))?)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn migrates_an_empty_database_to_the_latest_version() {
        let mut conn = Connection::open_in_memory().unwrap();
        migrate(&mut conn).unwrap();
        assert_eq!(user_version(&conn).unwrap(), LATEST);
        let tables: i64 = conn
            .query_row(
                "SELECT count(*) FROM sqlite_master WHERE type = 'table'
                 AND name IN ('articles', 'claims', 'reviews')",
                [],
                |row| row.get(0),
            )
            .unwrap();
        assert_eq!(tables, 3);
    }

    #[test]
    fn migrating_twice_changes_nothing() {
        let mut conn = Connection::open_in_memory().unwrap();
        migrate(&mut conn).unwrap();
        migrate(&mut conn).unwrap();
        assert_eq!(user_version(&conn).unwrap(), LATEST);
    }

    #[test]
    fn refuses_a_database_from_a_newer_claimdesk() {
        let mut conn = Connection::open_in_memory().unwrap();
        conn.pragma_update(None, "user_version", LATEST + 1)
            .unwrap();
        let err = migrate(&mut conn).unwrap_err().to_string();
        assert_eq!(
            err,
            format!(
                "database schema {} is newer than this claimdesk supports ({LATEST})",
                LATEST + 1
            )
        );
    }
}
