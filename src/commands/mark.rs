//! `claimdesk mark`: record one verdict on several claims, the scriptable twin of `review`.

use std::path::Path;

use anyhow::Result;

use crate::cli::{MarkArgs, VerdictArg};
use crate::db::{Db, NewReview, Verdict};
use crate::exit::Exit;

pub fn run(db_path: &Path, args: &MarkArgs) -> Result<()> {
    let verdict = match args.verdict {
        VerdictArg::Verified => Verdict::Verified,
        VerdictArg::Disputed => Verdict::Disputed,
        VerdictArg::Opinion => Verdict::Opinion,
    };
    let evidence = non_empty(args.evidence.as_deref());
    if verdict.needs_evidence() && evidence.is_none() {
        return Err(Exit::usage(format!(
            "a {verdict} verdict needs --evidence (a URL or a citation)"
        ))
        .into());
    }
    let review = NewReview {
        verdict,
        evidence,
        note: non_empty(args.note.as_deref()),
        reviewer: reviewer_name(args.reviewer.as_deref()),
    };
    let mut db = Db::open(db_path)?;
    db.record_reviews(&args.ids, &review)?;
    let ids: Vec<String> = args.ids.iter().map(i64::to_string).collect();
    println!(
        "marked {} {verdict}: {}",
        plural(ids.len(), "claim"),
        ids.join(", ")
    );
    Ok(())
}

/// The reviewer: the flag or CLAIMDESK_REVIEWER (clap reads both), else $USER, else "unknown".
pub fn reviewer_name(given: Option<&str>) -> String {
    given
        .map(str::trim)
        .filter(|name| !name.is_empty())
        .map(str::to_string)
        .or_else(|| std::env::var("USER").ok().filter(|name| !name.is_empty()))
        .unwrap_or_else(|| "unknown".to_string())
}

/// Trimmed text, or `None` when there is nothing but white space.
pub fn non_empty(text: Option<&str>) -> Option<String> {
    text.map(str::trim)
        .filter(|t| !t.is_empty())
        .map(str::to_string)
}

/// "1 claim", "3 claims".
pub fn plural(n: usize, noun: &str) -> String {
    if n == 1 {
        format!("1 {noun}")
    } else {
        format!("{n} {noun}s")
    }
}
