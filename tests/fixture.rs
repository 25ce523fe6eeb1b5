//! The canonical test: the seed article's export must equal the expected file beside it, and
//! the claims a fact-checker listed for it (shared/seed/README.md) must be there.
//! `CLAIMDESK_BLESS=1 cargo test fixture` rewrites the expected file after a deliberate change.

use serde_json::Value;

use crate::util::{SEED, Workspace};

const EXPECTED: &str = "fixtures/belarus-prisoners-2025-12-14.claims.json";

fn seed_export() -> Value {
    let ws = Workspace::new();
    ws.with_seed();
    let mut doc = ws.export();
    doc.as_object_mut().expect("object").remove("generated_at");
    doc
}

#[test]
fn seed_export_matches_the_expected_file() {
    let actual = seed_export();
    let actual_text = serde_json::to_string_pretty(&actual).unwrap() + "\n";
    if std::env::var_os("CLAIMDESK_BLESS").is_some() {
        std::fs::write(EXPECTED, &actual_text).unwrap();
    }
    let expected_text = std::fs::read_to_string(EXPECTED).expect("expected export");
    if actual_text != expected_text {
        panic!(
            "the seed export differs from {EXPECTED}:\n{}",
            diff(&expected_text, &actual_text)
        );
    }
}

/// A line diff: `-` expected, `+` actual, with two lines of context around each change.
fn diff(expected: &str, actual: &str) -> String {
    let (e, a): (Vec<&str>, Vec<&str>) = (expected.lines().collect(), actual.lines().collect());
    // Longest common subsequence table, fine for a few thousand lines.
    let mut lcs = vec![vec![0u32; a.len() + 1]; e.len() + 1];
    for i in (0..e.len()).rev() {
        for j in (0..a.len()).rev() {
            lcs[i][j] = if e[i] == a[j] {
                lcs[i + 1][j + 1] + 1
            } else {
                lcs[i + 1][j].max(lcs[i][j + 1])
            };
        }
    }
    let mut lines = Vec::new();
    let (mut i, mut j) = (0, 0);
    while i < e.len() || j < a.len() {
        if i < e.len() && j < a.len() && e[i] == a[j] {
            lines.push(format!("  {}", e[i]));
            (i, j) = (i + 1, j + 1);
        } else if j < a.len() && (i == e.len() || lcs[i][j + 1] >= lcs[i + 1][j]) {
            lines.push(format!("+ {}", a[j]));
            j += 1;
        } else {
            lines.push(format!("- {}", e[i]));
            i += 1;
        }
    }
    let changed: Vec<usize> = (0..lines.len())
        .filter(|&k| !lines[k].starts_with("  "))
        .collect();
    let shown: Vec<String> = (0..lines.len())
        .filter(|&k| changed.iter().any(|&c| c.abs_diff(k) <= 2))
        .map(|k| lines[k].clone())
        .collect();
    shown.join("\n")
}

/// (kind, subject, value, object) of every claim.
fn facts(doc: &Value) -> Vec<(String, String, Option<f64>, String)> {
    let text = |v: &Value| v.as_str().unwrap_or("").to_string();
    doc["claims"]
        .as_array()
        .expect("claims")
        .iter()
        .map(|c| {
            (
                text(&c["kind"]),
                text(&c["subject"]),
                c["value"].as_f64(),
                text(&c["object"]),
            )
        })
        .collect()
}

fn has(doc: &Value, kind: &str, subject: &str, value: Option<f64>, object: &str) -> bool {
    facts(doc).iter().any(|(k, s, v, o)| {
        k == kind && s == subject && *v == value && (object.is_empty() || o == object)
    })
}

#[test]
fn the_five_claims_the_project_exists_for_come_out() {
    let doc = seed_export();
    let rows = [
        ("count", "political prisoners", Some(123.0), "released"),
        ("prison_term", "Ales Bialiatski", Some(10.0), ""),
        ("prison_term", "Maria Kolesnikova", Some(11.0), ""),
        ("award", "Ales Bialiatski", None, "Nobel Peace Prize"),
    ];
    for (kind, subject, value, object) in rows {
        assert!(
            has(&doc, kind, subject, value, object),
            "missing {kind} {subject} {value:?}; got {:#?}",
            facts(&doc)
        );
    }
    let won = doc["claims"].as_array().unwrap().iter().any(|c| {
        c["kind"] == "award"
            && c["subject"] == "Ales Bialiatski"
            && c["text"].as_str().unwrap().starts_with("He won")
    });
    assert!(won, "the award won by “He” (Bialiatski)");
    assert_eq!(doc["articles"][0]["published"], "2025-12-14");
    assert_eq!(doc["articles"][0]["source"], SEED);
}

#[test]
fn the_careful_reader_claims_come_out() {
    let doc = seed_export();
    assert!(has(&doc, "release", "Ales Bialiatski", None, "Belarus"));
    assert!(has(&doc, "release", "Maria Kolesnikova", None, ""));
    assert!(has(&doc, "count", "prisoners", Some(123.0), "released"));
    assert!(has(&doc, "duration", "Alexander Lukashenko", Some(2.0), ""));
    assert!(has(&doc, "quote", "Alexander Lukashenko", None, "label"));
    assert!(has(&doc, "quote", "the prisoners", None, ""));
    assert!(has(
        &doc,
        "event",
        "United States",
        None,
        "lifted sanctions"
    ));
    assert!(has(&doc, "event", "Belarus", None, ""));
    assert!(has(&doc, "date", "publication date", None, "2025-12-14"));
    let vague = doc["claims"]
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["value_text"] == "a few dozen")
        .expect("a few dozen");
    assert_eq!(vague["approximate"], true);
    assert!(vague["value_max"].as_f64().unwrap() > vague["value"].as_f64().unwrap());
}

#[test]
fn pure_opinion_sentences_yield_nothing() {
    let doc = seed_export();
    let opinions = [
        "It’s brilliant.",
        "It’s horrific.",
        "compassion is for suckers",
        "The logic here is thinner than a crepe.",
        "What a laugh, really.",
    ];
    for claim in doc["claims"].as_array().unwrap() {
        let sentence = claim["sentence"].as_str().unwrap();
        assert!(
            !opinions.iter().any(|o| sentence.contains(o)),
            "claim from opinion: {claim}"
        );
    }
}
