//! The frames around a reporting verb: active ("X said (that) Y", "X told Z Y"), inverted
//! or parenthetical ("Y, X said", "Y, said X", "“Y,” he said"), and participles that take
//! the clause's subject ("..., adding that Y").

use super::content::{self, Span};
use super::cues::Frame;
use super::quotes::Quote;
use super::source::{self, Phrase, broken};
use crate::extract::claims::Doc;

/// Who a frame names as its source: a phrase of the sentence, or the source of an earlier
/// frame ("X said ..., adding that ...").
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Src {
    Phrase(Phrase),
    Earlier,
}

/// One frame found around a reporting verb.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Found {
    pub source: Src,
    pub content: Span,
}

/// Words before a participle that keep it in its clause ("began by saying").
const PARTICIPLE_LEADS: &[&str] = &["by", "while", "after", "before", "when", "in", "as", "and"];

/// The frame of the reporting verb at word `v` of sentence `s`, if it reports something.
pub fn verb(doc: &Doc<'_>, s: usize, v: usize, frame: Frame, quotes: &[Quote]) -> Option<Found> {
    let (text, ws) = (doc.text, &doc.words[s]);
    // A bracket closing before the verb ("Feinstein (D-Calif.) said") is not a clause break.
    let punct_before =
        v > 0 && broken(doc, s, v - 1, v) && text[ws[v - 1].end..ws[v].start].trim() != ")";
    let participle = ws[v].str(text).ends_with("ing");
    let coordinated = v > 0 && ws[v - 1].is_any(text, &["and", "but"]) && !participle;
    let led = participle && v > 0 && (punct_before || ws[v - 1].is_any(text, PARTICIPLE_LEADS));
    if led || coordinated {
        // "..., adding that Y" / "Clinton celebrated ... and said Y": the clause's subject.
        let content = content::after(doc, s, v, frame, quotes)?;
        if frame == Frame::Quote && !content.quote {
            // "the new venture, called PodShow, is": a name, not a quote.
            return None;
        }
        return Some(Found {
            source: Src::Earlier,
            content,
        });
    }
    if punct_before && frame != Frame::Object {
        // "“...,” said Heizo Takenaka." / "..., said a spokesman for the ministry." (After
        // "told" comes the hearer, never the speaker.)
        if let Some(p) = source::after(doc, s, v) {
            if content::clause_ends(doc, s, p.last, frame) {
                let content = parenthetical_content(doc, s, v, p.last, quotes);
                if let Some(c) = content.filter(|c| c.quote || frame != Frame::Quote) {
                    return Some(found(p, c));
                }
            }
        }
    }
    if is_noun_use(doc, s, v) {
        // "the vain hope that", "a rare note of": a noun, not a verb.
        return None;
    }
    if frame == Frame::Quote && names_without_object(doc, s, v) {
        // "a man often referred to as “...”", "the talks, described as “productive”": a
        // label in a passive participle, said by nobody in particular.
        return None;
    }
    let p = source::before(doc, s, v)?;
    // A colon before the source opens a clause ("Truth: The WHO says, “...”").
    let parenthetical = p.first > 0
        && broken(doc, s, p.first - 1, p.first)
        && !text[ws[p.first - 1].end..ws[p.first].start].contains(':');
    if parenthetical && content::clause_ends(doc, s, v, frame) {
        // "The plan will fail, the minister said." / "“We won,” she said." / "The plan, he
        // said, will cost $5bn." (the whole sentence is reported).
        let content = parenthetical_content(doc, s, p.first, v, quotes);
        // A verb of the manner of speaking reports only a quote ("“...,” she asked").
        if let Some(c) = content.filter(|c| c.quote || frame != Frame::Quote) {
            return Some(found(p, c));
        }
    }
    if p.first == 0 && content::clause_ends(doc, s, v, frame) {
        // "“Is it true?” Sanders replied.": the sentence splits after the quote's question
        // mark, and the frame reports the quote that closes right before it.
        if let Some(q) = content::quote_at_end_before(doc, s, quotes) {
            return Some(found(p, q));
        }
    }
    let mut content = content::after(doc, s, v, frame, quotes)?;
    if frame == Frame::Quote && !content.quote {
        return None;
    }
    let inner_break = (p.first..p.last).any(|k| broken(doc, s, k, k + 1));
    if broken(doc, s, p.last, p.last + 1) && !inner_break && !content.quote {
        // "The US government, apparently convinced that Y, traded ...": the frame is set off
        // by commas and so is what it reports.
        content = content::to_break(doc, s, content);
    }
    Some(found(p, content))
}

