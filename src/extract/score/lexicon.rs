//! Small hand-written word lists behind the dense sentence features (hedges, evaluative words,
//! number words...). Written from general knowledge of subjectivity cues, not mined from the
//! evaluation data. Every list is sorted (the tests' reference lookup is a binary search).

use super::hash;
use crate::extract::word_table::WordTable;
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
pub const PERCENT: u16 = 1 << 11;
pub const YEAR: u16 = 1 << 12;
pub const THAN: u16 = 1 << 13;
pub const STANCE: u16 = 1 << 14;
pub const NEGATION: u16 = 1 << 15;
/// Number of category bits.
pub const N_BITS: usize = 16;

const LISTS: [(&[&str], u16); 16] = [
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
    (&["%", "percent"], PERCENT),
    // A four-digit number after normalisation (digits are `0`).
    (&["0000"], YEAR),
    (&["than"], THAN),
    (STANCE_WORDS, STANCE),
    (NEGATIONS, NEGATION),
];

/// Every listed word with the OR of its category bits, by its [`hash::word`] hash.
static TABLE: LazyLock<WordTable<u16>> = LazyLock::new(|| {
    let words = LISTS
        .iter()
        .flat_map(|&(list, bit)| list.iter().map(move |w| (w, bit)));
    WordTable::new(words, hash::word)
});

/// The category bits of a normalised token given its [`hash::word`] hash (0 if it is in no
/// list).
#[inline(always)]
pub fn categories(token: &str, word_hash: u64) -> u16 {
    TABLE.get(token.as_bytes(), word_hash)
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
    "$", "cents", "dollar", "dollars", "euro", "euros", "pound", "pounds", "rouble", "roubles", "yen", "£", "€",
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

/// Verbs and words of stance: the writer's or speaker's own view.
#[rustfmt::skip]
pub const STANCE_WORDS: &[&str] = &[
    "agree", "argue", "argued", "argues", "believe", "believed", "believes", "consider",
    "convinced", "disagree", "doubt", "expect", "fear", "feel", "feels", "guess", "hope",
    "hopefully", "imagine", "insist", "opinion", "prefer", "reckon", "suppose", "suspect", "think",
    "thinks", "wish", "wonder",
];

#[rustfmt::skip]
pub const NEGATIONS: &[&str] = &[
    "aren't", "can't", "cannot", "couldn't", "didn't", "doesn't", "don't", "hardly", "isn't",
    "neither", "never", "no", "nobody", "none", "nor", "not", "nothing", "nowhere", "wasn't",
    "weren't", "won't", "wouldn't",
];

/// Evaluative adjectives and adverbs: words that judge rather than describe.
#[rustfmt::skip]
pub const EVALUATIVE: &[&str] = &[
    "absurd", "admirable", "alarming", "amazing", "appalling", "appealing", "arrogant",
    "astonishing", "atrocious", "awful", "bad", "beautiful", "best", "bizarre", "blatant", "bleak",
    "bogus", "boring", "brave", "brilliant", "brutal", "callous", "careless", "catastrophic",
    "certainly", "charming", "cheap", "clearly", "clever", "clumsy", "cowardly", "crazy", "cruel",
    "cynical", "dangerous", "delightful", "deplorable", "desperate", "despicable", "dire",
    "disappointing", "disastrous", "disgraceful", "disgusting", "dishonest", "dismal", "dreadful",
    "dumb", "embarrassing", "excellent", "extraordinary", "fabulous", "fair", "fake", "fantastic",
    "fascinating", "flawed", "foolish", "fortunately", "frightening", "generous", "glorious",
    "good", "great", "grim", "grotesque", "hideous", "hilarious", "honest", "hopeless", "horrible",
    "horrific", "horrifying", "hypocritical", "idiotic", "ignorant", "impressive", "incompetent",
    "incredible", "indefensible", "inexcusable", "insane", "inspiring", "irresponsible",
    "laughable", "lazy", "legendary", "lovely", "ludicrous", "magnificent", "marvellous",
    "mediocre", "miserable", "misguided", "misleading", "monstrous", "naive", "nasty", "nice",
    "nonsense", "obscene", "obviously", "offensive", "outrageous", "outstanding", "painful",
    "pathetic", "perfect", "pitiful", "pointless", "poor", "preposterous", "pretty",
    "questionable", "reckless", "remarkable", "ridiculous", "sad", "sadly", "scandalous",
    "sensible", "shameful", "shameless", "shocking", "silly", "sinister", "spectacular",
    "splendid", "strange", "striking", "stunning", "stupid", "superb", "surely", "terrible",
    "terrific", "thankfully", "tragic", "tremendous", "ugly", "unacceptable", "unbelievable",
    "unfair", "unforgivable", "unfortunately", "unjust", "unnecessary", "unreasonable", "unwise",
    "useless", "vile", "weird", "wise", "wonderful", "worrying", "worse", "worst", "worthless",
    "wrong",
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
            ("stance", STANCE_WORDS),
            ("negations", NEGATIONS),
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
    fn every_listed_word_is_found_with_its_bit() {
        for (list, bit) in LISTS {
            for w in list {
                assert!(categories(w, hash::word(w.as_bytes())) & bit != 0, "{w}");
            }
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
        let categories = |w: &str| categories(w, hash::word(w.as_bytes()));
        let bits = [
            ("quarter", NUMBER | TIME),
            ("brilliant", EVALUATIVE_BIT),
            ("jail", 0),
        ];
        for (word, want) in bits {
            assert_eq!(categories(word), want, "{word}");
        }
    }
}
