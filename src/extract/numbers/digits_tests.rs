//! Table-driven tests of the digit numeral scanner.

use super::super::lex::{Src, lex};
use super::*;

fn first(s: &str) -> Option<Scan> {
    let src = Src::new(s);
    let toks = lex(&src);
    (0..toks.len()).find_map(|i| scan(&src, &toks, i))
}

fn value(s: &str) -> Option<(f64, &str)> {
    match first(s)? {
        Scan::Num(n) if n.glued.is_none() && !n.glued_left => Some((n.value, &s[n.start..n.end])),
        _ => None,
    }
}

#[test]
fn reads_numerals() {
    let cases: &[(&str, f64, &str)] = &[
        ("paid 1,234,567 dollars", 1234567.0, "1,234,567"),
        ("rose to 1,234.5 points", 1234.5, "1,234.5"),
        ("a loan of 12,34,567.89 rupees", 1234567.89, "12,34,567.89"),
        ("some 40 000 people", 40000.0, "40 000"),
        ("fell -9.5 points", -9.5, "-9.5"),
        ("only .08 of it", 0.08, ".08"),
        ("profit of 3.5bn", 3.5e9, "3.5bn"),
        ("about 10k runners", 1e4, "10k"),
        ("a 10 bln deal", 1e10, "10 bln"),
        ("mass 1.3e6 tonnes", 1.3e6, "1.3e6"),
        ("grew 1.1^2", 1.2100000000000002, "1.1^2"),
        ("ate 3/4 of it", 0.75, "3/4"),
        ("ran 2 1/4 miles", 2.25, "2 1/4"),
        ("the 21st time", 21.0, "21st"),
        ("it was 5,00 euros", 5.0, "5,00"),
    ];
    for (input, want, span) in cases {
        assert_eq!(value(input), Some((*want, *span)), "{input}");
    }
}

#[test]
fn skips_codes_times_and_phones() {
    let cases: &[(&str, Option<Scan>)] = &[
        ("at 10:30 today", Some(Scan::Skip(4))),
        ("call +1-222-2222", Some(Scan::Skip(7))),
        ("on 5/17/2018", Some(Scan::Chain(6))),
    ];
    for (input, want) in cases {
        assert_eq!(first(input), *want, "{input}");
    }
    assert!(matches!(first("COVID-19 cases"), Some(Scan::Num(n)) if n.glued_left));
    assert!(matches!(first("the 180ml bottle"), Some(Scan::Num(n)) if n.glued.is_some()));
}
