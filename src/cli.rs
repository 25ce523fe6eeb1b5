//! The command line, as clap derive types only.

use clap::Parser;

/// Extract checkable claims from news articles, review them, export the verdicts.
#[derive(Debug, Parser)]
#[command(version, about)]
pub struct Cli {}
