//! Reading NewsClaims (Reddy et al. 2022) for `eval-newsclaims` and `eval-attribution`:
//! `gold.json`'s articles with their texts from `text/`, and the gold sentences' character
//! offsets turned into claimdesk's byte offsets.

use std::path::Path;

use anyhow::{Context, Result};
use serde::Deserialize;

#[derive(Deserialize)]
struct Gold {
    articles: Vec<Article>,
}

/// One article of the gold file, with its text.
#[derive(Deserialize)]
pub struct Article {
    pub id: String,
    pub text_file: String,
    pub sentences: Vec<Sentence>,
    /// The text of `text/{text_file}`.
    #[serde(skip)]
    pub text: String,
    /// The byte offset of each character of the text, then its length: gold offsets count
    /// characters, claimdesk's bytes.
    #[serde(skip)]
    pub bytes: Vec<usize>,
}

/// A gold sentence: its span, its words, whether it is a claim (`label` 1) and its types
/// (`claimer:reported`, `claimer_in_sentence:true`, ...).
#[derive(Deserialize)]
pub struct Sentence {
    /// Character (not byte) offsets into the article text.
    pub start: usize,
    pub end: usize,
    pub text: String,
    pub label: u8,
    #[serde(default)]
    pub types: Vec<String>,
}

/// The articles of `dir/gold.json`, each with its text.
pub fn read(dir: &Path) -> Result<Vec<Article>> {
    let path = dir.join("gold.json");
    let gold: Gold = serde_json::from_str(
        &std::fs::read_to_string(&path)
            .with_context(|| format!("could not read {}", path.display()))?,
    )
    .with_context(|| format!("could not parse {}", path.display()))?;
    let mut articles = gold.articles;
    for article in &mut articles {
        let path = dir.join("text").join(&article.text_file);
        let text = std::fs::read_to_string(&path)
            .with_context(|| format!("could not read {}", path.display()))?;
        article.bytes = byte_offsets(&text);
        article.text = text;
    }
    Ok(articles)
}

/// The byte offset of each character of `text`, then its length: the gold files (these and
/// PolNeAR's) count characters, claimdesk counts bytes.
pub fn byte_offsets(text: &str) -> Vec<usize> {
    text.char_indices()
        .map(|(b, _)| b)
        .chain([text.len()])
        .collect()
}
