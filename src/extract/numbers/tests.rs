//! Table-driven tests of `find_numbers` and `parse_number` on news-like sentences.

use super::*;

/// (input, expected (span text, value, value_max, approximate, ordinal) of every number)
type Case = (
    &'static str,
    &'static [(&'static str, f64, Option<f64>, bool, bool)],
);

const CASES: &[Case] = &[
    (
        "Police said 1,234 people attended.",
        &[("1,234", 1234.0, None, false, false)],
    ),
    (
        "Turnout was 67.5 points higher.",
        &[("67.5", 67.5, None, false, false)],
    ),
    (
        "He was jailed for ten years.",
        &[("ten", 10.0, None, false, false)],
    ),
    (
        "Eleven men were charged.",
        &[("Eleven", 11.0, None, false, false)],
    ),
    (
        "It cost one hundred and twenty-three pounds.",
        &[("one hundred and twenty-three", 123.0, None, false, false)],
    ),
    (
        "A dozen eggs broke.",
        &[("A dozen", 12.0, None, false, false)],
    ),
    (
        "The deal is worth 1.5 million.",
        &[("1.5 million", 1.5e6, None, false, false)],
    ),
    (
        "Profits hit 3.5bn last year.",
        &[("3.5bn", 3.5e9, None, false, false)],
    ),
    (
        "Temperatures fell to -5 overnight.",
        &[("-5", -5.0, None, false, false)],
    ),
    (
        "It came third in the 21st race.",
        &[
            ("third", 3.0, None, false, true),
            ("21st", 21.0, None, false, true),
        ],
    ),
    (
        "A few dozen protesters gathered.",
        &[("A few dozen", 24.0, Some(60.0), true, false)],
    ),
    (
        "Hundreds of homes flooded.",
        &[("Hundreds", 200.0, Some(999.0), true, false)],
    ),
    (
        "Tens of thousands marched.",
        &[("Tens of thousands", 20000.0, Some(99999.0), true, false)],
    ),
    (
        "Several officers were hurt.",
        &[("Several", 3.0, Some(9.0), true, false)],
    ),
    ("About 50 people died.", &[("50", 50.0, None, true, false)]),
    (
        "Two thirds of voters agreed.",
        &[("Two thirds", 2.0 / 3.0, None, false, false)],
    ),
    (
        "One in five adults smoke.",
        &[("One in five", 0.2, None, false, false)],
    ),
    ("He was one of the victims.", &[]),
    ("A man was arrested.", &[]),
    ("The No. 5 bus.", &[]),
    ("We met at 10:30 on the day.", &[]),
    ("COVID-19 cases rose.", &[("", 0.0, None, false, false); 0]),
    ("Call +44-20-7946-0958 now.", &[]),
    (
        "Ukraine’s army — 40,000 strong — held.",
        &[("40,000", 40000.0, None, false, false)],
    ),
    ("The 🚀 took 3 days.", &[("3", 3.0, None, false, false)]),
    (
        "It was five and a half million.",
        &[("five and a half million", 5.5e6, None, false, false)],
    ),
    ("The 180ml bottle.", &[]),
];

#[test]
fn finds_numbers_in_news_sentences() {
    for (input, want) in CASES {
        let got = find_numbers(input);
        let got: Vec<_> = got
            .iter()
            .map(|n| {
                (
                    &input[n.start..n.end],
                    n.value,
                    n.value_max,
                    n.approximate,
                    n.ordinal,
                )
            })
            .collect();
        assert_eq!(got.len(), want.len(), "{input}: {got:?}");
        for (g, w) in got.iter().zip(want.iter()) {
            assert_eq!(g.0, w.0, "{input}");
            assert!((g.1 - w.1).abs() < 1e-9, "{input}: {g:?}");
            assert_eq!((g.2, g.3, g.4), (w.2, w.3, w.4), "{input}");
        }
    }
}

#[test]
fn parses_whole_strings() {
    let cases: &[(&str, Option<f64>)] = &[
        ("one hundred and twenty-three", Some(123.0)),
        ("1.5 million", Some(1.5e6)),
        ("ten", Some(10.0)),
        ("a dozen", Some(12.0)),
        ("1,234.5", Some(1234.5)),
        ("twenty-one", Some(21.0)),
        ("ten people", None),
        ("", None),
    ];
    for (input, want) in cases {
        assert_eq!(parse_number(input), *want, "{input}");
    }
}
