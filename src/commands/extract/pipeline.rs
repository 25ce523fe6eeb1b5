//! The bulk pipeline: the main thread reads a chunk of inputs and analyses it on the rayon
//! pool while a writer thread stores the previous chunk in one transaction, so reading,
//! analysis and writing overlap and results keep input order.

use std::sync::mpsc::{Receiver, sync_channel};

use anyhow::{Context, Result};
use rayon::prelude::*;

use super::progress::Progress;
use super::{Prepared, prepare};
use crate::cli::ExtractArgs;
use crate::corpus::{Corpus, Failure};
use crate::db::{Db, Stored};
use crate::scorer::Scorer;

/// Articles per chunk (and per transaction): big enough to amortise a commit, small enough
/// that a chunk of long articles stays a few megabytes.
const CHUNK: usize = 256;

/// The longest source name (path or corpus id) shown on a summary or error line, in characters.
const MAX_NAME: usize = 200;

type Chunk = Vec<Result<Prepared, Failure>>;

/// Extracts every input into `db`; returns how many inputs failed.
pub fn run(db: Db, args: &ExtractArgs, scorer: &Scorer) -> Result<usize> {
    let mut pool = rayon::ThreadPoolBuilder::new();
    if let Some(jobs) = args.jobs {
        pool = pool.num_threads(usize::from(jobs));
    }
    let pool = pool
        .build()
        .context("could not start the extraction threads")?;
    let progress = Progress::new(&args.paths, args.quiet);
    let quiet = args.quiet;
    std::thread::scope(|scope| {
        let (send, receive) = sync_channel::<Chunk>(2);
        let writer = scope.spawn(|| write_all(db, receive, &progress, quiet));
        let mut corpus = Corpus::new(&args.paths);
        loop {
            let inputs: Vec<_> = corpus.by_ref().take(CHUNK).collect();
            if inputs.is_empty() {
                break;
            }
            let chunk: Chunk = pool.install(|| {
                inputs
                    .into_par_iter()
                    .map(|r| r.map(|item| prepare(item, scorer)))
                    .collect()
            });
            if send.send(chunk).is_err() {
                break; // The writer stopped on an error; join() returns it.
            }
        }
        drop(send);
        let failed = writer
            .join()
            .map_err(|_| anyhow::anyhow!("the writer thread panicked"))?;
        progress.finish();
        failed
    })
}

/// Stores each chunk in one transaction and reports every input in order.
fn write_all(
    mut db: Db,
    chunks: Receiver<Chunk>,
    progress: &Progress,
    quiet: bool,
) -> Result<usize> {
    let mut failed = 0;
    for chunk in chunks {
        let (good, bad): (Vec<_>, Vec<_>) = chunk.into_iter().partition(Result::is_ok);
        let good: Vec<Prepared> = good.into_iter().flatten().collect();
        let bytes = good.iter().map(|p| p.bytes).sum();
        let stored = db.store_articles(good.iter().map(|p| (&p.article, p.claims.as_slice())))?;
        failed += bad.len();
        progress.suspend(|| report(&good, &stored, bad, quiet));
        progress.advance(good.len() as u64, bytes);
    }
    Ok(failed)
}

/// One line per article on stdout (unless quiet), one per failure on stderr.
fn report(good: &[Prepared], stored: &[Stored], bad: Vec<Result<Prepared, Failure>>, quiet: bool) {
    use std::io::Write;
    for failure in bad.into_iter().filter_map(Result::err) {
        eprintln!(
            "claimdesk: {}: {:#}",
            shown_name(&failure.name),
            failure.cause
        );
    }
    if quiet {
        return;
    }
    let mut out = std::io::stdout().lock();
    for (prepared, stored) in good.iter().zip(stored) {
        let name = shown_name(&prepared.article.source);
        let line = match stored {
            Stored::New { article_id, .. } => format!("article {article_id}, {}", prepared.summary),
            Stored::Existing { article_id } => {
                format!("already extracted as article {article_id}; nothing added")
            }
        };
        // A closed stdout (`extract ... | head`) must not stop the extraction.
        let _ = writeln!(out, "{name}: {line}");
    }
}

/// A source as shown on its line: a corpus id can be as long as a whole text.
fn shown_name(name: &str) -> String {
    crate::display::sanitize(&crate::display::shorten(name, MAX_NAME)).into_owned()
}
