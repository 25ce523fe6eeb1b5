//! `claimdesk extract`: read articles (files, directories, JSON Lines corpora), analyse them
//! in parallel on every core, and store them from one writer thread in batched transactions.
//! The results are the same as extracting one article at a time; a bad input is reported on
//! one line and skipped, the others still go in.

mod pipeline;
mod progress;

use std::collections::BTreeMap;
use std::path::Path;

use anyhow::Result;
use sha2::{Digest, Sha256};

use crate::cli::ExtractArgs;
use crate::corpus::Item;
use crate::db::{ClaimFields, Db, NewArticle, NewClaim};
use crate::exit::Exit;
use crate::extract::article::{Analysis, analyse};
use crate::extract::claims::Claim;
use crate::extract::score::Scores;
use crate::extract::sentences::Sentence;

pub fn run(db_path: &Path, args: &ExtractArgs) -> Result<()> {
    let db = Db::open(db_path)?;
    let failed = pipeline::run(db, args)?;
    if failed > 0 {
        return Err(Exit::quiet(1).into());
    }
    Ok(())
}

/// An article analysed and ready to store, with its summary line.
pub struct Prepared {
    pub article: NewArticle,
    pub claims: Vec<NewClaim>,
    pub summary: String,
    pub bytes: u64,
}

/// Analyses one article (pure: no IO), using the corpus title and date when it gives them.
pub fn prepare(item: Item) -> Prepared {
    let analysis = analyse(&item.text);
    let claims = to_rows(&analysis);
    let summary = summary(&analysis, item.title.as_deref());
    Prepared {
        article: NewArticle {
            source: item.source,
            title: item.title.unwrap_or_else(|| analysis.title.clone()),
            published: item.published.or_else(|| analysis.published.clone()),
            sha256: sha256_hex(&item.text),
            body: item.text,
        },
        claims,
        summary,
        bytes: item.bytes,
    }
}

/// "“Title” · 84 sentences · 17 claims (count 3, award 3, ...)".
pub fn summary(analysis: &Analysis, title: Option<&str>) -> String {
    let mut by_kind: BTreeMap<_, usize> = BTreeMap::new();
    for claim in &analysis.claims {
        *by_kind.entry(claim.kind).or_default() += 1;
    }
    let kinds: Vec<String> = by_kind
        .iter()
        .map(|(kind, n)| format!("{} {n}", kind.as_str()))
        .collect();
    format!(
        "“{}” · {} sentences · {} claims ({})",
        crate::display::sanitize(title.unwrap_or(&analysis.title)),
        analysis.sentences.len(),
        analysis.claims.len(),
        kinds.join(", ")
    )
}

/// The claims of an analysis as database rows, with their sentence's scores.
pub fn to_rows(analysis: &Analysis) -> Vec<NewClaim> {
    analysis
        .claims
        .iter()
        .map(|claim| {
            let sentence = analysis.sentences[claim.sentence];
            to_row(claim, sentence, analysis.scores[claim.sentence])
        })
        .collect()
}

fn to_row(claim: &Claim, sentence: Sentence, scores: Scores) -> NewClaim {
    NewClaim {
        kind: claim.kind.as_str().to_string(),
        start: claim.start,
        end: claim.end,
        sentence_index: claim.sentence,
        sentence_start: sentence.start,
        sentence_end: sentence.end,
        fields: ClaimFields {
            subject: claim.subject.clone(),
            object: claim.object.clone(),
            value: claim.value,
            value_max: claim.value_max,
            unit: claim.unit.clone(),
            value_text: claim.value_text.clone(),
            approximate: claim.approximate,
        },
        checkworthiness: Some(f64::from(scores.checkworthiness)),
        opinion: Some(f64::from(scores.opinion)),
    }
}

/// The SHA-256 of `text`, in lower-case hex.
pub fn sha256_hex(text: &str) -> String {
    use std::fmt::Write;
    let mut hex = String::with_capacity(64);
    for b in Sha256::digest(text.as_bytes()) {
        let _ = write!(hex, "{b:02x}");
    }
    hex
}
