//! Numbers in running English text: digits ("1,234.5", "3.5bn", "21st"), number words
//! ("one hundred and twenty-three", "a dozen", "two thirds", "1.5 million") and vague
//! amounts, as byte spans with values. Vague amounts are ranges, never exact figures:
//! a few 2–5, a handful 3–7, several 3–9, dozens 24–99, scores 40–99, hundreds 200–999,
//! thousands 2,000–9,999 (likewise millions, billions), tens of thousands 20,000–99,999,
//! hundreds of thousands 200,000–999,999, "a couple (of)" 2–3; "a few"/"several" times a
//! scale multiply the range ("a few dozen" 24–60, "several hundred" 300–900). "a pair of" (2)
//! and "a single" (1) are exact. A hedge before a number ("about 50", "nearly 1,000") keeps
//! the exact value and span but sets `approximate`.

mod card;
mod context;
mod digits;
mod fraction;
pub(crate) mod keys;
pub(crate) mod lex;
mod ratio;
mod relative;
mod spelled;
mod suffix;
mod vague;
mod words;

pub(crate) use context::hedged;
pub use relative::{Anchor, RelativeOrdinal, find_relative_ordinals};

use card::It;
use digits::Scan;
use lex::{Kind, Src, Tok, is, spaced};

/// Value of a scale word ("million", "bn") for callers outside this module.
pub(crate) fn scale_word(w: &str) -> Option<f64> {
    words::scale(w).or_else(|| words::suffix_scale(w))
}

/// Value of a scale suffix in its written case ("bn", "M", "k").
pub(crate) fn suffix_scale(raw: &str) -> Option<f64> {
    words::suffix_scale(raw)
}

/// A scaled decimal without the binary noise of its product: "£1.57bn" is 1570000000, not
/// 1569999999.9999998 (twelve significant digits are kept; only large fractional values are
/// looked at).
pub(crate) fn tidy(v: f64) -> f64 {
    if v.abs() < 1e3 || v.fract() == 0.0 {
        return v;
    }
    format!("{v:.11e}").parse().unwrap_or(v)
}

/// A number found in text.
#[derive(Debug, Clone, PartialEq)]
pub struct Number {
    /// Byte offset of the first byte.
    pub start: usize,
    /// Byte offset after the last byte.
    pub end: usize,
    /// The value; for vague amounts the low end of the range.
    pub value: f64,
    /// The high end for ranges and vague amounts.
    pub value_max: Option<f64>,
    /// Vague amounts and hedged numbers ("about 50").
    pub approximate: bool,
    /// "third", "21st".
    pub ordinal: bool,
}

/// A number with the token context the quantity recognizer needs.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Hit {
    pub num: Number,
    /// Index of the first token.
    pub first: usize,
    /// Index of the token after the number.
    pub next: usize,
    /// Index of an unknown letter suffix glued to a numeral ("180ml").
    pub glued: Option<usize>,
    /// Letters glued before the digits ("USD115", "COVID-19").
    pub glued_left: bool,
    /// Written (at least partly) in words.
    pub words: bool,
}

/// All numbers in running text, sorted by start, non-overlapping (longest match wins).
pub fn find_numbers(text: &str) -> Vec<Number> {
    let text = &Src::new(text);
    let toks = lex::lex(text);
    hits(text, &toks)
        .into_iter()
        .filter(|h| h.glued.is_none() && !h.glued_left)
        .map(|h| h.num)
        .collect()
}

/// Parses a whole string that is one number ("one hundred and twenty-three", "1,234.5").
pub fn parse_number(s: &str) -> Option<f64> {
    let s = &Src::new(s);
    let toks = lex::lex(s);
    let found = hits(s, &toks);
    match found.as_slice() {
        [h] if h.glued.is_none()
            && s[..h.num.start].trim().is_empty()
            && s[h.num.end..].trim().is_empty() =>
        {
            Some(h.num.value)
        }
        _ => None,
    }
}

/// Every number hit, glued ones included, sorted and non-overlapping.
pub(crate) fn hits(text: &Src, toks: &[Tok]) -> Vec<Hit> {
    let mut out: Vec<Hit> = Vec::new();
    let mut items = Vec::new();
    let mut i = 0;
    while i < toks.len() {
        i = hit_at(text, toks, i, &mut out, &mut items).max(i + 1);
    }
    ratio::merge_ratios(text, toks, &mut out);
    for h in &mut out {
        h.num.value = tidy(h.num.value);
        if !h.num.approximate && context::hedged(text, toks, h.first) {
            h.num.approximate = true;
        }
    }
    out
}

