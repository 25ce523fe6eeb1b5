//! Robustness on real news: extracts every article of a JSON Lines corpus (`{"id","text"}` per
//! line), checks every span lies on char boundaries inside its text, counts claims per kind,
//! and prints a seeded random sample of claims for hand-checking.
//!
//! Usage: `cargo run --release -p claimdesk-tools --bin eval-news -- CORPUS.jsonl [SAMPLE] [SEED]
//! [KIND]` (with KIND, e.g. `statement`, the sample is drawn from claims of that kind only)

use std::collections::BTreeMap;
use std::io::Write;
use std::time::Instant;

use anyhow::{Context, Result, bail};
use claimdesk::extract::article::analyse;

fn main() -> Result<()> {
    let mut args = std::env::args().skip(1);
    let path = args
        .next()
        .context("usage: eval-news CORPUS.jsonl [SAMPLE] [SEED]")?;
    let sample: usize = args.next().map_or(Ok(50), |s| s.parse())?;
    let mut seed: u64 = args.next().map_or(Ok(2025), |s| s.parse())?;
    let only = args.next();
    let corpus =
        std::fs::read_to_string(&path).with_context(|| format!("could not read {path}"))?;
    let mut by_kind: BTreeMap<&str, usize> = BTreeMap::new();
    let mut by_type: BTreeMap<(&str, &str), usize> = BTreeMap::new();
    let mut all = Vec::new();
    let (mut articles, mut bytes, mut sentences) = (0usize, 0usize, 0usize);
    let mut out = std::io::stdout().lock();
    let started = Instant::now();
    let cpu_started = cpu_seconds();
    for (n, line) in corpus.lines().enumerate() {
        let record: serde_json::Value =
            serde_json::from_str(line).with_context(|| format!("{path}:{}", n + 1))?;
        let id = record["id"].as_str().unwrap_or("?").to_string();
        let text = record["text"].as_str().context("no text")?.to_string();
        let analysis = analyse(&text);
        for c in &analysis.claims {
            if !(c.start < c.end
                && c.end <= text.len()
                && text.is_char_boundary(c.start)
                && text.is_char_boundary(c.end))
            {
                bail!("{id}: bad span {}..{}", c.start, c.end);
            }
            *by_kind.entry(c.kind.as_str()).or_default() += 1;
            let claim_type = c.claim_type.map_or("-", |t| t.as_str());
            *by_type.entry((c.kind.as_str(), claim_type)).or_default() += 1;
            let span = analysis.sentences[c.sentence].span;
            all.push(Sampled {
                id: id.clone(),
                kind: c.kind.as_str(),
                words: text[c.start..c.end].to_string(),
                subject: c.subject.clone(),
                object: c.object.clone(),
                value: c.value,
                unit: c.unit.clone(),
                claimer: c.claimer.clone(),
                sentence: text[span.start..span.end].to_string(),
            });
        }
        articles += 1;
        bytes += text.len();
        sentences += analysis.sentences.len();
    }
    let secs = started.elapsed().as_secs_f64();
    let cpu = cpu_seconds()
        .zip(cpu_started)
        .map(|(end, start)| end - start);
    let mb = bytes as f64 / 1e6;
    writeln!(
        out,
        "{articles} articles, {mb:.1} MB, {} claims, {:.2} claims/article",
        all.len(),
        all.len() as f64 / articles as f64
    )?;
    write!(out, "throughput: {:.1} MB/s wall", mb / secs)?;
    if let Some(cpu) = cpu {
        write!(out, ", {:.1} MB/s per core of CPU time", mb / cpu)?;
    }
    writeln!(out, " (one thread; JSON parsing included)")?;
    for (kind, n) in &by_kind {
        writeln!(
            out,
            "  {kind:<12} {n:>6}  {:.2}/article",
            *n as f64 / articles as f64
        )?;
    }
    if let Some(kind) = &only {
        let types: Vec<String> = by_type
            .iter()
            .filter(|((k, _), _)| k == kind)
            .map(|((_, t), n)| format!("{t} {n}"))
            .collect();
        writeln!(out, "  {kind} by claim_type: {}", types.join(", "))?;
    }
    writeln!(
        out,
        "  {sentences} sentences, {:.1}/article",
        sentences as f64 / articles as f64
    )?;
    if let Some(kind) = &only {
        all.retain(|c| c.kind == kind.as_str());
    }
    let what = only.as_deref().unwrap_or("all");
    writeln!(out, "\nsample of {sample} claims ({what}, seed {seed}):")?;
    for k in 0..sample.min(all.len()) {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        let c = &all[(seed % all.len() as u64) as usize];
        writeln!(
            out,
            "{:>2}. {} {} [{}] subject={:?} object={:?} value={:?} unit={:?} claimer={:?}\n      in: {:?}",
            k + 1,
            c.id,
            c.kind,
            c.words,
            c.subject,
            c.object,
            c.value,
            c.unit,
            c.claimer,
            c.sentence
        )?;
    }
    Ok(())
}

/// One claim of the corpus, as the sample prints it.
struct Sampled {
    id: String,
    kind: &'static str,
    words: String,
    subject: Option<String>,
    object: Option<String>,
    value: Option<f64>,
    unit: Option<String>,
    claimer: Option<String>,
    /// The sentence the claim stands in, for judging its words and claimer.
    sentence: String,
}

/// CPU time of this (single-threaded) process so far, from /proc/self/schedstat (Linux).
fn cpu_seconds() -> Option<f64> {
    let stat = std::fs::read_to_string("/proc/self/schedstat").ok()?;
    let ns: f64 = stat.split_whitespace().next()?.parse().ok()?;
    Some(ns / 1e9)
}
