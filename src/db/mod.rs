//! The SQLite store: `Db { conn }` with open/open_in_memory and typed query methods.
//! All SQL lives under this module; callers see plain structs.

mod articles;
mod claims;
mod conflicts;
mod filter;
mod identity;
mod import;
mod kinds;
mod leases;
mod links;
pub mod migrate;
mod queue;
mod reviews;
mod schema;
mod stats;

use std::path::Path;
use std::time::Duration;

use anyhow::{Context, Result, anyhow, bail};
use rusqlite::{Connection, OpenFlags};

/// The page cache of a connection, in KiB (a negative `cache_size` is KiB in SQLite).
const CACHE_KIB: i64 = -32 * 1024;

/// How many times `Db::create` tries again (50 ms apart) on a file another process is setting up.
const CREATE_RETRIES: u32 = 40;

pub use articles::{Article, NewArticle, NewClaim, Stored};
pub use claims::ClaimRow;
pub use conflicts::CurrentVerdict;
pub use filter::ClaimFilter;
pub use import::{ImportReport, ImportedClaim, ImportedReview};
pub use kinds::Status;
pub use leases::Holder;
pub use queue::{Queue, QueueKey, QueueOrder};
pub use reviews::{NewReview, ReviewRow, Verdict};
use schema::Shape;

/// An open claimdesk database, migrated to the latest schema.
pub struct Db {
    conn: Connection,
}

/// Where a missing or empty database file leads: only `extract` sets up a new one.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Mode {
    Create,
    Existing,
}

impl Db {
    /// Opens the claimdesk database at `path`, migrating it to the latest schema. A missing
    /// or empty file is an error and nothing is created: only `extract` makes a database.
    pub fn open(path: &Path) -> Result<Db> {
        Self::open_as(path, Mode::Existing)
    }

    /// Opens the database at `path`, creating and setting it up when there is none yet.
    pub fn create(path: &Path) -> Result<Db> {
        // Another process may be creating the same file: its migrations can be seen half-way
        // (a version and tables that disagree) or its switch to WAL found busy. Such a file
        // settles within moments, so creation tries again for a while before it gives up.
        let mut tries = 0;
        loop {
            match Self::open_as(path, Mode::Create) {
                Err(_) if tries < CREATE_RETRIES => {
                    tries += 1;
                    std::thread::sleep(Duration::from_millis(50));
                }
                opened => return opened,
            }
        }
    }

    fn open_as(path: &Path, mode: Mode) -> Result<Db> {
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
        let missing = || anyhow!("{}", no_database(path));
        let mut flags = OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_NO_MUTEX;
        match mode {
            Mode::Create => flags |= OpenFlags::SQLITE_OPEN_CREATE,
            Mode::Existing if !path.exists() => return Err(missing()),
            Mode::Existing => {}
        }
        let conn = Connection::open_with_flags(path, flags)
            .with_context(|| format!("could not open database {shown}"))?;
        conn.busy_timeout(Duration::from_secs(10))?;
        // Only reads: a file that is not claimdesk's is left exactly as it was.
        let shape = schema::inspect(&conn)
            .map_err(one_line)
            .with_context(|| format!("could not open database {shown}"))?;
        if shape == Shape::Empty && mode == Mode::Existing {
            return Err(missing());
        }
        Self::setup(conn, true).with_context(|| format!("could not open database {shown}"))
    }

    /// Runs `read` in one read transaction, so that all it reads is one state of the
    /// database however many processes write meanwhile (an export's claims all belong to its
    /// articles).
    pub fn snapshot<T>(&self, read: impl FnOnce(&Db) -> Result<T>) -> Result<T> {
        let tx = self
            .conn
            .unchecked_transaction()
            .context("could not start reading the database")?;
        let result = read(self);
        // Nothing was written: ending the transaction either way releases the snapshot.
        drop(tx);
        result
    }

    /// A write transaction, begun `IMMEDIATE` (a deferred one that reads first would fail on
    /// a stale snapshot instead of waiting out the busy timeout); `to` says what it is for.
    fn write(&mut self, to: &str) -> Result<rusqlite::Transaction<'_>> {
        self.conn
            .transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)
            .with_context(|| format!("could not lock the database to {to}"))
    }

    /// The rows `sql` selects with `args`, each read by `row` (the statement is cached).
    fn rows<T>(
        &self,
        sql: &str,
        args: impl rusqlite::Params,
        row: impl FnMut(&rusqlite::Row<'_>) -> rusqlite::Result<T>,
    ) -> rusqlite::Result<Vec<T>> {
        let mut stmt = self.conn.prepare_cached(sql)?;
        let rows = stmt.query_map(args, row)?;
        rows.collect()
    }

    /// A private in-memory database, for tests.
    pub fn open_in_memory() -> Result<Db> {
        Self::setup(Connection::open_in_memory()?, false)
    }

    fn setup(mut conn: Connection, wal: bool) -> Result<Db> {
        conn.busy_timeout(Duration::from_secs(10))?;
        if wal {
            conn.pragma_update_and_check(None, "journal_mode", "WAL", |_| Ok(()))?;
        }
        conn.pragma_update(None, "foreign_keys", true)?;
        conn.pragma_update(None, "synchronous", "NORMAL")?;
        // A bulk ingest writes one transaction per chunk of articles; with SQLite's default
        // 2 MB page cache the claim indexes spill to the WAL and are read back mid-transaction.
        conn.pragma_update(None, "cache_size", CACHE_KIB)?;
        migrate::migrate(&mut conn)?;
        Ok(Db { conn })
    }
}

