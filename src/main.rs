//! Entry point: parse the command line, run, map the outcome to an exit code.

use std::process::ExitCode;

use clap::Parser;

fn main() -> ExitCode {
    let cli = claimdesk::cli::Cli::parse().resolved();
    match claimdesk::run(cli) {
        Ok(()) => ExitCode::SUCCESS,
        Err(err) => claimdesk::exit_code_for(&err),
    }
}
