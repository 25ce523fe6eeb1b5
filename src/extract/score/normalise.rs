//! Sentence normalisation before feature hashing: lower case, digits as `0`, quote and dash
//! variants folded, tokens (word runs or single punctuation marks) separated by one space.
//! ASCII takes a byte path; other characters the general one, with the same result.

/// Lower-cases, maps digits to `0`, folds quote and dash variants, and separates tokens (word
/// runs, or single punctuation marks) by one space, with a space at each end.
pub fn normalise(sentence: &str) -> String {
    let mut out = String::with_capacity(sentence.len() + 2);
    normalise_into(sentence, &mut out);
    out
}

/// [`normalise`] appending to `out`, so a caller can reuse one buffer. ASCII letters go up to
/// eight at a time, other ASCII bytes through a table; any other character takes the general
/// path (same output).
pub fn normalise_into(sentence: &str, out: &mut String) {
    let mut o = Out::new(std::mem::take(out), 3 * sentence.len() + 2);
    o.byte(b' ');
    let b = sentence.as_bytes();
    let mut in_word = false;
    let mut i = 0;
    while let Some(&c) = b.get(i) {
        if let Some((lower, len)) = letter_run(b, i) {
            o.run(lower, len);
            i += len;
            in_word = true;
            continue;
        }
        if !c.is_ascii() {
            i = push_char(sentence, i, &mut in_word, &mut o);
            continue;
        }
        i += 1;
        match ASCII[usize::from(c)] {
            SPACE => {
                if in_word {
                    o.byte(b' ');
                }
                in_word = false;
            }
            QUOTE if in_word && next_is_alphanumeric(sentence, i) => o.byte(b'\''),
            t @ (QUOTE | MARK) => {
                if in_word {
                    o.byte(b' ');
                }
                o.byte(if t == QUOTE { b'\'' } else { c });
                o.byte(b' ');
                in_word = false;
            }
            t => {
                o.byte(t);
                in_word = true;
            }
        }
    }
    if in_word {
        o.byte(b' ');
    }
    *out = o.finish();
}

/// The output being written: bytes up to `len` of a buffer kept at least 8 bytes longer, so
/// a run of letters is one 8-byte store and a byte is one store (no capacity check per push).
struct Out {
    buf: Vec<u8>,
    len: usize,
}

impl Out {
    /// Appends to `text`, with room made for `more` bytes.
    fn new(text: String, more: usize) -> Out {
        let mut buf = text.into_bytes();
        let len = buf.len();
        buf.resize(len + more + 8, 0);
        Out { buf, len }
    }

    #[inline(always)]
    fn room(&mut self) {
        if self.buf.len() < self.len + 8 {
            self.buf.resize(self.len + 64, 0);
        }
    }

    #[inline(always)]
    fn byte(&mut self, b: u8) {
        self.room();
        self.buf[self.len] = b;
        self.len += 1;
    }

    /// Keeps the first `n` of `bytes`.
    #[inline(always)]
    fn run(&mut self, bytes: [u8; 8], n: usize) {
        self.room();
        self.buf[self.len..self.len + 8].copy_from_slice(&bytes);
        self.len += n;
    }

    fn char(&mut self, c: char) {
        for &b in c.encode_utf8(&mut [0; 4]).as_bytes() {
            self.byte(b);
        }
    }

    /// The text written. Only whole characters were written, so the check always passes.
    fn finish(mut self) -> String {
        self.buf.truncate(self.len);
        String::from_utf8(self.buf)
            .unwrap_or_else(|e| String::from_utf8_lossy(e.as_bytes()).into_owned())
    }
}

const HIGHS: u64 = 0x8080_8080_8080_8080;

/// The ASCII letters that open `b[at..at + 8]`, lower-cased (as the table maps them), and how
/// many there are; `None` if fewer than 8 bytes are left or the first is no letter. Per byte,
/// without carries between bytes: `x` is the byte with bit 5 set and bit 7 clear, and the byte
/// is a letter when it is ASCII and `0x61 <= x <= 0x7a`.
#[inline(always)]
fn letter_run(b: &[u8], at: usize) -> Option<([u8; 8], usize)> {
    let w = u64::from_le_bytes(b.get(at..at + 8)?.try_into().ok()?);
    let x = (w | 0x2020_2020_2020_2020) & !HIGHS;
    let from_a = x + 0x1f1f_1f1f_1f1f_1f1f;
    let past_z = x + 0x0505_0505_0505_0505;
    let letters = from_a & !past_z & !w & HIGHS;
    let len = ((!letters & HIGHS).trailing_zeros() / 8) as usize;
    (len > 0).then_some((x.to_le_bytes(), len))
}

