//! `claimdesk show`: one claim with its fields, its sentence (claim words highlighted) between
//! the sentences either side, and every verdict it has had.

use std::path::Path;

use anyhow::{Result, bail};

use crate::cli::ShowArgs;
use crate::db::{ClaimRow, Db, ReviewRow};
use crate::display::{colour_stdout, highlight, sanitize};
use crate::extract::sentences;

pub fn run(db_path: &Path, args: &ShowArgs) -> Result<()> {
    let db = Db::open(db_path)?;
    let Some(claim) = db.claim(args.id)? else {
        bail!("no claim with id {}", args.id);
    };
    let history = db.history(claim.id)?;
    if args.json {
        let out = crate::export::StoredClaimRecord::new(&claim, &history);
        println!("{}", serde_json::to_string_pretty(&out)?);
        return Ok(());
    }
    let body = db.article_body(claim.article_id)?.unwrap_or_default();
    print!("{}", render(&claim, &body, &history, colour_stdout()));
    Ok(())
}

/// The text `show` prints.
pub fn render(claim: &ClaimRow, body: &str, history: &[ReviewRow], colour: bool) -> String {
    let mut out = format!(
        "claim {} · {} · {}\n",
        claim.id,
        claim.claim.kind.as_str(),
        claim.status
    );
    let fields = [
        ("subject", claim.claim.subject.clone()),
        ("object", claim.claim.object.clone()),
        ("value", claim.claim.value.map(|v| v.to_string())),
        ("value_max", claim.claim.value_max.map(|v| v.to_string())),
        ("unit", claim.claim.unit.clone()),
        ("value_text", claim.claim.value_text.clone()),
        (
            "approximate",
            claim.claim.approximate.then(|| "yes".to_string()),
        ),
        (
            "checkworthy",
            claim.scores.map(|s| format!("{:.2}", s.checkworthiness)),
        ),
        ("opinion", claim.scores.map(|s| format!("{:.2}", s.opinion))),
    ];
    for (name, value) in fields {
        if let Some(value) = value {
            out.push_str(&format!("  {name:<12}{}\n", sanitize(&value)));
        }
    }
    out.push('\n');
    out.push_str(&context(claim, body, colour));
    out.push_str("\nhistory:\n");
    if history.is_empty() {
        out.push_str("  (no verdicts yet)\n");
    }
    for review in history {
        out.push_str(&format!(
            "  {} {} by {}",
            review.reviewed_at,
            review.verdict,
            sanitize(&review.reviewer)
        ));
        if let Some(evidence) = &review.evidence {
            out.push_str(&format!(" · evidence: {}", sanitize(evidence)));
        }
        if let Some(note) = &review.note {
            out.push_str(&format!(" · note: {}", sanitize(note)));
        }
        out.push('\n');
    }
    out
}

/// The sentence before, the claim's sentence with its words highlighted, the sentence after.
fn context(claim: &ClaimRow, body: &str, colour: bool) -> String {
    let spans = sentences::split(body);
    let at = spans
        .iter()
        .position(|s| s.start == claim.sentence_span.start);
    let piece = |i: usize| {
        spans
            .get(i)
            .map(|s| sanitize(&body[s.start..s.end]).into_owned())
    };
    let mut out = String::new();
    if let Some(before) = at.and_then(|i| i.checked_sub(1)).and_then(piece) {
        out.push_str(&format!("  {before}\n"));
    }
    let first = claim.sentence_span.start;
    let (start, end) = (
        claim.claim.start.saturating_sub(first),
        claim.claim.end.saturating_sub(first),
    );
    out.push_str(&format!(
        "> {}\n",
        highlight(&claim.sentence, start, end, colour)
    ));
    if let Some(after) = at.and_then(|i| piece(i + 1)) {
        out.push_str(&format!("  {after}\n"));
    }
    out
}
