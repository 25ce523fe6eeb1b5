//! The SQLite store: `Db { conn }` with open/open_in_memory and typed query methods.
//! All SQL lives under this module; callers see plain structs.

mod articles;
mod claims;
mod leases;
pub mod migrate;
mod queue;
mod reviews;

use std::path::Path;
use std::time::Duration;

use anyhow::{Context, Result, bail};
use rusqlite::{Connection, OpenFlags};

pub use articles::{Article, NewArticle, NewClaim, Stored};
pub use claims::{ClaimFields, ClaimFilter, ClaimRow};
pub use leases::Holder;
pub use queue::{Queue, QueueKey, QueueOrder};
pub use reviews::{NewReview, ReviewRow, Verdict};

/// An open claimdesk database, migrated to the latest schema.
pub struct Db {
    conn: Connection,
}

impl Db {
    /// Opens (creating if needed) the database at `path` and migrates it.
    pub fn open(path: &Path) -> Result<Db> {
        let shown = path.display();
        if path.is_dir() {
            bail!("could not open database {shown}: is a directory");
        }
        let folder = path.parent().filter(|p| !p.as_os_str().is_empty());
        if let Some(folder) = folder.filter(|f| !f.is_dir()) {
            bail!(
                "could not open database {shown}: folder {} does not exist",
                folder.display()
            );
        }
        let conn = Connection::open_with_flags(
            path,
            OpenFlags::SQLITE_OPEN_READ_WRITE
                | OpenFlags::SQLITE_OPEN_CREATE
                | OpenFlags::SQLITE_OPEN_NO_MUTEX,
        )
        .with_context(|| format!("could not open database {shown}"))?;
        Self::setup(conn, true).with_context(|| format!("could not open database {shown}"))
    }

    /// A private in-memory database, for tests.
    pub fn open_in_memory() -> Result<Db> {
        Self::setup(Connection::open_in_memory()?, false)
    }

    fn setup(mut conn: Connection, wal: bool) -> Result<Db> {
        conn.busy_timeout(Duration::from_secs(10))?;
        if wal {
            // Reading the journal mode is also the first read of the file, so a file that
            // is not a database fails here with SQLite's own words.
            conn.pragma_update_and_check(None, "journal_mode", "WAL", |_| Ok(()))?;
        }
        conn.pragma_update(None, "foreign_keys", true)?;
        conn.pragma_update(None, "synchronous", "NORMAL")?;
        migrate::migrate(&mut conn)?;
        Ok(Db { conn })
    }
}

/// The current time as RFC 3339 UTC with seconds, e.g. `2025-12-14T09:30:00Z`.
pub fn now_rfc3339() -> String {
    let now = time::OffsetDateTime::now_utc().replace_nanosecond(0);
    let now = now.unwrap_or_else(|_| time::OffsetDateTime::now_utc());
    now.format(&time::format_description::well_known::Rfc3339)
        .unwrap_or_default()
}
