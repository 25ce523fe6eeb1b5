//! The blend of the accurate scorer with the fast one, fitted and scored per fold: for each
//! folder `train.py` wrote (`--scores-dir`: the accurate scores of the held-out ClaimBuster fold,
//! of its calibration split, of NewsSD's calibration split and of NewsSD val), the fast scorer
//! is trained on the rest of the data exactly as shipped, the blend is fitted on the
//! calibration split, and all three are scored on the held-out sentences. `--write ADAPTER`
//! stores the first folder's blends in that adapter's metadata.
//! Usage: `cargo run --release -p claimdesk-tools --bin blend-scores -- ../shared/eval/claims DIR... [--write src/scorer/adapter.safetensors]`

use std::collections::HashSet;
use std::path::{Path, PathBuf};

use anyhow::{Context, Result, bail};
use claimdesk::extract::score::OPINION_SUGGEST;
use claimdesk::extract::score::features;
use claimdesk::extract::score::model::sigmoid;
use claimdesk_tools::blend::Blend;
use claimdesk_tools::labelled::load;
use claimdesk_tools::teacher::{self, Scored};
use claimdesk_tools::train::{self, Config};
use claimdesk_tools::{blend, metrics};

/// Scores and labels of one scorer on one held-out set.
struct HeldOut {
    accurate: Vec<f32>,
    fast: Vec<f32>,
    blended: Vec<f32>,
    labels: Vec<bool>,
}

fn report(what: &str, scores: &[f32], labels: &[bool]) {
    let p = metrics::prf(scores, labels, 0.5, true);
    let suggested = scores.iter().filter(|&&s| s >= OPINION_SUGGEST).count();
    println!(
        "  {what:<10} P {:.3} R {:.3} F1 {:.3} macro-F1 {:.3} | P@{OPINION_SUGGEST} {:.3} (n {suggested})",
        p.precision,
        p.recall,
        p.f1,
        metrics::macro_f1(scores, labels, 0.5),
        metrics::prf(scores, labels, OPINION_SUGGEST, true).precision,
    );
}

/// The fast scorer trained on `rows`, as the shipped one is, scoring `texts`.
fn fast_scores(rows: &[&(String, bool)], cfg: &Config, texts: &[&str]) -> Vec<f32> {
    let f: Vec<_> = rows
        .iter()
        .map(|(s, y)| (features::extract(s, cfg.bits), *y))
        .collect();
    let pairs: Vec<_> = f.iter().map(|(x, y)| (x, *y)).collect();
    let (model, _) = train::fit_calibrated(&pairs, cfg, train::INNER_FOLDS, train::SEED);
    texts
        .iter()
        .map(|s| sigmoid(model.logit(&features::extract(s, cfg.bits))))
        .collect()
}

/// One task of one folder: the fast scorer trained on `all` minus the calibration and
/// held-out sentences, the blend fitted on calibration, all scored on held-out.
fn task(
    all: &[(String, bool)],
    cal: &[Scored],
    held: &[Scored],
    cfg: &Config,
    pick: fn(&Scored) -> f32,
) -> Result<(Blend, HeldOut)> {
    let out: HashSet<&str> = cal.iter().chain(held).map(|s| s.text.as_str()).collect();
    let rows: Vec<&(String, bool)> = all
        .iter()
        .filter(|(s, _)| !out.contains(s.as_str()))
        .collect();
    let labels = |set: &[Scored]| -> Result<Vec<bool>> {
        set.iter()
            .map(|s| s.label.context("an unlabelled sentence in a scored set"))
            .collect()
    };
    let texts: Vec<&str> = cal.iter().chain(held).map(|s| s.text.as_str()).collect();
    let fast = fast_scores(&rows, cfg, &texts);
    let (fast_cal, fast_held) = fast.split_at(cal.len());
    let acc_cal: Vec<f32> = cal.iter().map(pick).collect();
    let (b, t) = blend::fit(&acc_cal, fast_cal, &labels(cal)?, cfg.macro_threshold);
    eprintln!(
        "    fast trained on {} of {} sentences; blend {b:?} (threshold {t:.3} on {} calibration sentences)",
        rows.len(),
        all.len(),
        cal.len()
    );
    let accurate: Vec<f32> = held.iter().map(pick).collect();
    let blended = accurate
        .iter()
        .zip(fast_held)
        .map(|(&a, &f)| b.apply(a, f))
        .collect();
    Ok((
        b,
        HeldOut {
            accurate,
            fast: fast_held.to_vec(),
            blended,
            labels: labels(held)?,
        },
    ))
}

fn print(s: &HeldOut) {
    report("accurate", &s.accurate, &s.labels);
    report("fast", &s.fast, &s.labels);
    report("blend", &s.blended, &s.labels);
}

