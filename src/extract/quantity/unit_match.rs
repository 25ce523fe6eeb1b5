//! Matching the unit vocabulary over tokens: the units written after a number, found
//! through an index by first byte so a look-up compares only a handful of entries.

use std::sync::LazyLock;

use super::units::{AFTER, Unit};
use crate::extract::numbers::lex::{Kind, Src, Tok, adjacent, lower, spaced};

/// For each first byte, the positions in `AFTER` of the units whose first word starts
/// with it, in table order (so the first match is the same as a scan of the table).
static BY_FIRST_BYTE: LazyLock<Vec<Vec<u16>>> = LazyLock::new(|| {
    let mut index = vec![Vec::new(); 256];
    for (p, u) in AFTER.iter().enumerate() {
        if let Some(&b) = u.0[0].as_bytes().first() {
            index[usize::from(b)].push(p as u16);
        }
    }
    index
});

/// Matches a multi-word unit starting at token `j`; returns (unit, index after it).
pub(crate) fn match_unit(text: &Src, toks: &[Tok], j: usize) -> Option<(&'static Unit, usize)> {
    let first = toks.get(j)?;
    let word0 = match first.kind {
        Kind::Word => lower(text, first),
        _ => &text[first.start..first.end],
    };
    let first = *word0.as_bytes().first()?;
    BY_FIRST_BYTE[usize::from(first)].iter().find_map(|&p| {
        let u = &AFTER[usize::from(p)];
        if u.0[0] != word0 {
            return None;
        }
        for (k, w) in u.0.iter().enumerate().skip(1) {
            let t = toks.get(j + k)?;
            let digit = w.starts_with(|c: char| c.is_ascii_digit());
            let joined =
                adjacent(&toks[j + k - 1], t) || (!digit && spaced(text, &toks[j + k - 1], t, 2));
            if !joined || !text[t.start..t.end].eq_ignore_ascii_case(w) {
                return None;
            }
        }
        let end = j + u.0.len();
        let last = &toks[end - 1];
        let runs_on = toks
            .get(end)
            .is_some_and(|n| adjacent(last, n) && (n.is_word() || n.is_num()) && last.is_word());
        (!runs_on).then_some((u, end))
    })
}
