//! NewsClaims dev: of the claim sentences whose claimer is someone the sentence names
//! (`claimer:reported`, `claimer_in_sentence:true`), how many get a claim with a claimer;
//! of those the journalist makes (`claimer:journalist`), how many get no claimer at all.

use anyhow::{Context, Result};
use std::io::Write;

use claimdesk::extract::article::analyse;
use claimdesk::extract::claims::Claim;

use super::score::{Rng, print_samples, row};

#[derive(Default)]
pub struct News {
    reported: usize,
    reported_found: usize,
    reported_with_claim: usize,
    journalist: usize,
    journalist_clear: usize,
    journalist_with_claim: usize,
    journalist_clear_with_claim: usize,
    missed: Vec<String>,
    wrongly: Vec<String>,
}

pub fn score(dir: &str) -> Result<News> {
    let path = format!("{dir}/gold.json");
    let gold: serde_json::Value = serde_json::from_str(
        &std::fs::read_to_string(&path).with_context(|| format!("could not read {path}"))?,
    )
    .with_context(|| format!("could not parse {path}"))?;
    let mut news = News::default();
    for article in gold["articles"].as_array().context("no articles")? {
        let file = article["text_file"].as_str().context("no text_file")?;
        let text = std::fs::read_to_string(format!("{dir}/text/{file}"))
            .with_context(|| format!("could not read {file}"))?;
        let sentences = article["sentences"].as_array().context("no sentences")?;
        news.article(file, &text, sentences);
    }
    Ok(news)
}

impl News {
    /// Scores the gold claim sentences of one article.
    fn article(&mut self, file: &str, text: &str, sentences: &[serde_json::Value]) {
        let claims = analyse(text).claims;
        let bytes: Vec<usize> = text
            .char_indices()
            .map(|(b, _)| b)
            .chain([text.len()])
            .collect();
        for s in sentences.iter().filter(|s| s["label"] == 1) {
            let types: Vec<&str> = s["types"]
                .as_array()
                .into_iter()
                .flatten()
                .filter_map(|t| t.as_str())
                .collect();
            let at = |k: &str| s[k].as_u64().and_then(|c| bytes.get(c as usize).copied());
            let (Some(start), Some(end)) = (at("start"), at("end")) else {
                continue;
            };
            let inside: Vec<&Claim> = claims
                .iter()
                .filter(|c| c.start < end && start < c.end)
                .collect();
            let line = format!(
                "{file}: {:?} claimers {:?}",
                &text[start..end],
                inside
                    .iter()
                    .filter_map(|c| c.claimer.as_deref())
                    .collect::<Vec<_>>()
            );
            self.sentence(&types, &inside, line);
        }
    }

    /// Scores one claim sentence of the given types with the claims inside it.
    fn sentence(&mut self, types: &[&str], inside: &[&Claim], line: String) {
        let claimed = inside.iter().any(|c| c.claimer.is_some());
        if types.contains(&"claimer:reported") && types.contains(&"claimer_in_sentence:true") {
            self.reported += 1;
            self.reported_found += usize::from(claimed);
            self.reported_with_claim += usize::from(!inside.is_empty());
            if !claimed {
                self.missed.push(line);
            }
        } else if types.contains(&"claimer:journalist") {
            self.journalist += 1;
            self.journalist_clear += usize::from(!claimed);
            self.journalist_with_claim += usize::from(!inside.is_empty());
            self.journalist_clear_with_claim += usize::from(!inside.is_empty() && !claimed);
            if claimed {
                self.wrongly.push(line);
            }
        }
    }
}

impl News {
    pub fn print(&self, out: &mut impl Write) -> std::io::Result<()> {
        writeln!(out, "NewsClaims dev: claim sentences")?;
        row(
            out,
            "reported, claimer in sentence: a claim has a claimer (>= 0.80)",
            self.reported_found,
            self.reported,
        )?;
        row(
            out,
            "  the same, of those with any claim",
            self.reported_found,
            self.reported_with_claim,
        )?;
        row(
            out,
            "journalist: no claim has a claimer (>= 0.80)",
            self.journalist_clear,
            self.journalist,
        )?;
        row(
            out,
            "  the same, of those with any claim",
            self.journalist_clear_with_claim,
            self.journalist_with_claim,
        )?;
        Ok(())
    }

    pub fn print_misses(
        &self,
        n: usize,
        rng: &mut Rng,
        out: &mut impl Write,
    ) -> std::io::Result<()> {
        let sections: [(&str, &[String]); 2] = [
            ("reported sentence without a claimer", &self.missed),
            ("journalist sentence with a claimer", &self.wrongly),
        ];
        print_samples(out, rng, n, &sections)
    }
}
