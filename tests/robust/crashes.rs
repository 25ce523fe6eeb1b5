//! kill -9 mid-extract and mid-review loses nothing: a batch is one transaction, a verdict is
//! committed before the next screen, and the database opens cleanly afterwards.

use std::io::{BufRead, BufReader};
use std::process::{Command, Stdio};

use rexpect::process::Signal;
use serde_json::Value;

use crate::util::{SEED, Workspace, path_str};

/// The export without what differs between runs (times).
fn comparable(mut doc: Value) -> Value {
    for article in doc["articles"].as_array_mut().into_iter().flatten() {
        article.as_object_mut().map(|a| a.remove("imported_at"));
    }
    serde_json::json!({ "articles": doc["articles"], "claims": doc["claims"] })
}

/// Many distinct articles: a few 256-article transactions' worth.
fn corpus(ws: &Workspace) -> std::path::PathBuf {
    let seed = std::fs::read_to_string(SEED).unwrap();
    let dir = ws.dir.path().join("corpus");
    std::fs::create_dir(&dir).unwrap();
    for i in 0..600 {
        std::fs::write(
            dir.join(format!("{i:04}.txt")),
            format!("Story {i}\n\n{seed}"),
        )
        .unwrap();
    }
    dir
}

#[test]
fn kill_9_mid_extract_keeps_whole_batches_and_a_rerun_completes() {
    let ws = Workspace::new();
    let dir = corpus(&ws);
    let mut child = Command::new(env!("CARGO_BIN_EXE_claimdesk"))
        .arg("--db")
        .arg(ws.db())
        .args(["extract", path_str(&dir)])
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    // The first summary line: one batch is committed; kill while later ones are in flight.
    let mut first = String::new();
    BufReader::new(child.stdout.take().unwrap())
        .read_line(&mut first)
        .unwrap();
    child.kill().unwrap();
    child.wait().unwrap();
    let after_kill = ws.export();
    let stored = after_kill["articles"].as_array().unwrap().len();
    assert!(
        stored > 0 && stored.is_multiple_of(256) || stored == 600,
        "whole batches: {stored}"
    );
    ws.cmd(&["extract", "-q", path_str(&dir)])
        .assert()
        .success();
    let clean = Workspace::new();
    clean
        .cmd(&["extract", "-q", path_str(&dir)])
        .assert()
        .success();
    assert_eq!(comparable(ws.export()), comparable(clean.export()));
}

#[test]
fn kill_9_mid_review_keeps_the_verdicts_given() {
    let ws = Workspace::new();
    ws.with_seed();
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_claimdesk"));
    cmd.arg("--db")
        .arg(ws.db())
        .arg("review")
        .env("NO_COLOR", "1")
        .env("TERM", "xterm")
        .env("CLAIMDESK_REVIEWER", "ana");
    let mut p = rexpect::session::spawn_command(cmd, Some(20_000)).unwrap();
    p.exp_string("[q] quit").unwrap();
    press(&mut p, "o");
    p.exp_string("Note: ").unwrap();
    press(&mut p, "\r");
    // The next claim's screen; its header counts the verdicts the session has committed
    // (one verdict may cover a restatement too).
    let screen = p.exp_string("[q] quit").unwrap();
    let counted: usize = screen
        .split("opinion ")
        .nth(1)
        .and_then(|rest| rest.split(' ').next())
        .and_then(|n| n.parse().ok())
        .expect("the opinion count on the screen");
    p.process_mut().kill(Signal::SIGKILL).unwrap();
    let doc = ws.export();
    let given: Vec<&Value> = doc["claims"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|c| c["status"] != "pending")
        .collect();
    assert!(counted >= 1);
    assert_eq!(
        given.len(),
        counted,
        "every verdict the screen counted is kept"
    );
    assert!(given.iter().all(|c| c["review"]["reviewer"] == "ana"));
    ws.cmd(&["list", "--status", "opinion"]).assert().success();
}

/// Sends keys to the terminal at once (rexpect buffers them otherwise).
fn press(p: &mut rexpect::session::PtySession, keys: &str) {
    p.send(keys).unwrap();
    p.flush().unwrap();
}
