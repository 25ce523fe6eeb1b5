//! `claimdesk export`: the claims a filter selects, with their articles and verdicts, in one
//! of the interchange formats, to standard output or atomically to a file (written beside
//! it, then renamed), so a failed export never leaves a half-written file.

use std::fs::File;
use std::io::{BufWriter, Write};
use std::path::Path;

use anyhow::{Context, Result};

use super::filter_arg;
use crate::cli::{ExportArgs, ExportFormat, PublisherArgs};
use crate::db::{Db, now_rfc3339};
use crate::exit::Exit;
use crate::export::claimreview::{self, Publisher};
use crate::export::{csv, json, jsonl};

/// A format with what it needs beyond the filter.
enum Format {
    Json,
    Jsonl,
    Csv,
    ClaimReview(Publisher),
}

pub fn run(db_path: &Path, args: &ExportArgs) -> Result<()> {
    let filter = filter_arg(&args.filter)?;
    let format = match args.format {
        ExportFormat::Json => Format::Json,
        ExportFormat::Jsonl => Format::Jsonl,
        ExportFormat::Csv => Format::Csv,
        ExportFormat::Claimreview => Format::ClaimReview(publisher(&args.publisher)?),
    };
    let db = Db::open(db_path)?;
    let generated_at = now_rfc3339();
    let write = |out: &mut dyn Write| match &format {
        Format::Json => json::write(&db, &filter, &generated_at, &mut &mut *out),
        Format::Jsonl => jsonl::write(&db, &filter, &mut &mut *out),
        Format::Csv => csv::write(&db, &filter, &mut &mut *out),
        Format::ClaimReview(p) => claimreview::write(&db, &filter, p, &mut &mut *out),
    };
    match &args.output {
        None => write(&mut BufWriter::new(std::io::stdout().lock())),
        Some(path) => write_atomically(path, write),
    }
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

/// Writes through `write` into a temporary file beside `path`, then renames it over `path`.
fn write_atomically(path: &Path, write: impl FnOnce(&mut dyn Write) -> Result<()>) -> Result<()> {
    let shown = path.display();
    let dir = match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p,
        _ => Path::new("."),
    };
    let name = path
        .file_name()
        .with_context(|| format!("could not write {shown}: not a file name"))?;
    let tmp = dir.join(format!(
        ".{}.tmp-{}",
        name.to_string_lossy(),
        std::process::id()
    ));
    let result = (|| {
        let file = File::create(&tmp).with_context(|| format!("could not write {shown}"))?;
        let mut out = BufWriter::new(file);
        write(&mut out)?;
        let file = out.into_inner().map_err(|e| e.into_error())?;
        file.sync_all()?;
        std::fs::rename(&tmp, path).with_context(|| format!("could not write {shown}"))
    })();
    if result.is_err() {
        let _ = std::fs::remove_file(&tmp);
    }
    result
}
