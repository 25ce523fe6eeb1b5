//! Frames around a preposition, a noun or a colon: "according to X", "the US rationale?
//! ...", "Jane Doe: “...”", "Ridge put it this way: “...”", "X promoted the idea that Y",
//! "his claim that Y".

use super::content;
use super::frames::{Found, found};
use super::quotes::Quote;
use super::source::{self, Phrase, broken};
use crate::extract::claims::Doc;

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
    if !doc.sentence_text(s).as_bytes().contains(&b':') {
        return None;
    }
    let k = (0..ws.len().min(4))
        .find(|&k| k + 1 < ws.len() && text[ws[k].end..ws[k + 1].start].contains(':'))?;
    if (0..=k).any(|j| super::cues::is_cue(ws[j].str(text))) {
        // "But she added: “...”" is the verb's frame, not a name's.
        return None;
    }
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
    if let Some(content) = super::adjacent::quote_at(doc, ws[k].end, quotes) {
        return Some(found(source, content));
    }
    // "Clinton: Trump's view is 'dangerously wrong'" speaks only in a headline; in running
    // text "Bridget Jones: The Edge of Reason was named ..." is a title.
    let headline = s == 0 || !doc.sentence_text(s).ends_with(['.', '!', '?', '”', '"']);
    let clause = headline
        && super::clause::has_finite_verb(doc, s, k + 1)
        && !super::clause::starts_with_question(doc, s, k + 1);
    clause
        .then(|| content::rest(doc, s, k + 1))
        .flatten()
        .map(|c| found(source, c))
}

/// Subjects that point at a thing, not a speaker.
const NOT_SPEAKERS: &[&str] = &[
    "it", "this", "that", "there", "these", "those", "what", "which",
];

/// How many words the clause before an introducing colon may run to.
const INTRODUCER_REACH: usize = 30;

/// "Tom Ridge put it this way: “...”", "The Clinton campaign worded it more carefully:
/// “...”": a clause that ends on a colon opening a quote introduces it, whatever its verb,
/// and its subject speaks it when the subject names a speaker (a name, a pronoun or a noun
/// for people or a body; not "The answer is simple: “...”").
pub fn introduced(doc: &Doc<'_>, s: usize, quotes: &[Quote]) -> Option<Found> {
    let (text, ws) = (doc.text, &doc.words[s]);
    if !doc.sentence_text(s).as_bytes().contains(&b':') {
        return None;
    }
    let k = (1..ws.len().min(INTRODUCER_REACH))
        .find(|&k| k + 1 < ws.len() && text[ws[k].end..ws[k + 1].start].contains(':'))?;
    let content = super::adjacent::quote_at(doc, ws[k].end, quotes)?;
    // A dash between the clause's verb and the colon starts a new run-in (a headline's "...
    // were there all along - More from Blumenthal and Cohen: “...”").
    let v = crate::extract::claims::verbs::first_finite(doc, s, 1, k + 1)?;
    let tail = &text[ws[v].end..ws[k].end];
    // A capitalised "verb" is part of a name ("Manchester United coach Sir Alex Ferguson:");
    // a reporting word after the verb has a frame of its own ("a poster with a blackboard
    // reading: “...”").
    if tail.contains(['—', '–'])
        || tail.contains(" -")
        || ws[v].str(text).starts_with(char::is_uppercase)
        || (v + 1..=k).any(|j| super::cues::is_cue(ws[j].str(text)))
        || ws[k].str(text).ends_with("ing")
    {
        return None;
    }
    let p = super::subject::subject_of(doc, s, v)?;
    if ws[source::head(doc, s, p)].is_any(text, NOT_SPEAKERS) {
        // "It will be: “Should the United Kingdom approve the treaty?”"
        return None;
    }
    Some(found(p, content))
}

/// How many words "To X," may run to before its comma.
const PERSPECTIVE_REACH: usize = 6;

/// "To Dr Carpenter, the solution comes out of ...", "To many voters, the plan is a
/// betrayal": a person or a group for people, set off by "to" and a comma at the start of
/// the sentence, holds the view the clause after the comma states.
pub fn perspective(doc: &Doc<'_>, s: usize) -> Option<Found> {
    let (text, ws) = (doc.text, &doc.words[s]);
    if ws.len() < 4 || !ws[0].is(text, "to") {
        return None;
    }
    let last = (1..ws.len().min(PERSPECTIVE_REACH + 1))
        .take_while(|&k| k == 1 || !broken(doc, s, k - 1, k))
        .last()?;
    if last + 1 >= ws.len() || !text[ws[last].end..ws[last + 1].start].contains(',') {
        return None;
    }
    let p = Phrase { first: 1, last };
    let h = source::head(doc, s, p);
    let w = ws[h].str(text);
    // A name ending at the comma ("To Dr Carpenter,"), or a noun for people ("To critics,").
    let named = (1..=last).any(|k| {
        doc.person_at(s, k)
            .is_some_and(|(len, _)| k + len == last + 1)
    });
    let person = named || super::lexicon::is_common_speaker(w);
    if !person || !super::clause::has_finite_verb(doc, s, last + 1) {
        return None;
    }
    content::rest(doc, s, last + 1).map(|c| found(p, c))
}

/// Particles of phrasal verbs that put out a noun of saying ("put out a warning", "put
/// forward the argument that").
const PARTICLES: &[&str] = &["out", "forth", "forward", "up"];

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
    let mut verb = det.checked_sub(1)?;
    // "are putting out a warning that": the particle's verb.
    if verb > 0 && ws[verb].is_any(text, PARTICLES) && !broken(doc, s, verb - 1, verb) {
        verb -= 1;
    }
    // A verb, not a copula, conjunction or preposition, stands before the determiner.
    let w = ws[verb].str(text);
    // "talking points - including the false claim that": a participle that works as a
    // preposition lists, nobody makes the claim.
    let listing = ws[verb].is_any(text, &["including", "regarding", "concerning", "like"]);
    let copula = listing
        || ws[verb].is_any(text, &["is", "was", "were", "are", "be", "been"])
        || super::function_words::is_opener(w)
        || super::function_words::is_preposition(w);
    if copula || ws[verb].str(text).starts_with(char::is_uppercase) {
        return None;
    }
    let p = source::before(doc, s, verb)?;
    Some(found(p, content))
}