/// `err` with an SQLite error in it said once ("database disk image is malformed"), not
/// followed by the same words with its code.
fn one_line(err: anyhow::Error) -> anyhow::Error {
    match err.downcast_ref::<rusqlite::Error>() {
        Some(sqlite) => anyhow!("{}", migrate::sqlite_message(sqlite)),
        None => err,
    }
}

/// The message for a path where no claimdesk database is (yet).
fn no_database(path: &Path) -> String {
    format!(
        "no claimdesk database at {} (extract an article first, or pass --db)",
        path.display()
    )
}

/// The current time as RFC 3339 UTC with seconds, e.g. `2025-12-14T09:30:00Z`.
pub fn now_rfc3339() -> String {
    rfc3339(time::OffsetDateTime::now_utc())
}

/// A time as the database stores it: RFC 3339 in UTC, whole seconds, `Z` (so that stored
/// times compare as text).
pub fn rfc3339(at: time::OffsetDateTime) -> String {
    let at = at.to_offset(time::UtcOffset::UTC);
    let at = at.replace_nanosecond(0).unwrap_or(at);
    at.format(&time::format_description::well_known::Rfc3339)
        .unwrap_or_default()
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use crate::extract::claims::{Claim, ClaimKind};
    use crate::extract::score::Scores;
    use crate::extract::sentences::Sentence;

    pub const BODY: &str = "Title\n\nA total of 123 prisoners were freed. It rained in May.";

    /// An in-memory database holding one article with two claims; their ids.
    pub fn seeded() -> (Db, Vec<i64>) {
        let mut db = Db::open_in_memory().expect("memory db");
        let article = NewArticle::new("a.txt".into(), "Title".into(), None, BODY.into());
        let claim = |kind, sentence, start, end: usize, span: (usize, usize)| NewClaim {
            claim: Claim::new(kind, sentence, start, end),
            sentence_span: Sentence {
                start: span.0,
                end: span.1,
            },
            scores: Scores {
                checkworthiness: 0.75,
                opinion: 0.125,
            },
        };
        let claims = [
            claim(ClaimKind::Count, 1, 18, 31, (7, 43)),
            claim(ClaimKind::Date, 2, 57, 60, (44, 61)),
        ];
        db.store_article(&article, &claims).expect("store");
        let ids = db.claims(&ClaimFilter::default(), None).expect("list");
        (db, ids.iter().map(|c| c.id).collect())
    }

    #[test]
    fn a_stored_claim_reads_back_whole() {
        let (db, ids) = seeded();
        let row = db.claim(ids[0]).expect("read").expect("exists");
        assert_eq!(row.text, "123 prisoners");
        assert_eq!(row.sentence, "A total of 123 prisoners were freed.");
        assert_eq!(row.claim.kind, ClaimKind::Count);
        assert_eq!(row.status, Status::Pending);
        assert_eq!(row.scores.map(|s| s.opinion), Some(0.125));
        assert_eq!(row.fingerprint.len(), 16);
    }

    #[test]
    fn the_same_text_twice_adds_nothing() {
        let (mut db, _) = seeded();
        let again = NewArticle::new("b.txt".into(), "T".into(), None, BODY.into());
        let stored = db.store_article(&again, &[]).expect("store");
        assert!(matches!(stored, Stored::Existing { .. }));
        assert_eq!(db.articles().expect("articles").len(), 1);
    }

    #[test]
    fn filters_select_by_kind_status_and_article() {
        let (db, _) = seeded();
        let cases: &[(ClaimFilter, usize)] = &[
            (ClaimFilter::default(), 2),
            (
                ClaimFilter {
                    kind: Some(ClaimKind::Date),
                    ..Default::default()
                },
                1,
            ),
            (
                ClaimFilter {
                    status: Some(Status::Verified),
                    ..Default::default()
                },
                0,
            ),
            (
                ClaimFilter {
                    article_id: Some(2),
                    ..Default::default()
                },
                0,
            ),
        ];
        for (filter, n) in cases {
            assert_eq!(
                db.claims(filter, None).expect("list").len(),
                *n,
                "{filter:?}"
            );
        }
        assert_eq!(
            db.claims(&ClaimFilter::default(), Some(1))
                .expect("list")
                .len(),
            1
        );
    }

    #[test]
    fn the_walk_slices_the_texts_like_the_query() {
        let (db, _) = seeded();
        let listed = db.claims(&ClaimFilter::default(), None).expect("list");
        let mut walked = Vec::new();
        db.for_each_claim(&ClaimFilter::default(), |c| {
            walked.push(c);
            Ok(())
        })
        .expect("walk");
        assert_eq!(walked, listed);
    }
}
