//! `claimdesk list`: one line per claim for people, or one JSON object per line for scripts.

use std::io::{BufWriter, Write};
use std::path::Path;

use anyhow::Result;

use super::filter_arg;
use crate::cli::ListArgs;
use crate::db::{ClaimRow, Db};
use crate::display::fields::{claimer_short, gist};
use crate::display::{sanitize, shorten};

pub fn run(db_path: &Path, args: &ListArgs) -> Result<()> {
    let filter = filter_arg(&args.filter)?;
    let db = Db::open(db_path)?;
    let claims = db.claims(&filter, args.limit)?;
    let mut out = BufWriter::new(std::io::stdout().lock());
    for claim in &claims {
        if args.json {
            serde_json::to_writer(&mut out, &crate::export::StoredClaimRecord::new(claim, &[]))?;
            writeln!(out)?;
        } else {
            writeln!(out, "{}", line(claim))?;
        }
    }
    out.flush()?;
    if claims.is_empty() && !args.json {
        eprintln!("no claims match");
    }
    Ok(())
}

/// `12  pending   prison_term  (article)      Ales Bialiatski · 10 years   He took a Nobel…`
fn line(claim: &ClaimRow) -> String {
    format!(
        "{:>5}  {:<9} {:<12} {:<14} {:<34} {}",
        claim.id,
        claim.status.as_str(),
        claim.claim.kind.as_str(),
        sanitize(&claimer_short(&claim.claim, 14)),
        shorten(&sanitize(&gist(&claim.claim)), 34),
        shorten(&sanitize(&claim.sentence), 60)
    )
}
