//! The reviewer's name: `$USER` when set, else the account's name in the user database; with
//! neither (an account the database does not know), `mark` requires `--reviewer` and
//! `review` asks once.

use std::process::Command;

use predicates::str::contains;

use crate::util::{Workspace, stdout};

/// The id of the first claim, as text.
fn first_claim(ws: &Workspace) -> String {
    ws.export()["claims"][0]["id"].to_string()
}

fn reviewers(ws: &Workspace) -> Vec<String> {
    ws.export()["claims"]
        .as_array()
        .unwrap()
        .iter()
        .flat_map(|c| c["history"].as_array().unwrap())
        .map(|h| h["reviewer"].as_str().unwrap().to_string())
        .collect()
}

/// Whether this machine can run a command as a user id the user database does not know
/// (a user namespace: `unshare --user --map-user=4242`).
fn can_be_nameless() -> bool {
    let ok = Command::new("unshare")
        .args(["--user", "--map-user=4242", "true"])
        .status()
        .is_ok_and(|s| s.success());
    if !ok {
        eprintln!("skipped: no user namespaces here (unshare --user)");
    }
    ok
}

/// `claimdesk --db DB ARGS` as uid 4242, with no $USER.
fn nameless(ws: &Workspace, args: &[&str]) -> Command {
    let mut cmd = Command::new("unshare");
    cmd.args([
        "--user",
        "--map-user=4242",
        env!("CARGO_BIN_EXE_claimdesk"),
        "--db",
    ])
    .arg(ws.db())
    .args(args)
    .env_remove("USER")
    .env_remove("CLAIMDESK_REVIEWER")
    .env("NO_COLOR", "1");
    cmd
}

#[test]
fn an_empty_user_falls_back_to_the_account_name() {
    let ws = Workspace::new();
    ws.with_seed();
    let account =
        String::from_utf8(Command::new("id").arg("-un").output().unwrap().stdout).unwrap();
    let id = first_claim(&ws);
    ws.cmd(&["mark", &id, "--verdict", "opinion"])
        .env("USER", "")
        .assert()
        .success();
    assert_eq!(reviewers(&ws), [account.trim()]);
}

#[test]
fn mark_without_any_name_requires_reviewer() {
    let ws = Workspace::new();
    ws.with_seed();
    if !can_be_nameless() {
        return;
    }
    let id = first_claim(&ws);
    let out = nameless(&ws, &["mark", &id, "--verdict", "opinion"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(
        String::from_utf8_lossy(&out.stderr).contains("no reviewer name: pass --reviewer NAME"),
        "{out:?}"
    );
    assert!(reviewers(&ws).is_empty(), "nothing recorded");
    let named = nameless(
        &ws,
        &["mark", &id, "--verdict", "opinion", "--reviewer", "zoe"],
    );
    assert!(
        assert_cmd::Command::from_std(named)
            .assert()
            .try_success()
            .is_ok()
    );
    assert_eq!(reviewers(&ws), ["zoe"]);
    // The flag's help says where the default comes from.
    let help = stdout(&mut ws.cmd(&["mark", "--help"]));
    assert!(help.contains("--reviewer"), "{help}");
    ws.cmd(&["mark", "--help"])
        .assert()
        .stdout(contains("$USER"));
}

#[test]
fn review_without_any_name_asks_once() {
    let ws = Workspace::new();
    ws.with_seed();
    if !can_be_nameless() {
        return;
    }
    let mut cmd = nameless(&ws, &["review"]);
    cmd.env("TERM", "xterm");
    let mut p = rexpect::session::spawn_command(cmd, Some(20_000)).unwrap();
    p.exp_string("Your name, recorded on every verdict")
        .unwrap();
    // An empty line asks again.
    press(&mut p, "\r");
    p.exp_string("Your name, recorded on every verdict")
        .unwrap();
    press(&mut p, "zoe\r");
    p.exp_string("[q] quit").unwrap();
    for _ in 0..2 {
        press(&mut p, "o");
        p.exp_string("Note: ").unwrap();
        press(&mut p, "\r");
        p.exp_string("[q] quit").unwrap();
    }
    press(&mut p, "q");
    p.exp_eof().unwrap();
    // Two verdicts (one may cover a restatement too), all by the name asked for once.
    let names = reviewers(&ws);
    assert!(
        names.len() >= 2 && names.iter().all(|n| n == "zoe"),
        "{names:?}"
    );
}

/// Sends keys to the terminal at once (rexpect buffers them otherwise).
fn press(p: &mut rexpect::session::PtySession, keys: &str) {
    p.send(keys).unwrap();
    p.flush().unwrap();
}
