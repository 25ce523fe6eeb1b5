//! Quantities in running text: numbers with what they count or measure — money, percents,
//! durations, dates, ranges, ages and dimensions — as byte spans with normalized values.
//! Built on the number recognizer's hits plus the token stream; overlapping candidates are
//! resolved longest first, then by kind priority.

mod compound;
mod date;
mod date_rel;
mod duration;
mod measure;
mod money;
mod percent;
mod ranges;
mod unit_match;
mod units;

use super::numbers::keys;
use super::numbers::lex::{self, Src, Tok};
use super::numbers::{self, Hit};
use crate::word_enum::word_enum;

word_enum! {
    /// What a quantity is.
    #[derive(Default)]
    pub enum QuantityKind {
        #[default]
        Number = "number",
        Ordinal = "ordinal",
        Percent = "percent",
        Money = "money",
        Duration = "duration",
        Date = "date",
        Range = "range",
        Age = "age",
        Dimension = "dimension",
    }
}

/// A quantity found in text. The default (a number without a value or a span) is what the
/// recognizers build on, giving the fields they know.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Quantity {
    pub kind: QuantityKind,
    /// Byte span of the whole quantity ("$1.5 million", "ten years").
    pub start: usize,
    pub end: usize,
    /// Numeric value (None for dates).
    pub value: Option<f64>,
    /// Upper end for ranges and vague amounts.
    pub value_max: Option<f64>,
    /// ISO code for money, "%" for percents, plural English unit for durations and ages,
    /// a short unit symbol for dimensions.
    pub unit: Option<String>,
    pub approximate: bool,
    /// Dates: ISO 8601 ("2025-12-14", "2025-12", "XXXX-12-14"); durations: "P10Y".
    pub normalized: Option<String>,
}

/// Texts longer than this are read a block of paragraphs at a time (see [`find_quantities`]).
const BLOCK: usize = 64 * 1024;

/// All quantities in running text, sorted by start, non-overlapping (longest wins).
///
/// A long text is read in blocks of about 64 KB that end at a blank line, so the
/// token and candidate lists stay small and in cache however long the text is. No quantity
/// spans a blank line, so the result is the same as reading the text whole.
pub fn find_quantities(text: &str) -> Vec<Quantity> {
    let mut out = Vec::new();
    let mut from = 0;
    while from < text.len() {
        let to = block_end(text, from);
        let found = find_in_block(&text[from..to]);
        out.extend(found.into_iter().map(|q| Quantity {
            start: q.start + from,
            end: q.end + from,
            ..q
        }));
        from = to;
    }
    out
}

/// Where the block starting at `from` ends: just after the first blank line ("\n\n" or
/// "\n\r\n") at least [`BLOCK`] bytes on, or at the end of the text.
fn block_end(text: &str, from: usize) -> usize {
    let bytes = text.as_bytes();
    let blank = |k: usize| match bytes.get(k + 1..) {
        Some([b'\n', ..]) => Some(k + 2),
        Some([b'\r', b'\n', ..]) => Some(k + 3),
        _ => None,
    };
    let Some(rest) = bytes.get(from + BLOCK..) else {
        return text.len();
    };
    memchr::memchr_iter(b'\n', rest)
        .find_map(|k| blank(from + BLOCK + k))
        .unwrap_or(text.len())
}

/// [`find_quantities`] on one block.
fn find_in_block(text: &str) -> Vec<Quantity> {
    let text = &Src::new(text);
    let toks = lex::lex(text);
    let hits = numbers::hits(text, &toks);
    let mut cands: Vec<Quantity> = Vec::new();
    for h in &hits {
        match measure::measure(text, &toks, h) {
            Some(q) => cands.push(q),
            None if h.glued.is_none() && !h.glued_left => cands.push(plain(h)),
            None => {}
        }
    }
    ranges::merge_cents(text, &mut cands);
    ranges::merge_ranges(text, &mut cands);
    let mut by_tok: Vec<Option<&Hit>> = vec![None; toks.len()];
    for h in &hits {
        by_tok[h.first] = Some(h);
    }
    let ctx = date::Ctx {
        text,
        toks: &toks,
        hits: &by_tok,
    };
    for (i, t) in toks.iter().enumerate() {
        // Most tokens start nothing: one branch on bits the lexer already computed, here in
        // the loop so that it does not hang on whether `scan_at` is inlined.
        if t.maybe_key() | t.is_num() | by_tok[i].is_some() {
            scan_at(&ctx, i, &mut cands);
        }
    }
    let percent_like = |t: &Tok| t.maybe(keys::PERCENT) || t.is_sym('%');
    for (i, _) in toks.iter().enumerate().filter(|(_, t)| percent_like(t)) {
        cands.extend(percent::bare_percent(text, &toks, &by_tok, i));
    }
    compound::merge_durations(text, &mut cands);
    ranges::dates_from_durations(text, &toks, &mut cands);
    ranges::merge_weekday_dates(text, &mut cands);
    resolve(cands)
}

/// Word-led durations and all date patterns at token `i`; a cheap look at the
/// lower-cased word decides which patterns can start here.
fn scan_at(c: &date::Ctx, i: usize, out: &mut Vec<Quantity>) {
    let t = &c.toks[i];
    let key_word = t.maybe_key() && t.end - t.start <= 9;
    let mut found: [Option<date::Found>; 4] = [None, None, None, None];
    if key_word {
        word_led(c, i, &mut found, out);
    } else if t.is_num() {
        found[0] = date::numeric(c, i).or_else(|| date_rel::decade(c, i));
    }
    if c.hits[i].is_some() {
        found[3] = date::day_first(c, i).or_else(|| date_rel::ordinal_day(c, i));
    }
    if found.iter().all(Option::is_none) {
        return;
    }
    for (s, e, norm) in found.into_iter().flatten() {
        out.push(Quantity {
            kind: QuantityKind::Date,
            start: c.toks[s].start,
            end: c.toks[e - 1].end,
            normalized: norm,
            ..Quantity::default()
        });
    }
}

