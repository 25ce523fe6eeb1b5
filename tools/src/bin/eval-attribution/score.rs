//! PolNeAR scoring: is each attribution's Content covered by a claim, does the covering
//! claim's claimer name the Source, does each sentence holding a direct quote get a quote claim.

use std::io::Write;

use claimdesk::extract::article::{Analysis, analyse};
use claimdesk::extract::claims::{Claim, ClaimKind};

use super::brat::{Article, Gold};
use super::breakdown::{Table, cue_kind, uncovered_reason};

/// Sources that are pronouns: scored against the nearest earlier named Source.
const PRONOUNS: &[&str] = &[
    "he", "she", "they", "it", "him", "her", "them", "we", "i", "you", "us",
];
/// Sources that cannot stand as an antecedent: possessives and relative pronouns.
const NOT_ANTECEDENTS: &[&str] = &[
    "his", "her", "their", "its", "who", "which", "that", "whom", "whose",
];

/// Relative pronouns: a Source "who" is scored against the words right before it, where its
/// antecedent stands ("Kevin Cramer, who formally endorsed Trump").
const RELATIVES: &[&str] = &["who", "which", "that", "whom"];

/// How far back from a relative pronoun its antecedent is looked for, in bytes.
const ANTECEDENT_REACH: usize = 80;

/// The words before byte `at` of `text` that hold a relative pronoun's antecedent: back to
/// `ANTECEDENT_REACH` bytes, not past the end of the sentence before.
fn antecedent_words(text: &str, at: usize) -> String {
    let mut from = at.saturating_sub(ANTECEDENT_REACH);
    while !text.is_char_boundary(from) {
        from += 1;
    }
    let lead = &text[from..at];
    let lead = lead
        .rfind(['.', '!', '?', '\n'])
        .map_or(lead, |k| &lead[k + 1..]);
    // The phrase the pronoun follows: from its last clause break on, not counting the comma
    // that sets off the relative clause ("a California investor who", "Cramer, who").
    let lead = lead.trim_end().trim_end_matches(',');
    lead.rsplit_once([';', ':', '('])
        .map_or(lead, |(_, t)| t)
        .to_string()
}

#[derive(Default)]
pub struct Tally {
    pub attributions: usize,
    covered: usize,
    with_source: usize,
    named: usize,
    /// Covered attributions with a Source whose covering claim carries a claimer.
    ruled: usize,
    ruled_named: usize,
    /// The same two figures for pronoun Sources only.
    pronoun: usize,
    pronoun_named: usize,
    /// The same for relative pronoun Sources ("who"), scored against the words before them.
    relative: usize,
    relative_named: usize,
    quote_sentences: usize,
    quote_claimed: usize,
    /// (article, what, detail) of misses, for study.
    uncovered: Vec<String>,
    misnamed: Vec<String>,
    unquoted: Vec<String>,
    /// The misses by kind (breakdown.rs).
    uncovered_kinds: Table,
    misnamed_kinds: Table,
}

/// A small xorshift generator, for a reproducible sample of misses.
pub struct Rng(pub u64);

impl Rng {
    /// `n` entries of `list` drawn without replacement, in list order (all when `n` is at
    /// least its length).
    pub fn sample<'a>(&mut self, list: &'a [String], n: usize) -> Vec<&'a String> {
        let mut picked: Vec<usize> = (0..list.len()).collect();
        for k in 0..n.min(list.len()) {
            let j = k + self.below(list.len() - k);
            picked.swap(k, j);
        }
        picked.truncate(n.min(list.len()));
        picked.sort_unstable();
        picked.into_iter().map(|k| &list[k]).collect()
    }

    pub fn below(&mut self, n: usize) -> usize {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        (self.0 % n.max(1) as u64) as usize
    }
}

fn text_of(text: &str, pieces: &[(usize, usize)]) -> String {
    pieces
        .iter()
        .map(|&(a, b)| text.get(a..b).unwrap_or(""))
        .collect::<Vec<_>>()
        .join(" … ")
}

fn overlap(a: (usize, usize), b: (usize, usize)) -> usize {
    a.1.min(b.1).saturating_sub(a.0.max(b.0))
}

/// The Source's head word: its last word before a preposition, comma or relative pronoun.
pub fn head(source: &str) -> String {
    let lower = source.to_lowercase();
    let cut = [
        ",", " of ", " for ", " at ", " from ", " with ", " in ", " who ", " which ", " (", " on ",
    ]
    .iter()
    .filter_map(|m| lower.find(m))
    .min()
    .unwrap_or(lower.len());
    let word = lower[..cut].split_whitespace().last().unwrap_or("");
    let word = word
        .trim_end_matches("’s")
        .trim_end_matches("'s")
        .trim_end_matches(['’', '\'']);
    word.trim_matches(|c: char| !c.is_alphanumeric())
        .to_string()
}

