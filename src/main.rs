//! Entry point: parse the command line, run, map the outcome to an exit code.

use std::process::ExitCode;

use clap::Parser;

// The extractor allocates some 100,000 small strings and vectors per MB of text; mimalloc
// (v2: v3 held more memory) spends less than half of glibc's instructions on them
// (docs/performance.md, session 5).
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> ExitCode {
    let cli = claimdesk::cli::Cli::parse().resolved();
    match claimdesk::run(cli) {
        Ok(()) => ExitCode::SUCCESS,
        Err(err) => claimdesk::exit_code_for(&err),
    }
}
