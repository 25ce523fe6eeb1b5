//! The JSON export, streamed: the header and articles first, then one claim per line, so that
//! a million claims never sit in memory and the output diffs line by line.

use std::io::Write;

use anyhow::Result;
use serde_json::json;

use super::{SCHEMA_VERSION, StoredClaimRecord};
use crate::db::{ClaimFilter, Db};

/// Writes the claims `filter` selects, with their articles, as one JSON document.
pub fn write(
    db: &Db,
    filter: &ClaimFilter,
    generated_at: &str,
    out: &mut impl Write,
) -> Result<()> {
    let header = json!({ "schema_version": SCHEMA_VERSION, "generated_at": generated_at });
    let header = serde_json::to_string(&header)?;
    // Reopen the object to append the two arrays.
    write!(out, "{},\"articles\":[", &header[..header.len() - 1])?;
    // Each item is serialized into one reused buffer and written at once: many small writes
    // through `impl Write` cost more than the serialization at a million claims.
    let mut line = Vec::with_capacity(4096);
    let mut first = true;
    db.for_each_article_of(filter, |article| {
        line.clear();
        line.extend_from_slice(if first { b"\n" } else { b",\n" });
        first = false;
        serde_json::to_writer(&mut line, &&article)?;
        Ok(out.write_all(&line)?)
    })?;
    write!(out, "\n],\"claims\":[")?;
    first = true;
    db.for_each_claim_with_history(filter, |claim, history| {
        line.clear();
        line.extend_from_slice(if first { b"\n" } else { b",\n" });
        first = false;
        serde_json::to_writer(&mut line, &StoredClaimRecord::new(&claim, history))?;
        Ok(out.write_all(&line)?)
    })?;
    writeln!(out, "\n]}}")?;
    out.flush()?;
    Ok(())
}
