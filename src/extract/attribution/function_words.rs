//! The function words a source phrase is found by: auxiliaries and adverbs between a
//! subject and its verb, words that open clauses or noun phrases, prepositions, time words.

use std::sync::LazyLock;

use crate::extract::word_table::WordSet;

#[rustfmt::skip]
/// Auxiliaries and adverbs between a subject and its reporting verb.
pub const BETWEEN: &[&str] = &[
    "has", "have", "had", "will", "would", "could", "should", "may", "might", "must",
    "can", "did", "does", "do", "also", "repeatedly", "recently", "previously", "later",
    "earlier", "then", "now", "once", "again", "further", "publicly", "privately",
    "reportedly", "allegedly", "often", "frequently", "always", "never", "not", "just",
    "still", "only", "even", "flatly", "strongly", "firmly", "openly", "simply", "long",
    "already", "first", "initially", "originally", "subsequently", "separately",
    "similarly", "likewise", "rightly", "wrongly", "falsely", "confidently", "bluntly",
    "angrily", "famously", "apparently", "clearly", "widely", "generally", "last",
    "quietly", "loudly", "emphatically", "explicitly", "effectively", "essentially",
    "herself", "himself", "themselves", "itself", "too", "sometimes", "usually",
    "categorically", "vehemently", "immediately", "eventually", "finally", "ultimately",
    "here", "there",
];
pub static BETWEEN_SET: LazyLock<WordSet> = LazyLock::new(|| WordSet::of(BETWEEN));

/// Forms of "be" that make a reporting verb passive ("is said", "was believed").
pub const PASSIVE: &[&str] = &["is", "are", "was", "were", "be", "been", "being"];
pub static PASSIVE_SET: LazyLock<WordSet> = LazyLock::new(|| WordSet::of(PASSIVE));

#[rustfmt::skip]
/// Words that open a clause or join clauses: a subject never runs back over them.
pub const OPENERS: &[&str] = &[
    "that", "and", "but", "because", "if", "when", "while", "as", "after", "before",
    "since", "although", "though", "so", "where", "whether", "than", "or", "nor", "until",
    "unless", "yet", "which", "who", "whom", "whose", "what", "why", "how", "said", "says",
    "told", "to", "by", "is", "are", "was", "were", "be", "been", "has", "have", "had",
    "will", "would", "could", "should", "may", "might", "can", "did", "does", "do", "not",
];
pub static OPENER_SET: LazyLock<WordSet> = LazyLock::new(|| WordSet::of(OPENERS));

#[rustfmt::skip]
/// Words that open a noun phrase.
pub const DETERMINERS: &[&str] = &[
    "the", "a", "an", "this", "these", "those", "his", "her", "their", "its", "our", "my",
    "your", "some", "many", "several", "most", "all", "both", "each", "every", "no", "one",
    "two", "three", "four", "five", "other", "another", "few", "more", "any",
];
pub static DETERMINER_SET: LazyLock<WordSet> = LazyLock::new(|| WordSet::of(DETERMINERS));

/// Prepositions that may sit inside a source ("a spokesperson for the ministry").
pub const INNER_PREPOSITIONS: &[&str] = &["of", "for", "at", "from", "with", "in", "on"];
pub static INNER_PREPOSITION_SET: LazyLock<WordSet> =
    LazyLock::new(|| WordSet::of(INNER_PREPOSITIONS));

#[rustfmt::skip]
/// Time words that open a sentence before its subject ("Last week officials said").
pub const TIME_WORDS: &[&str] = &[
    "last", "this", "next", "week", "month", "year", "night", "morning", "afternoon",
    "evening", "weekend", "yesterday", "today", "tonight", "monday", "tuesday", "wednesday",
    "thursday", "friday", "saturday", "sunday", "earlier", "later", "recently", "now",
    "on", "in", "at", "then", "meanwhile", "however", "also", "but", "and", "so",
];
pub static TIME_SET: LazyLock<WordSet> = LazyLock::new(|| WordSet::of(TIME_WORDS));

#[rustfmt::skip]
/// Prepositions: a word after one is a noun ("on charges that"), not a reporting verb.
pub const PREPOSITIONS: &[&str] = &[
    "on", "in", "at", "of", "for", "with", "by", "from", "to", "about", "over", "under",
    "into", "onto", "against", "amid", "among", "between", "despite", "without", "within",
    "through", "toward", "towards", "upon", "via", "per",
];
pub static PREPOSITION_SET: LazyLock<WordSet> = LazyLock::new(|| WordSet::of(PREPOSITIONS));

pub fn is_preposition(w: &str) -> bool {
    PREPOSITION_SET.contains(w)
}

#[rustfmt::skip]
/// Words that open a subordinate clause before the main one ("As they met in Ottawa, Trump
/// was ...", "When Maddow pointed out ..., Clinton seized upon it").
pub const SUBORDINATORS: &[&str] = &[
    "as", "when", "while", "after", "before", "because", "since", "until", "although",
    "though", "if", "unless", "once", "whereas",
];
pub static SUBORDINATOR_SET: LazyLock<WordSet> = LazyLock::new(|| WordSet::of(SUBORDINATORS));

#[rustfmt::skip]
/// Sentence adverbs set off by commas between a subject and its verb ("X, however, said").
pub const ASIDES: &[&str] = &[
    "however", "meanwhile", "though", "too", "instead", "nonetheless", "moreover",
    "furthermore", "in", "turn", "for", "example", "instance", "also", "meanwhile", "then",
];
pub static ASIDE_SET: LazyLock<WordSet> = LazyLock::new(|| WordSet::of(ASIDES));

/// A word written in capitals is an acronym ("WHO", "US", "IT"), never a function word.
pub fn is_acronym(w: &str) -> bool {
    w.len() >= 2 && w.bytes().all(|b| b.is_ascii_uppercase())
}

/// Whether `w` opens or joins a clause (see [`OPENERS`]).
pub fn is_opener(w: &str) -> bool {
    !is_acronym(w) && OPENER_SET.contains(w)
}
