//! `claimdesk export`: every article, claim and verdict as one document, to standard output
//! or to `-o FILE` (see [`crate::output`]: a regular file is replaced atomically, a device or
//! FIFO written in place).

use std::io::Write;
use std::path::Path;

use anyhow::Result;

use crate::cli::{ExportArgs, ExportFormat};
use crate::db::{Db, now_rfc3339};
use crate::export::json;
use crate::output::write_output;

pub fn run(db_path: &Path, args: &ExportArgs) -> Result<()> {
    let db = Db::open(db_path)?;
    let generated_at = now_rfc3339();
    // One snapshot: writers that run meanwhile show up in the next export, not half in this.
    db.snapshot(|db| {
        write_output(args.output.as_deref(), |out: &mut dyn Write| {
            match args.format {
                ExportFormat::Json => json::write(db, &generated_at, &mut &mut *out),
            }
        })
    })
}
