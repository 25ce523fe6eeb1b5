//! When a reporting verb's form is not a report: a noun after a determiner and adjective
//! ("the vain hope that"), or a naming verb in a passive label ("a man often referred to as
//! “Europe’s last dictator”").

use std::sync::LazyLock;

use super::source::broken;
use crate::extract::claims::Doc;
use crate::extract::word_table::WordSet;

static NOUNISH_SET: LazyLock<WordSet> = LazyLock::new(|| WordSet::of(NOUNISH));
static NAMING_SET: LazyLock<WordSet> = LazyLock::new(|| WordSet::of(NAMING));

/// Whether a bare reporting verb form stands as a noun after a determiner and an
/// adjective ("the vain hope", "a rare note"); after a plural it is a verb ("the officials
/// hope").
pub fn is_noun_use(doc: &Doc<'_>, s: usize, v: usize) -> bool {
    let (text, ws) = (doc.text, &doc.words[s]);
    if object_of_past_verb(doc, s, v) {
        return true;
    }
    if v >= 2 && proper_adjective_before(doc, s, v) {
        return true;
    }
    if v < 2 || !NOUNISH_SET.contains(ws[v].str(text)) {
        return false;
    }
    let adjective = ws[v - 1].str(text);
    let det = super::function_words::DETERMINER_SET.contains(ws[v - 2].str(text));
    // "the officials hope" is a verb after a plural; "a baseless claim" a noun.
    let plural =
        adjective.ends_with('s') && !adjective.ends_with("ss") && !adjective.ends_with("us");
    det && adjective.starts_with(char::is_lowercase) && !plural && !broken(doc, s, v - 2, v)
}

/// "majority-owned by the Indian state", "the Republican claim": a form that is also a noun,
/// after an article and a capitalised adjective, is the noun ("the Government claim" and "the
/// BBC report" have a body or an acronym there, "the Saudis state" a plural).
fn proper_adjective_before(doc: &Doc<'_>, s: usize, v: usize) -> bool {
    let (text, ws) = (doc.text, &doc.words[s]);
    let w = ws[v].str(text);
    let adjective = ws[v - 1].str(text);
    // Only a form that is also a noun, after a word that is not a plural ("the Saudis state").
    let nounish = NOUNISH_SET.contains(w) || ws[v].is(text, "state");
    nounish
        && !adjective.ends_with('s')
        && ws[v - 2].is_any(text, &["the", "a", "an"])
        && adjective.starts_with(char::is_uppercase)
        && !super::function_words::is_acronym(adjective)
        && !super::lexicon::is_common_speaker(adjective)
        && !broken(doc, s, v - 2, v)
}

/// Whether an "-s" form right after a past verb, an "-ing" form or an infinitive is its
/// plural object ("investigated claims that", "denied reports that", "Following claims
/// that", "to settle charges that"): no verb follows a verb so.
fn object_of_past_verb(doc: &Doc<'_>, s: usize, v: usize) -> bool {
    let (text, ws) = (doc.text, &doc.words[s]);
    let w = ws[v].str(text);
    let Some(prev) = v.checked_sub(1).map(|k| ws[k].str(text)) else {
        return false;
    };
    if !w.ends_with('s') || broken(doc, s, v - 1, v) {
        return false;
    }
    let past = prev.len() > 4 && prev.ends_with("ed") && prev.starts_with(char::is_lowercase);
    // "Following claims that", ", prompting claims of": an "-ing" form opening a clause is
    // a verb or preposition ("the same polling suggests" is a noun's verb).
    let before = v.checked_sub(2).map(|k| ws[k].str(text));
    let ing = prev.len() > 4
        && prev.ends_with("ing")
        && (v == 1 || prev.starts_with(char::is_lowercase) && broken(doc, s, v - 2, v - 1));
    // "to settle charges that": an infinitive's object.
    let infinitive = before.is_some_and(|b| b.eq_ignore_ascii_case("to"))
        && crate::extract::claims::verbs::is_base(prev);
    past || ing || infinitive
}

#[rustfmt::skip]
/// Reporting verbs whose bare form is also a noun ("a vain hope", "a rare note").
const NOUNISH: &[&str] = &[
    "hope", "note", "claim", "report", "fear", "doubt", "estimate", "promise", "warning",
    "call", "comment", "answer", "reply", "response", "charge", "forecast", "remark",
    "protest", "vow", "pledge", "signal", "counter", "hint", "tweet", "post", "view",
    "concern", "finding", "suggestion", "statement", "argument", "boast", "admission",
];

/// Verbs that name rather than say: active, they take an object before the name ("called
/// the emails “disturbing”"); right before "as" or the quote they are passive labels.
const NAMING: &[&str] = &[
    "call",
    "calls",
    "called",
    "describe",
    "describes",
    "described",
    "dub",
    "dubbed",
    "label",
    "labelled",
    "labeled",
    "brand",
    "branded",
    "term",
    "termed",
    "deem",
    "deemed",
    "refer",
    "refers",
    "referred",
    "known",
];

pub fn names_without_object(doc: &Doc<'_>, s: usize, v: usize) -> bool {
    let (text, ws) = (doc.text, &doc.words[s]);
    if !NAMING_SET.contains(ws[v].str(text)) {
        return false;
    }
    let next = ws.get(v + 1);
    let as_next = next.is_some_and(|w| w.is(text, "as"))
        || (next.is_some_and(|w| w.is(text, "to"))
            && ws.get(v + 2).is_some_and(|w| w.is(text, "as")));
    let quote_next = next.is_none_or(|w| text[ws[v].end..w.start].contains(['“', '"', '‘']));
    as_next || quote_next
}
