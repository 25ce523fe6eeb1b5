//! What a frame reports: the clause after the verb ("said (that) Y", "told reporters Y"), the
//! clause or quote before a parenthetical ("Y, she said"), or a direct quote next to the verb.

use std::sync::LazyLock;

use super::cues::Frame;
use super::quotes::Quote;
use super::source::{DETERMINER_SET, broken};
use crate::extract::claims::Doc;
use crate::extract::words::WordSet;

/// A reported content `start..end`; `quote` when it is a direct quote (marks included).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Span {
    pub start: usize,
    pub end: usize,
    pub quote: bool,
}

impl Span {
    pub fn new(start: usize, end: usize, quote: bool) -> Span {
        Span { start, end, quote }
    }
}

/// The fewest words a reported clause needs.
const MIN_WORDS: usize = 2;
/// How far after the verb "that" may stand ("said in a statement on Monday that").
const THAT_REACH: usize = 9;

#[rustfmt::skip]
/// Words that open a prepositional or time phrase between a verb and its clause.
const PHRASE_OPENERS: &[&str] = &[
    "in", "on", "at", "during", "after", "before", "via", "through", "to", "from", "with",
    "last", "this", "yesterday", "today", "tonight", "earlier", "later", "recently", "monday",
    "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "repeatedly", "again",
    "publicly", "privately", "afterwards", "then", "once", "previously", "also", "often",
    "over", "when", "while", "as", "under", "for", "about", "of",
];
static PHRASE_SET: LazyLock<WordSet> = LazyLock::new(|| WordSet::new(PHRASE_OPENERS));

#[rustfmt::skip]
/// Words that can open a reported clause without "that".
const STARTERS: &[&str] = &[
    "he", "she", "it", "they", "we", "i", "you", "there", "this", "that", "these", "those",
    "his", "her", "its", "their", "our", "my", "your", "no", "none", "nobody", "everyone",
    "nothing", "only", "if",
];
static STARTER_SET: LazyLock<WordSet> = LazyLock::new(|| WordSet::new(STARTERS));

/// Object pronouns after "told" and its kind.
const OBJECTS: &[&str] = &["me", "him", "her", "us", "them", "you", "it"];

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
fn quote_before(doc: &Doc<'_>, at: usize, quotes: &[Quote]) -> Option<Span> {
    let k = quotes.partition_point(|q| q.end <= at);
    let q = quotes.get(k.checked_sub(1)?)?;
    let gap = doc.text.get(q.end..at)?;
    let only_marks = gap
        .chars()
        .all(|c| c.is_whitespace() || matches!(c, ',' | '—' | '–' | '-'));
    (only_marks && gap.len() <= 6).then(|| Span::new(q.start, q.end, true))
}

/// What the verb at word `v` reports after it.
pub fn after(doc: &Doc<'_>, s: usize, v: usize, frame: Frame, quotes: &[Quote]) -> Option<Span> {
    let (text, ws) = (doc.text, &doc.words[s]);
    if let Some(q) = quote_at(doc, ws[v].end, quotes) {
        return Some(q);
    }
    let mut i = v + 1;
    if i < ws.len() && ws[i].is(text, "out") {
        i += 1;
    }
    if frame == Frame::Object && i < ws.len() && !ws[i].is(text, "that") {
        i = skip_object(doc, s, i);
        if let Some(q) = ws.get(i - 1).and_then(|w| quote_at(doc, w.end, quotes)) {
            return Some(q);
        }
    }
    if let Some(t) = that_within(doc, s, i) {
        return rest(doc, s, t + 1);
    }
    if frame == Frame::Quote || i >= ws.len() || PHRASE_SET.contains(ws[i].str(text)) {
        // "said during a session at the centre, “...”", "called the emails “...”".
        if let Some(q) = quote_within(doc, s, i, quotes) {
            return Some(q);
        }
    }
    if !matches!(frame, Frame::Clause | Frame::Object) && !follows_as(doc, s, v) {
        return None;
    }
    while i < ws.len()
        && (ws[i].is_any(text, &["yesterday", "today", "tonight"]) || is_day(doc, s, i))
    {
        i += 1;
    }
    if i < ws.len() && ws[i].is(text, "on") && is_day(doc, s, i + 1) {
        i += 2;
    }
    if i >= ws.len() || PHRASE_SET.contains(ws[i].str(text)) || !has_finite_verb(doc, s, i) {
        return None;
    }
    rest(doc, s, i)
}

