//! Reading the labelled sentence files of `../shared/eval/claims` for the score examples
//! (`train-scores`, `eval-scores`), which include this file as a module.

use std::path::Path;

use anyhow::{Context, Result};
use claimdesk::extract::score::train;

/// The `sentence<TAB>label` rows of `dir/file`, with `pos` as true and `neg` as false.
pub fn load(dir: &Path, file: &str, pos: &str, neg: &str) -> Result<Vec<(String, bool)>> {
    let path = dir.join(file);
    let text = std::fs::read_to_string(&path)
        .with_context(|| format!("could not read {}", path.display()))?;
    train::parse_tsv(&text, pos, neg)
        .map_err(anyhow::Error::msg)
        .with_context(|| format!("in {}", path.display()))
}
