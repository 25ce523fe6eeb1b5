//! The dense half of the sentence features: counts of lexicon cues (numbers, hedges, person,
//! evaluative words...) and surface marks (?, !, quotes, length), each squashed to about 0..3.

use super::lexicon as lx;
use super::surface::{Surface, surface};
use std::sync::LazyLock;

/// Names of the dense features, in vector order (used by the eval report and the docs).
pub const DENSE_NAMES: [&str; N_DENSE] = [
    "digit",
    "numbers",
    "percent",
    "currency",
    "year",
    "proper_nouns",
    "hedge",
    "first_singular",
    "first_plural",
    "second_person",
    "evaluative",
    "intensifier",
    "modal",
    "question",
    "exclaim",
    "quote",
    "length",
    "short",
    "than",
    "exclamative",
    "reporting",
    "time",
    "stance",
    "negation",
];
pub const N_DENSE: usize = 24;

/// Counts of lexicon hits over the normalised tokens: tokens per category bit of
/// [`lx::categories`], plus words and numbers.
#[derive(Default)]
pub struct Counts {
    by_bit: [u32; lx::N_BITS],
    numbers: u32,
    words: u32,
}

impl Counts {
    /// Adds one normalised token, given its [`super::hash::word`] hash (shared with the unigram pass).
    #[inline]
    pub fn add(&mut self, tok: &str, word_hash: u64) {
        let cat = lx::categories(tok, word_hash);
        let first = tok.as_bytes().first().copied().unwrap_or(b' ');
        self.words += u32::from(if first.is_ascii() {
            first.is_ascii_alphanumeric()
        } else {
            tok.chars().next().is_some_and(char::is_alphanumeric)
        });
        self.numbers += u32::from(first == b'0' || cat & lx::NUMBER != 0);
        // A listed word has one or two bits: visit those, not all sixteen counters.
        let mut cat = cat;
        while cat != 0 {
            self.by_bit[cat.trailing_zeros() as usize] += 1;
            cat &= cat - 1;
        }
    }

    fn get(&self, bit: u16) -> u32 {
        self.by_bit[bit.trailing_zeros() as usize]
    }
}

/// Capital letters that start a run of letters and digits, after the first whitespace, other
/// than the pronoun `I` (an `I` that no letter or digit follows): a cheap proxy for named
/// entities. ASCII text is counted by [`surface`]'s pass with the same result; this is the
/// rule for the rest.
fn proper_nouns(sentence: &str, marks: &Surface) -> u32 {
    if let Some(n) = marks.capitals {
        return n;
    }
    let sentence = sentence.trim_start();
    let Some(at) = sentence.find(char::is_whitespace) else {
        return 0;
    };
    let mut chars = sentence[at..].chars().peekable();
    let (mut count, mut prev_alnum) = (0, false);
    while let Some(c) = chars.next() {
        let next_alnum = chars.peek().is_some_and(|n| n.is_alphanumeric());
        let pronoun = c == 'I' && !next_alnum;
        count += u32::from(c.is_uppercase() && !prev_alnum && !pronoun);
        prev_alnum = c.is_alphanumeric();
    }
    count
}

/// ln(1 + n), from a table for the small counts that nearly every sentence has.
fn squash(n: u32) -> f32 {
    static LN: LazyLock<[f32; 32]> =
        LazyLock::new(|| std::array::from_fn(|i| (1.0 + i as f32).ln()));
    match LN.get(n as usize) {
        Some(&v) => v,
        None => (1.0 + n as f32).ln(),
    }
}

fn flag(b: bool) -> f32 {
    if b { 1.0 } else { 0.0 }
}

