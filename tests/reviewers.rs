//! Several reviewers: `import-reviews` merges another reviewer's export by fingerprint, once;
//! a bad or foreign file changes nothing; `stats` reports the agreement between reviewers.

use predicates::str::contains;
use serde_json::Value;

use crate::util::{SEED, Workspace, path_str, stdout};

/// A reviewer's own database with the seed article and these verdicts (`verdict`, ids).
fn reviewer(name: &str, marks: &[(&str, &[&str])]) -> Workspace {
    let ws = Workspace::new();
    ws.with_seed();
    for (verdict, ids) in marks {
        let mut cmd = ws.cmd(&["mark", "--verdict", verdict, "--reviewer", name]);
        cmd.args(*ids)
            .args(["--evidence", "a source"])
            .assert()
            .success();
    }
    ws
}

/// `export` of `from` (in `format`) written into `to`'s folder; its path.
fn exported(from: &Workspace, to: &Workspace, format: &str) -> String {
    let text = stdout(&mut from.cmd(&["export", "--format", format]));
    let path = to.file(&format!("import.{format}"), text.as_bytes());
    path_str(&path).to_string()
}

/// The histories of the export, without its time stamp.
fn histories(ws: &Workspace) -> Vec<Value> {
    let doc = ws.export();
    let claims = doc["claims"].as_array().cloned().unwrap_or_default();
    claims.iter().map(|c| c["history"].clone()).collect()
}

#[test]
fn import_merges_the_verdicts_once() {
    let ana = reviewer("ana", &[("verified", &["1", "2"])]);
    let bob = reviewer("bob", &[("disputed", &["1"]), ("verified", &["3"])]);
    // The same verdicts from the JSON Lines export are already there.
    let outcomes = [
        ("json", "2 verdicts added, 0"),
        ("jsonl", "0 verdicts added, 2"),
    ];
    for (format, outcome) in outcomes {
        let file = exported(&bob, &ana, format);
        ana.cmd(&["import-reviews", &file])
            .assert()
            .success()
            .stdout(contains(format!(
                "62 claims matched; {outcome} already here"
            )));
    }
    let before = histories(&ana);
    let reviewers: Vec<&str> = before[0]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["reviewer"].as_str().unwrap())
        .collect();
    assert_eq!(
        reviewers,
        ["ana", "bob"],
        "both verdicts kept, in arrival order"
    );
    assert_eq!(before[2][0]["reviewer"], "bob");
    let file = exported(&bob, &ana, "json");
    ana.cmd(&["import-reviews", &file])
        .assert()
        .success()
        .stdout(contains("0 verdicts added, 2 already here"));
    assert_eq!(histories(&ana), before, "a second import changes nothing");
    let doc = ana.export();
    assert_eq!(
        doc["claims"][0]["status"], "disputed",
        "the latest verdict stands"
    );
}

#[test]
fn a_file_of_other_articles_matches_nothing() {
    let ana = reviewer("ana", &[("verified", &["1"])]);
    let other = Workspace::new();
    other
        .cmd(&["extract", "-"])
        .write_stdin("Council news\n\nThe council spent 12 million pounds on roads.\n")
        .assert()
        .success();
    other
        .cmd(&["mark", "1", "--verdict", "opinion"])
        .assert()
        .success();
    let file = exported(&other, &ana, "json");
    let before = histories(&ana);
    ana.cmd(&["import-reviews", &file])
        .assert()
        .code(1)
        .stderr(contains("is in this database (1 claim in the file;"))
        .stderr(contains("nothing imported"));
    assert_eq!(histories(&ana), before);
}

