//! Scores sentences with the accurate scorer (the installed model and the shipped adapter), for
//! distilling the fast scorer: every Nth sentence of the BBC corpus (claimdesk's own sentence
//! split); then, for the accurate scorer's own figures through the Rust path, the NewsSD val
//! set and the CLEF-2019 training file. Writes `OUT/teacher_{newssd_val,bbc,clef}.tsv` as
//! `label<TAB>checkworthiness<TAB>opinion<TAB>sentence` (label `-` when unlabelled).
//! Usage: `cargo run --release -p claimdesk-tools --features accurate --bin score-teacher -- ../shared/eval target/scorer [N [SETS]]`
//! with N 6 and SETS `newssd_val,bbc,clef` by default.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::time::Instant;

use anyhow::{Context, Result};
use claimdesk::scorer::accurate::Accurate;
use claimdesk_tools::labelled::{jsonl_texts, load};

/// Sentences per call (and per progress line).
const CHUNK: usize = 512;

fn bbc_sentences(eval: &Path, every: usize) -> Result<Vec<String>> {
    let mut out = Vec::new();
    for body in jsonl_texts(&eval.join("news/bbc_news_2225.jsonl"))? {
        for s in claimdesk::extract::sentences::split(&body) {
            let words: Vec<&str> = body[s.start..s.end].split_whitespace().collect();
            out.push(words.join(" "));
        }
    }
    Ok(out.into_iter().step_by(every.max(1)).collect())
}

fn write(scorer: &Accurate, out: &Path, name: &str, rows: &[(String, Option<bool>)]) -> Result<()> {
    let path = out.join(format!("teacher_{name}.tsv"));
    let mut file = std::io::BufWriter::new(std::fs::File::create(&path)?);
    let started = Instant::now();
    for (i, chunk) in rows.chunks(CHUNK).enumerate() {
        let texts: Vec<&str> = chunk.iter().map(|(s, _)| s.as_str()).collect();
        let scores = scorer.try_score(&texts)?;
        for ((s, y), sc) in chunk.iter().zip(scores) {
            let label = y.map_or("-", |y| if y { "1" } else { "0" });
            writeln!(
                file,
                "{label}\t{:.5}\t{:.5}\t{s}",
                sc.checkworthiness, sc.opinion
            )?;
        }
        let done = (i * CHUNK + chunk.len()) as f64;
        eprintln!(
            "{name}: {done} / {} ({:.1} sentences/s)",
            rows.len(),
            done / started.elapsed().as_secs_f64()
        );
    }
    file.flush()?;
    println!(
        "{name}: {} sentences, {:.1} sentences/s",
        rows.len(),
        rows.len() as f64 / started.elapsed().as_secs_f64()
    );
    Ok(())
}

fn main() -> Result<()> {
    let mut args = std::env::args().skip(1);
    let eval = PathBuf::from(
        args.next()
            .context("usage: score-teacher EVAL_DIR OUT_DIR [N [SETS]]")?,
    );
    let out = PathBuf::from(
        args.next()
            .context("usage: score-teacher EVAL_DIR OUT_DIR [N [SETS]]")?,
    );
    let every: usize = args
        .next()
        .map_or(Ok(6), |n| n.parse())
        .context("N must be a number")?;
    std::fs::create_dir_all(&out)?;
    let dir = claimdesk::model::resolve(
        std::env::var_os("CLAIMDESK_MODEL_DIR")
            .as_deref()
            .map(Path::new),
    )
    .context("no model directory")?;
    let scorer = Accurate::load(&dir)?;
    let claims = eval.join("claims");
    let labelled = |file: &str, pos: &str, neg: &str| -> Result<Vec<(String, Option<bool>)>> {
        Ok(load(&claims, file, pos, neg)?
            .into_iter()
            .map(|(s, y)| (s, Some(y)))
            .collect())
    };
    let sets = args
        .next()
        .unwrap_or_else(|| "newssd_val,bbc,clef".to_string());
    for set in sets.split(',') {
        let rows = match set {
            "newssd_val" => labelled("newssd_eng_val.tsv", "SUBJ", "OBJ")?,
            "bbc" => bbc_sentences(&eval, every)?
                .into_iter()
                .map(|s| (s, None))
                .collect(),
            "clef" => labelled("clef2019_t1_train.tsv", "1", "0")?,
            other => anyhow::bail!("unknown set {other:?} (newssd_val, bbc, clef)"),
        };
        write(&scorer, &out, set, &rows)?;
    }
    Ok(())
}
