//! A source with an appositive between commas before its verb: "Mike Ryan, the WHO’s top
//! expert, said", "Anne Richards, assistant secretary of state for population, refugees,
//! and migration, said", "Roxana Leon, 63, an independent voter, said".

use std::sync::LazyLock;

use super::function_words::{ASIDE_SET, DETERMINER_SET, PREPOSITION_SET};
use super::source::{Phrase, broken, phrase_ending};
use crate::extract::claims::Doc;
use crate::extract::word_table::WordSet;

/// "NAME, APPOSITIVE," ending at word `j`: the name and appositive as one phrase. The
/// appositive may hold commas of its own ("Anne Richards, assistant secretary of state for
/// population, refugees, and migration, said").
pub fn appositive_head(doc: &Doc<'_>, s: usize, j: usize) -> Option<Phrase> {
    let ws = &doc.words[s];
    let text = doc.text;
    let commas = (j.saturating_sub(MAX_APPOSITIVE)..j)
        .rev()
        .filter(|&k| broken(doc, s, k, k + 1));
    // The word after an aside that was stepped over ("Sanders, meanwhile, who ..."): it
    // tells a description as the nearest comma's would.
    let mut after_aside = None;
    for (n, open) in commas.enumerate() {
        let Some(head) = phrase_ending(doc, s, open) else {
            continue;
        };
        if (head.first..=head.last).all(|k| ASIDE_SET.contains(ws[k].str(text))) {
            // "Sanders, meanwhile, who sits at zero such endorsements, said": the aside is
            // no head; the name stands before it.
            after_aside = Some(open + 1);
            continue;
        }
        let number = |k: usize| ws[k].str(text).starts_with(|c: char| c.is_ascii_digit());
        if head.first == head.last && number(head.last) {
            // "Roxana Leon, 63, an independent voter, said": an age is no head.
            continue;
        }
        if head.first > 0 && ws[head.first - 1].is_any(text, &["from", "of", "in", "at"]) {
            // "Mr Mubanga, 32, from Wembley, London, said": a place of origin, part of the
            // appositive; the name stands before it.
            continue;
        }
        let capital = |k: usize| ws[k].str(text).starts_with(char::is_uppercase);
        // "a woman in Worcester, Massachusetts, told": a place after a place.
        let place = capital(open) && (open + 1..=j).all(capital);
        let aside = j - open <= 2
            && (place || (open + 1..=j).all(|k| ASIDE_SET.contains(ws[k].str(text)) || number(k)));
        let next = after_aside.filter(|_| n == 1).unwrap_or(open + 1);
        let described = matches!(ws[next].str(text), "who" | "which")
            || DETERMINER_SET.contains(ws[next].str(text));
        // "Judge Stranch, in her dissent, said", "Clinton, in an interview, suggested": an
        // adverbial of where or how, not an appositive; the subject stands before it.
        let comma = text[ws[open].end..ws[open + 1].start].contains(',');
        // "an increasing number of Democrats, while still confident in ..., are warning": a
        // subordinate clause set off by commas, likewise.
        let adverbial = PREPOSITION_SET.contains(ws[open + 1].str(text))
            || SUBORDINATOR_SET.contains(ws[open + 1].str(text));
        if n == 0 && comma && adverbial {
            return Some(head);
        }
        // A description opens the nearest comma; a name may stand before a farther one.
        if aside || names_person(doc, s, head.last) || (described && (n == 0 || next != open + 1)) {
            return Some(Phrase {
                first: head.first,
                last: j,
            });
        }
    }
    None
}

/// Conjunctions that open an adverbial clause set off by commas inside a subject's frame.
const SUBORDINATORS: &[&str] = &[
    "while", "though", "although", "if", "when", "after", "before", "unless", "despite", "unlike",
    "like", "once",
];
static SUBORDINATOR_SET: LazyLock<WordSet> = LazyLock::new(|| WordSet::of(SUBORDINATORS));

/// The name whose last word is word `k`, as a phrase.
pub fn name_ending(doc: &Doc<'_>, s: usize, k: usize) -> Option<Phrase> {
    let w = doc.words[s][k];
    let at = doc.names.partition_point(|n| n.start <= w.start);
    let n = doc.names[..at].last().filter(|n| n.end == w.end)?;
    Some(Phrase {
        first: doc.word_at(s, n.start),
        last: k,
    })
}

/// Whether word `i` is part of a person's name, or a reference to one ("he").
fn names_person(doc: &Doc<'_>, s: usize, i: usize) -> bool {
    let start = doc.words[s][i].start;
    let k = doc.names.partition_point(|n| n.start <= start);
    k.checked_sub(1).is_some_and(|k| doc.names[k].end > start) || doc.person_at(s, i).is_some()
}

/// How many words an appositive with its commas may run to.
const MAX_APPOSITIVE: usize = 24;
