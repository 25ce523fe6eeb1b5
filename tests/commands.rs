//! Each command end to end, including the bad-input cases.

use predicates::prelude::*;
use predicates::str::contains;

use crate::util::{SEED, Workspace, path_str, stdout};

#[test]
fn extract_prints_a_summary_and_is_idempotent() {
    let ws = Workspace::new();
    let out = stdout(&mut ws.cmd(&["extract", SEED]));
    assert!(
        out.contains("article 1, “Belarus Releases Prisoners After US Sanctions Lifted”"),
        "{out}"
    );
    assert!(out.contains("prison_term 2"), "{out}");
    let again = stdout(&mut ws.cmd(&["extract", SEED]));
    assert!(
        again.contains("already extracted as article 1; nothing added"),
        "{again}"
    );
    let doc = ws.export();
    assert_eq!(doc["articles"].as_array().map(Vec::len), Some(1));
}

#[test]
fn extract_reports_each_bad_path_and_keeps_the_good_ones() {
    let ws = Workspace::new();
    let binary = ws.file("binary.txt", b"abc\x00def");
    let latin1 = ws.file("latin1.txt", b"caf\xe9 au lait");
    let empty = ws.file("empty.txt", b"  \n");
    let dir = ws.dir.path().join("folder");
    std::fs::create_dir(&dir).unwrap();
    let missing = ws.dir.path().join("missing.txt");
    let args = [
        path_str(&binary),
        SEED,
        path_str(&latin1),
        path_str(&empty),
        path_str(&dir),
        path_str(&missing),
    ];
    let mut cmd = ws.cmd(&["extract"]);
    cmd.args(args);
    let mut assert = cmd.assert().code(1).stdout(contains("article 1"));
    let causes = [
        (&binary, "binary file"),
        (&latin1, "not UTF-8 text (invalid byte at offset 3)"),
        (&empty, "empty file"),
        (&dir, "is a directory"),
        (&missing, "no such file"),
    ];
    for (path, cause) in causes {
        assert = assert.stderr(contains(format!("claimdesk: {}: {cause}", path.display())));
    }
    assert_eq!(ws.export()["articles"].as_array().map(Vec::len), Some(1));
}

#[test]
fn extract_reads_standard_input() {
    let ws = Workspace::new();
    ws.cmd(&["extract", "-"])
        .write_stdin("Court news\n\nA court jailed John Smith for 5 years.\n")
        .assert()
        .success()
        .stdout(contains("<stdin>: article 1, “Court news”"));
    let doc = ws.export();
    assert_eq!(doc["claims"][0]["kind"], "prison_term");
    assert_eq!(doc["claims"][0]["subject"], "John Smith");
}

#[test]
fn a_file_that_is_not_a_database_is_refused_and_left_alone() {
    let ws = Workspace::new();
    std::fs::write(
        ws.db(),
        b"this is not sqlite, just some bytes long enough to look like a header",
    )
    .unwrap();
    ws.cmd(&["list"]).assert().code(1).stderr(contains(format!(
        "claimdesk: could not open database {}: file is not a database",
        ws.db().display()
    )));
    let bytes = std::fs::read(ws.db()).unwrap();
    assert!(bytes.starts_with(b"this is not sqlite"));
}

#[test]
fn a_database_path_that_cannot_be_a_file_is_named_with_its_cause() {
    let ws = Workspace::new();
    let dir = ws.dir.path().to_path_buf();
    let missing = ws.dir.path().join("no-such-folder").join("claims.db");
    let mut in_dir = assert_cmd::Command::cargo_bin("claimdesk").unwrap();
    in_dir.arg("--db").arg(&dir).arg("list");
    in_dir.assert().code(1).stderr(format!(
        "claimdesk: could not open database {}: is a directory\n",
        dir.display()
    ));
    let mut in_missing = assert_cmd::Command::cargo_bin("claimdesk").unwrap();
    in_missing.arg("--db").arg(&missing).arg("list");
    in_missing.assert().code(1).stderr(format!(
        "claimdesk: could not open database {}: folder {} does not exist\n",
        missing.display(),
        missing.parent().unwrap().display()
    ));
}

#[test]
fn a_database_from_a_newer_claimdesk_is_refused() {
    let ws = Workspace::new();
    ws.with_seed();
    let conn = rusqlite::Connection::open(ws.db()).unwrap();
    conn.pragma_update(None, "user_version", 999).unwrap();
    drop(conn);
    ws.cmd(&["list"]).assert().code(1).stderr(contains(
        "database schema 999 is newer than this claimdesk supports",
    ));
}

