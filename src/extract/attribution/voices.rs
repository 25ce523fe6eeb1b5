//! Who speaks each quote: the frame around it (before, inside or after: "She said: “...”",
//! "“...,” she said, “...”", "“...,” he said."), the source whose reported words hold it
//! ("the talks were aimed at “improving” relations"), or the speaker carried from just
//! before, as news runs quote after quote from one speaker.

use super::{Attribution, Quote, near};
use crate::extract::claims::Doc;

/// How many sentences back a speaker carries to a quote that opens its sentence.
const CARRY_SENTENCES: usize = 2;
/// The longest frame inside an interrupted quote ("“...,” the minister said on Monday, “...”").
const MAX_INSIDE: usize = 90;

/// The speaker of one quote.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Voice {
    pub speaker: Option<String>,
    /// The speaker comes from a frame or reported words around this very quote, not carried.
    pub framed: bool,
    /// The quote resumes the one before after a frame inside it: one quote in two parts.
    pub resumes: bool,
}

/// The voice of every quote, in the order of `quotes`.
pub fn find(doc: &Doc<'_>, quotes: &[Quote], list: &[Attribution]) -> Vec<Voice> {
    let mut voices: Vec<Voice> = Vec::with_capacity(quotes.len());
    for (k, q) in quotes.iter().enumerate() {
        let framed = near(list, q.start)
            .find(|a| a.quote && q.start < a.content.1)
            .or_else(|| {
                near(list, q.start).find(|a| {
                    let own = !a.act || !(titled(doc, q) || labelled(doc, q));
                    !a.quote && q.start < a.content.1 && own
                })
            });
        let prev = k.checked_sub(1).map(|p| (&quotes[p], &voices[p]));
        let voice = match (framed, prev) {
            (Some(a), _) => Voice {
                speaker: a.claimer.clone(),
                framed: true,
                resumes: false,
            },
            (None, Some((p, pv))) if resumes(doc, p, q, list) => Voice {
                resumes: true,
                ..pv.clone()
            },
            _ => Voice {
                speaker: carried(doc, q, list, prev),
                framed: false,
                resumes: false,
            },
        };
        voices.push(voice);
    }
    voices
}

/// Whether every word of the quote opens with a capital: a title or a name ("praised the
/// “Marshall Plan”"), not words of whoever took a stance on it.
fn titled(doc: &Doc<'_>, q: &Quote) -> bool {
    doc.text[q.start..q.end]
        .split_whitespace()
        .map(|w| w.trim_start_matches(|c: char| !c.is_alphanumeric()))
        .all(|w| w.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit()))
}

/// Whether a naming word stands right before the quote ("referred to as “...”", "dubbed
/// “...”"): a label, not words of whoever took a stance on its bearer.
fn labelled(doc: &Doc<'_>, q: &Quote) -> bool {
    const NAMING: &[&str] = &[
        "as",
        "dubbed",
        "nicknamed",
        "called",
        "named",
        "labelled",
        "labeled",
        "branded",
    ];
    doc.text[..q.start]
        .split_whitespace()
        .next_back()
        .is_some_and(|w| NAMING.iter().any(|n| w.eq_ignore_ascii_case(n)))
}

/// "“A,” she said, “B.”": a short frame with a cue stands between the two parts.
fn resumes(doc: &Doc<'_>, before: &Quote, q: &Quote, list: &[Attribution]) -> bool {
    let Some(gap) = doc.text.get(before.end..q.start) else {
        return false;
    };
    // A full stop in the gap ends a sentence, unless the splitter read it as an
    // abbreviation ("“A,” Mr. Autor said, “B.”").
    let sentence_of = |at: usize| doc.sentences.partition_point(|x| x.end <= at);
    gap.len() <= MAX_INSIDE
        && !gap.contains(['!', '?', ';', '\n'])
        && sentence_of(before.end) == sentence_of(q.start)
        && gap.trim_end().ends_with([',', ':', '—'])
        && near(list, before.start).any(|a| {
            a.quote && a.content.0 == before.start && before.end <= a.cue.0 && a.cue.1 <= q.start
        })
}

/// The speaker of the latest frame or quote before `q`, when `q` opens its sentence and
/// that speaker spoke at most [`CARRY_SENTENCES`] sentences back.
fn carried(
    doc: &Doc<'_>,
    q: &Quote,
    list: &[Attribution],
    prev: Option<(&Quote, &Voice)>,
) -> Option<String> {
    let s = doc.sentences.partition_point(|x| x.end <= q.start);
    let span = doc.sentences.get(s)?;
    let opens = doc.text[span.start..q.start].trim().is_empty();
    if !opens {
        return None;
    }
    let from = s.saturating_sub(CARRY_SENTENCES);
    let framed = near(list, q.start)
        .filter(|a| a.cue.1 <= q.start && a.sentence >= from)
        .max_by_key(|a| a.cue.1)
        .and_then(|a| Some((a.cue.1, a.claimer.clone()?)));
    let quoted = prev
        .filter(|(p, v)| {
            v.speaker.is_some() && doc.sentences.partition_point(|x| x.end <= p.end) >= from
        })
        .and_then(|(p, v)| Some((p.end, v.speaker.clone()?)));
    match (framed, quoted) {
        (Some(f), Some(p)) => Some(if p.0 > f.0 { p.1 } else { f.1 }),
        (f, p) => f.or(p).map(|(_, name)| name),
    }
}
