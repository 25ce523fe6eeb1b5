//! Finding the articles to extract: files (text, Markdown, saved HTML pages), standard input,
//! directories (recursively, `*.txt`, `*.md`, `*.markdown`, `*.html`, `*.htm`) and JSON Lines
//! corpora (`*.jsonl`, one object per line with a "text"). Items come out lazily and in
//! order, so a million-article corpus never sits in memory.

use std::collections::VecDeque;
use std::fs::File;
use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};

use anyhow::{Context, Result, anyhow, bail};
use serde::Deserialize;

use crate::input::{decode, read_document, refuse_url, shown};

/// One article to extract, with what the corpus says about it.
#[derive(Debug, Clone, PartialEq)]
pub struct Item {
    /// The path, `<file>:<line>` or the corpus id.
    pub source: String,
    pub text: String,
    pub title: Option<String>,
    pub published: Option<String>,
    pub url: Option<String>,
    /// Input bytes this item used up (for the progress bar).
    pub bytes: u64,
}

/// An input that could not be read: its name (path, or `<file>:<line>`) and the cause.
#[derive(Debug)]
pub struct Failure {
    pub name: String,
    pub cause: anyhow::Error,
}

/// One line of a JSON Lines corpus.
#[derive(Deserialize)]
struct Line {
    text: String,
    id: Option<serde_json::Value>,
    title: Option<String>,
    published: Option<String>,
    url: Option<String>,
}

/// The articles under a list of paths, in the order given (directories sorted by name).
pub struct Corpus {
    pending: VecDeque<PathBuf>,
    jsonl: Option<JsonLines>,
}

struct JsonLines {
    name: String,
    reader: BufReader<File>,
    line: usize,
}

impl Corpus {
    pub fn new(paths: &[PathBuf]) -> Corpus {
        Corpus {
            pending: paths.iter().cloned().collect(),
            jsonl: None,
        }
    }

    /// The total size of the inputs in bytes (standard input counts as nothing).
    pub fn total_bytes(paths: &[PathBuf]) -> u64 {
        paths
            .iter()
            .map(|path| match std::fs::read_dir(path) {
                Ok(entries) => {
                    let children: Vec<PathBuf> = entries
                        .filter_map(|e| e.ok().map(|e| e.path()))
                        .filter(|p| p.is_dir() || is_article_file(p))
                        .collect();
                    Corpus::total_bytes(&children)
                }
                Err(_) => std::fs::metadata(path).map(|m| m.len()).unwrap_or(0),
            })
            .sum()
    }

    fn next_path(&mut self) -> Option<Result<Item, Failure>> {
        let path = self.pending.pop_front()?;
        let name = shown(&path);
        let fail = |cause| {
            Some(Err(Failure {
                name: name.clone(),
                cause,
            }))
        };
        if let Err(cause) = refuse_url(&path) {
            return fail(cause);
        }
        if path.is_dir() {
            match list_dir(&path) {
                Ok(children) => children
                    .into_iter()
                    .rev()
                    .for_each(|c| self.pending.push_front(c)),
                Err(cause) => return fail(cause),
            }
            return self.next();
        }
        if path.extension().is_some_and(|ext| ext == "jsonl") {
            match File::open(&path) {
                Ok(file) => {
                    let reader = BufReader::new(file);
                    self.jsonl = Some(JsonLines {
                        name,
                        reader,
                        line: 0,
                    });
                    return self.next();
                }
                Err(err) => return fail(anyhow!(err).context("could not open corpus")),
            }
        }
        Some(read_file(&path, name))
    }
}

/// One article file (text, Markdown or a saved page), or standard input.
fn read_file(path: &Path, name: String) -> Result<Item, Failure> {
    match read_document(path) {
        Ok(doc) => Ok(Item {
            source: name,
            bytes: std::fs::metadata(path).map_or(doc.text.len() as u64, |m| m.len()),
            text: doc.text,
            title: doc.title,
            published: doc.published,
            url: doc.url,
        }),
        Err(cause) => Err(Failure { name, cause }),
    }
}

impl Iterator for Corpus {
    type Item = Result<Item, Failure>;

    fn next(&mut self) -> Option<Self::Item> {
        if let Some(jsonl) = &mut self.jsonl {
            match jsonl.next() {
                Some(item) => return Some(item),
                None => self.jsonl = None,
            }
        }
        self.next_path()
    }
}

impl Iterator for JsonLines {
    type Item = Result<Item, Failure>;

    /// The next non-blank line as an article; a bad line is a failure naming its number.
    fn next(&mut self) -> Option<Self::Item> {
        let mut bytes = Vec::new();
        loop {
            bytes.clear();
            self.line += 1;
            let name = format!("{}:{}", self.name, self.line);
            match self.reader.read_until(b'\n', &mut bytes) {
                Ok(0) => return None,
                Ok(_) if bytes.iter().all(u8::is_ascii_whitespace) => continue,
                Ok(n) => return Some(parse_line(&bytes, n as u64, name)),
                Err(err) => {
                    let cause = anyhow!(err).context("could not read corpus");
                    return Some(Err(Failure { name, cause }));
                }
            }
        }
    }
}

fn parse_line(bytes: &[u8], len: u64, name: String) -> Result<Item, Failure> {
    let parsed = serde_json::from_slice::<Line>(bytes)
        .context("not a JSON object with a \"text\" string")
        .and_then(|line| Ok((decode(line.text.clone().into_bytes())?, line)));
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

/// The directories and article files (text, Markdown, HTML) in `dir`, sorted by name.
fn list_dir(dir: &Path) -> Result<Vec<PathBuf>> {
    let mut children = Vec::new();
    for entry in std::fs::read_dir(dir).context("could not read directory")? {
        let path = entry.context("could not read directory")?.path();
        if path.is_dir() || is_article_file(&path) {
            children.push(path);
        }
    }
    if children.is_empty() {
        bail!("is a directory with no *.txt, *.md or *.html files");
    }
    children.sort();
    Ok(children)
}

fn is_article_file(path: &Path) -> bool {
    let ext = path
        .extension()
        .map(|e| e.to_string_lossy().to_ascii_lowercase());
    matches!(
        ext.as_deref(),
        Some("txt" | "md" | "markdown" | "html" | "htm")
    )
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
