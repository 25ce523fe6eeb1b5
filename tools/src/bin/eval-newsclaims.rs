//! Claim-sentence recall and precision on NewsClaims (Reddy et al. 2022): for every gold
//! sentence, whether claimdesk finds a claim whose span overlaps it; overall and for the
//! sentences without a digit, with the missed gold claims listed for study.
//!
//! Usage: `cargo run --release -p claimdesk-tools --bin eval-newsclaims -- DIR [--false-positives]`
//! with DIR `../shared/eval/news_claims`.

use std::collections::BTreeMap;
use std::io::{self, Write};
use std::path::PathBuf;

use anyhow::{Context, Result};
use claimdesk::extract::article::analyse;
use claimdesk_tools::newsclaims::{self, Article};

/// One gold sentence judged: its label, whether it has a digit, and the kinds of the claims
/// found over it.
struct Judged {
    article: String,
    text: String,
    gold: bool,
    digit: bool,
    kinds: Vec<&'static str>,
}

/// Counts of one slice of the gold sentences.
#[derive(Default)]
struct Tally {
    gold: usize,
    found: usize,
    hit: usize,
}

impl Tally {
    fn add(&mut self, j: &Judged) {
        self.gold += usize::from(j.gold);
        self.found += usize::from(!j.kinds.is_empty());
        self.hit += usize::from(j.gold && !j.kinds.is_empty());
    }

    fn line(&self, what: &str) -> String {
        let ratio = |a: usize, b: usize| a as f64 / b.max(1) as f64;
        format!(
            "{what:<28} recall {:.3} ({}/{})  precision {:.3} ({}/{})",
            ratio(self.hit, self.gold),
            self.hit,
            self.gold,
            ratio(self.hit, self.found),
            self.hit,
            self.found
        )
    }
}

fn main() -> Result<()> {
    let mut args = std::env::args().skip(1);
    let dir = PathBuf::from(
        args.next()
            .context("usage: eval-newsclaims DIR [--false-positives]")?,
    );
    let false_positives = args.next().is_some_and(|a| a == "--false-positives");
    let mut judged = Vec::new();
    for article in &newsclaims::read(&dir)? {
        judge(article, &mut judged);
    }
    let mut out = io::stdout().lock();
    match report(&judged, false_positives, &mut out) {
        // A reader such as `head` closing the pipe is not a failure.
        Err(e) if e.kind() == io::ErrorKind::BrokenPipe => Ok(()),
        other => Ok(other?),
    }
}

/// Judges every gold sentence of one article.
fn judge(article: &Article, out: &mut Vec<Judged>) {
    let byte = |c: usize| article.bytes.get(c).copied().unwrap_or(article.text.len());
    let analysis = analyse(&article.text);
    for s in &article.sentences {
        let (start, end) = (byte(s.start), byte(s.end));
        let kinds = analysis
            .claims
            .iter()
            .filter(|c| c.start < end && c.end > start)
            .map(|c| c.kind.as_str())
            .collect();
        out.push(Judged {
            article: article.id.clone(),
            text: s.text.clone(),
            gold: s.label == 1,
            digit: s.text.chars().any(|c| c.is_ascii_digit()),
            kinds,
        });
    }
}

fn report(judged: &[Judged], false_positives: bool, out: &mut impl Write) -> io::Result<()> {
    let (mut all, mut no_digit) = (Tally::default(), Tally::default());
    let mut by_kind: BTreeMap<&str, (usize, usize)> = BTreeMap::new();
    for j in judged {
        all.add(j);
        if !j.digit {
            no_digit.add(j);
        }
        let mut kinds = j.kinds.clone();
        kinds.sort_unstable();
        kinds.dedup();
        for kind in kinds {
            let e = by_kind.entry(kind).or_default();
            e.0 += 1;
            e.1 += usize::from(j.gold);
        }
    }
    writeln!(
        out,
        "{} gold sentences, {} gold claims",
        judged.len(),
        all.gold
    )?;
    writeln!(out, "{}", all.line("all sentences"))?;
    writeln!(out, "{}", no_digit.line("sentences without a digit"))?;
    writeln!(
        out,
        "sentences with a claim of each kind (of them gold claims):"
    )?;
    for (kind, (n, g)) in &by_kind {
        writeln!(out, "  {kind:<12} {n:>4} ({g})")?;
    }
    writeln!(out, "\nmissed gold claim sentences:")?;
    for j in judged.iter().filter(|j| j.gold && j.kinds.is_empty()) {
        writeln!(out, "  {}: {}", j.article, one_line(&j.text))?;
    }
    if false_positives {
        writeln!(out, "\nsentences with a claim that are not gold claims:")?;
        for j in judged.iter().filter(|j| !j.gold && !j.kinds.is_empty()) {
            let kinds = j.kinds.join(",");
            writeln!(out, "  {} [{kinds}]: {}", j.article, one_line(&j.text))?;
        }
    }
    Ok(())
}

fn one_line(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}