/// Whether `claimer` names `source` (see the module docs of eval_attribution).
pub fn names(claimer: &str, source: &str) -> bool {
    let claimer = claimer.to_lowercase();
    let h = head(source);
    let last = claimer.split_whitespace().last().unwrap_or("").to_string();
    (!h.is_empty()
        && claimer
            .split_whitespace()
            .any(|w| w.trim_matches(|c: char| !c.is_alphanumeric()) == h))
        || (!last.is_empty()
            && source
                .to_lowercase()
                .split_whitespace()
                .any(|w| w.trim_matches(|c: char| !c.is_alphanumeric()) == last))
}

pub fn article(a: &Article, t: &mut Tally) {
    let analysis = analyse(&a.text);
    let mut gold: Vec<&Gold> = a.gold.iter().collect();
    gold.sort_by_key(|g| g.content[0].0);
    let mut sources: Vec<(usize, String)> = gold
        .iter()
        .filter(|g| !g.source.is_empty())
        .map(|g| (g.source[0].0, text_of(&a.text, &g.source)))
        .filter(|(_, s)| {
            let lower = s.to_lowercase();
            !PRONOUNS.contains(&lower.as_str()) && !NOT_ANTECEDENTS.contains(&lower.as_str())
        })
        .collect();
    sources.sort();
    for g in &gold {
        t.attribution(a, g, &analysis, &sources);
    }
    quote_sentences(a, &analysis, t);
}

impl Tally {
    /// Scores one gold attribution against the article's claims; `sources` are the
    /// article's Sources that can stand as an antecedent, in text order.
    fn attribution(
        &mut self,
        a: &Article,
        g: &Gold,
        analysis: &Analysis,
        sources: &[(usize, String)],
    ) {
        let claims = &analysis.claims;
        self.attributions += 1;
        let len: usize = g.content.iter().map(|&(x, y)| y - x).sum();
        let held: usize = g.content.iter().map(|&c| union_overlap(claims, c)).sum();
        let content = text_of(&a.text, &g.content);
        let cue = text_of(&a.text, &g.cue);
        let kind = cue_kind(&cue);
        if held * 2 < len {
            let reason = uncovered_reason(analysis, &a.text, &g.content);
            self.uncovered_kinds.add(reason, kind);
            self.uncovered
                .push(format!("{}: cue {cue:?}: {content:?}", a.name));
            return;
        }
        self.covered += 1;
        if g.source.is_empty() {
            return;
        }
        self.with_source += 1;
        let source = text_of(&a.text, &g.source);
        let lower = source
            .trim_matches(|c: char| c.is_whitespace())
            .to_lowercase();
        let is_pronoun = PRONOUNS.contains(&lower.as_str());
        let is_relative = RELATIVES.contains(&lower.as_str());
        let target = if is_relative {
            antecedent_words(&a.text, g.source[0].0)
        } else if is_pronoun {
            let k = sources.partition_point(|(s, _)| *s < g.source[0].0);
            k.checked_sub(1)
                .map_or(source.clone(), |k| sources[k].1.clone())
        } else {
            source.clone()
        };
        let cover = covering(claims, &g.content);
        let claimer = cover.and_then(|c| c.claimer.clone());
        let ok = claimer.as_deref().is_some_and(|c| names(c, &target));
        self.named += usize::from(ok);
        self.pronoun += usize::from(is_pronoun);
        self.pronoun_named += usize::from(is_pronoun && ok);
        self.relative += usize::from(is_relative);
        self.relative_named += usize::from(is_relative && ok);
        self.ruled += usize::from(claimer.is_some());
        self.ruled_named += usize::from(claimer.is_some() && ok);
        if !ok {
            // A claim with a claimer overlaps the Content, but another overlaps it more.
            let beaten = claims.iter().any(|c| {
                c.claimer.is_some() && g.content.iter().any(|&p| overlap((c.start, c.end), p) > 0)
            });
            let row = match (&claimer, cover.map(|c| c.kind)) {
                (None, _) if beaten => "no claimer: one with a claimer overlaps it less",
                (None, Some(ClaimKind::Statement)) => {
                    "no claimer: the covering claim is a statement"
                }
                (None, Some(ClaimKind::Quote)) => "no claimer: the covering claim is a quote",
                (None, _) => "no claimer: the covering claim is of another kind",
                (Some(_), _) if is_pronoun => "a claimer not naming it: pronoun Source",
                (Some(_), _) => "a claimer not naming it: named Source",
            };
            self.misnamed_kinds.add(row, kind);
            // The sentence the Source stands in, for reading the miss.
            let at = g.source[0].0;
            let sentence = analysis
                .sentences
                .iter()
                .find(|x| x.span.start <= at && at < x.span.end)
                .map_or("", |x| &a.text[x.span.start..x.span.end]);
            self.misnamed.push(format!("{}: source {source:?} (names {target:?}), cue {cue:?}, claimer {claimer:?} [{row}]: {content:?}\n      in: {sentence:?}", a.name));
        }
    }
}

/// Characters of `span` inside the union of the claim spans.
fn union_overlap(claims: &[Claim], span: (usize, usize)) -> usize {
    let mut ranges: Vec<(usize, usize)> = claims
        .iter()
        .map(|c| (c.start.max(span.0), c.end.min(span.1)))
        .filter(|r| r.0 < r.1)
        .collect();
    ranges.sort();
    let (mut total, mut reach) = (0, span.0);
    for (a, b) in ranges {
        let a = a.max(reach);
        if b > a {
            total += b - a;
            reach = b;
        }
    }
    total
}

