//! Whether words make a clause: a finite verb near their start ("said talks had failed"
//! reports a clause, "claimed the lives of 20" an object), words that can open one, and
//! the breaks a clause does not run over.

use std::sync::LazyLock;

use super::content::PHRASE_SET;
use super::function_words::DETERMINER_SET;
use crate::extract::claims::Doc;
use crate::extract::word_table::WordSet;

#[rustfmt::skip]
/// Words that can open a reported clause without "that".
const STARTERS: &[&str] = &[
    "he", "she", "it", "they", "we", "i", "you", "there", "this", "that", "these", "those",
    "his", "her", "its", "their", "our", "my", "your", "no", "none", "nobody", "everyone",
    "nothing", "only", "if",
];
static STARTER_SET: LazyLock<WordSet> = LazyLock::new(|| WordSet::of(STARTERS));

#[rustfmt::skip]
/// Auxiliaries and common irregular past tenses: a clause without "that" needs a finite verb
/// ("said talks had failed", "claimed the lives of 20" has none).
const FINITE: &[&str] = &[
    "is", "are", "was", "were", "will", "would", "could", "can", "should", "may", "might",
    "must", "has", "have", "had", "did", "does", "do", "isn't", "wasn't", "won't", "can't",
    "don't", "didn't", "doesn't", "hasn't", "haven't", "wouldn't", "couldn't", "shouldn't",
    "isn’t", "wasn’t", "won’t", "can’t", "don’t", "didn’t", "doesn’t", "hasn’t", "haven’t",
    "wouldn’t", "couldn’t", "shouldn’t", "rose", "fell", "grew", "won", "lost", "went",
    "came", "made", "took", "gave", "left", "knew", "saw", "got", "began", "ran", "paid",
    "held", "kept", "led", "met", "sent", "spent", "became", "broke", "brought", "bought",
    "built", "caught", "chose", "drove", "fought", "found", "hit", "hurt", "put", "set",
    "spread", "stood", "struck", "threw", "wrote", "cut", "sold", "needs", "wants", "remains",
];
static FINITE_SET: LazyLock<WordSet> = LazyLock::new(|| WordSet::of(FINITE));
const SUBJECT_PRONOUNS: &[&str] = &["he", "she", "it", "they", "we", "i", "you"];

/// How far into a clause its finite verb may stand.
const FINITE_REACH: usize = 20;

/// Whether the words from `i` on hold a finite verb near their start: an auxiliary, a common
/// irregular past, a word in "-ed" after the first, a pronoun's verb ("they want"), a verb
/// after an adverb ("unfairly targets", "never shut") or after "the" and a noun ("the law
/// targets"). The search runs over commas ("says, win or lose in Florida, he’s staying").
pub fn has_finite_verb(doc: &Doc<'_>, s: usize, i: usize) -> bool {
    finite_within(doc, s, i, &[';', '(', ')', '—', '–'])
}

/// An auxiliary or a common irregular past before any comma ("found the body, which was"
/// has none; "announced his attendance and secured" has none either, "-ed" not counting).
pub fn has_auxiliary_before_comma(doc: &Doc<'_>, s: usize, i: usize) -> bool {
    let (text, ws) = (doc.text, &doc.words[s]);
    (i..ws.len().min(i + FINITE_REACH))
        .take_while(|&k| k == i || !clause_break(doc, s, k - 1, k))
        .any(|k| FINITE_SET.contains(ws[k].str(text)) || (k > i && contracted(ws[k].str(text))))
}

/// [`has_finite_verb`] over the words `i..end` only.
pub fn has_finite_verb_within(doc: &Doc<'_>, s: usize, i: usize, end: usize) -> bool {
    (i..end.min(i + FINITE_REACH)).any(|k| is_finite_at(doc, s, i, k))
}

/// Whether the words `i..end`, a clause from word `i`, hold a finite verb anywhere; a
/// capitalised word past the first is a name ("Chairman Will Rogers"), not a verb.
pub fn holds_finite_verb(doc: &Doc<'_>, s: usize, i: usize, end: usize) -> bool {
    let ws = &doc.words[s];
    (i..end).any(|k| {
        (k == i || !ws[k].str(doc.text).starts_with(char::is_uppercase))
            && is_finite_at(doc, s, i, k)
    })
}

fn finite_within(doc: &Doc<'_>, s: usize, i: usize, breaks: &[char]) -> bool {
    let (text, ws) = (doc.text, &doc.words[s]);
    (i..ws.len().min(i + FINITE_REACH))
        .take_while(|&k| k == i || !text[ws[k - 1].end..ws[k].start].contains(breaks))
        .any(|k| is_finite_at(doc, s, i, k))
}

