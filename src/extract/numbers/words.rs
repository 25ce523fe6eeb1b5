//! Vocabulary of English number words: cardinals, scales, ordinals and fraction
//! denominators, looked up from a lower-cased word without allocation.

/// One number word and how it combines with its neighbours.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) enum W {
    /// zero, nought, naught.
    Zero,
    /// one .. nine.
    Unit(f64),
    /// ten .. nineteen.
    Teen(f64),
    /// twenty .. ninety.
    Tens(f64),
    Hundred,
    /// thousand, million, lakh, crore ...
    Scale(f64),
    /// dozen(s) and its abbreviations.
    Dozen,
    /// An ordinal word; `plural` for denominators such as "fifths".
    Ord(Ord),
    And,
    /// The article "a"/"an", a number only before a scale or denominator.
    A,
    Point,
    Minus,
}

/// An ordinal word: its cardinal value and grammatical class.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) struct Ord {
    pub value: f64,
    pub class: OrdClass,
    pub plural: bool,
}

/// Which cardinal class an ordinal word corresponds to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum OrdClass {
    Unit,
    Teen,
    Tens,
    Hundred,
    Scale,
    /// "half"/"halves", "quarter(s)": denominators that are never ordinals.
    Part,
}

const UNITS: [&str; 9] = [
    "one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
];
const TEENS: [&str; 10] = [
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
];
const TENS: [&str; 8] = [
    "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety",
];
const UNIT_ORDS: [&str; 9] = [
    "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
];
const TEEN_ORDS: [&str; 10] = [
    "tenth",
    "eleventh",
    "twelfth",
    "thirteenth",
    "fourteenth",
    "fifteenth",
    "sixteenth",
    "seventeenth",
    "eighteenth",
    "nineteenth",
];
const TENS_ORDS: [&str; 8] = [
    "twentieth",
    "thirtieth",
    "fortieth",
    "fiftieth",
    "sixtieth",
    "seventieth",
    "eightieth",
    "ninetieth",
];

fn index_of(list: &[&str], w: &str) -> Option<f64> {
    list.iter().position(|x| *x == w).map(|p| p as f64)
}

/// Scale words and their value.
pub(crate) fn scale(w: &str) -> Option<f64> {
    Some(match w {
        "thousand" => 1e3,
        "million" | "mln" => 1e6,
        "billion" | "bln" => 1e9,
        "trillion" | "tln" => 1e12,
        "lakh" | "lac" | "lakhs" | "lacs" => 1e5,
        "crore" | "crores" | "koti" => 1e7,
        _ => return None,
    })
}

/// A plural scale after a number, as in "three billions" or "two millions".
fn plural_scale(w: &str) -> Option<f64> {
    match w {
        "thousands" | "millions" | "billions" | "trillions" => scale(&w[..w.len() - 1]),
        _ => None,
    }
}

/// A tens word and a unit written as one word: "twentyfive", "ninetyninth".
/// Returns the tens value, the unit word and the length of the tens part.
pub(crate) fn compound(w: &str) -> Option<(f64, W, usize)> {
    let (k, tens) = TENS.iter().enumerate().find(|(_, t)| w.starts_with(*t))?;
    let rest = &w[tens.len()..];
    let unit = match index_of(&UNITS, rest) {
        Some(v) => W::Unit(v + 1.0),
        None => match ordinal(rest)? {
            o if o.class == OrdClass::Unit && !o.plural => W::Ord(o),
            _ => return None,
        },
    };
    Some((k as f64 * 10.0 + 20.0, unit, tens.len()))
}

fn ordinal(w: &str) -> Option<Ord> {
    let (stem, plural) = match w.strip_suffix('s') {
        Some(s) if s != "second" && s != "minute" => (s, true),
        _ => (w, false),
    };
    let (value, class) = if let Some(v) = index_of(&UNIT_ORDS, stem) {
        (v + 1.0, OrdClass::Unit)
    } else if let Some(v) = index_of(&TEEN_ORDS, stem) {
        (v + 10.0, OrdClass::Teen)
    } else if let Some(v) = index_of(&TENS_ORDS, stem) {
        (v * 10.0 + 20.0, OrdClass::Tens)
    } else if stem == "nineth" {
        (9.0, OrdClass::Unit)
    } else if stem == "hundredth" {
        (100.0, OrdClass::Hundred)
    } else if let Some(v) = stem.strip_suffix("th").and_then(scale) {
        (v, OrdClass::Scale)
    } else if stem == "half" || w == "halves" {
        (2.0, OrdClass::Part)
    } else if stem == "quarter" {
        (4.0, OrdClass::Part)
    } else {
        return None;
    };
    Some(Ord {
        value,
        class,
        plural: plural || w == "halves",
    })
}