#[rustfmt::skip]
/// Auxiliaries and common irregular past tenses: a clause without "that" needs a finite verb
/// ("said talks had failed", "claimed the lives of 20" has none).
const FINITE: &[&str] = &[
    "is", "are", "was", "were", "will", "would", "could", "can", "should", "may", "might",
    "must", "has", "have", "had", "did", "does", "do", "isn't", "wasn't", "won't", "can't",
    "don't", "didn't", "doesn't", "hasn't", "haven't", "wouldn't", "couldn't", "shouldn't",
    "isn’t", "wasn’t", "won’t", "can’t", "don’t", "didn’t", "doesn’t", "hasn’t", "haven’t",
    "wouldn’t", "couldn’t", "shouldn’t", "rose", "fell", "grew", "won", "lost", "went",
    "came", "made", "took", "gave", "left", "knew", "saw", "got", "began", "ran", "paid",
    "held", "kept", "led", "met", "sent", "spent", "became", "broke", "brought", "bought",
    "built", "caught", "chose", "drove", "fought", "found", "hit", "hurt", "put", "set",
    "spread", "stood", "struck", "threw", "wrote", "cut", "sold", "needs", "wants", "remains",
];
static FINITE_SET: LazyLock<WordSet> = LazyLock::new(|| WordSet::new(FINITE));
/// How far into a clause its finite verb may stand.
const FINITE_REACH: usize = 12;

/// Whether the words from `i` on hold a finite verb near their start: an auxiliary, a common
/// irregular past, a word in "-ed" after the first, a pronoun's verb ("they want"), a verb
/// after an adverb ("unfairly targets", "never shut") or after "the" and a noun ("the law
/// targets"). The search runs over commas ("says, win or lose in Florida, he’s staying").
pub fn has_finite_verb(doc: &Doc<'_>, s: usize, i: usize) -> bool {
    let (text, ws) = (doc.text, &doc.words[s]);
    (i..ws.len().min(i + FINITE_REACH))
        .take_while(|&k| {
            k == i || !text[ws[k - 1].end..ws[k].start].contains([';', '(', ')', '—', '–'])
        })
        .any(|k| {
            let w = ws[k].str(text);
            let prev = k
                .checked_sub(1)
                .filter(|&p| p >= i)
                .map(|p| ws[p].str(text));
            let after_pronoun =
                k == i + 1 && ws[i].is_any(text, SUBJECT_PRONOUNS) && !PHRASE_SET.contains(w);
            let after_adverb = prev.is_some_and(|p| {
                p.len() > 4 && p.ends_with("ly")
                    || ADVERBS.iter().any(|a| p.eq_ignore_ascii_case(a))
            });
            let after_noun =
                k == i + 2 && ws[i].is(text, "the") && !ws[i + 1].str(text).ends_with('s');
            let verb_s =
                w.len() > 3 && w.ends_with('s') && !w.ends_with("ss") && !w.ends_with("us");
            FINITE_SET.contains(w)
                || (k > i && w.len() > 4 && w.ends_with("ed"))
                || (k == i + 1 && super::cues::is_cue(w))
                || contracted(w)
                || after_pronoun
                || (after_adverb && (verb_s || w.ends_with("ed") || FINITE_SET.contains(w)))
                || (after_adverb
                    && prev.is_some_and(|p| ADVERBS.iter().any(|a| p.eq_ignore_ascii_case(a))))
                || (after_noun && verb_s)
        })
}

