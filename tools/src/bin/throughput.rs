//! Extractor throughput, single-threaded: `analyse` (sentences, names, numbers, claim rules)
//! over the seed article and over a JSON Lines corpus, in MB/s per core.
//! Run: `cargo run --release -p claimdesk-tools --bin throughput -- [CORPUS.jsonl]`.

use std::time::{Duration, Instant};

use anyhow::{Context, Result};
use claimdesk::extract::article::analyse;

const SEED: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/../fixtures/belarus-prisoners-2025-12-14.txt"
);

fn main() -> Result<()> {
    let seed = std::fs::read_to_string(SEED).with_context(|| format!("could not read {SEED}"))?;
    report("seed article", &[seed]);
    if let Some(corpus) = std::env::args().nth(1) {
        let texts = read_corpus(&corpus)?;
        report(&format!("{corpus} ({} articles)", texts.len()), &texts);
    }
    Ok(())
}

fn read_corpus(path: &str) -> Result<Vec<String>> {
    let text = std::fs::read_to_string(path).with_context(|| format!("could not read {path}"))?;
    text.lines()
        .filter(|line| !line.trim().is_empty())
        .map(|line| {
            let value: serde_json::Value = serde_json::from_str(line)?;
            Ok(value["text"].as_str().unwrap_or_default().to_string())
        })
        .collect()
}

/// Analyses `texts` repeatedly for at least two seconds and prints the best pass.
fn report(name: &str, texts: &[String]) {
    let bytes: usize = texts.iter().map(String::len).sum();
    let (mut best, mut total, mut claims) = (Duration::MAX, Duration::ZERO, 0);
    while total < Duration::from_secs(2) {
        let start = Instant::now();
        claims = texts.iter().map(|t| analyse(t).claims.len()).sum::<usize>();
        let took = start.elapsed();
        best = best.min(took);
        total += took;
    }
    let mb_s = bytes as f64 / 1e6 / best.as_secs_f64();
    println!(
        "{name}: {bytes} bytes, {claims} claims, best pass {:.1} ms, {mb_s:.2} MB/s per core",
        best.as_secs_f64() * 1e3
    );
}
