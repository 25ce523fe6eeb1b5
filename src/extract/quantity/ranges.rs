//! Ranges between two quantities ("between 10 and 20", "10-20%", "£10m to £20m") and
//! durations turned into dates ("two weeks ago", "three days later"). Open bounds such
//! as "more than 30" stay plain numbers; changes ("from 10 to 20") are not ranges.

use super::{Quantity, QuantityKind as K};
use crate::extract::numbers::lex::{Tok, is};

fn year_like(q: &Quantity) -> bool {
    q.value
        .is_some_and(|v| v.fract() == 0.0 && (1900.0..=2100.0).contains(&v))
}

/// Merges `a JOIN b` into one quantity when both are numbers of a compatible kind.
pub(crate) fn merge_ranges(text: &str, cands: &mut Vec<Quantity>) {
    cands.sort_by_key(|q| q.start);
    let mut k = 0;
    while k + 1 < cands.len() {
        if let Some(m) = range(text, &cands[k], &cands[k + 1]) {
            cands[k] = m;
            cands.remove(k + 1);
        }
        k += 1;
    }
}

fn range(text: &str, a: &Quantity, b: &Quantity) -> Option<Quantity> {
    let (lo, hi) = (a.value?, b.value?);
    let gap = text.get(a.end..b.start)?.trim().to_ascii_lowercase();
    let before = text[..a.start].trim_end();
    let word_before = before
        .rsplit(|c: char| !c.is_ascii_alphabetic())
        .next()
        .unwrap_or("")
        .to_ascii_lowercase();
    let between = word_before == "between" && gap == "and";
    let joined =
        matches!(gap.as_str(), "-" | "–" | "to" | "~" | "through") && word_before != "from";
    let same = a.kind == b.kind && a.unit == b.unit;
    let compatible = same
        || (a.kind == K::Number
            && matches!(b.kind, K::Money | K::Percent | K::Dimension | K::Duration));
    let ok_kind =
        !matches!(a.kind, K::Date | K::Ordinal | K::Age) && !(year_like(a) && year_like(b));
    if !(between || joined) || !compatible || !ok_kind || lo >= hi || a.value_max.is_some() {
        return None;
    }
    let start = if between {
        before.len() - word_before.len()
    } else {
        a.start
    };
    let kind = if b.kind == K::Number {
        K::Range
    } else {
        b.kind
    };
    Some(Quantity {
        kind,
        start,
        end: b.end,
        value: Some(lo),
        value_max: Some(hi),
        unit: b.unit.clone(),
        approximate: false,
        normalized: None,
    })
}

/// "two weeks ago", "three days later", "a month from now": a date relative to the text.
pub(crate) fn dates_from_durations(text: &str, toks: &[Tok], cands: &mut Vec<Quantity>) {
    let mut extra = Vec::new();
    for q in cands.iter().filter(|q| q.kind == K::Duration) {
        let Some(k) = toks.iter().position(|t| t.start >= q.end) else {
            continue;
        };
        let w = |j: usize, s: &str| toks.get(j).is_some_and(|t| is(text, t, s));
        let len = if w(k, "ago") || w(k, "later") || w(k, "earlier") || w(k, "hence") {
            1
        } else if w(k, "from") && (w(k + 1, "now") || w(k + 1, "today") || w(k + 1, "tomorrow")) {
            2
        } else if (w(k, "after") && w(k + 1, "today")) || (w(k, "before") && w(k + 1, "yesterday"))
        {
            2
        } else {
            continue;
        };
        let end = toks[k + len - 1].end;
        extra.push(Quantity {
            kind: K::Date,
            start: q.start,
            end,
            value: None,
            value_max: None,
            unit: None,
            approximate: false,
            normalized: None,
        });
    }
    cands.extend(extra);
}
