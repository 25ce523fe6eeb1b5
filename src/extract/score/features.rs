//! Sentence features for the scorers: hashed word uni/bigrams and character 3-5-grams of the
//! normalised text (lower case, digits as `0`, curly quotes folded), plus dense cues such as
//! numbers, hedges, grammatical person and evaluative words. Pure and deterministic.

use super::hash;
use super::lexicon::{self as lx, has};

/// Bumped whenever extraction changes, so stale weight files are refused at load time.
pub const VERSION: u32 = 1;

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

/// One sentence as model input: `(bucket, value)` pairs plus the dense vector.
#[derive(Debug, Clone, PartialEq)]
pub struct Features {
    pub hashed: Vec<(u32, f32)>,
    pub dense: [f32; N_DENSE],
}

/// Extracts the features of `sentence` into a hash space of `2^bits` buckets.
pub fn extract(sentence: &str, bits: u32) -> Features {
    let norm = normalise(sentence);
    let mut hashed = Vec::with_capacity(norm.len() * 3 + 16);
    push_words(&norm, bits, &mut hashed);
    push_char_grams(&norm, bits, &mut hashed);
    Features {
        hashed,
        dense: dense(sentence, &norm),
    }
}

/// Lower-cases, maps digits to `0`, folds quote and dash variants, and separates tokens (word
/// runs, or single punctuation marks) by one space, with a space at each end.
pub fn normalise(sentence: &str) -> String {
    let mut out = String::with_capacity(sentence.len() + 2);
    out.push(' ');
    let mut chars = sentence.chars().peekable();
    let mut in_word = false;
    while let Some(c) = chars.next() {
        let c = fold(c);
        let next_alnum = chars.peek().is_some_and(|n| n.is_alphanumeric());
        if c.is_alphanumeric() || (c == '\'' && in_word && next_alnum) {
            if c.is_numeric() {
                out.push('0');
            } else {
                out.extend(c.to_lowercase());
            }
            in_word = true;
            continue;
        }
        if in_word {
            out.push(' ');
            in_word = false;
        }
        if !c.is_whitespace() {
            out.push(c);
            out.push(' ');
        }
    }
    if in_word {
        out.push(' ');
    }
    out
}

fn fold(c: char) -> char {
    match c {
        '\u{2018}' | '\u{2019}' | '\u{02bc}' | '`' => '\'',
        '\u{201c}' | '\u{201d}' | '\u{201e}' | '\u{00ab}' | '\u{00bb}' => '"',
        '\u{2013}' | '\u{2014}' => '-',
        _ => c,
    }
}

/// Unigrams (seed 1) and bigrams with sentence boundary markers (seed 2), each group scaled by
/// 1/sqrt(its size) so long and short sentences weigh alike.
fn push_words(norm: &str, bits: u32, out: &mut Vec<(u32, f32)>) {
    let first = out.len();
    let mut prev: &str = "<s>";
    for tok in norm
        .split(' ')
        .filter(|t| !t.is_empty())
        .chain(std::iter::once("</s>"))
    {
        if tok != "</s>" {
            out.push(hash::bucket(
                hash::finish(hash::bytes(hash::start(1), tok.as_bytes())),
                bits,
            ));
        }
        let h = hash::bytes(hash::start(2), prev.as_bytes());
        let h = hash::bytes(hash::step(h, 0x1f), tok.as_bytes());
        out.push(hash::bucket(hash::finish(h), bits));
        prev = tok;
    }
    scale_group(&mut out[first..]);
}

/// Byte 3- to 5-grams that do not cross a token boundary (the boundary space may open or close
/// one), seed 3.
fn push_char_grams(norm: &str, bits: u32, out: &mut Vec<(u32, f32)>) {
    let first = out.len();
    let b = norm.as_bytes();
    for i in 0..b.len() {
        let mut h = hash::start(3);
        for (j, &byte) in b.iter().enumerate().skip(i).take(5) {
            h = hash::step(h, byte);
            if j - i >= 2 {
                out.push(hash::bucket(hash::finish(h), bits));
            }
            if byte == b' ' && j > i {
                break;
            }
        }
    }
    scale_group(&mut out[first..]);
}