/// Whether a bare reporting verb form stands as a noun after a determiner and an
/// adjective ("the vain hope", "a rare note"); after a plural it is a verb ("the officials
/// hope").
fn is_noun_use(doc: &Doc<'_>, s: usize, v: usize) -> bool {
    let (text, ws) = (doc.text, &doc.words[s]);
    if !ws[v].is_any(text, NOUNISH) || v < 2 {
        return false;
    }
    let adjective = ws[v - 1].str(text);
    let det = super::function_words::DETERMINER_SET.contains(ws[v - 2].str(text));
    det && adjective.starts_with(char::is_lowercase)
        && !adjective.ends_with('s')
        && !broken(doc, s, v - 2, v)
}

#[rustfmt::skip]
/// Reporting verbs whose bare form is also a noun ("a vain hope", "a rare note").
const NOUNISH: &[&str] = &[
    "hope", "note", "claim", "report", "fear", "doubt", "estimate", "promise", "warning",
    "call", "comment", "answer", "reply", "response", "charge", "forecast", "remark",
    "protest", "vow", "pledge", "signal", "counter", "hint", "tweet", "post", "view",
    "concern", "finding", "suggestion", "statement", "argument", "boast", "admission",
];

/// Verbs that name rather than say: active, they take an object before the name ("called
/// the emails “disturbing”"); right before "as" or the quote they are passive labels.
const NAMING: &[&str] = &[
    "call",
    "calls",
    "called",
    "describe",
    "describes",
    "described",
    "dub",
    "dubbed",
    "label",
    "labelled",
    "labeled",
    "brand",
    "branded",
    "term",
    "termed",
    "deem",
    "deemed",
    "refer",
    "refers",
    "referred",
    "known",
];

fn names_without_object(doc: &Doc<'_>, s: usize, v: usize) -> bool {
    let (text, ws) = (doc.text, &doc.words[s]);
    if !ws[v].is_any(text, NAMING) {
        return false;
    }
    let next = ws.get(v + 1);
    let as_next = next.is_some_and(|w| w.is(text, "as"))
        || (next.is_some_and(|w| w.is(text, "to"))
            && ws.get(v + 2).is_some_and(|w| w.is(text, "as")));
    let quote_next = next.is_none_or(|w| text[ws[v].end..w.start].contains(['“', '"', '‘']));
    as_next || quote_next
}

/// What a parenthetical frame from word `first` to word `last` reports: the quote closing
/// before it, the whole sentence when the frame stands inside it, else the clause before it.
fn parenthetical_content(
    doc: &Doc<'_>,
    s: usize,
    first: usize,
    last: usize,
    quotes: &[Quote],
) -> Option<Span> {
    let before = content::before(doc, s, first, quotes);
    if before.is_none() || before.is_some_and(|c| c.quote) || !content::mid_sentence(doc, s, last) {
        return before;
    }
    let span = doc.sentences[s];
    Some(Span::new(
        span.start,
        content::trim_end(doc.text, span.end),
        false,
    ))
}

fn found(p: Phrase, content: Span) -> Found {
    Found {
        source: Src::Phrase(p),
        content,
    }
}

/// "according to X, Y" and "Y, according to X": the source after "to".
pub fn according(doc: &Doc<'_>, s: usize, v: usize, quotes: &[Quote]) -> Option<Found> {
    let (text, ws) = (doc.text, &doc.words[s]);
    let first = v + 2;
    if first >= ws.len() || !ws[v + 1].is(text, "to") {
        return None;
    }
    let mut last = first;
    while last + 1 < ws.len() && last + 1 - first < 10 && !broken(doc, s, last, last + 1) {
        last += 1;
    }
    let p = Phrase { first, last };
    let leading =
        (0..v).all(|k| ws[k].is_any(text, &["but", "and", "yet", "so", "however", "also"]));
    let content = if leading {
        content::rest(doc, s, last + 1)?
    } else {
        content::before(doc, s, v, quotes).or_else(|| content::rest(doc, s, last + 1))?
    };
    Some(found(p, content))
}

