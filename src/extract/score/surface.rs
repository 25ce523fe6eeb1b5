//! The surface marks of a sentence behind four dense features (an ASCII digit, `?`, `!`, and
//! capitals that open a word), found in one pass eight bytes at a time: a byte loop and two
//! `memchr` calls per sentence cost about three times as much.

use super::hash;

const LO: u64 = 0x0101_0101_0101_0101;
const HI: u64 = 0x8080_8080_8080_8080;

/// What [`surface`] found in one sentence.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Surface {
    pub digit: bool,
    pub question: bool,
    pub exclaim: bool,
    /// Capitals that open a run of letters and digits after the first whitespace, other than
    /// the pronoun `I`; `None` when the sentence is not ASCII (the caller takes the char path).
    pub capitals: Option<u32>,
}

/// The high bit of each ASCII byte of `v` in `lo..=hi`: each bound is an addition whose carry
/// lands in bit 7 (of seven-bit values, so no carry crosses bytes).
#[inline(always)]
fn in_range(v: u64, lo: u8, hi: u8) -> u64 {
    let low7 = v & !HI;
    (low7 + u64::from(0x80 - lo) * LO) & !(low7 + u64::from(0x7f - hi) * LO) & !v & HI
}

fn is_space(c: u8) -> bool {
    matches!(c, b' ' | b'\t' | b'\n' | b'\x0b' | b'\x0c' | b'\r')
}

/// The marks of `sentence`. Leading whitespace holds none of them, so it is skipped first,
/// as the capital rule needs.
pub fn surface(sentence: &str) -> Surface {
    let b = sentence.as_bytes();
    let b = &b[b.iter().position(|&c| !is_space(c)).unwrap_or(b.len())..];
    // Capitals count from the first whitespace on (none without one).
    let from = b
        .iter()
        .position(|&c| is_space(c))
        .map_or(b.len(), |at| at + 1);
    let (mut digits, mut question, mut exclaim, mut high) = (0, 0, 0, 0);
    let mut capitals = 0;
    let mut at = 0;
    while at < b.len() {
        // Past the end the window holds spaces, which are none of the marks.
        let w = hash::window(b, at);
        digits |= in_range(w, b'0', b'9');
        question |= in_range(w, b'?', b'?');
        exclaim |= in_range(w, b'!', b'!');
        high |= w & HI;
        let mut upper = in_range(w, b'A', b'Z');
        // Capitals are rare: the byte rule runs only on the chunks that hold one.
        while upper != 0 {
            let k = at + (upper.trailing_zeros() / 8) as usize;
            upper &= upper - 1;
            capitals += u32::from(k >= from && opens_name(b, k));
        }
        at += 8;
    }
    Surface {
        digit: digits != 0,
        question: question != 0,
        exclaim: exclaim != 0,
        capitals: (high == 0).then_some(capitals),
    }
}

/// Whether the capital at `b[k]` (not the first byte) opens a word and is not the pronoun `I`
/// (an `I` that no letter or digit follows).
fn opens_name(b: &[u8], k: usize) -> bool {
    let next = b.get(k + 1).copied().unwrap_or(b' ');
    let pronoun = b[k] == b'I' && !next.is_ascii_alphanumeric();
    !b[k - 1].is_ascii_alphanumeric() && !pronoun
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The marks one byte at a time, as `dense` read them before.
    fn reference(s: &str) -> (bool, bool, bool) {
        let b = s.as_bytes();
        (
            b.iter().any(u8::is_ascii_digit),
            b.contains(&b'?'),
            b.contains(&b'!'),
        )
    }

    #[test]
    fn marks_match_the_byte_rule() {
        let mut all: String = (0u8..128).map(char::from).collect();
        all.push_str("é½");
        for s in [
            "",
            "?",
            "Why? Because!",
            "It cost $4 billion.",
            "No digits here at all, none",
            "0123456789:;<=>?@AZ[`az{",
            "  \t 9",
            all.as_str(),
            "Ünïcode ½ and ٣ but no ascii digit",
        ] {
            let got = surface(s);
            assert_eq!(
                (got.digit, got.question, got.exclaim),
                reference(s),
                "{s:?}"
            );
            assert_eq!(got.capitals.is_some(), s.is_ascii(), "{s:?}");
        }
    }
}
