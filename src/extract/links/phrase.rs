//! Phrases normalised for comparison and hashed into keys: lower case, no articles or
//! possessive determiners, nouns in the singular ("the political prisoners" -> "political
//! prisoner"), verbs cut to a stem where asked ("lifted sanctions" and "lifting sanctions" ->
//! "lift sanction"), and a lone surname read as the full name the article gives it.
//! Keys are 64-bit FNV-1a hashes of the normal form, so grouping allocates no strings.

use std::cell::OnceCell;

use foldhash::HashMap;

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

/// Separates words, and parts of a key, in a hash.
const SEPARATOR: u8 = 0x1f;

/// FNV-1a, the keys' hash, fed `data`: a byte stream, so a word fed as stem and ending
/// ("countr" + "y") hashes as the whole word ("country"), which a `Hasher` does not promise.
fn fnv(state: u64, data: &[u8]) -> u64 {
    data.iter().fold(state, |h, &b| {
        (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3)
    })
}

const FNV_OFFSET: u64 = 0xcbf2_9ce4_8422_2325;

/// The hash of `text` with ASCII case folded.
pub fn lower_hash(text: &str) -> u64 {
    text.bytes()
        .fold(FNV_OFFSET, |h, b| fnv(h, &[b.to_ascii_lowercase()]))
}

/// A key being hashed: parts are fed in order, each closed by a separator.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Key(u64);

impl Key {
    /// A key opened by a tag (the claim kind), so keys of two kinds never meet.
    pub fn new(tag: u8) -> Key {
        Key(fnv(FNV_OFFSET, &[tag]))
    }

    /// Feeds raw bytes as one part.
    pub fn part(self, data: &[u8]) -> Key {
        Key(fnv(fnv(self.0, data), &[SEPARATOR]))
    }

    pub fn finish(self) -> u64 {
        self.0
    }
}

/// Calls `each` with every normalised word of `phrase` (as up to two pieces to join: a stem
/// and an ending, so "countries" gives "countr" + "y" without building a string). `scratch`
/// holds the lower-cased word.
pub fn for_each_word(
    phrase: &str,
    stem: bool,
    scratch: &mut String,
    mut each: impl FnMut(&str, &str),
) {
    let words = phrase
        .split(|c: char| !(c.is_alphanumeric() || matches!(c, '-' | '.' | '’' | '\'')))
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()))
        .filter(|w| !w.is_empty());
    for word in words {
        scratch.clear();
        scratch.extend(word.chars().flat_map(char::to_lowercase));
        if DETERMINERS.contains(&scratch.as_str()) {
            continue;
        }
        let (base, ending) = singular(scratch);
        if stem {
            let cut = ["ing", "ed"]
                .iter()
                .find_map(|end| base.strip_suffix(end).filter(|s| s.len() >= 3));
            if let (Some(cut), "") = (cut, ending) {
                each(cut, "");
                continue;
            }
        }
        each(base, ending);
    }
}

/// The key of a phrase's normal form; `None` when no word is left.
pub fn phrase_key(key: Key, phrase: &str, stem: bool, scratch: &mut String) -> Option<Key> {
    let mut state = key.0;
    let mut any = false;
    for_each_word(phrase, stem, scratch, |base, ending| {
        state = fnv(fnv(state, base.as_bytes()), ending.as_bytes());
        state = fnv(state, b" ");
        any = true;
    });
    any.then_some(Key(fnv(state, &[SEPARATOR])))
}

