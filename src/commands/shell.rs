//! `claimdesk completions SHELL` and `claimdesk man`: the shell's completion script and the
//! manual page, both generated from the command line's clap definition, so they never drift.

use std::io::Write;

use anyhow::Result;
use clap::CommandFactory;
use clap_complete::Shell;

use crate::cli::Cli;
use crate::exit::Exit;

/// Writes the completion script for `shell` to standard output. It is made in memory first:
/// clap_complete panics on a write error, and a closed pipe is no error here.
pub fn completions(shell: Shell) -> Result<()> {
    let mut script = Vec::new();
    clap_complete::generate(shell, &mut Cli::command(), "claimdesk", &mut script);
    let mut out = std::io::stdout().lock();
    out.write_all(&script)?;
    out.flush()?;
    Ok(())
}

/// Writes the manual page of claimdesk, or of one of its commands (`claimdesk-list(1)`), in
/// roff to standard output.
pub fn man(command: Option<&str>) -> Result<()> {
    let mut cli = Cli::command();
    // Built, so that a command's page lists the global options too.
    cli.build();
    let page = match command {
        None => cli,
        Some(name) => match cli.find_subcommand(name) {
            Some(sub) => sub.clone(),
            None => {
                let names: Vec<&str> = cli.get_subcommands().map(|c| c.get_name()).collect();
                let known = names.join(", ");
                return Err(Exit::usage(format!("no command {name:?} (one of: {known})")).into());
            }
        },
    };
    let mut roff = Vec::new();
    clap_mangen::Man::new(page).render(&mut roff)?;
    let mut out = std::io::stdout().lock();
    out.write_all(&roff)?;
    out.flush()?;
    Ok(())
}
