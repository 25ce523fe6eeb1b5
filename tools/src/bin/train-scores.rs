//! Trains the two sentence scorers on the labelled data in DIR (see docs/quality-scores.md) and
//! writes `src/extract/score/{checkworthiness,opinion}.bin`, which the library embeds. With
//! TEACHER_DIR (`score-teacher` output), the accurate scorer's scores of BBC sentences join
//! the gold labels as soft targets (distillation).
//! Usage: `cargo run --release -p claimdesk-tools --bin train-scores -- ../shared/eval/claims [TEACHER_DIR]`

use anyhow::{Context, Result};
use claimdesk::extract::score::features;
use claimdesk_tools::labelled::load;
use claimdesk_tools::{teacher, train};
use std::path::{Path, PathBuf};
use std::time::Instant;

/// FNV-1a (64-bit) of a weights file: the checksum docs/quality-scores.md quotes.
fn fnv(bytes: &[u8]) -> u64 {
    let step = |h: u64, &b: &u8| (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3);
    bytes.iter().fold(0xcbf2_9ce4_8422_2325, step)
}

fn build(
    name: &str,
    data: &[(String, bool)],
    extra: &[(&str, f32)],
    cfg: &train::Config,
    out: &Path,
) -> Result<()> {
    let started = Instant::now();
    let feats: Vec<features::Features> = data
        .iter()
        .map(|(s, _)| features::extract(s, cfg.bits))
        .collect();
    let pairs: Vec<(&features::Features, bool)> =
        feats.iter().zip(data).map(|(f, (_, y))| (f, *y)).collect();
    let extra_f: Vec<features::Features> = extra
        .iter()
        .map(|(s, _)| features::extract(s, cfg.bits))
        .collect();
    let soft: Vec<train::Soft> = extra_f
        .iter()
        .zip(extra)
        .map(|(f, (_, t))| (f, *t))
        .collect();
    let (model, threshold) =
        train::fit_calibrated_with(&pairs, &soft, cfg, train::INNER_FOLDS, train::SEED);
    let bytes = model.to_bytes();
    let path = out.join(format!("{name}.bin"));
    std::fs::write(&path, &bytes).with_context(|| format!("could not write {}", path.display()))?;
    let pos = data.iter().filter(|(_, y)| *y).count();
    println!(
        "{name}: {} sentences ({pos} positive) + {} teacher-scored, threshold {threshold:.3} -> 0.5, {} bytes, fnv {:016x}, {:.1}s",
        data.len(),
        extra.len(),
        bytes.len(),
        fnv(&bytes),
        started.elapsed().as_secs_f64()
    );
    Ok(())
}

fn main() -> Result<()> {
    let dir = PathBuf::from(
        std::env::args()
            .nth(1)
            .context("usage: train-scores DIR [TEACHER_DIR]")?,
    );
    let bbc = match std::env::args().nth(2) {
        Some(t) => teacher::load(Path::new(&t), "bbc")?,
        None => Vec::new(),
    };
    let cw: Vec<(&str, f32)> = bbc
        .iter()
        .map(|s| (s.text.as_str(), s.checkworthiness))
        .collect();
    let op: Vec<(&str, f32)> = bbc.iter().map(|s| (s.text.as_str(), s.opinion)).collect();
    let out = Path::new(env!("CARGO_MANIFEST_DIR")).join("../src/extract/score");
    let cb = load(&dir, "claimbuster_2class_2.5xncs.tsv", "1", "0")?;
    let mut news = load(&dir, "newssd_eng_train.tsv", "SUBJ", "OBJ")?;
    news.extend(load(&dir, "newssd_eng_val.tsv", "SUBJ", "OBJ")?);
    build("checkworthiness", &cb, &cw, &train::CHECKWORTHINESS, &out)?;
    build("opinion", &news, &op, &train::OPINION, &out)?;
    Ok(())
}
