//! Reading the labelled sentence files of `../shared/eval/claims` (`sentence<TAB>label` rows),
//! and the texts of a JSON Lines corpus,
//! for `train-scores` and `eval-scores`.

use std::path::Path;

use anyhow::{Context, Result, bail};

/// The `sentence<TAB>label` rows of `dir/file`, with `pos` as true and `neg` as false.
pub fn load(dir: &Path, file: &str, pos: &str, neg: &str) -> Result<Vec<(String, bool)>> {
    let path = dir.join(file);
    let text = std::fs::read_to_string(&path)
        .with_context(|| format!("could not read {}", path.display()))?;
    parse_tsv(&text, pos, neg).with_context(|| format!("in {}", path.display()))
}

/// The `text` of every line of a JSON Lines corpus (the BBC corpus of `../shared/eval/news`).
pub fn jsonl_texts(path: &Path) -> Result<Vec<String>> {
    let text = std::fs::read_to_string(path)
        .with_context(|| format!("could not read {}", path.display()))?;
    let text_of = |line: &str| -> Result<String> {
        let v: serde_json::Value = serde_json::from_str(line).context("bad jsonl line")?;
        Ok(v["text"].as_str().unwrap_or_default().to_string())
    };
    text.lines().map(text_of).collect()
}

/// Parses `sentence<TAB>label` lines; `positive` is the label of the positive class. A first
/// line whose label is neither `positive` nor `negative` is taken as a header and skipped.
pub fn parse_tsv(text: &str, positive: &str, negative: &str) -> Result<Vec<(String, bool)>> {
    let mut out = Vec::new();
    for (n, line) in text
        .lines()
        .enumerate()
        .filter(|(_, l)| !l.trim().is_empty())
    {
        let Some((sentence, label)) = line.rsplit_once('\t') else {
            bail!("line {}: no tab", n + 1);
        };
        match label.trim() {
            l if l == positive => out.push((sentence.to_string(), true)),
            l if l == negative => out.push((sentence.to_string(), false)),
            _ if n == 0 => continue,
            l => bail!("line {}: unknown label {l:?}", n + 1),
        }
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// (file text, the rows or the error message)
    type Case<'a> = (&'a str, Result<&'a [(&'a str, bool)], &'a str>);

    #[test]
    fn parse_tsv_cases() {
        let cases: &[Case] = &[
            ("a\t1\nb\t0\n", Ok(&[("a", true), ("b", false)])),
            ("text\tlabel\na\t1\n", Ok(&[("a", true)])),
            ("a\t1\n\n  \nb\t0", Ok(&[("a", true), ("b", false)])),
            ("a\tb\t1\n", Ok(&[("a\tb", true)])),
            ("a\t1\nno tab\n", Err("line 2: no tab")),
            ("a\t1\nb\t2\n", Err("line 2: unknown label \"2\"")),
        ];
        for (text, want) in cases {
            let got = parse_tsv(text, "1", "0").map_err(|e| e.to_string());
            let want = want
                .map(|rows| rows.iter().map(|(s, y)| (s.to_string(), *y)).collect())
                .map_err(str::to_string);
            assert_eq!(got, want, "{text:?}");
        }
    }
}