/// The word-led patterns at word `i`: durations and percents go to `out`, dates to `found`.
/// The token's class bits skip the patterns its word cannot start.
fn word_led(
    c: &date::Ctx,
    i: usize,
    found: &mut [Option<date::Found>; 4],
    out: &mut Vec<Quantity>,
) {
    let (t, w) = (&c.toks[i], c.word(i));
    if t.maybe(keys::DURATION) && keys::is(w, keys::DURATION) {
        out.extend(duration::duration_at(c.text, c.toks, i));
    }
    if t.maybe(keys::PERCENT) && matches!(w, "percent" | "percents" | "per") {
        out.extend(percent::percent_of(c.text, c.toks, c.hits, i));
    }
    if t.maybe(keys::MONTH) && date::month(w).is_some() {
        found[0] = date::month_first(c, i);
    }
    if t.maybe(keys::DAY) && starts_day(c, i, w) {
        found[1] = date_rel::relative_day(c, i).or_else(|| date_rel::weekday(c, i));
    }
    if !t.maybe(keys::PREP) {
        return;
    }
    if w == "the" {
        found[2] = date_rel::ordinal_day(c, i);
    } else if date_rel::is_preposition(w) {
        found[2] = date_rel::after_preposition(c, i);
    }
}

/// A relative day or weekday phrase may start at word `w`.
fn starts_day(c: &date::Ctx, i: usize, w: &str) -> bool {
    let lead = matches!(w, "the" | "this" | "next" | "last" | "past" | "on");
    lead || matches!(w, "tomorrow" | "tmrw" | "tonight" | "today" | "yesterday")
        || c.weekday_at(i).is_some()
}

fn priority(k: QuantityKind) -> u8 {
    match k {
        QuantityKind::Date => 0,
        QuantityKind::Money => 1,
        QuantityKind::Percent => 2,
        QuantityKind::Age => 3,
        QuantityKind::Duration => 4,
        QuantityKind::Dimension => 5,
        QuantityKind::Range => 6,
        QuantityKind::Ordinal => 7,
        QuantityKind::Number => 8,
    }
}

/// Keeps the longest candidates (then the most specific kind, then the earliest) that do
/// not overlap. Sorts indices, not the candidates, which are large to move.
fn resolve(cands: Vec<Quantity>) -> Vec<Quantity> {
    let mut order: Vec<(usize, u8, usize, usize)> = cands
        .iter()
        .enumerate()
        .map(|(k, q)| (usize::MAX - (q.end - q.start), priority(q.kind), q.start, k))
        .collect();
    order.sort_unstable();
    // Kept spans by start: they never overlap, so only the one that starts last before
    // `q.end` can overlap `q` (a linear scan here was quadratic on long texts).
    let mut spans: std::collections::BTreeMap<usize, usize> = std::collections::BTreeMap::new();
    let mut kept: Vec<usize> = Vec::new();
    for &(.., k) in &order {
        let q = &cands[k];
        let clash = spans
            .range(..q.end)
            .next_back()
            .is_some_and(|(_, &end)| end > q.start);
        if !clash {
            spans.insert(q.start, q.end);
            kept.push(k);
        }
    }
    kept.sort_by_key(|&k| cands[k].start);
    let mut slots: Vec<Option<Quantity>> = cands.into_iter().map(Some).collect();
    kept.iter().filter_map(|&k| slots[k].take()).collect()
}

/// ISO 8601 duration for a value in a unit: "P10Y", "PT3H", "P2W", "P20Y" for two decades.
pub(crate) fn iso_duration(value: f64, letter: &str, unit: &str) -> String {
    let v = match unit {
        "decades" => value * 10.0,
        "centuries" => value * 100.0,
        "quarters" => value * 3.0,
        _ => value,
    };
    let n = if v.fract() == 0.0 {
        format!("{v}")
    } else {
        format!("{}", (v * 1e6).round() / 1e6)
    };
    match letter.strip_prefix('T') {
        Some(l) => format!("PT{n}{l}"),
        None => format!("P{n}{letter}"),
    }
}

fn plain(h: &Hit) -> Quantity {
    let n = &h.num;
    Quantity {
        kind: if n.ordinal {
            QuantityKind::Ordinal
        } else {
            QuantityKind::Number
        },
        start: n.start,
        end: n.end,
        value: Some(n.value),
        value_max: n.value_max,
        approximate: n.approximate,
        ..Quantity::default()
    }
}

/// Parses a dateline date ("December 14, 2025", "14 December 2025", "2025-12-14",
/// "Dec. 14, 2025") to ISO 8601; None unless the whole string is one date.
pub fn parse_date(s: &str) -> Option<String> {
    let found = find_quantities(s);
    match found.as_slice() {
        [q] if q.kind == QuantityKind::Date
            && s[..q.start].trim().is_empty()
            && s[q.end..].trim().is_empty() =>
        {
            q.normalized.clone().filter(|n| !n.starts_with('X'))
        }
        _ => None,
    }
}

#[cfg(test)]
mod tests;
