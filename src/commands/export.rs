//! `claimdesk export`: every article, claim and verdict as one document, to standard output
//! or atomically to a file (written beside it, then renamed), so a failed export never
//! leaves a half-written file.

use std::fs::File;
use std::io::{BufWriter, Write};
use std::path::Path;

use anyhow::{Context, Result};

use crate::cli::{ExportArgs, ExportFormat};
use crate::db::{Db, now_rfc3339};
use crate::export::json;

pub fn run(db_path: &Path, args: &ExportArgs) -> Result<()> {
    let db = Db::open(db_path)?;
    let generated_at = now_rfc3339();
    let write = |out: &mut dyn Write| match args.format {
        ExportFormat::Json => json::write(&db, &generated_at, &mut &mut *out),
    };
    match &args.output {
        None => write(&mut BufWriter::new(std::io::stdout().lock())),
        Some(path) => write_atomically(path, write),
    }
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