/// Adverbs that stand right before a finite verb ("never shut", "still wants").
const ADVERBS: &[&str] = &[
    "never",
    "always",
    "also",
    "still",
    "just",
    "already",
    "often",
    "only",
    "now",
    "repeatedly",
    "recently",
];

/// How many words after the verb a direct quote may open.
const QUOTE_REACH: usize = 14;

/// The first quote that opens within [`QUOTE_REACH`] words from word `i`, before "that" or a
/// semicolon.
fn quote_within(doc: &Doc<'_>, s: usize, i: usize, quotes: &[Quote]) -> Option<Span> {
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

/// "As X noted, Y": the clause after the comma is what was noted.
fn follows_as(doc: &Doc<'_>, s: usize, v: usize) -> bool {
    let ws = &doc.words[s];
    v + 1 < ws.len()
        && broken(doc, s, v, v + 1)
        && (0..v).rev().take(8).any(|k| ws[k].is(doc.text, "as"))
}

fn is_day(doc: &Doc<'_>, s: usize, i: usize) -> bool {
    const DAYS: &[&str] = &[
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
    ];
    doc.words[s]
        .get(i)
        .is_some_and(|w| w.is_any(doc.text, DAYS))
}

/// "that" at word `i`, or after a prepositional or time phrase that starts there.
fn that_within(doc: &Doc<'_>, s: usize, i: usize) -> Option<usize> {
    let (text, ws) = (doc.text, &doc.words[s]);
    let w = ws.get(i)?;
    if w.is(text, "that") {
        return Some(i);
    }
    if !PHRASE_SET.contains(w.str(text)) {
        return None;
    }
    (i + 1..ws.len().min(i + THAT_REACH))
        .take_while(|&k| !doc.text[ws[k - 1].end..ws[k].start].contains([';', '“', '"']))
        .find(|&k| ws[k].is(text, "that"))
}

const SUBJECT_PRONOUNS: &[&str] = &["he", "she", "it", "they", "we", "i", "you"];

/// Whether the words from `i` on ask rather than assert ("Did the service take care of you?").
pub fn starts_with_question(doc: &Doc<'_>, s: usize, i: usize) -> bool {
    doc.sentence_text(s).ends_with('?')
        || doc.words[s]
            .get(i)
            .is_some_and(|w| FINITE_SET.contains(w.str(doc.text)))
}

/// A break between words `a` and `b` other than a quote mark: a clause may run on into a
/// partial quote ("the tone of the debate “was because ...").
fn clause_break(doc: &Doc<'_>, s: usize, a: usize, b: usize) -> bool {
    let ws = &doc.words[s];
    doc.text[ws[a].end..ws[b].start].contains([',', ';', ':', '(', ')', '—', '–'])
}

/// "he’ll", "they’re", "we’ve", "it’s": a pronoun with a contracted auxiliary.
fn contracted(w: &str) -> bool {
    let Some((base, tail)) = w.split_once(['’', '\'']) else {
        return false;
    };
    matches!(tail, "ll" | "re" | "ve" | "d" | "m")
        || (tail == "s" && STARTER_SET.contains(base) || base.eq_ignore_ascii_case("what"))
}

/// The hearer after "told": a pronoun, a name, or a short noun phrase.
fn skip_object(doc: &Doc<'_>, s: usize, i: usize) -> usize {
    let (text, ws) = (doc.text, &doc.words[s]);
    let cap = |k: usize| {
        ws.get(k)
            .is_some_and(|w| w.str(text).starts_with(char::is_uppercase))
    };
    let joined = |k: usize| k < ws.len() && !broken(doc, s, k - 1, k);
    if ws[i].is_any(text, OBJECTS) {
        return i + 1;
    }
    let mut k = i;
    if DETERMINER_SET.contains(ws[k].str(text)) {
        k += 1;
    }
    if cap(k) {
        while cap(k) && joined(k) {
            k += 1;
        }
        return k;
    }
    // One or two lower-case words: "reporters", "the crowd", "a news conference".
    let plain = |k: usize| joined(k) && !ws[k].is(text, "that") && !starts_clause(doc, s, k);
    if plain(k) {
        k += 1;
        if k > i + 1 && plain(k) && !ws[k - 1].str(text).ends_with('s') {
            k += 1;
        }
    }
    k.min(ws.len())
}

/// Whether word `i` can open a clause: a pronoun, determiner, number or capitalised word.
fn starts_clause(doc: &Doc<'_>, s: usize, i: usize) -> bool {
    let w = doc.words[s][i].str(doc.text);
    STARTER_SET.contains(w)
        || DETERMINER_SET.contains(w)
        || w.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit())
}

