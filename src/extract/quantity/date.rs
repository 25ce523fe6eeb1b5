//! Calendar dates: "December 14, 2025", "14 December 2025", "Dec. 14", "the 27th of May",
//! "2025-12-14", "02/22/2016", "21/04/16", weekdays ("Friday", "next Sunday"), relative
//! days ("yesterday") and years after a preposition ("in 2019"), normalized to ISO 8601
//! with "XXXX" for unknown parts; relative dates carry no normalized form.

use crate::extract::numbers::Hit;
use crate::extract::numbers::lex::{Kind, Src, Tok, adjacent, is, lower, spaced};

/// A date found at a token: (start token, end token exclusive, normalized).
pub(crate) type Found = (usize, usize, Option<String>);

/// Token context for the date patterns.
pub(crate) struct Ctx<'a> {
    pub text: &'a Src<'a>,
    pub toks: &'a [Tok],
    /// For each token index, the number hit that starts there.
    pub hits: &'a [Option<&'a Hit>],
}

/// Month number of a month name, "sept" or a three-letter abbreviation.
pub(crate) fn month(w: &str) -> Option<u32> {
    // A `match` on literals compiles to inline compares: this runs at many tokens.
    Some(match w {
        "january" | "jan" => 1,
        "february" | "feb" => 2,
        "march" | "mar" => 3,
        "april" | "apr" => 4,
        "may" => 5,
        "june" | "jun" => 6,
        "july" | "jul" => 7,
        "august" | "aug" => 8,
        "september" | "sept" | "sep" => 9,
        "october" | "oct" => 10,
        "november" | "nov" => 11,
        "december" | "dec" => 12,
        _ => return None,
    })
}

fn weekday_full(w: &str) -> Option<u32> {
    Some(match w {
        "monday" => 1,
        "tuesday" | "tues" => 2,
        "wednesday" | "weds" => 3,
        "thursday" | "thurs" | "thur" => 4,
        "friday" => 5,
        "saturday" => 6,
        "sunday" => 7,
        _ => return None,
    })
}

/// "mon" .. "sun", a weekday only before "," or ".".
fn weekday_short(w: &str) -> Option<u32> {
    Some(match w {
        "mon" => 1,
        "tue" => 2,
        "wed" => 3,
        "thu" => 4,
        "fri" => 5,
        "sat" => 6,
        "sun" => 7,
        _ => return None,
    })
}

impl<'a> Ctx<'a> {
    pub(crate) fn tok(&self, k: usize) -> Option<&'a Tok> {
        self.toks.get(k)
    }

    /// Token `k` lower-cased ("" for non-words and past the end).
    pub(crate) fn word(&self, k: usize) -> &'a str {
        self.tok(k).map_or("", |t| lower(self.text, t))
    }

    /// Token `k` follows token `k - 1` on the same line.
    fn near(&self, k: usize) -> bool {
        k > 0
            && self.tok(k).is_some_and(|t| {
                adjacent(&self.toks[k - 1], t) || spaced(self.text, &self.toks[k - 1], t, 4)
            })
    }

    fn sym_at(&self, k: usize, set: &str) -> bool {
        matches!(self.tok(k).map(|t| t.kind), Some(Kind::Sym(c)) if set.contains(c))
    }

    /// A month name at `k`; "may" and "march" only when `strict` is false.
    fn month_at(&self, k: usize, strict: bool) -> Option<(u32, usize)> {
        let w = self.word(k);
        let m = month(w)?;
        if strict && matches!(w, "may" | "march") {
            return None;
        }
        let dot = self.sym_at(k + 1, ".") && self.toks[k].end == self.toks[k + 1].start;
        Some((m, if dot { k + 2 } else { k + 1 }))
    }

    pub(crate) fn weekday_at(&self, k: usize) -> Option<u32> {
        let w = self.word(k);
        if let Some(d) = weekday_full(w) {
            return Some(d);
        }
        let d = weekday_short(w)?;
        (self.sym_at(k + 1, ",.")).then_some(d)
    }

    /// A day of the month at `k` (digits or words, cardinal or ordinal): (day, next token).
    fn day_at(&self, k: usize) -> Option<(u32, usize)> {
        let Some(h) = self.hits.get(k).copied().flatten() else {
            let t = self.tok(k).filter(|t| t.is_num() && t.end - t.start <= 2)?;
            let d: u32 = self.text[t.start..t.end].parse().ok()?;
            return (1..=31).contains(&d).then_some((d, k + 1));
        };
        let v = h.num.value;
        let ok =
            h.glued.is_none() && !h.glued_left && v.fract() == 0.0 && (1.0..=31.0).contains(&v);
        ok.then_some((v as u32, h.next))
    }

    /// A four-digit year at `k`.
    fn year_at(&self, k: usize) -> Option<(u32, usize)> {
        let t = self.tok(k).filter(|t| t.is_num() && t.end - t.start == 4)?;
        let y: u32 = self.text[t.start..t.end].parse().ok()?;
        let glued = self
            .tok(k + 1)
            .is_some_and(|n| adjacent(t, n) && (n.is_word() || n.is_num()));
        ((1000..3000).contains(&y) && !glued).then_some((y, k + 1))
    }

    /// ", 2016", " 2016", " of 2016" after a day.
    fn year_after(&self, k: usize) -> Option<(u32, usize)> {
        let mut j = k;
        if self.sym_at(j, ",") || is(self.text, self.tok(j)?, "of") {
            j += 1;
        }
        if !self.near(j) {
            return None;
        }
        self.year_at(j)
    }
}

