//! Numerals written with digits: thousands separators (1,234 / 12,34,567 / 1 234),
//! decimals, simple fractions (3/4, 2 1/4) and signs ("- 1,200,000" alone); codes, times,
//! phone-like strings and reference marks ("[186]") are skipped. `suffix` reads what follows.

use super::lex::{Kind, Src, Tok, adjacent, spaced};
use super::suffix::{Form, closing, finish};

/// A numeral found at a token position.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) struct Numeral {
    pub start: usize,
    pub end: usize,
    pub value: f64,
    /// Index of the first token after the numeral.
    pub next: usize,
    /// Plain integer written without decimals, separators or suffix.
    pub integer: bool,
    pub ordinal: bool,
    /// Index of an unknown letter suffix glued to the numeral ("180ml", "3h").
    pub glued: Option<usize>,
    /// Letters or a code hyphen glued before the numeral ("MH17", "COVID-19").
    pub glued_left: bool,
}

/// Outcome of scanning at one token.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) enum Scan {
    Num(Numeral),
    /// Times, phone numbers and URL fragments: no number up to this token index.
    Skip(usize),
    /// A dotted or slashed chain ("5/17/2018", "192.168.1.2"): each part is an integer.
    Chain(usize),
}

fn vulgar(c: char) -> Option<f64> {
    Some(match c {
        '½' => 0.5,
        '⅓' => 1.0 / 3.0,
        '⅔' => 2.0 / 3.0,
        '¼' => 0.25,
        '¾' => 0.75,
        '⅕' => 0.2,
        '⅙' => 1.0 / 6.0,
        '⅛' => 0.125,
        _ => return None,
    })
}

pub(super) fn sym(toks: &[Tok], i: usize) -> Option<char> {
    match toks.get(i)?.kind {
        Kind::Sym(c) => Some(c),
        _ => None,
    }
}

/// `toks[i]` is `c` and touches the tokens on both sides, and `toks[i + 1]` is digits.
fn joins(toks: &[Tok], i: usize, c: char) -> bool {
    i > 0
        && sym(toks, i) == Some(c)
        && toks
            .get(i + 1)
            .is_some_and(|n| n.is_num() && adjacent(&toks[i], n))
        && adjacent(&toks[i - 1], &toks[i])
}

pub(super) fn digits_value(text: &Src, t: &Tok) -> f64 {
    text[t.start..t.end]
        .bytes()
        .fold(0.0, |acc, b| acc * 10.0 + f64::from(b - b'0'))
}

/// Counts the parts of a chain `Num (c Num)*` starting at `k`; returns (parts, next index).
fn chain(toks: &[Tok], k: usize, c: char) -> (usize, usize) {
    let mut parts = 1;
    let mut j = k + 1;
    while joins(toks, j, c) {
        parts += 1;
        j += 2;
    }
    (parts, j)
}

/// Scans a numeral starting at `toks[i]` (a digit run, a sign, a leading dot or a vulgar fraction).
pub(crate) fn scan(text: &Src, toks: &[Tok], i: usize) -> Option<Scan> {
    let t = toks.get(i)?;
    let prev = i
        .checked_sub(1)
        .map(|p| &toks[p])
        .filter(|p| adjacent(p, t));
    if let Some(p) = prev {
        if matches!(p.kind, Kind::Sym('%' | '=' | '&' | '#' | '_' | '@' | '\\')) {
            return Some(Scan::Skip(i + 1));
        }
        if p.is_num() {
            return None;
        }
        if p.is_sym('[')
            && t.is_num()
            && toks
                .get(i + 1)
                .is_some_and(|c| c.is_sym(']') && adjacent(t, c))
        {
            // "[186]": a reference mark, not a figure.
            return Some(Scan::Skip(i + 2));
        }
    }
    match t.kind {
        Kind::Num => Some(scan_digits(text, toks, i, i, 1.0)),
        Kind::Sym('-' | '−' | '+') => {
            let n = toks.get(i + 1).filter(|n| n.is_num())?;
            let sign = if t.is_sym('+') { 1.0 } else { -1.0 };
            if adjacent(t, n) {
                return Some(scan_digits(text, toks, i, i + 1, sign));
            }
            spaced_minus(text, toks, i)
        }
        Kind::Sym('.') => {
            let n = toks.get(i + 1).filter(|n| n.is_num() && adjacent(t, n))?;
            let frac = format_frac(text, n);
            Some(finish(text, toks, i, i + 2, frac, Form::Other, false))
        }
        Kind::Sym(c) => vulgar(c).map(|v| Scan::Num(numeral(t.start, t.end, v, i + 1))),
        Kind::Word => None,
    }
}

/// "- 1,200,000" standing alone (at the start of a line, after "(" ":" "="), the number
/// ending its line or clause: a minus sign written with a space. Elsewhere a spaced hyphen is
/// a dash ("the rise - 17% - was") or a bullet ("- 10 people died").
fn spaced_minus(text: &Src, toks: &[Tok], i: usize) -> Option<Scan> {
    let t = &toks[i];
    if !t.is_sym('-') && !t.is_sym('−') || !spaced(text, t, &toks[i + 1], 1) {
        return None;
    }
    let line_start = text[..t.start]
        .rsplit('\n')
        .next()
        .is_none_or(|l| l.trim().is_empty());
    let opens = i > 0 && matches!(toks[i - 1].kind, Kind::Sym('(' | ':' | '='));
    if !(line_start || opens) {
        return None;
    }
    let Scan::Num(n) = scan_digits(text, toks, i, i + 1, -1.0) else {
        return None;
    };
    let ends = toks
        .get(n.next)
        .is_none_or(|a| text[toks[n.next - 1].end..a.start].contains('\n') || closing(a));
    (ends && n.glued.is_none()).then_some(Scan::Num(n))
}

