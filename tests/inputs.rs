//! Saved HTML pages and Markdown files, end to end (the fixtures in tests/inputs/ were written
//! for these tests): the article text only, its title, date and canonical URL, and claim
//! offsets that index the Markdown file itself.

use predicates::str::contains;

use crate::util::{Workspace, stdout};

const PAGE: &str = "tests/inputs/harbour-page.html";
const NOTES: &str = "tests/inputs/library-notes.md";

#[test]
fn a_saved_page_gives_its_article_title_date_and_url() {
    let ws = Workspace::new();
    let out = stdout(&mut ws.cmd(&["extract", PAGE]));
    assert!(
        out.contains("“Harbour Bridge Reopens After Two-Year Repair”"),
        "{out}"
    );
    let doc = ws.export();
    let article = &doc["articles"][0];
    assert_eq!(
        article["title"],
        "Harbour Bridge Reopens After Two-Year Repair"
    );
    assert_eq!(article["published"], "2026-03-09");
    assert_eq!(
        article["url"],
        "https://ledger.example/news/harbour-bridge-reopens"
    );
    let db = claimdesk::db::Db::open(&ws.db()).unwrap();
    let stored = db.articles().unwrap();
    assert_eq!(
        stored[0].url.as_deref(),
        Some("https://ledger.example/news/harbour-bridge-reopens")
    );
    let body = db.article_body(stored[0].id).unwrap().unwrap();
    assert!(
        body.starts_with("Harbour Bridge Reopens After Two-Year Repair\n\n"),
        "{body}"
    );
    assert!(
        body.contains("cost £48 million, the city council said."),
        "{body}"
    );
    // Scripts, styles, the masthead, navigation, asides and the footer are not the article.
    for furniture in [
        "analytics",
        "font-family",
        "Sport",
        "Transport",
        "Ferry",
        "rights",
        "Subscribe",
    ] {
        assert!(!body.contains(furniture), "{furniture} in {body}");
    }
    let claims = doc["claims"].as_array().unwrap();
    assert!(
        claims.iter().any(|c| c["text"] == "£48 million"),
        "{claims:?}"
    );
}

#[test]
fn markdown_claims_index_the_file_itself() {
    let ws = Workspace::new();
    ws.cmd(&["extract", NOTES]).assert().success();
    let doc = ws.export();
    assert_eq!(
        doc["articles"][0]["title"],
        "Town Library Extends Opening Hours"
    );
    assert_eq!(doc["articles"][0]["published"], "2026-02-17");
    let file = std::fs::read_to_string(NOTES).unwrap();
    let claims = doc["claims"].as_array().unwrap();
    assert!(claims.len() >= 4, "{claims:?}");
    for claim in claims {
        let (start, end) = (
            claim["start"].as_u64().unwrap(),
            claim["end"].as_u64().unwrap(),
        );
        // The words as in the file, its markup blanked out.
        let words = file.as_bytes()[start as usize..end as usize].iter();
        let text = claim["text"].as_str().unwrap().as_bytes();
        let blanked: Vec<u8> = words
            .zip(text)
            .map(|(&f, &t)| if t == b' ' { b' ' } else { f })
            .collect();
        assert_eq!(
            (blanked.as_slice(), (end - start) as usize),
            (text, text.len()),
            "{claim}"
        );
    }
    let texts: Vec<&str> = claims.iter().filter_map(|c| c["text"].as_str()).collect();
    assert!(texts.iter().any(|t| t.starts_with("62 hours")), "{texts:?}");
    assert!(texts.contains(&"£90,000"), "{texts:?}");
    assert!(
        !texts.iter().any(|t| t.contains("opening_hours")),
        "code is not text"
    );
    let claimers: Vec<&str> = claims
        .iter()
        .filter_map(|c| c["claimer"].as_str())
        .collect();
    assert!(claimers.iter().all(|c| !c.contains("  ")), "{claimers:?}");
}

#[test]
fn scan_reads_pages_and_markdown_as_extract_does() {
    let ws = Workspace::new();
    let page = stdout(&mut ws.cmd(&["scan", PAGE]));
    assert!(
        page.contains("\"text\":\"£48 million\"") && !page.contains("Subscribe"),
        "{page}"
    );
    let piped = stdout(ws.cmd(&["scan"]).write_stdin(std::fs::read(PAGE).unwrap()));
    assert_eq!(
        piped, page,
        "a page on standard input is known by its doctype"
    );
    let notes = stdout(&mut ws.cmd(&["scan", NOTES]));
    assert!(notes.contains("\"text\":\"62 hours"), "{notes}");
}

#[test]
fn a_url_is_not_fetched() {
    let ws = Workspace::new();
    for command in ["extract", "scan"] {
        ws.cmd(&[command, "https://news.example/story"])
            .assert()
            .code(1)
            .stderr(contains(
                "https://news.example/story: is a URL, and claimdesk does not fetch pages",
            ));
    }
}

#[test]
fn a_page_without_text_is_refused_and_directories_take_pages() {
    let ws = Workspace::new();
    let empty = ws.file(
        "empty.html",
        b"<html><script>x()</script><nav>Menu</nav></html>",
    );
    ws.cmd(&["extract", empty.to_str().unwrap()])
        .assert()
        .code(1)
        .stderr(contains("empty.html: no article text in the page"));
    let dir = ws.dir.path().join("saved");
    std::fs::create_dir(&dir).unwrap();
    std::fs::copy(PAGE, dir.join("a.htm")).unwrap();
    std::fs::copy(NOTES, dir.join("b.markdown")).unwrap();
    let out = stdout(&mut ws.cmd(&["extract", dir.to_str().unwrap()]));
    assert_eq!(out.lines().count(), 2, "{out}");
}

#[test]
fn list_names_weekdays_releases_and_nicknames_in_words() {
    let ws = Workspace::new();
    ws.cmd(&["extract", "tests/inputs/review-labels.txt"])
        .assert()
        .success();
    let table = stdout(&mut ws.cmd(&["list"]));
    for words in [
        "Monday (weekday)",
        "Ales Bialiatski · freed by Belarus",
        "publication date · 2025-12-08",
        "Alexander Lukashenko · called",
    ] {
        assert!(table.contains(words), "{words}:\n{table}");
    }
    assert!(!table.contains("XXXX"), "{table}");
}

#[test]
fn a_claimreview_of_a_saved_page_points_to_its_canonical_url() {
    let ws = Workspace::new();
    ws.cmd(&["extract", PAGE]).assert().success();
    let id = ws.export()["claims"][0]["id"].to_string();
    ws.cmd(&[
        "mark",
        &id,
        "--verdict",
        "verified",
        "--evidence",
        "council minutes",
    ])
    .assert()
    .success();
    let out = stdout(&mut ws.cmd(&["export", "--format", "claimreview", "--publisher", "Desk"]));
    let reviews: serde_json::Value = serde_json::from_str(&out).expect("JSON");
    let appearance = &reviews[0]["itemReviewed"]["appearance"];
    assert_eq!(
        appearance["url"],
        "https://ledger.example/news/harbour-bridge-reopens"
    );
    assert!(appearance.get("name").is_none(), "{appearance}");
}
