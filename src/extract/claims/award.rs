//! Awards: a prize ("Nobel Peace Prize", "Pulitzer Prize", "Oscar") and who holds it, either
//! named beside a role word ("Nobel Peace Prize laureate Ales Bialiatski") or as the one who
//! won or received it ("He won the Nobel Peace Prize").

use std::sync::LazyLock;

use super::{Claim, ClaimKind, Doc};
use crate::extract::word_table::WordSet;
use crate::extract::words::Word;

/// Capitalised words that end a prize name.
const PRIZE_HEADS: &[&str] = &["prize", "award", "medal", "trophy"];
/// Prizes named by one word.
const PRIZE_NAMES: &[&str] = &[
    "oscar", "oscars", "grammy", "grammys", "emmy", "emmys", "bafta", "pulitzer",
];
/// A sentence must hold one of these words to name a prize.
static PRIZE_CUE_SET: LazyLock<WordSet> =
    LazyLock::new(|| WordSet::of(PRIZE_HEADS.iter().chain(PRIZE_NAMES)));
/// Words after a prize that make the next name its holder.
const ROLES: &[&str] = &[
    "laureate",
    "laureates",
    "winner",
    "winners",
    "recipient",
    "winning",
];
/// Verbs whose subject holds the prize that follows.
const WIN_VERBS: &[&str] = &[
    "won",
    "wins",
    "win",
    "winning",
    "received",
    "receives",
    "awarded",
    "accepted",
    "collected",
    "shared",
    "scooped",
    "earned",
];

pub fn find(doc: &Doc<'_>, s: usize, out: &mut Vec<Claim>) {
    let text = doc.text;
    let ws = &doc.words[s];
    // Prize words are capitalised in a prize's name.
    let cue = |w: &Word| {
        text.as_bytes()[w.start].is_ascii_uppercase() && PRIZE_CUE_SET.contains(w.base(text))
    };
    if !ws.iter().any(cue) {
        return;
    }
    let mut i = 0;
    while i < ws.len() {
        let Some(len) = prize_at(text, ws, i) else {
            i += 1;
            continue;
        };
        let prize = doc.span_text(s, i, i + len).to_string();
        if let Some(claim) = holder_after(doc, s, i, len).or_else(|| winner_before(doc, s, i, len))
        {
            out.push(Claim {
                object: Some(prize),
                ..claim
            });
        }
        i += len;
    }
}

/// A prize name starting at word `i`: its length in words.
fn prize_at(text: &str, ws: &[Word], i: usize) -> Option<usize> {
    if !ws[i].str(text).starts_with(char::is_uppercase) {
        return None;
    }
    if ws[i].is_any(
        text,
        &["the", "a", "an", "this", "that", "his", "her", "their"],
    ) {
        return None;
    }
    let run = ws[i..]
        .iter()
        .take(5)
        .take_while(|w| w.is_capitalized(text))
        .count();
    let head = (0..run)
        .rev()
        .find(|&k| ws[i + k].is_any(text, PRIZE_HEADS));
    match head {
        Some(head) if head >= 1 || ws[i].is_any(text, PRIZE_HEADS) => Some(head + 1),
        _ if ws[i].is_capitalized(text) && ws[i].is_any(text, PRIZE_NAMES) => Some(1),
        _ => None,
    }
}

/// "<prize> laureate[,] <name>": the holder named after the role word.
fn holder_after(doc: &Doc<'_>, s: usize, i: usize, len: usize) -> Option<Claim> {
    let ws = &doc.words[s];
    let role = i + len;
    let word = ws.get(role)?;
    if !word.is_any(doc.text, ROLES) {
        return None;
    }
    let (name_len, name) = doc.person_at(s, role + 1)?;
    let mut claim = Claim::new(ClaimKind::Award, s, ws[i].start, ws[role + name_len].end);
    claim.subject = Some(name);
    claim.value_text = Some(word.str(doc.text).to_lowercase());
    Some(claim)
}

/// "<person> won the <prize>": the nearest person before the verb.
fn winner_before(doc: &Doc<'_>, s: usize, i: usize, len: usize) -> Option<Claim> {
    let ws = &doc.words[s];
    let verb = (i.saturating_sub(4)..i)
        .rev()
        .find(|&j| ws[j].is_any(doc.text, WIN_VERBS))?;
    let (at, name) = doc.person_before(s, verb.checked_sub(1)?)?;
    let mut claim = Claim::new(ClaimKind::Award, s, ws[at].start, ws[i + len - 1].end);
    claim.subject = Some(name);
    claim.value_text = Some(ws[verb].str(doc.text).to_lowercase());
    Some(claim)
}