const OTHER: [&str; 41] = [
    "nil",
    "koti",
    "lacs",
    "billions",
    "thousand",
    "million",
    "mln",
    "billion",
    "bln",
    "trillion",
    "tln",
    "lakh",
    "lac",
    "lakhs",
    "crore",
    "crores",
    "zero",
    "nought",
    "naught",
    "hundred",
    "hundreds",
    "dozen",
    "dozens",
    "dz",
    "dzs",
    "doz",
    "dozs",
    "and",
    "a",
    "an",
    "point",
    "minus",
    "negative",
    "nineth",
    "hundredth",
    "half",
    "halves",
    "quarter",
    "thousandth",
    "millionth",
    "billionth",
];

/// For each first letter, a bit per word length present in the vocabulary: a cheap
/// filter that rejects most ordinary words before any string comparison.
static MASK: std::sync::LazyLock<[u32; 26]> = std::sync::LazyLock::new(|| {
    let mut mask = [0u32; 26];
    let lists: [&[&str]; 7] = [
        &UNITS, &TEENS, &TENS, &UNIT_ORDS, &TEEN_ORDS, &TENS_ORDS, &OTHER,
    ];
    let mut set = |w: &str| {
        let b = w.as_bytes();
        let i = usize::from(b[0] - b'a');
        mask[i] |= 1 << b.len().min(31);
        mask[i] |= 1 << (b.len() + 1).min(31);
    };
    for w in lists
        .iter()
        .flat_map(|l| l.iter())
        .chain(["trillionth", "lakhth", "croreth", "trillions"].iter())
    {
        set(w);
    }
    mask
});

/// Every word of the vocabulary (ordinals and scales without their plural or "th").
pub(crate) fn vocabulary() -> impl Iterator<Item = &'static str> {
    let lists: [&'static [&'static str]; 7] = [
        &UNITS, &TEENS, &TENS, &UNIT_ORDS, &TEEN_ORDS, &TENS_ORDS, &OTHER,
    ];
    lists.into_iter().flatten().copied()
}

/// Every one-word compound of a tens word and a unit ("twentyone", "twentyfirst").
pub(crate) fn compounds() -> impl Iterator<Item = String> {
    TENS.iter().flat_map(|t| {
        UNITS
            .iter()
            .chain(UNIT_ORDS.iter())
            .map(move |u| format!("{t}{u}"))
    })
}

/// Whether a word with this first letter (any case) and length can be a number word.
pub(crate) fn maybe(first: u8, len: usize) -> bool {
    let first = first.to_ascii_lowercase();
    first.is_ascii_lowercase() && len <= 16 && MASK[usize::from(first - b'a')] & (1 << len) != 0
}

/// Looks up a lower-cased word.
pub(crate) fn word(w: &str) -> Option<W> {
    if !maybe(*w.as_bytes().first()?, w.len()) || w == "the" {
        return None;
    }
    match w {
        "a" | "an" => return Some(W::A),
        "and" => return Some(W::And),
        _ => {}
    }
    if let Some(v) = index_of(&UNITS, w) {
        return Some(W::Unit(v + 1.0));
    }
    if let Some(v) = index_of(&TEENS, w) {
        return Some(W::Teen(v + 10.0));
    }
    if let Some(v) = index_of(&TENS, w) {
        return Some(W::Tens(v * 10.0 + 20.0));
    }
    if let Some(v) = scale(w).or_else(|| plural_scale(w)) {
        return Some(W::Scale(v));
    }
    Some(match w {
        "zero" | "nought" | "naught" | "nil" => W::Zero,
        "hundred" | "hundreds" => W::Hundred,
        "dozen" | "dozens" | "dz" | "dzs" | "doz" | "dozs" => W::Dozen,
        "and" => W::And,
        "a" | "an" => W::A,
        "point" => W::Point,
        "minus" | "negative" => W::Minus,
        _ => return ordinal(w).map(W::Ord),
    })
}

/// Value of a glued or spaced scale suffix such as "bn" in "3.5bn"; `case` is the raw text.
pub(crate) fn suffix_scale(raw: &str) -> Option<f64> {
    Some(match raw {
        "k" | "K" => 1e3,
        "M" | "MM" | "mn" | "mln" | "mil" | "Mn" => 1e6,
        "b" | "B" | "bn" | "Bn" | "BN" | "bln" | "G" => 1e9,
        "tn" | "trn" | "tln" | "Tn" => 1e12,
        "cr" | "Cr" => 1e7,
        _ => return None,
    })
}

#[cfg(test)]
#[path = "words_tests.rs"]
mod tests;
