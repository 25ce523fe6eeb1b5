//! Stable feature hashing: FNV-1a over bytes, mixed once into a bucket, identical on every platform,
//! so weights trained on one machine index the same buckets everywhere.

use crate::extract::fnv;

/// The start state of a hash stream; `seed` separates feature groups.
pub fn start(seed: u64) -> u64 {
    fnv::OFFSET ^ seed.wrapping_mul(0x9e37_79b9_7f4a_7c15)
}

pub use fnv::{bytes, step};

/// The hash of one normalised word (the unigram feature's hash, also the lexicon key).
pub fn word(tok: &[u8]) -> u64 {
    finish(bytes(start(1), tok))
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

/// Bucket in `0..2^bits` and whether the sign is negative (signed hashing halves collision
/// bias), from a raw stream state: one xor-shift and one multiply, then the top `bits` bits are
/// the bucket and the bit below them the sign. Cheap enough for every character n-gram.
#[inline]
pub fn bucket(state: u64, bits: u32) -> (u32, bool) {
    let m = (state ^ (state >> 29)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
    ((m >> (64 - bits)) as u32, (m >> (63 - bits)) & 1 == 1)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hashes_are_stable_across_builds() {
        let cases: &[(u64, &str, u64)] = &[
            (0, "", 0xefd0_1f60_ba99_2926),
            (1, "the", 0x2d45_b81c_bd71_ba64),
            (3, " 000", 0x58ed_3b42_a95f_0639),
        ];
        for &(seed, text, want) in cases {
            let got = finish(bytes(start(seed), text.as_bytes()));
            assert_eq!(got, want, "seed {seed} text {text:?}: got {got:#018x}");
        }
    }

    #[test]
    fn bucket_stays_in_range() {
        for h in [0u64, 1, u64::MAX, 0x8000_0000_0000_0000] {
            let (i, _) = bucket(h, 12);
            assert!(i < 4096, "{h:#x}");
        }
    }
}
