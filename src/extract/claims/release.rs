//! Releases: a named person (or a pronoun resolved to one) freed or released, in the active
//! voice ("Belarus freed ... Ales Bialiatski", "by releasing her and Bialiatski", with the
//! agent kept as `object`) or the passive ("Maria Kolesnikova ... was also released").

use std::sync::LazyLock;

use super::{Claim, ClaimKind, Doc};
use crate::extract::word_table::WordSet;

const ACTIVE: &[&str] = &[
    "freed",
    "released",
    "releasing",
    "freeing",
    "frees",
    "releases",
    "pardoned",
    "pardoning",
];
/// Parts of the release verbs that survive a capital ("Freed", "Released", "Pardoned").
const RELEASE_CUES: &[&str] = &["ree", "eleas", "ardon"];
/// The cues as prebuilt searchers: `str::contains` sets up a search for each sentence.
static RELEASE_FINDERS: LazyLock<Vec<memchr::memmem::Finder<'static>>> = LazyLock::new(|| {
    RELEASE_CUES
        .iter()
        .map(|c| memchr::memmem::Finder::new(c.as_bytes()))
        .collect()
});
static ACTIVE_SET: LazyLock<WordSet> = LazyLock::new(|| WordSet::of(ACTIVE));
const PRONOUNS: &[&str] = &[
    "he", "she", "they", "it", "we", "i", "you", "who", "this", "that",
];
const PASSIVE_AUX: &[&str] = &["was", "were", "been", "being", "is", "are", "be"];
/// Words that may stand between a verb and the person it frees ("freed Nobel Peace Prize laureate").
const SKIPPABLE: &[&str] = &[
    "the",
    "jailed",
    "imprisoned",
    "opposition",
    "activist",
    "leader",
    "laureate",
    "nobel",
    "peace",
    "prize",
    "former",
    "prominent",
    "dissident",
    "journalist",
];

pub fn find(doc: &Doc<'_>, s: usize, out: &mut Vec<Claim>) {
    let sentence = doc.sentence_text(s);
    let cued = |f: &memchr::memmem::Finder<'_>| f.find(sentence.as_bytes()).is_some();
    if !RELEASE_FINDERS.iter().any(cued) {
        return;
    }
    let text = doc.text;
    let ws = &doc.words[s];
    for (v, verb) in ws.iter().enumerate() {
        if !ACTIVE_SET.contains(verb.str(text)) || doc.is_negated(s, v) {
            continue;
        }
        let passive = (v.saturating_sub(2)..v).any(|j| ws[j].is_any(text, PASSIVE_AUX));
        let claim = if passive {
            passive_release(doc, s, v)
        } else {
            active_release(doc, s, v)
        };
        out.extend(claim);
    }
}

/// "<agent> freed <person>[ and <person>]".
fn active_release(doc: &Doc<'_>, s: usize, v: usize) -> Option<Claim> {
    let text = doc.text;
    let ws = &doc.words[s];
    let first = (v + 1..ws.len().min(v + 6)).find(|&j| !ws[j].is_any(text, SKIPPABLE))?;
    let (len, name) = doc.person_at(s, first)?;
    let mut people = vec![name];
    let mut end = first + len;
    if ws.get(end).is_some_and(|w| w.is(text, "and"))
        && let Some((more, other)) = doc.person_at(s, end + 1)
    {
        people.push(other);
        end += 1 + more;
    }
    let agent = v
        .checked_sub(1)
        .filter(|&a| {
            ws[a].str(text).starts_with(char::is_uppercase) && !ws[a].is_any(text, PRONOUNS)
        })
        .map(|a| ws[a].base(text).to_string());
    let mut claim = Claim::new(ClaimKind::Release, s, ws[v].start, ws[end - 1].end);
    claim.subject = Some(people.join(" and "));
    claim.object = agent;
    claim.value_text = Some(ws[v].str(text).to_lowercase());
    Some(claim)
}

/// "<person> ... was released": the nearest person before the verb.
fn passive_release(doc: &Doc<'_>, s: usize, v: usize) -> Option<Claim> {
    let ws = &doc.words[s];
    let (at, name) = doc.person_before(s, v.checked_sub(1)?)?;
    let mut claim = Claim::new(ClaimKind::Release, s, ws[at].start, ws[v].end);
    claim.subject = Some(name);
    claim.value_text = Some(ws[v].str(doc.text).to_lowercase());
    Some(claim)
}