#[test]
fn scan_prints_json_lines_per_sentence() {
    let ws = Workspace::new();
    let out = stdout(&mut ws.cmd(&["scan", SEED]));
    let records: Vec<serde_json::Value> = out
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert!(
        records
            .iter()
            .all(|r| !r["claims"].as_array().unwrap().is_empty())
    );
    let term = records
        .iter()
        .flat_map(|r| r["claims"].as_array().unwrap())
        .find(|c| c["kind"] == "prison_term")
        .expect("a prison term");
    assert_eq!(term["subject"], "Ales Bialiatski");
    assert_eq!(term["value"], 10.0);
    let all = stdout(&mut ws.cmd(&["scan", SEED, "--all"]));
    assert!(all.lines().count() > records.len());
}

#[test]
fn scan_lines_treats_each_line_as_a_document() {
    let ws = Workspace::new();
    let out = stdout(
        ws.cmd(&["scan", "--lines", "--all"])
            .write_stdin("It’s brilliant.\nShe spent 3 years in jail.\n"),
    );
    let records: Vec<serde_json::Value> = out
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(records.len(), 2);
    assert_eq!(records[0]["line"], 1);
    assert_eq!(records[0]["claims"], serde_json::json!([]));
    assert_eq!(records[1]["line"], 2);
    assert_eq!(records[1]["start"], 0);
    assert_eq!(records[1]["claims"][0]["kind"], "prison_term");
    for key in ["checkworthiness", "opinion"] {
        let score = records[1][key].as_f64().unwrap();
        assert!((0.0..=1.0).contains(&score), "{key} = {score}");
    }
}

#[test]
fn scan_quantities_prints_one_object_per_quantity() {
    let ws = Workspace::new();
    let out = stdout(
        ws.cmd(&["scan", "--quantities"])
            .write_stdin("He served ten years."),
    );
    let record: serde_json::Value = serde_json::from_str(out.lines().next().unwrap()).unwrap();
    assert_eq!(record["kind"], "duration");
    assert_eq!(record["text"], "ten years");
    assert_eq!(record["value"], 10.0);
    assert_eq!(record["unit"], "years");
}

#[test]
fn list_filters_and_prints_json() {
    let ws = Workspace::new();
    ws.with_seed();
    let table = stdout(&mut ws.cmd(&["list", "--kind", "prison_term"]));
    assert_eq!(table.lines().count(), 3, "a header and two claims: {table}");
    assert!(
        table.starts_with("   id  status    kind         claimed by     what "),
        "{table}"
    );
    assert!(table.contains("Ales Bialiatski · 10 years"), "{table}");
    assert!(
        table.contains(" prison_term  (article)      Ales"),
        "{table}"
    );
    let json = stdout(&mut ws.cmd(&["list", "--status", "pending", "--limit", "3", "--json"]));
    let rows: Vec<serde_json::Value> = json
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(rows.len(), 3);
    assert!(rows.iter().all(|r| r["status"] == "pending"));
    ws.cmd(&["list", "--status", "verified"])
        .assert()
        .success()
        .stdout("")
        .stderr(contains("no claims match"));
    ws.cmd(&["list", "--status", "bogus"]).assert().code(2);
}

#[test]
fn show_highlights_the_claim_in_context_with_history() {
    let ws = Workspace::new();
    ws.with_seed();
    let id = claim_id(&ws, "prison_term");
    ws.cmd(&[
        "mark",
        &id,
        "--verdict",
        "verified",
        "--evidence",
        "https://example.org/ruling",
        "--reviewer",
        "ana",
    ])
    .assert()
    .success();
    let out = stdout(&mut ws.cmd(&["show", &id]));
    assert!(out.contains("**prison for ten years**"), "{out}");
    assert!(out.contains("\n  who        Ales Bialiatski\n"), "{out}");
    assert!(out.contains("\n  claimed by the article\n"), "{out}");
    assert!(out.contains("\n  scores     checkworthy 0."), "{out}");
    assert!(
        out.contains("He’s running a pawn shop"),
        "sentence before: {out}"
    );
    assert!(out.contains("Bialiatski’s crime?"), "sentence after: {out}");
    assert!(
        out.contains("verified by ana · evidence: https://example.org/ruling"),
        "{out}"
    );
    ws.cmd(&["show", "99999"])
        .assert()
        .code(1)
        .stderr("claimdesk: no claim with id 99999\n");
}

