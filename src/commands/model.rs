//! `claimdesk model install` and `claimdesk model status`: put the accurate scorer's base model
//! in the model directory, or say where that is and whether it is there.

use anyhow::{Context, Result};

use crate::cli::{ModelCommand, ModelDirArg};
use crate::model::{self, install};

pub fn run(command: &ModelCommand) -> Result<()> {
    match command {
        ModelCommand::Install(args) => {
            let dest = dir(&args.model)?;
            let source = install::locate(args.source.as_deref())?;
            let bytes = install::install(&source, &dest)?;
            println!(
                "installed {} ({:.1} MB) from {} in {}",
                model::NAME,
                bytes as f64 / 1e6,
                source.path().display(),
                dest.display()
            );
        }
        ModelCommand::Status(arg) => {
            let dest = dir(arg)?;
            let state = if model::is_installed(&dest) {
                "installed"
            } else {
                "not installed"
            };
            println!("{}: {state} in {}", model::NAME, dest.display());
        }
    }
    Ok(())
}

fn dir(arg: &ModelDirArg) -> Result<std::path::PathBuf> {
    model::resolve(arg.model_dir.as_deref()).context(
        "no model directory: set --model-dir or CLAIMDESK_MODEL_DIR (no home directory is known)",
    )
}
