//! Quotes: words in quotation marks, with the speaker where the sentence names one ("...,” he
//! said", "said Heizo Takenaka", "some even declaring, “Never give up.”" -> the sentence's
//! subject) and labels ("a man often referred to as “Europe’s last dictator”").
//! A one-word scare quote (“improving”) is not a quote of anyone.

use std::sync::LazyLock;

use super::{Claim, ClaimKind, Doc};
use crate::extract::word_table::WordSet;

const SPEECH: &[&str] = &[
    "said",
    "says",
    "say",
    "told",
    "tells",
    "added",
    "declared",
    "declaring",
    "asked",
    "wrote",
    "tweeted",
    "insisted",
    "warned",
    "stated",
    "explained",
    "claimed",
    "argued",
    "announced",
    "replied",
    "shouted",
    "chanted",
    "chanting",
    "saying",
    "telling",
    "urged",
    "admitted",
];
static SPEECH_SET: LazyLock<WordSet> = LazyLock::new(|| WordSet::of(SPEECH));

/// How many words after a quote a speech verb may follow the name that opens them.
const MAX_SPEECH_GAP: usize = 14;
/// How many sentences back an attribution carries to a quote that opens its sentence.
const CARRY_SENTENCES: usize = 2;
/// The fewest words an unattributed quote needs to count as a statement.
const MIN_UNATTRIBUTED_WORDS: usize = 8;
/// Words before a quote that make it a label for someone.
const LABELS: &[&[&str]] = &[
    &["referred", "to", "as"],
    &["known", "as"],
    &["dubbed"],
    &["nicknamed"],
    &["branded"],
    &["described", "as"],
    &["called"],
];
/// Speakers that stand for part of the sentence's subject ("some even declaring").
const PARTITIVES: &[&str] = &[
    "some", "many", "others", "one", "several", "most", "few", "all", "they",
];

pub fn find(doc: &Doc<'_>, s: usize, out: &mut Vec<Claim>) {
    let span = doc.sentences[s];
    let sentence = &doc.text[span.start..span.end];
    for (open, close) in quote_spans(sentence) {
        let (start, end) = (span.start + open, span.start + close);
        let inner = sentence[open..close].trim_matches(|c: char| !c.is_alphanumeric());
        let terminal = sentence[..close]
            .trim_end_matches(['”', '"', '’', '\''])
            .ends_with(['.', '!', '?']);
        let words = inner.split_whitespace().count();
        if words < 2 && !terminal {
            continue;
        }
        let mut claim = Claim::new(ClaimKind::Quote, s, start, end);
        claim.value_text = Some(inner.to_string());
        let first = doc.word_at(s, start);
        let last = doc.word_at(s, end);
        if let Some(person) = label_of(doc, s, first) {
            claim.subject = Some(person);
            claim.object = Some("label".to_string());
        } else {
            claim.subject = speaker(doc, s, first, last).or_else(|| {
                // A quote that opens its sentence continues what was said just before.
                let earlier = s.saturating_sub(CARRY_SENTENCES)..s;
                (first == 0)
                    .then(|| earlier.rev().find_map(|e| attribution(doc, e)))
                    .flatten()
            });
        }
        // A short phrase in quotation marks with nobody saying it is a title or a scare
        // quote ("Marshall Plan", "common heritage"), not a statement to check.
        if claim.subject.is_none() && !terminal && words < MIN_UNATTRIBUTED_WORDS {
            continue;
        }
        out.push(claim);
    }
}

/// Byte ranges (within the sentence) of quoted passages, marks included.
fn quote_spans(sentence: &str) -> Vec<(usize, usize)> {
    let mut spans = Vec::new();
    // Two single-char searches run on memchr; a char-set search does not.
    if !sentence.contains('"') && !sentence.contains('“') {
        return spans;
    }
    let mut open: Option<usize> = None;
    let mut straight: Option<usize> = None;
    for (i, c) in sentence.char_indices() {
        match c {
            '“' => open = Some(i),
            '”' => {
                if let Some(o) = open.take() {
                    spans.push((o, i + c.len_utf8()));
                }
            }
            '"' => match straight.take() {
                Some(o) => spans.push((o, i + 1)),
                None => straight = Some(i),
            },
            _ => {}
        }
    }
    spans.sort_unstable();
    spans
}