/// The claim overlapping the content most; claims with a claimer win ties.
fn covering<'c>(claims: &'c [Claim], content: &[(usize, usize)]) -> Option<&'c Claim> {
    claims
        .iter()
        .map(|c| {
            (
                content
                    .iter()
                    .map(|&p| overlap((c.start, c.end), p))
                    .sum::<usize>(),
                c,
            )
        })
        .filter(|(n, _)| *n > 0)
        .max_by_key(|(n, c)| (*n, c.claimer.is_some()))
        .map(|(_, c)| c)
}

/// Sentences holding the quoted words of a Content that opens with a quote mark.
fn quote_sentences(a: &Article, analysis: &Analysis, t: &mut Tally) {
    let claims = &analysis.claims;
    let mut held = std::collections::BTreeSet::new();
    for g in &a.gold {
        let Some(body) = a.text.get(g.content[0].0..g.content[0].1) else {
            continue;
        };
        let body = body.trim_start();
        if !(body.starts_with(['“', '"', '‘']) || body.starts_with("''") || body.starts_with("``"))
        {
            continue;
        }
        // Each piece on its own: the frame between two pieces ("“A,” she said. “B.”") is
        // not quoted.
        for &piece in &g.content {
            for (k, s) in analysis.sentences.iter().map(|s| s.span).enumerate() {
                if overlap((s.start, s.end), piece) > 0 {
                    held.insert(k);
                }
            }
        }
    }
    for k in held {
        let s = analysis.sentences[k].span;
        t.quote_sentences += 1;
        let quoted = claims
            .iter()
            .any(|c| c.kind == ClaimKind::Quote && overlap((c.start, c.end), (s.start, s.end)) > 0);
        t.quote_claimed += usize::from(quoted);
        if !quoted {
            t.unquoted
                .push(format!("{}: {:?}", a.name, &a.text[s.start..s.end]));
        }
    }
}

/// "n / d = share", aligned for the summary table.
pub fn share(n: usize, d: usize) -> String {
    format!("{n:>6} / {d:<6} = {:.3}", n as f64 / d.max(1) as f64)
}

/// One summary row: a label and its share.
pub fn row(out: &mut impl Write, label: &str, n: usize, d: usize) -> std::io::Result<()> {
    writeln!(out, "  {label:<58} {}", share(n, d))
}

/// A seeded sample of `n` misses under each title.
pub fn print_samples(
    out: &mut impl Write,
    rng: &mut Rng,
    n: usize,
    sections: &[(&str, &[String])],
) -> std::io::Result<()> {
    for (title, list) in sections {
        writeln!(out, "\nsample of {title} ({} in all):", list.len())?;
        for line in rng.sample(list, n) {
            writeln!(out, "  {line}")?;
        }
    }
    Ok(())
}

impl Tally {
    pub fn print(&self, out: &mut impl Write) -> std::io::Result<()> {
        row(
            out,
            "Content covered by a claim (target >= 0.85)",
            self.covered,
            self.attributions,
        )?;
        row(
            out,
            "covered with a Source: claimer names it (>= 0.70)",
            self.named,
            self.with_source,
        )?;
        row(
            out,
            "  the same, where the covering claim has a claimer",
            self.ruled_named,
            self.ruled,
        )?;
        row(
            out,
            "  covering claim has a claimer at all",
            self.ruled,
            self.with_source,
        )?;
        let plain = self.with_source - self.pronoun;
        let plain_named = self.named - self.pronoun_named;
        row(
            out,
            "  Sources that are not pronouns: claimer names it",
            plain_named,
            plain,
        )?;
        row(
            out,
            "  pronoun Sources: claimer names the antecedent (proxy)",
            self.pronoun_named,
            self.pronoun,
        )?;
        row(
            out,
            "  relative pronoun Sources: claimer names the words before (proxy)",
            self.relative_named,
            self.relative,
        )?;
        row(
            out,
            "  without the relative proxy (no \"who\" ever named)",
            self.named - self.relative_named,
            self.with_source,
        )?;
        row(
            out,
            "direct-quote sentences with a quote claim (>= 0.95)",
            self.quote_claimed,
            self.quote_sentences,
        )?;
        Ok(())
    }

    pub fn print_misses(
        &self,
        n: usize,
        rng: &mut Rng,
        out: &mut impl Write,
    ) -> std::io::Result<()> {
        let sections: [(&str, &[String]); 3] = [
            ("uncovered Content", &self.uncovered),
            ("claimer does not name the Source", &self.misnamed),
            (
                "direct-quote sentence without a quote claim",
                &self.unquoted,
            ),
        ];
        self.uncovered_kinds
            .print("uncovered Contents by why and by cue:", out)?;
        self.misnamed_kinds
            .print("covered with a Source, not named, by why and by cue:", out)?;
        print_samples(out, rng, n, &sections)
    }
}
