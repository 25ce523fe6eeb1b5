//! `claimdesk import-reviews FILE`: merge the verdicts of another reviewer's export into this
//! database (see `db::import`), and say what matched.

use std::path::Path;

use anyhow::{Context, Result, bail};

use crate::cli::ImportReviewsArgs;
use crate::db::Db;
use crate::display::plural;
use crate::export::read;
use crate::input;

pub fn run(db_path: &Path, args: &ImportReviewsArgs) -> Result<()> {
    let shown = input::shown(&args.file);
    let claims = input::read_article(&args.file)
        .and_then(|text| read::claims(&text))
        .with_context(|| format!("could not import {shown}"))?;
    let mut db = Db::open(db_path)?;
    let report = db.import_reviews(&claims)?;
    if report.matched == 0 && report.unmatched > 0 {
        bail!(
            "no claim of {shown} is in this database ({} in the file; an export of other \
             articles?); nothing imported",
            plural(report.unmatched, "claim")
        );
    }
    let missing = match report.unmatched {
        0 => String::new(),
        n => format!(" ({} not in this database)", plural(n, "claim")),
    };
    println!(
        "{shown}: {} matched{missing}; {} added, {} already here",
        plural(report.matched, "claim"),
        plural(report.added, "verdict"),
        report.present
    );
    Ok(())
}
