//! `claimdesk review`: the interactive review. Wires the review session to the database, the
//! real terminal and the signal handler, then prints the summary.

use std::io::IsTerminal;
use std::path::{Path, PathBuf};

use anyhow::{Context, Result};

use super::reviewer;
use crate::cli::{ReviewArgs, ReviewOrder};
use crate::db::{ClaimFilter, Db, Holder, Queue, QueueOrder, Status};
use crate::display::fit;
use crate::exit::Exit;
use crate::review::driver::{Driver, LEASE_SECS, session_id, unix_now};
use crate::review::interrupt::{GRACE, HANDOFF};
use crate::review::prompt::{self, Prompt};
use crate::review::screen;
use crate::review::session::Session;

pub fn run(db_path: &Path, args: &ReviewArgs) -> Result<()> {
    // The database first: a wrong --db is the same error from a script as on a terminal.
    let mut db = Db::open(db_path)?;
    if !std::io::stdin().is_terminal() || !std::io::stderr().is_terminal() {
        return Err(Exit::usage(
            "review needs a terminal; to give verdicts from a script use \
             `claimdesk mark ID... --verdict verified|disputed|opinion --evidence E`",
        )
        .into());
    }
    let reviewer = match reviewer::known(args.reviewer.as_deref()) {
        Some(name) => name,
        None => prompt::ask_reviewer()?,
    };
    let queue = queue(args, &reviewer)?;
    let holder = Holder {
        id: session_id(),
        ttl: LEASE_SECS,
    };
    on_signal(db_path.to_path_buf(), holder.id.clone())?;
    let driver = Driver {
        db: &mut db,
        queue,
        holder,
        // Settled conflicts leave the queue, as decided claims leave the pending one.
        session: Session::new(
            reviewer,
            args.status.0 == Some(Status::Pending) || args.conflicts,
        ),
        term: Prompt::default(),
        colors: console::colors_enabled_stderr(),
        now: unix_now,
    };
    let outcome = driver.run();
    prompt::restore_cursor();
    let outcome = outcome?;
    if outcome.shown == 0 {
        println!("Nothing to review here.");
    }
    let summary = screen::summary(outcome.tally, outcome.left, outcome.interrupted);
    // Broken at spaces on a terminal, as the screens are.
    println!("\n{}", fit(&summary, &console::Term::stdout()));
    if outcome.interrupted {
        return Err(Exit::quiet(130).into());
    }
    Ok(())
}

fn queue(args: &ReviewArgs, reviewer: &str) -> Result<Queue> {
    Ok(Queue {
        filter: ClaimFilter {
            // A conflict is reviewed whatever its status.
            status: args.status.0.filter(|_| !args.conflicts),
            kind: args.kind,
            article_id: args.article,
            ..ClaimFilter::default()
        },
        conflicts_for: args.conflicts.then(|| reviewer.to_string()),
        order: match args.order {
            ReviewOrder::Text => QueueOrder::Text,
            ReviewOrder::Checkworthiness => QueueOrder::Checkworthiness,
        },
    })
}

/// Ctrl-C typed while the prompt reads the terminal ends the review there, with its summary:
/// as a key on the claim, and as an error from dialoguer at a line prompt, which raises
/// SIGINT as well; the hand-off ([`HANDOFF`]) keeps this handler out of that case. It ends the
/// signals that do not reach the prompt: a closed terminal (SIGHUP), `kill`, Ctrl-C while the
/// terminal is not being read. Decided verdicts are already committed and a verdict being
/// typed is not; the handler gives back this session's claims, restores the cursor and exits
/// 130. It is the one exit outside `main`, as a signal handler cannot return.
fn on_signal(db_path: PathBuf, holder_id: String) -> Result<()> {
    ctrlc::set_handler(move || {
        if !HANDOFF.handler_ends(GRACE) {
            return;
        }
        prompt::restore_cursor();
        if let Ok(mut db) = Db::open(&db_path) {
            let _ = db.release_all(&holder_id);
        }
        eprintln!("\nclaimdesk: interrupted");
        std::process::exit(130);
    })
    .context("could not install the interrupt handler")
}
