//! Sentence scores: `checkworthiness` (the sentence holds a factual claim worth checking) and
//! `opinion` (the sentence is the writer's view), each a logistic regression over hashed n-gram
//! and dense features, with weights trained by `examples/train-scores` and embedded here.

mod dense;
pub mod features;
mod hash;
mod lbfgs;
mod lexicon;
pub mod metrics;
pub mod model;
pub mod train;

use model::{Model, sigmoid};
use std::sync::LazyLock;

/// The embedded weight files, written by `cargo run --release --example train-scores`.
pub const CHECKWORTHINESS_BIN: &[u8] = include_bytes!("checkworthiness.bin");
pub const OPINION_BIN: &[u8] = include_bytes!("opinion.bin");

/// Both scores of one sentence, each in 0..1; 0.5 is the F1-tuned decision threshold.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Scores {
    pub checkworthiness: f32,
    pub opinion: f32,
}

// The weight files are compile-time constants, validated by a unit test; a bad one is a build
// defect, so failing loudly here is right.
static MODELS: LazyLock<(Model, Model)> = LazyLock::new(|| {
    let load = |name: &str, bytes: &[u8]| match Model::parse(bytes) {
        Ok(m) => m,
        Err(e) => panic!("embedded {name} weights are invalid: {e}"),
    };
    let (cw, op) = (
        load("checkworthiness", CHECKWORTHINESS_BIN),
        load("opinion", OPINION_BIN),
    );
    assert_eq!(cw.bits, op.bits, "both models must share one feature pass");
    (cw, op)
});

/// Both models' hashed weights side by side, so each feature costs one memory access.
static PAIRED: LazyLock<Vec<[i8; 2]>> = LazyLock::new(|| {
    let (cw, op) = &*MODELS;
    cw.hashed
        .iter()
        .zip(&op.hashed)
        .map(|(&c, &o)| [c, o])
        .collect()
});

/// Scores one sentence with the embedded models. Pure and fast: one normalised copy of the
/// sentence, then both models' weights are summed on the fly as the features are hashed.
pub fn score_sentence(sentence: &str) -> Scores {
    let (cw, op) = &*MODELS;
    let norm = features::normalise(sentence);
    let mask = (1usize << cw.bits) - 1;
    let w = &PAIRED[..=mask];
    let mut sums = [[0i32; 2]; features::GROUPS];
    let mut sizes = [0u32; features::GROUPS];
    let dense = features::walk(sentence, &norm, cw.bits, &mut |g, i, neg| {
        let i = i as usize & mask;
        let (c, o) = (i32::from(w[i][0]), i32::from(w[i][1]));
        let (c, o) = if neg { (-c, -o) } else { (c, o) };
        sums[g][0] += c;
        sums[g][1] += o;
        sizes[g] += 1;
    });
    let group_sum = |m: usize| -> f32 {
        let parts = sums.iter().zip(&sizes).filter(|(_, n)| **n > 0);
        parts.map(|(s, &n)| s[m] as f32 / (n as f32).sqrt()).sum()
    };
    Scores {
        checkworthiness: sigmoid(cw.logit_from(group_sum(0), &dense)),
        opinion: sigmoid(op.logit_from(group_sum(1), &dense)),
    }
}

#[cfg(test)]
mod tests {
    use super::model::{FormatError, MAGIC, Weights};
    use super::*;

    #[test]
    fn embedded_weights_parse() {
        for (name, bytes) in [
            ("checkworthiness", CHECKWORTHINESS_BIN),
            ("opinion", OPINION_BIN),
        ] {
            let m = Model::parse(bytes).unwrap_or_else(|e| panic!("{name}: {e}"));
            assert!(
                m.hashed.iter().any(|&w| w != 0),
                "{name} weights are all zero: untrained"
            );
        }
        assert_eq!(
            MODELS.0.bits, MODELS.1.bits,
            "both models should share one feature pass"
        );
    }

    fn tiny() -> Vec<u8> {
        let w = Weights {
            bits: 8,
            bias: 0.25,
            dense: [0.5; features::N_DENSE],
            hashed: vec![-0.5; 256],
        };
        Model::quantise(&w).to_bytes()
    }

    #[test]
    fn header_round_trip() {
        let m = Model::parse(&tiny());
        assert!(
            matches!(&m, Ok(m) if m.bits == 8 && m.bias == 0.25 && m.hashed[0] == -127),
            "{m:?}"
        );
    }

    #[test]
    fn header_errors() {
        let edit = |at: usize, byte: u8| {
            let mut b = tiny();
            b[at] = byte;
            b
        };
        let good = tiny();
        let cases: &[(Vec<u8>, FormatError)] = &[
            (good[..10].to_vec(), FormatError::TooShort(10)),
            (edit(0, b'X'), FormatError::BadMagic),
            (edit(8, 9), FormatError::FormatVersion(9)),
            (edit(12, 99), FormatError::FeatureVersion(99)),
            (
                edit(16, 30),
                FormatError::Dims {
                    bits: 30,
                    dense: features::N_DENSE as u32,
                },
            ),
            (
                good[..good.len() - 1].to_vec(),
                FormatError::Length {
                    want: good.len(),
                    got: good.len() - 1,
                },
            ),
        ];
        assert_eq!(&good[..8], &MAGIC);
        for (bytes, want) in cases {
            assert_eq!(Model::parse(bytes).as_ref().err(), Some(want));
        }
    }

    /// Sentences of the seed article (fixtures/belarus-prisoners-2025-12-14.txt). Loose bounds:
    /// they must survive retraining. (sentence, min check, max check, min opinion, max opinion)
    const SEED_CASES: &[(&str, f32, f32, f32, f32)] = &[
        (
            "A total of 123 political prisoners were let out of jail.",
            0.6,
            1.0,
            0.0,
            0.5,
        ),
        ("It’s brilliant.", 0.0, 0.5, 0.5, 1.0),
        ("It’s horrific.", 0.0, 0.5, 0.5, 1.0),
        (
            "The logic here is thinner than a crepe.",
            0.0,
            0.5,
            0.5,
            1.0,
        ),
        ("What a laugh, really.", 0.0, 0.5, 0.5, 1.0),
    ];

    #[test]
    fn seed_article_sanity() {
        for &(s, cw_min, cw_max, op_min, op_max) in SEED_CASES {
            let got = score_sentence(s);
            let ok = (cw_min..=cw_max).contains(&got.checkworthiness)
                && (op_min..=op_max).contains(&got.opinion);
            assert!(ok, "{s:?}: {got:?}");
        }
    }

    #[test]
    fn scores_are_probabilities_on_odd_input() {
        for s in [
            "",
            " ",
            "!!!",
            "1234567890",
            "ünïcödé ✓",
            &"word ".repeat(2000),
        ] {
            let got = score_sentence(s);
            assert!(
                (0.0..=1.0).contains(&got.checkworthiness) && (0.0..=1.0).contains(&got.opinion),
                "{got:?}"
            );
        }
    }
}
