//! Attribution quality on data nobody here wrote: PolNeAR (every attribution of 840 political
//! news articles, brat standoff) and NewsClaims (claim sentences with the claimer type).
//! Prints a summary table and a seeded sample of misses to study.
//!
//! `cargo run --release -p claimdesk-tools --bin eval-attribution -- [POLNEAR_DIR] [NEWSCLAIMS_DIR] [MISSES] [SEED]`
//!
//! Definitions (docs/quality.md): an attribution's Content is *covered* when the union of the
//! article's claim spans holds at least half of its characters; its *covering claim* is the
//! claim overlapping it most. The claimer *names* the Source when, lower-cased, the claimer
//! contains the Source's head word (its last word before a preposition, comma or relative
//! pronoun, possessive dropped) or the Source contains the claimer's last word. A pronoun
//! Source ("he", "they", "it") counts as named when the claimer names the nearest earlier
//! non-pronoun Source of the article, possessives and relative pronouns passed over (a proxy
//! for its antecedent); the two kinds of Source are also shown apart. A relative pronoun
//! Source ("who", "which", "that", "whom") counts as named when the claimer names the words
//! right before it in its sentence (up to 80 bytes, back to a semicolon, colon or bracket),
//! where its antecedent stands; the figure without that proxy is printed too. A sentence *holds a direct
//! quote* when it overlaps the quoted words of a Content that opens with a quote mark; it
//! *gets a quote claim* when a quote claim overlaps it.

mod brat;
mod breakdown;
mod newsclaims;
mod score;

use std::io::Write;

use anyhow::{Context, Result};

fn main() -> Result<()> {
    let mut args = std::env::args().skip(1);
    let polnear = args
        .next()
        .unwrap_or_else(|| "../shared/eval/attribution/polnear_train".to_string());
    let news = args
        .next()
        .unwrap_or_else(|| "../shared/eval/news_claims".to_string());
    let misses: usize = args.next().map_or(Ok(8), |s| s.parse()).context("MISSES")?;
    let seed: u64 = args.next().map_or(Ok(7), |s| s.parse()).context("SEED")?;
    let articles = brat::read_dir(&polnear)?;
    let mut tally = score::Tally::default();
    for article in &articles {
        score::article(article, &mut tally);
    }
    let news = newsclaims::score(&news)?;
    let mut rng = score::Rng(seed);
    let mut out = std::io::stdout().lock();
    let mut print = || {
        let total = tally.attributions;
        writeln!(
            out,
            "PolNeAR train: {} articles, {total} attributions",
            articles.len()
        )?;
        tally.print(&mut out)?;
        news.print(&mut out)?;
        tally.print_misses(misses, &mut rng, &mut out)?;
        news.print_misses(misses, &mut rng, &mut out)
    };
    // A reader closing the pipe early (`| head`) is not a failure.
    match print() {
        Err(e) if e.kind() != std::io::ErrorKind::BrokenPipe => Err(e.into()),
        _ => Ok(()),
    }
}
