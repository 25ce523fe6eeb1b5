//! Ranges between two quantities ("between 10 and 20", "10-20%", "£10m to £20m") and
//! durations turned into dates ("two weeks ago", "three days later"). Open bounds such
//! as "more than 30" stay plain numbers; changes ("from 10 to 20") are not ranges.

use super::compound::{convert, smaller};
use super::{Quantity, QuantityKind as K};
use crate::extract::numbers::lex::{Src, Tok, is};
use crate::extract::numbers::{scale_word, suffix_scale};

fn year_like(q: &Quantity) -> bool {
    q.value
        .is_some_and(|v| v.fract() == 0.0 && (1900.0..=2100.0).contains(&v))
}

/// Merges `a JOIN b` into one quantity when both are numbers of a compatible kind.
pub(crate) fn merge_ranges(text: &Src, cands: &mut Vec<Quantity>) {
    merge_pairs(cands, false, |a, b| range(text, a, b));
}

/// Sorts `cands` by start and merges each with the one after it where `join` gives the
/// merged quantity. With `chain` a merged quantity may merge again with the next one ("1 year
/// 1 month 21 days"); without, the quantity after a merged pair starts afresh. Linear: the list
/// is rebuilt once (a `Vec::remove` per merge was quadratic on long texts).
pub(crate) fn merge_pairs(
    cands: &mut Vec<Quantity>,
    chain: bool,
    mut join: impl FnMut(&Quantity, &Quantity) -> Option<Quantity>,
) {
    cands.sort_by_key(|q| q.start);
    let mut out: Vec<Quantity> = Vec::with_capacity(cands.len());
    let mut open = false;
    for q in cands.drain(..) {
        let merged = match out.last() {
            Some(last) if open => join(last, &q),
            _ => None,
        };
        match (merged, out.last_mut()) {
            (Some(m), Some(last)) => {
                *last = m;
                open = chain;
            }
            _ => {
                out.push(q);
                open = true;
            }
        }
    }
    *cands = out;
}

/// The scale a number is written with ("bn" in "$1.5bn", "million" in "20 million"; "m" in
/// money, "£5m").
fn scale_of<'a>(raw: &'a str, low: &'a str, money: bool) -> Option<f64> {
    let scale = |(raw, low): (&str, &str)| match low {
        "m" if money => Some(1e6),
        _ => scale_word(low).or_else(|| suffix_scale(raw)),
    };
    let pieces = |s: &'a str| {
        s.split(|c: char| !c.is_ascii_alphanumeric())
            .map(|w| w.trim_start_matches(|c: char| c.is_ascii_digit()))
    };
    pieces(raw)
        .zip(pieces(low))
        .filter(|(w, _)| !w.is_empty())
        .filter_map(scale)
        .last()
}

/// "$1.3 to $1.5bn", "10 to 20 million": the scale of the high end is the low end's too
/// when only the high end has one and its figure is the larger.
fn carried_scale(text: &Src, a: &Quantity, b: &Quantity) -> f64 {
    let money = b.kind == K::Money;
    let of = |q: &Quantity| scale_of(&text[q.start..q.end], &text.low()[q.start..q.end], money);
    match (of(a), of(b), a.value, b.value) {
        (None, Some(s), Some(x), Some(y)) if x * s < y => s,
        _ => 1.0,
    }
}

/// "$10-25m", "£3-5bn": the currency written once, before the low end; a high end glued to
/// "m" is then millions, not metres.
fn money_high_end(text: &Src, a: &Quantity, b: &Quantity) -> Option<Quantity> {
    if a.kind != K::Money {
        return None;
    }
    let metres = b.kind == K::Dimension && b.unit.as_deref() == Some("m");
    let value = match b.kind {
        K::Number => b.value?,
        K::Dimension if metres => b.value? * 1e6,
        _ => return None,
    };
    let glued = text[b.start..b.end]
        .bytes()
        .last()
        .is_some_and(|c| c.is_ascii_alphabetic());
    glued.then(|| Quantity {
        kind: K::Money,
        value: Some(value),
        unit: a.unit.clone(),
        ..b.clone()
    })
}

/// Both ends of a duration range in the smaller unit ("between six months and two years").
fn duration_ends(a: &Quantity, b: &Quantity) -> Option<(f64, f64, Option<String>)> {
    let (ua, ub) = (a.unit.as_deref()?, b.unit.as_deref()?);
    let unit = smaller(ua, ub)?;
    Some((
        convert(a.value?, ua, unit)?,
        convert(b.value?, ub, unit)?,
        Some(unit.to_string()),
    ))
}

