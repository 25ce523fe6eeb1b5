//! Seeded random texts through the whole extractor: no panic, and every span on char
//! boundaries inside its text, whatever mix of digits, quotes, capitals and multi-byte
//! punctuation comes in.

use super::article::analyse;
use super::quantity::find_quantities;

/// Pieces that exercise the rules: numbers, number words, units, quotes, names, dates.
const PIECES: &[&str] = &[
    "The",
    "He",
    "she",
    "Mr",
    "Ales Bialiatski",
    "Maria",
    "Kolesnikova",
    "freed",
    "released",
    "was",
    "not",
    "won",
    "Nobel Peace Prize",
    "laureate",
    "prison",
    "for",
    "ten",
    "years",
    "123",
    "1,000",
    "3.5bn",
    "£2m",
    "$",
    "12%",
    "per cent",
    "a few dozen",
    "hundreds",
    "of",
    "the",
    "prisoners",
    "December",
    "14,",
    "2025",
    "Monday",
    "“",
    "”",
    "\"",
    "’s",
    "said",
    "told",
    "—",
    "…",
    ".",
    ",",
    "?",
    "!",
    "\n",
    "\n\n",
    " ",
    "No.",
    "U.S.",
    "😀",
    "Ünï",
    "-",
    "(",
    ")",
    "between",
    "and",
    "to",
    "ago",
    "last",
    "week",
    "aged",
    "45",
    "km",
    "1/2",
];

/// A small xorshift generator: deterministic, no dependency.
struct Rng(u64);

impl Rng {
    fn next(&mut self, below: usize) -> usize {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        (self.0 % below as u64) as usize
    }
}

fn random_text(rng: &mut Rng) -> String {
    let len = rng.next(40);
    let mut text = String::new();
    for _ in 0..len {
        text.push_str(PIECES[rng.next(PIECES.len())]);
        if rng.next(3) > 0 {
            text.push(' ');
        }
    }
    text
}

#[test]
fn random_texts_never_panic_and_spans_stay_on_char_boundaries() {
    let mut rng = Rng(0x9e37_79b9_7f4a_7c15);
    for _ in 0..3_000 {
        let text = random_text(&mut rng);
        let analysis = analyse(&text);
        for s in analysis.sentences.iter().map(|s| s.span) {
            assert!(s.start <= s.end && s.end <= text.len(), "{text:?}");
            assert!(
                text.is_char_boundary(s.start) && text.is_char_boundary(s.end),
                "{text:?}"
            );
        }
        for c in &analysis.claims {
            assert!(c.start < c.end && c.end <= text.len(), "{text:?} {c:?}");
            assert!(
                text.is_char_boundary(c.start) && text.is_char_boundary(c.end),
                "{text:?}"
            );
        }
        for q in find_quantities(&text) {
            assert!(q.start < q.end && q.end <= text.len(), "{text:?} {q:?}");
            assert!(
                text.is_char_boundary(q.start) && text.is_char_boundary(q.end),
                "{text:?}"
            );
        }
    }
}
