//! `claimdesk mark`: record one verdict on several claims, the scriptable twin of `review`.

use std::path::Path;

use anyhow::Result;

use super::reviewer;
use crate::cli::MarkArgs;
use crate::db::Db;
use crate::display::plural;
use crate::exit::Exit;
use crate::review::rules;

pub fn run(db_path: &Path, args: &MarkArgs) -> Result<()> {
    // The same rule and the same recording as the interactive review.
    let review = rules::new_review(
        args.verdict,
        args.evidence.as_deref(),
        args.note.as_deref(),
        &reviewer::required(args.reviewer.as_deref())?,
    )
    .map_err(Exit::usage)?;
    let mut db = Db::open(db_path)?;
    db.record_reviews(&args.ids, &review)?;
    let ids: Vec<String> = args.ids.iter().map(i64::to_string).collect();
    println!(
        "marked {} {}: {}",
        plural(ids.len(), "claim"),
        args.verdict,
        ids.join(", ")
    );
    Ok(())
}
