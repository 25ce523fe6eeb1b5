//! Sentence features for the scorers: hashed word uni/bi/trigrams and byte 3-5-grams of the
//! normalised text (lower case, digits as `0`, curly quotes folded), plus dense cues such as
//! numbers, hedges, grammatical person and evaluative words. Pure and deterministic.

use super::dense::{Counts, dense};
pub use super::dense::{DENSE_NAMES, N_DENSE};
use super::hash;
pub use super::normalise::{normalise, normalise_into};

/// Bumped whenever extraction changes, so stale weight files are refused at load time.
pub const VERSION: u32 = 4;

/// One sentence as model input: `(bucket, value)` pairs plus the dense vector.
#[derive(Debug, Clone, PartialEq)]
pub struct Features {
    pub hashed: Vec<(u32, f32)>,
    pub dense: [f32; N_DENSE],
}

/// Extracts the features of `sentence` into a hash space of `2^bits` buckets: the public entry
/// for training and evaluation (`claimdesk-tools`). `score_sentence` computes the same sums
/// without building this list (a unit test holds the two equal).
pub fn extract(sentence: &str, bits: u32) -> Features {
    let norm = normalise(sentence);
    let mut keys = Keys::default();
    let dense = walk(sentence, &norm, bits, &mut keys);
    let mut hashed = Vec::with_capacity(keys.keys.len());
    for group in keys.groups() {
        let scale = 1.0 / (group.len().max(1) as f32).sqrt();
        let value = |k: u32| if k & 1 == 1 { -scale } else { scale };
        hashed.extend(group.iter().map(|&k| (k >> 1, value(k))));
    }
    Features { hashed, dense }
}

/// Lengths of the byte n-grams (group 1). The gram pass writes one slot per length.
const CHAR_MIN: usize = 3;
const CHAR_MAX: usize = 5;

/// Number of hashed feature groups; each is scaled by 1/sqrt(its size).
pub const GROUPS: usize = 2;

/// The hashed features of one sentence as keys `bucket << 1 | negative` (see
/// `hash::key`): word n-grams (group 0), then byte n-grams (group 1), plus the tokens.
/// Reusable, so the scorer does not allocate per sentence.
#[derive(Debug, Default)]
pub struct Keys {
    pub keys: Vec<u32>,
    words_end: usize,
    pub tokens: Vec<Token>,
}

/// One token of the normalised text: `norm[start..end]`, with a space on each side, and its
/// `hash::word` hash.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Token {
    pub start: usize,
    pub end: usize,
    pub hash: u64,
}

impl Keys {
    /// The keys of each group, in group order.
    pub fn groups(&self) -> [&[u32]; GROUPS] {
        let (words, chars) = self.keys.split_at(self.words_end.min(self.keys.len()));
        [words, chars]
    }
}

/// Writes the hashed features of `norm` (the result of [`normalise`] on `sentence`) into `out`,
/// replacing what it held, and returns the dense vector. Training uses this.
pub fn walk(sentence: &str, norm: &str, bits: u32, out: &mut Keys) -> [f32; N_DENSE] {
    let dense = walk_words(sentence, norm, bits, out);
    for &t in &out.tokens {
        token_grams(norm.as_bytes(), t, bits, &mut out.keys);
    }
    dense
}

/// [`walk`] without the byte n-grams (group 1 stays empty): the scorer adds those token by
/// token with [`token_grams`], so it can reuse the sums of tokens it has seen.
#[inline]
pub fn walk_words(sentence: &str, norm: &str, bits: u32, out: &mut Keys) -> [f32; N_DENSE] {
    let mut counts = Counts::default();
    out.keys.clear();
    out.tokens.clear();
    push_words(norm, bits, &mut counts, out);
    out.words_end = out.keys.len();
    dense(sentence, norm, &counts)
}

