//! The canonical test: the seed article's export must equal the insta snapshot beside it
//! (`fixtures/belarus-prisoners-2025-12-14.snap`), and the claims a fact-checker listed for it
//! (shared/seed/README.md) must be there. After a deliberate change, `cargo insta review`
//! (or `INSTA_UPDATE=always`) accepts the new export; with `CI` set nothing is written.

use serde_json::Value;

use crate::util::{SEED, Workspace};

/// The seed's export without `generated_at`, the one field that changes from run to run.
fn seed_export() -> Value {
    let ws = Workspace::new();
    ws.with_seed();
    let mut doc = ws.export();
    doc.as_object_mut().expect("object").remove("generated_at");
    doc
}

#[test]
fn seed_export_matches_the_snapshot() {
    let mut settings = insta::Settings::clone_current();
    settings.set_snapshot_path("../fixtures");
    settings.set_prepend_module_to_snapshot(false);
    settings.bind(|| {
        insta::assert_json_snapshot!("belarus-prisoners-2025-12-14", seed_export());
    });
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
