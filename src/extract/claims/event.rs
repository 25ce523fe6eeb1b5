//! Events: a named actor (a country, an organisation or a person, or a pronoun resolved to
//! one) doing something newsworthy, from a lexicon of news verbs ("the United States lifted
//! sanctions", "Belarus, a close ally of Russia, allowed Russian forces to ...").

use super::{Claim, ClaimKind, Doc};
use std::sync::LazyLock;

use crate::extract::word_table::WordSet;
use crate::extract::words::Word;

/// Verbs of news events, past tense and participles.
const VERBS: &[&str] = &[
    "lifted",
    "lifting",
    "imposed",
    "imposing",
    "invaded",
    "invading",
    "allowed",
    "signed",
    "signing",
    "launched",
    "launching",
    "banned",
    "banning",
    "approved",
    "rejected",
    "vetoed",
    "ratified",
    "expelled",
    "sanctioned",
    "attacked",
    "bombed",
    "seized",
    "captured",
    "annexed",
    "withdrew",
    "resigned",
    "appointed",
    "sacked",
    "sued",
    "charged",
    "convicted",
    "acquitted",
    "deported",
    "suspended",
    "cancelled",
    "canceled",
    "abolished",
    "closed",
    "acquired",
    "bought",
    "merged",
    "tore",
    "tearing",
    "facilitated",
    "negotiated",
    "traded",
    "ordered",
    "accused",
    "denied",
    "confirmed",
    "threatened",
    "blocked",
    "raided",
    "arrested",
];
/// Capitalised words that are not actors.
const NOT_ACTORS: &[&str] = &[
    "the", "a", "an", "he", "she", "it", "they", "we", "i", "you", "but", "and", "so", "this",
    "that", "because", "when", "if", "while", "now", "then",
];
static VERB_SET: LazyLock<WordSet> = LazyLock::new(|| WordSet::of(VERBS));

/// Head nouns an actor may end with ("the US government").
const ACTOR_HEADS: &[&str] = &[
    "government",
    "authorities",
    "officials",
    "regime",
    "army",
    "forces",
    "police",
    "court",
    "parliament",
    "administration",
];
/// Words between the actor and the verb that do not break the link.
const ADVERBS: &[&str] = &[
    "also",
    "just",
    "then",
    "later",
    "literally",
    "reportedly",
    "allegedly",
    "has",
    "had",
    "have",
    "recently",
    "finally",
    "quickly",
];
/// The most words an event's action may run to.
const MAX_ACTION: usize = 12;

pub fn find(doc: &Doc<'_>, s: usize, out: &mut Vec<Claim>) {
    if doc.is_heading(s) {
        return;
    }
    let text = doc.text;
    let ws = &doc.words[s];
    for (v, verb) in ws.iter().enumerate() {
        if v == 0 || !VERB_SET.contains(verb.str(text)) || doc.is_negated(s, v) {
            continue;
        }
        let Some((at, actor)) = actor_before(doc, s, v) else {
            continue;
        };
        let end = action_end(doc, s, v);
        // A participle's subject may stand far back: then the claim is the action alone.
        let from = if v - at <= 8 {
            ws[at].start
        } else {
            verb.start
        };
        let mut claim = Claim::new(ClaimKind::Event, s, from, end);
        claim.subject = Some(actor);
        claim.object = Some(text[verb.start..end].to_string());
        claim.value_text = Some(verb.str(text).to_lowercase());
        out.push(claim);
    }
}

/// The actor of the verb at word `v`: a capitalised phrase just before it (after adverbs and
/// an appositive between commas), or a person (a participle's subject may be further back).
fn actor_before(doc: &Doc<'_>, s: usize, v: usize) -> Option<(usize, String)> {
    let text = doc.text;
    let ws = &doc.words[s];
    let mut j = v;
    while j > 0 && ws[j - 1].is_any(text, ADVERBS) {
        j -= 1;
    }
    let before_appositive = skip_appositive(doc, s, j);
    let appositive = before_appositive != j;
    j = before_appositive;
    // A person named right before the verb is the actor, whatever titles stand before them
    // ("US Energy Secretary Spencer Abraham confirmed").
    let last = j.checked_sub(1).map(|k| ws[k]);
    let named = last.and_then(|w| {
        let upto = doc.names.partition_point(|n| n.start <= w.start);
        doc.names[..upto].last().filter(|n| n.end == w.end)
    });
    if let Some(name) = named {
        return Some((doc.word_at(s, name.start), name.full.clone()));
    }
    if let Some(found) = proper_phrase_before(doc, s, j, appositive) {
        return Some(found);
    }
    if ws[v].str(text).ends_with("ing") {
        return doc.person_before(s, v.checked_sub(1)?);
    }
    let (len, name) = doc.person_at(s, j.checked_sub(1)?)?;
    (len == 1).then(|| (j - 1, name))
}

/// "Belarus, a close ally of Russia, allowed": steps back over ", a ... ," before word `j`.
fn skip_appositive(doc: &Doc<'_>, s: usize, j: usize) -> usize {
    let ws = &doc.words[s];
    let Some(prev) = j.checked_sub(1) else {
        return j;
    };
    let between = &doc.text[ws[prev].end..ws.get(j).map_or(ws[prev].end, |w| w.start)];
    if !between.contains(',') {
        return j;
    }
    let opener = (prev.saturating_sub(6)..prev).rev().find(|&k| {
        ws[k].is_any(doc.text, &["a", "an", "the"])
            && k > 0
            && doc.text[ws[k - 1].end..ws[k].start].contains(',')
    });
    opener.unwrap_or(j)
}

/// A run of capitalised words or acronyms ending right before word `j`, optionally with an
/// actor head noun ("the US government"): its first word and its text. A word that opens the
/// sentence counts only if the article writes it with a capital elsewhere too, or an
/// appositive follows it ("Russia, a neighbour of Ukraine, annexed").
fn proper_phrase_before(
    doc: &Doc<'_>,
    s: usize,
    j: usize,
    appositive: bool,
) -> Option<(usize, String)> {
    let (text, ws) = (doc.text, &doc.words[s]);
    let mut end = j;
    if end > 0 && ws[end - 1].is_any(text, ACTOR_HEADS) {
        end -= 1;
    }
    let mut start = end;
    while start > 0 && is_proper(text, &ws[start - 1]) && end - start < 4 {
        start -= 1;
    }
    if start == 0 && start < end && !appositive && !doc.is_proper(&ws[0]) {
        start = 1;
    }
    if start >= end {
        return None;
    }
    let phrase = &text[ws[start].start..ws[j - 1].end];
    Some((start, phrase.trim_end_matches(['’', '\'']).to_string()))
}

fn is_proper(text: &str, w: &Word) -> bool {
    w.base(text).starts_with(char::is_uppercase) && !w.is_any(text, NOT_ACTORS)
}

/// Where the action that starts at verb `v` ends: the next comma or clause break, or the end
/// of the sentence, at most [`MAX_ACTION`] words on.
fn action_end(doc: &Doc<'_>, s: usize, v: usize) -> usize {
    let ws = &doc.words[s];
    let mut end = ws[v].end;
    for w in ws.iter().skip(v + 1).take(MAX_ACTION) {
        if doc.text[end..w.start].contains([',', ';', ':', '—', '(', '?', '!']) {
            break;
        }
        end = w.end;
    }
    end
}
