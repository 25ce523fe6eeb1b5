//! Who a source phrase names: a person named in it, a pronoun or a description ("the
//! minister", "the company", "they") resolved to the person or body the article named
//! before, else the phrase itself ("officials", "a spokesperson for the ministry").

use std::sync::LazyLock;

use super::antecedent::{Kind, Memory, body_by_noun, body_subject, person_by_role};
use super::function_words::DETERMINER_SET;
use super::lexicon::{DOCUMENT_SET, ORG_SET, PARTITIVE_SET, ROLE_SET, is_common_speaker};
use super::source::{Phrase, broken, head};
use crate::extract::claims::Doc;
use crate::extract::word_table::WordSet;

static FIRST_PERSON: LazyLock<WordSet> =
    LazyLock::new(|| WordSet::of(&["i", "we", "you", "me", "us"]));

/// Whether the source phrase is the writer or the reader ("“I am not shy,” I said"): the
/// article itself speaks.
pub fn is_writer(doc: &Doc<'_>, s: usize, p: Phrase) -> bool {
    p.first == p.last && FIRST_PERSON.contains(uncontracted(doc.words[s][p.first].str(doc.text)))
}

/// The claimer a source phrase names and its kind; `None` when the phrase is the writer or
/// the reader ("I", "we", "you") or an empty "it" with nothing to refer to.
pub fn claimer(doc: &Doc<'_>, s: usize, p: Phrase, memory: &Memory) -> Option<(String, Kind)> {
    let (text, ws) = (doc.text, &doc.words[s]);
    let h = head(doc, s, p);
    let head_word = ws[h].str(text);
    // "Those who oppose the plan": a relative clause gives a pronoun its sense.
    let relative = h < p.last && ws[h + 1].is_any(text, &["who", "that"]);
    let first = ws[p.first].str(text);
    // "About 4 in 10", "over half of voters": a preposition that approximates a share is
    // part of the subject.
    let approximates = ws[p.first].is_any(text, &["about", "over", "under"]);
    let preposition =
        super::function_words::is_preposition(first) && !super::function_words::is_acronym(first);
    // "by Gabriel Sherman", "In Trump's mind": a name after it is resolved as before.
    let named_next = ws
        .get(p.first + 1)
        .filter(|_| p.first < p.last)
        .is_some_and(|w| w.str(text).starts_with(char::is_uppercase));
    if preposition && !approximates && !named_next {
        // "amid fresh claims that", "With his ranking down, many feared": a phrase that opens
        // with a preposition before a common word is an adverbial, never who speaks.
        return None;
    }
    if ws[p.first].is_any(text, &["no", "nobody", "none", "neither"])
        || !(relative || plausible_head(head_word))
    {
        // "No one believed ...": nobody claims it; "That’s", "the" name nobody.
        return None;
    }
    if p.first == h
        && !relative
        && let Some(found) = pronoun(doc, s, h, memory)
    {
        return found;
    }
    if let Some(name) = titled_name(doc, s, p, h).or_else(|| appended_name(doc, s, p)) {
        return Some((name, Kind::Person));
    }
    // A description names someone met before; a phrase with a name of its own ("The IFPI
    // industry body") names its own.
    let plain = (p.first + 1..=p.last).all(|k| !ws[k].str(text).starts_with(char::is_uppercase));
    let described = plain && p.first < h && ws[p.first].is_any(text, &["the", "this", "that"]);
    if described
        && ROLE_SET.contains(head_word)
        && let Some(name) = person_by_role(doc, s, head_word)
    {
        return Some((name, Kind::Person));
    }
    let body = ORG_SET.contains(head_word) && !DOCUMENT_SET.contains(head_word);
    if described && body && !head_word.ends_with('s') {
        let named = body_by_noun(doc, s, head_word)
            .or_else(|| memory.latest(s, &[Kind::Body]).map(str::to_string))
            .or_else(|| body_subject(doc, s));
        if let Some(name) = named {
            return Some((name, Kind::Body));
        }
    }
    Some(phrase_claimer(doc, s, p, h))
}

