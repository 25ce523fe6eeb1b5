//! Sentence features for the scorers: hashed word uni/bigrams and character 3-5-grams of the
//! normalised text (lower case, digits as `0`, curly quotes folded), plus dense cues such as
//! numbers, hedges, grammatical person and evaluative words. Pure and deterministic.

use super::dense::{Counts, dense};
pub use super::dense::{DENSE_NAMES, N_DENSE};
use super::hash;

/// Bumped whenever extraction changes, so stale weight files are refused at load time.
pub const VERSION: u32 = 3;

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
    let mut sizes = [0usize; GROUPS];
    let dense = walk(sentence, &norm, bits, &mut |g, i, s| {
        sizes[g] += 1;
        hashed.push((i, if s { -1.0 } else { 1.0 }));
    });
    let mut at = 0;
    for n in sizes {
        scale_group(&mut hashed[at..at + n]);
        at += n;
    }
    Features { hashed, dense }
}

/// Lengths of the byte n-grams (group 1).
const CHAR_MIN: usize = 3;
const CHAR_MAX: usize = 5;

/// Word trigrams (seed 4) in group 0 beside the unigrams and bigrams.
const TRIGRAMS: bool = true;

/// Number of hashed feature groups; each is scaled by 1/sqrt(its size).
pub const GROUPS: usize = 2;

/// Calls `emit(group, bucket, negative)` for every hashed feature of `norm` (the result of
/// [`normalise`] on `sentence`), group by group in order, and returns the dense vector. The
/// scorer sums weights on the fly with this; training collects them with [`extract`].
#[inline]
pub fn walk(
    sentence: &str,
    norm: &str,
    bits: u32,
    emit: &mut impl FnMut(usize, u32, bool),
) -> [f32; N_DENSE] {
    let mut counts = Counts::default();
    push_words(norm, bits, &mut counts, emit);
    push_char_grams(norm, bits, emit);
    dense(sentence, norm, &counts)
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
        let alnum = if c.is_ascii() {
            c.is_ascii_alphanumeric()
        } else {
            c.is_alphanumeric()
        };
        let apostrophe = c == '\'' && in_word && chars.peek().is_some_and(|n| n.is_alphanumeric());
        if alnum || apostrophe {
            if c.is_ascii() {
                out.push(if c.is_ascii_digit() {
                    '0'
                } else {
                    c.to_ascii_lowercase()
                });
            } else if c.is_numeric() {
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

/// Unigrams (seed 1) and bigrams with sentence boundary markers (seed 2), group 0; also
/// feeds each token to the dense counts, sharing the unigram hash.
fn push_words(norm: &str, bits: u32, counts: &mut Counts, emit: &mut impl FnMut(usize, u32, bool)) {
    let (mut prev2, mut prev): (&[u8], &[u8]) = (b"<s>", b"<s>");
    for tok in norm
        .split(' ')
        .filter(|t| !t.is_empty())
        .chain(std::iter::once("</s>"))
    {
        let t = tok.as_bytes();
        if tok != "</s>" {
            let h = hash::word(t);
            counts.add(tok, h);
            let (i, s) = hash::bucket(h, bits);
            emit(0, i, s);
        }
        let h = hash::bytes(hash::step(hash::bytes(hash::start(2), prev), 0x1f), t);
        let (i, s) = hash::bucket(h, bits);
        emit(0, i, s);
        if TRIGRAMS {
            let h = hash::bytes(hash::start(4), prev2);
            let h = hash::bytes(hash::step(hash::bytes(hash::step(h, 0x1f), prev), 0x1f), t);
            let (i, s) = hash::bucket(h, bits);
            emit(0, i, s);
        }
        prev2 = prev;
        prev = t;
    }
}

/// Byte 3- to 5-grams that do not cross a token boundary (the boundary space may open or close
/// one), seed 3, group 1.
fn push_char_grams(norm: &str, bits: u32, emit: &mut impl FnMut(usize, u32, bool)) {
    let b = norm.as_bytes();
    let seed = hash::start(3);
    for i in 0..b.len() {
        let mut h = seed;
        for (j, &byte) in b.iter().enumerate().skip(i).take(CHAR_MAX) {
            h = hash::step(h, byte);
            if j - i + 1 >= CHAR_MIN {
                let (k, s) = hash::bucket(h, bits);
                emit(1, k, s);
            }
            if byte == b' ' && j > i {
                break;
            }
        }
    }
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
        // 3 unigrams, 4 bigrams and 4 trigrams (with markers), then char grams: each group sums
        // squares to 1.
        let words: f32 = f.hashed[..11].iter().map(|(_, v)| v * v).sum();
        let chars: f32 = f.hashed[11..].iter().map(|(_, v)| v * v).sum();
        assert!(
            (words - 1.0).abs() < 1e-5 && (chars - 1.0).abs() < 1e-5,
            "{words} {chars}"
        );
    }
}
