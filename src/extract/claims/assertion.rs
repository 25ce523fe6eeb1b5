//! Whether a sentence asserts something checkable: it has a finite verb (a heading or a list
//! entry has none) and is not a question, a command or a pure evaluation ("It’s brilliant.",
//! "The logic here is thinner than a crepe.", "X is just Y").

use std::sync::LazyLock;

use super::{Doc, verbs};
use crate::extract::score::{EVALUATIVE, INTENSIFIERS};
use crate::extract::word_table::WordSet;

/// Verbs that open a command ("Leave a comment", "Wash your hands").
#[rustfmt::skip]
const IMPERATIVES: &[&str] = &[
    "avoid", "be", "call", "celebrate", "check", "choose", "clean", "click", "consider",
    "contact", "continue", "cover", "do", "don't", "don’t", "download", "email", "enjoy", "find",
    "follow", "get", "give", "go", "imagine", "join", "keep", "learn", "leave", "let", "let's",
    "let’s", "listen", "look", "make", "never", "note", "pay", "please", "practise", "practice",
    "read", "register", "remember", "see", "seek", "send", "share", "sign", "stay", "stop",
    "subscribe", "support", "take", "tell", "think", "try", "understand", "use", "visit", "vote",
    "wash", "watch", "wear", "wipe",
];
/// Words that may open a command before its verb ("So go ahead, ...", "But understand").
const OPENERS: &[&str] = &[
    "and", "but", "so", "now", "then", "just", "simply", "please",
];
/// Copulas a predicate adjective follows.
#[rustfmt::skip]
const COPULAS: &[&str] = &[
    "are", "be", "been", "feels", "is", "looks", "remains", "seems", "sounds", "was", "were",
];
/// Names for people or things that only judge them ("X is for suckers", "He is a coward").
#[rustfmt::skip]
const PEJORATIVE: &[&str] = &[
    "chumps", "clown", "clowns", "coward", "cowards", "disgrace", "farce", "fool", "fools",
    "hypocrite", "hypocrites", "idiot", "idiots", "joke", "liar", "liars", "loser", "losers",
    "moron", "morons", "sham", "sucker", "suckers", "travesty", "wimps",
];
/// "X is just Y": a copula with these reduces its subject to a judgement.
const REDUCING: &[&str] = &["just", "merely", "simply"];
/// Words after which "just" is about time, place or amount, not a judgement ("just after
/// midnight", "just above", "just weeks").
#[rustfmt::skip]
const NOT_REDUCED: &[&str] = &[
    "about", "above", "after", "ahead", "around", "as", "before", "behind", "below", "beyond",
    "days", "decades", "dozens", "eight", "five", "four", "hours", "hundreds", "minutes", "months",
    "nine", "one", "over", "seconds", "seven", "short", "six", "ten", "thousands", "three",
    "two", "under", "weeks", "years",
];
/// Amounts and spans of time after "a": "more than a year", "just a week".
#[rustfmt::skip]
const AMOUNTS: &[&str] = &[
    "billion", "day", "decade", "dozen", "few", "fifth", "half", "hour", "hundred", "million",
    "minute", "month", "quarter", "third", "thousand", "week", "year",
];

struct Sets {
    imperatives: WordSet,
    openers: WordSet,
    copulas: WordSet,
    evaluative: WordSet,
    intensifiers: WordSet,
    reducing: WordSet,
    pejorative: WordSet,
    not_reduced: WordSet,
    amounts: WordSet,
}

static SETS: LazyLock<Sets> = LazyLock::new(|| Sets {
    imperatives: WordSet::of(IMPERATIVES),
    openers: WordSet::of(OPENERS),
    copulas: WordSet::of(COPULAS),
    evaluative: WordSet::of(EVALUATIVE),
    intensifiers: WordSet::of(INTENSIFIERS),
    reducing: WordSet::of(REDUCING),
    pejorative: WordSet::of(PEJORATIVE),
    not_reduced: WordSet::of(NOT_REDUCED),
    amounts: WordSet::of(AMOUNTS),
});

/// Whether sentence `s` makes an assertion a fact-checker could check.
pub fn asserts(doc: &Doc<'_>, s: usize) -> bool {
    let n = doc.words[s].len();
    n > 0
        && !is_question(doc.sentence_text(s))
        && !is_command(doc, s)
        && verbs::first_finite(doc, s, 0, n).is_some()
        && !is_evaluation(doc, s)
        && !is_subordinate(doc, s)
}

