//! What a frame reports: the clause after the verb ("said (that) Y", "told reporters Y"), the
//! clause or quote before a parenthetical ("Y, she said"), or a direct quote next to the verb.

use std::sync::LazyLock;

use super::adjacent::{colon_within, quote_at, quote_before, quote_within};
use super::clause::{clause_break, has_finite_verb, starts_clause};

use super::cues::Frame;
use super::function_words::DETERMINER_SET;
use super::quotes::Quote;
use super::source::broken;
use crate::extract::claims::Doc;
use crate::extract::word_table::WordSet;

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

#[rustfmt::skip]
/// Words that open a prepositional or time phrase between a verb and its clause.
const PHRASE_OPENERS: &[&str] = &[
    "in", "on", "at", "during", "after", "before", "via", "through", "to", "from", "with",
    "last", "this", "yesterday", "today", "tonight", "earlier", "later", "recently", "monday",
    "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "repeatedly", "again",
    "publicly", "privately", "afterwards", "then", "once", "previously", "also", "often",
    "over", "when", "while", "as", "under", "for", "about", "of",
];
pub static PHRASE_SET: LazyLock<WordSet> = LazyLock::new(|| WordSet::of(PHRASE_OPENERS));

/// Object pronouns after "told" and its kind.
const OBJECTS: &[&str] = &["me", "him", "her", "us", "them", "you", "it"];

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
    // "has said repeatedly the next president should choose": an adverb after the verb.
    while i + 1 < ws.len() && !broken(doc, s, i - 1, i) && trailing_adverb(ws[i].str(text)) {
        i += 1;
    }
    if frame == Frame::Object && i < ws.len() && !ws[i].is(text, "that") {
        if ws[i].is(text, "you") {
            // "which should tell you everything": the writer addresses the reader.
            return None;
        }
        i = skip_object(doc, s, i);
        if let Some(q) = ws.get(i - 1).and_then(|w| quote_at(doc, w.end, quotes)) {
            return Some(q);
        }
        if ws.get(i + 1).is_some_and(|w| w.is(text, "that")) && !broken(doc, s, i, i + 1) {
            // "told the Kommersant newspaper that": the hearer's noun after its name.
            i += 1;
        }
    }
    match marked(doc, s, i, frame, quotes) {
        Some(found) => found,
        None => bare_clause(doc, s, v, i, frame),
    }
}

/// What "that", a quote or a colon within reach of word `i` introduces; `None` when none
/// marks the content.
fn marked(
    doc: &Doc<'_>,
    s: usize,
    i: usize,
    frame: Frame,
    quotes: &[Quote],
) -> Option<Option<Span>> {
    let (text, ws) = (doc.text, &doc.words[s]);
    if let Some(t) =
        super::that::within(doc, s, i).or_else(|| super::that::past_aside(doc, s, i, frame))
    {
        return Some(rest(doc, s, t + 1));
    }
    if frame == Frame::Quote
        || i >= ws.len()
        || (PHRASE_SET.contains(ws[i].str(text)) && !super::that::infinitive_at(doc, s, i))
        || time_phrase(doc, s, i).is_some()
    {
        // "said during a session at the centre, “...”", "called the emails “...”".
        if let Some(q) = quote_within(doc, s, i, quotes) {
            return Some(Some(q));
        }
    }
    // "have said this from the start: the most effective way ...".
    colon_within(doc, s, i).map(|c| rest(doc, s, c))
}

