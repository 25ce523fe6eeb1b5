//! Numbers with a unit: money ("$1.5 million", "£2m", "420 million euros", "USD 200"),
//! percents ("12%", "12 per cent"), durations ("ten years", "eleven-year"), ages
//! ("aged 45", "45-year-old", "five years old") and dimensions ("29km", "six-mile").

use super::unit_match::match_unit;
use super::units::{Class, exact_unit};
use super::{Quantity, QuantityKind as K, iso_duration};
use crate::extract::numbers::Hit;
use crate::extract::numbers::lex::{Kind, Src, Tok, adjacent, is, lower, spaced};

pub(super) fn q(kind: K, start: usize, end: usize, value: f64, h: &Hit, unit: &str) -> Quantity {
    Quantity {
        kind,
        start,
        end,
        value: Some(crate::extract::numbers::tidy(value)),
        value_max: h.num.value_max,
        unit: Some(unit.to_string()),
        approximate: h.num.approximate,
        ..Quantity::default()
    }
}

/// The unit quantity built on a number hit, if any.
pub(crate) fn measure(text: &Src, toks: &[Tok], h: &Hit) -> Option<Quantity> {
    if let Some(m) = super::money::money_before(text, toks, h) {
        return Some(m);
    }
    if h.glued_left || h.num.ordinal {
        return None;
    }
    if let Some(a) = age_before(text, toks, h) {
        return Some(a);
    }
    if let Some(m) = vague_money(text, toks, h) {
        return Some(m);
    }
    let (j, bracket) = match h.glued {
        Some(g) => (g, false),
        None => unit_start(text, toks, h.next)?,
    };
    if h.glued == Some(j) && &text[toks[j].start..toks[j].end] == "p" {
        // "50p", "8.5p": pence.
        return Some(q(
            K::Money,
            h.num.start,
            toks[j].end,
            h.num.value / 100.0,
            h,
            "GBP",
        ));
    }
    if let Some((unit, end)) = time_after_modifier(text, toks, j, bracket) {
        return with_unit(text, toks, h, unit.1, unit.2, unit.3, end);
    }
    if let Some((unit, end)) =
        match_unit(text, toks, j).filter(|&(_, e)| !ordinal_second(text, toks, e))
    {
        if bracket {
            let close = toks.get(end).filter(|c| {
                matches!(c.kind, Kind::Sym(')' | ']' | '}' | '>')) && adjacent(&toks[end - 1], c)
            })?;
            let mut d = with_unit(text, toks, h, unit.1, unit.2, unit.3, end)?;
            d.end = close.end;
            return Some(d);
        }
        return with_unit(text, toks, h, unit.1, unit.2, unit.3, end);
    }
    if bracket {
        return None;
    }
    let t = &toks[j];
    let raw = &text[t.start..t.end];
    let unit = exact_unit(raw)?;
    let runs_on = toks
        .get(j + 1)
        .is_some_and(|n| adjacent(t, n) && (n.is_word() || n.is_num()));
    if runs_on || (unit.len() == 1 && h.glued.is_none() && raw != "m") {
        return None;
    }
    Some(q(K::Dimension, h.num.start, t.end, h.num.value, h, unit))
}

/// A word between a number and its time unit that leaves the duration as it is: "2 more
/// minutes", "three consecutive quarters", "ten long years".
fn time_modifier(w: &str) -> bool {
    matches!(
        w,
        "more"
            | "additional"
            | "extra"
            | "further"
            | "fewer"
            | "less"
            | "consecutive"
            | "straight"
            | "successive"
            | "long"
            | "full"
            | "whole"
    )
}

/// A time unit after a [`time_modifier`] at token `j`.
fn time_after_modifier(
    text: &Src,
    toks: &[Tok],
    j: usize,
    bracket: bool,
) -> Option<(&'static super::units::Unit, usize)> {
    let t = toks.get(j).filter(|t| !bracket && t.is_word())?;
    if !time_modifier(lower(text, t)) {
        return None;
    }
    toks.get(j + 1).filter(|n| spaced(text, t, n, 2))?;
    let (unit, end) = match_unit(text, toks, j + 1)?;
    (matches!(unit.1, Class::Time(_)) && !ordinal_second(text, toks, end)).then_some((unit, end))
}

/// "one second-set outburst", "four more second-half penalties": "second" hyphened to a
/// noun is the ordinal of a compound, not the time unit.
fn ordinal_second(text: &Src, toks: &[Tok], end: usize) -> bool {
    let unit = &toks[end - 1];
    is(text, unit, "second")
        && toks
            .get(end)
            .is_some_and(|h| h.is_sym('-') && adjacent(unit, h))
        && toks
            .get(end + 1)
            .is_some_and(|w| w.is_word() && adjacent(&toks[end], w))
}

