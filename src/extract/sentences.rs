//! Sentence segmentation with byte offsets. A sentence ends at `.`, `!`, `?` or `…` (plus any
//! closing quotes or brackets) before white space and a capital, digit or opening quote, unless
//! the full stop belongs to an abbreviation, an initial or a dotted acronym. Line breaks end
//! sentences too (headings carry no full stop), except inside a hard-wrapped paragraph.

use std::sync::LazyLock;

use super::word_table::WordSet;

/// One sentence: `text[start..end]`, trimmed of surrounding white space.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Sentence {
    pub start: usize,
    pub end: usize,
}

/// Titles and other abbreviations after which a full stop never ends a sentence.
const ALWAYS_ABBREV: &[&str] = &[
    "mr", "mrs", "ms", "dr", "prof", "sen", "rep", "gov", "gen", "col", "lt", "sgt", "capt",
    "cmdr", "adm", "st", "rev", "hon", "messrs", "mt", "ft", "vs", "v", "approx", "dept", "fig",
    "figs", "vol", "pp", "cf", "al", "ave", "blvd", "rd", "e.g", "i.e",
];

/// Abbreviations that end a sentence unless a number follows ("No. 5", "Jan. 14").
const BEFORE_NUMBER: &[&str] = &[
    "no", "nos", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov",
    "dec", "p", "art", "sec", "ch", "para", "tel", "ext", "op",
];

/// Splits `text` into sentences, in order, never empty.
pub fn split(text: &str) -> Vec<Sentence> {
    let mut out = Vec::new();
    let mut para_start = 0;
    let lines: Vec<(usize, &str)> = line_spans(text);
    for (i, &(start, line)) in lines.iter().enumerate() {
        let joins_next = lines
            .get(i + 1)
            .is_some_and(|&(_, next)| wraps_into(line, next));
        if i == 0 || !wraps_into(lines[i - 1].1, line) {
            para_start = start;
        }
        if !joins_next {
            split_block(text, para_start, start + line.len(), &mut out);
        }
    }
    out
}

/// Each line with its byte offset, without the line break.
fn line_spans(text: &str) -> Vec<(usize, &str)> {
    let mut spans = Vec::new();
    let mut start = 0;
    for line in text.split_inclusive('\n') {
        let body = line.trim_end_matches(['\n', '\r']);
        spans.push((start, body));
        start += line.len();
    }
    spans
}

/// A hard-wrapped paragraph: the line runs on mid-sentence into a line that starts lower-case.
fn wraps_into(line: &str, next: &str) -> bool {
    let last = line.trim_end().chars().last();
    let first = next.trim_start().chars().next();
    matches!(last, Some(c) if c.is_alphanumeric() || c == ',' || c == ';')
        && matches!(first, Some(c) if c.is_lowercase())
}

/// Splits one paragraph `text[from..to]` at sentence ends.
fn split_block(text: &str, from: usize, to: usize, out: &mut Vec<Sentence>) {
    let block = &text[from..to];
    let bytes = block.as_bytes();
    let mut start = 0;
    let mut at = 0;
    for i in marks(bytes) {
        if i < at {
            continue;
        }
        let Some(mark) = block[i..].chars().next() else {
            continue;
        };
        let closing = block[i + mark.len_utf8()..].chars().take_while(|c| {
            matches!(
                c,
                '.' | '!' | '?' | '”' | '’' | '"' | '\'' | ')' | ']' | '»'
            )
        });
        let end = i + mark.len_utf8() + closing.map(char::len_utf8).sum::<usize>();
        at = end;
        if is_boundary(block, start, i, mark, end) {
            push_trimmed(from, &block[start..end], start, out);
            start = end;
        }
    }
    push_trimmed(from, &block[start..], start, out);
}

/// Byte offsets of `.`, `!`, `?` and `…` in `bytes`, in order (memchr's vectorised search).
fn marks(bytes: &[u8]) -> impl Iterator<Item = usize> + '_ {
    let mut ascii = memchr::memchr3_iter(b'.', b'!', b'?', bytes).peekable();
    let mut ellipses = memchr::memmem::find_iter(bytes, "…".as_bytes()).peekable();
    std::iter::from_fn(move || match (ascii.peek(), ellipses.peek()) {
        (Some(a), Some(e)) if e < a => ellipses.next(),
        (Some(_), _) => ascii.next(),
        (None, _) => ellipses.next(),
    })
}

fn push_trimmed(base: usize, piece: &str, offset: usize, out: &mut Vec<Sentence>) {
    let trimmed = piece.trim_start();
    let lead = piece.len() - trimmed.len();
    let trimmed = trimmed.trim_end();
    if !trimmed.is_empty() {
        let start = base + offset + lead;
        out.push(Sentence {
            start,
            end: start + trimmed.len(),
        });
    }
}

