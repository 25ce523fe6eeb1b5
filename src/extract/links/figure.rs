//! A claim's figure as the range of values it allows, for telling a restated figure from a
//! contradicting one. "123" allows 123; "a few dozen" 24 to 60; "more than 100" 100 and up;
//! "nearly 130" a quarter below 130 to 130; "about 120" a quarter either side.

use super::context::Before;
use crate::extract::claims::Claim;

/// How far either side of a rounded figure ("about 120", "some 1,100") the truth may lie.
/// Generous on purpose: a conflict must be a clear one.
const TOLERANCE: f64 = 0.25;

/// Words before a figure that bound it, as (phrase, bound); longest phrases first.
#[rustfmt::skip]
const BOUNDS: &[(&[&str], Bound)] = &[
    (&["no", "more", "than"], Bound::AtMost),
    (&["in", "excess", "of"], Bound::AtLeast),
    (&["more", "than"], Bound::AtLeast), (&["at", "least"], Bound::AtLeast),
    (&["upwards", "of"], Bound::AtLeast), (&["over"], Bound::AtLeast),
    (&["above"], Bound::AtLeast), (&["exceeding"], Bound::AtLeast),
    (&["fewer", "than"], Bound::AtMost), (&["less", "than"], Bound::AtMost),
    (&["up", "to"], Bound::AtMost), (&["at", "most"], Bound::AtMost),
    (&["just", "under"], Bound::Nearly), (&["close", "to"], Bound::Nearly),
    (&["under"], Bound::AtMost), (&["below"], Bound::AtMost),
    (&["nearly"], Bound::Nearly), (&["almost"], Bound::Nearly),
];

/// A limit the words before a figure put on it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Bound {
    /// No bound word: the figure itself (or its range).
    None,
    AtLeast,
    AtMost,
    /// Up to the figure and a little below it.
    Nearly,
}

/// The values a figure allows, `low..=high`.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Figure {
    pub low: f64,
    pub high: f64,
    /// One exact value, neither rounded, vague, a range nor bounded.
    pub exact: bool,
}

impl Figure {
    /// Whether no value satisfies both figures.
    pub fn disjoint(&self, other: &Figure) -> bool {
        self.high < other.low || other.high < self.low
    }
}

/// The bound that `before` (the words just before a figure) puts on it.
pub fn bound(before: &Before<'_>) -> Bound {
    BOUNDS
        .iter()
        .find(|(phrase, _)| {
            before[3 - phrase.len()..]
                .iter()
                .zip(phrase.iter())
                .all(|(w, p)| w.eq_ignore_ascii_case(p))
        })
        .map_or(Bound::None, |(_, b)| *b)
}

/// The range a claim's figure allows, with `bound` from the words before it.
pub fn figure(claim: &Claim, bound: Bound) -> Option<Figure> {
    let value = claim.value?;
    let max = claim.value_max.unwrap_or(value);
    let point = claim.value_max.is_none();
    let (low, high) = match bound {
        Bound::AtLeast => (value, f64::INFINITY),
        Bound::AtMost => (0.0, value),
        Bound::Nearly => (value * (1.0 - TOLERANCE), value),
        Bound::None if claim.approximate && point => {
            (value * (1.0 - TOLERANCE), value * (1.0 + TOLERANCE))
        }
        Bound::None => (value, max),
    };
    let exact = bound == Bound::None && point && !claim.approximate;
    Some(Figure { low, high, exact })
}