/// Whether word `k` is a finite verb of the clause that starts at word `i` (the tests of
/// [`has_finite_verb`], cheapest first).
fn is_finite_at(doc: &Doc<'_>, s: usize, i: usize, k: usize) -> bool {
    let (text, ws) = (doc.text, &doc.words[s]);
    let w = ws[k].str(text);
    if FINITE_SET.contains(w) || (k > i && w.len() > 4 && w.ends_with("ed")) || contracted(w) {
        return true;
    }
    if k == i {
        return false;
    }
    let prev = ws[k - 1].str(text);
    let verb_s = w.len() > 3 && w.ends_with('s') && !w.ends_with("ss") && !w.ends_with("us");
    let adverb = || ADVERB_SET.contains(prev);
    let after_adverb = || (prev.len() > 4 && prev.ends_with("ly")) || adverb();
    (k == i + 1
        && (super::cues::is_cue(w)
            || (SUBJECT_SET.contains(ws[i].str(text)) && !PHRASE_SET.contains(w))))
        || ((verb_s || w.ends_with("ed")) && after_adverb())
        || adverb()
        || (verb_s && k == i + 2 && ws[i].is(text, "the") && !ws[i + 1].str(text).ends_with('s'))
        || (BARE_SET.contains(w) && !DETERMINER_SET.contains(prev) && prev != "to")
        // "said social media success depends on ...", "said Obama enjoys ...": a present or
        // past of a common verb where a verb can stand, after a word that can open a clause
        // ("claiming away draws" has none).
        || ((k > i + 1 || starts_clause(doc, s, i)) && crate::extract::claims::verbs::is_finite(doc, s, k))
}

#[rustfmt::skip]
/// Verbs whose bare present is common in reported clauses ("people of all ages need to").
const BARE: &[&str] = &[
    "need", "want", "know", "think", "believe", "feel", "seem", "appear", "remain", "plan",
    "agree", "expect", "pose", "hope", "help", "support", "oppose", "deserve", "face", "lack",
];
static BARE_SET: LazyLock<WordSet> = LazyLock::new(|| WordSet::of(BARE));
static ADVERB_SET: LazyLock<WordSet> = LazyLock::new(|| WordSet::of(ADVERBS));
static SUBJECT_SET: LazyLock<WordSet> = LazyLock::new(|| WordSet::of(SUBJECT_PRONOUNS));

/// Adverbs that stand right before a finite verb ("never shut", "still wants").
const ADVERBS: &[&str] = &[
    "never",
    "always",
    "also",
    "still",
    "just",
    "already",
    "often",
    "only",
    "now",
    "repeatedly",
    "recently",
];

/// Whether the words from `i` on ask rather than assert ("Did the service take care of you?").
pub fn starts_with_question(doc: &Doc<'_>, s: usize, i: usize) -> bool {
    doc.sentence_text(s).ends_with('?')
        || doc.words[s]
            .get(i)
            .is_some_and(|w| FINITE_SET.contains(w.str(doc.text)))
}

/// A break between words `a` and `b` other than a quote mark: a clause may run on into a
/// partial quote ("the tone of the debate “was because ...").
pub fn clause_break(doc: &Doc<'_>, s: usize, a: usize, b: usize) -> bool {
    let ws = &doc.words[s];
    doc.text[ws[a].end..ws[b].start].contains([',', ';', ':', '(', ')', '—', '–'])
}

/// "he’ll", "they’re", "we’ve", "it’s": a pronoun with a contracted auxiliary.
fn contracted(w: &str) -> bool {
    let Some((base, tail)) = w.split_once(['’', '\'']) else {
        return false;
    };
    matches!(tail, "ll" | "re" | "ve" | "d" | "m")
        || (tail == "s" && STARTER_SET.contains(base) || base.eq_ignore_ascii_case("what"))
}

/// Whether word `i` can open a clause: a pronoun, determiner, number or capitalised word.
pub fn starts_clause(doc: &Doc<'_>, s: usize, i: usize) -> bool {
    let w = doc.words[s][i].str(doc.text);
    STARTER_SET.contains(w)
        || DETERMINER_SET.contains(w)
        || w.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit())
}

/// Whether `w` is an auxiliary or a common irregular past: a subject never runs over one.
pub fn is_finite_word(w: &str) -> bool {
    FINITE_SET.contains(w)
}
