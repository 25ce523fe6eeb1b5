//! Token classes: a [`WordTable`] says whether a word (case-insensitive) may be a number word
//! and which quantity patterns may start at it, so the recognizers pass over ordinary words
//! after one look-up made while lexing. A class bit means "maybe" (the recognizer still reads
//! the word), a clear bit means "certainly not".

use std::sync::LazyLock;

use super::words;
use crate::extract::word_table::{WordTable, case_blind};

/// The word may be a number word or start a vague amount ("three", "fifths", "several").
pub(crate) const NUM: u8 = 1;
/// The word may start a word-led duration ("a few days", "for years").
pub(crate) const DURATION: u8 = 2;
/// "percent", "percentage", "per": a percent word, after a number or standing alone.
pub(crate) const PERCENT: u8 = 4;
/// A month name or abbreviation.
pub(crate) const MONTH: u8 = 8;
/// A weekday, a relative day ("tomorrow") or a word before one ("next", "the", "on").
pub(crate) const DAY: u8 = 16;
/// "the" before an ordinal day, or a preposition before a year or month ("in 2019").
pub(crate) const PREP: u8 = 32;
/// Any of the word-led quantity classes.
pub(crate) const KEY: u8 = DURATION | PERCENT | MONTH | DAY | PREP;

/// Words at which `quantity::scan_at` tries its word-led patterns, by class.
const QUANTITY_KEYS: &[(u8, &[&str])] = &[
    (
        DURATION,
        &[
            "a", "an", "another", "all", "full", "whole", "half", "couple", "few", "several",
            "some", "for",
        ],
    ),
    (PERCENT, &["percent", "percents", "percentage", "per"]),
    (
        MONTH,
        &[
            "january",
            "february",
            "march",
            "april",
            "may",
            "june",
            "july",
            "august",
            "september",
            "october",
            "november",
            "december",
            "jan",
            "feb",
            "mar",
            "apr",
            "jun",
            "jul",
            "aug",
            "sep",
            "oct",
            "nov",
            "dec",
            "sept",
        ],
    ),
    (
        DAY,
        &[
            "the",
            "this",
            "next",
            "last",
            "past",
            "on",
            "tomorrow",
            "tmrw",
            "tonight",
            "today",
            "yesterday",
            "monday",
            "tuesday",
            "wednesday",
            "thursday",
            "friday",
            "saturday",
            "sunday",
            "tues",
            "weds",
            "thurs",
            "thur",
            "mon",
            "tue",
            "wed",
            "thu",
            "fri",
            "sat",
            "sun",
        ],
    ),
    (
        PREP,
        &[
            "the", "in", "since", "by", "until", "till", "before", "after", "during", "from", "of",
            "to", "early", "late", "mid", "between",
        ],
    ),
];

/// Words that start a vague amount besides the number vocabulary.
const VAGUE: &[&str] = &["several", "tens", "scores"];

/// Each vocabulary word and its variants ("fifths", "thousands", "millionth", "millionths"),
/// kept only when the number scanner accepts them, so that few slots are taken.
fn number_words() -> Vec<String> {
    let mut out = Vec::new();
    for w in words::vocabulary().chain(VAGUE.iter().copied()) {
        for v in [
            w.to_string(),
            format!("{w}s"),
            format!("{w}th"),
            format!("{w}ths"),
        ] {
            let plural_scale = v.strip_suffix('s').and_then(words::scale).is_some();
            if words::word(&v).is_some() || VAGUE.contains(&v.as_str()) || plural_scale {
                out.push(v);
            }
        }
    }
    out.extend(words::compounds());
    out
}

/// The class table, to look words up in with [`class`] while lexing.
pub(crate) static TABLE: LazyLock<WordTable<u8>> = LazyLock::new(|| {
    let numbers = number_words().into_iter().map(|w| (w, NUM));
    let keys = QUANTITY_KEYS
        .iter()
        .flat_map(|&(bit, words)| words.iter().map(move |w| (w.to_string(), bit)));
    WordTable::new(numbers.chain(keys), case_blind)
});

/// Class bits of a word: those it may have ([`WordTable::maybe`]).
#[inline(always)]
pub(crate) fn class(table: &WordTable<u8>, word: &[u8]) -> u8 {
    table.maybe(case_blind(word))
}

/// Whether `word` (lower case) is listed under `bit`: the exact test of what [`class`] says
/// only maybe.
pub(crate) fn is(word: &str, bit: u8) -> bool {
    TABLE.get(word.as_bytes(), case_blind(word.as_bytes())) & bit != 0
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn number_words_and_keys_get_their_class() {
        let cases: &[(&str, u8)] = &[
            ("three", NUM),
            ("fifths", NUM),
            ("millionth", NUM),
            ("thousands", NUM),
            ("several", NUM),
            ("hundreds", NUM),
            ("negative", NUM),
            ("percent", PERCENT),
            ("percentage", PERCENT),
            ("wednesday", DAY),
            ("sept", MONTH),
            ("the", DAY | PREP),
            ("between", PREP),
        ];
        for (w, bit) in cases {
            assert_eq!(class(&TABLE, w.as_bytes()) & bit, *bit, "{w}");
        }
    }
}