/// "<person> ... referred to as “...”": the person the label names.
fn label_of(doc: &Doc<'_>, s: usize, first: usize) -> Option<String> {
    let ws = &doc.words[s];
    let label = LABELS.iter().find_map(|phrase| {
        let at = first.checked_sub(phrase.len())?;
        let fits = phrase
            .iter()
            .zip(&ws[at..first])
            .all(|(p, w)| w.is(doc.text, p));
        fits.then_some(at)
    })?;
    doc.person_before(s, label.checked_sub(1)?)
        .map(|(_, name)| name)
}

/// Who says the quote between words `first` and `last`.
fn speaker(doc: &Doc<'_>, s: usize, first: usize, last: usize) -> Option<String> {
    let ws = &doc.words[s];
    let text = doc.text;
    // "“...,” Ed Graczyk, director of marketing for Microsoft IPTV, told the BBC."
    let named_next = doc.person_at(s, last).filter(|_| {
        (last..ws.len().min(last + MAX_SPEECH_GAP)).any(|j| SPEECH_SET.contains(ws[j].str(text)))
    });
    if let Some((_, name)) = named_next {
        return Some(name);
    }
    let after = (last..ws.len().min(last + 4)).find(|&j| SPEECH_SET.contains(ws[j].str(text)));
    if let Some(v) = after {
        // "“...,” he said" or "“...,” said Heizo Takenaka".
        let after = doc.person_after(s, v + 1, 4);
        let before = || {
            doc.person_before(s, v.checked_sub(1)?)
                .filter(|(j, _)| *j >= last)
        };
        return after.or_else(before).map(|(_, name)| name);
    }
    let v = (first.saturating_sub(6)..first)
        .rev()
        .find(|&j| SPEECH_SET.contains(ws[j].str(text)))?;
    let lead = v.checked_sub(1)?;
    if (lead.saturating_sub(2)..=lead).any(|j| ws[j].is_any(text, PARTITIVES)) {
        return sentence_subject(doc, s);
    }
    doc.person_before(s, lead).map(|(_, name)| name)
}

/// Who speaks in sentence `s`: the person next to its first speech verb ("However Bwalya
/// warned his side ..."). News carries an attribution forward to the quotes that follow it.
fn attribution(doc: &Doc<'_>, s: usize) -> Option<String> {
    let ws = &doc.words[s];
    let v = ws
        .iter()
        .position(|w| SPEECH_SET.contains(w.str(doc.text)))?;
    let before = v.checked_sub(1).and_then(|i| doc.person_before(s, i));
    before
        .or_else(|| doc.person_after(s, v + 1, 4))
        .map(|(_, name)| name)
}

/// The noun phrase that opens the sentence, up to its first comma or verb-like word:
/// "The prisoners themselves, understandably, ..." -> "the prisoners".
fn sentence_subject(doc: &Doc<'_>, s: usize) -> Option<String> {
    let span = doc.sentences[s];
    let sentence = &doc.text[span.start..span.end];
    let head = sentence.split([',', ';', ':']).next()?;
    let words: Vec<&str> = head
        .split_whitespace()
        .take(4)
        .filter(|w| !w.ends_with("selves"))
        .collect();
    let phrase = words.join(" ");
    let phrase = phrase.trim_matches(|c: char| !c.is_alphanumeric());
    (!phrase.is_empty() && words.len() <= 3).then(|| lowercase_first(phrase))
}

fn lowercase_first(phrase: &str) -> String {
    let mut chars = phrase.chars();
    match chars.next() {
        Some(c)
            if phrase
                .split_whitespace()
                .next()
                .is_some_and(|w| w.eq_ignore_ascii_case("the")) =>
        {
            c.to_lowercase().chain(chars).collect()
        }
        _ => phrase.to_string(),
    }
}