/// "The US rationale? ..." / "Her answer: ...": a short fragment naming a view heads the
/// sentence that states it. Returns the source phrase and the noun's word.
pub fn fragment(doc: &Doc<'_>, s: usize) -> Option<(Phrase, usize)> {
    let (text, ws) = (doc.text, &doc.words[s]);
    let sentence = doc.sentence_text(s);
    let n = ws.len().checked_sub(1)?;
    if !(1..=5).contains(&n) || !sentence.ends_with(['?', ':']) {
        return None;
    }
    if !super::cues::NOUN_SET.contains(ws[n].str(text)) {
        return None;
    }
    let first = usize::from(ws[0].is_any(text, &["so", "and", "but"]));
    (first < n).then_some((Phrase { first, last: n - 1 }, n))
}

/// "Jane Doe: “...”": a name, alone before a colon, speaks the quote that follows; in a
/// headline, the clause ("Clinton: Trump's view of the world is 'dangerously wrong'").
pub fn colon(doc: &Doc<'_>, s: usize, quotes: &[Quote]) -> Option<Found> {
    let (text, ws) = (doc.text, &doc.words[s]);
    let k = (0..ws.len().min(4))
        .find(|&k| k + 1 < ws.len() && text[ws[k].end..ws[k + 1].start].contains(':'))?;
    let first = (0..=k).find(|&j| doc.person_at(s, j).is_some());
    let proper = (0..=k)
        .all(|j| doc.is_proper(&ws[j]) && !super::lexicon::is_common_speaker(ws[j].str(text)));
    if first.is_none() && !proper {
        return None;
    }
    let source = Phrase {
        first: first.unwrap_or(0),
        last: k,
    };
    if let Some(content) = content::quote_at(doc, ws[k].end, quotes) {
        return Some(found(source, content));
    }
    let clause = super::clause::has_finite_verb(doc, s, k + 1)
        && !super::clause::starts_with_question(doc, s, k + 1);
    clause
        .then(|| content::rest(doc, s, k + 1))
        .flatten()
        .map(|c| found(source, c))
}

/// How many words after a noun of saying its "that" may stand ("the conclusion from his
/// earlier piece - now deleted - that").
const NOUN_REACH: usize = 10;

/// "X promoted the idea that Y", "his claim that Y", "a study raising the possibility that
/// Y": a noun of saying with a "that" clause, its source the possessor or the subject of the
/// verb before it. A noun after "is", "was" or "were" has none ("Among these were the false
/// claim that ...": the article says so).
pub fn noun(doc: &Doc<'_>, s: usize, n: usize) -> Option<Found> {
    let (text, ws) = (doc.text, &doc.words[s]);
    let that = (n + 1..ws.len().min(n + NOUN_REACH))
        .take_while(|&k| !text[ws[k - 1].end..ws[k].start].contains([',', ';', ':', '“', '"']))
        .find(|&k| ws[k].is(text, "that"))?;
    let content = content::rest(doc, s, that + 1)?;
    // The determiner or possessor stands right before the noun, or before an adjective or two
    // ("his earlier claim", "the false claim").
    let det = (n.saturating_sub(3)..n).rev().find(|&k| {
        let w = ws[k].str(text);
        super::function_words::DETERMINER_SET.contains(w) || w.ends_with("’s") || w.ends_with("'s")
    })?;
    let adjectives = (det + 1..n).all(|k| {
        let w = ws[k].str(text);
        w.starts_with(char::is_lowercase)
            && !super::function_words::is_preposition(w)
            && !broken(doc, s, k - 1, k)
    });
    if !adjectives || broken(doc, s, n - 1, n) {
        return None;
    }
    let word = ws[det].str(text);
    if word.ends_with("’s")
        || word.ends_with("'s")
        || ws[det].is_any(text, &["his", "her", "their", "its"])
    {
        // "his claim that", "Trump’s claim that": the possessor speaks.
        let p = source::phrase_ending(doc, s, det)?;
        return Some(found(p, content));
    }
    let verb = det.checked_sub(1)?;
    let copula = ws[verb].is_any(
        text,
        &["is", "was", "were", "are", "be", "been", "of", "about"],
    );
    if copula || ws[verb].str(text).starts_with(char::is_uppercase) {
        return None;
    }
    let p = source::before(doc, s, verb)?;
    Some(found(p, content))
}
