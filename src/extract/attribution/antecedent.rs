//! What a pronoun or description refers back to: the speakers and names met so far. "He" is
//! the latest speaker or the latest person named as a sentence's subject, never a name
//! inside a quote; "the minister" is the latest person titled or described as minister.

use super::Quote;
use super::source::broken;
use crate::extract::claims::Doc;
use crate::extract::people::Name;

/// What sort of source a claimer is, for later pronouns: "he" takes a person, "it" a body,
/// "they" a group or a body.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Person,
    Group,
    Body,
}

/// How many sentences back a description or pronoun looks for what it names.
const LOOK_BACK: usize = 8;

/// The sources resolved so far in an article, in text order, and its quotes.
#[derive(Debug)]
pub struct Memory<'q> {
    seen: Vec<(usize, usize, String, Kind)>,
    quotes: &'q [Quote],
    /// The content of the frame being resolved: a name in what is reported is not who
    /// reports it ("Clinton “caused havoc,” he said").
    content: (usize, usize),
}

impl<'q> Memory<'q> {
    pub fn new(quotes: &'q [Quote]) -> Memory<'q> {
        Memory {
            seen: Vec::new(),
            quotes,
            content: (0, 0),
        }
    }

    /// Sets the content of the frame whose source is resolved next.
    pub fn reporting(&mut self, content: (usize, usize)) {
        self.content = content;
    }

    /// Records the source `name` met at byte `at` of sentence `sentence`.
    pub fn push(&mut self, sentence: usize, at: usize, name: &str, kind: Kind) {
        self.seen.push((sentence, at, name.to_string(), kind));
    }

    /// The latest source of one of `kinds` within [`LOOK_BACK`] sentences of `s`.
    pub fn latest(&self, s: usize, kinds: &[Kind]) -> Option<&str> {
        self.seen
            .iter()
            .rev()
            .take_while(|(at, ..)| at + LOOK_BACK >= s)
            .find(|(.., k)| kinds.contains(k))
            .map(|(_, _, name, _)| name.as_str())
    }

    /// The latest person who spoke within [`LOOK_BACK`] sentences of `s` whose name opens
    /// with a common given name of a woman (`female`) or a man ("Nottingham Forest" is none).
    pub fn latest_person(&self, s: usize, female: bool) -> Option<&str> {
        self.seen
            .iter()
            .rev()
            .take_while(|(at, ..)| at + LOOK_BACK >= s)
            .filter(|(.., k)| *k == Kind::Person)
            .map(|(_, _, name, _)| name.as_str())
            .find(|name| super::given_names::is_given(name.split(' ').next().unwrap_or(""), female))
    }

    /// The person "he" or "she" at byte `at` of sentence `s` refers to: the later of the
    /// latest speaker and the latest person named as a subject; else the nearest name.
    pub fn person_for(&self, doc: &Doc<'_>, s: usize, at: usize, female: bool) -> Option<String> {
        let upto = doc.names.partition_point(|n| n.start < at);
        let names: Vec<&Name> = doc.names[..upto]
            .iter()
            .rev()
            .take_while(|n| n.sentence + LOOK_BACK >= s)
            .filter(|n| !self.in_quote(n.start) && fits_gender(doc, n, female))
            .filter(|n| !(self.content.0 <= n.start && n.start < self.content.1))
            .collect();
        let subject = names
            .iter()
            .find(|n| is_subject(doc, n))
            .map(|n| (n.start, &n.full));
        let speaker = self
            .seen
            .iter()
            .rev()
            .take_while(|(sentence, ..)| sentence + 3 >= s)
            .find(|(_, _, name, k)| *k == Kind::Person && names.iter().any(|n| &n.full == name))
            .map(|(_, at, name, _)| (*at, name));
        let best = match (subject, speaker) {
            (Some(a), Some(b)) => Some(if a.0 > b.0 { a.1 } else { b.1 }),
            (a, b) => a.or(b).map(|x| x.1),
        };
        best.or_else(|| names.first().map(|n| &n.full)).cloned()
    }

    fn in_quote(&self, at: usize) -> bool {
        let k = self.quotes.partition_point(|q| q.start <= at);
        self.quotes[..k].last().is_some_and(|q| at < q.end)
    }
}

/// A name titled "Mrs", "Ms" or "Miss" is not "he"; one titled "Mr" is not "she"; a
/// common given name takes its usual pronoun.
fn fits_gender(doc: &Doc<'_>, n: &Name, female: bool) -> bool {
    let given = n.full.split_whitespace().next().unwrap_or("");
    if n.full.contains(' ') && !super::given_names::agrees(given, female) {
        return false;
    }
    let ws = &doc.words[n.sentence];
    let first = doc.word_at(n.sentence, n.start);
    let Some(title) = first.checked_sub(1).map(|k| &ws[k]) else {
        return true;
    };
    if title.is_any(doc.text, &["mrs", "ms", "miss"]) {
        return female;
    }
    !(title.is(doc.text, "mr") && female)
}

/// Whether the name stands where a sentence's subject does: first, after a conjunction, or
/// after an opening phrase set off by a comma.
fn is_subject(doc: &Doc<'_>, n: &Name) -> bool {
    let first = doc.word_at(n.sentence, n.start);
    let ws = &doc.words[n.sentence];
    first == 0
        || (first == 1 && ws[0].is_any(doc.text, &["but", "and", "then", "so", "yet", "still"]))
        || broken(doc, n.sentence, first - 1, first)
}

/// The nearest person named before sentence `s` with `role` as a title or in an
/// appositive: "Foreign Minister Sergei Lavrov" for "the minister".
pub fn person_by_role(doc: &Doc<'_>, s: usize, role: &str) -> Option<String> {
    let end = doc.sentences[s].start;
    let upto = doc.names.partition_point(|n| n.start < end);
    doc.names[..upto]
        .iter()
        .rev()
        .take_while(|n| n.sentence + LOOK_BACK >= s)
        .find(|n| described_as(doc, n, role))
        .map(|n| n.full.clone())
}

/// Whether the name has `role` in the title before it or in an appositive after it.
fn described_as(doc: &Doc<'_>, n: &Name, role: &str) -> bool {
    let ns = n.sentence;
    let ws = &doc.words[ns];
    let first = doc.word_at(ns, n.start);
    let after = doc.word_at(ns, n.end);
    let is_role = |k: usize| {
        let w = ws[k].str(doc.text);
        w.eq_ignore_ascii_case(role)
            || w.strip_suffix('s')
                .is_some_and(|b| b.eq_ignore_ascii_case(role))
    };
    let title = (first.saturating_sub(4)..first).any(is_role);
    let opens = after < ws.len() && after > 0 && broken(doc, ns, after - 1, after);
    let appositive = opens
        && (after..ws.len().min(after + 10))
            .take_while(|&k| k == after || !broken(doc, ns, k - 1, k))
            .any(is_role);
    title || appositive
}

/// The body named before with `noun` in its name ("the ministry" -> "Foreign Ministry").
pub fn body_by_noun(doc: &Doc<'_>, s: usize, noun: &str) -> Option<String> {
    let text = doc.text;
    (s.saturating_sub(LOOK_BACK)..=s).rev().find_map(|e| {
        let ws = &doc.words[e];
        let at = ws.iter().rposition(|w| {
            w.str(text).starts_with(char::is_uppercase) && w.base(text).eq_ignore_ascii_case(noun)
        })?;
        let capital = |k: usize| ws[k].str(text).starts_with(char::is_uppercase);
        let mut first = at;
        while first > 0 && capital(first - 1) && !broken(doc, e, first - 1, first) {
            first -= 1;
        }
        if first == 0 && first < at && !doc.is_proper(&ws[0]) {
            first = 1;
        }
        let mut last = at;
        while last + 2 < ws.len() && ws[last + 1].is(text, "of") && capital(last + 2) {
            last += 2;
        }
        Some(text[ws[first].start..ws[last].end].to_string())
    })
}

/// How many sentences back "it" or "the company" looks for a body named as a subject.
const BODY_LOOK_BACK: usize = 3;

/// The latest body named as the subject of a sentence before `s` ("Microsoft announced a
/// new console. The company said ..."): capitalised words opening the sentence, written so
/// elsewhere in the article too, that name no person.
pub fn body_subject(doc: &Doc<'_>, s: usize) -> Option<String> {
    let text = doc.text;
    (s.saturating_sub(BODY_LOOK_BACK)..s).rev().find_map(|e| {
        let ws = &doc.words[e];
        let first = usize::from(ws.first()?.is_any(text, &["the", "but", "and"]));
        let noun = ws.get(first)?.str(text);
        if first == 1 && ws[0].is(text, "the") && noun.starts_with(char::is_lowercase) {
            // "The ministry spoke on Monday. It said ...": a body described as the subject.
            let body = super::lexicon::ORG_SET.contains(noun)
                && !super::lexicon::DOCUMENT_SET.contains(noun);
            return body.then(|| format!("the {noun}"));
        }
        let run = (first..ws.len().min(first + 4))
            .take_while(|&k| {
                ws[k].str(text).starts_with(char::is_uppercase) && doc.is_proper(&ws[k])
            })
            .take_while(|&k| k == first || !broken(doc, e, k - 1, k))
            .count();
        let last = (first + run).checked_sub(1).filter(|_| run > 0)?;
        let from = doc.names.partition_point(|n| n.end <= ws[first].start);
        let person = doc
            .names
            .get(from)
            .is_some_and(|n| n.start <= ws[last].start);
        let word = ws[first].str(text);
        // "A", "That", "However" open sentences without naming anything.
        let common = super::lexicon::is_common_speaker(word)
            || super::function_words::DETERMINER_SET.contains(word)
            || super::function_words::is_opener(word)
            || super::function_words::TIME_SET.contains(word)
            || !(ws[first].is_capitalized(text) || super::function_words::is_acronym(word));
        (!person && !common && !doc.is_heading(e)).then(|| {
            ws[first..=last]
                .iter()
                .map(|w| w.base(text))
                .collect::<Vec<_>>()
                .join(" ")
        })
    })
}
