//! Statements: a sentence that asserts something checkable, where no specific rule applied,
//! yields one claim of its asserted words (the sentence without its attribution frame), with
//! the subject (the noun phrase before the main verb) and the Full Fact type.
//! Which sentences qualify: [`qualifies`].

use std::sync::LazyLock;

use super::{Claim, ClaimKind, Doc, assertion, beside, frame, typology, verbs};
use crate::extract::score::{OPINION_SUGGEST, STATEMENT_MIN_CHECK};
use crate::extract::word_table::WordSet;
use crate::extract::words::Word;

/// Connectives that open a sentence but are not part of what it asserts.
#[rustfmt::skip]
const CONNECTIVES: &[&str] = &[
    "and", "but", "furthermore", "however", "meanwhile", "moreover", "or", "yet",
];
/// Adverbs between a subject and its verb ("The US just paid").
#[rustfmt::skip]
const ADVERBS: &[&str] = &[
    "actually", "allegedly", "already", "also", "always", "apparently", "clearly", "even",
    "far", "finally", "just", "much", "never", "not", "now", "often", "only", "probably", "really",
    "recently", "reportedly", "simply", "still", "then", "undoubtedly", "usually",
];
/// Words that end a subject's head ("The man who ...", "The decision to ...").
#[rustfmt::skip]
const HEAD_ENDS: &[&str] = &[
    "about", "at", "by", "for", "from", "in", "of", "on", "that", "to", "which", "who", "whom",
    "whose", "with",
];
/// Pronouns that name nobody in particular.
#[rustfmt::skip]
const VAGUE: &[&str] = &[
    "all", "anyone", "everyone", "here", "i", "it", "many", "most", "nothing", "one", "others",
    "some", "someone", "something", "that", "there", "these", "they", "this", "those", "we",
    "what", "which", "who", "you",
];
/// Time words that end a subject's noun phrase ("The government last year tightened").
const TIME_AFTER: &[&str] = &[
    "last",
    "next",
    "this",
    "today",
    "yesterday",
    "earlier",
    "on",
];
/// Personal pronouns: a subject of one word.
#[rustfmt::skip]
const PRONOUNS: &[&str] = &["he", "i", "it", "she", "they", "we", "you"];
/// The most words a subject keeps.
const MAX_SUBJECT: usize = 6;

struct Sets {
    connectives: WordSet,
    adverbs: WordSet,
    head_ends: WordSet,
    vague: WordSet,
    pronouns: WordSet,
}

static SETS: LazyLock<Sets> = LazyLock::new(|| Sets {
    connectives: WordSet::of(CONNECTIVES),
    adverbs: WordSet::of(ADVERBS),
    head_ends: WordSet::of(HEAD_ENDS),
    vague: WordSet::of(VAGUE),
    pronouns: WordSet::of(PRONOUNS),
});

/// Whether sentence `s` is a statement: check-worthy enough (`STATEMENT_MIN_CHECK`), not an
/// opinion review would suggest (`OPINION_SUGGEST`), and an assertion (a clause, not a
/// question, a command or a pure evaluation).
pub fn qualifies(doc: &Doc<'_>, s: usize) -> bool {
    let scores = doc.scores[s];
    scores.checkworthiness >= STATEMENT_MIN_CHECK
        && scores.opinion < OPINION_SUGGEST
        && assertion::asserts(doc, s)
}

/// Pushes the statement of sentence `s` if it qualifies (call when no other rule found a
/// claim in it); `marks` are its furniture marks.
pub fn find(doc: &Doc<'_>, s: usize, marks: &[(usize, usize)], out: &mut Vec<Claim>) {
    if qualifies(doc, s) {
        // Beside reported words or quotes, only what the sentence asserts of its own.
        let beside = !out.is_empty();
        out.extend(statement(doc, s, marks, beside));
    }
}

/// The statement claim of sentence `s`, whatever its scores; `beside` other claims, without
/// the reported words at either end.
fn statement(doc: &Doc<'_>, s: usize, marks: &[(usize, usize)], beside: bool) -> Option<Claim> {
    let (from, to) = asserted(doc, s, marks, beside)?;
    let ws = &doc.words[s];
    let mut claim = Claim::new(ClaimKind::Statement, s, ws[from].start, ws[to - 1].end);
    claim.subject = subject(doc, s, from, to);
    claim.claim_type = Some(typology::classify(doc, s, from, to));
    Some(claim)
}

/// The asserted words `from..to`: the frame stripped, then an opening connective and any
/// furniture marks at either end.
fn asserted(
    doc: &Doc<'_>,
    s: usize,
    marks: &[(usize, usize)],
    beside: bool,
) -> Option<(usize, usize)> {
    let ws = &doc.words[s];
    let (mut from, mut to) = frame::asserted_words(doc, s);
    // What is left of a frame must still assert something.
    if verbs::first_finite(doc, s, from, to).is_none() {
        (from, to) = (0, ws.len());
    }
    if beside {
        // What the sentence reports at either end is its source's claim, not the article's.
        (from, to) = beside::own_words(doc, s, from, to)?;
        verbs::first_finite(doc, s, from, to)?;
    }
    let marked = |i: usize| {
        marks
            .iter()
            .any(|&(a, b)| ws[i].start >= a && ws[i].end <= b)
    };
    while from < to
        && (marked(from) || from + 1 < to && SETS.connectives.contains(ws[from].str(doc.text)))
    {
        from += 1;
    }
    while to > from && marked(to - 1) {
        to -= 1;
    }
    (from < to).then_some((from, to))
}

