//! People named in an article, and what a pronoun or "the woman" refers to. A name is two or
//! three capitalised words that are not common sentence openers or organisation words, or a
//! capitalised word after a title ("President Lukashenko"); later a lone surname is the same
//! person. A reference resolves to the nearest name before it, in its sentence or earlier.

use super::sentences::Sentence;
use std::sync::LazyLock;

use super::words::{Word, WordSet};

/// One mention of a named person, with the full name it refers to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Name {
    pub start: usize,
    pub end: usize,
    pub sentence: usize,
    pub full: String,
}

/// Capitalised words that open sentences or name things other than people.
const NOT_NAMES: &[&str] = &[
    "the",
    "a",
    "an",
    "but",
    "and",
    "or",
    "so",
    "if",
    "he",
    "she",
    "it",
    "they",
    "we",
    "i",
    "you",
    "his",
    "her",
    "its",
    "their",
    "our",
    "my",
    "your",
    "in",
    "on",
    "at",
    "for",
    "to",
    "of",
    "by",
    "with",
    "from",
    "now",
    "then",
    "this",
    "that",
    "these",
    "those",
    "what",
    "why",
    "how",
    "when",
    "where",
    "who",
    "because",
    "while",
    "not",
    "yet",
    "still",
    "even",
    "just",
    "also",
    "after",
    "before",
    "as",
    "all",
    "some",
    "many",
    "most",
    "no",
    "one",
    "there",
    "here",
    "meanwhile",
    "however",
    "mr",
    "mrs",
    "ms",
    "dr",
    "sir",
    "president",
    "minister",
    "prime",
    "secretary",
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "prize",
    "peace",
    "nobel",
    "award",
    "house",
    "party",
    "union",
    "court",
    "council",
    "ministry",
    "government",
    "republic",
    "kingdom",
    "states",
    "nations",
    "street",
    "bank",
    "university",
    "company",
    "group",
    "news",
    "times",
    "post",
    "department",
    "office",
    "agency",
    "committee",
    "commission",
    "parliament",
    "senate",
    "congress",
    "assembly",
    "army",
    "forces",
    "police",
    "church",
    "museum",
    "hospital",
    "school",
    "college",
    "airport",
    "club",
    "league",
    "cup",
    "championship",
    "international",
    "national",
    "federal",
    "united",
    "european",
    "north",
    "south",
    "east",
    "west",
    "new",
    "great",
    "general",
    "central",
    "royal",
    "world",
    "war",
    "city",
    "county",
    "state",
    "corporation",
    "inc",
    "ltd",
    "plc",
    "association",
    "fund",
    "institute",
    "foundation",
    "organisation",
    "organization",
    "service",
    "services",
    "labour",
    "democratic",
    "republican",
    "conservative",
    "liberal",
    "christmas",
    "easter",
    "internet",
];

static NOT_NAME_SET: LazyLock<WordSet> = LazyLock::new(|| WordSet::new(NOT_NAMES));

/// Words that put a capitalised name after them ("President Lukashenko").
const TITLES: &[&str] = &[
    "mr",
    "mrs",
    "ms",
    "dr",
    "sir",
    "dame",
    "lord",
    "lady",
    "president",
    "chancellor",
    "senator",
    "judge",
    "pope",
    "king",
    "queen",
    "prince",
    "princess",
    "minister",
    "governor",
    "mayor",
    "professor",
    "prof",
    "laureate",
    "activist",
    "dissident",
    "opposition",
    "leader",
    "coach",
    "striker",
    "captain",
    "chief",
    "spokesman",
    "spokeswoman",
];

/// People references that resolve to the nearest earlier name.
const REFERENCES: &[&[&str]] = &[
    &["he"],
    &["him"],
    &["she"],
    &["her"],
    &["his"],
    &["the", "man"],
    &["the", "woman"],
    &["a", "man"],
    &["a", "woman"],
];

