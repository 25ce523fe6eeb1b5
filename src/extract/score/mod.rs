//! Sentence scores: `checkworthiness` (the sentence holds a factual claim worth checking) and
//! `opinion` (the sentence is the writer's view), each a logistic regression over hashed n-gram
//! and dense features, with weights trained by the `train-scores` program of `tools/` and
//! embedded here. The library holds inference only.

mod dense;
pub mod features;
mod hash;
mod lexicon;
mod memo;
pub mod model;
mod normalise;
mod surface;

use foldhash::HashMap;
pub use lexicon::{EVALUATIVE, INTENSIFIERS};
use model::{Model, sigmoid};
use std::cell::RefCell;
use std::sync::LazyLock;

/// The embedded weight files, written by
/// `cargo run --release -p claimdesk-tools --bin train-scores`.
pub const CHECKWORTHINESS_BIN: &[u8] = include_bytes!("checkworthiness.bin");
pub const OPINION_BIN: &[u8] = include_bytes!("opinion.bin");

/// The opinion score from which review suggests the verdict "opinion": the lowest cut-off
/// (in steps of 0.05) whose SUBJ precision is at least 0.8 on held-out NewsSD data, both train ->
/// val and 5-fold CV (`eval-scores ... news`; figures in docs/quality-scores.md).
pub const OPINION_SUGGEST: f32 = 0.9;

/// The check-worthiness from which a sentence that asserts something (and is not suggested
/// as opinion) becomes a `statement` claim: the highest cut-off (in steps of 0.05) that keeps
/// at least 98% of ClaimBuster's check-worthy sentences in 5-fold CV (recall 0.981 at 0.10;
/// `eval-scores ... cb`). A high-recall cut, since "every checkable assertion" includes the
/// unimportant factual sentences ClaimBuster labels 0: the reviewer, not the score, decides.
pub const STATEMENT_MIN_CHECK: f32 = 0.10;

/// Both scores of one sentence, each in 0..1; 0.5 is the F1-tuned decision threshold.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Scores {
    pub checkworthiness: f32,
    pub opinion: f32,
}

/// Scores the sentences of one document, in order: the embedded fast models ([`Fast`]) or a
/// caller's model (claimdesk's accurate scorer), so extraction stays free of IO.
pub trait SentenceScorer: Sync {
    fn score_all(&self, sentences: &[&str]) -> Vec<Scores>;
}

/// The embedded fast models ([`score_sentence`]).
pub struct Fast;

impl SentenceScorer for Fast {
    /// Each distinct sentence is scored once: the scores are a pure function of the text, and
    /// news text repeats sentences (bylines, boilerplate, republished articles: 3% of the first
    /// MB of the joined BBC text, 8% of the whole), each costing far more to score than to hash.
    fn score_all(&self, sentences: &[&str]) -> Vec<Scores> {
        let mut seen: HashMap<&str, Scores> =
            HashMap::with_capacity_and_hasher(sentences.len(), Default::default());
        sentences
            .iter()
            .map(|&s| *seen.entry(s).or_insert_with(|| score_sentence(s)))
            .collect()
    }
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

/// Both models' hashed weights side by side (checkworthiness in the low byte), so each
/// feature costs one 16-bit load.
static PAIRED: LazyLock<Vec<u16>> = LazyLock::new(|| {
    let (cw, op) = &*MODELS;
    let pair = |(&c, &o): (&i8, &i8)| u16::from_le_bytes([c as u8, o as u8]);
    cw.hashed.iter().zip(&op.hashed).map(pair).collect()
});

/// Reused buffers of one thread's scoring, so a sentence costs no allocation.
#[derive(Default)]
struct Scratch {
    norm: String,
    keys: features::Keys,
    grams: Vec<u32>,
    memo: memo::TokenMemo,
}

thread_local! {
    static SCRATCH: RefCell<Scratch> = RefCell::default();
}

/// Scores one sentence with the embedded models. Pure (the per-thread memo is exact): word
/// n-gram keys go into a reused buffer and their weights are summed in one pass; byte n-grams
/// are summed token by token, most of them from the memo.
pub fn score_sentence(sentence: &str) -> Scores {
    SCRATCH.with_borrow_mut(|sc| {
        sc.norm.clear();
        features::normalise_into(sentence, &mut sc.norm);
        let (cw, op) = &*MODELS;
        let dense = features::walk_words(sentence, &sc.norm, cw.bits, &mut sc.keys);
        let words = signed_sums(sc.keys.groups()[0]);
        let mut chars = memo::Sums::default();
        for &t in &sc.keys.tokens {
            let s = sc.memo.get_or(sc.norm.as_bytes(), t, || {
                sc.grams.clear();
                features::token_grams(sc.norm.as_bytes(), t, cw.bits, &mut sc.grams);
                signed_sums(&sc.grams)
            });
            chars.check += s.check;
            chars.opinion += s.opinion;
            chars.n += s.n;
        }
        let scaled = |f: fn(&memo::Sums) -> i32| -> f32 {
            let group = |s: &memo::Sums| f(s) as f32 / (s.n.max(1) as f32).sqrt();
            group(&words) + group(&chars)
        };
        Scores {
            checkworthiness: sigmoid(cw.logit_from(scaled(|s| s.check), &dense)),
            opinion: sigmoid(op.logit_from(scaled(|s| s.opinion), &dense)),
        }
    })
}

/// Both models' sums of the signed quantised weights of `keys`. Keys are computed before any
/// weight is read, and the sign is applied without a branch (the hash bit is a coin flip), so
/// the table loads are independent and overlap.
fn signed_sums(keys: &[u32]) -> memo::Sums {
    let w = &PAIRED[..];
    let (mut c, mut o) = (0i32, 0i32);
    for &k in keys {
        let p = w.get((k >> 1) as usize).copied().unwrap_or_default();
        let m = -((k & 1) as i32);
        c += (i32::from(p as i8) ^ m) - m;
        o += (i32::from((p >> 8) as i8) ^ m) - m;
    }
    memo::Sums {
        check: c,
        opinion: o,
        n: keys.len() as u32,
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
    fn scorer_matches_the_training_feature_path() {
        let (cw, op) = &*MODELS;
        let text = "A total of 123 political prisoners were let out of jail. It’s brilliant. \
            The logic here is thinner than a crepe, the the the prisoners' jail! \
            Internationalisation, internationalisation. ¿Qué? ½ ﬁ";
        // Twice, so the second pass reads the memo.
        for s in text.split(". ").chain(text.split(". ")) {
            let got = score_sentence(s);
            let f = features::extract(s, cw.bits);
            let want = [sigmoid(cw.logit(&f)), sigmoid(op.logit(&f))];
            let diff = (got.checkworthiness - want[0]).abs() + (got.opinion - want[1]).abs();
            assert!(diff < 1e-4, "{s:?}: {got:?} vs {want:?}");
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
