//! Who a source phrase names: a person named in it, a pronoun or a description ("the
//! minister", "the company", "they") resolved to the person or body the article named
//! before, else the phrase itself ("officials", "a spokesperson for the ministry").

use std::sync::LazyLock;

use super::lexicon::{ORG_SET, PARTITIVE_SET, ROLE_SET, is_common_speaker};
use super::source::{DETERMINER_SET, Phrase, broken, head};
use crate::extract::claims::Doc;
use crate::extract::words::WordSet;

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

/// The sources resolved so far in an article, in text order.
#[derive(Debug, Default)]
pub struct Memory {
    seen: Vec<(usize, String, Kind)>,
}

impl Memory {
    pub fn push(&mut self, sentence: usize, name: &str, kind: Kind) {
        self.seen.push((sentence, name.to_string(), kind));
    }

    /// The latest source of one of `kinds` within [`LOOK_BACK`] sentences of `s`.
    fn latest(&self, s: usize, kinds: &[Kind]) -> Option<&str> {
        self.seen
            .iter()
            .rev()
            .take_while(|(at, _, _)| at + LOOK_BACK >= s)
            .find(|(_, _, k)| kinds.contains(k))
            .map(|(_, name, _)| name.as_str())
    }
}

static FIRST_PERSON: LazyLock<WordSet> =
    LazyLock::new(|| WordSet::new(&["i", "we", "you", "me", "us", "one"]));

/// The claimer a source phrase names and its kind; `None` when the phrase is the writer or
/// the reader ("I", "we", "you") or an empty "it" with nothing to refer to.
pub fn claimer(doc: &Doc<'_>, s: usize, p: Phrase, memory: &Memory) -> Option<(String, Kind)> {
    let (text, ws) = (doc.text, &doc.words[s]);
    let h = head(doc, s, p);
    let head_word = ws[h].str(text);
    if ws[p.first].is_any(text, &["no", "nobody", "none", "neither"]) {
        // "No one believed ...": nobody claims it.
        return None;
    }
    if p.first == h {
        if let Some(found) = pronoun(doc, s, h, memory) {
            return found;
        }
    }
    if let Some(name) = name_at(doc, s, h).or_else(|| name_at(doc, s, p.first)) {
        return Some((name, Kind::Person));
    }
    let described = p.first < h && ws[p.first].is_any(text, &["the", "this", "that"]);
    if described && ROLE_SET.contains(head_word) {
        if let Some(name) = person_by_role(doc, s, head_word) {
            return Some((name, Kind::Person));
        }
    }
    if described && ORG_SET.contains(head_word) && !head_word.ends_with('s') {
        let named = body_by_noun(doc, s, head_word)
            .or_else(|| memory.latest(s, &[Kind::Body]).map(str::to_string));
        if let Some(name) = named {
            return Some((name, Kind::Body));
        }
    }
    Some(phrase_claimer(doc, s, p, h))
}

/// A pronoun source: `Some(None)` when it is the writer or reader, `None` when not a pronoun.
fn pronoun(doc: &Doc<'_>, s: usize, h: usize, memory: &Memory) -> Option<Option<(String, Kind)>> {
    let w = doc.words[s][h].str(doc.text);
    if FIRST_PERSON.contains(w) {
        return Some(None);
    }
    let lower = w.to_ascii_lowercase();
    Some(match lower.as_str() {
        "he" | "she" => Some(
            doc.person_at(s, h)
                .map_or((lower, Kind::Person), |(_, name)| (name, Kind::Person)),
        ),
        "they" => Some(memory.latest(s, &[Kind::Group, Kind::Body]).map_or(
            (lower, Kind::Group),
            |name| (name.to_string(), Kind::Group),
        )),
        "it" => memory
            .latest(s, &[Kind::Body])
            .map(|name| (name.to_string(), Kind::Body)),
        _ if PARTITIVE_SET.contains(w) => Some((partitive_group(doc, s).unwrap_or(lower), Kind::Group)),
        _ => return None,
    })
}

/// The person named (or referred to) at word `i`.
fn name_at(doc: &Doc<'_>, s: usize, i: usize) -> Option<String> {
    let start = doc.words[s][i].start;
    let upto = doc.names.partition_point(|n| n.start <= start);
    if let Some(n) = doc.names[..upto].last().filter(|n| n.end > start) {
        return Some(n.full.clone());
    }
    // "the man", "the woman": the nearest person named before.
    let reference = doc.person_at(s, i)?;
    Some(reference.1)
}

/// The nearest person named before sentence `s` ends with `role` as a title or in an
/// appositive: "Foreign Minister Sergei Lavrov" for "the minister".
fn person_by_role(doc: &Doc<'_>, s: usize, role: &str) -> Option<String> {
    let end = doc.sentences[s].start;
    let upto = doc.names.partition_point(|n| n.start < end);
    doc.names[..upto]
        .iter()
        .rev()
        .take_while(|n| n.sentence + LOOK_BACK >= s)
        .find(|n| described_as(doc, n.sentence, n.start, n.end, role))
        .map(|n| n.full.clone())
}