fn hit(start: usize, end: usize, value: f64, first: usize, next: usize) -> Hit {
    let num = Number {
        start,
        end,
        value,
        value_max: None,
        approximate: false,
        ordinal: false,
    };
    Hit {
        num,
        first,
        next,
        glued: None,
        glued_left: false,
        words: false,
    }
}

/// Recognizes a number at token `i`, pushing hits; returns the next token index to try.
/// `items` is scratch space for the phrase reader.
fn hit_at(text: &Src, toks: &[Tok], i: usize, out: &mut Vec<Hit>, items: &mut Vec<It>) -> usize {
    let t = &toks[i];
    if t.is_word() {
        if !t.maybe_number() {
            return i + 1;
        }
        if let Some((lo, hi, next)) = vague::vague_at(text, toks, i) {
            let mut h = hit(t.start, toks[next - 1].end, lo, i, next);
            if hi > lo {
                h.num.value_max = Some(hi);
                h.num.approximate = true;
            }
            h.words = true;
            out.push(h);
            return next;
        }
        match spelled::word_at(text, toks, i) {
            None => return i + 1,
            // "a" starts a number only before a scale, "dozen" or a denominator.
            Some(words::W::A) if !spelled::article_number(text, toks, i) => return i + 1,
            Some(_) => {}
        }
    } else if matches!(t.kind, Kind::Sym(c) if c.is_ascii() && !matches!(c, '-' | '+' | '.')) {
        // Other ASCII symbols start no numeral (`digits::scan` would return nothing).
        return i + 1;
    } else {
        match digits::scan(text, toks, i) {
            None => return i + 1,
            Some(Scan::Skip(n)) => return n,
            Some(Scan::Chain(n)) => {
                for k in (i..n).filter(|&k| toks[k].is_num()) {
                    out.push(hit(
                        toks[k].start,
                        toks[k].end,
                        digits_of(text, &toks[k]),
                        k,
                        k + 1,
                    ));
                }
                return n;
            }
            Some(Scan::Num(_)) => {}
        }
    }
    phrase_at(text, toks, i, out, items)
}

fn digits_of(text: &Src, t: &Tok) -> f64 {
    text[t.start..t.end].parse().unwrap_or(0.0)
}

/// A word phrase or numeral at `i`, with an optional "minus"/"negative" before it.
fn phrase_at(text: &Src, toks: &[Tok], i: usize, out: &mut Vec<Hit>, items: &mut Vec<It>) -> usize {
    let minus = is(text, &toks[i], "minus") || is(text, &toks[i], "negative");
    let from = if minus { i + 1 } else { i };
    if minus && toks.get(from).is_none_or(|n| !spaced(text, &toks[i], n, 3)) {
        return i + 1;
    }
    spelled::collect(text, toks, from, items);
    let read = fraction::read(items).filter(|&(_, _, n)| n > 0);
    let Some((value, ordinal, used)) = read else {
        return lone_numeral(text, toks, from, out);
    };
    let (first, last) = (&items[0], &items[used - 1]);
    let mut h = hit(
        toks[i].start,
        last.end,
        if minus { -value } else { value },
        i,
        last.next,
    );
    h.num.ordinal = ordinal;
    h.words = items[..used]
        .iter()
        .any(|it| matches!(it.item, card::Item::W(_)));
    if first.item == card::Item::W(words::W::Point) && !context::bare_point(text, toks, from) {
        return i + 1;
    }
    let single = used == 1 && !minus;
    if single && is(text, &toks[i], "one") && context::pronoun_one(text, toks, i) {
        return i + 1;
    }
    if single
        && ordinal
        && is(text, &toks[i], "second")
        && context::after_number(text, toks, i, out)
    {
        return i + 1;
    }
    if single && context::first_is_no_label(text, toks, i) {
        return last.next;
    }
    out.push(h);
    last.next
}

/// A numeral that cannot join a phrase: glued units ("180ml"), ordinals ("21st").
fn lone_numeral(text: &Src, toks: &[Tok], i: usize, out: &mut Vec<Hit>) -> usize {
    let Some(Scan::Num(n)) = digits::scan(text, toks, i) else {
        return i + 1;
    };
    let mut h = hit(n.start, n.end, n.value, i, n.next);
    h.num.ordinal = n.ordinal;
    h.glued = n.glued;
    h.glued_left = n.glued_left;
    if !context::first_is_no_label(text, toks, i) {
        out.push(h);
    }
    n.next
}

#[cfg(test)]
mod tests;

#[cfg(test)]
mod forms_tests;
