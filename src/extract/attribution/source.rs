//! The source of an attribution as a noun phrase next to its reporting verb: the subject
//! before it ("A spokesperson for the ministry said", "Mike Ryan, the WHO’s top expert,
//! said", "Larry Romanoff, who reiterates"), or after it in inverted order ("said the minister").

use std::sync::LazyLock;

use super::appositive::appositive_head;
use super::function_words::*;
use super::lexicon::PARTITIVE_SET;
use super::relative;
use crate::extract::claims::Doc;
use crate::extract::word_table::WordSet;
use crate::extract::words::Word;

/// The most words a source may run to.
const MAX_SOURCE: usize = 8;

/// A source as words `first..=last` of its sentence.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Phrase {
    pub first: usize,
    pub last: usize,
}

/// Whether the gap between words `a` and `b` (adjacent, `a` first) holds a clause break.
pub fn broken(doc: &Doc<'_>, s: usize, a: usize, b: usize) -> bool {
    let ws = &doc.words[s];
    let gap = &doc.text[ws[a].end..ws[b].start];
    if gap == " " {
        // Most gaps: no break, and no search for one.
        return false;
    }
    // "21,000" is one number, though the words split at its comma.
    let digits = gap == ","
        && [a, b]
            .iter()
            .all(|&k| ws[k].str(doc.text).bytes().all(|c| c.is_ascii_digit()));
    !digits
        && (gap.contains([',', ';', ':', '(', ')', '“', '”', '"', '—', '–', '[', ']'])
            || (gap.contains('-') && (gap.contains(" - ") || gap.contains("--"))))
}

/// The word before the reporting verb at `v`, past auxiliaries and adverbs; `None` when a
/// clause break comes first or the verb is passive ("is said") or a noun ("the thought").
pub fn subject_end(doc: &Doc<'_>, s: usize, v: usize) -> Option<usize> {
    let (text, ws) = (doc.text, &doc.words[s]);
    let mut j = v.checked_sub(1)?;
    if text[ws[j].end..ws[v].start].contains(['”', '"']) && !short_quote_ends(doc, s, j) {
        // "“... to disappear,” said X": the word before is the quote's, never a subject
        // (a nickname may close an appositive: "the hacker known as “Guccifer,” stated").
        return None;
    }
    loop {
        if doc.text[ws[j].end..ws[j + 1].start].contains(')') {
            // "Dianne Feinstein (D-Calif.) said": step back over the bracket.
            let open = (j.saturating_sub(8)..=j)
                .rev()
                .find(|&k| k > 0 && doc.text[ws[k - 1].end..ws[k].start].contains('('))?;
            j = open - 1;
            continue;
        }
        if let Some(open) = dash_aside_open(doc, s, j) {
            // "the State Department - before, during and after her time as secretary of
            // state - has criticized": step back over the aside between dashes.
            j = open.checked_sub(1)?;
            continue;
        }
        if broken(doc, s, j, j + 1) {
            return Some(j);
        }
        let word = &ws[j];
        let w = word.str(text);
        if let Some(k) = time_before(doc, s, j) {
            // "Feinstein last week said", "The company on Tuesday said": a time phrase.
            j = k;
            continue;
        }
        if j > 0 && word.is_any(text, &["all", "both", "each"]) && !broken(doc, s, j - 1, j) {
            // "Morrisons, Woolworths and Big Food all said", "they both said": a quantifier
            // floated after its subject.
            let prev = ws[j - 1].str(text);
            let subject = prev.starts_with(char::is_uppercase)
                || is_subject_pronoun(prev)
                || (prev.len() > 3 && prev.ends_with('s') && !prev.ends_with("ss"));
            if subject {
                j -= 1;
                continue;
            }
        }
        if PARTITIVE_SET.contains(w) || share_start(doc, s, j).is_some() {
            // "many said", "with some even declaring", "one in five say": part of a group
            // speaks.
            return Some(j);
        }
        let ing = ws[v].str(text).ends_with("ing");
        if ing && PASSIVE_SET.contains(word.str(text)) {
            // "The minister is saying": the progressive's auxiliary, not a passive.
            j = j.checked_sub(1)?;
            continue;
        }
        let not_subject = PASSIVE_SET.contains(word.str(text))
            || DETERMINER_SET.contains(w)
            || PREPOSITION_SET.contains(w)
            // A negated verb reports what the source does not say.
            || word.is_any(text, &["not", "never"])
            || w.ends_with("n't")
            || w.ends_with("n’t");
        if not_subject {
            return None;
        }
        if !is_adverb(w) {
            return Some(j);
        }
        j = j.checked_sub(1)?;
    }
}

