//! Byte-level tokenizer shared by the number and quantity recognizers.
//! Splits text into ASCII letter runs, ASCII digit runs and single other characters,
//! skipping whitespace; every token is a byte span on char boundaries, and every word
//! carries its class bits from `keys`.

use super::keys;
use crate::extract::ascii_run::letters_end;

/// What a token is made of.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Kind {
    /// A run of ASCII letters.
    Word,
    /// A run of ASCII digits.
    Num,
    /// Any other single non-whitespace character.
    Sym(char),
}

/// One token: `text[start..end]`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Tok {
    pub start: usize,
    pub end: usize,
    pub kind: Kind,
    /// Class bits of a word (`keys::NUM`, `keys::DAY`, ...); 0 for other tokens.
    pub cls: u8,
}

impl Tok {
    pub fn is_sym(&self, c: char) -> bool {
        self.kind == Kind::Sym(c)
    }
    pub fn is_word(&self) -> bool {
        self.kind == Kind::Word
    }
    pub fn is_num(&self) -> bool {
        self.kind == Kind::Num
    }
    /// A word that may be a number word or start a vague amount.
    pub fn maybe_number(&self) -> bool {
        self.cls & keys::NUM != 0
    }
    /// A word at which a word-led quantity pattern may start.
    pub fn maybe_key(&self) -> bool {
        self.cls & keys::KEY != 0
    }
    /// The word may be in one of the `keys` classes (`bit`).
    pub fn maybe(&self, bit: u8) -> bool {
        self.cls & bit != 0
    }
}

/// Tokenizes `text`; one allocation for the whole text.
pub(crate) fn lex(text: &str) -> Vec<Tok> {
    let bytes = text.as_bytes();
    let table = &*keys::TABLE;
    let mut toks = Vec::with_capacity(bytes.len() / 4 + 1);
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        let start = i;
        if b == b' ' {
            // The most common byte after letters: skip it before any other test.
            i += 1;
        } else if b.is_ascii_alphabetic() {
            i = letters_end(bytes, i);
            toks.push(Tok {
                start,
                end: i,
                kind: Kind::Word,
                cls: if i - start <= 16 {
                    keys::class(table, &bytes[start..i])
                } else {
                    0
                },
            });
        } else if b.is_ascii_digit() {
            while i < bytes.len() && bytes[i].is_ascii_digit() {
                i += 1;
            }
            toks.push(Tok {
                start,
                end: i,
                kind: Kind::Num,
                cls: 0,
            });
        } else if b.is_ascii() {
            i += 1;
            if !b.is_ascii_whitespace() {
                toks.push(Tok {
                    start,
                    end: i,
                    kind: Kind::Sym(b as char),
                    cls: 0,
                });
            }
        } else {
            let c = text[i..].chars().next().unwrap_or(' ');
            i += c.len_utf8();
            if !c.is_whitespace() {
                toks.push(Tok {
                    start,
                    end: i,
                    kind: Kind::Sym(c),
                    cls: 0,
                });
            }
        }
    }
    toks
}

/// True when no whitespace separates the two tokens.
pub(crate) fn adjacent(a: &Tok, b: &Tok) -> bool {
    a.end == b.start
}

/// The gap between two tokens is only spaces/tabs (no newline), at most `max` bytes.
pub(crate) fn spaced(text: &str, a: &Tok, b: &Tok, max: usize) -> bool {
    let gap = &text[a.end..b.start];
    !gap.is_empty() && gap.len() <= max && !gap.contains('\n')
}

/// The text with an ASCII-lower-cased copy beside it: same byte offsets, so any token's
/// lower-case form is a slice, made once per text instead of once per look-up.
/// Derefs to the original text.
pub(crate) struct Src<'a> {
    raw: &'a str,
    low: String,
}

impl<'a> Src<'a> {
    pub fn new(raw: &'a str) -> Self {
        Src {
            raw,
            low: raw.to_ascii_lowercase(),
        }
    }

    /// The whole text lower-cased (ASCII only), at the same byte offsets.
    pub fn low(&self) -> &str {
        &self.low
    }
}

impl std::ops::Deref for Src<'_> {
    type Target = str;
    fn deref(&self) -> &str {
        self.raw
    }
}

/// A word token lower-cased; "" for non-words and words longer than 24 bytes.
pub(crate) fn lower<'a>(text: &'a Src, t: &Tok) -> &'a str {
    if t.kind != Kind::Word || t.end - t.start > 24 {
        return "";
    }
    &text.low[t.start..t.end]
}

/// Case-insensitive comparison of a token's text with an ASCII lower-case word.
pub(crate) fn is(text: &Src, t: &Tok, word: &str) -> bool {
    t.kind == Kind::Word && &text.low[t.start..t.end] == word
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(s: &str) -> Vec<&str> {
        lex(s).iter().map(|t| &s[t.start..t.end]).collect()
    }

    #[test]
    fn splits_letters_digits_and_symbols() {
        let cases: &[(&str, &[&str])] = &[
            ("$1.5bn", &["$", "1", ".", "5", "bn"]),
            ("Ukraine’s 3rd", &["Ukraine", "’", "s", "3", "rd"]),
            ("a — b", &["a", "—", "b"]),
            ("COVID-19 🦠", &["COVID", "-", "19", "🦠"]),
        ];
        for (input, want) in cases {
            assert_eq!(&texts(input), want, "{input}");
        }
    }

    #[test]
    fn lower_cases_words() {
        let s = Src::new("HUNDRED");
        let t = lex(&s)[0];
        assert_eq!(lower(&s, &t), "hundred");
        assert!(is(&s, &t, "hundred"));
    }
}
