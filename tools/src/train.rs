//! Training of the linear scorers: L2-regularised logistic regression fitted by full-batch
//! L-BFGS (no randomness, so equal data gives equal weights), over the library's own feature
//! extraction, so training and the shipped scorer see the same features.

use claimdesk::extract::score::features::{Features, N_DENSE};
use claimdesk::extract::score::model::{Model, Weights, sigmoid};

use crate::metrics;

/// Hyper-parameters of one fit.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Config {
    pub bits: u32,
    /// L2 penalty on hashed weights (per example: the loss is a mean).
    pub l2: f64,
    /// L2 penalty on dense weights.
    pub l2_dense: f64,
    pub iterations: usize,
    /// Weight positives and negatives so both classes carry equal total weight.
    pub balanced: bool,
    /// Tune the decision threshold for macro-F1 (both classes) instead of positive-class F1.
    pub macro_threshold: bool,
    /// Scale each hashed feature by its naive-Bayes log-count ratio before fitting (NB-LR,
    /// Wang & Manning 2012); the ratio is folded back into the stored weights.
    pub nb: bool,
}

/// One training example: features and a target in 0..1 (a gold label is 0 or 1; a teacher's
/// score, in distillation, anything between).
pub type Soft<'a> = (&'a Features, f32);

/// Log-count ratio of every bucket, `ln((p_i / |p|) / (q_i / |q|))` with `p`, `q` the
/// add-one counts of examples holding the bucket among positives and negatives (a soft
/// target counts as that share of a positive and the rest of a negative).
fn nb_ratios(data: &[Soft], n_hashed: usize) -> Vec<f32> {
    let mut counts = [vec![1.0f64; n_hashed], vec![1.0f64; n_hashed]];
    for (f, y) in data {
        for &(i, _) in &f.hashed {
            counts[1][i as usize] += f64::from(*y);
            counts[0][i as usize] += 1.0 - f64::from(*y);
        }
    }
    let [q, p] = counts;
    let (sp, sq) = (p.iter().sum::<f64>(), q.iter().sum::<f64>());
    p.iter()
        .zip(&q)
        .map(|(a, b)| ((a / sp) / (b / sq)).ln() as f32)
        .collect()
}

/// Fits weights to `(features, label)` examples.
pub fn fit(data: &[(&Features, bool)], cfg: &Config) -> Weights {
    let soft: Vec<Soft> = data
        .iter()
        .map(|(f, y)| (*f, f32::from(u8::from(*y))))
        .collect();
    fit_soft(&soft, cfg)
}

/// Fits weights to `(features, target)` examples with targets in 0..1 (cross-entropy).
pub fn fit_soft(data: &[Soft], cfg: &Config) -> Weights {
    let n_hashed = 1usize << cfg.bits;
    if !cfg.nb {
        return fit_plain(data, cfg, n_hashed);
    }
    let r = nb_ratios(data, n_hashed);
    let scaled: Vec<Features> = data
        .iter()
        .map(|(f, _)| Features {
            hashed: f
                .hashed
                .iter()
                .map(|&(i, v)| (i, v * r[i as usize]))
                .collect(),
            dense: f.dense,
        })
        .collect();
    let pairs: Vec<Soft> = scaled.iter().zip(data).map(|(f, d)| (f, d.1)).collect();
    let mut w = fit_plain(&pairs, cfg, n_hashed);
    w.hashed.iter_mut().zip(&r).for_each(|(w, r)| *w *= r);
    w
}

fn fit_plain(data: &[Soft], cfg: &Config, n_hashed: usize) -> Weights {
    let obj = Objective::new(data, cfg, n_hashed);
    let w = crate::lbfgs::minimise(
        |w, g| obj.eval(w, g),
        n_hashed + N_DENSE + 1,
        cfg.iterations,
    );
    let mut dense = [0.0f32; N_DENSE];
    for (d, x) in dense.iter_mut().zip(&w[n_hashed..]) {
        *d = *x as f32;
    }
    Weights {
        bits: cfg.bits,
        bias: w[n_hashed + N_DENSE] as f32,
        dense,
        hashed: w[..n_hashed].iter().map(|&x| x as f32).collect(),
    }
}

struct Objective<'a> {
    data: &'a [Soft<'a>],
    cost: [f64; 2],
    cfg: &'a Config,
    n_hashed: usize,
}

