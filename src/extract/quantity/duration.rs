//! Durations without digits: "an hour", "a year", "all day", "half an hour",
//! "an hour and a half", "another week", "a couple of days", "several days",
//! "a few minutes" and bare plurals after "for" ("for decades", "for years", 2–9 units).
//! A vague duration is a range with `approximate`; `normalized` is the ISO form of `value`.

use super::unit_match::match_unit;
use super::units::Class;
use super::{Quantity, QuantityKind as K, iso_duration};
use crate::extract::numbers::lex::{Src, Tok, is, lower, spaced};

fn time_unit(
    text: &Src,
    toks: &[Tok],
    j: usize,
) -> Option<(&'static str, &'static str, f64, usize)> {
    let (u, end) = match_unit(text, toks, j)?;
    match u.1 {
        // "in some quarters", "from several quarters": people, not time; only a figure
        // before it makes "quarters" a period ("3 quarters", "two consecutive quarters").
        Class::Time(_) if u.2 == "quarters" => None,
        Class::Time(letter) if !matches!(u.2, "business days") || u.0.len() == 2 => {
            Some((letter, u.2, u.3, end))
        }
        _ => None,
    }
}

fn duration(
    toks: &[Tok],
    i: usize,
    end: usize,
    value: f64,
    max: Option<f64>,
    unit: (&'static str, &'static str),
) -> Quantity {
    Quantity {
        kind: K::Duration,
        start: toks[i].start,
        end: toks[end - 1].end,
        value: Some(value),
        value_max: max,
        unit: Some(unit.1.to_string()),
        approximate: max.is_some(),
        normalized: Some(iso_duration(value, unit.0, unit.1)),
    }
}

/// A word-only duration starting at token `i`.
pub(crate) fn duration_at(text: &Src, toks: &[Tok], i: usize) -> Option<Quantity> {
    let next = |k: usize| {
        toks.get(k)
            .filter(|t| spaced(text, &toks[k - 1], t, 3) || toks[k - 1].end == t.start)
    };
    let word = |k: usize, w: &str| next(k).is_some_and(|t| is(text, t, w));
    let first = lower(text, &toks[i]);
    let (lo, hi, j) = match first {
        "a" | "an" if word(i + 1, "half") => (0.5, None, i + 2),
        "a" if word(i + 1, "couple") && word(i + 2, "of") => (2.0, Some(3.0), i + 3),
        "couple" if word(i + 1, "of") => (2.0, Some(3.0), i + 2),
        "a" if word(i + 1, "few") => (2.0, Some(5.0), i + 2),
        "a" | "an" if rate(text, toks, i) => return None,
        "a" | "an" | "another" | "all" | "full" | "whole" => (1.0, None, i + 1),
        "half" if word(i + 1, "an") || word(i + 1, "a") => (0.5, None, i + 2),
        "half" => (0.5, None, i + 1),
        "few" => (2.0, Some(5.0), i + 1),
        "several" => (3.0, Some(9.0), i + 1),
        "some" => (2.0, Some(9.0), i + 1),
        "for" => return bare_plural(text, toks, i),
        _ => return None,
    };
    let sep = toks.get(j).is_some_and(|t| t.is_sym('-')) && matches!(first, "all" | "full");
    let j = if sep { j + 1 } else { j };
    next(j)?;
    let (letter, unit, factor, end) = time_unit(text, toks, j)?;
    let plural = unit.ends_with('s') && text[toks[end - 1].start..toks[end - 1].end].ends_with('s');
    if hi.is_none() && lo == 1.0 && plural && unit != "business days" {
        return None;
    }
    if hi.is_some() && !plural {
        return None;
    }
    let (value, end) = and_a_half(text, toks, end, lo * factor);
    Some(duration(
        toks,
        i,
        end,
        value,
        hi.map(|h| h * factor),
        (letter, unit),
    ))
}

/// "an hour and a half", "an hour and half".
fn and_a_half(text: &Src, toks: &[Tok], end: usize, value: f64) -> (f64, usize) {
    let w = |k: usize, s: &str| toks.get(k).is_some_and(|t| is(text, t, s));
    if w(end, "and") && w(end + 1, "a") && w(end + 2, "half") {
        return (value + 0.5, end + 3);
    }
    if w(end, "and") && w(end + 1, "half") {
        return (value + 0.5, end + 2);
    }
    (value, end)
}

/// "for decades", "for years": two to nine of the unit, as "several" is three to nine (ten
/// or more would be written with the next unit or a figure).
fn bare_plural(text: &Src, toks: &[Tok], i: usize) -> Option<Quantity> {
    let t = toks.get(i + 1).filter(|t| spaced(text, &toks[i], t, 2))?;
    if !matches!(
        lower(text, t),
        "decades" | "centuries" | "years" | "months" | "weeks" | "days" | "hours" | "minutes"
    ) {
        return None;
    }
    let (letter, unit, factor, end) = time_unit(text, toks, i + 1)?;
    Some(duration(
        toks,
        i + 1,
        end,
        2.0 * factor,
        Some(9.0 * factor),
        (letter, unit),
    ))
}

/// "twice a day", "£5 an hour", "once a year", "six hours a day": a rate, not a duration.
fn rate(text: &Src, toks: &[Tok], i: usize) -> bool {
    let Some(p) = i.checked_sub(1).map(|p| &toks[p]) else {
        return false;
    };
    p.is_num()
        || matches!(
            lower(text, p),
            "once"
                | "twice"
                | "thrice"
                | "times"
                | "per"
                | "hours"
                | "hour"
                | "hrs"
                | "minutes"
                | "mins"
                | "days"
                | "day"
                | "weeks"
                | "week"
                | "months"
                | "month"
                | "years"
                | "year"
        )
}
