//! Compound durations: consecutive parts ("three years and six months", "1 year, 2 days,
//! 3 hours and 4 seconds") become one duration whose value is in the smallest unit named
//! (42 months), with the whole expression as its span; "1 hour fifteen" and "2 hours and a
//! half" add a bare number or a fraction to the last unit.

use super::{Quantity, QuantityKind as K, iso_duration, ranges::merge_pairs};
use crate::extract::numbers::lex::Src;

/// Size of a time unit: calendar units in months, clock units in seconds.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Size {
    Months(f64),
    Seconds(f64),
}

fn size(unit: &str) -> Option<Size> {
    Some(match unit {
        "centuries" => Size::Months(1200.0),
        "decades" => Size::Months(120.0),
        "years" => Size::Months(12.0),
        "quarters" => Size::Months(3.0),
        "months" => Size::Months(1.0),
        "weeks" => Size::Seconds(7.0 * 86400.0),
        "days" => Size::Seconds(86400.0),
        "hours" => Size::Seconds(3600.0),
        "minutes" => Size::Seconds(60.0),
        "seconds" => Size::Seconds(1.0),
        _ => return None,
    })
}

/// Seconds of `v` months: a year is 365 days and a month 30 (the Recognizers-Text and
/// Duckling convention), so twelve months and a year differ by five days.
fn month_seconds(v: f64, unit: &str) -> f64 {
    let days = match unit {
        "years" | "decades" | "centuries" => v / 12.0 * 365.0,
        _ => v * 30.0,
    };
    days * 86400.0
}

/// `v` in `from` expressed in the smaller unit `to`: exact within the calendar units
/// (a year is 12 months) and within the clock units (a day is 24 hours).
pub(crate) fn convert(v: f64, from: &str, to: &str) -> Option<f64> {
    Some(match (size(from)?, size(to)?) {
        (Size::Months(a), Size::Months(b)) | (Size::Seconds(a), Size::Seconds(b)) => v * a / b,
        (Size::Months(a), Size::Seconds(b)) => month_seconds(v * a, from) / b,
        (Size::Seconds(_), Size::Months(_)) => return None,
    })
}

/// The smaller of two time units.
pub(crate) fn smaller<'a>(a: &'a str, b: &'a str) -> Option<&'a str> {
    Some(match (size(a)?, size(b)?) {
        (Size::Months(x), Size::Months(y)) | (Size::Seconds(x), Size::Seconds(y)) => {
            if y < x {
                b
            } else {
                a
            }
        }
        (Size::Months(_), Size::Seconds(_)) => b,
        (Size::Seconds(_), Size::Months(_)) => a,
    })
}

/// The next smaller clock unit and its ISO letter, for "1 hour fifteen".
fn next_unit(unit: &str) -> Option<(&'static str, &'static str)> {
    match unit {
        "hours" => Some(("minutes", "TM")),
        "minutes" => Some(("seconds", "TS")),
        _ => None,
    }
}

/// Merges consecutive durations, and a duration with the bare number or fraction after it.
pub(crate) fn merge_durations(text: &Src, cands: &mut Vec<Quantity>) {
    merge_pairs(cands, true, |a, b| {
        let exact = |q: &Quantity| q.value_max.is_none() && q.value.is_some();
        let kinds = a.kind == K::Duration && matches!(b.kind, K::Duration | K::Number);
        if !kinds || !exact(a) || !exact(b) || b.start < a.end {
            return None;
        }
        let gap = text.low().get(a.end..b.start)?.trim();
        match b.kind {
            K::Duration if matches!(gap, "" | "," | "and") && !rate(text, b, gap) => add(a, b, gap),
            K::Number if matches!(gap, "" | "and") => tail(text, a, b, gap),
            _ => None,
        }
    });
}

/// "six hours a day", "20 hours per week": a rate, not a second part.
fn rate(text: &Src, b: &Quantity, gap: &str) -> bool {
    let low = &text.low()[b.start..b.end];
    gap.is_empty()
        && ["a ", "an ", "per ", "every ", "each "]
            .iter()
            .any(|w| low.starts_with(w))
}

/// "three years and six months": the sum in the smaller unit. A unit named twice is a list
/// ("52 days, 120 days"), and so are parts that grow after a comma or "and" ("18 months, two
/// years"); only side by side may they come in any order ("2 days 1 month").
fn add(a: &Quantity, b: &Quantity, gap: &str) -> Option<Quantity> {
    let (ua, ub) = (a.unit.as_deref()?, b.unit.as_deref()?);
    let unit = smaller(ua, ub)?;
    if ua == ub || (unit != ub && !gap.is_empty()) {
        return None;
    }
    let norm = join_iso(a.normalized.as_deref()?, b.normalized.as_deref()?);
    let value = round(iso_value(&norm, unit)?);
    Some(merged(a, b, value, unit, norm))
}

