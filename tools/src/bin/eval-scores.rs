//! Held-out figures for the sentence scorers: stratified 5-fold CV on ClaimBuster and NewsSD,
//! NewsSD train->val, CLEF-2019 ranking with the embedded model, and one-core throughput.
//! Usage: `cargo run --release -p claimdesk-tools --bin eval-scores -- DIR [cb|news|clef|speed]`
//! with DIR `../shared/eval/claims`.

use anyhow::{Context, Result};
use claimdesk::extract::score::{self, features::Features, model::sigmoid};
use claimdesk_tools::labelled::{jsonl_texts, load};
use claimdesk_tools::{metrics, train};
use std::path::{Path, PathBuf};
use std::time::Instant;

/// Overrides a config from env vars (`SCORE_L2`, `SCORE_L2_DENSE`, `SCORE_BITS`, `SCORE_ITERS`...),
/// for tuning runs.
fn config(base: train::Config) -> train::Config {
    let var = |k: &str| std::env::var(k).ok().and_then(|v| v.parse::<f64>().ok());
    train::Config {
        l2: var("SCORE_L2").unwrap_or(base.l2),
        l2_dense: var("SCORE_L2_DENSE").unwrap_or(base.l2_dense),
        bits: var("SCORE_BITS").map_or(base.bits, |b| b as u32),
        macro_threshold: var("SCORE_MACRO").map_or(base.macro_threshold, |m| m > 0.0),
        balanced: var("SCORE_BALANCED").map_or(base.balanced, |m| m > 0.0),
        nb: var("SCORE_NB").map_or(base.nb, |m| m > 0.0),
        iterations: var("SCORE_ITERS").map_or(base.iterations, |n| n as usize),
    }
}

fn featurise(data: &[(String, bool)], bits: u32) -> Vec<(Features, bool)> {
    let ablate = std::env::var("SCORE_ABLATE").unwrap_or_default();
    let strip = |s: &str| {
        let mut f = score::features::extract(s, bits);
        let words = 3 * score::features::normalise(s).split_whitespace().count() + 2;
        match ablate.as_str() {
            "hashed" => f.hashed.clear(),
            "dense" => f.dense = Default::default(),
            "chars" => f.hashed.truncate(words),
            "words" => drop(f.hashed.drain(..words)),
            _ => {}
        }
        f
    };
    data.iter().map(|(s, y)| (strip(s), *y)).collect()
}

/// Scores each `test` example with a model calibrated on `train` only.
fn fit_and_score(
    train: &[&(Features, bool)],
    test: &[&(Features, bool)],
    cfg: &train::Config,
) -> Vec<f32> {
    let pairs: Vec<(&Features, bool)> = train.iter().map(|(f, y)| (f, *y)).collect();
    let (model, _) = train::fit_calibrated(&pairs, cfg, train::INNER_FOLDS, train::SEED);
    test.iter().map(|(f, _)| sigmoid(model.logit(f))).collect()
}

/// Out-of-fold scores of a stratified k-fold CV, plus per-fold positive F1.
fn cross_validate(
    data: &[(Features, bool)],
    cfg: &train::Config,
    k: usize,
) -> (Vec<f32>, Vec<f64>) {
    let labels: Vec<bool> = data.iter().map(|(_, y)| *y).collect();
    let folds = metrics::stratified_folds(&labels, k, train::SEED ^ 0xf01d);
    let mut oof = vec![0.0; data.len()];
    let mut per_fold = Vec::new();
    for fold in 0..k {
        let tr: Vec<&(Features, bool)> = data
            .iter()
            .zip(&folds)
            .filter(|(_, f)| **f != fold)
            .map(|(d, _)| d)
            .collect();
        let te: Vec<usize> = (0..data.len()).filter(|&i| folds[i] == fold).collect();
        let test: Vec<&(Features, bool)> = te.iter().map(|&i| &data[i]).collect();
        let s = fit_and_score(&tr, &test, cfg);
        let y: Vec<bool> = te.iter().map(|&i| labels[i]).collect();
        per_fold.push(metrics::prf(&s, &y, 0.5, true).f1);
        te.iter().zip(s).for_each(|(&i, v)| oof[i] = v);
    }
    (oof, per_fold)
}