/// A pronoun source: `Some(None)` when it is the writer or reader, `None` when not a pronoun.
fn pronoun(doc: &Doc<'_>, s: usize, h: usize, memory: &Memory) -> Option<Option<(String, Kind)>> {
    let w = uncontracted(doc.words[s][h].str(doc.text));
    if super::function_words::is_acronym(w) {
        return None;
    }
    if FIRST_PERSON.contains(w) {
        return Some(None);
    }
    // A possessor speaks as its pronoun would: "his claim that" is his.
    let lower = match w.to_ascii_lowercase().as_str() {
        "his" => "he".to_string(),
        "her" => "she".to_string(),
        "their" => "they".to_string(),
        "its" => "it".to_string(),
        other => other.to_string(),
    };
    Some(match lower.as_str() {
        // With no name in reach, the latest person who spoke ("“...,” the senator said. He
        // added ..."), then the pronoun itself.
        "he" | "she" => Some(
            memory
                .person_for(doc, s, doc.words[s][h].start, lower == "she")
                .or_else(|| memory.latest_person(s, lower == "she").map(str::to_string))
                .map_or((lower, Kind::Person), |name| (name, Kind::Person)),
        ),
        "they" => Some(
            memory
                .latest(s, &[Kind::Group, Kind::Body])
                .map_or((lower, Kind::Group), |name| (name.to_string(), Kind::Group)),
        ),
        "it" => {
            let body = memory.latest(s, &[Kind::Body]).map(str::to_string);
            let body = body.or_else(|| body_subject(doc, s));
            Some((body.unwrap_or(lower), Kind::Body))
        }
        _ if PARTITIVE_SET.contains(w) => {
            Some((partitive_group(doc, s).unwrap_or(lower), Kind::Group))
        }
        _ => return None,
    })
}

/// "He’s" -> "He": a pronoun with a contracted auxiliary.
pub fn uncontracted(word: &str) -> &str {
    match word.split_once(['’', '\'']) {
        Some((base, "s" | "ll" | "d" | "re" | "ve")) => base,
        _ => word,
    }
}

/// Whether `word` can head a source: not a contraction ("It’s"), a function word or a time
/// word.
fn plausible_head(word: &str) -> bool {
    if super::function_words::is_acronym(word) {
        return true;
    }
    const FUNCTION: &[&str] = &[
        "the",
        "a",
        "an",
        "this",
        "that",
        "these",
        "those",
        "there",
        "here",
        "what",
        "which",
        "who",
        "today",
        "yesterday",
        "tonight",
        "now",
        "then",
        "later",
        "earlier",
        "also",
    ];
    static FUNCTION_SET: LazyLock<WordSet> = LazyLock::new(|| WordSet::of(FUNCTION));
    let bare = uncontracted(word);
    let pronoun = ["he", "she", "they", "it"]
        .iter()
        .any(|p| bare.eq_ignore_ascii_case(p));
    let contraction = !pronoun
        && word.split_once(['’', '\'']).is_some_and(|(base, tail)| {
            matches!(tail, "ll" | "re" | "ve" | "d" | "m" | "t")
                || (tail == "s"
                    && (FIRST_PERSON.contains(base)
                        || FUNCTION_SET.contains(base)
                        || base.eq_ignore_ascii_case("it")))
        });
    // "This, they say, indicates", "she added that claims ...": a reporting verb is no one.
    let verb = word.starts_with(char::is_lowercase)
        && super::cues::is_cue(word)
        && (word.ends_with("ed")
            || SPEAKING_SET.contains(word)
            || super::clause::is_finite_word(word));
    !contraction && !verb && !TIME_SET.contains(word) && !FUNCTION_SET.contains(word)
}

/// Present forms of the commonest reporting verbs, never a noun.
const SPEAKING: &[&str] = &[
    "say", "says", "add", "adds", "tell", "tells", "write", "writes",
];
static SPEAKING_SET: LazyLock<WordSet> = LazyLock::new(|| WordSet::of(SPEAKING));

#[rustfmt::skip]
/// Days and months: "said Tuesday" names a time, not a speaker.
const TIME_WORDS: &[&str] = &[
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january",
    "february", "march", "april", "may", "june", "july", "august", "september", "october",
    "november", "december", "week", "month", "year", "night", "morning", "evening",
];

static TIME_SET: LazyLock<WordSet> = LazyLock::new(|| WordSet::of(TIME_WORDS));

/// "A spokesman for US Immigration, Customs and Enforcement, Dean Boyd": a name after the
/// phrase's last comma is who speaks.
fn appended_name(doc: &Doc<'_>, s: usize, p: Phrase) -> Option<String> {
    let ws = &doc.words[s];
    let start = ws[p.last].start;
    let at = doc.names.partition_point(|n| n.start <= start);
    let n = doc.names[..at].last().filter(|n| n.end == ws[p.last].end)?;
    let first = doc.word_at(s, n.start);
    (first > p.first && broken(doc, s, first - 1, first)).then(|| n.full.clone())
}