/// How many words an aside between dashes may run to.
const MAX_DASH_ASIDE: usize = 15;

/// Whether the gap between words `a` and `a + 1` is a dash ("-" between spaces, "—", "–").
fn dash_gap(doc: &Doc<'_>, s: usize, a: usize) -> bool {
    let ws = &doc.words[s];
    let gap = &doc.text[ws[a].end..ws[a + 1].start];
    gap.contains(['—', '–']) || gap.contains(" - ") || gap.contains("--")
}

/// When a dash closes an aside right after word `j` ("X - before and after Y - said"), the
/// first word of the aside: the word after the dash that opens it, within `MAX_DASH_ASIDE`
/// words and with no other clause break between but commas.
fn dash_aside_open(doc: &Doc<'_>, s: usize, j: usize) -> Option<usize> {
    if !dash_gap(doc, s, j) {
        return None;
    }
    let mut k = j;
    while k > 0 && j - k < MAX_DASH_ASIDE {
        k -= 1;
        if dash_gap(doc, s, k) {
            return (k > 0).then_some(k + 1);
        }
        let gap = &doc.text[doc.words[s][k].end..doc.words[s][k + 1].start];
        if gap.contains([';', ':', '(', ')', '“', '”', '"']) {
            return None;
        }
    }
    None
}

/// Number words a share of a group is written with ("one in five", "all but two").
const SHARE_NUMBERS: &[&str] = &[
    "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "dozen",
    "hundred",
];
static SHARE_NUMBER_SET: LazyLock<WordSet> = LazyLock::new(|| WordSet::of(SHARE_NUMBERS));

fn is_share_number(w: &str) -> bool {
    SHARE_NUMBER_SET.contains(w) || (!w.is_empty() && w.bytes().all(|b| b.is_ascii_digit()))
}

/// Where a share of a group that ends at word `j` starts: "one in five", "nine out of
/// ten", "all but two", "2 in 3".
fn share_start(doc: &Doc<'_>, s: usize, j: usize) -> Option<usize> {
    let (text, ws) = (doc.text, &doc.words[s]);
    if j < 2 || !is_share_number(ws[j].str(text)) {
        return None;
    }
    let joined = |a: usize| (a..j).all(|k| !broken(doc, s, k, k + 1));
    let (link, before) = (&ws[j - 1], &ws[j - 2]);
    if link.is(text, "in") && is_share_number(before.str(text)) && joined(j - 2) {
        return Some(j - 2);
    }
    if link.is(text, "but") && before.is(text, "all") && joined(j - 2) {
        return Some(j - 2);
    }
    let out_of = j >= 3 && link.is(text, "of") && before.is(text, "out");
    (out_of && is_share_number(ws[j - 3].str(text)) && joined(j - 3)).then(|| j - 3)
}

/// [`share_start`] back over an approximation before it ("about 4 in 10", "more than
/// one in three").
fn approximated_share_start(doc: &Doc<'_>, s: usize, j: usize) -> Option<usize> {
    let (text, ws) = (doc.text, &doc.words[s]);
    let mut first = share_start(doc, s, j)?;
    let joined = |k: usize| k > 0 && !broken(doc, s, k - 1, k);
    while joined(first) {
        let prev = &ws[first - 1];
        if prev.is_any(
            text,
            &[
                "about", "nearly", "almost", "roughly", "around", "over", "just",
            ],
        ) {
            first -= 1;
        } else if prev.is(text, "than")
            && joined(first - 1)
            && ws[first - 2].is_any(text, &["more", "less", "fewer"])
        {
            first -= 2;
        } else {
            break;
        }
    }
    Some(first)
}

/// Nouns of time a phrase between a subject and its verb ends on (with the days).
const TIME_NOUNS: &[&str] = &[
    "week",
    "weekend",
    "month",
    "year",
    "night",
    "morning",
    "afternoon",
    "evening",
    "yesterday",
    "today",
    "tonight",
];
static TIME_NOUN_SET: LazyLock<WordSet> =
    LazyLock::new(|| WordSet::of(super::content::DAYS.iter().chain(TIME_NOUNS)));