fn report(what: &str, scores: &[f32], labels: &[bool], per_fold: &[f64]) {
    let p = metrics::prf(scores, labels, 0.5, true);
    let mean = per_fold.iter().sum::<f64>() / per_fold.len().max(1) as f64;
    let sd = (per_fold.iter().map(|f| (f - mean).powi(2)).sum::<f64>()
        / per_fold.len().max(1) as f64)
        .sqrt();
    let folds = if per_fold.is_empty() {
        String::new()
    } else {
        format!("  fold F1 {mean:.3} ± {sd:.3}")
    };
    println!(
        "{what:<44} P {:.3}  R {:.3}  F1 {:.3}  macro-F1 {:.3}{folds}",
        p.precision,
        p.recall,
        p.f1,
        metrics::macro_f1(scores, labels, 0.5)
    );
}

fn claimbuster(dir: &Path) -> Result<()> {
    let cfg = config(train::CHECKWORTHINESS);
    let data = featurise(
        &load(dir, "claimbuster_2class_2.5xncs.tsv", "1", "0")?,
        cfg.bits,
    );
    let labels: Vec<bool> = data.iter().map(|(_, y)| *y).collect();
    let (oof, per_fold) = cross_validate(&data, &cfg, 5);
    report(
        "ClaimBuster 5-fold CV, check-worthy (1)",
        &oof,
        &labels,
        &per_fold,
    );
    cutoff_table(
        "ClaimBuster 5-fold CV, check-worthy (1)",
        &oof,
        &labels,
        1..=10,
    );
    Ok(())
}

fn newssd(dir: &Path) -> Result<()> {
    let cfg = config(train::OPINION);
    let tr = featurise(&load(dir, "newssd_eng_train.tsv", "SUBJ", "OBJ")?, cfg.bits);
    let va = featurise(&load(dir, "newssd_eng_val.tsv", "SUBJ", "OBJ")?, cfg.bits);
    let s = fit_and_score(
        &tr.iter().collect::<Vec<_>>(),
        &va.iter().collect::<Vec<_>>(),
        &cfg,
    );
    let y: Vec<bool> = va.iter().map(|(_, y)| *y).collect();
    report("NewsSD train -> val, SUBJ", &s, &y, &[]);
    cutoff_table("NewsSD train -> val, SUBJ", &s, &y, 10..=19);
    let all: Vec<(Features, bool)> = tr.into_iter().chain(va).collect();
    let labels: Vec<bool> = all.iter().map(|(_, y)| *y).collect();
    let (oof, per_fold) = cross_validate(&all, &cfg, 5);
    report("NewsSD train+val 5-fold CV, SUBJ", &oof, &labels, &per_fold);
    cutoff_table("NewsSD train+val 5-fold CV, SUBJ", &oof, &labels, 10..=19);
    Ok(())
}

/// Both classes at each cut-off of `grid`: the positive class's precision and recall at
/// `score >= t`, and the share of negatives below `t`. The statement and opinion-suggestion
/// cut-offs (`score::STATEMENT_MIN_CHECK`, `STATEMENT_MAX_OPINION`, `OPINION_SUGGEST`) were read
/// off these tables (docs/quality-scores.md).
fn cutoff_table(what: &str, scores: &[f32], labels: &[bool], grid: std::ops::RangeInclusive<u32>) {
    println!("{what}: at score >= t");
    for t in grid.map(|k| k as f32 * 0.05) {
        let p = metrics::prf(scores, labels, t, true);
        let neg = metrics::prf(scores, labels, t, false);
        let n = scores.iter().filter(|&&s| s >= t).count();
        println!(
            "  t {t:.2}  positive P {:.3} R {:.3} ({n} at or above)  negatives below t {:.3}",
            p.precision, p.recall, neg.recall
        );
    }
}