/// The subject of the assertion in words `from..to`: the noun phrase before its first
/// finite verb, kept to its head, a pronoun resolved to the person it names.
pub(super) fn subject(doc: &Doc<'_>, s: usize, from: usize, to: usize) -> Option<String> {
    let (text, ws) = (doc.text, &doc.words[s]);
    let v = verbs::first_finite(doc, s, from, to)?;
    let (start, end) = phrase_before(doc, s, from, v)?;
    if start == end {
        // "He’s running ...": the subject is inside the contracted verb.
        let word = ws[v].str(text);
        let head = word.split(['’', '\'']).next().unwrap_or(word);
        return (head != word && !SETS.vague.contains(head))
            .then(|| person(doc, s, v).unwrap_or_else(|| head.to_string()));
    }
    let (start, end) = head_of(doc, s, start, end)?;
    if end - start == 1 {
        if let Some(name) = person(doc, s, start) {
            return Some(name);
        }
        if SETS.vague.contains(ws[start].base(text)) {
            return None;
        }
    }
    Some(doc.span_text(s, start, end).to_string())
}

/// The words between the opening adverbial (if any) and the verb at `v`, before an
/// appositive: "In fact, [they] made", "[Belarus], a close ally of Russia, allowed".
fn phrase_before(doc: &Doc<'_>, s: usize, from: usize, v: usize) -> Option<(usize, usize)> {
    let (text, ws) = (doc.text, &doc.words[s]);
    let is_break = |&k: &usize| text[ws[k - 1].end..ws[k].start].contains([',', ':', ';', '—']);
    let breaks = [
        (from + 1..v).find(is_break),
        (from + 1..v).rev().find(is_break),
    ];
    // "In fact,", "Ultimately,", "Showing his strength,": not the subject.
    let opens_adverbial = |to: usize| {
        let first = ws[from].str(text);
        frame::is_opener(first)
            || first.ends_with("ing")
            || first.ends_with("ly")
            || ws[to - 1].str(text).ends_with("ly")
    };
    // "Belarus, a close ally of Russia, allowed", "Wine makers, however, claimed": an
    // appositive or an aside follows the subject.
    let aside = |k: usize| {
        let w = &ws[k];
        w.is_any(
            text,
            &["a", "an", "the", "who", "which", "whose", "however"],
        ) || w.str(text).ends_with("ly")
    };
    match breaks {
        [Some(first), Some(last)] if opens_adverbial(first) || !aside(first) => Some((last, v)),
        [Some(first), _] => Some((from, first)),
        // "Because the talks failed ...": the subject is in a clause of its own.
        _ if frame::is_opener(ws[from].str(text)) => None,
        _ => Some((from, v)),
    }
}

/// The head of the noun phrase `start..end`: without adverbs before the verb, a relative
/// clause, a time or a long complement, an article or a leading adverb, or a bracket; a
/// pronoun alone. `None` when the words open no noun phrase or run too long.
fn head_of(doc: &Doc<'_>, s: usize, start: usize, end: usize) -> Option<(usize, usize)> {
    let (text, ws) = (doc.text, &doc.words[s]);
    let sets = &*SETS;
    // ", known as OS/2,", ", appearing in", ", in which": after a comma, a participle or a
    // preposition opens a modifier, not the subject.
    let first = ws[start].str(text);
    let after_comma = start > 0 && text[ws[start - 1].end..ws[start].start].contains(',');
    let participle =
        first.ends_with("ed") || first.ends_with("ing") || first.eq_ignore_ascii_case("known");
    if after_comma && participle || sets.head_ends.contains(first) {
        return None;
    }
    let (start, mut end) = trim_noun_phrase(doc, s, start, end);
    // "Council of Mortgage Lenders (CML)": the name without the bracket.
    if let Some(open) = (start + 1..end).find(|&k| text[ws[k - 1].end..ws[k].start].contains('(')) {
        end = open;
    }
    // "They reason that ...": a pronoun takes no modifier, so the word after it is a verb.
    if sets.pronouns.contains(ws[start].str(text)) {
        end = start + 1;
    }
    (end > start && end - start <= MAX_SUBJECT).then_some((start, end))
}

/// `start..end` without adverbs at either end, an article, and what follows the head noun
/// (a relative clause, "to ...", a time such as "last year", a long "of" phrase).
fn trim_noun_phrase(doc: &Doc<'_>, s: usize, mut start: usize, mut end: usize) -> (usize, usize) {
    let (text, ws) = (doc.text, &doc.words[s]);
    let sets = &*SETS;
    let adverb = |w: &Word| sets.adverbs.contains(w.str(text)) || w.str(text).ends_with("ly");
    // "the government last year": a time after the noun is not part of it.
    let time = |k: usize| k > start + 1 && ws[k].is_any(text, TIME_AFTER);
    let cut = (start + 1..end).find(|&k| sets.head_ends.contains(ws[k].str(text)) || time(k));
    if let Some(cut) = cut
        && (end - start > MAX_SUBJECT || !ws[cut].is(text, "of"))
    {
        end = cut;
    }
    while end > start + 1 && adverb(&ws[end - 1]) {
        end -= 1;
    }
    // "Widely circulated articles", "the plan": no adverb or article before the noun.
    while end > start + 1 && (ws[start].is_any(text, &["the", "a", "an"]) || adverb(&ws[start])) {
        start += 1;
    }
    (start, end)
}

/// The person a pronoun or name at word `i` refers to, when the words there are one.
fn person(doc: &Doc<'_>, s: usize, i: usize) -> Option<String> {
    doc.person_at(s, i).map(|(_, name)| name)
}

#[cfg(test)]
#[path = "statement_tests.rs"]
mod tests;
