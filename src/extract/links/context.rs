//! The words around a claim that change what it states: the three before it ("more than",
//! "another", "the"), its stance (denied or only supposed), and the dates its sentence names.

use super::phrase;
use crate::extract::claims::{Claim, ClaimKind, Doc};

/// Words before a figure that make it a different set from one named before ("another 20
/// people", "the remaining 30 prisoners"), so it neither restates nor contradicts it.
pub const OTHER_SET: &[&str] = &[
    "another",
    "other",
    "further",
    "additional",
    "extra",
    "remaining",
    "more",
];

/// Number words that open a partitive ("nine of the 14 matches": 14 is the whole, not what
/// the sentence counts).
const PART_WORDS: &[&str] = &[
    "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "some", "most",
    "many", "all", "half", "none", "few", "several",
];

/// Words that suppose rather than assert what follows.
const SUPPOSING: &[&str] = &[
    "would", "will", "could", "may", "might", "should", "if", "unless",
];

/// The last three words before a claim in its sentence, nearest last; "" where the sentence
/// has fewer.
pub type Before<'a> = [&'a str; 3];

/// The words before `claim` in its sentence (see [`Before`]).
pub fn words_before<'a>(doc: &Doc<'a>, claim: &Claim) -> Before<'a> {
    let from = doc.sentences[claim.sentence].start.min(claim.start);
    let mut before = [""; 3];
    let words = doc.text[from..claim.start]
        .split(|c: char| !(c.is_alphanumeric() || c == '’' || c == '\''))
        .filter(|w| !w.is_empty())
        .rev()
        .take(3);
    for (k, w) in words.enumerate() {
        before[2 - k] = w;
    }
    before
}

/// Whether the word `k` places before the claim (1 = nearest) is one of `words`.
fn is_any(before: &Before<'_>, k: usize, words: &[&str]) -> bool {
    let w = before[3 - k];
    !w.is_empty() && words.iter().any(|x| w.eq_ignore_ascii_case(x))
}

/// "another 20", "the remaining 30", "nine of the 14": a set other than one named before;
/// "per 100 people": the base of a rate, not a set at all.
pub fn is_other_set(before: &Before<'_>) -> bool {
    if is_any(before, 1, &["per"]) || is_any(before, 1, OTHER_SET) {
        return true;
    }
    let part = if is_any(before, 1, &["of"]) {
        2
    } else if is_any(before, 2, &["of"]) {
        3
    } else {
        return false;
    };
    is_any(before, part, PART_WORDS) || before[3 - part].contains(char::is_numeric)
}

/// Whether the word just before the claim refers back to a set already named ("the two
/// men", "these eight players", "all four countries").
pub fn refers_back(before: &Before<'_>) -> bool {
    const REFERRING: &[&str] = &[
        "the", "these", "those", "its", "their", "his", "her", "our", "both", "all",
    ];
    is_any(before, 1, REFERRING)
}

/// How a claim asserts: a denied claim ("he had never won a Grammy") is the opposite of the
/// same words without the denial, and a supposed one ("he would be released", "if the track
/// sold") says nothing about what happened.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Stance {
    denied: bool,
    supposed: bool,
}

impl Stance {
    /// Neither denied nor supposed.
    pub const ASSERTED: Stance = Stance {
        denied: false,
        supposed: false,
    };
}

/// The stance of `claim`, from the words before it, its own words unless `words_keyed` (a
/// quote's words are part of its key already), and the two after it in the same clause
/// (where a counted subject's verb stands: "a few dozen prisoners would be freed"; but "six
/// years in prison, not ten" is not denied).
pub fn stance(doc: &Doc<'_>, claim: &Claim, before: &Before<'_>, words_keyed: bool) -> Stance {
    let own = if words_keyed {
        ""
    } else {
        &doc.text[claim.start..claim.end]
    };
    let end = doc.sentences[claim.sentence].end.max(claim.end);
    let clause = doc.text[claim.end..end]
        .split([',', ';', ':', '(', '—', '–'])
        .next()
        .unwrap_or("");
    let after = clause.split_whitespace().take(2);
    let mut stance = Stance::ASSERTED;
    for w in before
        .iter()
        .copied()
        .chain(own.split_whitespace())
        .chain(after)
    {
        let w = w.trim_matches(|c: char| !c.is_alphanumeric() && c != '’' && c != '\'');
        stance.denied |= w.eq_ignore_ascii_case("not")
            || w.eq_ignore_ascii_case("never")
            || w.ends_with("n't")
            || w.ends_with("n’t");
        // "May" with a capital is nearly always the month.
        stance.supposed |= w != "May" && SUPPOSING.iter().any(|m| w.eq_ignore_ascii_case(m));
    }
    stance
}

/// The dates each sentence names (from the date claims), for telling two moments apart.
pub struct Frames {
    /// (sentence, hash of the date) in text order.
    dates: Vec<(usize, u64)>,
}

impl Frames {
    pub fn new(claims: &[Claim]) -> Frames {
        let dates = claims
            .iter()
            .filter(|c| c.kind == ClaimKind::Date)
            .map(|c| {
                let date = c
                    .object
                    .as_deref()
                    .or(c.value_text.as_deref())
                    .unwrap_or("");
                (c.sentence, phrase::lower_hash(date))
            })
            .collect();
        Frames { dates }
    }

    /// The dates sentence `s` names, sorted.
    pub fn of(&self, s: usize) -> Vec<u64> {
        let from = self.dates.partition_point(|(d, _)| *d < s);
        let to = self.dates.partition_point(|(d, _)| *d <= s);
        let mut dates: Vec<u64> = self.dates[from..to].iter().map(|(_, d)| *d).collect();
        dates.sort_unstable();
        dates
    }
}
