//! claimdesk: extract checkable claims from news articles, review them, export the verdicts.
//! This file is the module tree and the dispatch from a parsed command line to its command.

pub mod cli;
mod commands;
pub mod corpus;
pub mod db;
pub mod display;
pub mod exit;
pub mod export;
pub mod extract;
mod input;
pub mod output;
pub mod review;

pub use exit::exit_code_for;

use anyhow::Result;
use cli::{Cli, Command};

/// Runs one command line.
pub fn run(cli: Cli) -> Result<()> {
    match cli.command {
        Command::Extract(args) => commands::extract::run(&cli.db, &args),
        Command::Scan(args) => commands::scan::run(&args),
        Command::List(args) => commands::list::run(&cli.db, &args),
        Command::Show(args) => commands::show::run(&cli.db, &args),
        Command::Review(args) => commands::review::run(&cli.db, &args),
        Command::Mark(args) => commands::mark::run(&cli.db, &args),
        Command::Export(args) => commands::export::run(&cli.db, &args),
    }
}
