//! The accurate scorer's scores of sentences (`score-teacher` output, `teacher_*.tsv`:
//! `label<TAB>checkworthiness<TAB>opinion<TAB>sentence`, label `-` when unlabelled), read back
//! for distilling the fast scorer and for reporting the accurate scorer's own figures.

use std::path::Path;

use anyhow::{Context, Result, bail};

/// One scored sentence.
#[derive(Debug, Clone, PartialEq)]
pub struct Scored {
    pub label: Option<bool>,
    pub checkworthiness: f32,
    pub opinion: f32,
    pub text: String,
}

/// The rows of `dir/teacher_{name}.tsv`.
pub fn load(dir: &Path, name: &str) -> Result<Vec<Scored>> {
    load_path(&dir.join(format!("teacher_{name}.tsv")))
}

/// The rows of a file in the same columns (`train.py`'s held-out scores are).
pub fn load_path(path: &Path) -> Result<Vec<Scored>> {
    let text = std::fs::read_to_string(path)
        .with_context(|| format!("could not read {}", path.display()))?;
    text.lines()
        .enumerate()
        .map(|(n, l)| parse(l).with_context(|| format!("{}:{}", path.display(), n + 1)))
        .collect()
}

fn parse(line: &str) -> Result<Scored> {
    let mut cols = line.splitn(4, '\t');
    let (Some(label), Some(cw), Some(op), Some(text)) =
        (cols.next(), cols.next(), cols.next(), cols.next())
    else {
        bail!("fewer than four columns");
    };
    let label = match label {
        "1" => Some(true),
        "0" => Some(false),
        "-" => None,
        l => bail!("unknown label {l:?}"),
    };
    Ok(Scored {
        label,
        checkworthiness: cw.parse()?,
        opinion: op.parse()?,
        text: text.to_string(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// (line, the label, check-worthiness and text it parses to, or None for an error)
    type Case<'a> = (&'a str, Option<(Option<bool>, f32, &'a str)>);

    #[test]
    fn parse_cases() {
        let cases: &[Case] = &[
            ("1\t0.9\t0.1\tA claim.", Some((Some(true), 0.9, "A claim."))),
            (
                "-\t0.2\t0.8\tWhat\ta view.",
                Some((None, 0.2, "What\ta view.")),
            ),
            ("2\t0.2\t0.8\tx", None),
            ("1\t0.2", None),
        ];
        for (line, want) in cases {
            let got = parse(line)
                .ok()
                .map(|s| (s.label, s.checkworthiness, s.text));
            assert_eq!(got, want.map(|(l, c, t)| (l, c, t.to_string())), "{line:?}");
        }
    }
}
