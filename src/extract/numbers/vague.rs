//! Vague amounts ("a few dozen", "hundreds of thousands", "several", "a handful", "a couple
//! of"): never an exact figure, always a low..high range with `approximate` set; and the
//! article phrases that are exact ("a pair of" 2, "a single" 1). The ranges are documented
//! in the parent module.

use super::lex::{Src, Tok, is, lower, spaced};
use super::words::scale;

/// A vague amount: (low, high, index of the token after it); low = high for an exact one.
pub(crate) fn vague_at(text: &Src, toks: &[Tok], i: usize) -> Option<(f64, f64, usize)> {
    let w = |k: usize| -> Option<&Tok> {
        let t = toks.get(k)?;
        (k == i || spaced(text, &toks[k - 1], t, 3)).then_some(t)
    };
    let word_is = |k: usize, s: &str| w(k).is_some_and(|t| is(text, t, s));
    // "a couple" counts only before "of" or a multiplier: "a couple from Leeds" is two people.
    let counted = |k: usize| word_is(k, "of") || w(k).and_then(|t| multiplier(text, t)).is_some();
    let t0 = &toks[i];
    let len = t0.end - t0.start;
    let b0 = text.as_bytes()[t0.start].to_ascii_lowercase();
    if !matches!(
        (b0, len),
        (b'a', 1)
            | (b's', 6 | 7)
            | (b't', 4 | 9)
            | (b'h', 8)
            | (b'd', 6)
            | (b'm' | b'b', 8)
            | (b't', 10)
    ) {
        return None;
    }
    let first = lower(text, w(i)?);
    let (lo, hi, mut j) = match first {
        "a" => {
            let next = w(i + 1).map_or("", |t| lower(text, t));
            match next {
                "few" => (2.0, 5.0, i + 2),
                "handful" => (3.0, 7.0, i + 2),
                "couple" if counted(i + 2) => (2.0, 3.0, i + 2),
                "pair" if word_is(i + 2, "of") => return Some((2.0, 2.0, i + 2)),
                "single" if super::context::single_counts(text, toks, i + 2) => {
                    return Some((1.0, 1.0, i + 2));
                }
                _ => return None,
            }
        }
        "several" => (3.0, 9.0, i + 1),
        "tens" | "hundreds"
            if word_is(i + 1, "of") && w(i + 2).and_then(|t| plural_scale(text, t)).is_some() =>
        {
            let base = if first == "tens" { 10.0 } else { 100.0 };
            let s = w(i + 2).and_then(|t| plural_scale(text, t)).unwrap_or(1.0);
            return Some((2.0 * base * s, 10.0 * base * s - 1.0, i + 3));
        }
        "dozens" => return Some((24.0, 99.0, i + 1)),
        "scores" if word_is(i + 1, "of") => return Some((40.0, 99.0, i + 1)),
        "hundreds" => return Some((200.0, 999.0, i + 1)),
        _ => {
            let s = plural_scale(text, w(i)?)?;
            return Some((2.0 * s, 10.0 * s - 1.0, i + 1));
        }
    };
    if let Some(s) = w(j).and_then(|t| multiplier(text, t)) {
        j += 1;
        return Some((lo * s, hi * s, j));
    }
    Some((lo, hi, j))
}

/// "thousands", "millions", "billions".
fn plural_scale(text: &Src, t: &Tok) -> Option<f64> {
    let w = lower(text, t).strip_suffix('s')?;
    scale(w).filter(|&s| s >= 1e3 && !matches!(w, "lakh" | "lac" | "crore"))
}

/// "dozen", "hundred", "thousand" ... after "a few"/"several".
fn multiplier(text: &Src, t: &Tok) -> Option<f64> {
    match lower(text, t) {
        "dozen" => Some(12.0),
        "hundred" => Some(100.0),
        w => scale(w),
    }
}
