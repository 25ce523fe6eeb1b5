//! PolNeAR's brat standoff: `T` lines are spans (character offsets, maybe discontinuous),
//! `E` lines tie a Source, a Cue and a Content into one attribution. Offsets are turned into
//! byte offsets of the article text.

use std::collections::HashMap;
use std::path::Path;

use anyhow::{Context, Result};
use claimdesk_tools::newsclaims::byte_offsets;

/// One attribution: byte ranges of its parts (a part may be in pieces).
#[derive(Debug, Clone, Default)]
pub struct Gold {
    pub source: Vec<(usize, usize)>,
    pub cue: Vec<(usize, usize)>,
    pub content: Vec<(usize, usize)>,
}

pub struct Article {
    pub name: String,
    pub text: String,
    pub gold: Vec<Gold>,
}

/// Every article of `dir` (`text/NAME.txt`, `attributions/NAME_ANNOTATOR.ann`); an article
/// with two annotators' files is read with the first in name order.
pub fn read_dir(dir: &str) -> Result<Vec<Article>> {
    let ann_dir = Path::new(dir).join("attributions");
    let mut files: Vec<String> = std::fs::read_dir(&ann_dir)
        .with_context(|| format!("could not read {}", ann_dir.display()))?
        .filter_map(|e| e.ok()?.file_name().into_string().ok())
        .filter(|n| n.ends_with(".ann"))
        .collect();
    files.sort();
    let mut seen = std::collections::HashSet::new();
    let mut out = Vec::new();
    for file in files {
        let Some((name, _annotator)) = file.trim_end_matches(".ann").rsplit_once('_') else {
            continue;
        };
        if !seen.insert(name.to_string()) {
            continue;
        }
        let text_path = Path::new(dir).join("text").join(format!("{name}.txt"));
        let text = std::fs::read_to_string(&text_path)
            .with_context(|| format!("could not read {}", text_path.display()))?;
        let ann = std::fs::read_to_string(ann_dir.join(&file))
            .with_context(|| format!("could not read {file}"))?;
        let gold = parse(&ann, &byte_offsets(&text));
        out.push(Article {
            name: name.to_string(),
            text,
            gold,
        });
    }
    Ok(out)
}

fn parse(ann: &str, bytes: &[usize]) -> Vec<Gold> {
    let mut spans: HashMap<&str, Vec<(usize, usize)>> = HashMap::new();
    let mut relations = Vec::new();
    for line in ann.lines() {
        let mut cols = line.split('\t');
        let (Some(id), Some(body)) = (cols.next(), cols.next()) else {
            continue;
        };
        if id.starts_with('T') {
            let ranges = body.split_once(' ').map_or("", |(_, r)| r);
            let pieces = ranges
                .split(';')
                .filter_map(|r| {
                    let (a, b) = r.trim().split_once(' ')?;
                    let (a, b): (usize, usize) = (a.parse().ok()?, b.parse().ok()?);
                    Some((*bytes.get(a)?, *bytes.get(b)?))
                })
                .collect();
            spans.insert(id, pieces);
        } else if id.starts_with('E') {
            relations.push(body);
        }
    }
    relations
        .iter()
        .filter_map(|body| {
            let mut gold = Gold::default();
            for arg in body.split_whitespace() {
                let (role, id) = arg.split_once(':')?;
                let span = spans.get(id).cloned().unwrap_or_default();
                match role {
                    "Source" => gold.source = span,
                    "Cue" => gold.cue = span,
                    "Content" => gold.content = span,
                    _ => {}
                }
            }
            (!gold.content.is_empty()).then_some(gold)
        })
        .collect()
}
