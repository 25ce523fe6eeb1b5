//! The "that" which opens what a reporting verb reports, when it does not follow the verb
//! at once: after a phrase ("said on Monday that"), past the rest of a hearer, an aside or a
//! long phrase; never one of its own conjunction ("given that") or a relative pronoun.

use super::content::PHRASE_SET;
use super::cues::Frame;
use crate::extract::claims::Doc;

/// How far after the verb "that" may stand ("said in a statement on Monday that").
const THAT_REACH: usize = 9;

const NUMBERS: &[&str] = &[
    "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "several", "few",
];

/// Whether word `i` is "to" before a verb's base form ("told the company to disguise ..."):
/// an infinitive, no phrase.
pub fn infinitive_at(doc: &Doc<'_>, s: usize, i: usize) -> bool {
    let ws = &doc.words[s];
    ws[i].is(doc.text, "to")
        && ws
            .get(i + 1)
            .is_some_and(|w| crate::extract::claims::verbs::is_base(w.str(doc.text)))
}

/// Words before "that" that make it a conjunction of their own ("given that", "so that",
/// "now that", "except that"), not the one that opens what is reported.
const THAT_COMPOUNDS: &[&str] = &["given", "so", "such", "now", "provided", "except", "order"];

/// "that" at word `i`, or after a prepositional or time phrase that starts there.
pub fn within(doc: &Doc<'_>, s: usize, i: usize) -> Option<usize> {
    let (text, ws) = (doc.text, &doc.words[s]);
    let w = ws.get(i)?;
    if w.is(text, "that") {
        return Some(i);
    }
    // "warned two weeks ago that": a span of time counts as a phrase too.
    let number = w.str(text).starts_with(|c: char| c.is_ascii_digit()) || w.is_any(text, NUMBERS);
    if (!PHRASE_SET.contains(w.str(text)) && !number) || infinitive_at(doc, s, i) {
        return None;
    }
    (i + 1..ws.len().min(i + THAT_REACH))
        // A quote or a colon first is what is reported ("said on Twitter: ''X has announced
        // that ...''").
        .take_while(|&k| {
            let gap = &doc.text[ws[k - 1].end..ws[k].start];
            !gap.contains([';', ':', '“', '"']) && !gap.contains("''")
        })
        .find(|&k| ws[k].is(text, "that"))
        .filter(|&t| !ws[t - 1].is_any(text, THAT_COMPOUNDS))
}

/// How far past a hearer, an aside or a long phrase "that" may still open what is reported.
const FAR_REACH: usize = 16;

/// "that" further on than [`within`] reaches, past the rest of a hearer ("told The Post
/// and Courier newspaper of Charleston on Saturday that"), an aside set off by a comma ("said,
/// per a translator, that", "says, however, that") or a long phrase ("said Thursday during
/// taping of a town hall in Buffalo, New York, that"): only with no verb before it (else
/// "that" belongs to another clause) and a clause after it (not a verb: "the deal that
/// failed" is a relative clause).
pub fn past_aside(doc: &Doc<'_>, s: usize, i: usize, frame: Frame) -> Option<usize> {
    let (text, ws) = (doc.text, &doc.words[s]);
    let w = ws.get(i)?;
    let gap = |k: usize| &text[ws[k - 1].end..ws[k].start];
    if !matches!(frame, Frame::Object | Frame::Clause | Frame::That) {
        return None;
    }
    // The first "that" within reach, before a quote, colon or bracket (a word test: most
    // frames have none, so the verb tests below run rarely).
    let t = (i..ws.len().min(i + FAR_REACH))
        .take_while(|&k| {
            let gap = &text[ws[k.max(1) - 1].end..ws[k].start];
            k == i || !(gap.contains([';', ':', '“', '"', '(']) || gap.contains("''"))
        })
        .find(|&k| ws[k].is(text, "that"))?;
    // Nor past a verb or an infinitive: "advised consumers to give shops ... given that".
    let verb =
        |k: usize| crate::extract::claims::verbs::is_finite(doc, s, k) || infinitive_at(doc, s, k);
    if (i..t).any(verb) {
        return None;
    }
    if t > 0 && ws[t - 1].is_any(text, THAT_COMPOUNDS) {
        return None;
    }
    // Set off by a comma before "that" ("wrote the local newspaper, The Perry Chief, that")
    // or right after the verb, or past the hearer of "told" or a phrase.
    let aside = (i > 0 && gap(i).contains(',')) || (t > 0 && gap(t).contains(','));
    let opened = frame == Frame::Object || aside || PHRASE_SET.contains(w.str(text));
    // (A dash may open an aside right after "that": "says that – in his professional life –".)
    let next = t + 1;
    let clause = next < ws.len()
        && !gap(next).contains([',', ';', ':', '(', ')'])
        && !crate::extract::claims::verbs::is_finite(doc, s, next)
        && !super::clause::is_finite_word(ws[next].str(text));
    (opened && clause).then_some(t)
}
