//! Bulk extraction: directories, JSON Lines corpora with bad lines, parallel results equal to
//! serial ones, and the query plans that keep `list` and review fast at a million claims.

use predicates::str::contains;
use serde_json::Value;

use crate::util::{SEED, Workspace, path_str, stdout};

/// Articles and claims of an export without the timestamps that differ between runs.
fn comparable(mut doc: Value) -> Value {
    for article in doc["articles"].as_array_mut().into_iter().flatten() {
        article.as_object_mut().map(|a| a.remove("imported_at"));
    }
    serde_json::json!({ "articles": doc["articles"], "claims": doc["claims"] })
}

/// The seed article cut into paragraphs: many small distinct articles.
fn paragraphs() -> Vec<String> {
    let seed = std::fs::read_to_string(SEED).expect("seed fixture");
    seed.split("\n\n")
        .filter(|p| p.len() > 40)
        .map(|p| format!("Paragraph\n\n{p}"))
        .collect()
}

#[test]
fn extract_walks_directories_for_txt_and_md() {
    let ws = Workspace::new();
    let root = ws.dir.path().join("news");
    std::fs::create_dir_all(root.join("sub")).unwrap();
    std::fs::copy(SEED, root.join("b.txt")).unwrap();
    std::fs::write(
        root.join("sub/a.md"),
        "Second\n\nThe court gave him 5 years.",
    )
    .unwrap();
    std::fs::write(root.join("notes.json"), "{}").unwrap();
    let out = stdout(&mut ws.cmd(&["extract", path_str(&root)]));
    assert!(out.contains("b.txt: article 1"), "{out}");
    assert!(out.contains("a.md: article 2"), "{out}");
    assert_eq!(ws.export()["articles"].as_array().map(Vec::len), Some(2));
}

#[test]
fn a_bad_corpus_line_is_reported_with_its_number_and_the_rest_goes_in() {
    let ws = Workspace::new();
    let corpus = ws.file(
        "corpus.jsonl",
        concat!(
            "{\"id\":\"n/1\",\"text\":\"First title\\n\\nHe was jailed for 5 years.\"}\n",
            "{\"text\": broken\n",
            "\n",
            "{\"title\":\"Given\",\"published\":\"2024-01-02\",\"text\":\"x\\n\\nIt cost $5m.\"}\n",
            "{\"id\":\"n/4\"}\n",
        )
        .as_bytes(),
    );
    let name = corpus.display();
    ws.cmd(&["extract", path_str(&corpus)])
        .assert()
        .code(1)
        .stdout(contains("n/1: article 1, “First title”"))
        .stdout(contains(format!("{name}:4: article 2, “Given”")))
        .stderr(contains(format!("claimdesk: {name}:2: not a JSON object")))
        .stderr(contains(format!("claimdesk: {name}:5: not a JSON object")));
    let doc = ws.export();
    let articles = doc["articles"].as_array().expect("articles");
    assert_eq!(articles.len(), 2);
    assert_eq!(articles[1]["source"], format!("{name}:4"));
    assert_eq!(articles[1]["title"], "Given");
    assert_eq!(articles[1]["published"], "2024-01-02");
}

#[test]
fn parallel_extraction_gives_the_same_database_as_one_article_at_a_time() {
    let texts = paragraphs();
    assert!(texts.len() > 10, "the seed has enough paragraphs");
    let (serial, parallel) = (Workspace::new(), Workspace::new());
    let mut paths = Vec::new();
    for (i, text) in texts.iter().enumerate() {
        let path = parallel.file(&format!("p{i:03}.txt"), text.as_bytes());
        serial.cmd(&["extract", path_str(&path)]).assert().success();
        paths.push(path);
    }
    // The same text twice in one batch adds nothing.
    paths.push(paths[0].clone());
    let mut cmd = parallel.cmd(&["extract", "--jobs", "4"]);
    cmd.args(&paths);
    let out = stdout(&mut cmd);
    assert!(out.contains("already extracted as article 1"), "{out}");
    assert_eq!(comparable(parallel.export()), comparable(serial.export()));
}

#[test]
fn a_corpus_gives_the_same_claims_as_its_articles_as_files() {
    let texts = paragraphs();
    let (files, corpus) = (Workspace::new(), Workspace::new());
    let mut lines = String::new();
    for (i, text) in texts.iter().enumerate() {
        let path = files.file(&format!("p{i:03}.txt"), text.as_bytes());
        files.cmd(&["extract", path_str(&path)]).assert().success();
        lines += &format!(
            "{}\n",
            serde_json::json!({ "id": path_str(&path), "text": text })
        );
    }
    let jsonl = corpus.file("all.jsonl", lines.as_bytes());
    // Without a terminal on stderr there is no progress bar, quiet or not.
    corpus
        .cmd(&["extract", path_str(&jsonl)])
        .assert()
        .success()
        .stderr("");
    assert_eq!(comparable(corpus.export()), comparable(files.export()));
}

/// The plans of the queries that must stay index lookups at a million claims.
#[test]
fn list_review_and_export_queries_use_the_indexes() {
    let ws = Workspace::new();
    ws.with_seed();
    let conn = rusqlite::Connection::open(ws.db()).expect("database");
    let plan = |sql: &str| -> String {
        let mut stmt = conn
            .prepare(&format!("EXPLAIN QUERY PLAN {sql}"))
            .expect(sql);
        let rows = stmt
            .query_map([], |row| row.get::<_, String>(3))
            .expect(sql);
        rows.map(|r| r.expect("plan row"))
            .collect::<Vec<_>>()
            .join("; ")
    };
    let cases = [
        // The first claim of the review queue.
        (
            "SELECT id FROM claims WHERE status = 'pending' ORDER BY article_id, start LIMIT 1",
            "USING COVERING INDEX claims_by_status (status=?)",
        ),
        // `list --status pending --limit 20`.
        (
            "SELECT c.id, a.body FROM claims c JOIN articles a ON a.id = c.article_id
             WHERE c.status = 'pending' ORDER BY c.article_id, c.start, c.id LIMIT 20",
            "INDEX claims_by_status (status=?)",
        ),
        // The history of one claim.
        (
            "SELECT id FROM reviews WHERE claim_id = 1 ORDER BY id",
            "USING COVERING INDEX reviews_by_claim (claim_id=?)",
        ),
    ];
    for (sql, expected) in cases {
        let got = plan(sql);
        assert!(got.contains(expected), "{sql}\n{got}");
        assert!(!got.contains("TEMP B-TREE"), "{sql} sorts: {got}");
    }
    // A claim's restatements and conflicts (review and `show`): index lookups of a few rows.
    let links = [
        (
            "c.id = 7 OR c.same_as = 7",
            "INDEX claims_by_same_as (same_as=?)",
        ),
        (
            "c.id = 3 OR c.conflicts_with = 7",
            "INDEX claims_by_conflict (conflicts_with=?)",
        ),
    ];
    for (clause, expected) in links {
        let got = plan(&format!(
            "SELECT c.id FROM claims c WHERE {clause} ORDER BY c.start"
        ));
        assert!(
            got.contains(expected) && !got.contains("SCAN"),
            "{clause}\n{got}"
        );
    }
}
