//! The dense half of the sentence features: counts of lexicon cues (numbers, hedges, person,
//! evaluative words...) and surface marks (?, !, quotes, length), each squashed to about 0..3.

use super::lexicon as lx;

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
];
pub const N_DENSE: usize = 22;

/// Counts of lexicon hits over the normalised tokens, in `DENSE_NAMES` order where relevant.
#[derive(Default)]
pub struct Counts {
    numbers: u32,
    currency: u32,
    percent: u32,
    year: u32,
    hedge: u32,
    first_singular: u32,
    first_plural: u32,
    second: u32,
    evaluative: u32,
    intensifier: u32,
    modal: u32,
    than: u32,
    reporting: u32,
    time: u32,
    words: u32,
}

impl Counts {
    /// Adds one normalised token, given its [`super::hash::word`] hash (shared with the unigram pass).
    #[inline]
    pub fn add(&mut self, tok: &str, word_hash: u64) {
        let cat = lx::categories(word_hash);
        let is = |bit: u16| u32::from(cat & bit != 0);
        let first = tok.as_bytes().first().copied().unwrap_or(b' ');
        self.words += u32::from(if first.is_ascii() {
            first.is_ascii_alphanumeric()
        } else {
            tok.chars().next().is_some_and(char::is_alphanumeric)
        });
        self.numbers += u32::from(first == b'0') | is(lx::NUMBER);
        self.currency += u32::from(matches!(tok, "$" | "£" | "€")) | is(lx::CURRENCY);
        self.percent += u32::from(matches!(tok, "%" | "percent"));
        self.year += u32::from(tok == "0000");
        self.hedge += is(lx::HEDGE);
        self.first_singular += is(lx::FIRST_SINGULAR_BIT);
        self.first_plural += is(lx::FIRST_PLURAL_BIT);
        self.second += is(lx::SECOND);
        self.evaluative += is(lx::EVALUATIVE_BIT);
        self.intensifier += is(lx::INTENSIFIER);
        self.modal += is(lx::MODAL);
        self.than += u32::from(tok == "than");
        self.reporting += is(lx::REPORTING_BIT);
        self.time += is(lx::TIME);
    }
}

/// Capitalised words after the first word, other than `I`: a cheap proxy for named entities.
fn proper_nouns(sentence: &str) -> u32 {
    let words = sentence.split_whitespace().skip(1);
    let capitalised = |w: &&str| {
        let w = w.trim_start_matches(|c: char| !c.is_alphanumeric());
        w.chars().next().is_some_and(char::is_uppercase) && !w.starts_with("I'") && w != "I"
    };
    words.filter(capitalised).count() as u32
}

fn squash(n: u32) -> f32 {
    (1.0 + n as f32).ln()
}

fn flag(b: bool) -> f32 {
    if b { 1.0 } else { 0.0 }
}

/// The dense vector of `sentence`, whose normalised form is `norm` and token counts `c`.
pub fn dense(sentence: &str, norm: &str, c: &Counts) -> [f32; N_DENSE] {
    let exclamative = [" what a ", " what an ", " how ", " such a "]
        .iter()
        .any(|p| norm.starts_with(p));
    [
        flag(sentence.bytes().any(|b| b.is_ascii_digit())),
        squash(c.numbers),
        flag(c.percent > 0),
        flag(c.currency > 0),
        flag(c.year > 0),
        squash(proper_nouns(sentence)),
        squash(c.hedge),
        squash(c.first_singular),
        squash(c.first_plural),
        squash(c.second),
        squash(c.evaluative),
        squash(c.intensifier),
        squash(c.modal),
        flag(sentence.as_bytes().contains(&b'?')),
        flag(sentence.as_bytes().contains(&b'!')),
        flag(norm.as_bytes().contains(&b'"')),
        squash(c.words) / 4.0,
        flag(c.words <= 5),
        flag(c.than > 0),
        flag(exclamative && !sentence.as_bytes().contains(&b'?')),
        squash(c.reporting),
        squash(c.time),
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
