//! Word tokens with byte spans, the unit the claim rules match on. A word is a run of letters
//! and digits, joined across an inner apostrophe, hyphen or full stop ("Bialiatski’s",
//! "high-profile", "U.S").

use super::ascii_run::alnum_end;
use super::sentences::Sentence;

/// One word: `text[start..end]`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Word {
    pub start: usize,
    pub end: usize,
}

impl Word {
    pub fn str<'a>(&self, text: &'a str) -> &'a str {
        &text[self.start..self.end]
    }

    /// The word without a possessive ending ("Bialiatski’s" -> "Bialiatski").
    pub fn base<'a>(&self, text: &'a str) -> &'a str {
        let word = self.str(text);
        // Most words end in none of them: one byte rules them out ('’' ends in 0x99).
        if !matches!(word.as_bytes().last(), Some(b's' | b'\'' | 0x99)) {
            return word;
        }
        ["’s", "'s", "’", "'"]
            .iter()
            .find_map(|end| word.strip_suffix(end))
            .unwrap_or(word)
    }

    /// Starts with a capital letter and has a lower-case letter ("Belarus", not "US" or "a").
    pub fn is_capitalized(&self, text: &str) -> bool {
        let word = self.str(text);
        word.chars().next().is_some_and(char::is_uppercase) && word.chars().any(char::is_lowercase)
    }

    /// Equal to `other`, ignoring ASCII case. Inlined, as is `is_any`: callers pass constant
    /// words, whose lengths then rule most words out without a call.
    #[inline]
    pub fn is(&self, text: &str, other: &str) -> bool {
        // Lengths first: most comparisons fail there, before any slicing.
        self.end - self.start == other.len()
            && text.as_bytes()[self.start..self.end].eq_ignore_ascii_case(other.as_bytes())
    }

    /// Equal to one of `others`, ignoring ASCII case.
    #[inline]
    pub fn is_any(&self, text: &str, others: &[&str]) -> bool {
        others.iter().any(|o| self.is(text, o))
    }
}

/// The words of every sentence of a text, stored flat (one allocation, not one per
/// sentence): `words[s]` is the slice of sentence `s`'s words.
pub struct SentenceWords {
    words: Vec<Word>,
    /// Where each sentence's words begin in `words`, plus the end of the last.
    starts: Vec<usize>,
}

impl SentenceWords {
    pub fn new(text: &str, sentences: &[Sentence]) -> SentenceWords {
        let mut words = Vec::with_capacity(text.len() / 6);
        let mut starts = Vec::with_capacity(sentences.len() + 1);
        for s in sentences {
            starts.push(words.len());
            push_words(text, s.start, s.end, &mut words);
        }
        starts.push(words.len());
        SentenceWords { words, starts }
    }

    /// The position of word `i` of sentence `s` among all the text's words.
    #[inline]
    pub fn flat(&self, s: usize, i: usize) -> usize {
        self.starts[s] + i
    }

    /// How many words the text has.
    pub fn total(&self) -> usize {
        self.words.len()
    }

    /// Each sentence's words, in order.
    pub fn iter(&self) -> impl Iterator<Item = &[Word]> {
        self.starts.windows(2).map(|w| &self.words[w[0]..w[1]])
    }
}

impl std::ops::Index<usize> for SentenceWords {
    type Output = [Word];
    fn index(&self, s: usize) -> &[Word] {
        &self.words[self.starts[s]..self.starts[s + 1]]
    }
}

/// The words of `text[from..to]`, with spans into `text`.
pub fn words(text: &str, from: usize, to: usize) -> Vec<Word> {
    let mut out = Vec::with_capacity((to - from) / 5);
    push_words(text, from, to, &mut out);
    out
}

/// Appends the words of `text[from..to]` to `out`.
fn push_words(text: &str, from: usize, to: usize, out: &mut Vec<Word>) {
    let bytes = text.as_bytes();
    let mut i = from;
    while i < to {
        let (c, len) = char_at(text, i);
        if !c.is_alphanumeric() {
            i += len;
            continue;
        }
        let start = i;
        i += len;
        loop {
            // Most of a word is ASCII letters and digits: skip them eight at a time.
            i = alnum_end(&bytes[..to], i);
            if i >= to {
                break;
            }
            let (c, len) = char_at(text, i);
            let joins = || {
                matches!(c, '’' | '\'' | '-' | '.' | '‑')
                    && i + len < to
                    && char_at(text, i + len).0.is_alphanumeric()
            };
            if !(c.is_alphanumeric() || joins()) {
                break;
            }
            i += len;
        }
        out.push(Word { start, end: i });
    }
}

/// The char at byte `i` and its length, with a fast path for ASCII.
#[inline(always)]
fn char_at(s: &str, i: usize) -> (char, usize) {
    match s.as_bytes()[i] {
        b if b.is_ascii() => (char::from(b), 1),
        _ => s[i..]
            .chars()
            .next()
            .map_or(('\u{FFFD}', 1), |c| (c, c.len_utf8())),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tokenizes_news_words() {
        let cases: &[(&str, &[&str])] = &[
            (
                "A total of 123 prisoners.",
                &["A", "total", "of", "123", "prisoners"],
            ),
            (
                "Bialiatski’s crime? High-profile.",
                &["Bialiatski’s", "crime", "High-profile"],
            ),
            (
                "the U.S. and “Europe’s last dictator,”",
                &["the", "U.S", "and", "Europe’s", "last", "dictator"],
            ),
            (
                "1,000 people, 2.5 tonnes",
                &["1", "000", "people", "2.5", "tonnes"],
            ),
            ("— it’s", &["it’s"]),
        ];
        for (text, expected) in cases {
            let got: Vec<&str> = words(text, 0, text.len())
                .iter()
                .map(|w| w.str(text))
                .collect();
            assert_eq!(got, *expected, "tokenizing {text:?}");
        }
    }

    #[test]
    fn base_strips_possessives() {
        let text = "Bialiatski’s Jones' Smith's";
        let got: Vec<&str> = words(text, 0, text.len())
            .iter()
            .map(|w| w.base(text))
            .collect();
        assert_eq!(got, ["Bialiatski", "Jones", "Smith"]);
    }
}