/// Subordinators that open a clause which needs a main clause after it.
#[rustfmt::skip]
const SUBORDINATORS: &[&str] = &[
    "although", "as", "because", "if", "since", "though", "unless", "until", "when", "whereas",
    "while",
];

/// A subordinate clause standing alone ("As Britain takes up the presidency"): no break after
/// which a main clause could follow.
fn is_subordinate(doc: &Doc<'_>, s: usize) -> bool {
    let (text, ws) = (doc.text, &doc.words[s]);
    let Some(first) = ws.first() else {
        return false;
    };
    let span = doc.sentences[s];
    first.is_any(text, SUBORDINATORS)
        && !text[first.end..span.end]
            .trim_end_matches(['.', '!', '"', '”'])
            .contains([',', ';', ':', '—', '-'])
}

/// A sentence that ends with a question mark (before closing quotes or brackets).
pub fn is_question(sentence: &str) -> bool {
    sentence
        .trim_end_matches(|c: char| c.is_whitespace() || "\"'”’)]".contains(c))
        .ends_with('?')
}

/// A sentence that opens with a command verb, after "So", "And", "Please"..., or after an
/// opening "If/When ..." clause ("If you have finished it, don't worry").
fn is_command(doc: &Doc<'_>, s: usize) -> bool {
    let (text, ws) = (doc.text, &doc.words[s]);
    let opening = ws
        .first()
        .is_some_and(|w| w.is_any(text, &["if", "when", "once", "before"]));
    // The gaps are searched for the clause's comma only after such an opening word.
    let after_clause = opening
        .then(|| (1..ws.len()).find(|&k| text[ws[k - 1].end..ws[k].start].contains(',')))
        .flatten();
    command_at(doc, s, 0) || after_clause.is_some_and(|k| command_at(doc, s, k))
}

/// Whether the clause at word `at` of sentence `s` opens with a command verb.
fn command_at(doc: &Doc<'_>, s: usize, at: usize) -> bool {
    let (text, ws) = (doc.text, &doc.words[s]);
    let sets = &*SETS;
    let first = at
        + ws[at..]
            .iter()
            .take(3)
            .position(|w| !sets.openers.contains(w.str(text)))
            .unwrap_or(0);
    let Some(verb) = ws.get(first) else {
        return false;
    };
    let word = verb.str(text);
    if word.eq_ignore_ascii_case("please") || word.eq_ignore_ascii_case("let’s") {
        return true;
    }
    // "Use of masks is ...", "Support for the plan fell": a noun with its own verb after it.
    let noun_use = |i: usize| {
        ws.get(i)
            .is_some_and(|w| w.is_any(text, &["of", "for", "in", "to"]))
    };
    sets.imperatives.contains(word)
        && !noun_use(first + 1)
        && !(first + 1 < ws.len() && verbs::is_auxiliary(doc, s, first + 1))
}

/// A predication that only judges: a copula before an evaluative word that ends its clause
/// ("It’s brilliant."), a reduction ("X is just Y"), or a simile ("thinner than a crepe").
fn is_evaluation(doc: &Doc<'_>, s: usize) -> bool {
    let (text, ws) = (doc.text, &doc.words[s]);
    let sets = &*SETS;
    (0..ws.len()).any(|c| {
        let word = ws[c].str(text);
        let copula =
            sets.copulas.contains(word) || has_apostrophe(word) && verbs::is_auxiliary(doc, s, c);
        copula && judges_after(doc, s, c + 1)
    })
}

/// Whether `word` holds `'` or `’`: a byte test first (`’` ends in 0x99), as most words
/// hold neither.
fn has_apostrophe(word: &str) -> bool {
    word.bytes()
        .any(|b| b == b'\'' || b == 0x99 && word.contains('’'))
}

