//! The JSON export, streamed: the header and articles first, then one claim per line, so that
//! a million claims never sit in memory and the output diffs line by line.

use std::io::Write;

use anyhow::Result;
use serde_json::json;

use super::{ArticleOut, ClaimOut, SCHEMA_VERSION};
use crate::db::Db;

/// Writes the whole database as one JSON document.
pub fn write(db: &Db, generated_at: &str, out: &mut impl Write) -> Result<()> {
    let header = json!({ "schema_version": SCHEMA_VERSION, "generated_at": generated_at });
    let header = serde_json::to_string(&header)?;
    // Reopen the object to append the two arrays.
    write!(out, "{},\"articles\":[", &header[..header.len() - 1])?;
    for (i, article) in db.articles()?.iter().enumerate() {
        writeln!(out, "{}", if i == 0 { "" } else { "," })?;
        serde_json::to_writer(&mut *out, &ArticleOut::from(article))?;
    }
    write!(out, "\n],\"claims\":[")?;
    let mut first = true;
    db.for_each_claim(|claim| {
        let history = db.history(claim.id)?;
        writeln!(out, "{}", if first { "" } else { "," })?;
        first = false;
        serde_json::to_writer(&mut *out, &ClaimOut::new(&claim, &history))?;
        Ok(())
    })?;
    writeln!(out, "\n]}}")?;
    out.flush()?;
    Ok(())
}
