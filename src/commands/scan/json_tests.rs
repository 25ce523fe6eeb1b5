//! The JSON writer against serde_json: the same bytes for odd strings, floats and records.

use super::*;

fn ours(value: &impl Serialize) -> String {
    let mut out = Vec::new();
    let written = write(&mut out, value);
    assert!(written.is_ok(), "{written:?}");
    String::from_utf8_lossy(&out).into_owned()
}

fn theirs(value: &impl Serialize) -> String {
    serde_json::to_string(value).unwrap_or_default()
}

#[test]
fn strings_as_serde_json_writes_them() {
    let all: String = (0u8..128).map(char::from).collect();
    for s in [
        "",
        "a",
        "plain ascii text longer than eight bytes",
        "\"quoted\" and \\ back",
        "1234567\"",
        "12345678\"",
        "tab\there, nl\nthere\r\u{8}\u{c}\u{0}\u{1f}\u{7f}",
        "“curly” £600m – naïve 😀 \u{2028}",
        all.as_str(),
    ] {
        assert_eq!(ours(&s), theirs(&s), "{s:?}");
    }
}

#[derive(Serialize)]
struct Inner<'a> {
    kind: &'a str,
    value: Option<f64>,
    unit: Option<&'a str>,
    flag: bool,
}

#[derive(Serialize)]
struct Outer<'a> {
    #[serde(skip_serializing_if = "Option::is_none")]
    line: Option<usize>,
    score: f32,
    id: i64,
    list: Vec<Inner<'a>>,
    empty: Vec<u8>,
}

#[test]
fn records_as_serde_json_writes_them() {
    let inner = |kind, value, unit| Inner {
        kind,
        value,
        unit,
        flag: value.is_some(),
    };
    let cases = [
        Outer {
            line: None,
            score: 0.339_117_44,
            id: -3,
            list: vec![],
            empty: vec![],
        },
        Outer {
            line: Some(7),
            score: f32::NAN,
            id: 0,
            list: vec![inner("x", None, None)],
            empty: vec![1, 2],
        },
        Outer {
            line: Some(0),
            score: 1e-7,
            id: i64::MAX,
            list: vec![
                inner("money", Some(1.13e9), Some("USD")),
                inner("a\"b", Some(76.0), None),
            ],
            empty: vec![],
        },
        Outer {
            line: None,
            score: f32::INFINITY,
            id: 1,
            list: vec![inner("", Some(f64::NAN), Some("%"))],
            empty: vec![],
        },
    ];
    for case in &cases {
        assert_eq!(ours(case), theirs(case));
    }
}

#[test]
fn claim_records_of_the_seed_article_as_serde_json_writes_them() {
    use crate::export::{ClaimRecord, RecordIds};
    let text = include_str!("../../../fixtures/belarus-prisoners-2025-12-14.txt");
    let analysis = crate::extract::article::analyse(text);
    assert!(analysis.claims.len() > 10);
    for (i, c) in analysis.claims.iter().enumerate() {
        let ids = RecordIds::in_document(i, c);
        let record = ClaimRecord::new(ids, c, &text[c.start..c.end]);
        assert_eq!(ours(&record), theirs(&record));
    }
}

#[test]
fn maps_are_refused() {
    let map: std::collections::BTreeMap<&str, u8> = [("a", 1)].into();
    assert!(write(&mut Vec::new(), &map).is_err());
}
