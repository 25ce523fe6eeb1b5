//! claimdesk: extract checkable claims from news articles, review them, export the verdicts.
//! This file is the module tree and the dispatch from a parsed command line to its command.

pub mod agreement;
pub mod cli;
mod commands;
pub mod corpus;
pub mod db;
pub mod display;
pub mod exit;
pub mod export;
pub mod extract;
mod input;
pub mod markup;
pub mod model;
pub mod output;
pub mod review;
pub mod scorer;
mod word_enum;

pub use exit::exit_code_for;

use anyhow::Result;
use cli::{Cli, Command};

/// Runs one command line.
pub fn run(cli: Cli) -> Result<()> {
    display::choose_colour(cli.color);
    match cli.command {
        Command::Extract(args) => commands::extract::run(&cli.db, &args),
        Command::Scan(args) => commands::scan::run(&args),
        Command::List(args) => commands::list::run(&cli.db, &args),
        Command::Show(args) => commands::show::run(&cli.db, &args),
        Command::Review(args) => commands::review::run(&cli.db, &args),
        Command::Mark(args) => commands::mark::run(&cli.db, &args),
        Command::Export(args) => commands::export::run(&cli.db, &args),
        Command::Model(command) => commands::model::run(&command),
        Command::Completions(args) => commands::shell::completions(args.shell),
        Command::Man(args) => commands::shell::man(args.command.as_deref()),
        Command::ImportReviews(args) => commands::import_reviews::run(&cli.db, &args),
        Command::Stats(args) => commands::stats::run(&cli.db, &args),
    }
}
