//! Number phrases: collects the number words and numerals of a phrase into items ("twenty-
//! five", "twentyfifth", "one hundred and 3", "a dozen"), deciding where an article, a dash
//! or "and" still belongs to the number; `fraction` reads the items.

use super::card::{It, Item, Sep};
use super::digits::{Scan, scan};
use super::lex::{Kind, Src, Tok, adjacent, lower, spaced};
use super::words::{OrdClass, W, compound, word};

/// Word at token `i`, if it is a number word; a one-word compound ("twentyfifth") gives
/// its tens word.
pub(crate) fn word_at(text: &Src, toks: &[Tok], i: usize) -> Option<W> {
    let t = toks.get(i).filter(|t| t.is_word())?;
    let len = t.end - t.start;
    if super::words::maybe(text.as_bytes()[t.start], len)
        && let Some(found) = word(lower(text, t))
    {
        return Some(found);
    }
    // "fortyone" is the shortest compound; compounds are in the class table.
    if len < 8 || !t.maybe_number() {
        return None;
    }
    compound(lower(text, t)).map(|(tens, ..)| W::Tens(tens))
}

/// A hyphen or dash joining two number words: "twenty-five", "twenty–five", and an em dash
/// or Unicode hyphen only when it touches both words ("twenty—fifth").
fn joiner(toks: &[Tok], j: usize) -> bool {
    let touching = || {
        j > 0
            && toks
                .get(j + 1)
                .is_some_and(|n| adjacent(&toks[j - 1], &toks[j]) && adjacent(&toks[j], n))
    };
    match toks[j].kind {
        Kind::Sym('-' | '–') => true,
        Kind::Sym('—' | '‐' | '‑') => touching(),
        _ => false,
    }
}

/// The word at `j` is hyphened to a following word that is no number word ("ten-minute").
fn joined(text: &Src, toks: &[Tok], j: usize) -> bool {
    toks.get(j + 1)
        .is_some_and(|h| h.is_sym('-') && adjacent(&toks[j], h))
        && toks
            .get(j + 2)
            .is_some_and(|w| w.is_word() && word_at(text, toks, j + 2).is_none())
}

/// Collects the items of a number phrase starting at token `i` into `items` (cleared
/// first; the caller reuses one vector for the whole text).
pub(crate) fn collect(text: &Src, toks: &[Tok], i: usize, items: &mut Vec<It>) {
    items.clear();
    let mut j = i;
    let mut sep = Sep::Space;
    while j < toks.len() && items.len() < 48 {
        if let Some(prev) = items.last()
            && !spaced(text, &toks[prev.next - 1], &toks[j], 4)
            && toks[prev.next - 1].end != toks[j].start
        {
            break;
        }
        let next = if toks[j].is_word() {
            push_word(text, toks, j, sep, items)
        } else if joins_next(text, toks, j, items) {
            sep = Sep::Hyphen;
            j += 1;
            continue;
        } else {
            push_numeral(text, toks, j, sep, items)
        };
        let Some(next) = next else { break };
        j = next;
        sep = Sep::Space;
    }
}

/// Pushes the number word at `j` (two items for "twentyfifth"); None when the phrase ends.
fn push_word(text: &Src, toks: &[Tok], j: usize, sep: Sep, items: &mut Vec<It>) -> Option<usize> {
    let t = &toks[j];
    let w = word_at(text, toks, j)?;
    if w == W::A && !article_number(text, toks, j) {
        return None;
    }
    if bare_part(w, items) && !time_word(text, toks, j + 1) {
        return None;
    }
    let mut it = It {
        item: Item::W(w),
        start: t.start,
        end: t.end,
        next: j + 1,
        sep,
        joined: joined(text, toks, j),
    };
    if let Some((_, unit, len)) = compound(lower(text, t)).filter(|_| matches!(w, W::Tens(_))) {
        // "twentyfifth": the tens word and the unit as two items of one token.
        let tens = It {
            end: t.start + len,
            joined: false,
            ..it
        };
        items.push(tens);
        it = It {
            item: Item::W(unit),
            start: t.start + len,
            sep: Sep::Hyphen,
            ..it
        };
    }
    items.push(it);
    Some(j + 1)
}

