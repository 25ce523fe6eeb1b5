//! Quotes and colons next to a frame: a quote opening right after the verb or the hearer
//! ("said: “...”"), closing right before the source ("“...,” she said"), or opening within
//! a few words ("said during a session at the centre, “...”").

use std::sync::LazyLock;

use super::content::Span;
use super::quotes::Quote;
use crate::extract::claims::Doc;
use crate::extract::word_table::WordSet;

/// "that" and the words that open an indirect question.
static WH_SET: LazyLock<WordSet> = LazyLock::new(|| {
    WordSet::of(&[
        "that", "where", "what", "how", "why", "when", "who", "whether", "if",
    ])
});

/// A quote opening at or right after byte `at`, past spaces and ",", ":" or a dash.
pub fn quote_at(doc: &Doc<'_>, at: usize, quotes: &[Quote]) -> Option<Span> {
    let k = quotes.partition_point(|q| q.start < at);
    let q = quotes.get(k)?;
    let gap = doc.text.get(at..q.start)?;
    let only_marks = gap
        .chars()
        .all(|c| c.is_whitespace() || matches!(c, ',' | ':' | '—' | '–' | '-'));
    (only_marks && gap.len() <= 6).then(|| Span::new(q.start, q.end, true))
}

/// A quote ending at or right before byte `at`, past spaces, "," and a dash.
pub fn quote_before(doc: &Doc<'_>, at: usize, quotes: &[Quote]) -> Option<Span> {
    let k = quotes.partition_point(|q| q.end <= at);
    let q = quotes.get(k.checked_sub(1)?)?;
    let gap = doc.text.get(q.end..at)?;
    let only_marks = gap
        .chars()
        .all(|c| c.is_whitespace() || matches!(c, ',' | '—' | '–' | '-'));
    (only_marks && gap.len() <= 6).then(|| Span::new(q.start, q.end, true))
}

/// A quote that ends right before sentence `s` begins (only spaces between).
pub fn quote_at_end_before(doc: &Doc<'_>, s: usize, quotes: &[Quote]) -> Option<Span> {
    let start = doc.sentences[s].start;
    let k = quotes.partition_point(|q| q.end <= start);
    let q = quotes.get(k.checked_sub(1)?)?;
    let closed = doc.text[..q.end].trim_end_matches(['”', '"', '\'', '’']);
    let ends_sentence = closed.ends_with(['?', '!', '.']);
    let adjacent = doc.text[q.end..start].trim().is_empty();
    (ends_sentence && adjacent).then(|| Span::new(q.start, q.end, true))
}

/// How many words after the verb a direct quote may open.
const QUOTE_REACH: usize = 14;

/// The first quote that opens within [`QUOTE_REACH`] words from word `i`, before "that" or a
/// semicolon.
pub fn quote_within(doc: &Doc<'_>, s: usize, i: usize, quotes: &[Quote]) -> Option<Span> {
    let ws = &doc.words[s];
    let from = ws.get(i.saturating_sub(1))?.end;
    let to = ws
        .get((i + QUOTE_REACH).min(ws.len()) - 1)
        .map_or(from, |w| w.end);
    let k = quotes.partition_point(|q| q.start < from);
    let q = quotes.get(k).filter(|q| q.start < to)?;
    let gap = &doc.text[from..q.start];
    let clear = !gap.contains(';') && !gap.split_whitespace().any(|w| w == "that");
    clear.then(|| Span::new(q.start, q.end, true))
}

/// The first word after a colon within [`QUOTE_REACH`] words from word `i`, before "that".
pub fn colon_within(doc: &Doc<'_>, s: usize, i: usize) -> Option<usize> {
    let ws = &doc.words[s];
    // "knows exactly where to find it: ..." answers its own question, not a report.
    (i.max(1)..ws.len().min(i + COLON_REACH))
        .take_while(|&k| !WH_SET.contains(ws[k - 1].str(doc.text)))
        .find(|&k| doc.text[ws[k - 1].end..ws[k].start].contains(':'))
}

/// How many words after the verb a colon may introduce what it reports ("have said this
/// from the start: ...").
const COLON_REACH: usize = 7;
