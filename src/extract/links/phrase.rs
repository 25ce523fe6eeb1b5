//! Phrases normalised for comparison: lower case, no articles or possessive determiners,
//! nouns in the singular ("the political prisoners" -> "political prisoner"), verbs cut to a
//! stem where asked ("lifted sanctions" and "lifting sanctions" -> "lift sanction"), and a lone
//! surname read as the full name the article gives it.

use std::collections::HashMap;
use std::hash::BuildHasherDefault;

use crate::extract::fnv::Fnv;
use crate::extract::people::Name;

/// Words that only point at the thing named, not part of what it is.
const DETERMINERS: &[&str] = &[
    "the", "a", "an", "this", "that", "these", "those", "his", "her", "its", "their", "our",
];

/// Plurals that do not end in "s", and their singulars.
const IRREGULAR: &[(&str, &str)] = &[
    ("people", "person"),
    ("men", "man"),
    ("women", "woman"),
    ("children", "child"),
    ("feet", "foot"),
    ("teeth", "tooth"),
    ("mice", "mouse"),
    ("geese", "goose"),
];

/// The words of `phrase`, normalised: lower case, determiners dropped, each word in the
/// singular, and also cut to a stem when `stem` is set.
pub fn words(phrase: &str, stem: bool) -> Vec<String> {
    phrase
        .split(|c: char| !(c.is_alphanumeric() || matches!(c, '-' | '.' | '’' | '\'')))
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()))
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .filter(|w| !DETERMINERS.contains(&w.as_str()))
        .map(|w| if stem { stem_of(&w) } else { singular(&w) })
        .collect()
}

/// The singular of an English noun, by its ending ("prisoners" -> "prisoner", "countries"
/// -> "country", "churches" -> "church"); words that are not plurals pass through.
pub fn singular(word: &str) -> String {
    let word = word
        .strip_suffix("’s")
        .or_else(|| word.strip_suffix("'s"))
        .unwrap_or(word);
    if let Some((_, one)) = IRREGULAR.iter().find(|(many, _)| *many == word) {
        return (*one).to_string();
    }
    if word.len() <= 3 || word.ends_with("ss") || word.ends_with("us") || word.ends_with("is") {
        return word.to_string();
    }
    if let Some(base) = word.strip_suffix("ies") {
        return format!("{base}y");
    }
    for ending in ["ches", "shes", "sses", "xes"] {
        if word.ends_with(ending) {
            return word[..word.len() - 2].to_string();
        }
    }
    word.strip_suffix('s').unwrap_or(word).to_string()
}

/// A crude stem for matching verb phrases: the singular, less "-ing" or "-ed" where a stem of
/// three letters or more is left ("lifting", "lifted" -> "lift").
fn stem_of(word: &str) -> String {
    let one = singular(word);
    ["ing", "ed"]
        .iter()
        .find_map(|end| one.strip_suffix(end).filter(|s| s.len() >= 3))
        .map_or_else(|| one.clone(), str::to_string)
}

/// Full names by their last word, for a person mentioned by surname alone; a surname two
/// different people share resolves to neither.
pub struct Surnames<'a> {
    full: HashMap<&'a str, Option<&'a str>, BuildHasherDefault<Fnv>>,
}

impl<'a> Surnames<'a> {
    pub fn new(names: &'a [Name]) -> Surnames<'a> {
        let mut full: HashMap<&str, Option<&str>, _> = HashMap::default();
        for name in names {
            let Some((_, last)) = name.full.rsplit_once(' ') else {
                continue;
            };
            let entry = full.entry(last).or_insert(Some(name.full.as_str()));
            if *entry != Some(name.full.as_str()) {
                *entry = None;
            }
        }
        Surnames { full }
    }

    /// A person's name as a key: the full name for a lone surname the article expands,
    /// in lower case, without a leading article.
    pub fn person(&self, name: &str) -> String {
        let name = name.trim();
        let name = match self.full.get(name) {
            Some(Some(full)) => full,
            _ => name,
        };
        words(name, false).join(" ")
    }
}
