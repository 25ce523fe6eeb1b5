//! What an SQLite file holds, found before anything is written to it: nothing yet (a new
//! file), claimdesk's tables at a schema version its `user_version` agrees with, or something
//! else, which is refused with a one-line cause and left unchanged.

use anyhow::{Context, Result, bail};
use rusqlite::Connection;

use super::migrate::{LATEST, user_version};

/// What a file that opened as SQLite holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Shape {
    /// No tables and `user_version` 0: a new database, for `extract` to set up.
    Empty,
    /// claimdesk's tables at this schema version.
    Claimdesk(i64),
}

/// What each schema version adds that can be seen from outside: a table, or a table's
/// column. The version the tables show is the highest one whose marks are all there.
const MARKS: &[(i64, &str, Option<&str>)] = &[
    (1, "articles", None),
    (1, "claims", None),
    (1, "reviews", None),
    (2, "leases", None),
    (3, "claims", Some("claimer")),
    (4, "articles", Some("url")),
];

/// Reads the file's tables and version; only reads, so a refused file stays as it was.
pub fn inspect(conn: &Connection) -> Result<Shape> {
    let version = user_version(conn)?;
    let tables = tables(conn)?;
    if tables.is_empty() && version == 0 {
        return Ok(Shape::Empty);
    }
    let has = |name: &str| tables.iter().any(|t| t == name);
    if !(has("articles") && has("claims") && has("reviews")) {
        bail!("{}", foreign(&tables, version));
    }
    if version > LATEST {
        bail!("database schema {version} is newer than this claimdesk supports ({LATEST})");
    }
    let shown = shown_version(conn)?;
    if shown != version {
        bail!(
            "database schema {version} (its user_version) disagrees with its tables, which are \
             those of schema {shown}; it was changed outside claimdesk, restore a backup"
        );
    }
    Ok(Shape::Claimdesk(version))
}

/// "not a claimdesk database (it holds the tables a, b, c); left unchanged".
fn foreign(tables: &[String], version: i64) -> String {
    if tables.is_empty() {
        return format!(
            "not a claimdesk database (no tables, but user_version {version}); left unchanged"
        );
    }
    let mut names = tables
        .iter()
        .take(5)
        .cloned()
        .collect::<Vec<_>>()
        .join(", ");
    if tables.len() > 5 {
        names.push_str(&format!(" and {} more", tables.len() - 5));
    }
    format!("not a claimdesk database (it holds the tables {names}); left unchanged")
}

/// The names of the tables and views, sorted, without SQLite's own.
fn tables(conn: &Connection) -> Result<Vec<String>> {
    let mut stmt = conn.prepare(
        "SELECT name FROM sqlite_master WHERE type IN ('table', 'view')
         AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' ORDER BY name",
    )?;
    let names = stmt.query_map([], |row| row.get(0))?;
    names
        .collect::<rusqlite::Result<_>>()
        .context("could not read the list of tables")
}

/// The highest schema version whose marks (and every earlier version's) are all present.
fn shown_version(conn: &Connection) -> Result<i64> {
    let mut shown = 0;
    for version in 1..=LATEST {
        for &(_, table, column) in MARKS.iter().filter(|m| m.0 == version) {
            if !has_mark(conn, table, column)? {
                return Ok(shown);
            }
        }
        shown = version;
    }
    Ok(shown)
}

fn has_mark(conn: &Connection, table: &str, column: Option<&str>) -> Result<bool> {
    let sql = match column {
        None => "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = ?1",
        Some(_) => "SELECT count(*) FROM pragma_table_info(?1) WHERE name = ?2",
    };
    let n: i64 = match column {
        None => conn.query_row(sql, [table], |row| row.get(0))?,
        Some(column) => conn.query_row(sql, [table, column], |row| row.get(0))?,
    };
    Ok(n > 0)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tells_new_claimdesk_and_foreign_files_apart() {
        // Start from a migrated database or not, run the SQL, then `inspect` gives the
        // version (None: empty) or an error starting with the text.
        let disagrees = |v, t| {
            format!(
                "database schema {v} (its user_version) disagrees with its tables, which are those of schema {t}"
            )
        };
        type Case<'a> = (bool, &'a str, Result<Option<i64>, String>);
        let cases: Vec<Case> = vec![
            (false, "", Ok(None)),
            (true, "", Ok(Some(LATEST))),
            (
                false,
                "CREATE TABLE notes (x)",
                Err("not a claimdesk database (it holds the tables notes)".into()),
            ),
            (
                false,
                "PRAGMA user_version = 7",
                Err("not a claimdesk database (no tables, but user_version 7)".into()),
            ),
            (
                true,
                "PRAGMA user_version = 99",
                Err(format!(
                    "database schema 99 is newer than this claimdesk supports ({LATEST})"
                )),
            ),
            (true, "PRAGMA user_version = 1", Err(disagrees(1, LATEST))),
            (true, "PRAGMA user_version = 0", Err(disagrees(0, LATEST))),
            (true, "DROP TABLE leases", Err(disagrees(LATEST, 1))),
            (
                true,
                "DROP TABLE reviews",
                Err(
                    "not a claimdesk database (it holds the tables articles, claims, leases)"
                        .into(),
                ),
            ),
        ];
        for (migrated, sql, expected) in cases {
            let mut conn = Connection::open_in_memory().unwrap();
            if migrated {
                crate::db::migrate::migrate(&mut conn).unwrap();
            }
            conn.execute_batch(sql).unwrap();
            let got = inspect(&conn).map(|shape| match shape {
                Shape::Empty => None,
                Shape::Claimdesk(v) => Some(v),
            });
            match (got, expected) {
                (Ok(v), Ok(want)) => assert_eq!(v, want, "{sql}"),
                (Err(err), Err(want)) => {
                    assert!(err.to_string().starts_with(&want), "{sql}: {err}")
                }
                (got, _) => panic!("{migrated} {sql}: unexpected {got:?}"),
            }
        }
    }
}
