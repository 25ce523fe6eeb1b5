//! Dates named by words rather than numbers: "yesterday", "the day after tomorrow",
//! weekdays ("Friday", "next Sunday", "Friday the 22nd", "the first Friday of July"),
//! "the 27th", years and months after a preposition ("in 2019", "since March").

use super::date::{Ctx, Found, month};
use crate::extract::numbers::keys;
use crate::extract::numbers::lex::{Kind, adjacent};

fn phrase(c: &Ctx, i: usize, words: &[&str]) -> bool {
    words.iter().enumerate().all(|(k, w)| c.word(i + k) == *w)
}

/// "today", "the day before yesterday", "next day", "last day", "the next day".
pub(crate) fn relative_day(c: &Ctx, i: usize) -> Option<Found> {
    let len = match c.word(i) {
        "today" | "tomorrow" | "yesterday" | "tmrw" | "tonight" => 1,
        "next" | "last" | "this" | "past" if c.word(i + 1) == "day" => 2,
        "the" => match c.word(i + 1) {
            "day" => match (c.word(i + 2), c.word(i + 3)) {
                ("before", "yesterday") | ("after", "tomorrow" | "tmrw") => 4,
                _ => return None,
            },
            "next" | "last" if c.word(i + 2) == "day" => 3,
            _ => return None,
        },
        _ => return None,
    };
    Some((i, i + len, None))
}

/// Weekday phrases, optionally after "this/next/last/past" and before "next week" etc.
pub(crate) fn weekday(c: &Ctx, i: usize) -> Option<Found> {
    let lead = matches!(c.word(i), "this" | "next" | "last" | "past");
    let week_lead = lead && c.word(i + 1) == "week";
    let mut start = i;
    let mut k = i;
    if week_lead {
        k = i + 2 + usize::from(c.word(i + 2) == "on");
    } else if lead {
        k = i + 1;
    } else if c.word(i) == "on"
        && c.weekday_at(i + 1).is_some()
        && phrase(c, i + 2, &["next", "week"])
    {
        return Some((i, i + 4, None));
    }
    let d = c.weekday_at(k)?;
    let mut end = k + 1;
    if !lead && c.word(i) != "on" {
        start = k;
    }
    if !week_lead {
        for tail in [
            &["of", "next", "week"][..],
            &["of", "this", "week"],
            &["next", "week"],
            &["this", "week"],
        ] {
            if phrase(c, end, tail) {
                return Some((start, end + tail.len(), None));
            }
        }
    }
    if c.word(end) == "the"
        && let Some(h) = c.hits.get(end + 1).copied().flatten()
        && h.num.value.fract() == 0.0
        && (1.0..=31.0).contains(&h.num.value)
    {
        return Some((
            start,
            h.next,
            Some(format!("XXXX-XX-{:02}", h.num.value as u32)),
        ));
    }
    if c.toks.get(end).is_some_and(|t| t.is_sym(',')) {
        end += 0;
    }
    let exact = (!lead).then(|| format!("XXXX-WXX-{d}"));
    Some((start, end, exact))
}