/// The key of a passage's words as written, ignoring only case and punctuation: quotes and
/// statements restate when their words are the same ("“Never give up.”", "never give up").
/// One pass over the bytes, as quotes run long: ASCII through a table, other characters
/// decoded (the same bytes as lower-casing each character).
pub fn words_key(key: Key, passage: &str) -> Option<Key> {
    let mut state = key.0;
    let (mut any, mut gap) = (false, false);
    let mut utf8 = [0u8; 4];
    let b = passage.as_bytes();
    let mut i = 0;
    while let Some(&c) = b.get(i) {
        if c.is_ascii() {
            i += 1;
            let lower = ASCII_WORD[usize::from(c)];
            if lower == 0 {
                gap = true;
                continue;
            }
            if gap && any {
                state = fnv(state, b" ");
            }
            state = fnv(state, &[lower]);
            (any, gap) = (true, false);
            continue;
        }
        let ch = passage[i..].chars().next().unwrap_or(' ');
        i += ch.len_utf8();
        if !ch.is_alphanumeric() {
            gap = true;
            continue;
        }
        if gap && any {
            state = fnv(state, b" ");
        }
        for lower in ch.to_lowercase() {
            state = fnv(state, lower.encode_utf8(&mut utf8).as_bytes());
        }
        (any, gap) = (true, false);
    }
    any.then_some(Key(fnv(state, &[SEPARATOR])))
}

/// Per ASCII byte, its lower case if it is a letter or digit, else 0 (a gap between words).
static ASCII_WORD: [u8; 128] = {
    let mut t = [0u8; 128];
    let mut c = 0;
    while c < 128 {
        let b = c as u8;
        if b.is_ascii_alphanumeric() {
            t[c] = b.to_ascii_lowercase();
        }
        c += 1;
    }
    t
};

/// The hash of each normalised word of `phrase`, in order.
pub fn word_hashes(phrase: &str, scratch: &mut String) -> Vec<u64> {
    let mut out = Vec::new();
    for_each_word(phrase, false, scratch, |base, ending| {
        out.push(fnv(fnv(FNV_OFFSET, base.as_bytes()), ending.as_bytes()));
    });
    out
}

/// The singular of a lower-case English noun as stem and ending ("prisoners" -> "prisoner",
/// "countries" -> "countr" + "y", "churches" -> "church"); words that are not plurals pass
/// through.
pub fn singular(word: &str) -> (&str, &'static str) {
    let word = word
        .strip_suffix("’s")
        .or_else(|| word.strip_suffix("'s"))
        .unwrap_or(word);
    if let Some((_, one)) = IRREGULAR.iter().find(|(many, _)| *many == word) {
        return ("", one);
    }
    if word.len() <= 3 || word.ends_with("ss") || word.ends_with("us") || word.ends_with("is") {
        return (word, "");
    }
    if let Some(base) = word.strip_suffix("ies") {
        return (base, "y");
    }
    if ["ches", "shes", "sses", "xes"]
        .iter()
        .any(|e| word.ends_with(e))
    {
        return (&word[..word.len() - 2], "");
    }
    (word.strip_suffix('s').unwrap_or(word), "")
}

/// Full names by their last word, for a person mentioned by surname alone; a surname two
/// different people share resolves to neither. Built on the first lone surname asked about.
pub struct Surnames<'a> {
    names: &'a [Name],
    full: OnceCell<HashMap<&'a str, Option<&'a str>>>,
}

impl<'a> Surnames<'a> {
    pub fn new(names: &'a [Name]) -> Surnames<'a> {
        Surnames {
            names,
            full: OnceCell::new(),
        }
    }

    fn build(names: &'a [Name]) -> HashMap<&'a str, Option<&'a str>> {
        let mut full: HashMap<&str, Option<&str>> = HashMap::default();
        for name in names {
            let Some((_, last)) = name.full.rsplit_once(' ') else {
                continue;
            };
            let entry = full.entry(last).or_insert(Some(name.full.as_str()));
            if *entry != Some(name.full.as_str()) {
                *entry = None;
            }
        }
        full
    }

    /// The key of a person's name: the full name for a lone surname the article expands,
    /// normalised as a phrase.
    pub fn person(&self, key: Key, name: &str, scratch: &mut String) -> Option<Key> {
        let name = name.trim();
        let full = if name.contains(' ') {
            None
        } else {
            let map = self.full.get_or_init(|| Self::build(self.names));
            map.get(name).copied().flatten()
        };
        phrase_key(key, full.unwrap_or(name), false, scratch)
    }
}
