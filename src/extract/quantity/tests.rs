//! Table-driven tests of `find_quantities` and `parse_date` on news-like sentences.

use super::{QuantityKind as K, find_quantities, parse_date};

/// (input, span text, kind, value, value_max, unit, normalized)
type Case = (
    &'static str,
    &'static str,
    K,
    Option<f64>,
    Option<f64>,
    Option<&'static str>,
    Option<&'static str>,
);

const CASES: &[Case] = &[
    (
        "Profits rose to $1.5 million last year.",
        "$1.5 million",
        K::Money,
        Some(1.5e6),
        None,
        Some("USD"),
        None,
    ),
    (
        "The club paid £2m for him.",
        "£2m",
        K::Money,
        Some(2e6),
        None,
        Some("GBP"),
        None,
    ),
    (
        "Sales hit 3.5bn euros.",
        "3.5bn euros",
        K::Money,
        Some(3.5e9),
        None,
        Some("EUR"),
        None,
    ),
    (
        "A fine of €500 was imposed.",
        "€500",
        K::Money,
        Some(500.0),
        None,
        Some("EUR"),
        None,
    ),
    (
        "It raised US$ 40 million.",
        "US$ 40 million",
        K::Money,
        Some(4e7),
        None,
        Some("USD"),
        None,
    ),
    (
        "He owed twenty dollars.",
        "twenty dollars",
        K::Money,
        Some(20.0),
        None,
        Some("USD"),
        None,
    ),
    (
        "Shares fell 50 cents.",
        "50 cents",
        K::Money,
        Some(0.5),
        None,
        Some("USD"),
        None,
    ),
    (
        "Inflation hit 12%.",
        "12%",
        K::Percent,
        Some(12.0),
        None,
        Some("%"),
        None,
    ),
    (
        "Unemployment was 12 per cent.",
        "12 per cent",
        K::Percent,
        Some(12.0),
        None,
        Some("%"),
        None,
    ),
    (
        "Support fell twelve percent.",
        "twelve percent",
        K::Percent,
        Some(12.0),
        None,
        Some("%"),
        None,
    ),
    (
        "Only a small percent attain the top ranks.",
        "percent",
        K::Percent,
        None,
        None,
        Some("%"),
        None,
    ),
    (
        "The table shows the % of increase.",
        "%",
        K::Percent,
        None,
        None,
        Some("%"),
        None,
    ),
    (
        "How do I calculate a percentage?",
        "percentage",
        K::Percent,
        None,
        None,
        Some("%"),
        None,
    ),
    (
        "The gap narrowed by percentage points, not by whole points.",
        "percentage points",
        K::Percent,
        None,
        None,
        Some("pp"),
        None,
    ),
    (
        "Labour's lead is 4 percentage points.",
        "4 percentage points",
        K::Percent,
        Some(4.0),
        None,
        Some("pp"),
        None,
    ),
    (
        "He said it was per cent of 210.",
        "per cent of 210",
        K::Percent,
        Some(210.0),
        None,
        Some("%"),
        None,
    ),
    (
        "He was jailed for ten years.",
        "ten years",
        K::Duration,
        Some(10.0),
        None,
        Some("years"),
        Some("P10Y"),
    ),
    (
        "He got an eleven-year sentence.",
        "eleven-year",
        K::Duration,
        Some(11.0),
        None,
        Some("years"),
        Some("P11Y"),
    ),
    (
        "Talks lasted 36 hours.",
        "36 hours",
        K::Duration,
        Some(36.0),
        None,
        Some("hours"),
        Some("PT36H"),
    ),
    (
        "The feud has run for decades.",
        "decades",
        K::Duration,
        Some(2.0),
        Some(9.0),
        Some("decades"),
        Some("P20Y"),
    ),
    (
        "It took half an hour.",
        "half an hour",
        K::Duration,
        Some(0.5),
        None,
        Some("hours"),
        Some("PT0.5H"),
    ),
    (
        "The trial opened on December 14, 2025.",
        "December 14, 2025",
        K::Date,
        None,
        None,
        None,
        Some("2025-12-14"),
    ),
    (
        "Born 14 December 2025 in Leeds.",
        "14 December 2025",
        K::Date,
        None,
        None,
        None,
        Some("2025-12-14"),
    ),
    (
        "Filed on 2025-12-14 by police.",
        "2025-12-14",
        K::Date,
        None,
        None,
        None,
        Some("2025-12-14"),
    ),
    (
        "Signed Dec. 14, 2025 in Paris.",
        "Dec. 14, 2025",
        K::Date,
        None,
        None,
        None,
        Some("2025-12-14"),
    ),
    (
        "Published 02/22/2016 online.",
        "02/22/2016",
        K::Date,
        None,
        None,
        None,
        Some("2016-02-22"),
    ),
    (
        "Elections due in May 2026.",
        "May 2026",
        K::Date,
        None,
        None,
        None,
        Some("2026-05"),
    ),
    (
        "Elected in 2019, she resigned.",
        "2019",
        K::Date,
        None,
        None,
        None,
        Some("2019"),
    ),
    (
        "It happened on Friday.",
        "Friday",
        K::Date,
        None,
        None,
        None,
        Some("XXXX-WXX-5"),
    ),
    (
        "Between 10 and 20 people were hurt.",
        "Between 10 and 20",
        K::Range,
        Some(10.0),
        Some(20.0),
        None,
        None,
    ),
    (
        "Some 10-20 homes were lost.",
        "10-20",
        K::Range,
        Some(10.0),
        Some(20.0),
        None,
        None,
    ),
    (
        "Prices rose 10-20% this year.",
        "10-20%",
        K::Percent,
        Some(10.0),
        Some(20.0),
        Some("%"),
        None,
    ),
    (
        "A man, aged 45, was arrested.",
        "aged 45",
        K::Age,
        Some(45.0),
        None,
        Some("years"),
        None,
    ),
    (
        "A 45-year-old woman died.",
        "45-year-old",
        K::Age,
        Some(45.0),
        None,
        Some("years"),
        None,
    ),
    (
        "The boy is five years old.",
        "five years old",
        K::Age,
        Some(5.0),
        None,
        Some("years"),
        None,
    ),
    (
        "The 29km road was shut.",
        "29km",
        K::Dimension,
        Some(29.0),
        None,
        Some("km"),
        None,
    ),
    (
        "They walked six miles.",
        "six miles",
        K::Dimension,
        Some(6.0),
        None,
        Some("miles"),
        None,
    ),
    (
        "A six-mile queue formed.",
        "six-mile",
        K::Dimension,
        Some(6.0),
        None,
        Some("miles"),
        None,
    ),
    (
        "Police seized 3kg of cocaine.",
        "3kg",
        K::Dimension,
        Some(3.0),
        None,
        Some("kg"),
        None,
    ),
    (
        "Ukraine’s army lost 40,000 men — officials said.",
        "40,000",
        K::Number,
        Some(40000.0),
        None,
        None,
        None,
    ),
    (
        "It was the third time “in a row”.",
        "third",
        K::Ordinal,
        Some(3.0),
        None,
        None,
        None,
    ),
];

