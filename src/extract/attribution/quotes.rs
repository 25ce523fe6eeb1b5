//! Direct quotes as news writes them: curly or straight double marks, or curly single marks
//! in headlines (‘paying heavily’), spanning sentences; a paragraph that leaves a quote open
//! continues it into the next paragraph when that one opens with a quote mark.

/// A quoted passage `text[start..end]`, marks included; a quote never closed ends with its
/// paragraph.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Quote {
    pub start: usize,
    pub end: usize,
}

const OPEN: char = '“';
const CLOSE: char = '”';
const OPEN_SINGLE: char = '‘';
const CLOSE_SINGLE: char = '’';

/// Every quoted passage in `text`, in order.
pub fn find(text: &str) -> Vec<Quote> {
    let bytes = text.as_bytes();
    let mut scan = Scan::default();
    for i in marks(bytes) {
        if Some(i) == scan.continues {
            continue;
        }
        let c = match bytes[i] {
            b'\n' => '\n',
            b'"' | b'\'' => '"',
            b'`' => OPEN,
            _ => match text.get(i..i + 3).and_then(|t| t.chars().next()) {
                Some(c @ (OPEN | CLOSE | OPEN_SINGLE | CLOSE_SINGLE)) => c,
                _ => continue,
            },
        };
        scan.mark(text, i, c);
    }
    if let Some(o) = scan.open {
        let end = text.trim_end().len().max(o + 1);
        scan.out.push(Quote { start: o, end });
    }
    scan.out.sort_unstable_by_key(|q| q.start);
    scan.out
}

/// The state of the walk over the marks: the double and single quotes open, and the mark
/// that continues a quote into a new paragraph (not a new quote).
#[derive(Default)]
struct Scan {
    out: Vec<Quote>,
    open: Option<usize>,
    single: Option<usize>,
    continues: Option<usize>,
}

impl Scan {
    /// Takes the mark `c` at byte `i`.
    fn mark(&mut self, text: &str, i: usize, c: char) {
        match c {
            '\n' => self.line_break(text, i),
            OPEN => self.open = Some(i),
            '"' if self.open.is_some() && opens_quote(text, i) => {
                // "... of it. "We want": a straight mark that opens while one is open, so the
                // one before was never closed; it ends where this one starts.
                if let Some(o) = self.open.replace(i) {
                    let end = text[..i].trim_end().len().max(o + 1);
                    self.out.push(Quote { start: o, end });
                }
            }
            CLOSE | '"' if self.open.is_some() => {
                if let Some(o) = self.open.take() {
                    let end = i + mark_len(text.as_bytes(), i);
                    self.out.push(Quote { start: o, end });
                }
                self.single = None;
            }
            '"' => self.open = Some(i),
            OPEN_SINGLE if self.open.is_none() && opens_word(text, i + 3) => self.single = Some(i),
            CLOSE_SINGLE if self.open.is_none() && !opens_word(text, i + 3) => {
                if let Some(o) = self.single.take() {
                    self.out.push(Quote {
                        start: o,
                        end: i + 3,
                    });
                }
            }
            _ => {}
        }
    }

    /// A line break: single quotes end; an open double quote runs on, or ends with its
    /// paragraph.
    fn line_break(&mut self, text: &str, i: usize) {
        self.single = None;
        let Some(o) = self.open else { return };
        match paragraph_end(text, i) {
            Break::Continues(mark) => self.continues = Some(mark),
            Break::Wraps => {}
            Break::Ends(end) => {
                self.out.push(Quote { start: o, end });
                self.open = None;
            }
        }
    }
}

/// Where a quote mark may stand: straight and curly marks, line breaks, and the typewriter
/// pairs "''" and "``" (old newswire text writes quotes so), in order.
fn marks(bytes: &[u8]) -> impl Iterator<Item = usize> + '_ {
    let mut main = memchr::memchr3_iter(b'"', 0xE2, b'\n', bytes).peekable();
    let typed =
        memchr::memmem::find_iter(bytes, b"''").chain(memchr::memmem::find_iter(bytes, b"``"));
    let mut typed: Vec<usize> = if bytes.contains(&b'\'') || bytes.contains(&b'`') {
        typed.collect()
    } else {
        Vec::new()
    };
    typed.sort_unstable();
    let mut typed = typed.into_iter().peekable();
    std::iter::from_fn(move || match (main.peek(), typed.peek()) {
        (Some(m), Some(t)) if t < m => typed.next(),
        (Some(_), _) => main.next(),
        (None, _) => typed.next(),
    })
}

