//! Token classes: a hash of each word (case-insensitive) indexes an 8,192-entry table that says
//! whether the word may be a number word and whether a quantity pattern may start at it,
//! so the recognizers pass over ordinary words after one look-up made while lexing.
//! Collisions only cost time: a class bit means "maybe", a clear bit means "certainly not".

use std::sync::LazyLock;

use super::words;

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

const BITS: usize = 8192;

/// A word's hash from its length and four of its bytes (first, middle, last two),
/// lower-cased: constant time, so lexing pays no per-letter cost for it.
#[inline]
pub(crate) fn hash(w: &[u8]) -> u32 {
    let n = w.len();
    if n == 0 {
        return 0;
    }
    let at = |k: usize| u32::from(w[k] | 0x20);
    let mixed = at(0) | at(n / 2) << 8 | at(n - 1) << 16 | at(n.saturating_sub(2)) << 24;
    (mixed ^ (n as u32).wrapping_mul(0x9e37_79b9)).wrapping_mul(0x85eb_ca6b)
}

fn slot(h: u32) -> usize {
    ((h ^ (h >> 16)) as usize) % BITS
}

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
    out
}

static TABLE: LazyLock<[u8; BITS]> = LazyLock::new(|| {
    let mut t = [0u8; BITS];
    for w in number_words() {
        t[slot(hash(w.as_bytes()))] |= NUM;
    }
    for (bit, words) in QUANTITY_KEYS {
        for w in *words {
            t[slot(hash(w.as_bytes()))] |= bit;
        }
    }
    t
});

/// The class table, to index with [`class`] while lexing.
pub(crate) fn table() -> &'static [u8; BITS] {
    &TABLE
}

/// Class bits of a word from its [`hash`].
#[inline]
pub(crate) fn class(table: &[u8; BITS], h: u32) -> u8 {
    table[slot(h)]
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
            assert_eq!(class(table(), hash(w.as_bytes())) & bit, *bit, "{w}");
        }
    }
}
