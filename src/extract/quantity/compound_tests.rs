//! Table-driven tests of compound durations: value in the smallest unit named, whole span.

use super::super::{QuantityKind as K, find_quantities};

/// (input, span, value, unit, ISO 8601)
#[rustfmt::skip]
const CASES: &[(&str, &str, f64, &str, &str)] = &[
    ("He was jailed for three years and six months.", "three years and six months", 42.0, "months", "P3Y6M"),
    ("It took 2 years and 3 months.", "2 years and 3 months", 27.0, "months", "P2Y3M"),
    ("It took 2 years, 3 months.", "2 years, 3 months", 27.0, "months", "P2Y3M"),
    ("It took 2 years 3 months.", "2 years 3 months", 27.0, "months", "P2Y3M"),
    ("The delay was an hour and 45 minutes.", "an hour and 45 minutes", 105.0, "minutes", "PT1H45M"),
    ("It took 1 year, 2 days, 3 hours and 4 seconds.", "1 year, 2 days, 3 hours and 4 seconds", 31_719_604.0, "seconds", "P1Y2DT3H4S"),
    ("He ran a minute and 30 seconds.", "a minute and 30 seconds", 90.0, "seconds", "PT1M30S"),
    ("The talks took an hour and 30 seconds.", "an hour and 30 seconds", 3630.0, "seconds", "PT1H30S"),
    ("He served 1 year, 2 months and 3 days.", "1 year, 2 months and 3 days", 428.0, "days", "P1Y2M3D"),
    ("He served 2 decades, 3 years and 6 months.", "2 decades, 3 years and 6 months", 282.0, "months", "P23Y6M"),
    ("It took one week three days.", "one week three days", 10.0, "days", "P1W3D"),
    ("A decade and two years passed.", "A decade and two years", 12.0, "years", "P12Y"),
    ("It lasted 1 hour fifteen.", "1 hour fifteen", 75.0, "minutes", "PT1H15M"),
    ("It lasted 1 hour and fifteen.", "1 hour and fifteen", 75.0, "minutes", "PT1H15M"),
    ("It lasted 2 hours ten, he said.", "2 hours ten", 130.0, "minutes", "PT2H10M"),
    ("The record is 3 minutes 20.", "3 minutes 20", 200.0, "seconds", "PT3M20S"),
    ("The cabinet met for two hours and a half.", "two hours and a half", 2.5, "hours", "PT2.5H"),
    ("It took five and a half minutes.", "five and a half minutes", 5.5, "minutes", "PT5.5M"),
    ("It took one and a quarter hours.", "one and a quarter hours", 1.25, "hours", "PT1.25H"),
    ("It took one and three quarter hours.", "one and three quarter hours", 1.75, "hours", "PT1.75H"),
    ("It took two and quarter hours.", "two and quarter hours", 2.25, "hours", "PT2.25H"),
    ("It took five and half minutes.", "five and half minutes", 5.5, "minutes", "PT5.5M"),
    ("It took a month and a half.", "a month and a half", 1.5, "months", "P1.5M"),
    ("Wait 2 more minutes.", "2 more minutes", 2.0, "minutes", "PT2M"),
    ("He served three additional years.", "three additional years", 3.0, "years", "P3Y"),
    ("It shrank for 3 quarters.", "3 quarters", 3.0, "quarters", "P9M"),
    ("It shrank for three consecutive quarters.", "three consecutive quarters", 3.0, "quarters", "P9M"),
    ("It takes 1/2 h.", "1/2 h", 0.5, "hours", "PT0.5H"),
    ("It took 1 second.", "1 second", 1.0, "seconds", "PT1S"),
    ("He got a three-and-a-half-year sentence.", "three-and-a-half-year", 3.5, "years", "P3.5Y"),
];

#[test]
fn compound_durations_are_one_value_in_the_smallest_unit() {
    for (input, span, value, unit, iso) in CASES {
        let found = find_quantities(input);
        let q = found.iter().find(|q| &input[q.start..q.end] == *span);
        let q = q.unwrap_or_else(|| panic!("{input}: no {span:?} in {found:?}"));
        assert_eq!(q.kind, K::Duration, "{input}");
        assert!(
            (q.value.unwrap_or(f64::NAN) - value).abs() < 1e-9,
            "{input}: {q:?}"
        );
        assert_eq!(q.unit.as_deref(), Some(*unit), "{input}");
        assert_eq!(q.normalized.as_deref(), Some(*iso), "{input}");
    }
}

/// Bare numbers after a duration that are not its minutes or seconds.
#[rustfmt::skip]
const NOT_TAILS: &[(&str, &str)] = &[
    ("It lasted two hours and fifteen people died.", "two hours"),
    ("After 3 hours, 20 people had left.", "3 hours"),
    ("The trial took 2 years and 300 witnesses spoke.", "2 years"),
    ("They waited 2 days 5 times.", "2 days"),
];

/// Each input's first duration has exactly the span given.
fn first_durations(cases: &[(&str, &str)]) {
    for (input, span) in cases {
        let found = find_quantities(input);
        let first = found.iter().find(|q| q.kind == K::Duration);
        let got = first.map(|q| &input[q.start..q.end]);
        assert_eq!(got, Some(*span), "{input}: {found:?}");
    }
}

#[test]
fn a_number_that_counts_something_else_is_no_tail() {
    first_durations(NOT_TAILS);
}

/// Vague durations: a range with `approximate`, the ISO form of the low end.
#[rustfmt::skip]
const VAGUE: &[(&str, &str, f64, f64, &str)] = &[
    ("He ruled Belarus for decades.", "decades", 2.0, 9.0, "decades"),
    ("It has stood empty for years.", "years", 2.0, 9.0, "years"),
    ("Rescuers dug for hours.", "hours", 2.0, 9.0, "hours"),
    ("She was away for a couple of days.", "a couple of days", 2.0, 3.0, "days"),
    ("It will take a few weeks.", "a few weeks", 2.0, 5.0, "weeks"),
    ("The strike lasted several months.", "several months", 3.0, 9.0, "months"),
];

#[test]
fn vague_durations_have_an_upper_bound() {
    for (input, span, value, max, unit) in VAGUE {
        let found = find_quantities(input);
        let q = found.iter().find(|q| &input[q.start..q.end] == *span);
        let q = q.unwrap_or_else(|| panic!("{input}: no {span:?} in {found:?}"));
        assert_eq!(
            (q.value, q.value_max),
            (Some(*value), Some(*max)),
            "{input}"
        );
        assert_eq!(
            (q.unit.as_deref(), q.approximate),
            (Some(*unit), true),
            "{input}"
        );
    }
}

/// Lists and rates are no compound: (input, the first duration's span).
#[rustfmt::skip]
const NOT_COMPOUND: &[(&str, &str)] = &[
    ("It was processed in 52 days, 120 days faster.", "52 days"),
    ("They clocked 7.62secs and 7.63secs.", "7.62secs"),
    ("We have worked for 18 months, two years now.", "18 months"),
    ("I train six hours a day.", "six hours"),
    ("He plays 20 hours a week.", "20 hours"),
    ("It runs 24 hours per day.", "24 hours"),
];

#[test]
fn lists_and_rates_are_no_compound() {
    first_durations(NOT_COMPOUND);
}
