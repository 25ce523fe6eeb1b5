//! The subject a participle or coordinated frame takes when no earlier frame in its sentence
//! named one ("Trump dismissed the report, saying ...", "Hayek confirmed it and said, “...”").

use super::antecedent::Memory;
use super::function_words::SUBORDINATOR_SET;
use super::resolve;
use super::source::{self, Phrase};
use crate::extract::claims::Doc;

/// The subject a participle or coordinated frame takes when no earlier frame named one: the
/// first person named as the subject of the sentence ("Trump dismissed the report, saying
/// ...", "Walking on, Ebeling reminisced ... and said ...").
pub fn opening_subject(
    doc: &Doc<'_>,
    s: usize,
    before: usize,
    memory: &mut Memory<'_>,
) -> Option<((usize, usize), String)> {
    let ws = &doc.words[s];
    let found = (main_clause_start(doc, s, before)..ws.len())
        .take_while(|&k| ws[k].start < before)
        .find_map(|k| subject_at(doc, s, k).map(|len| (k, len)));
    let p = match found {
        Some((first, len)) => Phrase {
            first,
            last: first + len - 1,
        },
        // "Other Republican candidates have followed his lead, saying ...": the subject of
        // the clause's first verb.
        None => main_subject(doc, s, doc.word_at(s, before))?,
    };
    let first = p.first;
    let (claimer, kind) = resolve::claimer(doc, s, p, memory)?;
    memory.push(s, ws[first].start, &claimer, kind);
    Some(((ws[p.first].start, ws[p.last].end), claimer))
}

/// The first word of the main clause that holds byte `before`: past an opening subordinate
/// clause and its comma ("As they met in Ottawa, Trump was in Maine, promising ...": Trump
/// promises, not "they"); the sentence's first word otherwise.
pub fn main_clause_start(doc: &Doc<'_>, s: usize, before: usize) -> usize {
    let (text, ws) = (doc.text, &doc.words[s]);
    let first = (0..ws.len())
        .find(|&k| !ws[k].is_any(text, CONNECTIVES))
        .unwrap_or(0);
    if first >= ws.len() || !SUBORDINATOR_SET.contains(ws[first].str(text)) {
        return 0;
    }
    // The clause's comma, in reach, with a verb of the clause before it ("As part of his
    // reforms he has announced: ..." opens with a phrase, not a clause).
    let comma = (first + 1..ws.len().min(first + MAX_SUBORDINATE))
        .take_while(|&k| ws[k].start < before)
        .find(|&k| text[ws[k - 1].end..ws[k].start].contains([',', ':', ';']))
        .filter(|&k| text[ws[k - 1].end..ws[k].start].contains(','));
    comma
        .filter(|&k| (first + 1..k).any(|j| crate::extract::claims::verbs::is_finite(doc, s, j)))
        .unwrap_or(0)
}

/// How many words an opening subordinate clause may run to before its comma.
const MAX_SUBORDINATE: usize = 25;

/// The subject phrase of the first finite verb among the words before word `to`.
fn main_subject(doc: &Doc<'_>, s: usize, to: usize) -> Option<Phrase> {
    subject_of(
        doc,
        s,
        crate::extract::claims::verbs::first_finite(doc, s, 1, to)?,
    )
}

/// The subject phrase of the finite verb at word `v`, when it names a speaker and opens the
/// clause.
pub fn subject_of(doc: &Doc<'_>, s: usize, v: usize) -> Option<Phrase> {
    let p = source::before(doc, s, v)?;
    let ws = &doc.words[s];
    let h = source::head(doc, s, p);
    let w = ws[h].str(doc.text);
    // A head that names a speaker: a name or a noun for people or a body; not a noun in an
    // opening phrase ("In TV interviews and tweets, ...").
    let named = w.starts_with(char::is_uppercase) || super::lexicon::is_common_speaker(w);
    let opens = p.first == 0 || source::broken(doc, s, p.first - 1, p.first);
    let in_phrase =
        p.first > 0 && super::function_words::is_preposition(ws[p.first - 1].str(doc.text));
    (named && opens && !in_phrase).then_some(p)
}

/// Words that may open a clause before its subject.
const CONNECTIVES: &[&str] = &["but", "and", "then", "so", "yet", "still", "now", "also"];

