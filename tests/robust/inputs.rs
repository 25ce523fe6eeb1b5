//! Odd inputs: a real folder tree (images, empty folders, a symlink loop), a byte order mark
//! and CRLF line ends, a text with no line breaks, a huge corpus title, `-j` out of range.

use predicates::str::contains;
use sha2::{Digest, Sha256};

use crate::util::{SEED, Workspace, path_str, stdout};

#[test]
fn a_tree_with_folders_without_articles_extracts_cleanly() {
    let ws = Workspace::new();
    let root = ws.dir.path().join("site");
    for folder in ["images", "empty/deeper", "news"] {
        std::fs::create_dir_all(root.join(folder)).unwrap();
    }
    std::fs::write(root.join("images/photo.jpg"), b"\xff\xd8\xff").unwrap();
    std::fs::copy(SEED, root.join("news/a.txt")).unwrap();
    std::fs::write(root.join("b.md"), "Court\n\nHe was jailed for 5 years.").unwrap();
    std::os::unix::fs::symlink("..", root.join("news/loop")).unwrap();
    let out = stdout(&mut ws.cmd(&["extract", path_str(&root)]));
    assert_eq!(out.lines().count(), 2, "each article once: {out}");
    assert_eq!(ws.export()["articles"].as_array().map(Vec::len), Some(2));

    let bare = ws.dir.path().join("bare");
    std::fs::create_dir_all(bare.join("images")).unwrap();
    let empty = ws.file("empty.jsonl", b"\n\n");
    ws.cmd(&["extract", path_str(&bare), path_str(&empty), SEED])
        .assert()
        .code(1)
        .stderr(contains(format!(
            "claimdesk: {}: is a directory with no *.txt, *.md or *.html files",
            bare.display()
        )))
        .stderr(contains(format!(
            "claimdesk: {}: corpus with no articles (no non-blank line)",
            empty.display()
        )));
}

#[test]
fn a_byte_order_mark_and_crlf_stay_in_the_hash_and_the_offsets() {
    let ws = Workspace::new();
    let bytes =
        b"\xef\xbb\xbfCourt news\r\n\r\nA court jailed John Smith for 5 years.\r\nIt cost $5m.\r\n";
    let path = ws.file("bom.txt", bytes);
    ws.cmd(&["extract", path_str(&path)])
        .assert()
        .success()
        .stdout(contains("article 1, “Court news”"));
    let doc = ws.export();
    let sha: String = Sha256::digest(bytes)
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect();
    assert_eq!(
        doc["articles"][0]["sha256"],
        sha.as_str(),
        "as sha256sum gives"
    );
    assert_eq!(doc["articles"][0]["title"], "Court news");
    let claims = doc["claims"].as_array().unwrap();
    assert!(claims.len() >= 2);
    for claim in claims {
        let (start, end) = (
            claim["start"].as_u64().unwrap(),
            claim["end"].as_u64().unwrap(),
        );
        let words = &bytes[start as usize..end as usize];
        assert_eq!(words, claim["text"].as_str().unwrap().as_bytes(), "{claim}");
    }
    // scan counts the same bytes.
    let scanned = stdout(&mut ws.cmd(&["scan", "--quantities", path_str(&path)]));
    for line in scanned.lines() {
        let q: serde_json::Value = serde_json::from_str(line).unwrap();
        let (start, end) = (
            q["start"].as_u64().unwrap() as usize,
            q["end"].as_u64().unwrap() as usize,
        );
        assert_eq!(&bytes[start..end], q["text"].as_str().unwrap().as_bytes());
    }
    // The same text without the mark is another file, with offsets 3 lower.
    let plain = ws.file("plain.txt", &bytes[3..]);
    ws.cmd(&["extract", path_str(&plain)])
        .assert()
        .success()
        .stdout(contains("article 2"));
}

#[test]
fn a_text_without_line_breaks_gets_a_short_title_and_summary() {
    let ws = Workspace::new();
    let sentence = "The council spent 12 million pounds on the new bridge last year. ";
    let text = sentence.repeat(4_000);
    let path = ws.file("one-line.txt", text.as_bytes());
    let out = stdout(&mut ws.cmd(&["extract", path_str(&path)]));
    assert!(out.len() < 600, "summary of {} bytes: {out}", out.len());
    let title = ws.export()["articles"][0]["title"]
        .as_str()
        .unwrap()
        .to_string();
    assert!(
        title.chars().count() <= 151 && title.ends_with('…'),
        "{title}"
    );

    let id = "x".repeat(100_000);
    let corpus = format!(
        "{{\"id\":\"{id}\",\"title\":\"{}\",\"text\":\"Headline\\n\\nIt cost $5m.\"}}\n",
        "long title ".repeat(10_000)
    );
    let corpus = ws.file("c.jsonl", corpus.as_bytes());
    let out = stdout(&mut ws.cmd(&["extract", path_str(&corpus)]));
    assert!(out.len() < 600, "summary of {} bytes", out.len());
    let doc = ws.export();
    let title = doc["articles"][1]["title"].as_str().unwrap();
    assert!(
        title.chars().count() <= 151 && title.ends_with('…'),
        "{title}"
    );
}

#[test]
fn jobs_are_bounded_with_a_clear_error() {
    let ws = Workspace::new();
    ws.cmd(&["extract", "-j", "65535", SEED])
        .assert()
        .code(2)
        .stderr(contains(
            "invalid value '65535' for '--jobs <N>': 65535 is not in 1..=256",
        ));
    ws.cmd(&["extract", "-j", "0", SEED]).assert().code(2);
    ws.cmd(&["extract", "-q", "-j", "256", SEED])
        .assert()
        .success();
}
