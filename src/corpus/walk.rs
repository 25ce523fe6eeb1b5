//! Walking the paths given to `extract`: directories are expanded (sorted by name, every
//! `*.txt`, `*.md`, `*.markdown`, `*.html` and `*.htm` below them), each directory once however many symlinks lead to it, and
//! a folder without articles is skipped; only a directory named on the command line that
//! holds no article at all is reported.

use std::collections::{HashSet, VecDeque};
use std::path::{Path, PathBuf};

use anyhow::{Context, Result, anyhow};

use super::Failure;

/// What the walk finds: a file to read (or `-`), or a path that could not be walked.
#[derive(Debug)]
pub enum Found {
    File(PathBuf),
    Failed(Failure),
}

enum Pending {
    Path {
        path: PathBuf,
        top: bool,
    },
    /// The end of a top-level directory's entries: it failed if nothing was found since.
    End {
        name: String,
        found_before: usize,
    },
}

/// The files under a list of paths, lazily and in order.
pub struct Walk {
    pending: VecDeque<Pending>,
    /// The directories entered, by their canonical path.
    seen: HashSet<PathBuf>,
    found: usize,
}

impl Walk {
    pub fn new(paths: &[PathBuf]) -> Walk {
        let pending = paths.iter().map(|p| Pending::Path {
            path: p.clone(),
            top: true,
        });
        Walk {
            pending: pending.collect(),
            seen: HashSet::new(),
            found: 0,
        }
    }

    /// Queues the entries of `dir` (nothing when it was entered before).
    fn enter(&mut self, dir: &Path, top: bool) -> Result<()> {
        let canonical = std::fs::canonicalize(dir).context("could not read directory")?;
        if !self.seen.insert(canonical) {
            return Ok(());
        }
        let children = list_dir(dir)?;
        if top {
            self.pending.push_front(Pending::End {
                name: super::shown(dir),
                found_before: self.found,
            });
        }
        for path in children.into_iter().rev() {
            self.pending.push_front(Pending::Path { path, top: false });
        }
        Ok(())
    }

    fn failed(&mut self, name: String, cause: anyhow::Error) -> Option<Found> {
        self.found += 1;
        Some(Found::Failed(Failure { name, cause }))
    }
}

impl Iterator for Walk {
    type Item = Found;

    fn next(&mut self) -> Option<Found> {
        loop {
            match self.pending.pop_front()? {
                Pending::End { name, found_before } if self.found == found_before => {
                    let cause = anyhow!("is a directory with no *.txt, *.md or *.html files");
                    return self.failed(name, cause);
                }
                Pending::End { .. } => {}
                Pending::Path { path, top } if path != Path::new("-") && path.is_dir() => {
                    if let Err(cause) = self.enter(&path, top) {
                        return self.failed(super::shown(&path), cause);
                    }
                }
                Pending::Path { path, .. } => {
                    self.found += 1;
                    return Some(Found::File(path));
                }
            }
        }
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
    fn walks_each_folder_once_and_reports_only_empty_top_level_ones() {
        let dir = tempfile::tempdir().unwrap();
        let d = dir.path();
        for folder in ["news/images", "news/sub", "empty/deeper"] {
            std::fs::create_dir_all(d.join(folder)).unwrap();
        }
        for file in [
            "news/b.txt",
            "news/a.md",
            "news/sub/c.txt",
            "news/images/x.png",
        ] {
            std::fs::write(d.join(file), "x").unwrap();
        }
        std::os::unix::fs::symlink("..", d.join("news/sub/up")).unwrap();
        std::os::unix::fs::symlink(d.join("news"), d.join("again")).unwrap();
        // The paths given, then what the walk finds (relative to the temporary folder).
        let cases: &[(&[&str], &[&str])] = &[
            (&["news"], &["news/a.md", "news/b.txt", "news/sub/c.txt"]),
            (
                &["news", "again"],
                &["news/a.md", "news/b.txt", "news/sub/c.txt"],
            ),
            (&["empty", "news/b.txt"], &["!empty", "news/b.txt"]),
            (&["news/images"], &["!news/images"]),
            (&["missing.txt"], &["missing.txt"]),
        ];
        for (paths, expected) in cases {
            let paths: Vec<PathBuf> = paths.iter().map(|p| d.join(p)).collect();
            let got: Vec<String> = Walk::new(&paths)
                .map(|found| match found {
                    Found::File(p) => p.strip_prefix(d).unwrap().display().to_string(),
                    Found::Failed(f) => {
                        format!("!{}", &f.name[d.display().to_string().len() + 1..])
                    }
                })
                .collect();
            assert_eq!(got, *expected, "{paths:?}");
        }
    }
}
