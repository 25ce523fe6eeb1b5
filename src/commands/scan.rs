//! `claimdesk scan` (in progress).

use anyhow::Result;

pub fn run(_args: &crate::cli::ScanArgs) -> Result<()> {
    anyhow::bail!("not yet")
}
