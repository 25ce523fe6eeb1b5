//! Small hand-written word lists behind the dense sentence features (hedges, evaluative words,
//! number words...). Written from general knowledge of subjectivity cues, not mined from the
//! evaluation data. Every list is sorted so lookups are a binary search.

use super::hash;
use std::sync::LazyLock;

/// Category bits returned by [`categories`].
pub const NUMBER: u16 = 1;
pub const CURRENCY: u16 = 1 << 1;
pub const HEDGE: u16 = 1 << 2;
pub const FIRST_SINGULAR_BIT: u16 = 1 << 3;
pub const FIRST_PLURAL_BIT: u16 = 1 << 4;
pub const SECOND: u16 = 1 << 5;
pub const MODAL: u16 = 1 << 6;
pub const INTENSIFIER: u16 = 1 << 7;
pub const REPORTING_BIT: u16 = 1 << 8;
pub const TIME: u16 = 1 << 9;
pub const EVALUATIVE_BIT: u16 = 1 << 10;

const LISTS: [(&[&str], u16); 11] = [
    (NUMBER_WORDS, NUMBER),
    (CURRENCY_WORDS, CURRENCY),
    (HEDGES, HEDGE),
    (FIRST_SINGULAR, FIRST_SINGULAR_BIT),
    (FIRST_PLURAL, FIRST_PLURAL_BIT),
    (SECOND_PERSON, SECOND),
    (MODALS, MODAL),
    (INTENSIFIERS, INTENSIFIER),
    (REPORTING, REPORTING_BIT),
    (TIME_WORDS, TIME),
    (EVALUATIVE, EVALUATIVE_BIT),
];

/// Every listed word's hash with the OR of its category bits, sorted by hash: one integer
/// binary search per token instead of a string search per list.
static TABLE: LazyLock<Vec<(u64, u16)>> = LazyLock::new(|| {
    let mut t: Vec<(u64, u16)> = Vec::new();
    for (list, bit) in LISTS {
        t.extend(list.iter().map(|w| (hash::word(w.as_bytes()), bit)));
    }
    t.sort_unstable();
    t.dedup_by(|later, kept| {
        later.0 == kept.0 && {
            kept.1 |= later.1;
            true
        }
    });
    t
});

/// A 4096-bit filter over the listed words' hashes: most tokens are in no list, and for them
/// one bit test replaces the binary search.
static FILTER: LazyLock<[u64; 64]> = LazyLock::new(|| {
    let mut f = [0u64; 64];
    for &(h, _) in TABLE.iter() {
        f[(h >> 6) as usize & 63] |= 1 << (h & 63);
    }
    f
});

/// The category bits of a word given its [`hash::word`] hash (0 if it is in no list).
#[inline]
pub fn categories(word_hash: u64) -> u16 {
    if FILTER[(word_hash >> 6) as usize & 63] & (1 << (word_hash & 63)) == 0 {
        return 0;
    }
    match TABLE.binary_search_by_key(&word_hash, |e| e.0) {
        Ok(i) => TABLE[i].1,
        Err(_) => 0,
    }
}

/// Looks a lower-cased word up in a sorted list (the tests' reference for [`categories`]).
#[cfg(test)]
pub fn has(list: &[&str], word: &str) -> bool {
    list.binary_search(&word).is_ok()
}

#[rustfmt::skip]
pub const NUMBER_WORDS: &[&str] = &[
    "billion", "billions", "dozen", "dozens", "eight", "eighteen", "eighty", "eleven", "fifteen",
    "fifty", "five", "forty", "four", "fourteen", "half", "hundred", "hundreds", "million",
    "millions", "nine", "nineteen", "ninety", "percent", "quarter", "seven", "seventeen",
    "seventy", "six", "sixteen", "sixty", "ten", "thirteen", "thirty", "thousand", "thousands",
    "three", "trillion", "twelve", "twenty", "twice", "two",
];

#[rustfmt::skip]
pub const CURRENCY_WORDS: &[&str] = &[
    "cents", "dollar", "dollars", "euro", "euros", "pound", "pounds", "rouble", "roubles", "yen",
];

#[rustfmt::skip]
pub const HEDGES: &[&str] = &[
    "allegedly", "apparently", "arguably", "could", "likely", "may", "maybe", "might", "perhaps",
    "possibly", "presumably", "probably", "reportedly", "seem", "seemed", "seemingly", "seems",
    "suggest", "suggests", "supposedly", "unlikely",
];

#[rustfmt::skip]
pub const FIRST_SINGULAR: &[&str] = &[
    "i", "i'd", "i'll", "i'm", "i've", "me", "mine", "my", "myself",
];

#[rustfmt::skip]
pub const FIRST_PLURAL: &[&str] = &[
    "our", "ours", "ourselves", "us", "we", "we'd", "we'll", "we're", "we've",
];