/// Whether the predicate from word `i` (after a copula) only judges.
fn judges_after(doc: &Doc<'_>, s: usize, mut i: usize) -> bool {
    let (text, ws) = (doc.text, &doc.words[s]);
    let sets = &*SETS;
    while i < ws.len() && (sets.intensifiers.contains(ws[i].str(text)) || ws[i].is(text, "not")) {
        if sets.reducing.contains(ws[i].str(text)) && reduces(doc, s, i + 1) {
            return true;
        }
        i += 1;
    }
    let ends_clause = |k: usize| {
        k + 1 >= ws.len()
            || text[ws[k].end..ws[k + 1].start].contains([',', ';', '.', '—', ':'])
            || ws[k + 1].is_any(text, &["and", "but"])
    };
    // "is for suckers", "is a disgrace", "is a dangerous gamble".
    let opener = |k: usize| {
        ws.get(k)
            .is_some_and(|w| w.is_any(text, &["a", "an", "for", "utter", "complete", "total"]))
    };
    let p = (i..i + 3).find(|&k| !opener(k)).unwrap_or(i + 3);
    let judging = |k: usize| {
        ws.get(k).is_some_and(|w| {
            sets.evaluative.contains(w.str(text)) || sets.pejorative.contains(w.str(text))
        })
    };
    let judged = |k: usize| judging(k) && ends_clause(k);
    // An evaluative word inside the predicate noun phrase: "a dangerous gamble".
    let attributive = p > i && ws[i].is_any(text, &["a", "an"]) && judging(p) && p + 1 < ws.len();
    judged(i) || judged(p) || attributive || simile(doc, s, i)
}

/// "X is just Y": whether the words from `i` are a judgement, not a time or an amount.
fn reduces(doc: &Doc<'_>, s: usize, i: usize) -> bool {
    let (text, ws) = (doc.text, &doc.words[s]);
    let Some(w) = ws.get(i) else {
        return false;
    };
    let word = w.str(text);
    let amount_follows = w.is_any(text, &["a", "an"])
        && ws
            .get(i + 1)
            .is_some_and(|n| SETS.amounts.contains(n.str(text)));
    !SETS.not_reduced.contains(word)
        && !amount_follows
        && !word.starts_with(|c: char| c.is_ascii_digit())
        && !word.ends_with("ed")
        && !verbs::is_finite(doc, s, i)
        && doc
            .quantities_in(s)
            .iter()
            .all(|q| q.start < w.start || q.start > w.end)
}

/// A comparative then "than a/an" and a thing, or "as ADJ as a/an": a figure of speech.
fn simile(doc: &Doc<'_>, s: usize, i: usize) -> bool {
    let (text, ws) = (doc.text, &doc.words[s]);
    let at = |k: usize, w: &str| ws.get(k).is_some_and(|x| x.is(text, w));
    let article = |k: usize| at(k, "a") || at(k, "an");
    let thing = |k: usize| {
        ws.get(k)
            .is_some_and(|w| !SETS.amounts.contains(w.str(text)) && w.str(text).is_ascii())
    };
    let comparative = ws.get(i).is_some_and(|w| {
        let word = w.str(text);
        word.len() > 4 && word.ends_with("er") || word.eq_ignore_ascii_case("more")
    });
    let than = if at(i, "more") { i + 2 } else { i + 1 };
    comparative && at(than, "than") && article(than + 1) && thing(than + 2)
        || at(i, "as") && at(i + 2, "as") && article(i + 3) && thing(i + 4)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tells_assertions_from_the_rest() {
        #[rustfmt::skip]
        let cases: &[(&str, bool)] = &[
            ("The bridge was closed after the flood.", true),
            ("Cold weather kills the virus", true),
            ("Exports fell by a third.", true),
            ("The drug worked no better than a placebo.", true),
            ("The firm is just weeks from collapse.", true),
            ("The delay was just a week.", true),
            ("Prices were just above last year’s level.", true),
            ("He was just released from prison.", true),
            ("Is the water safe to drink?", false),
            ("Can masks stop the spread?”", false),
            ("Wash your hands often.", false),
            ("So go ahead, book the tickets.", false),
            ("Please share this article.", false),
            ("Use of masks is now required.", true),
            ("Leave a Comment", false),
            ("It’s wonderful.", false),
            ("The speech was truly awful, and the crowd left.", false),
            ("The plan is dangerous for children.", true),
            ("His argument is weaker than a wet paper bag.", false),
            ("The tax is just a way to punish savers.", false),
            ("Loyalty is for losers.", false),
            ("The trial was a farce, and the verdict came quickly.", false),
            ("The senator is a member of the committee.", true),
            ("This is a terrible way to run a country.", false),
            ("Belarus is a close ally of Russia.", true),
            ("The Great Exchange: A Masterclass in Cynicism", false),
            ("Quick Take", false),
            ("As Britain takes up the presidency of the group", false),
            ("Because the talks failed, the strike went ahead.", true),
            ("If you have finished the game, don't worry.", false),
            ("If the talks fail, the strike will go ahead.", true),
        ];
        for &(text, want) in cases {
            let doc = Doc::new(text);
            assert_eq!(asserts(&doc, 0), want, "{text:?}");
        }
    }
}
