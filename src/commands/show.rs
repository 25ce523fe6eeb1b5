//! `claimdesk show`: one claim with its fields, its sentence (claim words highlighted) between
//! the sentences either side, its restatement group and conflicts, and every verdict it has had.

use std::path::Path;

use anyhow::{Result, bail};

use crate::cli::ShowArgs;
use crate::db::{ClaimRow, Db, ReviewRow};
use crate::display::context::{self, Body};
use crate::display::links::Links;
use crate::display::{Palette, colour_stdout, fields, fit, sanitize};

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
    let text = db.article_body(claim.article_id)?.unwrap_or_default();
    let body = Body::new(claim.article_id, text);
    let links = Links {
        group: db.restatements(&claim)?,
        conflicts: db.conflicts(&claim)?,
    };
    let term = console::Term::stdout();
    let width = term.size_checked().map(|(_, cols)| usize::from(cols));
    let text = render(&claim, &body, &links, width, &history, colour_stdout());
    print!("{}", fit(&text, &term));
    Ok(())
}

/// The text `show` prints: the claim's card and its scores, its passage and its links (drawn
/// as on the review screen; link lines cut to `width`), and its history.
fn render(
    claim: &ClaimRow,
    body: &Body,
    links: &Links,
    width: Option<usize>,
    history: &[ReviewRow],
    colour: bool,
) -> String {
    let p = Palette::new(colour);
    let mut out = fields::card(claim, &p);
    if let Some(scores) = fields::scores(claim) {
        out.push_str(&fields::row("scores", &scores, &p));
    }
    out.push('\n');
    out.push_str(&context::render(&body.passage(claim, 1), &p));
    out.push_str("\n\n");
    out.push_str(&links_text(claim, links, width, &p));
    out.push_str("history:\n");
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

/// The restatement group (every member) and the conflicts, each followed by a blank line.
fn links_text(claim: &ClaimRow, links: &Links, width: Option<usize>, p: &Palette) -> String {
    let mut out = String::new();
    if links.has_group() {
        out.push_str(&format!("{}\n", p.strong.apply_to(links.group_heading())));
        out.push_str(&links.group_lines(claim.id, width, usize::MAX, p));
        out.push('\n');
    }
    if !links.conflicts.is_empty() {
        out.push_str(&links.conflict_lines(claim, width, p));
        out.push('\n');
    }
    out
}