fn clef(dir: &Path) -> Result<()> {
    let data = load(dir, "clef2019_t1_train.tsv", "1", "0")?;
    let cb = load(dir, "claimbuster_2class_2.5xncs.tsv", "1", "0")?;
    let seen: std::collections::HashSet<&str> = cb.iter().map(|(s, _)| s.as_str()).collect();
    let overlap = data
        .iter()
        .filter(|(s, _)| seen.contains(s.as_str()))
        .count();
    let scores: Vec<f32> = data
        .iter()
        .map(|(s, _)| score::score_sentence(s).checkworthiness)
        .collect();
    let labels: Vec<bool> = data.iter().map(|(_, y)| *y).collect();
    println!(
        "CLEF-2019 T1 train (embedded model)           AP {:.3}  P@10 {:.2}  P@50 {:.2}  ({} sentences, {} also in ClaimBuster)",
        metrics::average_precision(&scores, &labels),
        metrics::precision_at(&scores, &labels, 10),
        metrics::precision_at(&scores, &labels, 50),
        data.len(),
        overlap
    );
    Ok(())
}

fn speed(dir: &Path) -> Result<()> {
    let mut sentences = Vec::new();
    for body in jsonl_texts(&dir.join("../news/bbc_news_2225.jsonl"))? {
        sentences.extend(body.split(". ").map(str::to_string));
    }
    let bytes: usize = sentences.iter().map(String::len).sum::<usize>() * SPEED_ROUNDS;
    let _ = score::score_sentence("warm up the embedded models.");
    let (started, cpu0) = (Instant::now(), thread_cpu_secs());
    let mut sum = 0.0f32;
    let mut best_pass = f64::INFINITY;
    for _ in 0..SPEED_ROUNDS {
        let pass0 = thread_cpu_secs();
        for s in &sentences {
            let sc = score::score_sentence(s);
            sum += sc.checkworthiness + sc.opinion;
        }
        if let (Some(a), Some(b)) = (pass0, thread_cpu_secs()) {
            best_pass = best_pass.min(b - a);
        }
    }
    let secs = started.elapsed().as_secs_f64();
    let cpu = thread_cpu_secs().map(|c| c - cpu0.unwrap_or(0.0));
    let cpu_rate = cpu.map_or("n/a".to_string(), |c| {
        let best = bytes as f64 / SPEED_ROUNDS as f64 / best_pass / 1e6;
        format!(
            "{:.1} MB/s CPU time (best pass {best:.1})",
            bytes as f64 / c / 1e6
        )
    });
    println!(
        "throughput (BBC 2,225 articles, one core)     {:.1} MB/s wall, {cpu_rate}  ({} sentences x {SPEED_ROUNDS}, {:.1} MB, {:.2}s, checksum {sum:.1})",
        bytes as f64 / secs / 1e6,
        sentences.len(),
        bytes as f64 / 1e6,
        secs
    );
    Ok(())
}

/// Passes over the corpus in the throughput run.
const SPEED_ROUNDS: usize = 5;

/// CPU time of this thread in seconds (Linux `/proc/thread-self/schedstat`), so the figure
/// does not depend on how busy the shared machine is.
fn thread_cpu_secs() -> Option<f64> {
    let stat = std::fs::read_to_string("/proc/thread-self/schedstat").ok()?;
    let ns: f64 = stat.split_whitespace().next()?.parse().ok()?;
    Some(ns / 1e9)
}

/// Dense weights of the embedded models (not run by default).
fn weights() {
    let load = |b| {
        score::model::Model::parse(b)
            .map(|m| m.dense)
            .unwrap_or_default()
    };
    let (cw, op) = (load(score::CHECKWORTHINESS_BIN), load(score::OPINION_BIN));
    for (i, name) in score::features::DENSE_NAMES.iter().enumerate() {
        println!("{name:<16} check {:>7.3}  opinion {:>7.3}", cw[i], op[i]);
    }
}

fn main() -> Result<()> {
    let dir = PathBuf::from(
        std::env::args()
            .nth(1)
            .context("usage: eval-scores DIR [cb|news|clef|speed]")?,
    );
    let only = std::env::args().nth(2).unwrap_or_default();
    let want = |name: &str| only.is_empty() || only == name;
    if want("cb") {
        claimbuster(&dir)?;
    }
    if want("news") {
        newssd(&dir)?;
    }
    if want("clef") {
        clef(&dir)?;
    }
    if only == "weights" {
        weights();
    }
    if want("speed") {
        speed(&dir)?;
    }
    Ok(())
}
