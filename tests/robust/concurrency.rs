//! Four processes on one database at once, three rounds: two `mark` loops, a bulk `extract`
//! and an `export` loop. Every write waits its turn (BEGIN IMMEDIATE and the busy timeout),
//! so no call fails with "database is locked" and every verdict is counted afterwards.

use std::path::Path;
use std::process::Output;
use std::sync::atomic::{AtomicBool, Ordering};

use crate::util::{SEED, Workspace, path_str};

const ROUNDS: usize = 3;
/// Articles in each round's bulk extract: more than one 256-article transaction.
const BULK: usize = 300;
/// Each `mark` loop runs at least this many times, and on while the extract runs.
const MIN_MARKS: usize = 15;
const MAX_MARKS: usize = 200;

/// `BULK` distinct short articles for `round`, in a folder of their own.
fn bulk_folder(ws: &Workspace, round: usize) -> std::path::PathBuf {
    let seed = std::fs::read_to_string(SEED).unwrap();
    let paragraphs: Vec<&str> = seed.split("\n\n").filter(|p| p.len() > 40).collect();
    let dir = ws.dir.path().join(format!("bulk-{round}"));
    std::fs::create_dir(&dir).unwrap();
    for i in 0..BULK {
        let body = paragraphs[i % paragraphs.len()];
        let text = format!("Round {round} story {i}\n\n{body}\n");
        std::fs::write(dir.join(format!("{i:04}.txt")), text).unwrap();
    }
    dir
}

fn failure(what: &str, out: &Output) -> Option<String> {
    (!out.status.success()).then(|| {
        format!(
            "{what}: {:?} {}",
            out.status,
            String::from_utf8_lossy(&out.stderr)
        )
    })
}

/// Runs `mark` on the claims in turn until `stop` (at least MIN_MARKS times); returns how
/// many calls succeeded and the failures.
fn mark_loop(
    ws: &Workspace,
    ids: &[i64],
    args: &[&str],
    stop: &AtomicBool,
) -> (usize, Vec<String>) {
    let (mut done, mut failed) = (0, Vec::new());
    for i in 0..MAX_MARKS {
        if i >= MIN_MARKS && stop.load(Ordering::SeqCst) {
            break;
        }
        let id = ids[i % ids.len()].to_string();
        let out = ws.cmd(&["mark", &id]).args(args).output().unwrap();
        match failure("mark", &out) {
            Some(f) => failed.push(f),
            None => done += 1,
        }
    }
    (done, failed)
}

fn export_loop(ws: &Workspace, stop: &AtomicBool) -> (usize, Vec<String>) {
    let (mut done, mut failed) = (0, Vec::new());
    for i in 0..MAX_MARKS {
        if i >= 3 && stop.load(Ordering::SeqCst) {
            break;
        }
        let out = ws.cmd(&["export"]).output().unwrap();
        match failure("export", &out).or_else(|| inconsistent(&out.stdout)) {
            Some(f) => failed.push(f),
            None => done += 1,
        }
    }
    (done, failed)
}

/// Why an export is not one consistent document: not JSON, or a claim of an article it lacks
/// (articles and claims read at different moments).
fn inconsistent(stdout: &[u8]) -> Option<String> {
    let Ok(doc) = serde_json::from_slice::<serde_json::Value>(stdout) else {
        return Some("export: not one JSON document".to_string());
    };
    let articles: std::collections::HashSet<i64> = doc["articles"]
        .as_array()?
        .iter()
        .filter_map(|a| a["id"].as_i64())
        .collect();
    let orphan = doc["claims"].as_array()?.iter().find(|c| {
        !c["article_id"]
            .as_i64()
            .is_some_and(|id| articles.contains(&id))
    });
    orphan.map(|c| format!("export: claim {} of an article not exported", c["id"]))
}

fn round(ws: &Workspace, ids: &[i64], bulk: &Path) -> [usize; 3] {
    let stop = AtomicBool::new(false);
    let opinion = ["--verdict", "opinion", "--reviewer", "ana"];
    let disputed = [
        "--verdict",
        "disputed",
        "--evidence",
        "wire copy",
        "--reviewer",
        "bo",
    ];
    std::thread::scope(|s| {
        let a = s.spawn(|| mark_loop(ws, ids, &opinion, &stop));
        let b = s.spawn(|| mark_loop(ws, ids, &disputed, &stop));
        let e = s.spawn(|| export_loop(ws, &stop));
        let extract = ws.cmd(&["extract", "-q", path_str(bulk)]).output().unwrap();
        stop.store(true, Ordering::SeqCst);
        let (a, b, e) = (a.join().unwrap(), b.join().unwrap(), e.join().unwrap());
        let failures: Vec<String> = failure("extract", &extract)
            .into_iter()
            .chain(a.1)
            .chain(b.1)
            .chain(e.1)
            .collect();
        assert!(failures.is_empty(), "{failures:#?}");
        [a.0, b.0, e.0]
    })
}

#[test]
fn four_writers_at_once_lose_nothing() {
    let ws = Workspace::new();
    ws.with_seed();
    let ids: Vec<i64> = ws.export()["claims"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["id"].as_i64().unwrap())
        .collect();
    let (mut ana, mut bo) = (0, 0);
    for r in 0..ROUNDS {
        let bulk = bulk_folder(&ws, r);
        let [a, b, exports] = round(&ws, &ids, &bulk);
        assert!(exports >= 3);
        (ana, bo) = (ana + a, bo + b);
    }
    let doc = ws.export();
    assert_eq!(doc["articles"].as_array().unwrap().len(), 1 + ROUNDS * BULK);
    let by = |name: &str| {
        doc["claims"]
            .as_array()
            .unwrap()
            .iter()
            .flat_map(|c| c["history"].as_array().unwrap())
            .filter(|h| h["reviewer"] == name)
            .count()
    };
    assert_eq!(
        (by("ana"), by("bo")),
        (ana, bo),
        "every verdict is in the history"
    );
    assert!(ana >= ROUNDS * MIN_MARKS && bo >= ROUNDS * MIN_MARKS);
}

#[test]
fn two_extracts_on_a_new_file_set_it_up_once() {
    let ws = Workspace::new();
    let a = ws.file("a.txt", b"Court\n\nHe was jailed for 5 years.");
    let b = ws.file("b.txt", b"Budget\n\nIt cost $5m.");
    let (one, two) = std::thread::scope(|s| {
        let one = s.spawn(|| ws.cmd(&["extract", "-q", path_str(&a)]).output().unwrap());
        let two = s.spawn(|| ws.cmd(&["extract", "-q", path_str(&b)]).output().unwrap());
        (one.join().unwrap(), two.join().unwrap())
    });
    let failures: Vec<String> = [failure("a", &one), failure("b", &two)]
        .into_iter()
        .flatten()
        .collect();
    assert!(failures.is_empty(), "{failures:#?}");
    assert_eq!(ws.export()["articles"].as_array().map(Vec::len), Some(2));
}