/// "millions of dollars", "tens of thousands of pounds": a vague amount of a currency.
fn vague_money(text: &Src, toks: &[Tok], h: &Hit) -> Option<Quantity> {
    if h.num.value_max.is_none() || !toks.get(h.next).is_some_and(|t| is(text, t, "of")) {
        return None;
    }
    let (unit, end) = match_unit(text, toks, h.next + 1)?;
    let money = unit.1 == Class::Money || unit.2 == "lb" && pounds_are_money(text, toks, h, end);
    let code = if unit.1 == Class::Money {
        unit.2
    } else {
        "GBP"
    };
    let plural = text[toks[end - 1].start..toks[end - 1].end].ends_with('s');
    (money && plural).then(|| {
        q(
            K::Money,
            h.num.start,
            toks[end - 1].end,
            h.num.value,
            h,
            code,
        )
    })
}

/// Where a unit after the number may start: glued, spaced, after a hyphen ("six-mile"),
/// or inside brackets ("20 (kg)", flagged true).
fn unit_start(text: &Src, toks: &[Tok], next: usize) -> Option<(usize, bool)> {
    let prev = toks.get(next.checked_sub(1)?)?;
    let t = toks.get(next)?;
    if t.is_sym('-')
        && adjacent(prev, t)
        && toks
            .get(next + 1)
            .is_some_and(|w| adjacent(t, w) && w.is_word())
    {
        return Some((next + 1, false));
    }
    let gap_ok = adjacent(prev, t) || spaced(text, prev, t, 3);
    let bracket = matches!(t.kind, Kind::Sym('(' | '[' | '{' | '<'));
    if bracket
        && toks
            .get(next + 1)
            .is_some_and(|w| adjacent(t, w) && w.is_word())
    {
        return gap_ok.then_some((next + 1, true));
    }
    gap_ok.then_some((next, false))
}

fn with_unit(
    text: &Src,
    toks: &[Tok],
    h: &Hit,
    class: Class,
    unit: &str,
    factor: f64,
    end: usize,
) -> Option<Quantity> {
    // A hundredth as a division: 70 cents is 0.7, not 0.7000000000000001.
    let v = if factor < 1.0 {
        h.num.value / (1.0 / factor).round()
    } else {
        h.num.value * factor
    };
    let start = h.num.start;
    let end_byte = toks[end - 1].end;
    Some(match class {
        Class::Percent => q(K::Percent, start, end_byte, v, h, unit),
        Class::Money => {
            let scale = toks
                .get(end)
                .filter(|t| spaced(text, &toks[end - 1], t, 2))
                .and_then(|t| {
                    let w = &text.low()[t.start..t.end];
                    crate::extract::numbers::scale_word(w).map(|s| (s, t.end))
                });
            match scale {
                Some((s, e)) if h.num.value < 1000.0 => q(K::Money, start, e, v * s, h, unit),
                _ => q(K::Money, start, end_byte, v, h, unit),
            }
        }
        Class::Dimension if unit == "lb" && pounds_are_money(text, toks, h, end) => {
            q(K::Money, start, end_byte, v, h, "GBP")
        }
        Class::Dimension => q(K::Dimension, start, end_byte, v, h, unit),
        Class::Time(letter) => {
            if let Some(age_end) = age_after(text, toks, end) {
                return Some(q(K::Age, start, age_end, v, h, unit));
            }
            let mut d = q(K::Duration, start, end_byte, v, h, unit);
            d.normalized = Some(iso_duration(v, letter, unit));
            d
        }
    })
}

/// "361 million pounds" is money, "25 pounds" of weight is not.
fn pounds_are_money(text: &Src, toks: &[Tok], h: &Hit, end: usize) -> bool {
    let of = toks.get(end).is_some_and(|t| is(text, t, "of"));
    !of && (h.num.value >= 1000.0 || h.words && h.num.value >= 100.0)
}

/// "years old", "-year-old", "year olds", "years of age": returns the end byte of the age phrase.
fn age_after(text: &Src, toks: &[Tok], end: usize) -> Option<usize> {
    let t = toks.get(end)?;
    let old = |t: &Tok| is(text, t, "old") || is(text, t, "olds");
    if old(t) && spaced(text, &toks[end - 1], t, 2) {
        return Some(t.end);
    }
    if t.is_sym('-') && toks.get(end + 1).is_some_and(|o| old(o) && adjacent(t, o)) {
        return Some(toks[end + 1].end);
    }
    let age = toks.get(end + 1).filter(|a| is(text, a, "age"));
    (is(text, t, "of") && age.is_some()).then(|| toks[end + 1].end)
}

/// "aged 45", "age 87", and "87 yo".
fn age_before(text: &Src, toks: &[Tok], h: &Hit) -> Option<Quantity> {
    let prev = h.first.checked_sub(1).map(|p| &toks[p]);
    if let Some(p) = prev.filter(|p| is(text, p, "aged") || is(text, p, "age"))
        && !h.num.ordinal
        && h.num.value > 0.0
        && h.num.value < 130.0
    {
        return Some(q(K::Age, p.start, h.num.end, h.num.value, h, "years"));
    }
    let yo = toks
        .get(h.next)
        .filter(|t| is(text, t, "yo") && spaced(text, &toks[h.next - 1], t, 2))?;
    Some(q(K::Age, h.num.start, yo.end, h.num.value, h, "years"))
}
