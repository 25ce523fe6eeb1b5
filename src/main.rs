//! Entry point: parse the command line, run, map the outcome to an exit code.

use std::process::ExitCode;

use clap::Parser;

// mimalloc's small-object path is about a third of glibc's instructions per allocation; the
// extractor allocates some 100,000 small strings and vectors per MB of text (docs/performance.md).
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> ExitCode {
    let cli = claimdesk::cli::Cli::parse().resolved();
    match claimdesk::run(cli) {
        Ok(()) => ExitCode::SUCCESS,
        Err(err) => claimdesk::exit_code_for(&err),
    }
}