impl<'a> Objective<'a> {
    fn new(data: &'a [Soft<'a>], cfg: &'a Config, n_hashed: usize) -> Self {
        let pos = data
            .iter()
            .map(|(_, y)| f64::from(*y))
            .sum::<f64>()
            .max(1.0);
        let neg = (data.len() as f64 - pos).max(1.0);
        let n = data.len().max(1) as f64;
        let cost = if cfg.balanced {
            [n / (2.0 * neg) / n, n / (2.0 * pos) / n]
        } else {
            [1.0 / n; 2]
        };
        Objective {
            data,
            cost,
            cfg,
            n_hashed,
        }
    }

    /// Mean weighted log-loss plus penalties; writes the gradient into `g`.
    fn eval(&self, w: &[f64], g: &mut [f64]) -> f64 {
        let (nh, bias_at) = (self.n_hashed, self.n_hashed + N_DENSE);
        let mut loss = 0.0;
        for (i, gi) in g.iter_mut().enumerate() {
            let l2 = if i < nh {
                self.cfg.l2
            } else if i < bias_at {
                self.cfg.l2_dense
            } else {
                0.0
            };
            loss += 0.5 * l2 * w[i] * w[i];
            *gi = l2 * w[i];
        }
        for &(f, y) in self.data {
            let mut z = w[bias_at];
            z += f
                .hashed
                .iter()
                .map(|&(i, v)| w[i as usize] * f64::from(v))
                .sum::<f64>();
            z += f
                .dense
                .iter()
                .zip(&w[nh..])
                .map(|(x, wd)| f64::from(*x) * wd)
                .sum::<f64>();
            let y = f64::from(y);
            let c = self.cost[0] * (1.0 - y) + self.cost[1] * y;
            // Cross-entropy y log(1 + e^-z) + (1 - y) log(1 + e^z), computed stably.
            let softplus = |m: f64| {
                if m > 0.0 {
                    (-m).exp().ln_1p()
                } else {
                    -m + m.exp().ln_1p()
                }
            };
            loss += c * (y * softplus(z) + (1.0 - y) * softplus(-z));
            let p = 1.0 / (1.0 + (-z).exp());
            let r = c * (p - y);
            for &(i, v) in &f.hashed {
                g[i as usize] += r * f64::from(v);
            }
            for (gd, x) in g[nh..bias_at].iter_mut().zip(&f.dense) {
                *gd += r * f64::from(*x);
            }
            g[bias_at] += r;
        }
        loss
    }
}

/// Fits on all of `data`, then shifts the bias so that a score of 0.5 sits at the threshold
/// that maximised positive-class F1 in an inner `inner_k`-fold cross-validation over `data`
/// (so the threshold never sees data outside `data`). Returns the model and that threshold.
pub fn fit_calibrated(
    data: &[(&Features, bool)],
    cfg: &Config,
    inner_k: usize,
    seed: u64,
) -> (Model, f32) {
    fit_calibrated_with(data, &[], cfg, inner_k, seed)
}

/// [`fit_calibrated`] with `extra` soft examples (a teacher's scores of unlabelled
/// sentences) in every fit; the threshold is still tuned on the gold `data` only.
pub fn fit_calibrated_with(
    data: &[(&Features, bool)],
    extra: &[Soft],
    cfg: &Config,
    inner_k: usize,
    seed: u64,
) -> (Model, f32) {
    let labels: Vec<bool> = data.iter().map(|(_, y)| *y).collect();
    let folds = metrics::stratified_folds(&labels, inner_k, seed);
    let mut oof = vec![0.0f32; data.len()];
    let gold = |keep: &dyn Fn(usize) -> bool| -> Vec<Soft> {
        let rows = data.iter().zip(&folds).filter(|(_, f)| keep(**f));
        rows.map(|((f, y), _)| (*f, f32::from(u8::from(*y))))
            .chain(extra.iter().copied())
            .collect()
    };
    for k in 0..inner_k {
        let m = Model::quantise(&fit_soft(&gold(&|f| f != k), cfg));
        for ((f, _), (o, _)) in data
            .iter()
            .zip(oof.iter_mut().zip(&folds))
            .filter(|(_, (_, f))| **f == k)
        {
            *o = sigmoid(m.logit(f));
        }
    }
    let t = metrics::best_threshold(&oof, &labels, cfg.macro_threshold).clamp(0.02, 0.98);
    let mut m = Model::quantise(&fit_soft(&gold(&|_| true), cfg));
    m.bias -= (t / (1.0 - t)).ln();
    (m, t)
}

/// Seed of every fold split (training's inner CV and the eval's outer CV).
pub const SEED: u64 = 20_251_214;
/// Inner folds used to tune the decision threshold.
pub const INNER_FOLDS: usize = 5;

/// The check-worthiness fit, trained on ClaimBuster.
pub const CHECKWORTHINESS: Config = Config {
    bits: 17,
    l2: 3e-5,
    l2_dense: 1e-4,
    iterations: 200,
    balanced: false,
    macro_threshold: false,
    nb: true,
};
/// The opinion fit, trained on NewsSD (train + val).
pub const OPINION: Config = Config {
    bits: 17,
    l2: 1e-3,
    l2_dense: 1e-3,
    iterations: 200,
    balanced: false,
    macro_threshold: true,
    nb: false,
};
