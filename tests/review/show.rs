//! `claimdesk show` and `list` on linked claims: the group and the conflict lines of review.

use assert_cmd::Command;

use super::fixture::Fixture;

fn run(f: &Fixture, args: &[&str]) -> String {
    let mut cmd = Command::cargo_bin("claimdesk").unwrap();
    cmd.arg("--db")
        .arg(&f.db_path)
        .args(args)
        .env("NO_COLOR", "1");
    let out = cmd.assert().success().get_output().stdout.clone();
    String::from_utf8(out).unwrap()
}

#[test]
fn show_prints_the_restatement_group_and_the_conflict() {
    let f = Fixture::linked();
    let out = run(&f, &["show", "6"]);
    let group = "\nclaim 1 and its 1 restatement\n       1 pending  Belarus freed **123 political prisoners** on Saturday.\n  >    6 pending  In all, **123 prisoners** walked free.\n\nhistory:";
    assert!(out.contains(group), "{out}");
    let out = run(&f, &["show", "1"]);
    let conflict = "\nconflicts with claim 7\n  >    1 pending  Belarus freed **123 political prisoners** on Saturday.\n       7 pending  Officials spoke of only **a few dozen prisoners**.\n";
    assert!(out.contains(conflict), "{out}");
    assert!(out.contains("\n  claimed by the article\n"), "{out}");
    let claimed = run(&f, &["show", "7"]);
    assert!(claimed.contains("\n  claimed by Officials\n"), "{claimed}");
    let unlinked = run(&f, &["show", "2"]);
    assert!(!unlinked.contains("restatement") && !unlinked.contains("conflicts with"));
    let json: serde_json::Value = serde_json::from_str(&run(&f, &["show", "7", "--json"])).unwrap();
    assert_eq!(
        (json["conflicts_with"].as_i64(), json["same_as"].as_i64()),
        (Some(1), None)
    );
}

#[test]
fn list_names_who_claims_it() {
    let f = Fixture::linked();
    let out = run(&f, &["list"]);
    let lines: Vec<&str> = out.lines().skip(1).collect();
    assert_eq!(lines.len(), 7, "a header, then the claims: {out}");
    assert!(
        lines[..6].iter().all(|l| l.contains(" (article)      ")),
        "{out}"
    );
    assert!(
        lines[6].contains(" count        Officials      prisoners"),
        "{out}"
    );
}
