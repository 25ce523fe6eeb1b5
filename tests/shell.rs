//! The shell conventions: completions, the manual page, `--color`, `--db` after the command,
//! kinds checked by clap, and `scan` on a terminal with nothing piped in.

use std::process::Command as Process;

use predicates::prelude::*;
use predicates::str::contains;

use crate::util::{Workspace, stdout};

#[test]
fn completions_for_every_shell_name_the_commands() {
    let ws = Workspace::new();
    // shell, a line its script has
    let cases = [
        ("bash", "_claimdesk()"),
        ("zsh", "#compdef claimdesk"),
        ("fish", "complete -c claimdesk"),
        ("elvish", "edit:completion:arg-completer[claimdesk]"),
        ("powershell", "Register-ArgumentCompleter"),
    ];
    for (shell, line) in cases {
        let script = stdout(&mut ws.cmd(&["completions", shell]));
        assert!(script.contains(line), "{shell}: {line}");
        assert!(
            script.contains("review") && script.contains("kind"),
            "{shell}"
        );
    }
    // The shells that complete values offer the kinds.
    assert!(stdout(&mut ws.cmd(&["completions", "fish"])).contains("prison_term"));
    ws.cmd(&["completions", "tcsh"]).assert().code(2);
}

#[test]
fn the_manual_pages_are_roff() {
    let ws = Workspace::new();
    let page = stdout(&mut ws.cmd(&["man"]));
    assert!(page.contains(".TH claimdesk 1"), "{page}");
    assert!(page.contains("completions"), "{page}");
    let list = stdout(&mut ws.cmd(&["man", "list"]));
    assert!(list.contains(".TH claimdesk-list 1"), "{list}");
    assert!(list.contains("prison_term"), "the kinds are listed: {list}");
    ws.cmd(&["man", "nope"])
        .assert()
        .code(2)
        .stderr(contains("no command \"nope\" (one of: extract, scan"));
}

#[test]
fn scan_help_offers_no_database() {
    let ws = Workspace::new();
    let help = stdout(&mut ws.cmd(&["scan", "--help"]));
    assert!(!help.contains("--db"), "{help}");
    assert!(stdout(&mut ws.cmd(&["list", "--help"])).contains("--db"));
}

#[test]
fn the_database_can_follow_the_command() {
    let ws = Workspace::new();
    ws.with_seed();
    let mut cmd = assert_cmd::Command::cargo_bin("claimdesk").unwrap();
    cmd.args(["list", "--kind", "prison_term", "--db"])
        .arg(ws.db())
        .current_dir(ws.dir.path())
        .env_remove("CLAIMDESK_DB");
    assert!(stdout(&mut cmd).contains("Ales Bialiatski · 10 years"));
    assert!(!ws.dir.path().join("claimdesk.db").exists());
}

#[test]
fn an_unknown_kind_is_refused_with_the_kinds() {
    let ws = Workspace::new();
    for command in ["list", "review"] {
        ws.cmd(&[command, "--kind", "counts"])
            .assert()
            .code(2)
            .stderr(contains("invalid value 'counts' for '--kind <KIND>'"))
            .stderr(contains("count, prison_term, award, release, date"));
    }
}

#[test]
fn color_always_and_never_override_the_environment() {
    let ws = Workspace::new();
    ws.with_seed();
    let show = |color: &str, no_color: &str| {
        let mut cmd = ws.cmd(&["--color", color, "show", "10"]);
        stdout(cmd.env("NO_COLOR", no_color))
    };
    assert!(
        show("always", "1").contains("\x1b["),
        "always wins over NO_COLOR"
    );
    assert!(!show("never", "").contains('\x1b'));
    assert!(!show("auto", "").contains('\x1b'), "not a terminal");
    ws.cmd(&["show", "10", "--color", "sometimes"])
        .assert()
        .code(2)
        .stderr(contains("[possible values: auto, always, never]"));
}

#[test]
fn scan_on_a_terminal_says_it_reads_standard_input() {
    let mut cmd = Process::new(env!("CARGO_BIN_EXE_claimdesk"));
    cmd.arg("scan").env("NO_COLOR", "1");
    let mut p = rexpect::session::spawn_command(cmd, Some(10_000)).unwrap();
    p.exp_string("scan reads the text from standard input")
        .unwrap();
    p.send_line("He served ten years in prison.").unwrap();
    p.send_control('d').unwrap();
    p.exp_string("\"kind\":\"prison_term\"").unwrap();
    p.exp_eof().unwrap();
    let ws = Workspace::new();
    ws.cmd(&["scan"])
        .write_stdin("He served ten years.")
        .assert()
        .success()
        .stderr(predicate::str::is_empty());
}
