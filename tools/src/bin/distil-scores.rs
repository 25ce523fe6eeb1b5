//! Held-out figures of both scorers after distillation: the accurate scorer's own (its scores,
//! from `score-teacher` and `tools/scorer/train.py`) and the fast scorer trained on the gold
//! labels plus the accurate scorer's scores of BBC sentences. ClaimBuster is scored on the fold
//! `train.py` held out (`claimbuster_holdout.tsv`), NewsSD train -> val.
//! Usage: `cargo run --release -p claimdesk-tools --bin distil-scores -- ../shared/eval/claims target/scorer`

use std::collections::HashSet;
use std::path::{Path, PathBuf};

use anyhow::{Context, Result};
use claimdesk::extract::score::features::{self, Features};
use claimdesk::extract::score::model::sigmoid;
use claimdesk::extract::score::{OPINION_SUGGEST, STATEMENT_MIN_CHECK};
use claimdesk_tools::labelled::load;
use claimdesk_tools::metrics;
use claimdesk_tools::teacher::{self, Scored};
use claimdesk_tools::train::{self, Soft};

fn report(what: &str, scores: &[f32], labels: &[bool]) {
    let p = metrics::prf(scores, labels, 0.5, true);
    let at = |t: f32| metrics::prf(scores, labels, t, true);
    println!(
        "{what:<52} P {:.3} R {:.3} F1 {:.3} macro-F1 {:.3} | P@{OPINION_SUGGEST} {:.3} (n {}) | R@{STATEMENT_MIN_CHECK} {:.3}",
        p.precision,
        p.recall,
        p.f1,
        metrics::macro_f1(scores, labels, 0.5),
        at(OPINION_SUGGEST).precision,
        scores.iter().filter(|&&s| s >= OPINION_SUGGEST).count(),
        at(STATEMENT_MIN_CHECK).recall,
    );
}

/// Fits the fast scorer on `gold` plus the teacher's `extra`, scores `test`.
fn fast(
    gold: &[(String, bool)],
    extra: &[(&str, f32)],
    test: &[(String, bool)],
    cfg: &train::Config,
) -> Vec<f32> {
    let f = |s: &str| features::extract(s, cfg.bits);
    let gold_f: Vec<(Features, bool)> = gold.iter().map(|(s, y)| (f(s), *y)).collect();
    let extra_f: Vec<(Features, f32)> = extra.iter().map(|(s, t)| (f(s), *t)).collect();
    let pairs: Vec<(&Features, bool)> = gold_f.iter().map(|(x, y)| (x, *y)).collect();
    let soft: Vec<Soft> = extra_f.iter().map(|(x, t)| (x, *t)).collect();
    let (model, t) =
        train::fit_calibrated_with(&pairs, &soft, cfg, train::INNER_FOLDS, train::SEED);
    eprintln!(
        "  fit on {} gold + {} teacher sentences, threshold {t:.3}",
        gold.len(),
        extra.len()
    );
    test.iter()
        .map(|(s, _)| sigmoid(model.logit(&f(s))))
        .collect()
}

fn labels(rows: &[(String, bool)]) -> Vec<bool> {
    rows.iter().map(|(_, y)| *y).collect()
}

fn main() -> Result<()> {
    let mut args = std::env::args().skip(1);
    let usage = "usage: distil-scores CLAIMS_DIR TEACHER_DIR";
    let claims = PathBuf::from(args.next().context(usage)?);
    let dir = PathBuf::from(args.next().context(usage)?);
    let bbc = teacher::load(&dir, "bbc")?;
    let cb_held = holdout(&dir)?;
    let sd_val_t = teacher::load(&dir, "newssd_val")?;
    let held: HashSet<String> = cb_held.iter().map(|s| s.text.clone()).collect();
    let cb = load(&claims, "claimbuster_2class_2.5xncs.tsv", "1", "0")?;
    let (cb_test, cb_train): (Vec<_>, Vec<_>) = cb.into_iter().partition(|(s, _)| held.contains(s));
    let sd_train = load(&claims, "newssd_eng_train.tsv", "SUBJ", "OBJ")?;
    let sd_val = load(&claims, "newssd_eng_val.tsv", "SUBJ", "OBJ")?;

    // The accurate scorer itself (its scores of sentences it was not trained on).
    let y: Vec<bool> = cb_held.iter().map(|s| s.label == Some(true)).collect();
    report(
        "accurate: ClaimBuster held-out fold, check-worthy",
        &cb_held
            .iter()
            .map(|s| s.checkworthiness)
            .collect::<Vec<_>>(),
        &y,
    );
    let y: Vec<bool> = sd_val_t.iter().map(|s| s.label == Some(true)).collect();
    report(
        "accurate: NewsSD train -> val, SUBJ",
        &sd_val_t.iter().map(|s| s.opinion).collect::<Vec<_>>(),
        &y,
    );

    if let Ok(clef) = teacher::load(&dir, "clef") {
        let y: Vec<bool> = clef.iter().map(|s| s.label == Some(true)).collect();
        let cw: Vec<f32> = clef.iter().map(|s| s.checkworthiness).collect();
        report(
            "accurate: CLEF-2019 T1 train (out of distribution)",
            &cw,
            &y,
        );
        println!(
            "  AP {:.3}  P@10 {:.2}  P@50 {:.2}",
            metrics::average_precision(&cw, &y),
            metrics::precision_at(&cw, &y, 10),
            metrics::precision_at(&cw, &y, 50)
        );
    }
    let scale = std::env::var("DISTIL_EVERY")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(1usize);
    let bbc: Vec<&Scored> = bbc.iter().step_by(scale).collect();
    let cw_extra: Vec<(&str, f32)> = bbc
        .iter()
        .map(|s| (s.text.as_str(), s.checkworthiness))
        .collect();
    let op_extra: Vec<(&str, f32)> = bbc.iter().map(|s| (s.text.as_str(), s.opinion)).collect();
    for (name, cw, op) in [
        ("fast (gold only)", &[][..], &[][..]),
        ("fast (distilled)", &cw_extra[..], &op_extra[..]),
    ] {
        let s = fast(&cb_train, cw, &cb_test, &train::CHECKWORTHINESS);
        report(
            &format!("{name}: ClaimBuster held-out fold"),
            &s,
            &labels(&cb_test),
        );
        let s = fast(&sd_train, op, &sd_val, &train::OPINION);
        report(
            &format!("{name}: NewsSD train -> val"),
            &s,
            &labels(&sd_val),
        );
    }
    Ok(())
}

/// ClaimBuster's held-out fold with the accurate scorer's scores, as `train.py` wrote it
/// (the same columns as a teacher file).
fn holdout(dir: &Path) -> Result<Vec<Scored>> {
    teacher::load_path(&dir.join("claimbuster_holdout.tsv"))
}