/// A dash at `j` joins the item before it to the number word after it ("twenty-five",
/// "15-and-a-half").
fn joins_next(text: &Src, toks: &[Tok], j: usize, items: &[It]) -> bool {
    let before = items.last().is_some_and(|l| match l.item {
        Item::W(_) => true,
        Item::Num { integer, .. } => {
            integer
                && toks
                    .get(j + 1)
                    .is_some_and(|t| super::lex::is(text, t, "and"))
        }
    });
    before && joiner(toks, j) && word_at(text, toks, j + 1).is_some()
}

/// Pushes the numeral at `j`; None when there is none or it cannot join the phrase.
fn push_numeral(
    text: &Src,
    toks: &[Tok],
    j: usize,
    sep: Sep,
    items: &mut Vec<It>,
) -> Option<usize> {
    let Some(Scan::Num(n)) = scan(text, toks, j) else {
        return None;
    };
    let after_numeral = items
        .last()
        .is_some_and(|l| matches!(l.item, Item::Num { .. }));
    if n.glued.is_some() || n.glued_left || n.ordinal || after_numeral {
        return None;
    }
    let item = Item::Num {
        value: n.value,
        integer: n.integer,
    };
    items.push(It {
        item,
        start: n.start,
        end: n.end,
        next: n.next,
        sep,
        joined: false,
    });
    Some(n.next)
}

/// "half" or "quarter" right after "and", with no numerator ("five and half").
fn bare_part(w: W, items: &[It]) -> bool {
    matches!(w, W::Ord(o) if o.class == OrdClass::Part)
        && items.last().is_some_and(|l| l.item == Item::W(W::And))
}

/// Spoken durations drop the article ("five and half minutes", "two and quarter hours");
/// elsewhere "and half" is no fraction ("44 million and half lives below the poverty line").
fn time_word(text: &Src, toks: &[Tok], k: usize) -> bool {
    let t = toks.get(k).filter(|t| spaced(text, &toks[k - 1], t, 2));
    t.is_some_and(|t| {
        matches!(
            lower(text, t),
            "hour"
                | "hours"
                | "hr"
                | "hrs"
                | "h"
                | "minute"
                | "minutes"
                | "min"
                | "mins"
                | "second"
                | "seconds"
                | "sec"
                | "secs"
                | "day"
                | "days"
                | "week"
                | "weeks"
                | "month"
                | "months"
                | "year"
                | "years"
        )
    })
}

/// "a"/"an" counts as one only before a scale, "dozen", or a fraction denominator.
pub(crate) fn article_number(text: &Src, toks: &[Tok], j: usize) -> bool {
    // "three-and-a-half-year": the article hyphened inside a number.
    let hyphened = toks
        .get(j + 1)
        .is_some_and(|h| h.is_sym('-') && adjacent(&toks[j], h))
        && toks.get(j + 2).is_some_and(|n| adjacent(&toks[j + 1], n));
    if hyphened {
        return matches!(word_at(text, toks, j + 2), Some(W::Ord(o)) if o.class == OrdClass::Part);
    }
    let t = toks.get(j + 1).filter(|n| spaced(text, &toks[j], n, 3));
    let Some(t) = t else { return false };
    if super::lex::is(text, t, "second") || super::lex::is(text, t, "first") {
        return false;
    }
    match word_at(text, toks, j + 1) {
        // "a third term", "a fifth consecutive win": an ordinal before its noun.
        Some(W::Ord(o)) if o.class != OrdClass::Part && !o.plural => {
            !super::context::content_word(text, toks, j + 2)
        }
        Some(W::Hundred | W::Scale(_) | W::Dozen | W::Ord(_)) => true,
        Some(W::Tens(_)) => {
            let k = if toks.get(j + 2).is_some_and(|h| h.is_sym('-')) {
                j + 3
            } else {
                j + 2
            };
            matches!(word_at(text, toks, k), Some(W::Ord(_)))
        }
        _ => false,
    }
}
