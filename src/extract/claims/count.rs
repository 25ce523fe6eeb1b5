//! Counts: a number followed by the plural noun it counts ("123 political prisoners", "a few
//! dozen political prisoners", "123 of the prisoners"), with what happened to them taken from
//! the event words of the sentence ("were let out of jail" -> released).

use super::{Claim, ClaimKind, Doc};
use crate::extract::quantity::QuantityKind;
use std::sync::LazyLock;

use crate::extract::word_table::WordSet;
use crate::extract::words::Word;

/// Words that end a noun phrase rather than modify its head.
#[rustfmt::skip]
const STOP: &[&str] = &[
    "the", "a", "an", "of", "and", "or", "but", "were", "was", "are", "is", "be", "been",
    "have", "has", "had", "will", "would", "could", "should", "may", "might", "in", "on", "at",
    "to", "for", "from", "by", "with", "than", "that", "which", "who", "as", "per", "more",
    "less", "times", "percent", "cent", "also", "this", "these", "those", "their", "its", "his",
    "her",
];

/// Plural nouns without a final "s", and words with one that are not plural nouns (or are
/// units of measure: "8 megabits" is a measure, not a count of things).
#[rustfmt::skip]
const IRREGULAR_PLURALS: &[&str] = &[
    "people", "men", "women", "children", "police", "staff", "personnel", "cattle", "sheep",
    "fish", "deer", "feet", "teeth", "mice", "geese", "crew", "livestock", "data",
];
#[rustfmt::skip]
const NOT_PLURAL: &[&str] = &[
    "is", "was", "has", "its", "this", "thus", "always", "perhaps", "across", "as", "us", "yes",
    "plus", "versus", "less", "unless", "his", "hers", "whereas", "besides", "towards",
    "afterwards", "ss", "news", "series", "species", "means", "times", "years", "months",
    "weeks", "days", "hours", "minutes", "seconds", "decades", "centuries", "bits", "bytes",
    "kilobits", "megabits", "gigabits", "kilobytes", "megabytes", "gigabytes", "terabytes",
    "watts", "kilowatts", "megawatts", "gigawatts", "volts", "joules", "calories", "degrees",
    "hertz", "decibels", "barrels", "tonnes", "tons", "litres", "liters", "gallons",
];

/// Event words and the predicate they give a count, most specific first.
pub const PREDICATES: &[(&[&str], &str)] = &[
    (&["let", "out"], "released"),
    (&["set", "free"], "released"),
    (&["released"], "released"),
    (&["release"], "released"),
    (&["freed"], "released"),
    (&["pardoned"], "pardoned"),
    (&["killed"], "killed"),
    (&["died"], "died"),
    (&["dead"], "died"),
    (&["deaths"], "died"),
    (&["injured"], "injured"),
    (&["wounded"], "injured"),
    (&["arrested"], "arrested"),
    (&["detained"], "detained"),
    (&["jailed"], "imprisoned"),
    (&["imprisoned"], "imprisoned"),
    (&["sentenced"], "sentenced"),
    (&["deported"], "deported"),
    (&["evacuated"], "evacuated"),
    (&["displaced"], "displaced"),
    (&["missing"], "missing"),
    (&["rescued"], "rescued"),
    (&["executed"], "executed"),
    (&["elected"], "elected"),
    (&["hired"], "hired"),
    (&["employed"], "employed"),
    (&["sold"], "sold"),
    (&["lost"], "lost"),
    (&["cut"], "cut"),
];

/// The first words of [`PREDICATES`], to pass over most words at once.
static PREDICATE_STARTS: LazyLock<WordSet> =
    LazyLock::new(|| WordSet::of(PREDICATES.iter().filter_map(|(p, _)| p.first())));

pub fn find(doc: &Doc<'_>, s: usize, out: &mut Vec<Claim>) {
    if doc.is_heading(s) {
        return;
    }
    let text = doc.text;
    let ws = &doc.words[s];
    for q in doc.quantities_in(s) {
        if !matches!(q.kind, QuantityKind::Number | QuantityKind::Range)
            || !is_countable(&text[q.start..q.end], q.value)
        {
            continue;
        }
        let after = doc.word_at(s, q.end);
        let Some((head, subject_from)) = counted_noun(text, ws, after) else {
            continue;
        };
        let mut claim = Claim::new(ClaimKind::Count, s, q.start, ws[head].end);
        claim.subject = Some(doc.span_text(s, subject_from, head + 1).to_string());
        claim.unit = Some(ws[head].str(text).to_lowercase());
        claim.object = predicate(text, ws, after).map(str::to_string);
        claim.value = q.value;
        claim.value_max = q.value_max;
        claim.approximate = q.approximate;
        claim.value_text = Some(text[q.start..q.end].to_string());
        out.push(claim);
    }
}

/// The head noun counted from word `i` on, and where the counted phrase starts:
/// up to two modifiers then a plural noun, or "of the" and then that.
fn counted_noun(text: &str, ws: &[Word], i: usize) -> Option<(usize, usize)> {
    let mut from = i;
    if ws.get(i).is_some_and(|w| w.is(text, "of"))
        && ws
            .get(i + 1)
            .is_some_and(|w| w.is_any(text, &["the", "them", "those", "these"]))
    {
        from = i + 2;
    }
    (from..ws.len().min(from + 3))
        .take_while(|&j| !ws[j].is_any(text, STOP) && is_word(ws[j].str(text)))
        .find(|&j| is_plural_noun(ws[j].str(text)))
        .map(|head| (head, from))
}

/// A count is a whole amount: not a ratio such as "one in 13" (a value below one), and not a
/// bare year written as four digits ("2004 gains"; news writes counts as "2,004").
fn is_countable(surface: &str, value: Option<f64>) -> bool {
    let Some(value) = value else { return false };
    let year = surface.len() == 4
        && surface.bytes().all(|b| b.is_ascii_digit())
        && (1800.0..=2100.0).contains(&value);
    value >= 1.0 && !year
}

fn is_word(word: &str) -> bool {
    word.chars()
        .all(|c| c.is_alphabetic() || matches!(c, '-' | '’' | '\''))
}

fn is_plural_noun(word: &str) -> bool {
    let lower = word.to_lowercase();
    if IRREGULAR_PLURALS.contains(&lower.as_str()) {
        return true;
    }
    lower.len() > 3
        && lower.ends_with('s')
        && !lower.ends_with("ss")
        && !lower.ends_with("’s")
        && !lower.ends_with("'s")
        && !lower.ends_with("ous")
        && !NOT_PLURAL.contains(&lower.as_str())
}

/// What happened to the counted things: the first event word after them, else the nearest
/// one before ("the release of 123 prisoners").
fn predicate(text: &str, ws: &[Word], at: usize) -> Option<&'static str> {
    let matches_at = |j: usize| {
        if !PREDICATE_STARTS.contains(ws[j].str(text)) {
            return None;
        }
        PREDICATES.iter().find_map(|(phrase, predicate)| {
            let fits = phrase
                .iter()
                .enumerate()
                .all(|(k, p)| ws.get(j + k).is_some_and(|w| w.is(text, p)));
            fits.then_some(*predicate)
        })
    };
    (at..ws.len())
        .find_map(matches_at)
        .or_else(|| (0..at).rev().find_map(matches_at))
}