/// The length of the quote mark at byte `i`.
fn mark_len(bytes: &[u8], i: usize) -> usize {
    match bytes[i] {
        b'"' => 1,
        b'\'' | b'`' => 2,
        _ => 3,
    }
}

/// Whether the straight mark at byte `i` faces forward: after a space or the start of a line,
/// before a letter or digit (`"We`), as only an opening mark does.
fn opens_quote(text: &str, i: usize) -> bool {
    let before = text[..i].chars().next_back();
    let spaced = before.is_none_or(|c| c.is_whitespace() || matches!(c, '(' | '[' | '—'));
    spaced && opens_word(text, i + mark_len(text.as_bytes(), i))
}

/// Whether a letter or digit starts at byte `at`.
fn opens_word(text: &str, at: usize) -> bool {
    text.get(at..)
        .and_then(|t| t.chars().next())
        .is_some_and(char::is_alphanumeric)
}

/// What a line break at byte `at` does to an open quote.
enum Break {
    /// The next paragraph opens with a quote mark at this byte: the quote runs on.
    Continues(usize),
    /// A hard-wrapped line of the same paragraph.
    Wraps,
    /// The paragraph, and the quote, end at this byte.
    Ends(usize),
}

fn paragraph_end(text: &str, at: usize) -> Break {
    let before = text[..at].trim_end();
    let rest = &text[at..];
    let next = rest.trim_start();
    let mark = at + (rest.len() - next.len());
    match next.chars().next() {
        Some(OPEN | '"' | '`') => Break::Continues(mark),
        Some('\'') if next.starts_with("''") => Break::Continues(mark),
        Some(c) if c.is_lowercase() && !rest[1..].starts_with(['\n', '\r']) => {
            let last = before.chars().last();
            if last.is_some_and(|l| l.is_alphanumeric() || l == ',') {
                Break::Wraps
            } else {
                Break::Ends(before.len())
            }
        }
        _ => Break::Ends(before.len()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn quoted(text: &str) -> Vec<&str> {
        find(text).iter().map(|q| &text[q.start..q.end]).collect()
    }

    #[test]
    fn finds_quotes_as_news_writes_them() {
        let cases: &[(&str, &[&str])] = &[
            ("He said: “We won.”", &["“We won.”"]),
            (
                "“We won. We will win again,” he said.",
                &["“We won. We will win again,”"],
            ),
            ("She said \"no\" twice.", &["\"no\""]),
            ("“One,” he said, “two.”", &["“One,”", "“two.”"]),
            (
                "“First part.\n\n“Second part.”\n\nAfter.",
                &["“First part.\n\n“Second part.”"],
            ),
            (
                "\"First part.\n\"Second part.\"\nAfter.",
                &["\"First part.\n\"Second part.\""],
            ),
            ("“Never closed.\n\nNext paragraph.", &["“Never closed."]),
            (
                "Trump says Sweden is ‘paying heavily’ now",
                &["‘paying heavily’"],
            ),
            ("Lukashenko’s regime and the players’ union", &[]),
            ("“a wrapped\nline,” he said.", &["“a wrapped\nline,”"]),
            ("“Outer ‘inner’ words.”", &["“Outer ‘inner’ words.”"]),
            ("''We won,'' he said.", &["''We won,''"]),
            ("``We won,'' he said.", &["``We won,''"]),
            ("He didn't say so.", &[]),
            (
                "\"Gone. \"We stay,\" he said.",
                &["\"Gone.", "\"We stay,\""],
            ),
            ("No quotes at all.", &[]),
        ];
        for (text, expected) in cases {
            assert_eq!(quoted(text), *expected, "quotes in {text:?}");
        }
    }
}