fn iso(y: Option<u32>, m: u32, d: Option<u32>) -> String {
    let y = y.map_or("XXXX".to_string(), |y| format!("{y:04}"));
    match d {
        Some(d) => format!("{y}-{m:02}-{d:02}"),
        None => format!("{y}-{m:02}"),
    }
}

/// "December 14, 2025", "Dec. 14", "Oct-2", "may the eleventh", "December 2025".
pub(crate) fn month_first(c: &Ctx, i: usize) -> Option<Found> {
    let (m, mut j) = c.month_at(i, false)?;
    let joiner = c.sym_at(j, "-/,") && c.near(j + 1);
    if joiner || is(c.text, c.tok(j)?, "the") {
        j += 1;
    }
    if !c.near(j) {
        return None;
    }
    if let Some((y, end)) = c.year_at(j) {
        return Some((i, end, Some(iso(Some(y), m, None))));
    }
    let (d, k) = c.day_at(j)?;
    match c.year_after(k) {
        Some((y, end)) => Some((i, end, Some(iso(Some(y), m, Some(d))))),
        None => Some((i, k, Some(iso(None, m, Some(d))))),
    }
}

/// "14 December 2025", "1st jan", "fourth of may", "28-nov", "16. nov. 2016".
pub(crate) fn day_first(c: &Ctx, i: usize) -> Option<Found> {
    let (d, mut j) = c.day_at(i)?;
    if c.sym_at(j, ".-") && c.near(j + 1) {
        j += 1;
    }
    if is(c.text, c.tok(j)?, "of") {
        j += 1;
    }
    if !c.near(j) {
        return None;
    }
    let (m, k) = c.month_at(j, false)?;
    match c.year_after(k) {
        Some((y, end)) => Some((i, end, Some(iso(Some(y), m, Some(d))))),
        None => Some((i, k, Some(iso(None, m, Some(d))))),
    }
}

fn two_digit_year(y: u32) -> u32 {
    if y >= 100 {
        y
    } else if y < 50 {
        2000 + y
    } else {
        1900 + y
    }
}

/// "2025-12-14", "2015/08/12", "02/22/2016", "21/04/16", "13.5.2015", "2019-sep-1".
pub(crate) fn numeric(c: &Ctx, i: usize) -> Option<Found> {
    let t = c.tok(i).filter(|t| t.is_num())?;
    let sep = c
        .tok(i + 1)
        .filter(|s| adjacent(t, s) && matches!(s.kind, Kind::Sym('/' | '-' | '.')))?;
    let num = |k: usize| -> Option<u32> {
        let x = c
            .tok(k)
            .filter(|x| x.is_num() && adjacent(&c.toks[k - 1], x))?;
        c.text[x.start..x.end].parse().ok()
    };
    let a: u32 = c.text[t.start..t.end].parse().ok()?;
    let b = num(i + 2).or_else(|| {
        c.month_at(i + 2, false)
            .filter(|_| adjacent(sep, &c.toks[i + 2]))
            .map(|(m, _)| m)
    })?;
    let third = c
        .tok(i + 3)
        .is_some_and(|s| s.kind == sep.kind && adjacent(&c.toks[i + 2], s));
    let (y, m, d, end) = if third {
        let z = num(i + 4)?;
        let long_year = t.end - t.start == 4;
        if long_year {
            (a, b, z, i + 5)
        } else if a > 12 {
            (two_digit_year(z), b, a, i + 5)
        } else {
            (two_digit_year(z), a, b, i + 5)
        }
    } else if c.sym_at(i + 3, ",") && num(i + 4).is_some() {
        (two_digit_year(num(i + 4)?), a, b, i + 5)
    } else {
        return partial(c, i, a, b, sep);
    };
    let run_on = c
        .tok(end)
        .is_some_and(|n| adjacent(&c.toks[end - 1], n) && (n.is_num() || n.is_word()));
    let valid = (1..=12).contains(&m) && (1..=31).contains(&d) && !run_on;
    valid.then(|| (i, end, Some(iso(Some(y), m, Some(d)))))
}

/// "4/22", "22/04"; "4-22" and "4.22" only after "on"/"in" or a weekday.
fn partial(c: &Ctx, i: usize, a: u32, b: u32, sep: &Tok) -> Option<Found> {
    let (m, d) = if a > 12 { (b, a) } else { (a, b) };
    let run_on = c
        .tok(i + 3)
        .is_some_and(|n| adjacent(&c.toks[i + 2], n) && !c.sym_at(i + 3, ".,;?!)"));
    let fraction = a < b && matches!(b, 2..=10 | 12 | 16 | 32 | 64 | 100);
    let prev_w = i.checked_sub(1).map(|p| c.word(p));
    let prev = prev_w.unwrap_or("");
    let cued =
        matches!(prev, "on" | "in") || i.checked_sub(1).and_then(|p| c.weekday_at(p)).is_some();
    let sep_ok = sep.is_sym('/') && !(a == 24 && b == 7) && !fraction || cued && prev != "at";
    let valid = (1..=12).contains(&m) && (1..=31).contains(&d) && !run_on && sep_ok;
    let digits_len = c.toks[i + 2].end - c.toks[i + 2].start;
    (valid && digits_len <= 2).then(|| (i, i + 3, Some(iso(None, m, Some(d)))))
}