/// Classes of an ASCII byte in [`ASCII`]; any other entry is the byte a letter or digit
/// becomes (lower case, or `0`).
const SPACE: u8 = 0;
const MARK: u8 = 1;
const QUOTE: u8 = 2;

static ASCII: [u8; 128] = ascii_table();

const fn ascii_table() -> [u8; 128] {
    let mut t = [MARK; 128];
    let mut i = 0;
    while i < 128 {
        let c = i as u8;
        t[i] = if c.is_ascii_digit() {
            b'0'
        } else if c.is_ascii_alphabetic() {
            c.to_ascii_lowercase()
        } else if matches!(c, b' ' | b'\t' | b'\n' | 0x0b | 0x0c | b'\r') {
            SPACE
        } else if matches!(c, b'\'' | b'`') {
            QUOTE
        } else {
            MARK
        };
        i += 1;
    }
    t
}

/// The general path for the (non-ASCII) character at byte `at`; returns the next offset.
fn push_char(sentence: &str, at: usize, in_word: &mut bool, out: &mut Out) -> usize {
    let raw = sentence[at..].chars().next().unwrap_or(' ');
    let next = at + raw.len_utf8();
    let c = fold(raw);
    let apostrophe = c == '\'' && *in_word && next_is_alphanumeric(sentence, next);
    if c.is_alphanumeric() || apostrophe {
        if c.is_numeric() {
            out.byte(b'0');
        } else {
            c.to_lowercase().for_each(|l| out.char(l));
        }
        *in_word = true;
        return next;
    }
    if *in_word {
        out.byte(b' ');
        *in_word = false;
    }
    if !c.is_whitespace() {
        out.char(c);
        out.byte(b' ');
    }
    next
}

fn next_is_alphanumeric(s: &str, at: usize) -> bool {
    match s.as_bytes().get(at) {
        Some(b) if b.is_ascii() => b.is_ascii_alphanumeric(),
        Some(_) => s[at..].chars().next().is_some_and(char::is_alphanumeric),
        None => false,
    }
}

fn fold(c: char) -> char {
    match c {
        '\u{2018}' | '\u{2019}' | '\u{02bc}' | '`' => '\'',
        '\u{201c}' | '\u{201d}' | '\u{201e}' | '\u{00ab}' | '\u{00bb}' => '"',
        '\u{2013}' | '\u{2014}' => '-',
        _ => c,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The rule one character at a time (the feature v3 code), for the byte path to match.
    fn reference(sentence: &str) -> String {
        let mut out = String::from(" ");
        let mut chars = sentence.chars().peekable();
        let mut in_word = false;
        while let Some(c) = chars.next() {
            let c = fold(c);
            let next_alnum = chars.peek().is_some_and(|n| n.is_alphanumeric());
            if c.is_alphanumeric() || (c == '\'' && in_word && next_alnum) {
                if c.is_numeric() {
                    out.push('0');
                } else {
                    out.extend(c.to_lowercase());
                }
                in_word = true;
                continue;
            }
            if in_word {
                out.push(' ');
                in_word = false;
            }
            if !c.is_whitespace() {
                out.push(c);
                out.push(' ');
            }
        }
        if in_word {
            out.push(' ');
        }
        out
    }

    #[test]
    fn byte_path_matches_the_char_rule() {
        let mut all_ascii: String = (0u8..128).map(char::from).collect();
        all_ascii.push_str(" a'b a' 'a x`y ÉA'É é'x ½'1 1'½ \u{1c}\u{1f}\u{a0}\u{85}x");
        for s in [
            all_ascii.as_str(),
            "A total of 123 political prisoners were let out of jail.",
            "It’s “brilliant”—isn’t it? ¿Qué? ½ ﬁ İstanbul ΣΑΣ 😀",
            "INTERNATIONALISATION@[`{ abcdefghijklmnopqrstuvwxyzABCDEFGH Zz9Aa'bcdefgh naïveté",
            "",
        ] {
            assert_eq!(normalise(s), reference(s), "{s:?}");
        }
    }

    #[test]
    fn normalise_cases() {
        let cases = [
            ("It’s brilliant.", " it's brilliant . "),
            ("We lost 700,000 jobs!", " we lost 000 , 000 jobs ! "),
            ("“Never give up.”", " \" never give up . \" "),
            ("GDP—up 2.5%", " gdp - up 0 . 0 % "),
            ("  ", " "),
            (
                "rock`n'roll o'Éire l'été ÀB½",
                " rock'n'roll o'éire l'été àb0 ",
            ),
            ("a '\tb' c\u{b}d\u{85}e", " a ' b ' c d e "),
        ];
        for (input, want) in cases {
            assert_eq!(normalise(input), want, "{input:?}");
        }
    }
}
