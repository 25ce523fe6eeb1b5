//! A claim in its text, as `show` and `review` print it: its sentence cut into before / claim /
//! after, whole sentences of context either side (slices of the article body), and the one
//! renderer that highlights the claim's words, as the article's lines (a title, a dateline and
//! a subtitle stay lines of their own) or as one line cut to a width. Never panics on offsets
//! off the text's char boundaries (it falls back to the sentence).

use crate::db::ClaimRow;
use crate::display::{Palette, sanitize, shorten};
use crate::extract::sentences::{self, Sentence};

/// The text shown for one claim, in reading order; `before` and `after` keep the white space
/// around them, so that a line break between them and the sentence shows.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Passage<'a> {
    pub before: &'a str,
    pub lead: &'a str,
    pub claim: &'a str,
    pub tail: &'a str,
    pub after: &'a str,
}

impl<'a> Passage<'a> {
    /// The claim in its stored sentence, without context (no article body needed).
    pub fn of_sentence(claim: &'a ClaimRow) -> Passage<'a> {
        let sentence = claim.sentence.as_str();
        let at = |offset: usize| offset.checked_sub(claim.sentence_span.start);
        let cut = (
            at(claim.claim.start),
            at(claim.claim.end.min(claim.sentence_span.end)),
        );
        let parts = match cut {
            (Some(start), Some(end)) if start <= end => sentence
                .get(..start)
                .zip(sentence.get(start..end))
                .zip(sentence.get(end..)),
            _ => None,
        };
        match parts {
            Some(((lead, words), tail)) => Passage {
                lead,
                claim: words,
                tail,
                ..Passage::default()
            },
            None => Passage {
                claim: sentence,
                ..Passage::default()
            },
        }
    }

    /// The sentence alone, without the context either side.
    pub fn sentence(&self) -> Passage<'a> {
        Passage {
            before: "",
            after: "",
            ..self.clone()
        }
    }
}

/// An article body with its sentences, split once per article.
#[derive(Debug, Clone)]
pub struct Body {
    pub article_id: i64,
    pub text: String,
    sentences: Vec<Sentence>,
}

impl Body {
    pub fn new(article_id: i64, text: String) -> Body {
        let sentences = sentences::split(&text);
        Body {
            article_id,
            text,
            sentences,
        }
    }

    /// The claim in its sentence with `n` sentences of context either side.
    pub fn passage<'a>(&'a self, claim: &'a ClaimRow, n: usize) -> Passage<'a> {
        self.try_passage(claim, n).unwrap_or(Passage {
            claim: &claim.sentence,
            ..Passage::default()
        })
    }

    fn try_passage<'a>(&'a self, claim: &ClaimRow, n: usize) -> Option<Passage<'a>> {
        let body = self.text.as_str();
        let (s_start, s_end) = (claim.sentence_span.start, claim.sentence_span.end);
        let (start, end) = (claim.claim.start.max(s_start), claim.claim.end.min(s_end));
        if start > end {
            return None;
        }
        let earlier = self.sentences.iter().filter(|s| s.end <= s_start);
        let from = earlier.rev().take(n).last().map_or(s_start, |s| s.start);
        let later = self.sentences.iter().filter(|s| s.start >= s_end);
        let to = later.take(n).last().map_or(s_end, |s| s.end);
        Some(Passage {
            before: body.get(from..s_start)?,
            lead: body.get(s_start..start)?,
            claim: body.get(start..end)?,
            tail: body.get(end..s_end)?,
            after: body.get(s_end..to)?,
        })
    }
}

/// The passage: the claim's words highlighted (`**like this**` without colours), the sentences
/// either side dimmed, every piece sanitized. Where the article breaks a line between them the
/// passage does too (one line break for any run of them); within a line they run on.
pub fn render(passage: &Passage<'_>, p: &Palette) -> String {
    let claim = sanitize(passage.claim);
    let claim = if p.colour {
        p.claim.apply_to(claim).to_string()
    } else {
        format!("**{claim}**")
    };
    let mut out = String::new();
    let before = lines(passage.before, p);
    if !before.is_empty() {
        out.push_str(&before);
        out.push(if ends_line(passage.before) { '\n' } else { ' ' });
    }
    out.push_str(&sanitize(passage.lead));
    out.push_str(&claim);
    out.push_str(&sanitize(passage.tail));
    let after = lines(passage.after, p);
    if !after.is_empty() {
        out.push(if starts_line(passage.after) {
            '\n'
        } else {
            ' '
        });
        out.push_str(&after);
    }
    out
}

/// Context sentences, dimmed, one line per line of the article that has text.
fn lines(text: &str, p: &Palette) -> String {
    let lines: Vec<String> = text
        .split('\n')
        .map(str::trim)
        .filter(|line| !line.is_empty())
        .map(|line| p.dim.apply_to(sanitize(line)).to_string())
        .collect();
    lines.join("\n")
}

/// Whether a line break comes after the last word of `text`.
fn ends_line(text: &str) -> bool {
    let trimmed = text.trim_end();
    text[trimmed.len()..].contains('\n')
}

/// Whether a line break comes before the first word of `text`.
fn starts_line(text: &str) -> bool {
    let trimmed = text.trim_start();
    text[..text.len() - trimmed.len()].contains('\n')
}

/// The passage's sentence on one line of at most `width` columns (whole when `None`), cut
/// around the claim's words with "…" where it was cut, highlighted as [`render`] does.
pub fn one_line(passage: &Passage<'_>, width: Option<usize>, p: &Palette) -> String {
    let (lead, claim, tail) = (
        sanitize(passage.lead),
        sanitize(passage.claim),
        sanitize(passage.tail),
    );
    let whole = |lead: &str, claim: &str, tail: &str| {
        let line = Passage {
            lead,
            claim,
            tail,
            ..Passage::default()
        };
        render(&line, p)
    };
    let count = |text: &str| text.chars().count();
    // Without colours the claim is marked with `**` either side.
    let room = width.map(|w| w.saturating_sub(if p.colour { 0 } else { 4 }));
    let Some(room) = room.filter(|&r| count(&lead) + count(&claim) + count(&tail) > r) else {
        return whole(&lead, &claim, &tail);
    };
    let claim = shorten(&claim, room.saturating_sub(2).max(1));
    let rest = room.saturating_sub(count(&claim));
    let left = count(&lead).min((rest / 2).max(rest.saturating_sub(count(&tail))));
    let right = count(&tail).min(rest - left);
    whole(&shorten_start(&lead, left), &claim, &shorten(&tail, right))
}

/// `text` cut to its last `max` characters, starting with "…" when cut.
fn shorten_start(text: &str, max: usize) -> String {
    let n = text.chars().count();
    if n <= max {
        return text.to_string();
    }
    if max == 0 {
        return String::new();
    }
    let kept: String = text.chars().skip(n - (max - 1)).collect();
    format!("…{}", kept.trim_start())
}

#[cfg(test)]
mod tests;
