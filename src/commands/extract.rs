//! `claimdesk extract`: analyse articles and store them with their claims, one transaction
//! per article. A bad path is reported and skipped; the others still go in.

use std::collections::BTreeMap;
use std::path::Path;

use anyhow::Result;
use sha2::{Digest, Sha256};

use crate::cli::ExtractArgs;
use crate::db::{Db, NewArticle, NewClaim, Stored};
use crate::exit::Exit;
use crate::extract::article::{Analysis, analyse};
use crate::extract::claims::Claim;
use crate::input::{read_article, shown};

pub fn run(db_path: &Path, args: &ExtractArgs) -> Result<()> {
    let mut db = Db::open(db_path)?;
    let mut failed = 0;
    for path in &args.paths {
        let name = shown(path);
        match extract_one(&mut db, path) {
            Ok(summary) if !args.quiet => println!("{name}: {summary}"),
            Ok(_) => {}
            Err(err) => {
                eprintln!("claimdesk: {name}: {err:#}");
                failed += 1;
            }
        }
    }
    if failed > 0 {
        return Err(Exit::quiet(1).into());
    }
    Ok(())
}

/// Reads, analyses and stores one article; returns its summary line.
fn extract_one(db: &mut Db, path: &Path) -> Result<String> {
    let text = read_article(path)?;
    let analysis = analyse(&text);
    let article = NewArticle {
        source: shown(path),
        title: analysis.title.clone(),
        published: analysis.published.clone(),
        sha256: sha256_hex(&text),
        body: text.clone(),
    };
    let claims = to_rows(&text, &analysis);
    Ok(match db.store_article(&article, &claims)? {
        Stored::New { article_id, .. } => format!("article {article_id}, {}", summary(&analysis)),
        Stored::Existing { article_id } => {
            format!("already extracted as article {article_id}; nothing added")
        }
    })
}

/// "“Title” · 84 sentences · 17 claims (count 3, award 3, ...)".
pub fn summary(analysis: &Analysis) -> String {
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
        crate::display::sanitize(&analysis.title),
        analysis.sentences.len(),
        analysis.claims.len(),
        kinds.join(", ")
    )
}

/// The claims of an analysis as database rows.
pub fn to_rows(text: &str, analysis: &Analysis) -> Vec<NewClaim> {
    analysis
        .claims
        .iter()
        .map(|claim| to_row(text, analysis, claim))
        .collect()
}

fn to_row(text: &str, analysis: &Analysis, claim: &Claim) -> NewClaim {
    let sentence = analysis.sentences[claim.sentence];
    let scores = crate::extract::score::score_sentence(&text[sentence.start..sentence.end]);
    NewClaim {
        kind: claim.kind.as_str().to_string(),
        start: claim.start,
        end: claim.end,
        sentence_index: claim.sentence,
        sentence_start: sentence.start,
        sentence_end: sentence.end,
        subject: claim.subject.clone(),
        object: claim.object.clone(),
        value: claim.value,
        value_max: claim.value_max,
        unit: claim.unit.clone(),
        value_text: claim.value_text.clone(),
        approximate: claim.approximate,
        checkworthiness: Some(f64::from(scores.checkworthiness)),
        opinion: Some(f64::from(scores.opinion)),
    }
}

/// The SHA-256 of `text`, in lower-case hex.
pub fn sha256_hex(text: &str) -> String {
    Sha256::digest(text.as_bytes())
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}