fn scale_group(group: &mut [(u32, f32)]) {
    if group.is_empty() {
        return;
    }
    let s = 1.0 / (group.len() as f32).sqrt();
    for (_, v) in group.iter_mut() {
        *v *= s;
    }
}

/// Counts of lexicon hits over the normalised tokens, in `DENSE_NAMES` order where relevant.
#[derive(Default)]
struct Counts {
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

fn count_tokens(norm: &str) -> Counts {
    let mut c = Counts::default();
    for tok in norm.split(' ').filter(|t| !t.is_empty()) {
        let is_word = tok.chars().next().is_some_and(char::is_alphanumeric);
        c.words += u32::from(is_word);
        c.numbers += u32::from(tok.starts_with('0') || has(lx::NUMBER_WORDS, tok));
        c.currency += u32::from(matches!(tok, "$" | "£" | "€") || has(lx::CURRENCY_WORDS, tok));
        c.percent += u32::from(matches!(tok, "%" | "percent"));
        c.year += u32::from(tok == "0000");
        c.hedge += u32::from(has(lx::HEDGES, tok));
        c.first_singular += u32::from(has(lx::FIRST_SINGULAR, tok));
        c.first_plural += u32::from(has(lx::FIRST_PLURAL, tok));
        c.second += u32::from(has(lx::SECOND_PERSON, tok));
        c.evaluative += u32::from(has(lx::EVALUATIVE, tok));
        c.intensifier += u32::from(has(lx::INTENSIFIERS, tok));
        c.modal += u32::from(has(lx::MODALS, tok));
        c.than += u32::from(tok == "than");
        c.reporting += u32::from(has(lx::REPORTING, tok));
        c.time += u32::from(has(lx::TIME_WORDS, tok));
    }
    c
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

fn dense(sentence: &str, norm: &str) -> [f32; N_DENSE] {
    let c = count_tokens(norm);
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
        flag(sentence.contains('?')),
        flag(sentence.contains('!')),
        flag(norm.contains('"')),
        squash(c.words) / 4.0,
        flag(c.words <= 5),
        flag(c.than > 0),
        flag(exclamative && !sentence.contains('?')),
        squash(c.reporting),
        squash(c.time),
    ]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn normalise_cases() {
        let cases = [
            ("It’s brilliant.", " it's brilliant . "),
            ("We lost 700,000 jobs!", " we lost 000 , 000 jobs ! "),
            ("“Never give up.”", " \" never give up . \" "),
            ("GDP—up 2.5%", " gdp - up 0 . 0 % "),
            ("  ", " "),
        ];
        for (input, want) in cases {
            assert_eq!(normalise(input), want, "{input:?}");
        }
    }

    fn dense_of(sentence: &str, name: &str) -> f32 {
        let i = DENSE_NAMES
            .iter()
            .position(|n| *n == name)
            .unwrap_or(usize::MAX);
        extract(sentence, 10).dense[i]
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

    #[test]
    fn extraction_is_deterministic_and_in_range() {
        for s in [
            "A total of 123 political prisoners were let out of jail.",
            "",
            "¿Qué? ½ ﬁ",
        ] {
            let a = extract(s, 12);
            assert_eq!(a, extract(s, 12), "{s:?}");
            assert!(a.hashed.iter().all(|&(i, _)| i < 4096), "{s:?}");
        }
    }

    #[test]
    fn each_hashed_group_has_unit_norm_before_collisions() {
        let f = extract("Prices rose.", 20);
        // 3 unigrams, 4 bigrams (with markers), then char grams: each group sums squares to 1.
        let words: f32 = f.hashed[..7].iter().map(|(_, v)| v * v).sum();
        let chars: f32 = f.hashed[7..].iter().map(|(_, v)| v * v).sum();
        assert!(
            (words - 1.0).abs() < 1e-5 && (chars - 1.0).abs() < 1e-5,
            "{words} {chars}"
        );
    }
}
