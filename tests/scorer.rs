//! `--scorer` and `model install|status` through the binary, without the model installed: the
//! fast scorer is the default and says so, asking for the accurate one fails on one line.

use crate::util::{SEED, Workspace, stdout};

#[test]
fn scan_and_extract_say_which_scorer_scored() {
    let ws = Workspace::new();
    let out = stdout(&mut ws.cmd(&["scan", SEED]));
    let first: serde_json::Value = serde_json::from_str(out.lines().next().unwrap()).unwrap();
    assert_eq!(first["scorer"], "fast");
    let out = stdout(&mut ws.cmd(&["extract", SEED]));
    assert!(out.trim_end().ends_with("· fast scores"), "{out:?}");
}

#[test]
fn the_accurate_scorer_without_the_model_fails_on_one_line() {
    let ws = Workspace::new();
    let missing = ws.dir.path().join("no-model");
    let want = match cfg!(feature = "accurate") {
        true => format!(
            "claimdesk: the accurate scorer needs the base model: run `claimdesk model install` (looked in {})\n",
            missing.display()
        ),
        false => "claimdesk: this claimdesk was built without the accurate scorer: build it with `--features accurate`\n".to_string(),
    };
    for args in [
        ["scan", "--scorer", "accurate", SEED],
        ["extract", "--scorer", "accurate", SEED],
    ] {
        ws.cmd(&args).assert().code(1).stderr(want.clone());
    }
}

#[test]
fn model_status_and_install_errors() {
    let ws = Workspace::new();
    let missing = ws.dir.path().join("no-model");
    ws.cmd(&["model", "status"])
        .assert()
        .success()
        .stdout(format!(
            "all-MiniLM-L6-v2: not installed in {}\n",
            missing.display()
        ));
    let not_there = ws.dir.path().join("nothing.whl");
    ws.cmd(&["model", "install", not_there.to_str().unwrap()])
        .assert()
        .code(1)
        .stderr(format!(
            "claimdesk: could not read {}: No such file or directory (os error 2)\n",
            not_there.display()
        ));
    let junk = ws.file("junk.whl", b"not a zip");
    ws.cmd(&["model", "install", junk.to_str().unwrap()])
        .assert()
        .code(1)
        .stderr(predicates::str::starts_with(format!(
            "claimdesk: could not read the wheel {}: ",
            junk.display()
        )));
}
