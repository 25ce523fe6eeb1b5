//! The sentence scorer a command runs: the embedded fast one (`extract::score`), or the accurate
//! one (all-MiniLM-L6-v2 with the shipped adapter and heads, run by candle; cargo feature
//! `accurate`), chosen by `--scorer` or by default for one small article when the model is installed.

#[cfg(feature = "accurate")]
pub mod accurate;
#[cfg(feature = "accurate")]
mod adapter;

use anyhow::{Result, bail};

use crate::cli::{ScorerArgs, ScorerChoice};
use crate::extract::score::{Fast, Scores, SentenceScorer};
use crate::model;

/// The most text the default choice gives the accurate scorer (a long article is 10-30 KB;
/// at about 50 sentences a second, 64 KiB takes some 10 s).
pub const ACCURATE_MAX_BYTES: usize = 64 * 1024;

/// A loaded scorer.
pub enum Scorer {
    Fast,
    #[cfg(feature = "accurate")]
    Accurate(Box<accurate::Accurate>),
}

impl Scorer {
    /// The scorer for this command: `--scorer` when given (accurate fails without the model),
    /// else accurate when `single_bytes` (the input is one article of that size) is at most
    /// [`ACCURATE_MAX_BYTES`] and the model is installed, else fast.
    pub fn choose(args: &ScorerArgs, single_bytes: Option<usize>) -> Result<Scorer> {
        let dir = model::resolve(args.model.model_dir.as_deref());
        let installed = dir.as_deref().is_some_and(model::is_installed);
        let small = single_bytes.is_some_and(|n| n <= ACCURATE_MAX_BYTES);
        let accurate = match args.scorer {
            Some(ScorerChoice::Fast) => false,
            Some(ScorerChoice::Accurate) => true,
            None => cfg!(feature = "accurate") && installed && small,
        };
        if !accurate {
            return Ok(Scorer::Fast);
        }
        if !cfg!(feature = "accurate") {
            bail!(NOT_BUILT);
        }
        let Some(dir) = dir.clone().filter(|_| installed) else {
            let at = dir.map_or("no model directory".into(), |d| d.display().to_string());
            bail!(
                "the accurate scorer needs the base model: run `claimdesk model install` (looked in {at})"
            );
        };
        load_accurate(&dir)
    }

    /// "fast" or "accurate", as the output names it.
    pub fn name(&self) -> &'static str {
        match self {
            Scorer::Fast => "fast",
            #[cfg(feature = "accurate")]
            Scorer::Accurate(_) => "accurate",
        }
    }

    /// The first inference error of the accurate scorer, if any (the sentences of that batch
    /// got fast scores; the command then fails).
    pub fn failure(&self) -> Option<String> {
        match self {
            Scorer::Fast => None,
            #[cfg(feature = "accurate")]
            Scorer::Accurate(a) => a.failure(),
        }
    }
}

/// Why a build without the cargo feature `accurate` cannot give the accurate scorer.
const NOT_BUILT: &str =
    "this claimdesk was built without the accurate scorer: build it with `--features accurate`";

#[cfg(feature = "accurate")]
fn load_accurate(dir: &std::path::Path) -> Result<Scorer> {
    Ok(Scorer::Accurate(Box::new(accurate::Accurate::load(dir)?)))
}

#[cfg(not(feature = "accurate"))]
fn load_accurate(_: &std::path::Path) -> Result<Scorer> {
    bail!(NOT_BUILT)
}

impl SentenceScorer for Scorer {
    fn score_all(&self, sentences: &[&str]) -> Vec<Scores> {
        match self {
            Scorer::Fast => Fast.score_all(sentences),
            #[cfg(feature = "accurate")]
            Scorer::Accurate(a) => a.score_all(sentences),
        }
    }
}

#[cfg(all(test, feature = "accurate"))]
mod tests;
