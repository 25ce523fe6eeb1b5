//! Words around a number that change what it is: "the one" is a pronoun, "30 second" a
//! time unit, "No. 5" a label, and "about 50" a hedged (approximate) figure.

use super::Hit;
use super::lex::{Kind, Src, Tok, is, lower, spaced};

/// "the one", "which one", "one of", "one another", "no one": a pronoun, not a count.
pub(super) fn pronoun_one(text: &Src, toks: &[Tok], i: usize) -> bool {
    let word = |k: usize| toks.get(k).filter(|t| t.is_word());
    let prev = i.checked_sub(1).and_then(word);
    let before = prev.map_or("", |t| lower(text, t));
    let prev_det = matches!(
        before,
        "the"
            | "this"
            | "that"
            | "which"
            | "each"
            | "every"
            | "any"
            | "no"
            | "another"
            | "only"
            | "last"
    );
    let next = toks.get(i + 1);
    let next_word = next
        .filter(|t| t.is_word())
        .map_or("", |t| &text[t.start..t.end]);
    let apostrophe = next.is_some_and(|t| matches!(t.kind, Kind::Sym('\'' | '’')));
    prev_det
        || apostrophe
        || ["of", "another", "who", "whose", "whom"]
            .iter()
            .any(|w| next_word.eq_ignore_ascii_case(w))
}

/// "30 second": "second" right after a number is the time unit.
pub(super) fn after_number(text: &Src, toks: &[Tok], i: usize, out: &[Hit]) -> bool {
    out.last()
        .is_some_and(|h| h.next == i && spaced(text, &toks[i - 1], &toks[i], 3))
        || (i > 0 && (is(text, &toks[i - 1], "a") || is(text, &toks[i - 1], "one")))
}

/// "No. 5" and "#5" are labels, not quantities.
pub(super) fn first_is_no_label(text: &Src, toks: &[Tok], i: usize) -> bool {
    if i >= 2
        && toks[i - 1].is_sym('.')
        && text[toks[i - 2].start..toks[i - 2].end].eq_ignore_ascii_case("no")
    {
        return true;
    }
    i >= 1 && toks[i - 1].is_sym('#') && toks[i - 1].end == toks[i].start
}

/// "about 50", "nearly 1,000", "an estimated 3,000", "~40".
pub(super) fn hedged(text: &Src, toks: &[Tok], first: usize) -> bool {
    let Some(p) = first.checked_sub(1).map(|p| &toks[p]) else {
        return false;
    };
    if p.is_sym('~') {
        return true;
    }
    let w = lower(text, p);
    let digits = toks[first].is_num();
    matches!(
        w,
        "about"
            | "around"
            | "approximately"
            | "roughly"
            | "nearly"
            | "almost"
            | "circa"
            | "estimated"
    ) || (w == "some" && digits)
}