/// Whether the punctuation `mark` at `block[at]` (extended to `end`) closes a sentence.
fn is_boundary(block: &str, sentence_start: usize, at: usize, mark: char, end: usize) -> bool {
    let rest = &block[end..];
    let after = rest.trim_start();
    if after.len() == rest.len() || after.is_empty() {
        // No white space after it (a decimal, a URL, "U.S.-led") or the end of the block.
        return false;
    }
    let Some(next) = after.chars().next() else {
        return false;
    };
    let opens = matches!(next, '“' | '"' | '‘' | '\'' | '(' | '[' | '«' | '—' | '-');
    if !(next.is_uppercase() || next.is_ascii_digit() || opens) {
        return false;
    }
    if mark != '.' || end > at + 1 {
        return true;
    }
    let word = word_before(&block[sentence_start..at]);
    !is_abbreviation(word, next)
}

/// The word that ends right at a full stop ("U.S" in "the U.S.").
fn word_before(before: &str) -> &str {
    let start = before
        .rfind(|c: char| c.is_whitespace() || matches!(c, '(' | '“' | '"' | '‘'))
        .map_or(0, |i| {
            i + before[i..].chars().next().map_or(1, char::len_utf8)
        });
    &before[start..]
}

static ALWAYS_ABBREV_SET: LazyLock<WordSet> = LazyLock::new(|| WordSet::of(ALWAYS_ABBREV));
static BEFORE_NUMBER_SET: LazyLock<WordSet> = LazyLock::new(|| WordSet::of(BEFORE_NUMBER));

fn is_abbreviation(word: &str, next: char) -> bool {
    if ALWAYS_ABBREV_SET.contains(word) {
        return true;
    }
    let mut chars = word.chars();
    let single_initial =
        matches!((chars.next(), chars.next()), (Some(c), None) if c.is_uppercase());
    // An initial ("Gonzalo P. Curiel") before the abbreviations of a number ("p. 5").
    if single_initial {
        return true;
    }
    if BEFORE_NUMBER_SET.contains(word) {
        return next.is_ascii_digit();
    }
    // Dotted acronyms: "U.S. Senate" runs on; "a.m. He left" ends.
    word.contains('.') && word.chars().next().is_some_and(char::is_uppercase)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(text: &str) -> Vec<&str> {
        split(text).iter().map(|s| &text[s.start..s.end]).collect()
    }

    #[test]
    fn splits_news_text() {
        let cases: &[(&str, &[&str])] = &[
            ("One. Two.", &["One.", "Two."]),
            (
                "Mr. Smith left. He came back.",
                &["Mr. Smith left.", "He came back."],
            ),
            (
                "The U.S. Senate voted. It passed.",
                &["The U.S. Senate voted.", "It passed."],
            ),
            ("Dr. Jones met Gen. Lee.", &["Dr. Jones met Gen. Lee."]),
            (
                "The judge, Gonzalo P. Curiel, ruled. See p. 5.",
                &["The judge, Gonzalo P. Curiel, ruled.", "See p. 5."],
            ),
            (
                "Growth was 2.5 percent. Prices rose.",
                &["Growth was 2.5 percent.", "Prices rose."],
            ),
            (
                "He lives at No. 5 Main St. in town.",
                &["He lives at No. 5 Main St. in town."],
            ),
            ("Say no. Then go.", &["Say no.", "Then go."]),
            (
                "It opened on Jan. 14 in Paris.",
                &["It opened on Jan. 14 in Paris."],
            ),
            (
                "It left at 9 a.m. on Monday.",
                &["It left at 9 a.m. on Monday."],
            ),
            ("J. K. Rowling wrote it.", &["J. K. Rowling wrote it."]),
            (
                "“We won,” he said. “Never give up.” Then he left.",
                &["“We won,” he said.", "“Never give up.”", "Then he left."],
            ),
            (
                "He said: \"Go.\" They went.",
                &["He said: \"Go.\"", "They went."],
            ),
            ("Why? Because. Really!", &["Why?", "Because.", "Really!"]),
            ("“Why?” he asked.", &["“Why?” he asked."]),
            (
                "Heading\n\nBody text. More.",
                &["Heading", "Body text.", "More."],
            ),
            (
                "Title\nDecember 14, 2025\nText.",
                &["Title", "December 14, 2025", "Text."],
            ),
            (
                "a wrapped\nline ends. Next.",
                &["a wrapped\nline ends.", "Next."],
            ),
            (
                "It’s brilliant. It’s horrific.",
                &["It’s brilliant.", "It’s horrific."],
            ),
            (
                "Costs rose 4.5%. Then 123 fell.",
                &["Costs rose 4.5%.", "Then 123 fell."],
            ),
            ("Visit example.com today.", &["Visit example.com today."]),
            ("He waited… Then it came.", &["He waited…", "Then it came."]),
            (
                "Why? Wait… “Stop!” No. And… Go… Now.",
                &["Why?", "Wait…", "“Stop!”", "No.", "And…", "Go…", "Now."],
            ),
            (
                "Dr. Who met Mr. X. Jan. 14 passed.",
                &["Dr. Who met Mr. X. Jan. 14 passed."],
            ),
            ("", &[]),
            ("   \n  \n", &[]),
        ];
        for (text, expected) in cases {
            assert_eq!(texts(text), *expected, "splitting {text:?}");
        }
    }

    #[test]
    fn spans_are_on_char_boundaries_in_multibyte_text() {
        let text = "Ünïcödé — “quoted.” Ёлка. 😀 Done.";
        for s in split(text) {
            assert!(text.is_char_boundary(s.start) && text.is_char_boundary(s.end));
        }
    }
}
