//! Relative ordinals ("last", "next", "previous", "penultimate", "second to last"):
//! positions relative to the current item or the end of a list. Kept apart from
//! `find_numbers` because "last year" and "next week" are not numbers in news text.

use super::lex::{Src, Tok, lex, lower};

/// What a relative ordinal counts from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Anchor {
    Current,
    End,
}

/// "penultimate" is `End` with offset -1; "next" is `Current` with offset +1.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RelativeOrdinal {
    pub start: usize,
    pub end: usize,
    pub anchor: Anchor,
    pub offset: i32,
}

const PATTERNS: &[(&[&str], Anchor, i32)] = &[
    (
        &["the", "one", "before", "the", "last", "one"],
        Anchor::End,
        -1,
    ),
    (&["the", "one", "before", "the", "last"], Anchor::End, -1),
    (&["the", "last", "but", "one"], Anchor::End, -1),
    (&["the", "second", "to", "last"], Anchor::End, -1),
    (&["second", "to", "last"], Anchor::End, -1),
    (&["next", "to", "last"], Anchor::End, -1),
    (&["antepenultimate"], Anchor::End, -2),
    (&["penultimate"], Anchor::End, -1),
    (&["last"], Anchor::End, 0),
    (&["next", "one"], Anchor::Current, 1),
    (&["previous", "one"], Anchor::Current, -1),
    (&["current", "one"], Anchor::Current, 0),
    (&["next"], Anchor::Current, 1),
    (&["previous"], Anchor::Current, -1),
    (&["current"], Anchor::Current, 0),
];

fn matches_at(text: &Src, toks: &[Tok], i: usize, words: &[&str]) -> bool {
    words
        .iter()
        .enumerate()
        .all(|(k, w)| toks.get(i + k).is_some_and(|t| lower(text, t) == *w))
}

/// All relative ordinals, sorted and non-overlapping.
pub fn find_relative_ordinals(text: &str) -> Vec<RelativeOrdinal> {
    let text = &Src::new(text);
    let toks = lex(text);
    let mut out = Vec::new();
    let mut i = 0;
    while i < toks.len() {
        let found = PATTERNS
            .iter()
            .find(|(words, _, _)| matches_at(text, &toks, i, words));
        match found {
            Some((words, anchor, offset)) => {
                let end = toks[i + words.len() - 1].end;
                out.push(RelativeOrdinal {
                    start: toks[i].start,
                    end,
                    anchor: *anchor,
                    offset: *offset,
                });
                i += words.len();
            }
            None => i += 1,
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_relative_ordinals() {
        let cases: &[(&str, &str, Anchor, i32)] = &[
            ("show the penultimate page", "penultimate", Anchor::End, -1),
            (
                "the second to last race",
                "the second to last",
                Anchor::End,
                -1,
            ),
            ("the next one please", "next one", Anchor::Current, 1),
            ("delete the last line", "last", Anchor::End, 0),
        ];
        for (input, span, anchor, offset) in cases {
            let got = find_relative_ordinals(input);
            assert_eq!(got.len(), 1, "{input}");
            assert_eq!(&input[got[0].start..got[0].end], *span, "{input}");
            assert_eq!(
                (got[0].anchor, got[0].offset),
                (*anchor, *offset),
                "{input}"
            );
        }
    }
}
