//! `export` in every format: the shared filters, the JSON and JSON Lines exports checked
//! against their committed JSON Schemas, CSV read back by a CSV reader, ClaimReview fields.

use claimdesk::db::{Db, NewReview, Verdict};
use claimdesk::extract::claims::ClaimKind;
use predicates::str::contains;
use serde_json::Value;

use crate::util::{Workspace, stdout};

/// The seed article with verdicts of every sort: verified, disputed, opinion, one undone.
fn reviewed() -> Workspace {
    let ws = Workspace::new();
    ws.with_seed();
    let marks: &[(&str, &str, &[&str])] = &[
        (
            "verified",
            "ana",
            &["1", "2", "--evidence", "https://example.org/a, \"b\""],
        ),
        (
            "disputed",
            "ana",
            &["3", "--evidence", "BBC", "--note", "line one\nline two"],
        ),
        ("opinion", "bob", &["4"]),
        ("verified", "bob", &["5", "--evidence", "x"]),
    ];
    for (verdict, reviewer, rest) in marks {
        let mut cmd = ws.cmd(&["mark", "--verdict", verdict, "--reviewer", reviewer]);
        cmd.args(*rest).assert().success();
    }
    let mut db = Db::open(&ws.db()).expect("database");
    let undo = NewReview {
        verdict: Verdict::Reopened,
        evidence: None,
        note: Some("undone in review".to_string()),
        reviewer: "bob".to_string(),
    };
    db.record_reviews(&[5], &undo).expect("undo");
    ws
}

fn export(ws: &Workspace, args: &[&str]) -> String {
    let mut cmd = ws.cmd(&["export"]);
    stdout(cmd.args(args))
}

fn json_lines(text: &str) -> Vec<Value> {
    text.lines()
        .map(|l| serde_json::from_str(l).expect("a JSON line"))
        .collect()
}

fn read_schema(name: &str) -> Value {
    let path = format!("docs/schema/{name}");
    let text = std::fs::read_to_string(&path).expect("schema file");
    serde_json::from_str(&text).expect("schema is JSON")
}

/// A validator for a committed schema, with the document schema registered for `$ref`s.
fn validator(name: &str) -> jsonschema::Validator {
    let registry = jsonschema::Registry::new()
        .add(
            "urn:claimdesk:schema:export",
            read_schema("export.schema.json"),
        )
        .expect("resource")
        .prepare()
        .expect("registry");
    jsonschema::options()
        .with_registry(&registry)
        .should_validate_formats(true)
        .build(&read_schema(name))
        .expect("a valid schema")
}

fn assert_valid(validator: &jsonschema::Validator, value: &Value) {
    let errors: Vec<String> = validator
        .iter_errors(value)
        .map(|e| format!("{} at {}", e, e.instance_path()))
        .collect();
    assert!(errors.is_empty(), "{errors:#?}");
}

#[test]
fn the_json_export_matches_its_schema() {
    let ws = reviewed();
    let schema = validator("export.schema.json");
    for args in [&[][..], &["--status", "verified"], &["--kind", "count"]] {
        let doc: Value = serde_json::from_str(&export(&ws, args)).expect("JSON");
        assert_valid(&schema, &doc);
    }
    let mut doc = ws.export();
    doc["claims"][0]["surprise"] = Value::Bool(true);
    assert!(
        !schema.is_valid(&doc),
        "an unknown field must fail the schema"
    );
}

#[test]
fn the_jsonl_export_matches_its_schema_and_the_document() {
    let ws = reviewed();
    let schema = validator("export-line.schema.json");
    let lines = json_lines(&export(&ws, &["--format", "jsonl"]));
    for line in &lines {
        assert_valid(&schema, line);
    }
    let doc = ws.export();
    let claims = doc["claims"].as_array().expect("claims");
    assert_eq!(lines.len(), claims.len());
    let mut first = lines[0].clone();
    let article = first.as_object_mut().and_then(|o| o.remove("article"));
    assert_eq!(article.as_ref(), Some(&doc["articles"][0]));
    assert_eq!(first, claims[0]);
    assert_eq!(
        lines[4]["history"].as_array().map(Vec::len),
        Some(2),
        "verdict and undo"
    );
    assert_eq!(lines[4]["review"], Value::Null);
}

#[test]
fn the_schema_names_every_kind() {
    let schema = read_schema("export.schema.json");
    let kinds = &schema["$defs"]["claim"]["properties"]["kind"]["enum"];
    let named: Vec<&str> = ClaimKind::ALL.iter().map(|k| k.as_str()).collect();
    assert_eq!(kinds, &serde_json::json!(named));
}

#[test]
fn every_format_takes_the_same_filters() {
    let ws = reviewed();
    let cases: &[(&[&str], usize)] = &[
        (&["--status", "verified"], 2),
        (&["--status", "disputed"], 1),
        (&["--kind", "date"], 1),
        (&["--article", "2"], 0),
        (&["--since", "2000-01-01"], 62),
        (&["--since", "2999-01-01T00:00:00Z"], 0),
    ];
    for (filter, n) in cases {
        let with = |format: &str| {
            let mut args = vec!["--format", format];
            args.extend_from_slice(filter);
            export(&ws, &args)
        };
        let doc: Value = serde_json::from_str(&with("json")).expect("JSON");
        assert_eq!(
            doc["claims"].as_array().map(Vec::len),
            Some(*n),
            "json {filter:?}"
        );
        assert_eq!(json_lines(&with("jsonl")).len(), *n, "jsonl {filter:?}");
        let csv = with("csv");
        let rows = csv::Reader::from_reader(csv.as_bytes()).records().count();
        assert_eq!(rows, *n, "csv {filter:?}");
        let articles = doc["articles"].as_array().map(Vec::len);
        assert_eq!(articles, Some(usize::from(*n > 0)), "articles {filter:?}");
    }
    ws.cmd(&["export", "--since", "last week"])
        .assert()
        .code(2)
        .stderr(contains("is not a date (YYYY-MM-DD) or an RFC 3339 time"));
    ws.cmd(&["export", "--kind", "rumour"]).assert().code(2);
}

