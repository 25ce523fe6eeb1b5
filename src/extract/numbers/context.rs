//! Words around a number that change what it is: "the one" is a pronoun, "30 second" a
//! time unit, "No. 5" a label, "point 77" a decimal but "the point 5" a label, and
//! "about 50" a hedged (approximate) figure.

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

/// "about 50", "nearly 1,000", "an estimated 3,000", "~40", "some £300m" (`first` is the
/// number's first token, or the currency before it).
pub(crate) fn hedged(text: &Src, toks: &[Tok], first: usize) -> bool {
    let Some(p) = first.checked_sub(1).map(|p| &toks[p]) else {
        return false;
    };
    if p.is_sym('~') {
        return true;
    }
    let w = lower(text, p);
    let figure = || {
        toks[first].is_num() || matches!(toks[first].kind, Kind::Sym('$' | '£' | '€' | '¥' | '₹'))
    };
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
    ) || (w == "some" && figure())
}

/// Words before "point" that make it a noun ("this point 5", "match point 2").
const POINT_NOUN: &[&str] = &[
    "the", "a", "an", "this", "that", "each", "every", "any", "no", "one", "which", "what", "its",
    "his", "her", "their", "our", "my", "your", "match", "set", "game", "break", "talking",
    "starting", "turning", "boiling", "focal", "vantage", "check", "access",
];

/// "point 77" with no whole number before it is a decimal when "point" is lower-case, digits
/// follow, and no determiner or noun before it makes "point" a noun ("at this point 2").
pub(super) fn bare_point(text: &Src, toks: &[Tok], i: usize) -> bool {
    let lower_case = text.as_bytes()[toks[i].start] == b'p';
    let digits = toks
        .get(i + 1)
        .is_some_and(|n| n.is_num() && spaced(text, &toks[i], n, 2));
    let prev = i
        .checked_sub(1)
        .map(|p| lower(text, &toks[p]))
        .unwrap_or("");
    lower_case && digits && !POINT_NOUN.contains(&prev)
}

/// Function words: after "a third" or "a single" they show the number stands as a noun
/// phrase of its own ("a third of", "cut by a third this year", "a third said").
#[rustfmt::skip]
const FUNCTION: &[&str] = &[
    "of", "in", "on", "at", "by", "for", "from", "to", "into", "since", "between", "over",
    "under", "with", "without", "within", "than", "as", "and", "or", "but", "nor", "this",
    "that", "these", "those", "the", "a", "an", "last", "next", "more", "less", "fewer",
    "higher", "lower", "are", "were", "was", "is", "be", "been", "have", "has", "had", "will",
    "would", "could", "should", "may", "might", "must", "can", "do", "does", "did", "said",
    "say", "says", "think", "thought", "believe", "believed", "want", "wanted", "according",
    "compared", "who", "which", "per", "percent", "now", "still", "already", "also", "only",
    "each", "every", "again", "so", "if", "when", "while", "because", "though", "although",
    // verbs that follow a fraction standing as a subject ("a fifth rely on", "a third saying")
    "saying", "rely", "use", "used", "live", "lived", "own", "owned", "agree", "agreed",
    "expect", "expected", "feel", "felt", "prefer", "preferred", "plan", "voted", "work",
    "worked", "earn", "earned", "get", "got", "go", "went", "see", "saw",
];

/// Nouns after "single" that make it a kind, not a count: "a single mother" is unmarried,
/// "a single market" one shared market, "a single digit" a figure below ten.
#[rustfmt::skip]
const SINGLE_KINDS: &[&str] = &[
    "mother", "mothers", "father", "parent", "mum", "dad", "man", "woman", "person", "market",
    "currency", "digit", "figure", "file", "bed", "room", "ticket", "malt", "cream", "sex",
];

/// "a single vote": "single" before a noun that it counts.
pub(super) fn single_counts(text: &Src, toks: &[Tok], k: usize) -> bool {
    content_word(text, toks, k) && !SINGLE_KINDS.contains(&lower(text, &toks[k]))
}

/// Token `k` is a content word (no function word) spaced after the token before it:
/// "a third term", "a single vote".
pub(super) fn content_word(text: &Src, toks: &[Tok], k: usize) -> bool {
    toks.get(k).is_some_and(|t| {
        t.is_word() && spaced(text, &toks[k - 1], t, 3) && !FUNCTION.contains(&lower(text, t))
    })
}
