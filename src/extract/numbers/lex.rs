//! Byte-level tokenizer shared by the number and quantity recognizers.
//! Splits text into ASCII letter runs, ASCII digit runs and single other characters,
//! skipping whitespace; every token is a byte span on char boundaries.

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
}

/// Tokenizes `text`; one allocation for the whole text.
pub(crate) fn lex(text: &str) -> Vec<Tok> {
    let bytes = text.as_bytes();
    let mut toks = Vec::with_capacity(bytes.len() / 4 + 1);
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        let start = i;
        if b.is_ascii_alphabetic() {
            while i < bytes.len() && bytes[i].is_ascii_alphabetic() {
                i += 1;
            }
            toks.push(Tok {
                start,
                end: i,
                kind: Kind::Word,
            });
        } else if b.is_ascii_digit() {
            while i < bytes.len() && bytes[i].is_ascii_digit() {
                i += 1;
            }
            toks.push(Tok {
                start,
                end: i,
                kind: Kind::Num,
            });
        } else if b.is_ascii() {
            i += 1;
            if !b.is_ascii_whitespace() {
                toks.push(Tok {
                    start,
                    end: i,
                    kind: Kind::Sym(b as char),
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

/// Lower-cases a word token, borrowing the text when it is already lower-case and
/// copying into `buf` otherwise; returns "" for non-words and words longer than `buf`.
pub(crate) fn lower<'a>(text: &'a str, t: &Tok, buf: &'a mut [u8; 24]) -> &'a str {
    let src = &text.as_bytes()[t.start..t.end];
    if t.kind != Kind::Word || src.len() > buf.len() {
        return "";
    }
    if !src.iter().any(u8::is_ascii_uppercase) {
        return &text[t.start..t.end];
    }
    for (d, s) in buf.iter_mut().zip(src) {
        *d = s.to_ascii_lowercase();
    }
    std::str::from_utf8(&buf[..src.len()]).unwrap_or("")
}

/// Case-insensitive comparison of a token's text with an ASCII lower-case word.
pub(crate) fn is(text: &str, t: &Tok, word: &str) -> bool {
    t.kind == Kind::Word && text[t.start..t.end].eq_ignore_ascii_case(word)
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
        let s = "HUNDRED";
        let t = lex(s)[0];
        assert_eq!(lower(s, &t, &mut [0; 24]), "hundred");
        assert!(is(s, &t, "hundred"));
    }
}
