//! FNV-1a, the small non-cryptographic hash of the extractor's word sets and short-key hash
//! maps, and of the training data checksum. Stable on every platform. (The scorer's feature
//! buckets use their own multiply hash, `score::hash`.)

use std::hash::Hasher;

pub const OFFSET: u64 = 0xcbf2_9ce4_8422_2325;
pub const PRIME: u64 = 0x0000_0100_0000_01b3;

/// Feeds one byte into the hash state.
#[inline]
pub fn step(state: u64, byte: u8) -> u64 {
    (state ^ u64::from(byte)).wrapping_mul(PRIME)
}

/// Feeds a byte slice into the hash state.
pub fn bytes(state: u64, data: &[u8]) -> u64 {
    data.iter().fold(state, |state, &b| step(state, b))
}

/// FNV-1a as a [`Hasher`] for hash maps keyed by our own short strings (not attacker input).
#[derive(Default)]
pub struct Fnv(u64);

impl Hasher for Fnv {
    fn finish(&self) -> u64 {
        self.0
    }

    fn write(&mut self, data: &[u8]) {
        let state = if self.0 == 0 { OFFSET } else { self.0 };
        self.0 = bytes(state, data);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn matches_the_published_fnv1a_values() {
        let cases: &[(&[u8], u64)] = &[
            (b"", 0xcbf2_9ce4_8422_2325),
            (b"a", 0xaf63_dc4c_8601_ec8c),
            (b"foobar", 0x8594_4171_f739_67e8),
        ];
        for (data, expected) in cases {
            assert_eq!(bytes(OFFSET, data), *expected, "fnv1a({data:?})");
        }
    }
}