fn range(text: &Src, a: &Quantity, b: &Quantity) -> Option<Quantity> {
    let low = text.low();
    let gap = low.get(a.end..b.start)?.trim();
    let before = low[..a.start].trim_end();
    let word_before = before
        .rsplit(|c: char| !c.is_ascii_alphabetic())
        .next()
        .unwrap_or("");
    let between = word_before == "between" && gap == "and";
    // A change and its new level is no range: "from 10 to 20", "up 16.75p to 293.5p",
    // "6%, or 16.75p to 293.5p".
    let change = matches!(word_before, "from" | "up" | "down" | "or") && gap == "to";
    let joined =
        matches!(gap, "-" | "–" | "to" | "~" | "through") && !change && word_before != "from";
    if !(between || joined) {
        return None;
    }
    let as_money = money_high_end(text, a, b);
    let b = as_money.as_ref().unwrap_or(b);
    let durations = a.kind == K::Duration && b.kind == K::Duration && a.unit != b.unit;
    let (lo, hi, unit) = if durations {
        duration_ends(a, b)?
    } else {
        let carried = carried_scale(text, a, b);
        (a.value? * carried, b.value?, b.unit.clone())
    };
    let same = a.kind == b.kind && (a.unit == b.unit || durations);
    let compatible = same
        || (a.kind == K::Number
            && matches!(b.kind, K::Money | K::Percent | K::Dimension | K::Duration));
    let ok_kind =
        !(matches!(a.kind, K::Date | K::Ordinal | K::Age) || year_like(a) && year_like(b));
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
        unit,
        ..Quantity::default()
    })
}

/// "two weeks ago", "three days later", "a month from now": a date relative to the text.
pub(crate) fn dates_from_durations(text: &Src, toks: &[Tok], cands: &mut Vec<Quantity>) {
    let mut extra = Vec::new();
    for q in cands.iter().filter(|q| q.kind == K::Duration) {
        let k = toks.partition_point(|t| t.start < q.end);
        let w = |j: usize, s: &str| toks.get(j).is_some_and(|t| is(text, t, s));
        let len = if w(k, "ago") || w(k, "later") || w(k, "earlier") || w(k, "hence") {
            1
        } else if w(k, "from") && (w(k + 1, "now") || w(k + 1, "today") || w(k + 1, "tomorrow"))
            || (w(k, "after") && w(k + 1, "today"))
            || (w(k, "before") && w(k + 1, "yesterday"))
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
            ..Quantity::default()
        });
    }
    cands.extend(extra);
}

/// "3 dollars 50 cents", "thirteen dollars and forty-five cents", "15 dollars 50.".
pub(crate) fn merge_cents(text: &Src, cands: &mut Vec<Quantity>) {
    merge_pairs(cands, false, |a, b| {
        let v = cents(text, a, b)?;
        Some(Quantity {
            value: Some(v),
            end: b.end,
            ..a.clone()
        })
    });
}

fn cents(text: &Src, a: &Quantity, b: &Quantity) -> Option<f64> {
    let (x, y) = (a.value?, b.value?);
    if !matches!(a.kind, K::Money | K::Dimension) || x.fract() != 0.0 || a.value_max.is_some() {
        return None;
    }
    // The gap may be long (most neighbours are sentences apart): compare it, never copy it.
    let gap = text.get(a.end..b.start)?.trim();
    if !(gap.is_empty() || gap.eq_ignore_ascii_case("and")) {
        return None;
    }
    if b.kind == K::Money && b.unit == a.unit && y < 1.0 {
        return Some(x + y);
    }
    let feet = a.kind == K::Dimension && a.unit.as_deref() == Some("feet");
    if feet && b.kind == K::Dimension && b.unit.as_deref() == Some("inches") && y < 12.0 {
        return Some(x + y / 12.0);
    }
    let ends = text[b.end..]
        .trim_start()
        .chars()
        .next()
        .is_none_or(|c| ".,;!?".contains(c));
    (a.kind == K::Money && b.kind == K::Number && y.fract() == 0.0 && y > 0.0 && y < 100.0 && ends)
        .then(|| x + y / 100.0)
}

/// "Monday, January 12th, 2016", "Friday 7/6", "this Friday (Jun-15)": a weekday joined to a date.
/// The most bytes between a weekday and the date it names ("Friday,  25 February").
const MAX_DATE_GAP: usize = 8;

pub(crate) fn merge_weekday_dates(text: &Src, cands: &mut Vec<Quantity>) {
    let mut extra = Vec::new();
    // Dates by start, so each weekday looks only at the dates just after it.
    let mut dates: Vec<&Quantity> = cands.iter().filter(|q| q.kind == K::Date).collect();
    dates.sort_by_key(|q| q.start);
    let weekdays = dates
        .iter()
        .filter(|q| q.normalized.as_deref().is_none_or(|n| n.contains('W')));
    for a in weekdays {
        // The second date follows within a few bytes (", ", " (", " - ").
        let from = dates.partition_point(|q| q.start <= a.end);
        let near = dates[from..]
            .iter()
            .take_while(|q| q.start <= a.end + MAX_DATE_GAP);
        for b in near {
            let gap = text[a.end..b.start].trim();
            if !matches!(gap, "" | "," | "-" | "(")
                || b.normalized.as_deref().is_none_or(|n| n.contains('W'))
            {
                continue;
            }
            let mut end = b.end;
            if gap == "(" && text[end..].starts_with(')') {
                end += 1;
            }
            let mut q = Quantity::clone(b);
            q.start = a.start;
            q.end = end;
            extra.push(q);
        }
    }
    cands.extend(extra);
}

#[cfg(test)]
#[path = "ranges_tests.rs"]
mod tests;
