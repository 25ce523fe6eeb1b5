//! A per-thread memo of each short token's byte-gram weight sums. A token's byte n-grams depend
//! on the token alone (see [`super::features::token_grams`]), and news text repeats a few
//! thousand tokens, so most tokens skip their grams' table loads. Exact: a slot holds the
//! token's bytes and only an equal token reads it, so scores do not depend on what came before.

use super::features::Token;
use super::hash;

/// Sums of one token's byte grams: signed quantised weights of both models, and gram count.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct Sums {
    pub check: i32,
    pub opinion: i32,
    pub n: u32,
}

/// Tokens longer than this are not memoised (rare, and they would need a bigger slot).
const MAX_LEN: usize = 16;
/// Direct-mapped slots (24 bytes each, 384 KB): 4096 left one token in six to recompute on
/// BBC text, mostly by collisions; 16384 leave one in eleven. Four times as many again save
/// only 0.6% more instructions for a table that no longer fits in L2.
const SLOTS: usize = 16384;

#[derive(Clone, Copy, Default)]
struct Slot {
    /// The token's bytes, zero past its end (with `len`, exact even for a zero byte).
    text: [u64; 2],
    check: i16,
    opinion: i16,
    len: u8,
    n: u8,
}

pub struct TokenMemo {
    slots: Vec<Slot>,
}

impl Default for TokenMemo {
    fn default() -> Self {
        TokenMemo {
            slots: vec![Slot::default(); SLOTS],
        }
    }
}

/// The bytes of `b[start..end]` zero-padded to 16, read as two windows (no copy), or `None`
/// if the token is longer. Inlined: it runs for every token, and as a call it cost a quarter
/// more than its body.
#[inline(always)]
fn padded(b: &[u8], start: usize, end: usize) -> Option<[u64; 2]> {
    let len = end - start;
    if len > MAX_LEN {
        return None;
    }
    let second = if len > 8 {
        hash::window(b, start + 8) & hash::low_bytes(len - 8)
    } else {
        0
    };
    Some([hash::window(b, start) & hash::low_bytes(len), second])
}

impl TokenMemo {
    /// The sums of token `t` of the normalised text `b`, from the memo or from `compute`.
    #[inline]
    pub fn get_or(&mut self, b: &[u8], t: Token, compute: impl FnOnce() -> Sums) -> Sums {
        let Some(text) = padded(b, t.start, t.end) else {
            return compute();
        };
        let len = t.end - t.start;
        let slot = &mut self.slots[t.hash as usize % SLOTS];
        if usize::from(slot.len) == len && slot.text == text {
            return Sums {
                check: slot.check.into(),
                opinion: slot.opinion.into(),
                n: slot.n.into(),
            };
        }
        let s = compute();
        // At most 3 grams per byte of a 16-byte token plus its leading space, each weight
        // |w| <= 127, so the sums fit i16 and the count u8; checked anyway.
        if let (Ok(check), Ok(opinion), Ok(n)) = (
            i16::try_from(s.check),
            i16::try_from(s.opinion),
            u8::try_from(s.n),
        ) {
            *slot = Slot {
                text,
                check,
                opinion,
                len: len as u8,
                n,
            };
        }
        s
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn memo_returns_what_was_computed_and_only_for_the_same_token() {
        let mut m = TokenMemo::default();
        let s = |c| Sums {
            check: c,
            opinion: -c,
            n: 3,
        };
        let text = b" the thf internationalisation ";
        let tok = |start, end| Token {
            start,
            end,
            hash: 7,
        };
        let (the, thf, long) = (tok(1, 4), tok(5, 8), tok(9, 29));
        assert_eq!(m.get_or(text, the, || s(5)), s(5));
        assert_eq!(m.get_or(text, the, || s(99)), s(5), "memoised");
        // Same slot, other token: computed, then it owns the slot.
        assert_eq!(m.get_or(text, thf, || s(6)), s(6));
        assert_eq!(m.get_or(text, the, || s(5)), s(5));
        assert_eq!(m.get_or(text, long, || s(1)), s(1));
        assert_eq!(
            m.get_or(text, long, || s(2)),
            s(2),
            "long tokens are not memoised"
        );
    }
}
