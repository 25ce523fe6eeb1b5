//! The misses of the PolNeAR scoring by kind: why a Content is not covered (no claim in its
//! sentence and why, another rule's claim only, partly covered) and why a claimer does not
//! name the Source (no claimer, by the kind of cue; a wrong one, pronoun or named Source).

use std::collections::BTreeMap;
use std::io::Write;

use claimdesk::extract::article::Analysis;
use claimdesk::extract::attribution::is_cue;
use claimdesk::extract::claims::{Claim, ClaimKind};
use claimdesk::extract::score::{OPINION_SUGGEST, STATEMENT_MIN_CHECK};

/// How a PolNeAR cue reads: a reporting verb of the cue table, "according to", a colon or
/// dash, or anything else (an attitude, an act, a noun, a preposition).
pub fn cue_kind(cue: &str) -> &'static str {
    let lower = cue.to_lowercase();
    if lower.contains("according") {
        "according to"
    } else if lower
        .split_whitespace()
        .any(|w| is_cue(w.trim_matches(|c: char| !c.is_alphanumeric())))
    {
        "reporting verb"
    } else if lower.trim().chars().all(|c| !c.is_alphanumeric()) {
        "punctuation"
    } else {
        "other cue"
    }
}

/// Why the Content `pieces` is not covered, from the sentences and claims of its article.
pub fn uncovered_reason(
    analysis: &Analysis,
    text: &str,
    pieces: &[(usize, usize)],
) -> &'static str {
    let (start, end) = (pieces[0].0, pieces[pieces.len() - 1].1);
    let sentences: Vec<usize> = (0..analysis.sentences.len())
        .filter(|&k| {
            let s = analysis.sentences[k].span;
            s.start < end && start < s.end
        })
        .collect();
    let in_sentences = |c: &&Claim| sentences.contains(&c.sentence);
    let claims: Vec<&Claim> = analysis.claims.iter().filter(in_sentences).collect();
    let overlaps = claims.iter().any(|c| c.start < end && start < c.end);
    if overlaps {
        return "partly covered (under half)";
    }
    if claims.iter().any(|c| c.kind == ClaimKind::Statement) {
        return "a statement elsewhere in the sentence";
    }
    if !claims.is_empty() {
        return match claims[0].kind {
            ClaimKind::Date => "other rules' claims only: date",
            ClaimKind::Quote => "other rules' claims only: quote",
            ClaimKind::Event => "other rules' claims only: event",
            ClaimKind::Count => "other rules' claims only: count",
            _ => "other rules' claims only: other",
        };
    }
    if sentences.len() > 1 {
        return "no claim: over several sentences";
    }
    let Some(&k) = sentences.first() else {
        return "no claim: outside every sentence";
    };
    let s = analysis.sentences[k];
    let words = text[s.span.start..s.span.end].trim_end_matches(['"', '”', '’', '\'', ')', ' ']);
    if words.ends_with('?') {
        "no claim: a question"
    } else if s.scores.checkworthiness < STATEMENT_MIN_CHECK {
        "no claim: check-worthiness under the threshold"
    } else if s.scores.opinion >= OPINION_SUGGEST {
        "no claim: opinion over the threshold"
    } else {
        "no claim: not an assertion (no verb, heading, evaluation)"
    }
}

/// Counts of (row, column) misses, printed as one table.
#[derive(Default)]
pub struct Table(pub BTreeMap<(&'static str, &'static str), usize>);

impl Table {
    pub fn add(&mut self, row: &'static str, col: &'static str) {
        *self.0.entry((row, col)).or_default() += 1;
    }

    pub fn print(&self, title: &str, out: &mut impl Write) -> std::io::Result<()> {
        let cols = ["reporting verb", "according to", "punctuation", "other cue"];
        writeln!(out, "\n{title}")?;
        write!(out, "  {:<58}", "")?;
        for c in cols {
            write!(out, " {c:>14}")?;
        }
        writeln!(out, " {:>7}", "all")?;
        let mut rows: Vec<&str> = self.0.keys().map(|(r, _)| *r).collect();
        rows.dedup();
        for r in rows {
            write!(out, "  {r:<58}")?;
            let mut all = 0;
            for c in cols {
                let n = self.0.get(&(r, c)).copied().unwrap_or(0);
                all += n;
                write!(out, " {n:>14}")?;
            }
            writeln!(out, " {all:>7}")?;
        }
        Ok(())
    }
}