/// Writes the blends into the metadata of the safetensors file at `path` (8 bytes of header
/// length, the JSON header, the tensors: only the header changes, offsets are relative to
/// the data).
fn write_blends(path: &Path, blends: &[(&str, Blend)]) -> Result<()> {
    let bytes =
        std::fs::read(path).with_context(|| format!("could not read {}", path.display()))?;
    let len = bytes.get(..8).context("no safetensors header")?;
    let len = u64::from_le_bytes(len.try_into()?) as usize;
    let header = bytes
        .get(8..8 + len)
        .context("the header runs past the end")?;
    let mut header: serde_json::Value = serde_json::from_slice(header)?;
    let meta = header
        .as_object_mut()
        .context("the header is no JSON object")?
        .entry("__metadata__")
        .or_insert_with(|| serde_json::json!({}));
    for (key, b) in blends {
        meta[*key] = serde_json::Value::String(b.to_metadata());
    }
    let mut json = serde_json::to_vec(&header)?;
    json.resize(json.len().div_ceil(8) * 8, b' ');
    let mut out = (json.len() as u64).to_le_bytes().to_vec();
    out.extend_from_slice(&json);
    out.extend_from_slice(&bytes[8 + len..]);
    std::fs::write(path, out).with_context(|| format!("could not write {}", path.display()))?;
    println!("wrote the blends into {}", path.display());
    Ok(())
}

fn main() -> Result<()> {
    let mut args: Vec<String> = std::env::args().skip(1).collect();
    let write = match args.iter().position(|a| a == "--write") {
        Some(i) if i + 1 < args.len() => {
            let path = args.remove(i + 1);
            args.remove(i);
            Some(PathBuf::from(path))
        }
        Some(_) => bail!("--write needs a path"),
        None => None,
    };
    let [claims, dirs @ ..] = &args[..] else {
        bail!("usage: blend-scores CLAIMS_DIR SCORES_DIR... [--write ADAPTER]");
    };
    if dirs.is_empty() {
        bail!("usage: blend-scores CLAIMS_DIR SCORES_DIR... [--write ADAPTER]");
    }
    let claims = Path::new(claims);
    let cb = load(claims, "claimbuster_2class_2.5xncs.tsv", "1", "0")?;
    let sd = load(claims, "newssd_eng_train.tsv", "SUBJ", "OBJ")?;
    let mut pooled = HeldOut {
        accurate: vec![],
        fast: vec![],
        blended: vec![],
        labels: vec![],
    };
    let mut f1s = [vec![], vec![], vec![]];
    let mut first = None;
    for dir in dirs {
        let dir = Path::new(dir);
        let read = |name: &str| teacher::load_path(&dir.join(format!("{name}.tsv")));
        println!("{}: ClaimBuster held-out fold, check-worthy", dir.display());
        let (cw, s) = task(
            &cb,
            &read("claimbuster_cal")?,
            &read("claimbuster_holdout")?,
            &train::CHECKWORTHINESS,
            |s| s.checkworthiness,
        )?;
        print(&s);
        for (f1, set) in f1s.iter_mut().zip([&s.accurate, &s.fast, &s.blended]) {
            f1.push(metrics::prf(set, &s.labels, 0.5, true).f1);
        }
        pooled.accurate.extend(&s.accurate);
        pooled.fast.extend(&s.fast);
        pooled.blended.extend(&s.blended);
        pooled.labels.extend(&s.labels);
        if first.is_none() {
            // NewsSD's split and the opinion head are the same in every fold folder.
            println!("{}: NewsSD train -> val, SUBJ", dir.display());
            let (op, s) = task(
                &sd,
                &read("newssd_cal")?,
                &read("newssd_val")?,
                &train::OPINION,
                |s| s.opinion,
            )?;
            print(&s);
            first = Some((cw, op));
        }
    }
    if dirs.len() > 1 {
        println!(
            "ClaimBuster, {} folds pooled ({} sentences)",
            dirs.len(),
            pooled.labels.len()
        );
        print(&pooled);
        for (name, f1) in ["accurate", "fast", "blend"].iter().zip(&f1s) {
            let mean = f1.iter().sum::<f64>() / f1.len() as f64;
            let each: Vec<String> = f1.iter().map(|f| format!("{f:.3}")).collect();
            println!("  {name:<10} mean F1 {mean:.3} ({})", each.join(", "));
        }
    }
    if let (Some(path), Some((cw, op))) = (write, first) {
        let opinion = std::env::var("BLEND_OPINION").is_ok_and(|v| v == "1");
        let mut blends = vec![("blend_checkworthiness", cw)];
        if opinion {
            blends.push(("blend_opinion", op));
        }
        write_blends(&path, &blends)?;
    }
    Ok(())
}
