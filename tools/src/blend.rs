//! The blend of the accurate scorer with the fast one, `sigmoid(a * logit(accurate) + b *
//! logit(fast) + c)` for one score, and its fit: a logistic regression on the two logits over
//! sentences neither scorer was trained on (the calibration split of `tools/scorer/train.py`),
//! then the decision threshold folded into the bias, as for every score. Tried for the
//! accurate scorer (`blend-scores`, docs/quality-scores.md); not shipped.

use anyhow::{Context, Result, bail};
use claimdesk::extract::score::model::sigmoid;

use crate::{lbfgs, metrics};

/// Weights of one blended score (the decision threshold already folded into `bias`, so 0.5
/// is the cut-off, as for every score).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Blend {
    pub accurate: f32,
    pub fast: f32,
    pub bias: f32,
}

/// Probabilities this close to 0 or 1 are clamped before taking the logit (a calibrated
/// score of exactly 0 or 1 would give an infinite one).
const EDGE: f32 = 1e-6;

/// `ln(p / (1 - p))`, with `p` kept inside `[EDGE, 1 - EDGE]`.
pub fn logit(p: f32) -> f32 {
    let p = p.clamp(EDGE, 1.0 - EDGE);
    (p / (1.0 - p)).ln()
}

impl Blend {
    /// The blended probability of one sentence from its two scores (probabilities).
    pub fn apply(&self, accurate: f32, fast: f32) -> f32 {
        sigmoid(self.accurate * logit(accurate) + self.fast * logit(fast) + self.bias)
    }

    /// Parses the adapter metadata form, three numbers separated by spaces: `a b c`.
    pub fn parse(text: &str) -> Result<Blend> {
        let numbers: Vec<f32> = text
            .split_whitespace()
            .map(|n| {
                n.parse::<f32>()
                    .with_context(|| format!("{n:?} is no number"))
            })
            .collect::<Result<_>>()?;
        match numbers[..] {
            [accurate, fast, bias] if numbers.iter().all(|n| n.is_finite()) => Ok(Blend {
                accurate,
                fast,
                bias,
            }),
            _ => bail!("a blend is three finite numbers (accurate, fast, bias), not {text:?}"),
        }
    }

    /// The metadata form [`Blend::parse`] reads.
    pub fn to_metadata(&self) -> String {
        format!("{} {} {}", self.accurate, self.fast, self.bias)
    }
}

/// L2 penalty on the two weights (per example: the loss is a mean). Small: two weights over
/// hundreds of sentences need little.
const L2: f64 = 1e-3;

