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

/// The longest title kept, in characters: headlines run to about a hundred, so a longer first
/// line is a paragraph or a text without line breaks, and is cut at a word with "…".
pub const MAX_TITLE: usize = 150;

/// A byte order mark: not part of the text, but kept so that offsets index the file's bytes.
const BOM: char = '\u{feff}';

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

/// Analyses one article: splits and scores its sentences and finds its claims. A leading
/// byte order mark is skipped, and the offsets still count its bytes.
pub fn analyse(text: &str) -> Analysis {
    analyse_with(text, &Fast)
}

/// [`analyse`], with the sentences scored by `scorer`.
pub fn analyse_with(text: &str, scorer: &dyn SentenceScorer) -> Analysis {
    let (text, shift) = without_bom(text);
    let mut analysis = analyse_text(text, scorer);
    if shift > 0 {
        for sentence in &mut analysis.sentences {
            sentence.span.start += shift;
            sentence.span.end += shift;
        }
        for claim in &mut analysis.claims {
            claim.start += shift;
            claim.end += shift;
        }
    }
    analysis
}

/// `text` without a leading byte order mark, and how many bytes that took off.
pub fn without_bom(text: &str) -> (&str, usize) {
    match text.strip_prefix(BOM) {
        Some(rest) => (rest, BOM.len_utf8()),
        None => (text, 0),
    }
}

fn analyse_text(text: &str, scorer: &dyn SentenceScorer) -> Analysis {
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
        title: bounded_title(title(text)),
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

/// `title` cut to [`MAX_TITLE`] characters, at a word where one ends near the cut, with "…".
pub fn bounded_title(title: &str) -> String {
    let Some((cut, _)) = title.char_indices().nth(MAX_TITLE) else {
        return title.to_string();
    };
    let head = &title[..cut];
    // Back to the last space when it is not far back; a long unbroken run is cut mid-word.
    let head = match head.rfind(char::is_whitespace) {
        Some(space) if head[space..].chars().count() < 30 => &head[..space],
        _ => head,
    };
    format!("{}…", head.trim_end())
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
            (
                "\u{feff}Title\r\n\r\n14 December 2025\r\nBody.",
                "Title",
                Some("2025-12-14"),
            ),
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

    #[test]
    fn long_titles_are_cut_at_a_word() {
        let words = "word ".repeat(100);
        let run = "x".repeat(400);
        let cases: &[(&str, usize, bool)] = &[
            ("Short title", 11, false),
            (&words, 150, true),
            (&run, 151, true),
        ];
        for (title, chars, cut) in cases {
            let got = bounded_title(title);
            assert_eq!(got.chars().count(), *chars, "{got}");
            assert_eq!(got.ends_with('…'), *cut, "{got}");
        }
    }

    #[test]
    fn a_byte_order_mark_shifts_every_offset_by_its_bytes() {
        let text = "Court news\n\nA court jailed John Smith for 5 years.";
        let plain = analyse(text);
        let marked = analyse(&format!("\u{feff}{text}"));
        assert_eq!(marked.title, plain.title);
        assert_eq!(marked.claims.len(), plain.claims.len());
        for (m, p) in marked.claims.iter().zip(&plain.claims) {
            assert_eq!((m.start, m.end), (p.start + 3, p.end + 3));
        }
        for (m, p) in marked.sentences.iter().zip(&plain.sentences) {
            assert_eq!(
                (m.span.start, m.span.end),
                (p.span.start + 3, p.span.end + 3)
            );
        }
    }
}