/// The duration from `a` to `b` with its value in `unit`.
fn merged(a: &Quantity, b: &Quantity, value: f64, unit: &str, norm: String) -> Quantity {
    Quantity {
        end: b.end,
        value: Some(value),
        unit: Some(unit.to_string()),
        approximate: a.approximate || b.approximate,
        normalized: Some(norm),
        ..a.clone()
    }
}

/// "1 hour fifteen", "2 hours and 10" (minutes, at the end of a clause) and "two hours and
/// a half" (a fraction of the last unit).
fn tail(text: &Src, a: &Quantity, b: &Quantity, gap: &str) -> Option<Quantity> {
    let (unit, v) = (a.unit.as_deref()?, b.value?);
    let (value, unit, norm) = if v > 0.0 && v < 1.0 && gap == "and" {
        let letter = iso_letter(unit)?;
        let value = a.value? + v;
        (value, unit, iso_duration(value, letter, unit))
    } else {
        let (small, letter) = next_unit(unit)?;
        let ends = text[b.end..]
            .trim_start_matches([' ', '\t'])
            .chars()
            .next()
            .is_none_or(|c| ".,;:!?)\n\r".contains(c));
        if !(v.fract() == 0.0 && (1.0..60.0).contains(&v) && ends) {
            return None;
        }
        let norm = join_iso(a.normalized.as_deref()?, &iso_duration(v, letter, small));
        let value = round(iso_value(&norm, small)?);
        (value, small, norm)
    };
    Some(merged(a, b, value, unit, norm))
}

/// The ISO 8601 duration `iso` in `unit`, part by part, so that a chain keeps each part's own
/// conversion ("8 years, 4 months and 12 days": the years at 365 days, the months at 30).
fn iso_value(iso: &str, unit: &str) -> Option<f64> {
    let body = iso.strip_prefix('P')?;
    let (date, time) = body.split_once('T').unwrap_or((body, ""));
    let mut total = 0.0;
    for (part, clock) in [(date, false), (time, true)] {
        let mut num = String::new();
        for c in part.chars() {
            if c.is_ascii_digit() || c == '.' {
                num.push(c);
                continue;
            }
            let from = match (c, clock) {
                ('Y', _) => "years",
                ('M', false) => "months",
                ('W', _) => "weeks",
                ('D', _) => "days",
                ('H', _) => "hours",
                ('M', true) => "minutes",
                _ => "seconds",
            };
            total += convert(std::mem::take(&mut num).parse().ok()?, from, unit)?;
        }
    }
    Some(total)
}

/// A sum rounded to a millionth of its unit: "1 minute, 47.96 seconds" is 107.96, not
/// 107.96000000000001.
fn round(v: f64) -> f64 {
    (v * 1e6).round() / 1e6
}

fn iso_letter(unit: &str) -> Option<&'static str> {
    Some(match unit {
        "centuries" | "decades" | "years" => "Y",
        "quarters" | "months" => "M",
        "weeks" => "W",
        "days" => "D",
        "hours" => "TH",
        "minutes" => "TM",
        "seconds" => "TS",
        _ => return None,
    })
}

/// Combines two ISO 8601 durations component-wise in canonical order.
fn join_iso(a: &str, b: &str) -> String {
    let mut date = Vec::new();
    let mut time = Vec::new();
    for iso in [a, b] {
        let body = iso.trim_start_matches('P');
        let (d, t) = body.split_once('T').unwrap_or((body, ""));
        for (part, out) in [(d, &mut date), (t, &mut time)] {
            let mut num = String::new();
            for c in part.chars() {
                if c.is_ascii_digit() || c == '.' {
                    num.push(c);
                } else {
                    out.push((c, std::mem::take(&mut num)));
                }
            }
        }
    }
    let d = components(date, "YMWD");
    let t = components(time, "HMS");
    if t.is_empty() {
        format!("P{d}")
    } else {
        format!("P{d}T{t}")
    }
}

/// ISO components in canonical order, equal letters summed ("a decade and two years" P12Y).
fn components(mut parts: Vec<(char, String)>, order: &str) -> String {
    parts.sort_by_key(|(c, _)| order.find(*c).unwrap_or(9));
    let mut out: Vec<(char, f64)> = Vec::new();
    for (c, n) in parts {
        let v: f64 = n.parse().unwrap_or(0.0);
        match out.last_mut() {
            Some((last, sum)) if *last == c => *sum += v,
            _ => out.push((c, v)),
        }
    }
    out.iter().map(|(c, v)| format!("{v}{c}")).collect()
}

#[cfg(test)]
#[path = "compound_tests.rs"]
mod tests;
