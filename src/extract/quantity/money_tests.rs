//! Table-driven tests of money as news writes it: every magnitude suffix before any
//! punctuation, cents and pence in the main unit, negative amounts, Indian scales.

use super::super::{Quantity, QuantityKind as K, find_quantities};

/// (input, span, value, ISO code)
#[rustfmt::skip]
const CASES: &[(&str, &str, f64, &str)] = &[
    ("It cost $9.7bn, officials said.", "$9.7bn", 9.7e9, "USD"),
    ("Spending hit £1.97bn; the rest was saved.", "£1.97bn", 1.97e9, "GBP"),
    ("The debt: €3tn: a record.", "€3tn", 3e12, "EUR"),
    ("The fine ($5bn) was paid.", "$5bn", 5e9, "USD"),
    ("It raised £2.5m!", "£2.5m", 2.5e6, "GBP"),
    ("Was it $700m?", "$700m", 7e8, "USD"),
    ("He said “£40bn”.", "£40bn", 4e10, "GBP"),
    ("A prize of $10k, paid in cash.", "$10k", 1e4, "USD"),
    ("It cost US$1.2bn, he said.", "US$1.2bn", 1.2e9, "USD"),
    ("It cost 3.5bn euros, he said.", "3.5bn euros", 3.5e9, "EUR"),
    ("Fares rose by 10 cents.", "10 cents", 0.1, "USD"),
    ("A loaf costs 99 pence.", "99 pence", 0.99, "GBP"),
    ("The bag charge is 20 euro cents.", "20 euro cents", 0.2, "EUR"),
    ("A 50p coin was issued.", "50p", 0.5, "GBP"),
    ("Shares rose 8.5p, or 2%.", "8.5p", 0.085, "GBP"),
    ("Stamps rose forty cents.", "forty cents", 0.4, "USD"),
    ("The result was -$5m.", "-$5m", -5e6, "USD"),
    ("The result was −£3bn.", "−£3bn", -3e9, "GBP"),
    ("The result was minus £4m.", "minus £4m", -4e6, "GBP"),
    ("The result was $-5m.", "$-5m", -5e6, "USD"),
    ("The scheme costs Rs 300 crore.", "Rs 300 crore", 3e9, "INR"),
    ("Each gets ₹20 lakh in aid.", "₹20 lakh", 2e6, "INR"),
    ("It was fined Rs 5 cr.", "Rs 5 cr", 5e7, "INR"),
    ("Farmers got Rs. 50,000 each.", "Rs. 50,000", 5e4, "INR"),
    ("It cost three hundred crore rupees.", "three hundred crore rupees", 3e9, "INR"),
];

/// Vague and hedged amounts of money: (input, span, low, high, approximate, ISO code).
type Vague = (
    &'static str,
    &'static str,
    f64,
    Option<f64>,
    bool,
    &'static str,
);

#[rustfmt::skip]
const VAGUE: &[Vague] = &[
    ("It raised a few million dollars.", "a few million dollars", 2e6, Some(5e6), true, "USD"),
    ("Millions of dollars were lost.", "Millions of dollars", 2e6, Some(9_999_999.0), true, "USD"),
    ("It cost tens of millions of pounds.", "tens of millions of pounds", 2e7, Some(99_999_999.0), true, "GBP"),
    ("It cost several hundred pounds.", "several hundred pounds", 300.0, Some(900.0), true, "GBP"),
    ("It cost about $5m.", "$5m", 5e6, None, true, "USD"),
    ("It cost some £300m.", "£300m", 3e8, None, true, "GBP"),
    ("It cost $10-25m.", "$10-25m", 1e7, Some(2.5e7), false, "USD"),
    ("It cost £3-5bn.", "£3-5bn", 3e9, Some(5e9), false, "GBP"),
    ("It cost between $10m and $20m.", "between $10m and $20m", 1e7, Some(2e7), false, "USD"),
];

/// The money quantity spanning `span` in `input`, in currency `code`.
fn money(input: &str, span: &str, code: &str) -> Quantity {
    let found = find_quantities(input);
    let q = found.into_iter().find(|q| &input[q.start..q.end] == span);
    let q = q.unwrap_or_else(|| panic!("{input}: no {span:?}"));
    assert_eq!(
        (q.kind, q.unit.as_deref()),
        (K::Money, Some(code)),
        "{input}"
    );
    q
}

#[test]
fn vague_and_hedged_money() {
    for (input, span, lo, hi, approximate, code) in VAGUE {
        let q = money(input, span, code);
        assert_eq!(
            (q.value, q.value_max, q.approximate),
            (Some(*lo), *hi, *approximate),
            "{input}"
        );
    }
}

#[test]
fn money_as_news_writes_it() {
    for (input, span, value, code) in CASES {
        let q = money(input, span, code);
        let v = q.value.unwrap_or(f64::NAN);
        assert!(
            (v - value).abs() < 1e-9 * value.abs().max(1.0),
            "{input}: {v}"
        );
    }
}

/// A hyphen joined to a word before the currency is no minus sign.
#[rustfmt::skip]
const NOT_NEGATIVE: &[(&str, &str, f64)] = &[
    ("A pre-$5m deal was signed.", "$5m", 5e6),
    ("The rise - $5m - was small.", "$5m", 5e6),
];

#[test]
fn a_joining_hyphen_is_no_sign() {
    for (input, span, value) in NOT_NEGATIVE {
        let found = find_quantities(input);
        let q = found.iter().find(|q| &input[q.start..q.end] == *span);
        assert_eq!(q.and_then(|q| q.value), Some(*value), "{input}: {found:?}");
    }
}