/// A clause without "that" from word `i`: after "said", "told reporters" and the like,
/// past a day ("said Tuesday the plan ..."), when a finite verb follows.
fn bare_clause(doc: &Doc<'_>, s: usize, v: usize, mut i: usize, frame: Frame) -> Option<Span> {
    let (text, ws) = (doc.text, &doc.words[s]);
    if !matches!(frame, Frame::Clause | Frame::Object) && !follows_as(doc, s, v) {
        // "Scientists have determined the virus came about naturally": a verb of the "that"
        // kind reports a bare clause only when one plainly follows (subject, then verb).
        let plain = i < ws.len()
            && starts_clause(doc, s, i)
            && super::clause::has_auxiliary_before_comma(doc, s, i);
        return (frame == Frame::That && plain)
            .then(|| rest(doc, s, i))
            .flatten();
    }
    while i < ws.len()
        && (ws[i].is_any(text, &["yesterday", "today", "tonight"]) || is_day(doc, s, i))
    {
        i += 1;
    }
    if i < ws.len() && ws[i].is(text, "on") && is_day(doc, s, i + 1) {
        i += 2;
    }
    // "said this week the plan ...", "said a day earlier the plan ...".
    if let Some(end) = time_phrase(doc, s, i).filter(|&e| e + 1 < ws.len()) {
        i = end + 1;
    }
    // A clause opens on its subject: "said total claims are" reports "total claims are",
    // never "are likely" after a noun taken for the verb.
    let verb_first = i < ws.len() && super::clause::is_finite_word(ws[i].str(text));
    // "said about half of the adjustments would go": an approximator, not a preposition.
    let approximate = ws.get(i + 1).is_some_and(|w| {
        let w = w.str(text);
        w.starts_with(|c: char| c.is_ascii_digit())
            || ["half", "a", "one", "two", "three", "a third"]
                .iter()
                .any(|n| w.eq_ignore_ascii_case(n))
    });
    if approximate
        && ws[i].is_any(
            text,
            &["about", "over", "under", "around", "nearly", "almost"],
        )
        && has_finite_verb(doc, s, i)
    {
        return rest(doc, s, i);
    }
    if verb_first && relative_frame(doc, s, v) && i + 1 < ws.len() {
        // "the drawdown, which they say left a vacuum": the relative pronoun before the
        // source is the reported clause's subject, so its verb comes first.
        return rest(doc, s, i);
    }
    if i >= ws.len() || verb_first || opens_phrase(doc, s, i) || !has_finite_verb(doc, s, i) {
        return None;
    }
    rest(doc, s, i)
}

/// Nouns of a span of time after "this", "last" or "next" ("said this week the plan ...").
const THIS_TIMES: &[&str] = &[
    "week",
    "month",
    "year",
    "morning",
    "afternoon",
    "evening",
    "weekend",
    "summer",
    "spring",
    "autumn",
    "fall",
    "winter",
    "season",
    "time",
];

/// Whether word `i` opens a prepositional or time phrase rather than a clause: "this" only
/// before a span of time ("said this week ...", not "says this project is ...").
fn opens_phrase(doc: &Doc<'_>, s: usize, i: usize) -> bool {
    let (text, ws) = (doc.text, &doc.words[s]);
    if ws[i].is(text, "this") {
        return span_of_time(doc, s, i);
    }
    PHRASE_SET.contains(ws[i].str(text))
}

/// Whether words `i` and `i + 1` name a span of time: "this week", "last month".
fn span_of_time(doc: &Doc<'_>, s: usize, i: usize) -> bool {
    let (text, ws) = (doc.text, &doc.words[s]);
    ws[i].is_any(text, &["this", "last", "next"])
        && ws.get(i + 1).is_some_and(|w| w.is_any(text, THIS_TIMES))
}

/// Units of time counted back or on from the telling ("a day earlier", "two weeks ago").
const TIME_UNITS: &[&str] = &[
    "day", "days", "week", "weeks", "month", "months", "year", "years", "hour", "hours", "minute",
    "minutes", "night", "nights",
];
static TIME_UNIT_SET: LazyLock<WordSet> = LazyLock::new(|| WordSet::of(TIME_UNITS));

/// Words that count such units ("a day", "two weeks", "several months", "48 hours").
const COUNTS: &[&str] = &[
    "a", "an", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
    "several", "few", "some",
];
static COUNT_SET: LazyLock<WordSet> = LazyLock::new(|| WordSet::of(COUNTS));

/// When words from `i` name a time of the telling, the last of them: "this week", "last
/// month", "a day earlier", "two weeks ago", "earlier this week", "48 hours later".
fn time_phrase(doc: &Doc<'_>, s: usize, i: usize) -> Option<usize> {
    let (text, ws) = (doc.text, &doc.words[s]);
    let joined = |k: usize| k < ws.len() && !broken(doc, s, k - 1, k);
    if i < ws.len() && span_of_time(doc, s, i) && joined(i + 1) {
        return Some(i + 1);
    }
    if i < ws.len() && ws[i].is_any(text, &["earlier", "later"]) && joined(i + 1) {
        return (span_of_time(doc, s, i + 1) && joined(i + 2)).then_some(i + 2);
    }
    let counted = i + 2 < ws.len()
        && (COUNT_SET.contains(ws[i].str(text))
            || ws[i].str(text).bytes().all(|b| b.is_ascii_digit()))
        && TIME_UNIT_SET.contains(ws[i + 1].str(text))
        && ws[i + 2].is_any(text, &["earlier", "later", "ago", "before"])
        && joined(i + 1)
        && joined(i + 2);
    counted.then_some(i + 2)
}

