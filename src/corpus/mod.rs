//! Finding the articles to extract: files (text, Markdown, saved HTML pages), standard input,
//! directories (see `walk.rs`) and
//! JSON Lines corpora (`*.jsonl`, see [`jsonl`]). Items come out lazily and in order, so a
//! million-article corpus never sits in memory.

pub mod jsonl;
mod walk;

use std::fs::File;
use std::io::BufReader;
use std::path::{Path, PathBuf};

use anyhow::anyhow;

use crate::input::{read_document, refuse_url, shown};
use jsonl::JsonLines;
use walk::{Found, Walk};

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

/// The articles under a list of paths, in the order given (directories sorted by name).
pub struct Corpus {
    walk: Walk,
    jsonl: Option<JsonLines<BufReader<File>>>,
}

impl Corpus {
    pub fn new(paths: &[PathBuf]) -> Corpus {
        Corpus {
            walk: Walk::new(paths),
            jsonl: None,
        }
    }

    /// The total size of the inputs in bytes (standard input counts as nothing).
    pub fn total_bytes(paths: &[PathBuf]) -> u64 {
        Walk::new(paths)
            .filter_map(|found| match found {
                Found::File(path) => std::fs::metadata(path).ok().map(|m| m.len()),
                Found::Failed(_) => None,
            })
            .sum()
    }

    fn next_path(&mut self) -> Option<Result<Item, Failure>> {
        let path = match self.walk.next()? {
            Found::File(path) => path,
            Found::Failed(failure) => return Some(Err(failure)),
        };
        let name = shown(&path);
        if let Err(cause) = refuse_url(&path) {
            return Some(Err(Failure { name, cause }));
        }
        if path.extension().is_some_and(|ext| ext == "jsonl") {
            return match File::open(&path) {
                Ok(file) => {
                    self.jsonl = Some(JsonLines::new(name, BufReader::new(file)));
                    self.next()
                }
                Err(err) => Some(Err(Failure {
                    name,
                    cause: anyhow!(err).context("could not open corpus"),
                })),
            };
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
