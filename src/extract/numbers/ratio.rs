//! Ratios read as fractions: "one over three", "2 out of 5", "one in five" merge two
//! adjacent number hits into one whose value is their quotient.

use super::lex::{Kind, Src, Tok};
use super::{Hit, Number};

/// "one over three", "2 out of 5", "one in five": ratios read as fractions.
pub(super) fn merge_ratios(text: &Src, toks: &[Tok], out: &mut Vec<Hit>) {
    let mut k = 0;
    while k + 1 < out.len() {
        let (a, b) = (&out[k], &out[k + 1]);
        if let Some(v) = ratio(text, toks, a, b) {
            let merged = Hit {
                num: Number {
                    end: b.num.end,
                    value: v,
                    ..a.num.clone()
                },
                next: b.next,
                words: a.words || b.words,
                ..a.clone()
            };
            out[k] = merged;
            out.remove(k + 1);
        }
        k += 1;
    }
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
