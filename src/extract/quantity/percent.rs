//! Percent words: "per cent of twenty-two" (the percent word first) and a percent named
//! without a figure ("a small percent", "the % of increase", "percentage points").

use super::measure::q;
use super::{Quantity, QuantityKind as K};
use crate::extract::numbers::Hit;
use crate::extract::numbers::lex::{Src, Tok, is};

/// Tokens a number can span ("one hundred and twenty-two thousand ..."): how far back
/// [`number_before`] looks for a number ending at a percent word.
const MAX_NUMBER_TOKENS: usize = 32;

/// Whether a number ends right before token `i` ("12 percent", "twenty per cent").
fn number_before(toks: &[Tok], hits: &[Option<&Hit>], i: usize) -> bool {
    let from = i.saturating_sub(MAX_NUMBER_TOKENS);
    i > 0 && (toks[i - 1].is_num() || hits[from..i].iter().flatten().any(|h| h.next == i))
}

/// The percent word at token `i` and how many tokens it takes: "percent", "percents",
/// "percentage", "per cent".
fn percent_word(text: &Src, toks: &[Tok], i: usize) -> Option<usize> {
    let w = |k: usize, s: &str| toks.get(k).is_some_and(|t| is(text, t, s));
    if w(i, "percent") || w(i, "percents") || w(i, "percentage") {
        Some(1)
    } else if w(i, "per") && w(i + 1, "cent") {
        Some(2)
    } else {
        None
    }
}

/// "per cent of twenty-two": a percent word before "of" and a number with no number before it.
pub(crate) fn percent_of(
    text: &Src,
    toks: &[Tok],
    hits: &[Option<&Hit>],
    i: usize,
) -> Option<Quantity> {
    let len = percent_word(text, toks, i).filter(|_| !is(text, &toks[i], "percentage"))?;
    let of = toks.get(i + len).is_some_and(|t| is(text, t, "of"));
    if number_before(toks, hits, i) || !of {
        return None;
    }
    let h = hits
        .get(i + len + 1)
        .copied()
        .flatten()
        .filter(|h| !h.num.ordinal && h.glued.is_none())?;
    Some(q(K::Percent, toks[i].start, h.num.end, h.num.value, h, "%"))
}

/// A percent named without a number: "only a small percent attain", "the % of increase",
/// "how do I calculate a percentage?", "by percentage points". A percent quantity with no
/// value, as Recognizers-Text reports one; the claim rules skip it, as there is no figure to
/// check. A "%" counts only standing free between spaces, so URL escapes ("30%25") do not.
/// Longer quantities over the same words ("12 percent", "percent of 10") win in `resolve`.
pub(crate) fn bare_percent(
    text: &Src,
    toks: &[Tok],
    hits: &[Option<&Hit>],
    i: usize,
) -> Option<Quantity> {
    let t = &toks[i];
    let free = |a: usize, b: usize| {
        let bytes = text.as_bytes();
        let space = |k: Option<&u8>| k.is_none_or(|b| b.is_ascii_whitespace());
        space(a.checked_sub(1).and_then(|k| bytes.get(k))) && space(bytes.get(b))
    };
    let (len, unit) = if t.is_sym('%') {
        free(t.start, t.end).then_some((1, "%"))?
    } else {
        let len = percent_word(text, toks, i)?;
        let points = is(text, t, "percentage")
            && toks
                .get(i + 1)
                .is_some_and(|n| is(text, n, "point") || is(text, n, "points"));
        if points { (2, "pp") } else { (len, "%") }
    };
    if number_before(toks, hits, i) {
        return None;
    }
    Some(Quantity {
        kind: K::Percent,
        start: t.start,
        end: toks[i + len - 1].end,
        unit: Some(unit.to_string()),
        ..Quantity::default()
    })
}
