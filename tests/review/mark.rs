//! `claimdesk mark`: the scripted path through the same evidence rule and recording.

use assert_cmd::Command;
use predicates::str::contains;

use claimdesk::db::Verdict;

use super::fixture::{Fixture, refusal};

fn mark(f: &Fixture) -> Command {
    let mut cmd = Command::cargo_bin("claimdesk").unwrap();
    cmd.arg("--db")
        .arg(&f.db_path)
        .arg("mark")
        .env("CLAIMDESK_REVIEWER", "ana");
    cmd
}

#[test]
fn an_unknown_id_is_an_error_and_nothing_is_written() {
    let f = Fixture::new();
    mark(&f)
        .args(["1", "42", "--verdict", "opinion"])
        .assert()
        .code(1)
        .stderr(contains("no claim with id 42"));
    assert!(f.history(1).is_empty());
    assert_eq!(f.status(1), "pending");
}

#[test]
fn verified_and_disputed_need_evidence() {
    let f = Fixture::new();
    for verdict in [Verdict::Verified, Verdict::Disputed] {
        mark(&f)
            .args(["1", "--verdict", verdict.as_str(), "--evidence", "  "])
            .assert()
            .code(2)
            .stderr(format!("claimdesk: {}\n", refusal(verdict)));
    }
    assert!(f.history(1).is_empty());
    mark(&f)
        .args(["1", "--verdict", "opinion"])
        .assert()
        .success();
    assert_eq!(f.status(1), "opinion");
}

#[test]
fn a_new_verdict_appends_to_the_history() {
    let f = Fixture::new();
    mark(&f)
        .args([
            "1",
            "2",
            "--verdict",
            "verified",
            "--evidence",
            "https://example.org",
        ])
        .assert()
        .success()
        .stdout(contains("marked 2 claims verified: 1, 2"));
    mark(&f)
        .args([
            "1",
            "--verdict",
            "disputed",
            "--evidence",
            "Reuters",
            "--reviewer",
            "bo",
        ])
        .assert()
        .success();
    let history = f.history(1);
    assert_eq!(history.len(), 2);
    assert_eq!(
        (history[0].reviewer.as_str(), history[1].reviewer.as_str()),
        ("ana", "bo")
    );
    assert_eq!(f.status(1), "disputed");
}

#[test]
fn review_without_a_terminal_exits_2_and_names_mark() {
    let f = Fixture::new();
    Command::cargo_bin("claimdesk")
        .unwrap()
        .arg("--db")
        .arg(&f.db_path)
        .arg("review")
        .write_stdin("v\n")
        .assert()
        .code(2)
        .stderr(contains("claimdesk mark"));
}
