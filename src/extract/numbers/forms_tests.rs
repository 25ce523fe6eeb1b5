//! Table-driven tests of the number forms news writes (issue 11): vague amounts, spoken
//! decimals and digit groups, plural and Indian scales, case, one-word and dashed ordinals,
//! suffixes before punctuation, reference marks and a standalone minus.

use super::find_numbers;

/// The number whose span is `span` in `input`: (value, value_max, approximate, ordinal).
fn number(input: &str, span: &str) -> Option<(f64, Option<f64>, bool, bool)> {
    let found = find_numbers(input);
    let n = found.iter().find(|n| &input[n.start..n.end] == span)?;
    Some((n.value, n.value_max, n.approximate, n.ordinal))
}

fn check(cases: &[(&str, &str, f64, Option<f64>)], ordinal: bool) {
    for (input, span, value, max) in cases {
        let got = number(input, span);
        let Some((v, m, approximate, ord)) = got else {
            panic!("{input}: no {span:?} in {:?}", find_numbers(input));
        };
        assert!(
            (v - value).abs() < 1e-9 * value.abs().max(1.0),
            "{input}: {v}"
        );
        assert_eq!((m, ord), (*max, ordinal), "{input}");
        assert_eq!(approximate, max.is_some(), "{input}");
    }
}

#[rustfmt::skip]
const VAGUE: &[(&str, &str, f64, Option<f64>)] = &[
    ("A few people stayed.", "A few", 2.0, Some(5.0)),
    ("A couple of men were hurt.", "A couple", 2.0, Some(3.0)),
    ("A couple hundred fans sang.", "A couple hundred", 200.0, Some(300.0)),
    ("A handful of votes changed.", "A handful", 3.0, Some(7.0)),
    ("Dozens of houses burned.", "Dozens", 24.0, Some(99.0)),
    ("Hundreds of cars queued.", "Hundreds", 200.0, Some(999.0)),
    ("Several dozen boats sailed.", "Several dozen", 36.0, Some(108.0)),
    ("He bought a pair of shoes.", "a pair", 2.0, None),
    ("Not a single vote was cast.", "a single", 1.0, None),
];

#[test]
fn vague_amounts_are_ranges_and_article_amounts_exact() {
    check(VAGUE, false);
}

/// Words that look like amounts but count nothing here.
#[rustfmt::skip]
const NOT_AMOUNTS: &[&str] = &[
    "A couple from Leeds won.",
    "She released a single in May.",
    "The pair met in 2001.",
    "At this point 2 men left.",
    "Point 5 of the plan was dropped.",
];

#[test]
fn article_phrases_without_a_count_are_no_numbers() {
    for input in NOT_AMOUNTS {
        let found: Vec<_> = find_numbers(input)
            .into_iter()
            .filter(|n| n.value < 2.0)
            .collect();
        assert!(found.is_empty(), "{input}: {found:?}");
    }
}

#[rustfmt::skip]
const SPOKEN: &[(&str, &str, f64, Option<f64>)] = &[
    ("It fell to point 77 on Monday.", "point 77", 0.77, None),
    ("The index was 1 point 1 higher.", "1 point 1", 1.1, None),
    ("It rose 1 point 05 overnight.", "1 point 05", 1.05, None),
    ("Some two point two million people voted.", "two point two million", 2.2e6, None),
    ("It cost one point five billion.", "one point five billion", 1.5e9, None),
    ("Investors lost three billions.", "three billions", 3e9, None),
    ("It had two millions of them.", "two millions", 2e6, None),
    ("The bakery sold two hundred dozens.", "two hundred dozens", 2400.0, None),
    ("They sold three thousand dozen eggs.", "three thousand dozen", 36000.0, None),
    ("Flight one twenty two landed.", "one twenty two", 122.0, None),
    ("Route three sixteen was closed.", "three sixteen", 316.0, None),
    ("It was built in nineteen eighty four.", "nineteen eighty four", 1984.0, None),
    ("It is due in twenty thirty.", "twenty thirty", 2030.0, None),
    ("The score was nil.", "nil", 0.0, None),
    ("FIVE PEOPLE HURT", "FIVE", 5.0, None),
    ("Twenty Three men were held.", "Twenty Three", 23.0, None),
    ("ONE HUNDRED AND TWENTY protesters", "ONE HUNDRED AND TWENTY", 120.0, None),
    ("Thirtyfive people came.", "Thirtyfive", 35.0, None),
    ("Twenty—five people came.", "Twenty—five", 25.0, None),
];

#[test]
fn spoken_numbers_are_read_whole() {
    check(SPOKEN, false);
}