/// Whether the source of the verb at `v` follows a relative pronoun ("which they say",
/// "that some say", "what she said"): a frame inside a relative clause.
fn relative_frame(doc: &Doc<'_>, s: usize, v: usize) -> bool {
    let (text, ws) = (doc.text, &doc.words[s]);
    super::source::before(doc, s, v).is_some_and(|p| {
        p.first > 0
            && !broken(doc, s, p.first - 1, p.first)
            && ws[p.first - 1].is_any(text, &["which", "that", "who", "what"])
    })
}

/// An adverb that may follow a reporting verb before what it reports ("said repeatedly",
/// "told reporters privately"): "-ly" words and a few of time and manner.
fn trailing_adverb(w: &str) -> bool {
    const ADVERBS: &[&str] = &[
        "again",
        "often",
        "recently",
        "repeatedly",
        "publicly",
        "privately",
    ];
    let ly = w.len() > 4 && w.ends_with("ly") && w.starts_with(char::is_lowercase) && w != "only";
    ly || ADVERBS.iter().any(|a| w.eq_ignore_ascii_case(a))
}

/// "As X noted, Y": the clause after the comma is what was noted.
fn follows_as(doc: &Doc<'_>, s: usize, v: usize) -> bool {
    let ws = &doc.words[s];
    v + 1 < ws.len()
        && broken(doc, s, v, v + 1)
        && (0..v).rev().take(8).any(|k| ws[k].is(doc.text, "as"))
}

#[rustfmt::skip]
/// Days of the week ("said Tuesday the plan ...").
pub const DAYS: &[&str] = &["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"];
static DAY_SET: LazyLock<WordSet> = LazyLock::new(|| WordSet::of(DAYS));

fn is_day(doc: &Doc<'_>, s: usize, i: usize) -> bool {
    doc.words[s]
        .get(i)
        .is_some_and(|w| DAY_SET.contains(w.str(doc.text)))
}

/// Words that open an indirect question.
const WH: &[&str] = &[
    "where", "what", "how", "why", "whether", "if", "who", "which",
];
static WH_SET: LazyLock<WordSet> = LazyLock::new(|| WordSet::of(WH));
static SUBORDINATOR_SET: LazyLock<WordSet> = LazyLock::new(|| WordSet::of(SUBORDINATORS));

/// Conjunctions that open a clause of time, reason or condition after a frame.
const SUBORDINATORS: &[&str] = &[
    "as", "when", "while", "after", "before", "because", "since", "until", "although", "though",
    "during",
];

/// The hearer after "told": a pronoun, a name, or a short noun phrase.
fn skip_object(doc: &Doc<'_>, s: usize, i: usize) -> usize {
    let (text, ws) = (doc.text, &doc.words[s]);
    // "told Radio 4's Today": a name may hold a number.
    let cap = |k: usize| {
        ws.get(k).is_some_and(|w| {
            w.str(text)
                .starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit())
        })
    };
    let joined = |k: usize| k < ws.len() && !broken(doc, s, k - 1, k);
    if ws[i].is_any(text, OBJECTS) {
        return i + 1;
    }
    let mut k = i;
    if DETERMINER_SET.contains(ws[k].str(text)) {
        k += 1;
    }
    if ws
        .get(k)
        .is_some_and(|w| w.str(text).starts_with(char::is_uppercase))
    {
        while cap(k) && joined(k) {
            k += 1;
        }
        return k;
    }
    // One or two lower-case words: "reporters", "the crowd", "a news conference"; never a
    // preposition ("told a crowd [in Berea]").
    let plain = |k: usize| {
        joined(k)
            && !ws[k].is(text, "that")
            && !starts_clause(doc, s, k)
            && (!PHRASE_SET.contains(ws[k].str(text)) || super::that::infinitive_at(doc, s, k))
    };
    if plain(k) {
        k += 1;
        if k > i + 1 && plain(k) && !ws[k - 1].str(text).ends_with('s') {
            k += 1;
        }
    }
    k.min(ws.len())
}

