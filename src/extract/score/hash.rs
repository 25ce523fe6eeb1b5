//! Stable feature hashing: words read 8 bytes at a time and mixed, n-grams combined from
//! those hashes or packed into an integer, identical on every platform, so weights trained on
//! one machine index the same buckets everywhere.

use std::sync::LazyLock;

/// The hash of one normalised word (the unigram feature's hash, also the lexicon key).
pub fn word(tok: &[u8]) -> u64 {
    word_at(tok, 0, tok.len())
}

/// [`word`] of `b[start..end]`, read as 8-byte [`window`]s of `b` (no copy, no byte loop).
#[inline]
pub fn word_at(b: &[u8], start: usize, end: usize) -> u64 {
    let mut h = 0x6a09_e667_f3bc_c908 ^ (end - start) as u64;
    let mut at = start;
    while at < end {
        let w = window(b, at) & low_bytes(end - at);
        h = (h ^ w).wrapping_mul(K).rotate_left(31);
        at += 8;
    }
    finish(h)
}

/// A mask of the low `n` bytes (all eight if `n >= 8`).
#[inline]
pub fn low_bytes(n: usize) -> u64 {
    if n >= 8 { !0 } else { (1u64 << (8 * n)) - 1 }
}

/// The 8 bytes of `b` from `at`, little-endian, padded with spaces past the end.
#[inline]
pub fn window(b: &[u8], at: usize) -> u64 {
    match b.get(at..at + 8) {
        Some(w) => u64::from_le_bytes(w.try_into().unwrap_or([b' '; 8])),
        None => {
            let mut w = [b' '; 8];
            let tail = b.get(at..).unwrap_or_default();
            w[..tail.len()].copy_from_slice(tail);
            u64::from_le_bytes(w)
        }
    }
}

/// Mixes the stream so the low bits are usable as a bucket and the top bit as a sign.
#[inline]
pub fn finish(state: u64) -> u64 {
    let mut h = state ^ (state >> 33);
    h = h.wrapping_mul(0xff51_afd7_ed55_8ccd);
    h ^= h >> 33;
    h = h.wrapping_mul(0xc4ce_b9fe_1a85_ec53);
    h ^ (h >> 33)
}

/// Hashes of the sentence start and end markers in the word n-grams.
pub static BOS: LazyLock<u64> = LazyLock::new(|| word(b"<s>"));
pub static EOS: LazyLock<u64> = LazyLock::new(|| word(b"</s>"));

const K: u64 = 0x9e37_79b9_7f4a_7c15;

/// A word bigram's hash from its two word hashes (order matters).
#[inline]
pub fn pair(a: u64, b: u64) -> u64 {
    (a.rotate_left(21) ^ b ^ 0x2b1f_a7c3_9d5e_8401).wrapping_mul(K)
}

/// A word trigram's hash from its three word hashes (order matters).
#[inline]
pub fn triple(a: u64, b: u64, c: u64) -> u64 {
    (a.rotate_left(42) ^ b.rotate_left(21) ^ c ^ 0x6c8e_9cf5_7013_2ad1).wrapping_mul(K)
}

/// The feature key (as [`key`]) of the byte gram made of the low `n` (1..=7) bytes of
/// `window`: the bytes and the length packed into one integer, then one multiply (Fibonacci
/// hashing; every input bit reaches the top bits, which are the key).
#[inline]
pub fn gram_key(window: u64, n: usize, bits: u32) -> u32 {
    let bytes = window & low_bytes(n);
    let m = (bytes ^ ((n as u64) << 56) ^ 0x3d4f_1b2c_0000_0000).wrapping_mul(K);
    (m >> (63 - bits)) as u32
}

/// The feature key of a raw stream state: bucket (in `0..2^bits`) times two plus a sign bit
/// (signed hashing halves collision bias). One xor-shift and one multiply, then the top
/// `bits + 1` bits: the bucket, then the sign.
#[inline]
pub fn key(state: u64, bits: u32) -> u32 {
    let m = (state ^ (state >> 29)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
    (m >> (63 - bits)) as u32
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hashes_are_stable_across_builds() {
        let long = b"internationalisation";
        let got = [
            word(b""),
            word(b"the"),
            word(long),
            pair(word(b"the"), word(b"jail")),
            u64::from(gram_key(window(b" the ", 0), 4, 17)),
        ];
        let want = [
            0xbd0e_d0d0_8a42_a70c,
            0x75b9_12f8_e16a_605f,
            0x0662_f27f_c2cb_f972,
            0x9cbf_f920_ea43_def2,
            0x1_0027,
        ];
        assert_eq!(got, want, "got {got:#018x?}");
        // A word read from inside a longer text hashes as the word alone.
        let text = b" an internationalisation of ";
        assert_eq!(word_at(text, 4, 4 + long.len()), word(long));
    }

    #[test]
    fn key_stays_in_range() {
        for h in [0u64, 1, u64::MAX, 0x8000_0000_0000_0000] {
            assert!(key(h, 12) < 8192, "{h:#x}");
        }
    }
}
