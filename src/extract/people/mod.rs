//! People named in an article, and what a pronoun or "the woman" refers to. A name is two or
//! three capitalised words that are not common sentence openers or organisation words, or a
//! capitalised word after a title ("President Lukashenko"); later a lone surname is the same
//! person. A reference resolves to the nearest name before it, in its sentence or earlier.

mod lexicon;
#[cfg(test)]
mod tests;

use foldhash::HashMap;
use lexicon::{NOT_NAME_SET, REFERENCES, TITLE_SET};

use super::sentences::Sentence;
use super::words::{SentenceWords, Word};

/// One mention of a named person, with the full name it refers to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Name {
    pub start: usize,
    pub end: usize,
    pub sentence: usize,
    pub full: String,
}

/// Full names by the last word of each, for later surname-only mentions.
type Surnames<'a> = HashMap<&'a str, String>;

/// Finds every named person in `text`, with later surname-only mentions resolved.
/// `words[i]` are the words of `sentences[i]`.
pub fn find_names(text: &str, sentences: &[Sentence], words: &SentenceWords) -> Vec<Name> {
    let mut names: Vec<Name> = Vec::new();
    // The last word of each full name seen so far, for later surname-only mentions.
    let mut surnames: Surnames = HashMap::default();
    for (index, (s, ws)) in sentences.iter().zip(words.iter()).enumerate() {
        if is_heading(&text[s.start..s.end], text, ws) {
            continue;
        }
        let mut i = 0;
        while i < ws.len() {
            let Some((len, full)) = name_at(text, ws, i, &surnames) else {
                i += 1;
                continue;
            };
            if len >= 2 {
                surnames.insert(ws[i + len - 1].base(text), full.clone());
            }
            let (start, end) = (ws[i].start, ws[i + len - 1].end);
            names.push(Name {
                start,
                end,
                sentence: index,
                full,
            });
            i += len;
        }
    }
    names
}

/// A name starting at word `i`: its length in words and the full name.
fn name_at(text: &str, ws: &[Word], i: usize, surnames: &Surnames) -> Option<(usize, String)> {
    if !starts_upper(ws[i].str(text)) {
        return None;
    }
    let run = (i..ws.len().min(i + 3))
        .take_while(|&k| {
            let joined = k == i || text[ws[k - 1].end..ws[k].start].trim().is_empty();
            joined && is_name_word(text, &ws[k]) && (k > 0 || !looks_inflected(text, &ws[k]))
        })
        .count();
    let titled = || i > 0 && TITLE_SET.contains(ws[i - 1].str(text));
    // A possessive ends the name: "Lukashenko’s regime".
    let run = ws[i..i + run]
        .iter()
        .position(|w| w.base(text).len() != w.str(text).len())
        .map_or(run, |p| p + 1);
    if run >= 2 {
        let parts: Vec<&str> = ws[i..i + run].iter().map(|w| w.base(text)).collect();
        return Some((run, parts.join(" ")));
    }
    if run == 1 {
        let word = ws[i].base(text);
        if let Some(full) = surnames.get(word) {
            return Some((1, full.clone()));
        }
        if titled() {
            return Some((1, word.to_string()));
        }
    }
    None
}

/// A cheap first test: most words start lower-case and cannot be names.
fn starts_upper(word: &str) -> bool {
    word.chars().next().is_some_and(char::is_uppercase)
}

/// A sentence-initial "Freeing", "Jailed" or "Clearly" is a verb or adverb, not a first name.
fn looks_inflected(text: &str, w: &Word) -> bool {
    let word = w.str(text);
    word.len() > 4 && (word.ends_with("ing") || word.ends_with("ed") || word.ends_with("ly"))
}

fn is_name_word(text: &str, w: &Word) -> bool {
    w.is_capitalized(text)
        && !w.base(text).contains(['-', '.'])
        && !NOT_NAME_SET.contains(w.base(text))
}

/// Whether `word` is a title that stands before a name ("Mr", "Mrs.", "President").
pub fn is_title(word: &str) -> bool {
    lexicon::TITLE_SET.contains(word.trim_end_matches('.'))
}

/// A line in title case with no closing punctuation: "Belarus Releases Prisoners After US
/// Sanctions Lifted".
pub fn is_heading(sentence: &str, text: &str, ws: &[Word]) -> bool {
    if sentence.ends_with(['.', '!', '?', '”', '"', '…', ':']) {
        return false;
    }
    let capitals = ws
        .iter()
        .filter(|w| w.str(text).chars().next().is_some_and(char::is_uppercase))
        .count();
    ws.len() >= 3 && capitals * 10 >= ws.len() * 7
}

/// A pronoun or description at word `i` that refers to a person: its length in words.
pub fn reference_at(text: &str, ws: &[Word], i: usize) -> Option<usize> {
    // Most words cannot open a reference: one look at the first letter passes them over.
    let first = text.as_bytes()[ws.get(i)?.start].to_ascii_lowercase();
    if !REFERENCES
        .iter()
        .any(|phrase| phrase[0].as_bytes()[0] == first)
    {
        return None;
    }
    REFERENCES.iter().find_map(|phrase| {
        let fits =
            ws.len() >= i + phrase.len() && phrase.iter().zip(&ws[i..]).all(|(p, w)| w.is(text, p));
        fits.then_some(phrase.len())
    })
}

/// The person meant at byte `at`: the nearest name that starts before it, at most a few
/// sentences back.
pub fn resolve(names: &[Name], sentence: usize, at: usize) -> Option<&Name> {
    const LOOK_BACK: usize = 6;
    // Names are in text order: the last one before `at` is the nearest.
    let before = names.partition_point(|n| n.start < at);
    names[..before]
        .last()
        .filter(|n| n.sentence + LOOK_BACK >= sentence)
}
