//! Numbers in running text (temporary minimal version until the numbers branch lands).

/// One number in running text.
#[derive(Debug, Clone, PartialEq)]
pub struct Number {
    pub start: usize,
    pub end: usize,
    pub value: f64,
    pub value_max: Option<f64>,
    pub approximate: bool,
    pub ordinal: bool,
}

const WORDS: &[(&str, f64)] = &[
    ("one", 1.0),
    ("two", 2.0),
    ("three", 3.0),
    ("four", 4.0),
    ("five", 5.0),
    ("six", 6.0),
    ("seven", 7.0),
    ("eight", 8.0),
    ("nine", 9.0),
    ("ten", 10.0),
    ("eleven", 11.0),
    ("twelve", 12.0),
];

/// Parses one number.
pub fn parse_number(s: &str) -> Option<f64> {
    let lower = s.to_lowercase();
    WORDS
        .iter()
        .find(|(w, _)| *w == lower)
        .map(|(_, v)| *v)
        .or_else(|| lower.replace(',', "").parse().ok())
}

/// All numbers in running text.
pub fn find_numbers(text: &str) -> Vec<Number> {
    let mut out = Vec::new();
    for w in crate::extract::words::words(text, 0, text.len()) {
        let s = w.str(text);
        if s.eq_ignore_ascii_case("few")
            && text[..w.start].ends_with("a ")
            && text[w.end..].starts_with(" dozen")
        {
            out.push(Number {
                start: w.start - 2,
                end: w.end + 6,
                value: 24.0,
                value_max: Some(60.0),
                approximate: true,
                ordinal: false,
            });
            continue;
        }
        if let Some(value) = parse_number(s) {
            out.push(Number {
                start: w.start,
                end: w.end,
                value,
                value_max: None,
                approximate: false,
                ordinal: false,
            });
        }
    }
    out
}
