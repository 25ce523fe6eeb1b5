//! Ratios read as fractions: "one over three", "2 out of 5", "one in five" merge two
//! adjacent number hits into one whose value is their quotient.

use super::Hit;
use super::lex::{Kind, Src, Tok};

/// "one over three", "2 out of 5", "one in five": ratios read as fractions.
pub(super) fn merge_ratios(text: &Src, toks: &[Tok], out: &mut Vec<Hit>) {
    // Rebuilt in one pass (a `Vec::remove` per merge is quadratic on long texts). After a
    // merge the next hit starts afresh rather than joining the merged one.
    let mut merged: Vec<Hit> = Vec::with_capacity(out.len());
    let mut open = false;
    for b in out.drain(..) {
        let v = match merged.last() {
            Some(a) if open => ratio(text, toks, a, &b),
            _ => None,
        };
        match (v, merged.last_mut()) {
            (Some(v), Some(a)) => {
                a.num.end = b.num.end;
                a.num.value = v;
                a.next = b.next;
                a.words |= b.words;
                open = false;
            }
            _ => {
                merged.push(b);
                open = true;
            }
        }
    }
    *out = merged;
}

fn ratio(text: &Src, toks: &[Tok], a: &Hit, b: &Hit) -> Option<f64> {
    let plain = |h: &Hit| {
        !h.num.ordinal && !h.num.approximate && h.glued.is_none() && h.num.value.fract() == 0.0
    };
    if !plain(a) || !plain(b) || b.num.value == 0.0 {
        return None;
    }
    if b.first < a.next || b.first - a.next > 2 {
        return None;
    }
    let word = |t: &Tok| &text.low()[t.start..t.end];
    let gap: Option<[&str; 2]> = match &toks[a.next..b.first] {
        [t] => Some([word(t), ""]),
        [t, u] => Some([word(t), word(u)]),
        _ => None,
    };
    let (x, y) = (a.num.value, b.num.value);
    let after = toks.get(b.next);
    let ends = after.is_none_or(|t| matches!(t.kind, Kind::Sym('.' | ',' | ';' | '?' | '!' | ')')));
    let currency = a.first > 0 && matches!(toks[a.first - 1].kind, Kind::Sym('$' | '£' | '€'));
    let year = !b.words && (1000.0..=2100.0).contains(&y);
    let ok = match gap {
        Some(["over", ""]) => ends && !currency,
        Some(["out", "of"]) => x <= y,
        Some(["in", ""]) => x.abs() <= 10.0 && x < y && !year,
        _ => false,
    };
    ok.then_some(x / y)
}