#[test]
fn a_bad_file_is_named_with_its_cause_and_changes_nothing() {
    let ana = reviewer("ana", &[("verified", &["1"])]);
    let bob = reviewer("bob", &[("disputed", &["1", "2"])]);
    let good = std::fs::read_to_string(exported(&bob, &ana, "json")).unwrap();
    // The second claim's verdict is broken, so the first claim's would be imported if the
    // import were not one transaction.
    let late_fault = {
        let mut doc: Value = serde_json::from_str(&good).unwrap();
        doc["claims"][1]["history"][0]["verdict"] = Value::from("maybe");
        doc.to_string()
    };
    let cases: &[(&str, String, &str)] = &[
        (
            "truncated.json",
            good[..good.len() / 2].to_string(),
            "not JSON",
        ),
        (
            "list.json",
            "[1, 2, 3]".to_string(),
            "not a claimdesk export",
        ),
        (
            "newer.json",
            good.replace("\"schema_version\":2", "\"schema_version\":7"),
            "export schema 7 is newer",
        ),
        (
            "verdict.json",
            late_fault,
            "claim 2: unknown verdict \"maybe\"",
        ),
        ("empty.json", String::new(), "empty file"),
    ];
    let before = histories(&ana);
    for (name, text, cause) in cases {
        let path = ana.file(name, text.as_bytes());
        let assert = ana
            .cmd(&["import-reviews", path_str(&path)])
            .assert()
            .code(1);
        let err = String::from_utf8(assert.get_output().stderr.clone()).unwrap();
        assert_eq!(err.lines().count(), 1, "{name}: {err}");
        assert!(
            err.contains(&format!("could not import {}: ", path.display())),
            "{err}"
        );
        assert!(err.contains(cause), "{name}: {err}");
    }
    ana.cmd(&["import-reviews", "missing.json"])
        .assert()
        .code(1)
        .stderr(contains("could not import missing.json: no such file"));
    assert_eq!(histories(&ana), before);
}

#[test]
fn stats_report_agreement_between_reviewers() {
    let lead = reviewer(
        "ana",
        &[("verified", &["1", "2", "3"]), ("disputed", &["4"])],
    );
    let bob = reviewer(
        "bob",
        &[("verified", &["1", "2"]), ("disputed", &["3", "4"])],
    );
    let cy = reviewer(
        "cy",
        &[("verified", &["1"]), ("disputed", &["2", "3", "4"])],
    );
    for other in [&bob, &cy] {
        let file = exported(other, &lead, "json");
        lead.cmd(&["import-reviews", &file]).assert().success();
    }
    let json: Value = serde_json::from_str(&stdout(&mut lead.cmd(&["stats", "--json"]))).unwrap();
    assert_eq!(json["total"]["total"], 62);
    let reviewers = json["reviewers"].as_array().unwrap();
    assert_eq!(reviewers.len(), 3);
    assert_eq!(reviewers[0]["reviewer"], "ana");
    assert_eq!(reviewers[0]["claims"], 4);
    let pair = &json["pairs"][0];
    assert_eq!(pair["reviewers"], serde_json::json!(["ana", "bob"]));
    assert_eq!(
        (pair["claims"].as_u64(), pair["agreed"].as_u64()),
        (Some(4), Some(3))
    );
    // ana v v v d, bob v v d d: po 3/4, pe (3·2 + 1·2)/16 = 1/2, kappa 1/2.
    assert_eq!(pair["kappa"].as_f64(), Some(0.5));
    assert_eq!(json["all_reviewers"]["reviewers"], 3);
    assert_eq!(json["all_reviewers"]["claims"], 4);
    assert_eq!(json["conflicts"], 2);
    let table = stdout(&mut lead.cmd(&["stats"]));
    for line in [
        "reviewer",
        "ana · bob: 4 claims, 3 agree (75%), kappa 0.50",
        "all 3 reviewers",
        "claims in conflict: 2",
    ] {
        assert!(table.contains(line), "{line}:\n{table}");
    }
    assert!(table.lines().all(|l| l.chars().count() <= 80), "{table}");
    let empty = Workspace::new();
    empty.cmd(&["extract", SEED]).assert().success();
    empty
        .cmd(&["stats"])
        .assert()
        .success()
        .stdout(contains("no verdicts yet"));
}
