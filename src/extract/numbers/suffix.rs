//! What follows the digits of a numeral: exponents and powers ("1.3e6", "1.1^2"), scale
//! suffixes glued or spaced ("3.5bn", "10 k", "20million"), ordinal suffixes ("21st",
//! "1,000th"), and the punctuation that may close them ("$9.7bn,").

use super::digits::{Scan, digits_value, numeral, sym};
use super::lex::{Kind, Src, Tok, adjacent, spaced};
use super::words::suffix_scale;

/// How the digits of a numeral are written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Form {
    /// Plain digits: "1000".
    Integer,
    /// A whole number with thousands separators: "1,000".
    Grouped,
    /// Decimals or a fraction: "3.5", "2 1/4".
    Other,
}

/// Exponents, powers and letter suffixes after the digits; `j` is the next token.
pub(super) fn finish(
    text: &Src,
    toks: &[Tok],
    i: usize,
    j: usize,
    value: f64,
    form: Form,
    glued_left: bool,
) -> Scan {
    let mut n = numeral(toks[i].start, toks[j - 1].end, value, j);
    n.integer = form == Form::Integer;
    n.glued_left = glued_left;
    if let Some((v, next)) = exponent(text, toks, j, value) {
        n.value = v;
        n.next = next;
        n.end = toks[next - 1].end;
        n.integer = false;
        return Scan::Num(n);
    }
    let Some(w) = toks.get(j).filter(|w| w.is_word()) else {
        return Scan::Num(n);
    };
    let raw = &text[w.start..w.end];
    if adjacent(&toks[j - 1], w) {
        let alnum_after = toks
            .get(j + 1)
            .is_some_and(|a| adjacent(w, a) && !closing(a));
        let low = &text.low()[w.start..w.end];
        if form != Form::Other && !alnum_after && matches!(low, "st" | "nd" | "rd" | "th") {
            n.ordinal = true;
        } else if let Some(s) = suffix_scale(raw)
            .or_else(|| super::words::scale(low))
            .filter(|_| !alnum_after)
        {
            // "3.5bn", "10k", and a scale word run on: "20million".
            if raw == "G" && value.abs() < 10.0 {
                n.glued = Some(j);
                return Scan::Num(n);
            }
            n.value *= s;
        } else {
            n.glued = Some(j);
            return Scan::Num(n);
        }
    } else if spaced(text, &toks[j - 1], w, 2)
        && matches!(
            raw,
            "k" | "K" | "M" | "G" | "MM" | "bn" | "bln" | "tln" | "mln" | "mn" | "tn" | "cr"
        )
        && toks
            .get(j + 1)
            .is_none_or(|a| !adjacent(w, a) || !a.is_word())
    {
        n.value *= suffix_scale(raw).unwrap_or(1.0);
    } else {
        return Scan::Num(n);
    }
    n.integer = false;
    n.next = j + 1;
    n.end = w.end;
    Scan::Num(n)
}

/// "1e10", "12.32e+14", "1.1^23", "2.5^-1", "1.3x10^6".
fn exponent(text: &Src, toks: &[Tok], j: usize, value: f64) -> Option<(f64, usize)> {
    let w = toks.get(j).filter(|w| adjacent(&toks[j - 1], w))?;
    let raw = &text[w.start..w.end];
    let (mut k, base, ten) = match raw {
        "e" | "E" => (j + 1, value, true),
        "^" => (j + 1, value, false),
        "x" if is_digits(text, toks.get(j + 1)?, "10") && sym(toks, j + 2) == Some('^') => {
            (j + 3, value, true)
        }
        _ => return None,
    };
    let mut neg = false;
    while let Some(c @ ('+' | '-')) = sym(toks, k).filter(|_| adjacent(&toks[k - 1], &toks[k])) {
        neg ^= c == '-';
        k += 1;
    }
    let e = toks
        .get(k)
        .filter(|e| e.is_num() && adjacent(&toks[k - 1], e))?;
    if toks
        .get(k + 1)
        .is_some_and(|a| adjacent(e, a) && (a.is_word() || a.is_num()))
    {
        return None;
    }
    let exp = digits_value(text, e).min(400.0);
    let exp = if neg { -exp } else { exp };
    let v = if ten {
        base * 10f64.powf(exp)
    } else {
        base.signum() * base.abs().powf(exp)
    };
    v.is_finite().then_some((v, k + 1))
}

/// Punctuation that may close a numeral's suffix ("$9.7bn," "£2m;" "21st)").
pub(super) fn closing(t: &Tok) -> bool {
    matches!(
        t.kind,
        Kind::Sym(
            '.' | ',' | ';' | ':' | '!' | '?' | ')' | ']' | '}' | '"' | '\'' | '’' | '”' | '…'
        )
    )
}

fn is_digits(text: &Src, t: &Tok, s: &str) -> bool {
    t.is_num() && &text[t.start..t.end] == s
}
