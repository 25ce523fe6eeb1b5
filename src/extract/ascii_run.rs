//! Skipping runs of ASCII letters (and digits) eight bytes at a time, for the two tokenizers
//! (`numbers::lex` and `words`): a word then costs no branch per letter.

const LO: u64 = 0x0101_0101_0101_0101;
const HI: u64 = 0x8080_8080_8080_8080;

/// Index of the first byte at or after `i` that is not an ASCII letter.
pub fn letters_end(bytes: &[u8], i: usize) -> usize {
    run_end(bytes, i, letters, u8::is_ascii_alphabetic)
}

/// Index of the first byte at or after `i` that is not an ASCII letter or digit.
pub fn alnum_end(bytes: &[u8], i: usize) -> usize {
    run_end(
        bytes,
        i,
        |v| letters(v) | digits(v),
        u8::is_ascii_alphanumeric,
    )
}

/// The high bit of each byte of `v` that is an ASCII letter: with bit 5 set it lies in
/// `a..=z` (each bound is an addition whose carry lands in bit 7; no carry crosses bytes).
fn letters(v: u64) -> u64 {
    let folded = (v | (0x20 * LO)) & !HI;
    (folded + 0x1f * LO) & !(folded + 0x05 * LO) & !v & HI
}

/// The high bit of each byte of `v` that is an ASCII digit (`0..=9`).
fn digits(v: u64) -> u64 {
    let low7 = v & !HI;
    (low7 + 0x50 * LO) & !(low7 + 0x46 * LO) & !v & HI
}

/// Skips bytes whose high bit `mask` sets, eight at a time, then the tail with `keep`.
fn run_end(
    bytes: &[u8],
    mut i: usize,
    mask: impl Fn(u64) -> u64,
    keep: impl Fn(&u8) -> bool,
) -> usize {
    while let Some(chunk) = bytes.get(i..i + 8) {
        let mut word = [0u8; 8];
        word.copy_from_slice(chunk);
        let other = !mask(u64::from_le_bytes(word)) & HI;
        if other != 0 {
            return i + (other.trailing_zeros() / 8) as usize;
        }
        i += 8;
    }
    i + bytes[i.min(bytes.len())..]
        .iter()
        .take_while(|b| keep(b))
        .count()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every byte value, at every offset of a chunk and in the tail, against the byte tests.
    #[test]
    fn runs_end_where_the_byte_tests_say() {
        type Case = (fn(&[u8], usize) -> usize, fn(&u8) -> bool);
        let cases: [Case; 2] = [
            (letters_end, u8::is_ascii_alphabetic),
            (alnum_end, u8::is_ascii_alphanumeric),
        ];
        for (end, keep) in cases {
            for b in 0..=255u8 {
                for at in 0..17 {
                    let mut bytes = b"Ab3zZ9a0Ab3zZ9a0xY".to_vec();
                    bytes[at] = b;
                    for from in [0, 1, 9] {
                        let want = (from..bytes.len())
                            .find(|&k| !keep(&bytes[k]))
                            .unwrap_or(bytes.len());
                        assert_eq!(end(&bytes, from), want, "byte {b:#x} at {at} from {from}");
                    }
                }
            }
        }
    }
}