#[rustfmt::skip]
pub const SECOND_PERSON: &[&str] = &[
    "you", "you'd", "you'll", "you're", "you've", "your", "yours", "yourself", "yourselves",
];

#[rustfmt::skip]
pub const MODALS: &[&str] = &[
    "must", "need", "needs", "ought", "should", "shouldn't",
];

#[rustfmt::skip]
pub const INTENSIFIERS: &[&str] = &[
    "absolutely", "completely", "deeply", "entirely", "especially", "extremely", "highly",
    "incredibly", "just", "quite", "rather", "really", "simply", "so", "too", "totally", "truly",
    "utterly", "very",
];

#[rustfmt::skip]
pub const REPORTING: &[&str] = &[
    "according", "added", "announced", "confirmed", "declared", "estimated", "estimates",
    "figures", "official", "officials", "published", "reported", "said", "says", "stated",
    "statement", "statistics", "survey", "told",
];

#[rustfmt::skip]
pub const TIME_WORDS: &[&str] = &[
    "ago", "april", "august", "century", "daily", "decade", "decades", "december", "february",
    "friday", "january", "july", "june", "march", "monday", "month", "months", "november",
    "october", "quarter", "saturday", "september", "since", "sunday", "thursday", "today",
    "tuesday", "wednesday", "week", "weeks", "year", "years", "yesterday",
];

/// Evaluative adjectives and adverbs: words that judge rather than describe.
#[rustfmt::skip]
pub const EVALUATIVE: &[&str] = &[
    "absurd", "admirable", "alarming", "amazing", "appalling", "arrogant", "atrocious", "awful",
    "bad", "beautiful", "best", "bizarre", "blatant", "bogus", "boring", "brave", "brilliant",
    "callous", "careless", "catastrophic", "certainly", "cheap", "clearly", "clever", "clumsy",
    "cowardly", "crazy", "cruel", "cynical", "dangerous", "deplorable", "desperate", "despicable",
    "disastrous", "disgraceful", "disgusting", "dishonest", "dismal", "dreadful", "dumb",
    "embarrassing", "excellent", "extraordinary", "fabulous", "fair", "fake", "fantastic",
    "foolish", "fortunately", "glorious", "good", "great", "grim", "grotesque", "hideous",
    "hilarious", "honest", "horrible", "horrific", "horrifying", "hypocritical", "idiotic",
    "ignorant", "impressive", "incompetent", "incredible", "indefensible", "inexcusable", "insane",
    "laughable", "lazy", "legendary", "ludicrous", "magnificent", "marvellous", "mediocre",
    "miserable", "monstrous", "naive", "nasty", "nice", "obscene", "obviously", "offensive",
    "outrageous", "pathetic", "perfect", "pitiful", "pointless", "poor", "preposterous", "pretty",
    "questionable", "reckless", "remarkable", "ridiculous", "sad", "sadly", "scandalous",
    "shameful", "shameless", "shocking", "silly", "sinister", "splendid", "stunning", "stupid",
    "superb", "surely", "terrible", "terrific", "thankfully", "tragic", "tremendous", "ugly",
    "unacceptable", "unbelievable", "unfair", "unforgivable", "unfortunately", "useless", "vile",
    "wise", "wonderful", "worse", "worst", "worthless", "wrong",
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_list_is_sorted_and_lowercase() {
        let lists: &[(&str, &[&str])] = &[
            ("numbers", NUMBER_WORDS),
            ("currency", CURRENCY_WORDS),
            ("hedges", HEDGES),
            ("first singular", FIRST_SINGULAR),
            ("first plural", FIRST_PLURAL),
            ("second person", SECOND_PERSON),
            ("modals", MODALS),
            ("intensifiers", INTENSIFIERS),
            ("reporting", REPORTING),
            ("time", TIME_WORDS),
            ("evaluative", EVALUATIVE),
        ];
        for (name, list) in lists {
            assert!(
                list.windows(2).all(|w| w[0] < w[1]),
                "{name} not sorted/unique"
            );
            assert!(
                list.iter().all(|w| w.to_lowercase() == *w),
                "{name} not lowercase"
            );
        }
    }

    #[test]
    fn lookup() {
        let cases: &[(&[&str], &str, bool)] = &[
            (EVALUATIVE, "brilliant", true),
            (EVALUATIVE, "prisoner", false),
            (HEDGES, "reportedly", true),
            (NUMBER_WORDS, "million", true),
        ];
        for &(list, word, want) in cases {
            assert_eq!(has(list, word), want, "{word}");
        }
        let bits = [
            ("quarter", NUMBER | TIME),
            ("brilliant", EVALUATIVE_BIT),
            ("jail", 0),
        ];
        for (word, want) in bits {
            assert_eq!(categories(hash::word(word.as_bytes())), want, "{word}");
        }
    }
}
