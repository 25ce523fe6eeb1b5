//! Database paths: only `extract` creates a database; a file that is not claimdesk's, or
//! whose version disagrees with its tables, is refused with one line and left unchanged.

use crate::util::{SEED, Workspace, path_str};

/// The files in the workspace folder (the database and any journal beside it).
fn files(ws: &Workspace) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(ws.dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    names
}

/// What `list` prints on stderr when it exits 1.
fn list_fails(ws: &Workspace) -> String {
    let out = ws
        .cmd(&["list"])
        .assert()
        .code(1)
        .get_output()
        .stderr
        .clone();
    String::from_utf8(out).unwrap()
}

#[test]
fn commands_other_than_extract_create_no_database() {
    let ws = Workspace::new();
    let message = format!(
        "claimdesk: no claimdesk database at {} (extract an article first, or pass --db)\n",
        ws.db().display()
    );
    let out = ws.dir.path().join("out.json");
    let commands: &[&[&str]] = &[
        &["list"],
        &["show", "1"],
        &["export"],
        &["export", "-o", path_str(&out)],
        &["review"],
        &["mark", "1", "--verdict", "opinion"],
    ];
    for args in commands {
        ws.cmd(args)
            .assert()
            .code(1)
            .stdout("")
            .stderr(message.clone());
        assert!(files(&ws).is_empty(), "{args:?} left {:?}", files(&ws));
    }
    // An empty file (as `touch` leaves) is no database either, and stays empty.
    std::fs::write(ws.db(), b"").unwrap();
    for args in commands {
        ws.cmd(args).assert().code(1).stderr(message.clone());
    }
    assert_eq!(files(&ws), ["claims.db"]);
    assert_eq!(std::fs::metadata(ws.db()).unwrap().len(), 0);
    // extract creates it.
    ws.cmd(&["extract", "-q", SEED]).assert().success();
    ws.cmd(&["list"]).assert().success();
}

#[test]
fn another_programs_sqlite_file_is_refused_unchanged() {
    let ws = Workspace::new();
    let conn = rusqlite::Connection::open(ws.db()).unwrap();
    conn.execute_batch("CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT); INSERT INTO notes (body) VALUES ('keep me');")
        .unwrap();
    drop(conn);
    let before = std::fs::read(ws.db()).unwrap();
    let message = format!(
        "claimdesk: could not open database {}: not a claimdesk database (it holds the tables notes); left unchanged\n",
        ws.db().display()
    );
    for args in [
        &["extract", SEED][..],
        &["list"],
        &["export"],
        &["mark", "1", "--verdict", "opinion"],
    ] {
        ws.cmd(args)
            .assert()
            .code(1)
            .stdout("")
            .stderr(message.clone());
    }
    assert_eq!(
        std::fs::read(ws.db()).unwrap(),
        before,
        "the file is unchanged"
    );
    assert_eq!(files(&ws), ["claims.db"], "no WAL or journal was started");
}

#[test]
fn a_version_that_disagrees_with_the_tables_is_one_line() {
    let ws = Workspace::new();
    ws.with_seed();
    let conn = rusqlite::Connection::open(ws.db()).unwrap();
    conn.pragma_update(None, "user_version", 1).unwrap();
    drop(conn);
    let before = std::fs::read(ws.db()).unwrap();
    let stderr = list_fails(&ws);
    assert_eq!(
        stderr,
        format!(
            "claimdesk: could not open database {}: database schema 1 (its user_version) \
             disagrees with its tables, which are those of schema 4; it was changed outside \
             claimdesk, restore a backup\n",
            ws.db().display()
        )
    );
    assert_eq!(std::fs::read(ws.db()).unwrap(), before);
}

#[test]
fn a_corrupt_database_is_refused_and_left_alone() {
    let ws = Workspace::new();
    ws.with_seed();
    let mut bytes = std::fs::read(ws.db()).unwrap();
    // Keep the header, overwrite the first page's b-tree: SQLite sees a malformed schema.
    for b in &mut bytes[100..4096] {
        *b = 0xA5;
    }
    std::fs::write(ws.db(), &bytes).unwrap();
    assert_eq!(
        list_fails(&ws),
        format!(
            "claimdesk: could not open database {}: database disk image is malformed\n",
            ws.db().display()
        )
    );
    assert_eq!(std::fs::read(ws.db()).unwrap(), bytes);
}