#[test]
fn mark_applies_the_evidence_rule_and_writes_nothing_for_unknown_ids() {
    let ws = Workspace::new();
    ws.with_seed();
    let id = claim_id(&ws, "count");
    ws.cmd(&["mark", &id, "--verdict", "disputed"])
        .assert()
        .code(2)
        .stderr(contains(
            "a disputed verdict needs evidence (a URL or a citation)",
        ));
    ws.cmd(&["mark", &id, "99999", "--verdict", "opinion"])
        .assert()
        .code(1)
        .stderr(contains("no claim with id 99999"));
    assert!(
        ws.export()["claims"]
            .as_array()
            .unwrap()
            .iter()
            .all(|c| c["history"] == serde_json::json!([]))
    );
    ws.cmd(&["mark", &id, "--verdict", "opinion", "--note", "rhetoric"])
        .assert()
        .success();
    ws.cmd(&[
        "mark",
        &id,
        "--verdict",
        "disputed",
        "--evidence",
        "UN report",
        "--reviewer",
        "bo",
    ])
    .assert()
    .success();
    let doc = ws.export();
    let claim = doc["claims"]
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["id"].as_i64().map(|n| n.to_string()).as_deref() == Some(id.as_str()))
        .unwrap();
    assert_eq!(claim["status"], "disputed");
    assert_eq!(claim["review"]["verdict"], "disputed");
    assert_eq!(claim["review"]["reviewer"], "bo");
    assert_eq!(claim["history"].as_array().unwrap().len(), 2);
    assert_eq!(claim["history"][0]["verdict"], "opinion");
    assert_eq!(claim["history"][0]["reviewer"], "tester");
    assert_eq!(claim["history"][0]["note"], "rhetoric");
}

#[test]
fn export_writes_files_atomically_and_keeps_the_schema() {
    let ws = Workspace::new();
    ws.with_seed();
    let target = ws.dir.path().join("out.json");
    ws.cmd(&["export", "-o", path_str(&target)])
        .assert()
        .success()
        .stdout("");
    let doc: serde_json::Value = serde_json::from_slice(&std::fs::read(&target).unwrap()).unwrap();
    assert_eq!(doc["schema_version"], 2);
    assert!(doc["generated_at"].as_str().unwrap().ends_with('Z'));
    let keys = |v: &serde_json::Value| v.as_object().unwrap().keys().cloned().collect::<Vec<_>>();
    assert_eq!(
        keys(&doc["articles"][0]),
        ["id", "published", "sha256", "source", "title", "url"]
    );
    assert_eq!(
        keys(&doc["claims"][0]),
        [
            "approximate",
            "article_id",
            "claim_type",
            "claimer",
            "conflicts_with",
            "end",
            "history",
            "id",
            "kind",
            "object",
            "review",
            "same_as",
            "sentence",
            "start",
            "status",
            "subject",
            "text",
            "unit",
            "value",
            "value_max",
            "value_text"
        ]
    );
    let leftovers: Vec<_> = std::fs::read_dir(ws.dir.path())
        .unwrap()
        .filter_map(Result::ok)
        .filter(|e| e.file_name().to_string_lossy().contains(".tmp-"))
        .collect();
    assert!(leftovers.is_empty());
    let bad = ws.dir.path().join("no-such-dir").join("out.json");
    ws.cmd(&["export", "-o", path_str(&bad)])
        .assert()
        .code(1)
        .stderr(contains("could not write"));
}

#[test]
fn usage_errors_exit_2() {
    let ws = Workspace::new();
    ws.cmd(&["extract"]).assert().code(2);
    ws.cmd(&["frobnicate"]).assert().code(2);
    ws.cmd(&["--help"])
        .assert()
        .success()
        .stdout(contains("extract").and(contains("review")));
}

/// The id of the first claim of `kind`, as text.
fn claim_id(ws: &Workspace, kind: &str) -> String {
    let out = stdout(&mut ws.cmd(&["list", "--kind", kind, "--json", "--limit", "1"]));
    let row: serde_json::Value =
        serde_json::from_str(out.lines().next().expect("a claim")).unwrap();
    row["id"].to_string()
}

/// `claimdesk scan | head` and `claimdesk export | head`: the reader leaving early is not an
/// error, so nothing is printed and the exit code is 0.
#[test]
fn output_into_a_closed_pipe_is_a_quiet_success() {
    use std::io::Read;
    use std::process::Stdio;

    let ws = Workspace::new();
    ws.with_seed();
    let seed = std::fs::read_to_string(SEED).expect("seed article");
    // Far more output than a pipe buffer holds, so the writer must meet the closed pipe.
    let long = ws.file("long.txt", seed.repeat(200).as_bytes());
    for args in [vec!["scan", path_str(&long)], vec!["export"]] {
        let mut child = std::process::Command::new(env!("CARGO_BIN_EXE_claimdesk"))
            .arg("--db")
            .arg(ws.db())
            .args(&args)
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .expect("spawn claimdesk");
        let mut first = [0u8; 16];
        let mut out = child.stdout.take().expect("stdout");
        out.read_exact(&mut first).expect("some output");
        drop(out);
        let done = child.wait_with_output().expect("claimdesk ends");
        let stderr = String::from_utf8_lossy(&done.stderr);
        assert!(
            done.status.success() && stderr.is_empty(),
            "{args:?}: {:?} {stderr}",
            done.status
        );
    }
}