/// Finds every named person in `text`, with later surname-only mentions resolved.
/// `words[i]` are the words of `sentences[i]`.
pub fn find_names(text: &str, sentences: &[Sentence], words: &[Vec<Word>]) -> Vec<Name> {
    let mut names: Vec<Name> = Vec::new();
    for (index, (s, ws)) in sentences.iter().zip(words).enumerate() {
        if is_heading(&text[s.start..s.end], text, ws) {
            continue;
        }
        let mut i = 0;
        while i < ws.len() {
            i += match name_at(text, ws, i, &names) {
                Some((len, full)) => {
                    let (start, end) = (ws[i].start, ws[i + len - 1].end);
                    names.push(Name {
                        start,
                        end,
                        sentence: index,
                        full,
                    });
                    len
                }
                None => 1,
            };
        }
    }
    names
}

/// A name starting at word `i`: its length in words and the full name.
fn name_at(text: &str, ws: &[Word], i: usize, known: &[Name]) -> Option<(usize, String)> {
    if !starts_upper(ws[i].str(text)) {
        return None;
    }
    let run = (i..ws.len().min(i + 3))
        .take_while(|&k| {
            let joined = k == i || text[ws[k - 1].end..ws[k].start].trim().is_empty();
            joined && is_name_word(text, &ws[k]) && (k > 0 || !looks_inflected(text, &ws[k]))
        })
        .count();
    let titled = i > 0 && ws[i - 1].is_any(text, TITLES);
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
        let earlier = known
            .iter()
            .rev()
            .find(|n| n.full.rsplit(' ').next() == Some(word));
        if let Some(earlier) = earlier {
            return Some((1, earlier.full.clone()));
        }
        if titled {
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
    names
        .iter()
        .rev()
        .filter(|n| n.start < at)
        .find(|n| n.sentence + LOOK_BACK >= sentence)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::sentences::split;
    use crate::extract::words::words;

    fn sentence_words(text: &str, sentences: &[Sentence]) -> Vec<Vec<Word>> {
        sentences
            .iter()
            .map(|s| words(text, s.start, s.end))
            .collect()
    }

    fn full_names(text: &str) -> Vec<String> {
        let sentences = split(text);
        find_names(text, &sentences, &sentence_words(text, &sentences))
            .into_iter()
            .map(|n| n.full)
            .collect()
    }

    #[test]
    fn finds_people() {
        let cases: &[(&str, &[&str])] = &[
            (
                "Belarus freed Nobel Peace Prize laureate Ales Bialiatski.",
                &["Ales Bialiatski"],
            ),
            (
                "Maria Kolesnikova was released. Kolesnikova smiled.",
                &["Maria Kolesnikova", "Maria Kolesnikova"],
            ),
            (
                "No one believed Alexander Lukashenko’s words.",
                &["Alexander Lukashenko"],
            ),
            ("The United States lifted sanctions on Monday.", &[]),
            ("Belarus Releases Prisoners After US Sanctions Lifted", &[]),
            ("Then President Obama spoke.", &["Obama"]),
            ("The Nobel Peace Prize went to him.", &[]),
            (
                "Economy minister Heizo Takenaka said so.",
                &["Heizo Takenaka"],
            ),
            (
                "Ann Lee met Bob Ray. Freeing Lee, Ray left.",
                &["Ann Lee", "Bob Ray", "Ann Lee", "Bob Ray"],
            ),
        ];
        for (text, expected) in cases {
            assert_eq!(full_names(text), *expected, "names in {text:?}");
        }
    }

    #[test]
    fn resolves_to_the_nearest_earlier_name() {
        let text = "Ann Lee met Bob Ray. He left. Later she came.";
        let sentences = split(text);
        let names = find_names(text, &sentences, &sentence_words(text, &sentences));
        let he = text.find("He").unwrap();
        assert_eq!(
            resolve(&names, 1, he).map(|n| n.full.as_str()),
            Some("Bob Ray")
        );
        assert_eq!(resolve(&names, 0, 0), None);
    }
}
