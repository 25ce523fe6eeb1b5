//! Quotes: words in quotation marks, over as many sentences and paragraphs as they run, with
//! the speaker the attribution finder gives ("...,” he said", "She said: “...”", "some even
//! declaring, “Never give up.”" -> the prisoners) as subject and claimer, and labels ("a man
//! often referred to as “Europe’s last dictator”"). A one-word scare quote (“improving”) is
//! not a quote of anyone, unless it stands in someone's reported words.

use super::{Claim, ClaimKind, Doc};
use crate::extract::attribution::{Quote, Voice};

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

/// The quotes that open in sentence `s`, each one claim however far it runs.
pub fn find(doc: &Doc<'_>, s: usize, out: &mut Vec<Claim>) {
    let span = doc.sentences[s];
    let att = doc.attributions();
    let (quotes, voices) = (&att.quotes, &att.voices);
    let mut k = quotes.partition_point(|q| q.start < span.start);
    while k < quotes.len() && quotes[k].start < span.end {
        let first = k;
        k += 1;
        if voices[first].resumes {
            // The rest of a quote claimed with its first part.
            continue;
        }
        while k < quotes.len() && voices[k].resumes {
            k += 1;
        }
        if let Some(claim) = quote_claim(doc, s, &quotes[first..k], &voices[first]) {
            out.push(claim);
        }
    }
}

/// The claim of one quote in `parts` (more than one when a frame interrupts it), spoken by
/// `voice`; `None` for a scare quote or a title.
fn quote_claim(doc: &Doc<'_>, s: usize, parts: &[Quote], voice: &Voice) -> Option<Claim> {
    let (start, end) = (parts.first()?.start, parts.last()?.end);
    let words: Vec<&str> = parts.iter().map(|q| inner(doc.text, q)).collect();
    let terminal = doc.text[..end]
        .trim_end_matches(['”', '"', '’', '\''])
        .ends_with(['.', '!', '?']);
    let count: usize = words.iter().map(|p| p.split_whitespace().count()).sum();
    let reported = voice.framed && voice.speaker.is_some();
    if count < 2 && !terminal && !reported {
        return None;
    }
    let mut claim = Claim::new(ClaimKind::Quote, s, start, end);
    claim.value_text = Some(words.join(" "));
    if let Some(person) = label_of(doc, s, doc.word_at(s, start)) {
        claim.subject = Some(person);
        claim.object = Some("label".to_string());
        // "Critics called him “a dictator”": the label is theirs; unframed, nobody's.
        if voice.framed {
            claim.claimer.clone_from(&voice.speaker);
        }
    } else {
        claim.subject.clone_from(&voice.speaker);
        claim.claimer.clone_from(&voice.speaker);
    }
    // A short phrase in quotation marks with nobody saying it is a title or a scare quote
    // ("Marshall Plan", "common heritage"), not a statement to check; one the writer says
    // ("“I am not shy,” I said") is a quote all the same.
    let unsaid = claim.subject.is_none() && !voice.framed;
    (!(unsaid && !terminal && count < MIN_UNATTRIBUTED_WORDS)).then_some(claim)
}

/// The quoted words without marks and outer punctuation.
fn inner<'a>(text: &'a str, q: &Quote) -> &'a str {
    text[q.start..q.end].trim_matches(|c: char| !c.is_alphanumeric())
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
