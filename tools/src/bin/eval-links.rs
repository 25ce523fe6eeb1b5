//! The links between claims on real news: extracts every article of a JSON Lines corpus
//! (`{"id","text"}` per line), counts `same_as` and `conflicts_with` links per article and kind,
//! and prints a seeded random sample of each (both claims, both sentences) for hand-checking.
//!
//! Usage: `cargo run --release -p claimdesk-tools --bin eval-links -- CORPUS.jsonl [SAMPLE] [SEED]`

use std::collections::BTreeMap;
use std::io::Write;

use anyhow::{Context, Result};
use claimdesk::extract::article::{Analysis, analyse};

/// One link, ready to print: article id, kind, and (words, sentence) of the later and earlier claim.
struct Found {
    id: String,
    kind: &'static str,
    later: (String, String),
    earlier: (String, String),
}

fn main() -> Result<()> {
    let mut args = std::env::args().skip(1);
    let path = args
        .next()
        .context("usage: eval-links CORPUS.jsonl [SAMPLE] [SEED]")?;
    let sample: usize = args.next().map_or(Ok(30), |s| s.parse())?;
    let seed: u64 = args.next().map_or(Ok(2025), |s| s.parse())?;
    let corpus =
        std::fs::read_to_string(&path).with_context(|| format!("could not read {path}"))?;
    let (mut same, mut conflicts) = (Vec::new(), Vec::new());
    let mut by_kind: BTreeMap<(&str, &str), usize> = BTreeMap::new();
    let (mut articles, mut claims, mut linked_articles) = (0usize, 0usize, 0usize);
    for (n, line) in corpus.lines().enumerate() {
        let record: serde_json::Value =
            serde_json::from_str(line).with_context(|| format!("{path}:{}", n + 1))?;
        let id = record["id"].as_str().unwrap_or("?").to_string();
        let text = record["text"].as_str().context("no text")?;
        let analysis = analyse(text);
        let before = same.len() + conflicts.len();
        for (i, c) in analysis.claims.iter().enumerate() {
            let kind = c.kind.as_str();
            if let Some(j) = c.same_as {
                *by_kind.entry(("same_as", kind)).or_default() += 1;
                same.push(found(&id, kind, text, &analysis, i, j));
            }
            if let Some(j) = c.conflicts_with {
                *by_kind.entry(("conflicts_with", kind)).or_default() += 1;
                conflicts.push(found(&id, kind, text, &analysis, i, j));
            }
        }
        linked_articles += usize::from(same.len() + conflicts.len() > before);
        articles += 1;
        claims += analysis.claims.len();
    }
    let mut out = std::io::stdout().lock();
    let per = |n: usize| n as f64 / articles as f64;
    writeln!(
        out,
        "{articles} articles, {claims} claims; same_as {} ({:.2}/article), conflicts_with {} ({:.3}/article); {linked_articles} articles with a link",
        same.len(),
        per(same.len()),
        conflicts.len(),
        per(conflicts.len()),
    )?;
    for ((link, kind), n) in &by_kind {
        writeln!(out, "  {link:<14} {kind:<12} {n:>5}")?;
    }
    print_sample(&mut out, "same_as", &same, sample, seed)?;
    print_sample(&mut out, "conflicts_with", &conflicts, sample, seed)?;
    Ok(())
}

fn found(id: &str, kind: &'static str, text: &str, a: &Analysis, i: usize, j: usize) -> Found {
    let side = |k: usize| {
        let c = &a.claims[k];
        let s = a.sentences[c.sentence].span;
        (
            text[c.start..c.end].to_string(),
            text[s.start..s.end].to_string(),
        )
    };
    Found {
        id: id.to_string(),
        kind,
        later: side(i),
        earlier: side(j),
    }
}

/// Up to `n` links picked without replacement by a seeded xorshift, in the order drawn.
fn print_sample(
    out: &mut impl Write,
    name: &str,
    links: &[Found],
    n: usize,
    mut seed: u64,
) -> Result<()> {
    let mut order: Vec<usize> = (0..links.len()).collect();
    for k in 0..order.len() {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        let pick = k + (seed % (order.len() - k) as u64) as usize;
        order.swap(k, pick);
    }
    writeln!(
        out,
        "\n{name}: {} of {} (seeded sample)",
        n.min(links.len()),
        links.len()
    )?;
    for (k, &i) in order.iter().take(n).enumerate() {
        let f = &links[i];
        writeln!(
            out,
            "{:>2}. {} {} [{}] -> [{}]",
            k + 1,
            f.id,
            f.kind,
            f.later.0,
            f.earlier.0
        )?;
        writeln!(out, "      later:   {}", shorten(&f.later.1))?;
        writeln!(out, "      earlier: {}", shorten(&f.earlier.1))?;
    }
    Ok(())
}

/// A sentence cut to about 220 bytes, on a char boundary, on one line.
fn shorten(sentence: &str) -> String {
    let one_line = sentence.replace('\n', " ");
    match one_line.char_indices().nth(220) {
        Some((at, _)) => format!("{}…", &one_line[..at]),
        None => one_line,
    }
}
