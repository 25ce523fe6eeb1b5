//! `claimdesk export`: the claims a filter selects, with their articles and verdicts, in one
//! of the interchange formats, to standard output or to `-o FILE` (see [`crate::output`]: a
//! regular file is replaced atomically, a device or FIFO written in place).

use std::io::Write;
use std::path::Path;

use anyhow::Result;

use super::filter_arg;
use crate::cli::{ExportArgs, ExportFormat, PublisherArgs};
use crate::db::{Db, now_rfc3339};
use crate::exit::Exit;
use crate::export::claimreview::{self, Publisher};
use crate::export::{csv, json, jsonl};
use crate::output::write_output;

pub fn run(db_path: &Path, args: &ExportArgs) -> Result<()> {
    let filter = filter_arg(&args.filter)?;
    // Checked before the database is opened: a usage error is the same without one.
    let publisher = match args.format {
        ExportFormat::Claimreview => publisher(&args.publisher)?,
        _ => Publisher::default(),
    };
    let db = Db::open(db_path)?;
    let generated_at = now_rfc3339();
    // One snapshot: writers that run meanwhile show up in the next export, not half in this.
    db.snapshot(|db| {
        write_output(args.output.as_deref(), |out: &mut dyn Write| {
            match args.format {
                ExportFormat::Json => json::write(db, &filter, &generated_at, &mut &mut *out),
                ExportFormat::Jsonl => jsonl::write(db, &filter, &mut &mut *out),
                ExportFormat::Csv => csv::write(db, &filter, &mut &mut *out),
                ExportFormat::Claimreview => {
                    claimreview::write(db, &filter, &publisher, &mut &mut *out)
                }
            }
        })
    })
}

/// The publisher of a ClaimReview export; its name is required.
fn publisher(args: &PublisherArgs) -> Result<Publisher> {
    let name = args.publisher.as_deref().map(str::trim).unwrap_or_default();
    if name.is_empty() {
        return Err(Exit::usage(
            "--format claimreview needs --publisher NAME (who publishes the reviews)",
        )
        .into());
    }
    if let Some(template) = &args.url_template
        && !template.contains("{id}")
    {
        return Err(Exit::usage(format!(
            "--url-template {template:?} has no {{id}} for the claim id"
        ))
        .into());
    }
    Ok(Publisher {
        name: name.to_string(),
        url: args.publisher_url.clone(),
        url_template: args.url_template.clone(),
    })
}
