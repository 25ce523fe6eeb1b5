//! NewsClaims dev: of the claim sentences whose claimer is someone the sentence names
//! (`claimer:reported`, `claimer_in_sentence:true`), how many get a claim with a claimer;
//! of those the journalist makes (`claimer:journalist`), how many get no claimer at all.

use anyhow::{Context, Result};
use claimdesk::extract::article::analyse;

use super::score::Rng;

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
        let claims = analyse(&text).claims;
        let bytes: Vec<usize> = text
            .char_indices()
            .map(|(b, _)| b)
            .chain([text.len()])
            .collect();
        for s in article["sentences"].as_array().context("no sentences")? {
            if s["label"] != 1 {
                continue;
            }
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
            let inside: Vec<_> = claims
                .iter()
                .filter(|c| c.start < end && start < c.end)
                .collect();
            let claimed = inside.iter().any(|c| c.claimer.is_some());
            let line = format!(
                "{file}: {:?} claimers {:?}",
                &text[start..end],
                inside
                    .iter()
                    .filter_map(|c| c.claimer.as_deref())
                    .collect::<Vec<_>>()
            );
            if types.contains(&"claimer:reported") && types.contains(&"claimer_in_sentence:true") {
                news.reported += 1;
                news.reported_found += usize::from(claimed);
                news.reported_with_claim += usize::from(!inside.is_empty());
                if !claimed {
                    news.missed.push(line);
                }
            } else if types.contains(&"claimer:journalist") {
                news.journalist += 1;
                news.journalist_clear += usize::from(!claimed);
                news.journalist_with_claim += usize::from(!inside.is_empty());
                news.journalist_clear_with_claim += usize::from(!inside.is_empty() && !claimed);
                if claimed {
                    news.wrongly.push(line);
                }
            }
        }
    }
    Ok(news)
}

fn share(n: usize, d: usize) -> String {
    format!("{n:>6} / {d:<6} = {:.3}", n as f64 / d.max(1) as f64)
}

impl News {
    pub fn print(&self) {
        println!("NewsClaims dev: claim sentences");
        println!(
            "  {:<58} {}",
            "reported, claimer in sentence: a claim has a claimer (>= 0.80)",
            share(self.reported_found, self.reported)
        );
        println!(
            "  {:<58} {}",
            "  the same, of those with any claim",
            share(self.reported_found, self.reported_with_claim)
        );
        println!(
            "  {:<58} {}",
            "journalist: no claim has a claimer (>= 0.80)",
            share(self.journalist_clear, self.journalist)
        );
        println!(
            "  {:<58} {}",
            "  the same, of those with any claim",
            share(self.journalist_clear_with_claim, self.journalist_with_claim)
        );
    }

    pub fn print_misses(&self, n: usize, rng: &mut Rng) {
        for (title, list) in [
            ("reported sentence without a claimer", &self.missed),
            ("journalist sentence with a claimer", &self.wrongly),
        ] {
            println!("\n{title} ({} in all):", list.len());
            for line in rng.sample(list, n) {
                println!("  {line}");
            }
        }
    }
}