/// The sentence from word `i` to its end (before a participle frame ", adding that").
pub fn rest(doc: &Doc<'_>, s: usize, i: usize) -> Option<Span> {
    let ws = &doc.words[s];
    if i + MIN_WORDS > ws.len() {
        return None;
    }
    let last = (i + 1..ws.len())
        .find(|&k| {
            broken(doc, s, k - 1, k)
                && ws[k].str(doc.text).ends_with("ing")
                && super::cues::is_cue(ws[k].str(doc.text))
        })
        .map_or(ws.len() - 1, |k| k - 1);
    (last + 1 >= i + MIN_WORDS).then(|| Span::new(ws[i].start, ws[last].end, false))
}

/// `span` cut at its first clause break (comma, dash, semicolon).
pub fn to_break(doc: &Doc<'_>, s: usize, span: Span) -> Span {
    let ws = &doc.words[s];
    let first = doc.word_at(s, span.start);
    let cut = (first + 1..ws.len())
        .take_while(|&k| ws[k].end <= span.end)
        .find(|&k| clause_break(doc, s, k - 1, k));
    match cut {
        Some(k) if k >= first + MIN_WORDS => Span::new(span.start, ws[k - 1].end, false),
        _ => span,
    }
}

/// What stands before the frame that starts at word `at`: the quote that closes there, or
/// the clause from the sentence start.
pub fn before(doc: &Doc<'_>, s: usize, at: usize, quotes: &[Quote]) -> Option<Span> {
    let ws = &doc.words[s];
    let start = ws[at].start;
    if let Some(q) = quote_before(doc, start, quotes) {
        return Some(q);
    }
    let last = at.checked_sub(1)?;
    (at >= MIN_WORDS).then(|| Span::new(ws[0].start, ws[last].end, false))
}

/// Whether the clause ends after word `k` (a parenthetical "she said" ends it, or a time or
/// place phrase follows, or the hearer of "told").
pub fn clause_ends(doc: &Doc<'_>, s: usize, k: usize, frame: Frame) -> bool {
    let (text, ws) = (doc.text, &doc.words[s]);
    let next = k + 1;
    if next >= ws.len() || broken(doc, s, k, next) {
        return true;
    }
    if ws[next].is(text, "that") {
        return false;
    }
    let tail = ws.len() - next;
    let phrase = PHRASE_SET.contains(ws[next].str(text)) && tail <= 8;
    let hearer = frame == Frame::Object && tail <= 3;
    // "Bond said onstage Tuesday night.": a short tail with no verb of its own.
    let verbless = tail <= 6 && !has_finite_verb(doc, s, next) && !starts_clause(doc, s, next);
    (phrase || hearer || verbless) && !(next..ws.len()).any(|j| ws[j].is(text, "that"))
}

/// Whether the frame at word `v` stands inside its sentence with more after it.
pub fn mid_sentence(doc: &Doc<'_>, s: usize, v: usize) -> bool {
    let ws = &doc.words[s];
    v + MIN_WORDS < ws.len() && broken(doc, s, v, v + 1)
}

/// `end` moved back over closing punctuation and spaces.
pub fn trim_end(text: &str, end: usize) -> usize {
    text[..end]
        .trim_end_matches(|c: char| c.is_whitespace() || matches!(c, '.' | '!' | '?' | ';' | ':'))
        .len()
}
