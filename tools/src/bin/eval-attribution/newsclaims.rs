//! NewsClaims dev: of the claim sentences whose claimer is someone the sentence names
//! (`claimer:reported`, `claimer_in_sentence:true`), how many get a claim with a claimer;
//! of those the journalist makes (`claimer:journalist`), how many get no claimer at all.

use std::io::Write;
use std::path::Path;

use anyhow::Result;
use claimdesk::extract::article::analyse;
use claimdesk::extract::claims::Claim;
use claimdesk_tools::newsclaims::{self, Article, Sentence};

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
    let mut news = News::default();
    for article in &newsclaims::read(Path::new(dir))? {
        news.article(article);
    }
    Ok(news)
}

impl News {
    /// Scores the gold claim sentences of one article.
    fn article(&mut self, article: &Article) {
        let (file, text) = (&article.text_file, &article.text);
        let claims = analyse(text).claims;
        for s in article.sentences.iter().filter(|s| s.label == 1) {
            let (Some(&start), Some(&end)) = (article.bytes.get(s.start), article.bytes.get(s.end))
            else {
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
            self.sentence(s, &inside, line);
        }
    }

    /// Scores one claim sentence with the claims inside it.
    fn sentence(&mut self, s: &Sentence, inside: &[&Claim], line: String) {
        let claimed = inside.iter().any(|c| c.claimer.is_some());
        let is = |t: &str| s.types.iter().any(|x| x == t);
        if is("claimer:reported") && is("claimer_in_sentence:true") {
            self.reported += 1;
            self.reported_found += usize::from(claimed);
            self.reported_with_claim += usize::from(!inside.is_empty());
            if !claimed {
                self.missed.push(line);
            }
        } else if is("claimer:journalist") {
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