#[test]
fn csv_rows_quote_as_rfc_4180_and_carry_the_latest_verdict() {
    let ws = reviewed();
    let text = export(&ws, &["--format", "csv"]);
    let mut reader = csv::Reader::from_reader(text.as_bytes());
    let header = reader.headers().expect("header").clone();
    let column = |name: &str| header.iter().position(|h| h == name).expect(name);
    let rows: Vec<csv::StringRecord> = reader.records().map(|r| r.expect("row")).collect();
    assert_eq!(rows.len(), 62);
    let cell = |row: usize, name: &str| rows[row][column(name)].to_string();
    assert_eq!(cell(0, "evidence"), "https://example.org/a, \"b\"");
    assert_eq!(cell(2, "note"), "line one\nline two");
    assert_eq!(
        (cell(2, "verdict"), cell(2, "reviewer")),
        ("disputed".into(), "ana".into())
    );
    assert_eq!(
        (cell(4, "status"), cell(4, "verdict")),
        ("pending".into(), String::new())
    );
    assert!(
        text.contains("\"https://example.org/a, \"\"b\"\"\""),
        "quotes doubled"
    );
    let empty = export(&ws, &["--format", "csv", "--article", "9"]);
    assert_eq!(empty.lines().count(), 1, "the header alone");
}

#[test]
fn claimreview_publishes_verified_and_disputed_claims() {
    let ws = reviewed();
    let args = [
        "--format",
        "claimreview",
        "--publisher",
        "Fact Desk",
        "--publisher-url",
        "https://factdesk.example",
        "--url-template",
        "https://factdesk.example/checks/{id}",
    ];
    let reviews: Value = serde_json::from_str(&export(&ws, &args)).expect("JSON array");
    let reviews = reviews.as_array().expect("array");
    assert_eq!(
        reviews.len(),
        3,
        "verified 1, 2, disputed 3; not opinion 4 or undone 5"
    );
    let first = &reviews[0];
    assert_eq!(first["@context"], "https://schema.org");
    assert_eq!(first["@type"], "ClaimReview");
    assert_eq!(first["url"], "https://factdesk.example/checks/1");
    assert_eq!(first["author"]["name"], "Fact Desk");
    assert_eq!(first["author"]["url"], "https://factdesk.example");
    assert_eq!(first["reviewRating"]["alternateName"], "Verified");
    assert_eq!(first["reviewRating"]["ratingValue"], 5);
    assert_eq!(reviews[2]["reviewRating"]["alternateName"], "Disputed");
    assert_eq!(reviews[2]["reviewRating"]["ratingValue"], 1);
    let item = &first["itemReviewed"];
    assert_eq!(item["@type"], "Claim");
    assert_eq!(item["datePublished"], "2025-12-14");
    assert!(
        item["appearance"]["name"]
            .as_str()
            .is_some_and(|s| s.ends_with(".txt"))
    );
    let date = first["datePublished"].as_str().expect("date");
    assert_eq!(date.len(), 10, "{date}");
    for review in reviews {
        let claim = review["claimReviewed"].as_str().expect("claim");
        assert!(!claim.is_empty() && !claim.contains('\n'), "{claim}");
    }
}

#[test]
fn claimreview_names_the_claimer_as_the_claims_author() {
    let ws = Workspace::new();
    ws.cmd(&["extract", "-"])
        .write_stdin("Court news\n\n“Prices rose by 12 per cent,” said Jane Doe.\n")
        .assert()
        .success();
    let doc = ws.export();
    let id = doc["claims"][0]["id"].to_string();
    ws.cmd(&["mark", &id, "--verdict", "disputed", "--evidence", "ONS"])
        .assert()
        .success();
    let out = export(&ws, &["--format", "claimreview", "--publisher", "Desk"]);
    let reviews: Value = serde_json::from_str(&out).expect("JSON");
    assert_eq!(
        reviews[0]["itemReviewed"]["author"]["name"],
        doc["claims"][0]["claimer"]
    );
    assert!(reviews[0].get("url").is_none(), "no template, no url");
}

#[test]
fn claimreview_needs_a_publisher_and_an_id_in_the_template() {
    let ws = reviewed();
    let cases: &[(&[&str], &str)] = &[
        (&[], "--format claimreview needs --publisher NAME"),
        (
            &["--publisher", " "],
            "--format claimreview needs --publisher NAME",
        ),
        (
            &["--publisher", "D", "--url-template", "https://d.example/x"],
            "has no {id}",
        ),
    ];
    for (args, message) in cases {
        let mut cmd = ws.cmd(&["export", "--format", "claimreview"]);
        cmd.args(*args).assert().code(2).stderr(contains(*message));
    }
}