/// The person a phrase names: the name at its head, or a name that ends it after titles
/// ("Secretary of State John Kerry", "Senate Majority Leader Mitch McConnell"), not after
/// another preposition ("a spokesman for Hillary Clinton" is the spokesman).
fn titled_name(doc: &Doc<'_>, s: usize, p: Phrase, h: usize) -> Option<String> {
    let (text, ws) = (doc.text, &doc.words[s]);
    let name_over = |i: usize| {
        let start = ws[i].start;
        let upto = doc.names.partition_point(|n| n.start <= start);
        doc.names[..upto].last().filter(|n| n.end > start)
    };
    if let Some(n) = name_over(h) {
        return Some(n.full.clone());
    }
    let n = name_over(p.last)?;
    let name_first = doc.word_at(s, n.start).max(p.first);
    let head_word = ws[h].str(text);
    if h < name_first && head_word.ends_with('s') && !head_word.ends_with("ss") {
        // "Friends of Mr. Clinton's": a plural is no title; the name is whose they are.
        return None;
    }
    if name_first > p.first && ws[name_first - 1].is(text, "of") {
        // "executive partner of Tods Murray": the name is the firm, not the speaker.
        return None;
    }
    let titles_only = (p.first..name_first).all(|k| {
        let w = &ws[k];
        !super::function_words::is_preposition(w.str(text)) || w.is(text, "of")
    });
    let unbroken = (p.first..name_first).all(|k| !broken(doc, s, k, k + 1));
    (titles_only && unbroken).then(|| n.full.clone())
}

/// The group a partitive ("some", "many") takes part of: the plural noun phrase that opens
/// the sentence ("The prisoners themselves, ..., with some even declaring").
fn partitive_group(doc: &Doc<'_>, s: usize) -> Option<String> {
    let (text, ws) = (doc.text, &doc.words[s]);
    let opening = ws.first()?.str(text);
    if super::function_words::is_opener(opening) || super::function_words::is_preposition(opening) {
        // "Although Reed says A, others argue B": a subordinate clause names no group, nor
        // does an adverbial ("With his ranking down, many feared").
        return None;
    }
    let plural = (0..ws.len().min(4))
        .take_while(|&k| k == 0 || !broken(doc, s, k - 1, k))
        .find(|&k| {
            let w = ws[k].str(text);
            k > 0 && (w.ends_with('s') || super::lexicon::GROUP_SET.contains(w))
        })?;
    Some(lowercase_article(&text[ws[0].start..ws[plural].end]))
}

/// The source phrase itself as the claimer: "US" for "The US", "officials", "a
/// spokesperson for the ministry".
fn phrase_claimer(doc: &Doc<'_>, s: usize, p: Phrase, h: usize) -> (String, Kind) {
    let (text, ws) = (doc.text, &doc.words[s]);
    // "GMIPoll last week": the time is not part of the name.
    let mut last = p.last;
    while last > h
        && TIME_WORDS
            .iter()
            .chain(&["last", "this", "next"])
            .any(|t| ws[last].is(text, t))
    {
        last -= 1;
    }
    let p = Phrase { last, ..p };
    let phrase = &text[ws[p.first].start..ws[p.last].end];
    let after_det = if DETERMINER_SET.contains(ws[p.first].str(text)) && p.first < h {
        p.first + 1
    } else {
        p.first
    };
    // "Those who oppose the plan" opens a sentence: a capital, not a name.
    let opener = ws[after_det].str(text);
    let number = ["one", "two", "three", "four", "five"]
        .iter()
        .any(|n| opener.eq_ignore_ascii_case(n));
    let proper = (number || !DETERMINER_SET.contains(opener))
        && (after_det..=h).all(|k| ws[k].str(text).starts_with(char::is_uppercase));
    let head_word = ws[h].str(text);
    let common = after_det == h && is_common_speaker(head_word);
    if proper && !common {
        // "Trump, who has a commanding lead in delegates": the name ends at its appositive.
        let last = (h..p.last)
            .find(|&k| broken(doc, s, k, k + 1))
            .unwrap_or(p.last);
        let name = &text[ws[after_det].start..ws[last].end];
        return (name.trim_end_matches(['’', '\'']).to_string(), Kind::Body);
    }
    let kind = if ROLE_SET.contains(head_word) {
        Kind::Person
    } else if super::lexicon::GROUP_SET.contains(head_word)
        || (head_word.ends_with('s') && !ORG_SET.contains(head_word))
    {
        Kind::Group
    } else {
        Kind::Body
    };
    let phrase = phrase.trim_end_matches("’s").trim_end_matches("'s");
    let phrase = if p.first == 0 && !doc.is_proper(&ws[0]) && is_common_speaker(ws[0].str(text)) {
        lowercase_first(phrase)
    } else {
        lowercase_article(phrase)
    };
    (phrase, kind)
}

/// The phrase with its first letter in lower case ("Officials" opening a sentence).
fn lowercase_first(phrase: &str) -> String {
    let mut chars = phrase.chars();
    chars
        .next()
        .map(|c| c.to_lowercase().chain(chars).collect())
        .unwrap_or_default()
}

/// "The prisoners" -> "the prisoners"; names keep their capitals.
pub fn lowercase_article(phrase: &str) -> String {
    let first = phrase.split_whitespace().next().unwrap_or("");
    if DETERMINER_SET.contains(first) && first.starts_with(char::is_uppercase) {
        lowercase_first(phrase)
    } else {
        phrase.to_string()
    }
}
