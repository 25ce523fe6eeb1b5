//! `claimdesk export` (in progress).

use std::path::Path;

use anyhow::Result;

pub fn run(_db_path: &Path, _args: &crate::cli::ExportArgs) -> Result<()> {
    anyhow::bail!("not yet")
}