pub(super) fn numeral(start: usize, end: usize, value: f64, next: usize) -> Numeral {
    let (integer, ordinal, glued, glued_left) = (false, false, None, false);
    Numeral {
        start,
        end,
        value,
        next,
        integer,
        ordinal,
        glued,
        glued_left,
    }
}

fn format_frac(text: &Src, n: &Tok) -> f64 {
    let digits = &text[n.start..n.end];
    digits_value(text, n) / 10f64.powi(digits.len().min(300) as i32)
}

/// Scans the digits at `k`; `i` is the first token (a sign when `i < k`).
fn scan_digits(text: &Src, toks: &[Tok], i: usize, k: usize, sign: f64) -> Scan {
    let glued_left = k > 0 && code_prefix(toks, k);
    for c in [':', '-'] {
        let (parts, next) = chain(toks, k, c);
        if parts >= 3 || (c == ':' && parts == 2) || (i < k && toks[i].is_sym('+') && parts >= 2) {
            return Scan::Skip(next);
        }
    }
    for c in ['.', '/'] {
        let (parts, next) = chain(toks, k, c);
        if parts >= 3 {
            return Scan::Chain(next);
        }
    }
    let in_list = k > 1 && toks[k - 1].is_sym(',') && toks[k - 2].is_num();
    let (mut value, mut j, grouped) = if in_list {
        (digits_value(text, &toks[k]), k + 1, false)
    } else {
        integer_part(text, toks, k)
    };
    let mut form = match grouped {
        false => Form::Integer,
        true if value.fract() == 0.0 => Form::Grouped,
        true => Form::Other,
    };
    if joins(toks, j, '.') {
        value += format_frac(text, &toks[j + 1]);
        j += 2;
        form = Form::Other;
    } else if !grouped && let Some((v, next)) = fraction(text, toks, k, value) {
        value = v;
        j = next;
        form = Form::Other;
    }
    finish(text, toks, i, j, value * sign, form, glued_left)
}

/// Letters, or letters and a hyphen, glued before the digits at `k`.
fn code_prefix(toks: &[Tok], k: usize) -> bool {
    let p = &toks[k - 1];
    if !adjacent(p, &toks[k]) {
        return false;
    }
    p.is_word() || (p.is_sym('-') && k > 1 && toks[k - 2].is_word() && adjacent(&toks[k - 2], p))
}

/// The integer part with thousands separators; returns (value, next index, had separators).
fn integer_part(text: &Src, toks: &[Tok], k: usize) -> (f64, usize, bool) {
    let head = &toks[k];
    let head_len = head.end - head.start;
    let mut value = digits_value(text, head);
    let mut lens = Vec::new();
    let mut j = k + 1;
    while joins(toks, j, ',') && lens.len() < 8 {
        lens.push(toks[j + 1].end - toks[j + 1].start);
        j += 2;
    }
    let thousands = !lens.is_empty() && head_len <= 3 && lens.iter().all(|&l| l == 3);
    let indian = lens.len() >= 2
        && head_len <= 2
        && lens[..lens.len() - 1].iter().all(|&l| l == 2)
        && lens[lens.len() - 1] == 3;
    if thousands || indian {
        for g in 0..lens.len() {
            let t = &toks[k + 2 + 2 * g];
            value = value * 10f64.powi(lens[g] as i32) + digits_value(text, t);
        }
        return (value, j, true);
    }
    if lens.len() == 1 && lens[0] != 3 {
        return (value + format_frac(text, &toks[k + 2]), j, true);
    }
    if lens.is_empty() && head_len <= 3 {
        return space_groups(text, toks, k, value);
    }
    (value, k + 1, false)
}

/// "1 234 567" and "40 000" (also with no-break spaces): groups of exactly three digits.
fn space_groups(text: &Src, toks: &[Tok], k: usize, mut value: f64) -> (f64, usize, bool) {
    let mut j = k + 1;
    while let Some(n) = toks.get(j) {
        let gap = &text[toks[j - 1].end..n.start];
        let single = matches!(gap, " " | "\u{a0}" | "\u{202f}");
        let after_ok = toks
            .get(j + 1)
            .is_none_or(|a| !adjacent(n, a) || !a.is_sym('/'));
        if !(n.is_num() && n.end - n.start == 3 && single && after_ok) {
            break;
        }
        value = value * 1000.0 + digits_value(text, n);
        j += 1;
    }
    (value, j, j > k + 1)
}

/// "3/4" and "2 1/4": proper fractions with a usual denominator.
fn fraction(text: &Src, toks: &[Tok], k: usize, whole: f64) -> Option<(f64, usize)> {
    let proper = |n: usize| -> Option<f64> {
        if !joins(toks, n + 1, '/') {
            return None;
        }
        let (a, b) = (
            digits_value(text, &toks[n]),
            digits_value(text, &toks[n + 2]),
        );
        let usual = matches!(b as u32, 2..=10 | 12 | 16 | 32 | 64 | 100);
        (a < b && usual && !joins(toks, n + 3, '/')).then_some(a / b)
    };
    if let Some(f) = proper(k) {
        return Some((f, k + 3));
    }
    let n = toks.get(k + 1)?;
    if n.is_num() && spaced(text, &toks[k], n, 3) {
        return proper(k + 1).map(|f| (whole + f, k + 4));
    }
    if let Some(v) = sym(toks, k + 1)
        .and_then(vulgar)
        .filter(|_| adjacent(&toks[k], n))
    {
        return Some((whole + v, k + 2));
    }
    None
}

#[cfg(test)]
#[path = "digits_tests.rs"]
mod tests;
