//! Money written with the currency first: symbols and codes ("$", "US$", "£", "Rs", "USD"),
//! with a scale glued after the number ("£2m"), pence glued in sterling ("£5p"), and a sign
//! before the currency ("-$5m", "minus £3bn").

use super::measure::q;
use super::units::prefix_code;
use super::{Quantity, QuantityKind as K};
use crate::extract::numbers::lex::{Kind, Src, Tok, adjacent, is, spaced};
use crate::extract::numbers::{Hit, hedged};

/// A currency symbol or code right before the number ("$ 75 million", "US$ 1MM", "USD115").
pub(super) fn money_before(text: &Src, toks: &[Tok], h: &Hit) -> Option<Quantity> {
    let mut k = h.first.checked_sub(1)?;
    if !(adjacent(&toks[k], &toks[k + 1]) || spaced(text, &toks[k], &toks[k + 1], 3)) {
        return None;
    }
    // "Rs. 50,000": an abbreviation's full stop before the number.
    let dot = toks[k].is_sym('.') && k > 0 && toks[k - 1].is_word();
    if toks[k].is_sym('$') || toks[k].is_word() || dot {
        while k > 0
            && adjacent(&toks[k - 1], &toks[k])
            && !matches!(toks[k - 1].kind, Kind::Num)
            && k + 4 > h.first
        {
            k -= 1;
        }
    }
    let mut lo = k;
    if k > 0
        && toks[k].is_sym('$')
        && toks[k - 1].is_word()
        && spaced(text, &toks[k - 1], &toks[k], 1)
    {
        lo = k - 1;
        while lo > 0 && adjacent(&toks[lo - 1], &toks[lo]) && lo + 4 > k {
            lo -= 1;
        }
        let w = text[toks[lo].start..toks[k - 1].end].to_ascii_lowercase();
        if !matches!(
            w.as_str(),
            "c" | "us" | "u.s" | "u.s." | "hk" | "nz" | "au" | "mex" | "s" | "r"
        ) || w.len() == 1 && w != "c"
        {
            lo = k;
        }
    }
    if lo > 0 && toks[lo - 1].is_num() && spaced(text, &toks[lo - 1], &toks[lo], 2) {
        return None;
    }
    let (code, s) = (lo..h.first).find_map(|s| {
        let span = &text.low()[toks[s].start..toks[h.first - 1].end];
        // Codes are at most 7 bytes and the gaps at most 4 spaces: skip longer spans
        // without building the string.
        if span.len() > 16 {
            return None;
        }
        let words: std::borrow::Cow<str> = if span.contains(' ') {
            span.replace(' ', "").into()
        } else {
            span.into()
        };
        let joined_left = s > 0 && adjacent(&toks[s - 1], &toks[s]) && toks[s - 1].is_word();
        prefix_code(&words).filter(|_| !joined_left).map(|c| (c, s))
    })?;
    let mut value = h.num.value;
    let mut end = h.num.end;
    if let Some(g) = h.glued {
        let raw = &text[toks[g].start..toks[g].end];
        value *= match raw {
            "m" | "mn" => 1e6,
            "p" if code == "GBP" => 1.0,
            _ => return None,
        };
        end = toks[g].end;
    }
    if toks[h.first - 1].is_word() && h.glued_left != adjacent(&toks[h.first - 1], &toks[h.first]) {
        return None;
    }
    let (sign, start) = sign_before(text, toks, s);
    let mut m = q(K::Money, start, end, sign * value, h, code);
    m.approximate |= hedged(text, toks, s);
    Some(m)
}

/// "-$5m", "−£3bn", "minus $4m": a sign before the currency. A hyphen glued to a word or
/// number before it joins them ("US-$5m") and is no sign.
fn sign_before(text: &Src, toks: &[Tok], s: usize) -> (f64, usize) {
    let here = (1.0, toks[s].start);
    let Some(p) = s.checked_sub(1) else {
        return here;
    };
    let t = &toks[p];
    let glued_before =
        p > 0 && adjacent(&toks[p - 1], t) && (toks[p - 1].is_word() || toks[p - 1].is_num());
    let dash = (t.is_sym('-') || t.is_sym('−')) && adjacent(t, &toks[s]) && !glued_before;
    let word = (is(text, t, "minus") || is(text, t, "negative")) && spaced(text, t, &toks[s], 2);
    if dash || word { (-1.0, t.start) } else { here }
}

#[cfg(test)]
#[path = "money_tests.rs"]
mod tests;
