//! `claimdesk review`: the interactive review (being built on the review branch).

use std::path::Path;

use anyhow::Result;

use crate::cli::ReviewArgs;
use crate::exit::Exit;

pub fn run(_db_path: &Path, _args: &ReviewArgs) -> Result<()> {
    Err(Exit::usage("review is not available yet; use `claimdesk mark`").into())
}