/// When word `j` ends a time phrase ("last week", "on Tuesday", "earlier this month",
/// "Tuesday"), the word before the phrase.
fn time_before(doc: &Doc<'_>, s: usize, j: usize) -> Option<usize> {
    let (text, ws) = (doc.text, &doc.words[s]);
    if !TIME_NOUN_SET.contains(ws[j].str(text)) {
        return None;
    }
    let mut k = j;
    while k > 0
        && !broken(doc, s, k - 1, k)
        && ws[k - 1].is_any(
            text,
            &["last", "this", "next", "earlier", "later", "on", "late"],
        )
    {
        k -= 1;
    }
    // "Dianne Feinstein (D-Calif.) last week said": a bracket may close before the time.
    k.checked_sub(1).filter(|&k| {
        !broken(doc, s, k, k + 1) || text[ws[k].end..ws[k + 1].start].trim().ends_with(')')
    })
}

/// Whether a quote of at most three words closes after word `j` (a nickname or a title).
fn short_quote_ends(doc: &Doc<'_>, s: usize, j: usize) -> bool {
    let ws = &doc.words[s];
    (j.saturating_sub(2).max(1)..=j)
        .rev()
        .any(|k| doc.text[ws[k - 1].end..ws[k].start].contains(['“', '"']))
}

/// Whether the "-ing" verb at `v` is a progressive ("is saying", "were quietly warning").
pub fn progressive(doc: &Doc<'_>, s: usize, v: usize) -> bool {
    let (text, ws) = (doc.text, &doc.words[s]);
    (0..v)
        .rev()
        .take_while(|&k| !broken(doc, s, k, k + 1))
        .find(|&k| !is_adverb(ws[k].str(text)) || PASSIVE_SET.contains(ws[k].str(text)))
        .is_some_and(|k| {
            // "He’s predicting", "they’re saying": a contracted auxiliary.
            let w = ws[k].str(text);
            PASSIVE_SET.contains(ws[k].str(text))
                || w.ends_with("’s")
                || w.ends_with("'s")
                || w.ends_with("’re")
                || w.ends_with("'re")
        })
}

/// An auxiliary or adverb that may stand between a subject and its verb ("truly believed").
pub fn is_adverb(w: &str) -> bool {
    BETWEEN_SET.contains(w)
        || (w.len() > 4 && w.ends_with("ly") && w.starts_with(char::is_lowercase))
}

/// The noun phrase that ends at word `j`: back to a clause break or opener, from its first
/// determiner on ("Last week the minister" -> "the minister").
pub fn phrase_ending(doc: &Doc<'_>, s: usize, j: usize) -> Option<Phrase> {
    let (text, ws) = (doc.text, &doc.words[s]);
    if is_opener(ws[j].str(text)) {
        return None;
    }
    if is_subject_pronoun(ws[j].str(text)) {
        // "At first he said", "Gerrard admitted he thought": the pronoun alone.
        return Some(Phrase { first: j, last: j });
    }
    if let Some(first) = approximated_share_start(doc, s, j) {
        return Some(Phrase { first, last: j });
    }
    let mut first = run_start(doc, s, j);
    // A determiner not after a preposition opens a new phrase ("Last week the minister", "on
    // Tuesday the chancellor"); one after a preposition is the phrase's own ("a spokesperson
    // for the ministry").
    let opens = (first..=j).rev().find(|&k| {
        DETERMINER_SET.contains(ws[k].str(text))
            && (k == first
                || !(INNER_PREPOSITION_SET.contains(ws[k - 1].str(text))
                    || related_by_to(doc, s, k)))
    });
    if let Some(det) = opens {
        first = det;
    } else {
        while first < j && TIME_SET.contains(ws[first].str(text)) {
            first += 1;
        }
    }
    while first < j && INNER_PREPOSITION_SET.contains(ws[first].str(text)) {
        first += 1;
    }
    // "So even economists ... agree": a focusing adverb is not part of who speaks.
    while first < j && FOCUS_SET.contains(ws[first].str(text)) {
        first += 1;
    }
    Some(Phrase { first, last: j })
}