/// The dense vector of `sentence`, whose normalised form is `norm` and token counts `c`.
pub fn dense(sentence: &str, norm: &str, c: &Counts) -> [f32; N_DENSE] {
    let exclamative = [" what a ", " what an ", " how ", " such a "]
        .iter()
        .any(|p| norm.starts_with(p));
    let marks = surface(sentence);
    [
        flag(marks.digit),
        squash(c.numbers),
        flag(c.get(lx::PERCENT) > 0),
        flag(c.get(lx::CURRENCY) > 0),
        flag(c.get(lx::YEAR) > 0),
        squash(proper_nouns(sentence, &marks)),
        squash(c.get(lx::HEDGE)),
        squash(c.get(lx::FIRST_SINGULAR_BIT)),
        squash(c.get(lx::FIRST_PLURAL_BIT)),
        squash(c.get(lx::SECOND)),
        squash(c.get(lx::EVALUATIVE_BIT)),
        squash(c.get(lx::INTENSIFIER)),
        squash(c.get(lx::MODAL)),
        flag(marks.question),
        flag(marks.exclaim),
        flag(norm.as_bytes().contains(&b'"')),
        squash(c.words) / 4.0,
        flag(c.words <= 5),
        flag(c.get(lx::THAN) > 0),
        flag(exclamative && !marks.question),
        squash(c.get(lx::REPORTING_BIT)),
        squash(c.get(lx::TIME)),
        squash(c.get(lx::STANCE)),
        squash(c.get(lx::NEGATION)),
    ]
}

#[cfg(test)]
mod tests {
    use super::super::features::extract;
    use super::*;

    fn dense_of(sentence: &str, name: &str) -> f32 {
        let i = DENSE_NAMES
            .iter()
            .position(|n| *n == name)
            .unwrap_or(usize::MAX);
        extract(sentence, 12).dense[i]
    }

    #[test]
    fn proper_nouns_by_surface_match_the_char_rule() {
        for (s, want) in [
            ("Then came Maria Kolesnikova and Ales Bialiatski.", 4),
            (
                "I said I would, I'm sure (I) \"Is\" It\tIt's I\x0bIran 'Oslo' x-Ray 9Z",
                6,
            ),
            ("  Leading spaces Then", 1),
            ("\x0bLeading spaces Then", 1),
            ("", 0),
            ("A", 0),
            ("Élysée and Öcalan met Łukashenko", 2),
        ] {
            assert_eq!(proper_nouns(s, &surface(s)), want, "{s:?}");
            let s = format!("{s} \u{e9}");
            let general = proper_nouns(&s, &surface(&s));
            assert_eq!(general, want, "{s:?} on the char path");
        }
    }

    #[test]
    fn dense_cases() {
        let ln2 = 2f32.ln();
        let cases = [
            ("Unemployment rose 5% in 2010.", "percent", 1.0),
            ("Unemployment rose 5 percent.", "percent", 1.0),
            ("It cost $4 billion.", "currency", 1.0),
            ("It cost four billion dollars.", "numbers", 3f32.ln()),
            ("In 1975 I was president.", "year", 1.0),
            ("In 1975 I was president.", "first_singular", ln2),
            ("We think you know.", "first_plural", ln2),
            ("We think you know.", "second_person", ln2),
            ("It may reportedly rain.", "hedge", 3f32.ln()),
            ("It’s brilliant.", "evaluative", ln2),
            ("It’s brilliant.", "short", 1.0),
            ("The logic is thinner than a crepe.", "than", 1.0),
            ("What a laugh, really.", "exclamative", 1.0),
            ("What a question?", "exclamative", 0.0),
            (
                "Then came Maria Kolesnikova and Ales Bialiatski.",
                "proper_nouns",
                5f32.ln(),
            ),
            ("I said I would.", "proper_nouns", 0.0),
            ("He said “no”.", "quote", 1.0),
            ("Why?", "question", 1.0),
        ];
        for (sentence, name, want) in cases {
            let got = dense_of(sentence, name);
            assert!(
                (got - want).abs() < 1e-6,
                "{sentence:?} {name}: got {got}, want {want}"
            );
        }
    }
}