/// The sentence from word `i` to its end (before a participle frame ", adding that").
pub fn rest(doc: &Doc<'_>, s: usize, i: usize) -> Option<Span> {
    let ws = &doc.words[s];
    if i + MIN_WORDS > ws.len() {
        return None;
    }
    // (A quote mark is no such break: "said Trump is “telling ...”".)
    let last = (i + 1..ws.len())
        .find(|&k| {
            ws[k].str(doc.text).ends_with("ing")
                && clause_break(doc, s, k - 1, k)
                && super::cues::is_cue(ws[k].str(doc.text))
        })
        .map_or(ws.len() - 1, |k| k - 1);
    let mut end = ws[last].end;
    let tail = doc.text[end..doc.sentences[s].end].trim_start_matches(['.', '!', '?', ',']);
    if last + 1 == ws.len() && tail.starts_with(['”', '"', '’']) {
        // A quote opened in the clause closes after its last word ("he was “not going to be
        // around.”"): the clause keeps its closing mark.
        end = doc.sentences[s].end;
    }
    // "said that “those who know me ...”": the clause keeps the mark that opens it.
    let before = if i > 0 {
        ws[i - 1].end
    } else {
        doc.sentences[s].start
    };
    let start = doc.text[before..ws[i].start]
        .rfind(['“', '"', '‘'])
        .map_or(ws[i].start, |k| before + k);
    (last + 1 >= i + MIN_WORDS).then(|| Span::new(start, end, false))
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
    // "Clinton told reporters as she emerged from the meeting": past the hearer, a clause
    // of time or reason hangs on the frame.
    let hearer_end = if frame == Frame::Object {
        skip_object(doc, s, next)
    } else {
        next
    };
    // "Clinton told AIPAC, referring to ...": the clause ends after the hearer.
    let after_hearer =
        hearer_end > next && (hearer_end >= ws.len() || broken(doc, s, hearer_end - 1, hearer_end));
    // ("said as he introduced his wife, “...”": the quote after the clause is reported.)
    let subordinate = ws
        .get(hearer_end)
        .is_some_and(|w| SUBORDINATOR_SET.contains(w.str(text)))
        && !quote_opens_after(doc, s, hearer_end);
    if after_hearer || subordinate {
        return true;
    }
    // What follows, up to the next clause break ("she said Friday, because ..."; "Risch told
    // The Spokesman-Review on Monday."), past the hearer.
    // (A quote after the break is what the frame reports: "wrote to his followers, “...”".)
    let start = hearer_end.min(ws.len() - 1);
    let hearer = frame == Frame::Object && ws.len() - next <= 3;
    // Past [`LONGEST_TAIL`] words no phrase or verbless tail is left to find.
    let limit = ws.len().min(start + LONGEST_TAIL + 1);
    let end = match (start + 1..limit).find(|&j| broken(doc, s, j - 1, j)) {
        Some(j) if !text[ws[j - 1].end..ws[j].start].contains(['“', '"', '‘', ':']) => j,
        None if limit < ws.len() => return hearer,
        _ => ws.len(),
    };
    let tail = end - start;
    if tail > LONGEST_TAIL && !hearer {
        return false;
    }
    // "knows exactly where to find it": an indirect question is what the verb takes.
    if (start..end).any(|j| WH_SET.contains(ws[j].str(text))) {
        return false;
    }
    // "he joked with reporters after a town hall in Worcester, Massachusetts.": a phrase of
    // time or place, with no verb of its own.
    // ("hoped to emerge as ...": an infinitive is what the verb takes, no phrase.)
    let infinitive = ws[start].is(text, "to")
        && ws
            .get(start + 1)
            .is_some_and(|w| crate::extract::claims::verbs::is_base(w.str(text)));
    let phrase = PHRASE_SET.contains(ws[start].str(text))
        && !infinitive
        && (tail <= 8 || (tail <= LONGEST_TAIL && !finite_before(doc, s, start + 1, end)));
    // "Bond said onstage Tuesday night.": a short tail with no verb of its own.
    let verbless = tail <= 6 && !finite_before(doc, s, start, end) && !starts_clause(doc, s, start);
    (phrase || hearer || verbless) && !(next..end).any(|j| ws[j].is(text, "that"))
}

/// The longest tail after a frame that may still be a phrase of time or place.
const LONGEST_TAIL: usize = 16;

/// Whether a quote opens after a clause break past word `i` in sentence `s`.
fn quote_opens_after(doc: &Doc<'_>, s: usize, i: usize) -> bool {
    let ws = &doc.words[s];
    (i + 1..ws.len()).any(|k| {
        let gap = &doc.text[ws[k - 1].end..ws[k].start];
        gap.contains(',') && gap.contains(['“', '"'])
    })
}

/// Whether the words `i..end` hold a finite verb near their start.
fn finite_before(doc: &Doc<'_>, s: usize, i: usize, end: usize) -> bool {
    i < end && super::clause::has_finite_verb_within(doc, s, i, end)
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