/// A subject at word `k` and its length: "he", "she" or "they" anywhere (objects are "him",
/// "her", "them"); where a clause starts, a name ("Mr. Trump" with its title), "it", or
/// "the" and capitalised words ("the Wisconsin Republican").
fn subject_at(doc: &Doc<'_>, s: usize, k: usize) -> Option<usize> {
    let (text, ws) = (doc.text, &doc.words[s]);
    let word = resolve::uncontracted(ws[k].str(text));
    let is = |p: &[&str]| p.iter().any(|p| word.eq_ignore_ascii_case(p));
    if is(&["he", "she", "they"]) {
        return Some(1);
    }
    // "And then Trump went on the attack, saying ...": connectives may open the clause.
    // A bracket is no clause break: "Ted Cruz (R-Texas) Wednesday, saying" is Cruz's aside.
    // "When Trump referred to ... and said ...": the subject of an opening subordinate
    // clause, for a frame inside it.
    let after_subordinator = || {
        k > 0
            && SUBORDINATOR_SET.contains(ws[k - 1].str(text))
            && (0..k - 1).all(|j| ws[j].is_any(text, CONNECTIVES))
    };
    let starts = (0..k).all(|j| ws[j].is_any(text, CONNECTIVES))
        || after_subordinator()
        || (source::broken(doc, s, k - 1, k)
            && !text[ws[k - 1].end..ws[k].start].contains(['(', ')']));
    if !starts {
        return None;
    }
    if is(&["it"]) {
        return Some(1);
    }
    let capital = |j: usize| j < ws.len() && ws[j].str(text).starts_with(char::is_uppercase);
    // A title before a name ("Mr. Trump"), not a word before a pronoun ("In his").
    let titled = || {
        let name = doc
            .names
            .binary_search_by_key(&ws.get(k + 1)?.start, |n| n.start)
            .ok()?;
        let len = doc.word_at(s, doc.names[name].end) - (k + 1);
        ws[k].is_capitalized(text).then_some(len + 1)
    };
    let described = || {
        let run = (k + 1..ws.len().min(k + 5))
            .take_while(|&j| capital(j))
            .count();
        (ws[k].is(text, "the") && run > 0).then_some(run + 1)
    };
    // "Fiorina endorsed Cruz, saying ...": a name written so elsewhere, known or not.
    let proper = || {
        let w = &ws[k];
        (w.is_capitalized(text)
            && doc.is_proper(w)
            && !super::lexicon::is_common_speaker(w.str(text)))
        .then_some(1)
    };
    // A capitalised word is a subject only before its predicate ("Salem, New Hampshire,
    // Trump went after Bush, calling him ...": not "New").
    let predicate = |len: usize| predicate_follows(doc, s, k + len).then_some(len);
    doc.person_at(s, k)
        .map(|(len, _)| len)
        .or_else(titled)
        .or_else(|| described().and_then(predicate))
        .or_else(|| proper().and_then(predicate))
}

/// Whether word `e` can open the predicate of a subject ending before it: a finite verb,
/// maybe after an adverb ("Fiorina endorsed", "Trump then said"), or a comma opening an
/// appositive ("Fiorina, the former executive, endorsed").
fn predicate_follows(doc: &Doc<'_>, s: usize, e: usize) -> bool {
    use crate::extract::claims::verbs::is_finite;
    let ws = &doc.words[s];
    if e == 0 || e >= ws.len() {
        return false;
    }
    source::broken(doc, s, e - 1, e)
        || is_finite(doc, s, e)
        || (source::is_adverb(ws[e].str(doc.text)) && e + 1 < ws.len() && is_finite(doc, s, e + 1))
}

/// "an email to supporters saying ...": the hearer after "to" does not speak the participle
/// after it; the document sent to them does (and [`issuer`] then gives its sender).
pub fn sender(doc: &Doc<'_>, s: usize, p: Phrase) -> Option<Phrase> {
    let to = p.first.checked_sub(1)?;
    if !doc.words[s][to].is(doc.text, "to") || source::broken(doc, s, to, p.first) {
        return None;
    }
    let d = source::before(doc, s, to)?;
    let h = &doc.words[s][source::head(doc, s, d)];
    let sent = super::lexicon::DOCUMENT_SET.contains(h.str(doc.text)) || h.is_any(doc.text, SENT);
    sent.then_some(d)
}

/// Things sent to someone that speak for their sender, besides documents.
const SENT: &[&str] = &["email", "e-mail", "message", "text", "note", "tweet"];

/// Verbs by which a source puts out a document that then speaks for it ("The firm issued a
/// statement saying ...": the firm says it).
const ISSUES: &[&str] = &[
    "issued",
    "released",
    "sent",
    "posted",
    "published",
    "put",
    "circulated",
    "distributed",
    "blasted",
];

/// "The firm issued a statement saying ...": a document that a subject issues speaks for the
/// subject; the subject's phrase, when `p` is such a document ("Critics cited a report
/// saying ..." stays the report's).
pub fn issuer(doc: &Doc<'_>, s: usize, p: Phrase) -> Option<Phrase> {
    let ws = &doc.words[s];
    let h = source::head(doc, s, p);
    let verb = p.first.checked_sub(1)?;
    // "sent out a text message saying": past the verb's particle.
    let verb = if ws[verb].is_any(doc.text, &["out", "off"])
        && verb > 0
        && !source::broken(doc, s, verb - 1, verb)
    {
        verb - 1
    } else {
        verb
    };
    let issued = super::lexicon::DOCUMENT_SET.contains(ws[h].str(doc.text))
        && ws[verb].is_any(doc.text, ISSUES)
        && !source::broken(doc, s, verb, p.first);
    issued.then(|| source::before(doc, s, verb)).flatten()
}
