//! `claimdesk extract`: read articles (files, directories, JSON Lines corpora), analyse them
//! in parallel on every core, and store them from one writer thread in batched transactions.
//! The results are the same as extracting one article at a time; a bad input is reported on
//! one line and skipped, the others still go in.

mod pipeline;
mod progress;

use std::collections::BTreeMap;
use std::path::Path;

use anyhow::Result;

use crate::cli::ExtractArgs;
use crate::corpus::Item;
use crate::db::{Db, NewArticle, NewClaim};
use crate::exit::Exit;
use crate::extract::article::{Analysis, analyse_with, bounded_title};
use crate::scorer::Scorer;

pub fn run(db_path: &Path, args: &ExtractArgs) -> Result<()> {
    let db = Db::create(db_path)?;
    let scorer = Scorer::choose(&args.scoring, single_article_bytes(args))?;
    let failed = pipeline::run(db, args, &scorer)?;
    if let Some(failure) = scorer.failure() {
        anyhow::bail!(failure);
    }
    if failed > 0 {
        return Err(Exit::quiet(1).into());
    }
    Ok(())
}

/// The size of the one article given, when the input is one text file (not a directory, a
/// corpus or standard input): only then does the default choice consider the accurate scorer.
fn single_article_bytes(args: &ExtractArgs) -> Option<usize> {
    let [path] = args.paths.as_slice() else {
        return None;
    };
    let corpus = path.extension().is_some_and(|e| e == "jsonl");
    let meta = std::fs::metadata(path)
        .ok()
        .filter(|m| m.is_file() && !corpus)?;
    usize::try_from(meta.len()).ok()
}

/// An article analysed and ready to store, with its summary line.
pub struct Prepared {
    pub article: NewArticle,
    pub claims: Vec<NewClaim>,
    pub summary: String,
    pub bytes: u64,
}

/// Analyses one article (pure: no IO), using the corpus title and date when it gives them.
pub fn prepare(item: Item, scorer: &Scorer) -> Prepared {
    let analysis = analyse_with(&item.text, scorer);
    let title = item.title.as_deref().map(bounded_title);
    let summary = format!(
        "{} · {} scores",
        summary(&analysis, title.as_deref()),
        scorer.name()
    );
    let claims = analysis
        .claims
        .iter()
        .map(|claim| NewClaim {
            claim: single_spaced(claim.clone()),
            sentence_span: analysis.sentence_span(claim),
            scores: analysis.sentences[claim.sentence].scores,
        })
        .collect();
    Prepared {
        article: NewArticle::new(
            item.source,
            item.title.map_or(analysis.title, |t| bounded_title(&t)),
            item.published.or(analysis.published),
            item.text,
        )
        .with_url(item.url),
        claims,
        summary,
        bytes: item.bytes,
    }
}

/// The claim with the runs of white space in its words folded to one space: Markdown's blanked
/// markup leaves runs ("the  library trust") that mean nothing. `text` and the offsets stay.
fn single_spaced(mut claim: crate::extract::claims::Claim) -> crate::extract::claims::Claim {
    let fields = [
        &mut claim.subject,
        &mut claim.object,
        &mut claim.unit,
        &mut claim.value_text,
        &mut claim.claimer,
    ];
    for field in fields.into_iter().flatten() {
        if field.contains("  ") || field.contains('\n') {
            *field = field.split_whitespace().collect::<Vec<_>>().join(" ");
        }
    }
    claim
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