#[test]
fn finds_quantities_in_news_sentences() {
    for (input, span, kind, value, max, unit, norm) in CASES {
        let found = find_quantities(input);
        let q = found.iter().find(|q| &input[q.start..q.end] == *span);
        let q = q.unwrap_or_else(|| panic!("{input}: no {span:?} in {found:?}"));
        assert_eq!(q.kind, *kind, "{input}");
        assert_eq!((q.value, q.value_max), (*value, *max), "{input}");
        assert_eq!(q.unit.as_deref(), *unit, "{input}");
        assert_eq!(q.normalized.as_deref(), *norm, "{input}");
    }
}

#[test]
fn avoids_false_positives() {
    let cases: &[&str] = &[
        "One of the men left.",
        "A man was seen at 10:30.",
        "COVID-19 spread.",
        "Call 020-7946-0958 today.",
        "He lives at No. 5.",
        "Ukraine’s — “defence” — held.",
    ];
    for input in cases {
        let found = find_quantities(input);
        let numbers: Vec<_> = found.iter().filter(|q| q.kind != K::Date).collect();
        assert!(numbers.is_empty(), "{input}: {found:?}");
    }
}

#[test]
fn percent_signs_only_stand_alone_between_spaces() {
    let cases: &[(&str, &[&str])] = &[
        ("See https://www.test.com/search?q=30%25%2020% now.", &[]),
        ("Inflation hit 12% and 12 percent.", &["12%", "12 percent"]),
        ("It fell twenty-two per cent.", &["twenty-two per cent"]),
        ("Rates (%) are shown.", &[]),
    ];
    for (input, want) in cases {
        let found = find_quantities(input);
        let percents: Vec<&str> = found
            .iter()
            .filter(|q| q.kind == K::Percent)
            .map(|q| &input[q.start..q.end])
            .collect();
        assert_eq!(percents, *want, "{input}");
    }
}

#[test]
fn spans_are_on_char_boundaries() {
    let input = "“Ten” years — 🦠 — cost £3m, ’twas 12 % of ½ the 3rd “budget”.";
    for q in find_quantities(input) {
        assert!(
            input.is_char_boundary(q.start) && input.is_char_boundary(q.end),
            "{q:?}"
        );
    }
}

#[test]
fn parses_datelines() {
    let cases: &[(&str, Option<&str>)] = &[
        ("December 14, 2025", Some("2025-12-14")),
        ("14 December 2025", Some("2025-12-14")),
        ("2025-12-14", Some("2025-12-14")),
        ("Dec. 14, 2025", Some("2025-12-14")),
        ("December 2025", Some("2025-12")),
        ("not a date", None),
    ];
    for (input, want) in cases {
        assert_eq!(parse_date(input).as_deref(), *want, "{input}");
    }
}

#[test]
fn kind_names_are_snake_case() {
    assert_eq!(K::Dimension.as_str(), "dimension");
    assert_eq!(
        serde_json::to_string(&K::Money).ok().as_deref(),
        Some("\"money\"")
    );
}

#[test]
fn long_texts_read_in_blocks_give_the_same_quantities() {
    use super::{BLOCK, block_end, find_in_block};
    let paragraph = "Über 1.200 Menschen — about 1,200 people — marched on 14 December 2025, \
                     police said.\nThe fine was $4.5m, up 12% in three years.";
    for newline in ["\n\n", "\r\n\r\n", "\n \n"] {
        let text = [paragraph; 2000].join(newline);
        assert!(text.len() > 3 * BLOCK);
        assert_eq!(find_quantities(&text), find_in_block(&text), "{newline:?}");
        let end = block_end(&text, 0);
        assert!(
            text.is_char_boundary(end) && end >= BLOCK,
            "{newline:?} {end}"
        );
    }
    // A single paragraph, however long, stays one block.
    let one = "é 12 people. ".repeat(BLOCK / 4);
    assert_eq!(block_end(&one, 0), one.len());
}