/// Unigrams, bigrams and trigrams with sentence boundary markers, group 0; also feeds each
/// token to the dense counts. Each token is hashed once ([`hash::word`], shared with the
/// lexicon); the bigram and trigram hashes combine those word hashes.
fn push_words(norm: &str, bits: u32, counts: &mut Counts, keys: &mut Keys) {
    let out = &mut keys.keys;
    let (mut prev2, mut prev) = (*hash::BOS, *hash::BOS);
    let mut ngrams = |h: u64, out: &mut Vec<u32>| {
        out.push(hash::key(hash::pair(prev, h), bits));
        out.push(hash::key(hash::triple(prev2, prev, h), bits));
        (prev2, prev) = (prev, h);
    };
    let b = norm.as_bytes();
    let mut start = 0;
    while start < b.len() {
        let end = next_space(b, start);
        if let Some(tok) = norm.get(start..end).filter(|t| !t.is_empty()) {
            let h = hash::word_at(b, start, end);
            counts.add(tok, h);
            keys.tokens.push(Token {
                start,
                end,
                hash: h,
            });
            out.push(hash::key(h, bits));
            ngrams(h, out);
        }
        start = end + 1;
    }
    ngrams(*hash::EOS, out);
}

/// Byte 3- to 5-grams that do not cross a token boundary (the boundary space may open or close
/// one), group 1: those starting at the space before `t` up to its last byte, so they depend on
/// the token alone. Each gram is its bytes packed into an integer with its length, then mixed
/// (`hash::gram_key`): no byte-at-a-time hash chain. Branch-free: each position writes all
/// three lengths and keeps as many as fit before the next space.
pub fn token_grams(norm: &[u8], t: Token, bits: u32, out: &mut Vec<u32>) {
    let first = t.start.saturating_sub(1);
    let at0 = out.len();
    out.resize(at0 + (CHAR_MAX - CHAR_MIN + 1) * (t.end - first), 0);
    let mut at = at0;
    for i in first..t.end {
        let w = hash::window(norm, i);
        // The first space after the gram's first byte ends it (inclusive).
        let spaces = zero_bytes((w ^ SPACES) | 0xff);
        let longest = ((spaces.trailing_zeros() / 8 + 1) as usize).min(CHAR_MAX);
        let slots = &mut out[at..at + 3];
        slots[0] = hash::gram_key(w, 3, bits);
        slots[1] = hash::gram_key(w, 4, bits);
        slots[2] = hash::gram_key(w, 5, bits);
        at += (longest + 1).saturating_sub(CHAR_MIN);
    }
    out.truncate(at);
}

/// The offset of the first space in `b` at or after `from` (8 bytes at a time), or `b.len()`.
#[inline]
fn next_space(b: &[u8], from: usize) -> usize {
    let mut at = from;
    while at < b.len() {
        let spaces = zero_bytes(hash::window(b, at) ^ SPACES);
        if spaces != 0 {
            return (at + (spaces.trailing_zeros() / 8) as usize).min(b.len());
        }
        at += 8;
    }
    b.len()
}

const SPACES: u64 = 0x2020_2020_2020_2020;

/// A word whose lowest set bit is the high bit of the lowest zero byte of `x` (0 if there is
/// none). Bits above it may be false positives from the borrow, so only its trailing zeros
/// mean anything.
#[inline]
fn zero_bytes(x: u64) -> u64 {
    x.wrapping_sub(0x0101_0101_0101_0101) & !x & 0x8080_8080_8080_8080
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The gram rule spelled out one byte at a time, as feature v3 had it.
    fn char_grams_reference(norm: &str, bits: u32) -> Vec<u32> {
        let b = norm.as_bytes();
        let mut out = Vec::new();
        for i in 0..b.len() {
            for j in i..(i + CHAR_MAX).min(b.len()) {
                if j + 1 - i >= CHAR_MIN {
                    out.push(hash::gram_key(hash::window(b, i), j + 1 - i, bits));
                }
                if b[j] == b' ' && j > i {
                    break;
                }
            }
        }
        out
    }

    #[test]
    fn char_grams_match_the_byte_at_a_time_rule() {
        for s in [
            "",
            "a",
            "A total of 123 political prisoners were let out of jail.",
            "It's \"brilliant\"! (Really?) a b cd efg hijklmnop",
            "¿Qué? ½ ﬁ naïve – “quoted” 😀!",
            "x !y ! !! ! z",
        ] {
            let norm = normalise(s);
            let mut keys = Keys::default();
            walk(s, &norm, 16, &mut keys);
            let got = keys.groups()[1].to_vec();
            assert_eq!(got, char_grams_reference(&norm, 16), "{s:?} -> {norm:?}");
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
