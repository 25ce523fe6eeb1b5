//! claimdesk: extract checkable claims from news articles, review them, export the verdicts.

pub mod cli;
pub mod extract;

use std::process::ExitCode;

/// Runs one command line.
pub fn run(cli: cli::Cli) -> anyhow::Result<()> {
    let _ = cli;
    Ok(())
}

/// The exit code for an error that reached `main`; prints it unless it is a quiet exit.
pub fn exit_code_for(err: &anyhow::Error) -> ExitCode {
    eprintln!("claimdesk: {err:#}");
    ExitCode::from(1)
}