/// "the first Friday of July", "second Sunday", "the 27th", "the 20th of next month".
pub(crate) fn ordinal_day(c: &Ctx, i: usize) -> Option<Found> {
    let the = c.word(i) == "the";
    let k = if the { i + 1 } else { i };
    let h = c.hits.get(k).copied().flatten()?;
    let v = h.num.value;
    if v.fract() != 0.0 || !(1.0..=31.0).contains(&v) || h.glued.is_some() {
        return None;
    }
    if h.num.ordinal && c.weekday_at(h.next).is_some() && v <= 5.0 {
        let mut end = h.next + 1;
        if matches!(c.word(end), "of" | "in") {
            if let Some(m) = month(c.word(end + 1)) {
                let _ = m;
                end += 2;
            } else if matches!(c.word(end + 1), "this" | "next" | "previous" | "last")
                && c.word(end + 2) == "month"
            {
                end += 3;
            }
        }
        return Some((i, end, None));
    }
    for tail in [
        &["of", "next", "month"][..],
        &["of", "this", "month"],
        &["next", "month"],
    ] {
        if phrase(c, h.next, tail) && (the || h.num.ordinal) {
            return Some((i, h.next + tail.len(), None));
        }
    }
    let ends = c
        .toks
        .get(h.next)
        .is_none_or(|t| matches!(t.kind, Kind::Sym('.' | '!' | '?' | ',' | ';')));
    let on = i > 0 && c.word(i - 1) == "on" && !the;
    let day_word = h.num.ordinal || the || on;
    let the = the || on;
    (the && day_word && ends).then(|| (i, h.next, Some(format!("XXXX-XX-{:02}", v as u32))))
}

/// "in 2019", "since 1990", "in March", "by December".
pub(crate) fn after_preposition(c: &Ctx, i: usize) -> Option<Found> {
    // Prepositions are among the commonest words: look at the cheap token bits after them
    // before comparing the word itself.
    let t = c.toks.get(i + 1)?;
    let year = t.is_num() && t.end - t.start == 4;
    if !(year || t.maybe(keys::MONTH)) || t.start <= c.toks[i].end || !is_preposition(c.word(i)) {
        return None;
    }
    if year {
        let y: u32 = c.text[t.start..t.end].parse().ok()?;
        let glued = c
            .toks
            .get(i + 2)
            .is_some_and(|n| n.start == t.end && (n.is_word() || n.is_num() || n.is_sym('%')));
        return ((1800..=2100).contains(&y) && !glued)
            .then(|| (i + 1, i + 2, Some(format!("{y}"))));
    }
    let raw = &c.text[t.start..t.end];
    let m = month(c.word(i + 1))?;
    let capital = raw.starts_with(|ch: char| ch.is_ascii_uppercase());
    (raw.len() > 3 && capital).then(|| (i + 1, i + 2, Some(format!("XXXX-{m:02}"))))
}

/// A preposition before which a year or month is a date ("in 2019", "by March", "early").
pub(crate) fn is_preposition(w: &str) -> bool {
    w != "the" && keys::is(w, keys::PREP)
}

/// "the 1980s", "since the 1930s": a decade, as "198X".
pub(crate) fn decade(c: &Ctx, i: usize) -> Option<Found> {
    let t = c.tok(i).filter(|t| t.end - t.start == 4)?;
    let s = c
        .tok(i + 1)
        .filter(|s| adjacent(t, s) && c.text[s.start..s.end] == *"s")?;
    let runs_on = c
        .tok(i + 2)
        .is_some_and(|n| adjacent(s, n) && (n.is_word() || n.is_num()));
    let digits = &c.text[t.start..t.end];
    let year: u32 = digits.parse().ok()?;
    let decade = (1000..=2100).contains(&year) && year.is_multiple_of(10) && !runs_on;
    decade.then(|| (i, i + 2, Some(format!("{}X", &digits[..3]))))
}

#[cfg(test)]
mod tests {
    use super::super::{QuantityKind as K, find_quantities};

    #[rustfmt::skip]
    const DECADES: &[(&str, Option<&str>)] = &[
        ("The toughest reforms since the 1930s.", Some("193X")),
        ("In the 1980s incomes rose.", Some("198X")),
        ("A 1990s-style boom.", Some("199X")),
        ("He sold 1985s cars.", None),
        ("The 1980sx code.", None),
    ];

    #[test]
    fn decades_are_dates() {
        for (input, want) in DECADES {
            let found = find_quantities(input);
            let got = found
                .iter()
                .find(|q| q.kind == K::Date)
                .and_then(|q| q.normalized.as_deref());
            assert_eq!(got, *want, "{input}: {found:?}");
        }
    }
}
