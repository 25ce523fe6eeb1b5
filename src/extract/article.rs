//! The whole-article view: title (first non-empty line), publication date (a dateline near
//! the top), sentences with their check-worthiness and opinion scores, and claims.

use super::claims::{Claim, ClaimKind, Doc, all_claims};
use super::links;
use super::quantity::parse_date;
use super::score::{Fast, Scores, SentenceScorer};
use super::sentences::Sentence;

/// How many lines from the top a dateline may stand on.
const DATELINE_LINES: usize = 6;

/// The longest line read as a dateline ("Wednesday, 14 December 2025, 09:30 GMT" fits).
const MAX_DATELINE: usize = 60;

/// What extraction found in one article.
#[derive(Debug, Clone, PartialEq)]
pub struct Analysis {
    pub title: String,
    pub published: Option<String>,
    pub sentences: Vec<ScoredSentence>,
    pub claims: Vec<Claim>,
}

/// One sentence of an article with its scores.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct ScoredSentence {
    pub span: Sentence,
    pub scores: Scores,
}

impl Analysis {
    /// The sentences a claim lies in, as one span: its own sentence, extended to the end of
    /// the last sentence it reaches (a quote may run on over several).
    pub fn sentence_span(&self, claim: &Claim) -> Sentence {
        let first = self.sentences[claim.sentence].span;
        let last = self.sentences[claim.sentence..]
            .iter()
            .take_while(|s| s.span.start < claim.end)
            .last()
            .map_or(first, |s| s.span);
        Sentence {
            start: first.start,
            end: last.end.max(first.end),
        }
    }
}

/// Analyses one article: splits and scores its sentences and finds its claims.
pub fn analyse(text: &str) -> Analysis {
    analyse_with(text, &Fast)
}

/// [`analyse`], with the sentences scored by `scorer`.
pub fn analyse_with(text: &str, scorer: &dyn SentenceScorer) -> Analysis {
    let doc = Doc::with_scorer(text, scorer);
    let mut claims = all_claims(&doc);
    let dateline = dateline(text);
    if let Some((start, end, _)) = &dateline {
        for claim in claims
            .iter_mut()
            .filter(|c| c.kind == ClaimKind::Date && c.start == *start && c.end == *end)
        {
            claim.subject = Some("publication date".to_string());
        }
    }
    links::link(&doc, &mut claims);
    Analysis {
        title: title(text).to_string(),
        published: dateline.map(|(_, _, iso)| iso),
        sentences: doc
            .sentences
            .iter()
            .zip(&doc.scores)
            .map(|(&span, &scores)| ScoredSentence { span, scores })
            .collect(),
        claims,
    }
}

/// The first non-empty line, trimmed.
pub fn title(text: &str) -> &str {
    text.lines()
        .map(str::trim)
        .find(|l| !l.is_empty())
        .unwrap_or("")
}

/// A line near the top that is only a date: its byte span and the ISO 8601 date.
pub fn dateline(text: &str) -> Option<(usize, usize, String)> {
    let mut offset = 0;
    for line in text.split_inclusive('\n').take(DATELINE_LINES) {
        let trimmed = line.trim();
        // A dateline is a short line; a paragraph is not worth parsing as one.
        let date = (trimmed.len() <= MAX_DATELINE)
            .then(|| parse_date(trimmed))
            .flatten();
        if let Some(iso) = date {
            let start = offset + (line.len() - line.trim_start().len());
            return Some((start, start + trimmed.len(), iso));
        }
        offset += line.len();
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_title_and_dateline() {
        let cases: &[(&str, &str, Option<&str>)] = &[
            (
                "Title\n\nDecember 14, 2025\n\nBody.",
                "Title",
                Some("2025-12-14"),
            ),
            ("\n  Headline here  \nText.", "Headline here", None),
            ("", "", None),
        ];
        for (text, title_, published) in cases {
            let analysis = analyse(text);
            assert_eq!(analysis.title, *title_, "title of {text:?}");
            assert_eq!(
                analysis.published.as_deref(),
                *published,
                "date of {text:?}"
            );
        }
    }
}
