//! Table-driven tests of ranges: a scale written once for both ends, durations in two units.

use super::super::{QuantityKind as K, find_quantities};

/// (input, span, kind, low, high, unit)
type Case = (
    &'static str,
    &'static str,
    K,
    f64,
    f64,
    Option<&'static str>,
);

#[rustfmt::skip]
const CASES: &[Case] = &[
    ("Damage was put at $1.3 to $1.5bn, he said.", "$1.3 to $1.5bn", K::Money, 1.3e9, 1.5e9, Some("USD")),
    ("It will cost £2 to £4m.", "£2 to £4m", K::Money, 2e6, 4e6, Some("GBP")),
    ("It will cost 10 to 20 million.", "10 to 20 million", K::Range, 1e7, 2e7, None),
    ("It will cost between 500 and 1.5 million.", "between 500 and 1.5 million", K::Range, 500.0, 1.5e6, None),
    ("It will cost £3m to £5m.", "£3m to £5m", K::Money, 3e6, 5e6, Some("GBP")),
    ("He faces a ban of between six months and two years.", "between six months and two years", K::Duration, 6.0, 24.0, Some("months")),
    ("Between 10 and 20 people came.", "Between 10 and 20", K::Range, 10.0, 20.0, None),
];

#[test]
fn ranges_share_their_scale_and_unit() {
    for (input, span, kind, lo, hi, unit) in CASES {
        let found = find_quantities(input);
        let q = found.iter().find(|q| &input[q.start..q.end] == *span);
        let q = q.unwrap_or_else(|| panic!("{input}: no {span:?} in {found:?}"));
        assert_eq!(
            (q.kind, q.value, q.value_max),
            (*kind, Some(*lo), Some(*hi)),
            "{input}"
        );
        assert_eq!(q.unit.as_deref(), *unit, "{input}");
    }
}

/// A change and its new level: (input, the first quantity's span).
#[rustfmt::skip]
const CHANGES: &[(&str, &str)] = &[
    ("Shares were up 16.75p to 293.5p.", "16.75p"),
    ("Shares rose 6%, or 16.75p to 293.5p.", "6%"),
    ("Sales fell from £10m to £8m.", "£10m"),
];

#[test]
fn a_change_and_its_new_level_is_no_range() {
    for (input, span) in CHANGES {
        let found = find_quantities(input);
        let first = found.first().map(|q| &input[q.start..q.end]);
        assert_eq!(first, Some(*span), "{input}: {found:?}");
        assert!(
            found.iter().all(|q| q.value_max.is_none()),
            "{input}: {found:?}"
        );
    }
}
