//! Prison terms: a duration next to prison words ("threw him in prison for ten years",
//! "was jailed for 11 years", "a ten-year sentence"), with the person it was given to: the
//! nearest person before it in the sentence, pronouns resolved to the nearest earlier name.

use super::{Claim, ClaimKind, Doc};
use crate::extract::quantity::QuantityKind;

/// Words that put a nearby duration in prison.
const PRISON_WORDS: &[&str] = &[
    "prison",
    "jail",
    "gaol",
    "jailed",
    "imprisoned",
    "imprisonment",
    "sentenced",
    "sentence",
    "bars",
    "custody",
    "detention",
    "penal",
    "incarcerated",
    "incarceration",
    "locked",
    "camp",
    "colony",
    "term",
    "convicted",
];

/// How many words on either side of the duration may hold the prison word.
const WINDOW_BEFORE: usize = 8;
const WINDOW_AFTER: usize = 4;

/// Pushes prison-term claims and records in `used` the durations they took.
pub fn find(doc: &Doc<'_>, s: usize, used: &mut Vec<usize>, out: &mut Vec<Claim>) {
    let text = doc.text;
    let ws = &doc.words[s];
    for q in doc.quantities_in(s) {
        if q.kind != QuantityKind::Duration {
            continue;
        }
        let first = doc.word_at(s, q.start);
        let last = doc.word_at(s, q.end);
        let before = (first.saturating_sub(WINDOW_BEFORE)..first)
            .find(|&j| ws[j].is_any(text, PRISON_WORDS));
        let after =
            (last..ws.len().min(last + WINDOW_AFTER)).find(|&j| ws[j].is_any(text, PRISON_WORDS));
        let (start, end) = match (before, after) {
            (Some(j), _) => (ws[j].start, q.end),
            (None, Some(j)) => (q.start, ws[j].end),
            (None, None) => continue,
        };
        let person = doc
            .person_before(s, first.saturating_sub(1))
            .map(|(_, name)| name);
        let mut claim = Claim::new(ClaimKind::PrisonTerm, s, start, end);
        claim.subject = person;
        claim.object = Some("prison".to_string());
        claim.value = q.value;
        claim.value_max = q.value_max;
        claim.unit = q.unit.clone();
        claim.approximate = q.approximate;
        claim.value_text = Some(text[q.start..q.end].to_string());
        used.push(q.start);
        out.push(claim);
    }
}
