//! JSON Lines corpora: one `{"text", "id"?, "title"?, "url"?, "published"?}` object per line,
//! read one line at a time from any reader. A bad line is a failure naming `FILE:LINE`; a
//! byte order mark before the first line is skipped.

use std::io::BufRead;

use anyhow::{Context, anyhow};
use serde::Deserialize;

use super::{Failure, Item};
use crate::input::decode;

/// One line of a JSON Lines corpus.
#[derive(Deserialize)]
struct Line {
    text: String,
    id: Option<serde_json::Value>,
    title: Option<String>,
    published: Option<String>,
    url: Option<String>,
}

/// The articles of one corpus, in line order.
pub struct JsonLines<R> {
    name: String,
    reader: R,
    line: usize,
    items: usize,
    /// Set after a read error: the rest of the file cannot be trusted to line up.
    done: bool,
}

impl<R: BufRead> JsonLines<R> {
    /// Reads the corpus `name` (its path, for messages) from `reader`.
    pub fn new(name: String, reader: R) -> JsonLines<R> {
        JsonLines {
            name,
            reader,
            line: 0,
            items: 0,
            done: false,
        }
    }
}

impl<R: BufRead> Iterator for JsonLines<R> {
    type Item = Result<Item, Failure>;

    /// The next non-blank line as an article; a bad line is a failure naming its number. A
    /// corpus with no line at all is one failure, so that a path given yields something.
    fn next(&mut self) -> Option<Self::Item> {
        let mut bytes = Vec::new();
        while !self.done {
            bytes.clear();
            self.line += 1;
            let name = format!("{}:{}", self.name, self.line);
            match self.reader.read_until(b'\n', &mut bytes) {
                Ok(0) => {
                    self.done = true;
                    if self.items == 0 {
                        let cause = anyhow!("corpus with no articles (no non-blank line)");
                        let name = self.name.clone();
                        return Some(Err(Failure { name, cause }));
                    }
                }
                Ok(n) => {
                    let line = match bytes.strip_prefix(b"\xef\xbb\xbf") {
                        Some(rest) if self.line == 1 => rest,
                        _ => &bytes[..],
                    };
                    if line.iter().all(u8::is_ascii_whitespace) {
                        continue;
                    }
                    self.items += 1;
                    return Some(parse_line(line, n as u64, name));
                }
                Err(err) => {
                    self.items += 1;
                    self.done = true;
                    let cause = anyhow!(err).context("could not read corpus");
                    return Some(Err(Failure { name, cause }));
                }
            }
        }
        None
    }
}

fn parse_line(bytes: &[u8], len: u64, name: String) -> Result<Item, Failure> {
    let parsed = serde_json::from_slice::<Line>(bytes)
        .context("not a JSON object with a \"text\" string")
        .and_then(|mut line| Ok((decode(std::mem::take(&mut line.text).into_bytes())?, line)));
    match parsed {
        Ok((text, line)) => Ok(Item {
            source: match line.id {
                Some(serde_json::Value::String(id)) => id,
                Some(id) => id.to_string(),
                None => name,
            },
            text,
            title: line.title.filter(|t| !t.trim().is_empty()),
            published: line.published,
            url: line.url.filter(|u| !u.trim().is_empty()),
            bytes: len,
        }),
        Err(cause) => Err(Failure { name, cause }),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_corpus_line_is_an_article_or_a_cause() {
        // A line, then the source, text and title it gives, or the cause of its failure.
        type Expected = Result<(&'static str, &'static str, Option<&'static str>), &'static str>;
        let cases: &[(&str, Expected)] = &[
            (r#"{"text":"T\nBody."}"#, Ok(("c:1", "T\nBody.", None))),
            (
                r#"{"id":"a/1","text":"x","title":"Y"}"#,
                Ok(("a/1", "x", Some("Y"))),
            ),
            (r#"{"id":7,"text":"x"}"#, Ok(("7", "x", None))),
            (r#"{"text":" "}"#, Err("empty file, no text to extract")),
            (
                r#"{"id":"x"}"#,
                Err("not a JSON object with a \"text\" string"),
            ),
            ("not json", Err("not a JSON object with a \"text\" string")),
        ];
        for (line, expected) in cases {
            let got = parse_line(line.as_bytes(), 1, "c:1".into());
            match (got, expected) {
                (Ok(item), Ok((source, text, title))) => {
                    assert_eq!((item.source.as_str(), item.text.as_str()), (*source, *text));
                    assert_eq!(item.title.as_deref(), *title, "{line}");
                }
                (Err(failure), Err(cause)) => assert_eq!(failure.cause.to_string(), *cause),
                (got, _) => panic!("{line}: unexpected {got:?}"),
            }
        }
    }
}
