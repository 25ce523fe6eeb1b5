//! Attitudes written as an adjective after "be": a belief with a "that" clause ("The
//! minister is confident that the economy will grow": what the minister believes) and a
//! stance towards something ("Rubio has been critical of the deal", "they are eager to vote").

use std::sync::LazyLock;

use super::content;
use super::frames::Found;
use super::function_words::PASSIVE_SET;
use super::source::{self, is_adverb};
use crate::extract::claims::{Doc, verbs};
use crate::extract::word_table::WordSet;

#[rustfmt::skip]
/// Adjectives of belief and of feeling about something that take what it is after "be".
pub const ADJECTIVES: &[&str] = &[
    "confident", "convinced", "sure", "certain", "adamant", "aware", "hopeful", "optimistic",
    "pessimistic", "worried", "concerned", "fearful", "afraid", "critical", "skeptical",
    "sceptical", "supportive", "opposed", "wary", "eager", "keen", "dismissive", "vocal",
    "enthusiastic", "doubtful", "unconvinced", "angry", "upset", "furious", "outraged",
    "frustrated", "disappointed", "proud",
];

/// Words after the adjective that open what the attitude is about ("worried about").
const ABOUT: &[&str] = &["of", "about", "on", "over", "at", "with", "that"];
static ABOUT_SET: LazyLock<WordSet> = LazyLock::new(|| WordSet::of(ABOUT));
#[rustfmt::skip]
/// Adjectives of a stance only before "of" ("critical of"; "critical to" means needed).
const OF_ONLY: &[&str] = &[
    "critical", "skeptical", "sceptical", "supportive", "wary", "dismissive", "proud", "doubtful",
];
static OF_ONLY_SET: LazyLock<WordSet> = LazyLock::new(|| WordSet::of(OF_ONLY));
/// Adjectives that take an infinitive as what is wanted ("eager to", "opposed to").
const TO: &[&str] = &["opposed", "eager", "keen"];
static TO_SET: LazyLock<WordSet> = LazyLock::new(|| WordSet::of(TO));
/// Sources that are no holder before "be": "It is certain that", "There is concern".
const EXPLETIVES: &[&str] = &["it", "there", "this", "that", "what"];

/// Verbs like "be" before such an adjective ("remains convinced", "seemed eager").
const LINKS: &[&str] = &[
    "remain", "remains", "remained", "seem", "seems", "seemed", "became",
];

/// The attitude cued by the adjective at word `v` of sentence `s`, and whether it is a
/// stance (not a belief with a "that" clause).
pub fn frame(doc: &Doc<'_>, s: usize, v: usize) -> Option<(Found, bool)> {
    let (text, ws) = (doc.text, &doc.words[s]);
    let word = ws[v].str(text);
    let after = ws.get(v + 1)?;
    let takes = if OF_ONLY_SET.contains(word) {
        after.is(text, "of")
    } else {
        ABOUT_SET.contains(after.str(text)) || (after.is(text, "to") && TO_SET.contains(word))
    };
    if !takes || source::broken(doc, s, v, v + 1) {
        return None;
    }
    // "is increasingly critical", but not "is not sure": no attitude the source holds.
    let mut k = v.checked_sub(1)?;
    while k > 0 && is_adverb(ws[k].str(text)) && !ws[k].is_any(text, &["not", "never"]) {
        k -= 1;
    }
    let link = ws[k].str(text);
    let contracted = ["’s", "'s", "’re", "'re"].iter().any(|c| link.ends_with(c))
        && super::resolve::uncontracted(link) != link;
    if !(PASSIVE_SET.contains(link) || ws[k].is_any(text, LINKS) || contracted) {
        return None;
    }
    let p = if contracted {
        source::phrase_ending(doc, s, k)?
    } else {
        source::before(doc, s, k)?
    };
    let h = source::head(doc, s, p);
    let holder = p.first < h || !ws[h].is_any(text, EXPLETIVES);
    if !holder || !super::stance::agent(doc, s, h) {
        return None;
    }
    let belief = after.is(text, "that");
    let mut content = content::rest(doc, s, v + 2)?;
    if !belief {
        // "Voters who are worried about the economy backed Trump": what a stance is about is
        // a noun phrase or an infinitive, ended by the next finite verb.
        let end = doc.word_at(s, content.end).min(ws.len());
        if let Some(k) = verbs::first_finite(doc, s, v + 3, end) {
            content = content::Span::new(content.start, ws[k - 1].end, false);
        }
    }
    Some((super::frames::found(p, content), !belief))
}