/// Whether the name at `start..end` of sentence `ns` has `role` in the title before it
/// or in an appositive after it.
fn described_as(doc: &Doc<'_>, ns: usize, start: usize, end: usize, role: &str) -> bool {
    let ws = &doc.words[ns];
    let first = doc.word_at(ns, start);
    let after = doc.word_at(ns, end);
    let is_role = |k: usize| {
        let w = ws[k].str(doc.text);
        w.eq_ignore_ascii_case(role) || w.strip_suffix('s').is_some_and(|b| b.eq_ignore_ascii_case(role))
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
fn body_by_noun(doc: &Doc<'_>, s: usize, noun: &str) -> Option<String> {
    for e in (s.saturating_sub(LOOK_BACK)..=s).rev() {
        let ws = &doc.words[e];
        let text = doc.text;
        let at = ws.iter().rposition(|w| {
            w.str(text).starts_with(char::is_uppercase) && w.base(text).eq_ignore_ascii_case(noun)
        });
        let Some(at) = at else { continue };
        let capital = |k: usize| ws[k].str(text).starts_with(char::is_uppercase);
        let mut first = at;
        while first > 0 && capital(first - 1) && !broken(doc, e, first - 1, first) {
            first -= 1;
        }
        if first == 0 && !doc.is_proper(&ws[0]) && first < at {
            first = 1;
        }
        let mut last = at;
        while last + 2 < ws.len() && ws[last + 1].is(text, "of") && capital(last + 2) {
            last += 2;
            while last + 1 < ws.len() && capital(last + 1) && !broken(doc, e, last, last + 1) {
                last += 1;
            }
        }
        return Some(text[ws[first].start..ws[last].end].to_string());
    }
    None
}

/// The group a partitive ("some", "many") takes part of: the plural noun phrase that opens
/// the sentence ("The prisoners themselves, ..., with some even declaring").
fn partitive_group(doc: &Doc<'_>, s: usize) -> Option<String> {
    let (text, ws) = (doc.text, &doc.words[s]);
    let plural = (0..ws.len().min(4))
        .take_while(|&k| k == 0 || !broken(doc, s, k - 1, k))
        .find(|&k| {
            let w = ws[k].str(text);
            k > 0 && (w.ends_with('s') || super::lexicon::GROUP_SET.contains(w))
        })?;
    Some(lowercase_article(&text[ws[0].start..ws[plural].end]))
}

/// The source phrase itself as the claimer: "US" for "The US", "officials", "a
/// spokesperson for the ministry".
fn phrase_claimer(doc: &Doc<'_>, s: usize, p: Phrase, h: usize) -> (String, Kind) {
    let (text, ws) = (doc.text, &doc.words[s]);
    let phrase = &text[ws[p.first].start..ws[p.last].end];
    let after_det = if DETERMINER_SET.contains(ws[p.first].str(text)) && p.first < h {
        p.first + 1
    } else {
        p.first
    };
    let proper = (after_det..=h).all(|k| ws[k].str(text).starts_with(char::is_uppercase));
    let head_word = ws[h].str(text);
    let common = after_det == h && is_common_speaker(head_word);
    if proper && !common {
        let name = &text[ws[after_det].start..ws[p.last].end];
        return (name.trim_end_matches(['’', '\'']).to_string(), Kind::Body);
    }
    let kind = if ROLE_SET.contains(head_word) {
        Kind::Person
    } else if super::lexicon::GROUP_SET.contains(head_word)
        || (head_word.ends_with('s') && !ORG_SET.contains(head_word))
    {
        Kind::Group
    } else {
        Kind::Body
    };
    let phrase = phrase.trim_end_matches("’s").trim_end_matches("'s");
    let phrase = if p.first == 0 && !doc.is_proper(&ws[0]) && is_common_speaker(ws[0].str(text)) {
        lowercase_first(phrase)
    } else {
        lowercase_article(phrase)
    };
    (phrase, kind)
}

/// The phrase with its first letter in lower case ("Officials" opening a sentence).
fn lowercase_first(phrase: &str) -> String {
    let mut chars = phrase.chars();
    chars
        .next()
        .map(|c| c.to_lowercase().chain(chars).collect())
        .unwrap_or_default()
}

/// "The prisoners" -> "the prisoners"; names keep their capitals.
pub fn lowercase_article(phrase: &str) -> String {
    let first = phrase.split_whitespace().next().unwrap_or("");
    if DETERMINER_SET.contains(first) && first.starts_with(char::is_uppercase) {
        lowercase_first(phrase)
    } else {
        phrase.to_string()
    }
}