/// Where the run of words that may make a phrase ending at word `j` starts: back to a clause
/// break, an opener, a finite verb or a pronoun, over prepositions that join nouns.
fn run_start(doc: &Doc<'_>, s: usize, j: usize) -> usize {
    let (text, ws) = (doc.text, &doc.words[s]);
    let mut first = j;
    while first > 0 && j - first + 1 < MAX_SOURCE && !broken(doc, s, first - 1, first) {
        let prev = &ws[first - 1];
        let joins = prev.is(text, "and") && capitalised_pair(doc, s, first);
        // A preposition joins a phrase after a noun ("a spokesperson for the ministry"), not
        // after a participle ("greeted with a page that said").
        let inner = INNER_PREPOSITION_SET.contains(prev.str(text))
            && first >= 2
            && !broken(doc, s, first - 2, first - 1)
            && !is_participle(ws[first - 2].str(text));
        let verb = is_finite(prev.str(text))
            || (is_participle(prev.str(text)) && !modifies(doc, s, first - 1));
        // "A separate survey by GMIPoll": "by" after a noun names its author.
        let author = prev.is(text, "by")
            && first >= 2
            && !is_participle(ws[first - 2].str(text))
            && !PASSIVE_SET.contains(ws[first - 2].str(text))
            && !broken(doc, s, first - 2, first - 1);
        if (is_opener(prev.str(text)) && !joins && !author && !related_by_to(doc, s, first))
            || verb
            || is_subject_pronoun(prev.str(text))
        {
            break;
        }
        if INNER_PREPOSITION_SET.contains(prev.str(text)) && !inner {
            break;
        }
        first -= 1;
    }
    first
}

/// Words after which "to" joins a source's noun phrase ("people close to Clinton", "an
/// adviser to the president") rather than opening an infinitive.
const RELATED_BY_TO: &[&str] = &[
    "close",
    "closer",
    "aide",
    "aides",
    "adviser",
    "advisers",
    "advisor",
    "advisors",
    "counsel",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "ambassador",
    "envoy",
    "successor",
];
static RELATED_BY_TO_SET: LazyLock<WordSet> = LazyLock::new(|| WordSet::of(RELATED_BY_TO));

/// Whether the "to" before word `k` relates a person to whom they serve or stand near.
fn related_by_to(doc: &Doc<'_>, s: usize, k: usize) -> bool {
    let (text, ws) = (doc.text, &doc.words[s]);
    k >= 2 && ws[k - 1].is(text, "to") && RELATED_BY_TO_SET.contains(ws[k - 2].str(text))
}

/// Whether the participle at word `k` modifies a noun after a determiner or adverb ("the
/// alleged victim"), rather than being a verb ("the results reflected its research").
fn modifies(doc: &Doc<'_>, s: usize, k: usize) -> bool {
    let ws = &doc.words[s];
    k > 0 && {
        let prev = ws[k - 1].str(doc.text);
        // "the widely reported claim", "Widely shared posts"; after an auxiliary the adverb
        // is the verb's ("have similarly discounted Pyongyang's claims").
        DETERMINER_SET.contains(prev)
            || is_adverb(prev) && (k == 1 || !is_finite(ws[k - 2].str(doc.text)))
    }
}

fn is_subject_pronoun(w: &str) -> bool {
    let w = super::resolve::uncontracted(w);
    ["he", "she", "they", "we", "i"]
        .iter()
        .any(|p| w.eq_ignore_ascii_case(p))
}

pub(super) fn is_finite(w: &str) -> bool {
    super::clause::is_finite_word(w)
}

/// A lower-case word in "-ed" or "-ing": a verb form, not a noun a phrase may run back over.
pub(super) fn is_participle(w: &str) -> bool {
    w.starts_with(char::is_lowercase) && w.len() > 4 && (w.ends_with("ed") || w.ends_with("ing"))
}

/// "Smith and Jones": capitalised words on both sides of the "and" before word `k`.
fn capitalised_pair(doc: &Doc<'_>, s: usize, k: usize) -> bool {
    let ws = &doc.words[s];
    let cap = |w: &Word| w.str(doc.text).starts_with(char::is_uppercase);
    k >= 2 && cap(&ws[k]) && cap(&ws[k - 2])
}

