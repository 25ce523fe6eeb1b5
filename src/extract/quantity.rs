//! Quantities in running text (temporary minimal version until the numbers branch lands).

use super::numbers::find_numbers;

#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
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

#[derive(Debug, Clone, PartialEq)]
pub struct Quantity {
    pub kind: QuantityKind,
    pub start: usize,
    pub end: usize,
    pub value: Option<f64>,
    pub value_max: Option<f64>,
    pub unit: Option<String>,
    pub approximate: bool,
    pub normalized: Option<String>,
}

/// All quantities.
pub fn find_quantities(text: &str) -> Vec<Quantity> {
    let mut out: Vec<Quantity> = Vec::new();
    for n in find_numbers(text) {
        let rest = &text[n.end..];
        let unit = ["years", "months"]
            .into_iter()
            .find(|u| rest.starts_with(&format!(" {u}")));
        let (kind, end, unit) = match unit {
            Some(u) => (
                QuantityKind::Duration,
                n.end + 1 + u.len(),
                Some(u.to_string()),
            ),
            None => (QuantityKind::Number, n.end, None),
        };
        out.push(Quantity {
            kind,
            start: n.start,
            end,
            value: Some(n.value),
            value_max: n.value_max,
            unit,
            approximate: n.approximate,
            normalized: None,
        });
    }
    out.sort_by_key(|q| q.start);
    out
}

/// Parses a dateline.
pub fn parse_date(s: &str) -> Option<String> {
    let s = s.trim();
    let ok = s.len() == 10 && s.as_bytes()[4] == b'-' && s.as_bytes()[7] == b'-';
    ok.then(|| s.to_string())
}