/// Spoken groups stop where a word is hyphened to a noun.
#[rustfmt::skip]
const NOT_GROUPS: &[(&str, &str, f64)] = &[
    ("There were three ten-minute breaks.", "three", 3.0),
    ("Two twenty-year-olds were held.", "Two", 2.0),
    ("One in twenty adults smoke.", "One in twenty", 0.05),
];

#[test]
fn a_word_hyphened_to_a_noun_starts_no_spoken_group() {
    let cases: Vec<_> = NOT_GROUPS
        .iter()
        .map(|&(i, s, v)| (i, s, v, None))
        .collect();
    check(&cases, false);
}

#[rustfmt::skip]
const INDIAN: &[(&str, &str, f64, Option<f64>)] = &[
    ("In all 30 lakh people registered.", "30 lakh", 3e6, None),
    ("It has three hundred crore users.", "three hundred crore", 3e9, None),
    ("Police said 5 lac farmers marched.", "5 lac", 5e5, None),
    ("In all 12 lakhs forms came in.", "12 lakhs", 1.2e6, None),
    ("Over 4 lacs people came.", "4 lacs", 4e5, None),
    ("The firm raised 20 cr last year.", "20 cr", 2e8, None),
    ("The firm raised 20cr last year.", "20cr", 2e8, None),
    ("There are two koti residents.", "two koti", 2e7, None),
    ("In all 2.5 crore voters took part.", "2.5 crore", 2.5e7, None),
    ("It cost 12,34,567 in all.", "12,34,567", 1_234_567.0, None),
];

#[test]
fn indian_english_numbering() {
    check(INDIAN, false);
}

#[rustfmt::skip]
const ORDINALS: &[(&str, &str, f64, Option<f64>)] = &[
    ("She came twentyfifth.", "twentyfifth", 25.0, None),
    ("She came twenty-fifth.", "twenty-fifth", 25.0, None),
    ("She came twenty—fifth.", "twenty—fifth", 25.0, None),
    ("It was the ninetyninth try.", "ninetyninth", 99.0, None),
    ("He is seeking a third term.", "third", 3.0, None),
    ("They won a fifth consecutive title.", "fifth", 5.0, None),
    ("It is the 1,000th customer.", "1,000th", 1000.0, None),
    ("It came 21st, behind Leeds.", "21st", 21.0, None),
];

#[test]
fn ordinals_in_one_word_or_dashed() {
    check(ORDINALS, true);
}

/// "a" and an ordinal that stand as a noun phrase are a fraction.
#[rustfmt::skip]
const FRACTIONS: &[(&str, &str, f64, Option<f64>)] = &[
    ("Prices fell by a third this year.", "a third", 1.0 / 3.0, None),
    ("A third said they would vote.", "A third", 1.0 / 3.0, None),
    ("It is a fifth of the total.", "a fifth", 0.2, None),
    ("Sales fell by a quarter.", "a quarter", 0.25, None),
    ("It is one twenty-fifth of the total.", "one twenty-fifth", 0.04, None),
];

#[test]
fn an_article_and_an_ordinal_alone_are_a_fraction() {
    check(FRACTIONS, false);
}

#[rustfmt::skip]
const DIGITS: &[(&str, &str, f64, Option<f64>)] = &[
    ("It cost 9.7bn, officials said.", "9.7bn", 9.7e9, None),
    ("It cost 1.97bn; the rest was saved.", "1.97bn", 1.97e9, None),
    ("Spending (3tn) rose.", "3tn", 3e12, None),
    ("They raised 10k!", "10k", 1e4, None),
    ("We still need to cover 20million people.", "20million", 2e7, None),
    ("- 1,200,000", "- 1,200,000", -1.2e6, None),
    ("Net change: - 1,200,000", "- 1,200,000", -1.2e6, None),
    ("It changed by -1,200,000.", "-1,200,000", -1.2e6, None),
];

#[test]
fn digits_with_suffixes_and_signs() {
    check(DIGITS, false);
}

/// Reference marks and spaced dashes are no numbers (or no minus).
#[rustfmt::skip]
const NOT_SIGNED: &[(&str, &[f64])] = &[
    ("The claim seems wrong.[186][187] It was denied.", &[]),
    ("As reported[3], it fell.", &[]),
    ("The rise - 17 - was small.", &[17.0]),
    ("- 10 people died", &[10.0]),
];

#[test]
fn reference_marks_and_dashes() {
    for (input, want) in NOT_SIGNED {
        let got: Vec<f64> = find_numbers(input).iter().map(|n| n.value).collect();
        assert_eq!(&got, want, "{input}");
    }
}