/// The source of the verb at `v` written before it: a subject, a relative pronoun's
/// antecedent, or a name with an appositive between commas.
pub fn before(doc: &Doc<'_>, s: usize, v: usize) -> Option<Phrase> {
    let j = subject_end(doc, s, v)?;
    let ws = &doc.words[s];
    let text = doc.text;
    if j < v && broken(doc, s, j, j + 1) {
        // "Mike Ryan, the WHO’s top expert, said", "Hillary Clinton, however, has said": the
        // name before the appositive or aside.
        return appositive_head(doc, s, j).or_else(|| phrase_ending(doc, s, j));
    }
    if matches!(ws[j].str(text), "who" | "which" | "that") {
        return relative::antecedent(doc, s, j);
    }
    let p = relative::source_before(doc, s, j).or_else(|| phrase_ending(doc, s, j))?;
    Some(relative::reduced(doc, s, p).unwrap_or(p))
}

/// Adverbs that may stand before a subject and are no part of it.
const FOCUS: &[&str] = &["even", "also", "still", "similarly", "likewise"];
static FOCUS_SET: LazyLock<WordSet> = LazyLock::new(|| WordSet::of(FOCUS));

/// The source written right after the verb at `v` ("said Heizo Takenaka", "said a
/// spokesman for the ministry"), when it ends the clause.
pub fn after(doc: &Doc<'_>, s: usize, v: usize) -> Option<Phrase> {
    let (text, ws) = (doc.text, &doc.words[s]);
    let first = v + 1;
    if first >= ws.len() || broken(doc, s, v, first) {
        return None;
    }
    let w = &ws[first];
    // "said union leader Vincenzo Lilliu.": a bare role before a name ending the clause.
    let role_then_name = || {
        let end = ws[ws.len() - 1].end;
        let k = doc.names.partition_point(|n| n.start < w.start);
        // ... or before a comma: "wrote lead author Peter Horby, a professor at Oxford".
        let closes = |n: &crate::extract::people::Name| {
            n.end == end || text[n.end..].trim_start().starts_with(',')
        };
        doc.names
            .get(k)
            .is_some_and(|n| n.sentence == s && n.start < w.start + 40 && closes(n))
    };
    let opens = DETERMINER_SET.contains(w.str(text))
        || w.str(text).starts_with(char::is_uppercase)
        || role_then_name();
    // "said in an interview Sunday in Santa Monica": an adverbial, not who speaks.
    if !opens
        || w.is_any(text, &["that", "it", "this", "there"])
        || PREPOSITION_SET.contains(w.str(text))
    {
        return None;
    }
    let mut last = first;
    while last + 1 < ws.len() && last + 1 - first < MAX_SOURCE && !broken(doc, s, last, last + 1) {
        let next = &ws[last + 1];
        let inner = next.is_any(text, &["of", "for", "at"]);
        if !inner && (is_opener(next.str(text)) || INNER_PREPOSITION_SET.contains(next.str(text))) {
            break;
        }
        last += 1;
    }
    // The phrase must end on a noun, before a real clause break ("say the “sharing economy”
    // reflects" has no source after the verb).
    let ends = last + 1 == ws.len()
        || doc.text[ws[last].end..ws[last + 1].start].contains([',', ';', ':', '(', '—', '–'])
        || (!broken(doc, s, last, last + 1)
            && (PREPOSITION_SET.contains(ws[last + 1].str(text))
                || TIME_SET.contains(ws[last + 1].str(text))
                || is_opener(ws[last + 1].str(text))));
    (ends && !DETERMINER_SET.contains(ws[last].str(text))).then_some(Phrase { first, last })
}

/// The head noun of a phrase: its last word before a preposition, comma or relative
/// pronoun ("a spokesperson for the ministry" -> "spokesperson").
pub fn head(doc: &Doc<'_>, s: usize, p: Phrase) -> usize {
    let (text, ws) = (doc.text, &doc.words[s]);
    let found = (p.first..p.last).find(|&k| {
        INNER_PREPOSITION_SET.contains(ws[k + 1].str(text))
            || matches!(ws[k + 1].str(text), "who" | "which" | "that")
            || broken(doc, s, k, k + 1)
    });
    let mut h = found.unwrap_or(p.last);
    // "A court document filed Thursday": back over a time word and a participle.
    while h > p.first
        && TIME_SET.contains(ws[h].str(text))
        && !INNER_PREPOSITION_SET.contains(ws[h].str(text))
    {
        h -= 1;
    }
    if h > p.first && h < p.last && ws[h].str(text).ends_with("ed") {
        h -= 1;
    }
    h
}