/// Fits the blend to `(accurate, fast)` probabilities with their labels; the threshold
/// maximises positive-class F1, or with `macro_avg` the mean F1 of both classes, on the same
/// sentences. Returns the blend (0.5 at that threshold) and the threshold.
pub fn fit(accurate: &[f32], fast: &[f32], labels: &[bool], macro_avg: bool) -> (Blend, f32) {
    let x: Vec<[f64; 2]> = accurate
        .iter()
        .zip(fast)
        .map(|(&a, &f)| [f64::from(logit(a)), f64::from(logit(f))])
        .collect();
    let n = x.len().max(1) as f64;
    let w = lbfgs::minimise(
        |w, g| {
            g.fill(0.0);
            let mut loss = 0.0;
            for (xi, &y) in x.iter().zip(labels) {
                let z = w[0] * xi[0] + w[1] * xi[1] + w[2];
                let y = f64::from(u8::from(y));
                // log(1 + e^z) - y z, computed without overflow.
                loss += z.max(0.0) + (-z.abs()).exp().ln_1p() - y * z;
                let d = 1.0 / (1.0 + (-z).exp()) - y;
                g[0] += d * xi[0];
                g[1] += d * xi[1];
                g[2] += d;
            }
            g.iter_mut().for_each(|gi| *gi /= n);
            g[0] += 2.0 * L2 * w[0];
            g[1] += 2.0 * L2 * w[1];
            loss / n + L2 * (w[0] * w[0] + w[1] * w[1])
        },
        3,
        200,
    );
    let raw = Blend {
        accurate: w[0] as f32,
        fast: w[1] as f32,
        bias: w[2] as f32,
    };
    let scores: Vec<f32> = accurate
        .iter()
        .zip(fast)
        .map(|(&a, &f)| raw.apply(a, f))
        .collect();
    let t = metrics::best_threshold(&scores, labels, macro_avg).clamp(0.02, 0.98);
    let blend = Blend {
        bias: raw.bias - logit(t),
        ..raw
    };
    (blend, t)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::metrics::SplitMix;

    #[test]
    fn parse_cases() {
        let ok = Blend {
            accurate: 1.5,
            fast: 0.25,
            bias: -0.5,
        };
        let cases: &[(&str, Option<Blend>)] = &[
            ("1.5 0.25 -0.5", Some(ok)),
            ("  1.5   0.25 -0.5 ", Some(ok)),
            ("1.5 0.25", None),
            ("1.5 0.25 -0.5 1", None),
            ("1.5 x -0.5", None),
            ("1.5 NaN -0.5", None),
            ("", None),
        ];
        for (text, want) in cases {
            assert_eq!(Blend::parse(text).ok(), *want, "{text:?}");
        }
        assert_eq!(Blend::parse(&ok.to_metadata()).ok(), Some(ok));
    }

    #[test]
    fn apply_weighs_both_logits() {
        let only_accurate = Blend {
            accurate: 1.0,
            fast: 0.0,
            bias: 0.0,
        };
        assert!((only_accurate.apply(0.8, 0.1) - 0.8).abs() < 1e-5);
        let even = Blend {
            accurate: 0.5,
            fast: 0.5,
            bias: 0.0,
        };
        // Logits 2 and -2 cancel; a score of 0 or 1 stays finite.
        let (p, q) = (sigmoid(2.0), sigmoid(-2.0));
        assert!((even.apply(p, q) - 0.5).abs() < 1e-5);
        assert!(even.apply(1.0, 1.0) > 0.99 && even.apply(0.0, 0.0) < 0.01);
        let shifted = Blend { bias: 1.0, ..even };
        assert!(shifted.apply(0.5, 0.5) > 0.7);
    }

    /// Labels that depend on both scores: the fit gives both a positive weight, and the
    /// folded threshold puts the blend's F1 at 0.5 equal to the best F1 on the data.
    #[test]
    fn fit_weighs_both_scores_and_folds_the_threshold() {
        let mut rng = SplitMix(7);
        let mut unit = || (rng.next_u64() >> 11) as f32 / (1u64 << 53) as f32;
        let (mut acc, mut fast, mut labels) = (vec![], vec![], vec![]);
        for _ in 0..2000 {
            let (a, f, noise) = (unit(), unit(), unit());
            acc.push(a.clamp(0.01, 0.99));
            fast.push(f.clamp(0.01, 0.99));
            labels.push(0.6 * a + 0.4 * f + 0.3 * (noise - 0.5) > 0.6);
        }
        let (blend, t) = fit(&acc, &fast, &labels, false);
        assert!(blend.accurate > 0.0 && blend.fast > 0.0, "{blend:?}");
        assert!(blend.accurate > blend.fast, "{blend:?}");
        let scores: Vec<f32> = acc
            .iter()
            .zip(&fast)
            .map(|(&a, &f)| blend.apply(a, f))
            .collect();
        let at_half = metrics::prf(&scores, &labels, 0.5, true).f1;
        let best = metrics::prf(
            &scores,
            &labels,
            metrics::best_threshold(&scores, &labels, false),
            true,
        )
        .f1;
        assert!(
            (at_half - best).abs() < 0.01,
            "F1 at 0.5 {at_half}, best {best} (t {t})"
        );
        // Better than either score alone at its own best threshold.
        for alone in [&acc, &fast] {
            let f1 = metrics::prf(
                alone,
                &labels,
                metrics::best_threshold(alone, &labels, false),
                true,
            )
            .f1;
            assert!(at_half > f1, "blend {at_half} <= alone {f1}");
        }
    }
}
