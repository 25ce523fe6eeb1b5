//! A relative clause between a source and its verb: "progressive organizations that have
//! endorsed him say", "a White House official who spoke anonymously to discuss internal
//! strategy said". The verb's source is the clause's antecedent, not the clause's words.

use std::sync::LazyLock;

use super::appositive::{appositive_head, name_ending};
use super::function_words::{
    BETWEEN_SET, INNER_PREPOSITION_SET, PASSIVE_SET, PREPOSITION_SET, is_opener,
};
use super::source::{Phrase, broken, is_finite, is_participle, phrase_ending};
use crate::extract::claims::Doc;
use crate::extract::word_table::WordSet;

/// The source whose words end at word `j` (right before its verb) when they are a relative
/// clause with a predicate of its own: the clause's antecedent ("Those who oppose the plan
/// say" keeps the clause, which is what names them).
pub fn source_before(doc: &Doc<'_>, s: usize, j: usize) -> Option<Phrase> {
    let r = relative_before(doc, s, j)?;
    let a = antecedent(doc, s, r)?;
    let pronoun = a.first == a.last && GENERIC_SET.contains(doc.words[s][a.first].str(doc.text));
    Some(if pronoun { Phrase { last: j, ..a } } else { a })
}

/// Nouns a "that" clause completes rather than modifies ("the fact that ...").
#[rustfmt::skip]
const CONTENT_NOUNS: &[&str] = &[
    "fact", "idea", "news", "notion", "belief", "view", "possibility", "hope", "fear",
    "evidence", "sense", "argument", "assumption", "worry", "concern", "suggestion", "prospect",
    "reports", "rumours", "rumors", "speculation", "impression", "likelihood", "chance",
];
static CONTENT_NOUN_SET: LazyLock<WordSet> = LazyLock::new(|| WordSet::of(CONTENT_NOUNS));

/// Pronouns a relative clause gives their sense to ("those who oppose the plan").
const GENERIC: &[&str] = &[
    "those", "many", "some", "anyone", "everyone", "others", "few", "people", "all",
];
static GENERIC_SET: LazyLock<WordSet> = LazyLock::new(|| WordSet::of(GENERIC));

/// How many words a relative clause between a source and its verb may run to.
const MAX_RELATIVE: usize = 16;

/// The relative pronoun opening a clause with a predicate of its own that ends at word `j`,
/// right before a verb: "who favor consumption taxes [agree]", "that have endorsed him
/// [say]", "the deal that officials signed [says]". "that" after a verb is the
/// complementiser ("said that officials [had warned]": no predicate before the verb).
fn relative_before(doc: &Doc<'_>, s: usize, j: usize) -> Option<usize> {
    let (text, ws) = (doc.text, &doc.words[s]);
    // Most verbs have no relative pronoun in reach: a word test before the clause tests.
    let near = (j.saturating_sub(MAX_RELATIVE)..j)
        .any(|k| matches!(ws[k].str(text), "who" | "which" | "that"));
    if !near || is_opener(ws[j].str(text)) {
        return None;
    }
    let mut r = j;
    loop {
        if r == 0 || j - r >= MAX_RELATIVE || broken(doc, s, r - 1, r) {
            return None;
        }
        r -= 1;
        let w = ws[r].str(text);
        match w {
            "who" | "which" if r > 0 && ws[r - 1].is(text, "and") => {}
            "who" | "which" if predicate(doc, s, r + 1, j) || bare_verb(doc, s, r + 1) => break,
            // "in which he pledged", "which Democrats say": the relative clause's own
            // subject speaks.
            "who" | "which" => return None,
            "that" => {
                let predicate = predicate(doc, s, r + 1, j);
                let prev = r.checked_sub(1).map(|p| ws[p].str(text));
                // "the fact that it held above 50 suggests": a noun's content clause.
                let after_verb = prev.is_none_or(|p| {
                    is_finite(p)
                        || is_participle(p)
                        || super::cues::is_cue(p)
                        || is_opener(p)
                        || CONTENT_NOUN_SET.contains(p)
                });
                if after_verb {
                    return None;
                }
                if predicate {
                    break;
                }
                // "Many who voted for that plan": a determiner; the clause opens earlier.
            }
            // A relative clause may hold auxiliaries, an infinitive or an agent ("who spoke
            // anonymously to discuss", "that was led by"), never another clause.
            // "who worshiped here and who didn't want to be named": clauses of one antecedent.
            "and" if matches!(ws[r + 1].str(text), "who" | "which" | "that") => {}
            _ if is_opener(w)
                && !PASSIVE_SET.contains(w)
                && !BETWEEN_SET.contains(w)
                && !matches!(w, "to" | "by") =>
            {
                return None;
            }
            _ => {}
        }
    }
    Some(r)
}

/// Whether words `from..=to` hold a verb: a relative clause's predicate.
fn predicate(doc: &Doc<'_>, s: usize, from: usize, to: usize) -> bool {
    let ws = &doc.words[s];
    (from..=to).any(|k| {
        let w = ws[k].str(doc.text);
        is_finite(w) || is_participle(w) || crate::extract::claims::verbs::is_finite(doc, s, k)
    })
}

/// "who oppose the plan": a bare verb right after "who" or "which" is the clause's own.
fn bare_verb(doc: &Doc<'_>, s: usize, k: usize) -> bool {
    let w = doc.words[s][k].str(doc.text);
    w.starts_with(char::is_lowercase) && crate::extract::claims::verbs::is_base(w)
}

/// The antecedent of the relative pronoun at word `j` ("..., Larry Romanoff, who
/// reiterates": a name right before "who").
pub fn antecedent(doc: &Doc<'_>, s: usize, j: usize) -> Option<Phrase> {
    let (text, ws) = (doc.text, &doc.words[s]);
    let k = j.checked_sub(1)?;
    if PREPOSITION_SET.contains(ws[k].str(text)) {
        // "in which he laid out ...": the preposition's object, not named here.
        return None;
    }
    if broken(doc, s, k, j)
        && let Some(p) = appositive_head(doc, s, k)
    {
        // "Nicky Driscoll, 24, from Manchester, who said": the name before the age and
        // the place of origin.
        return Some(p);
    }
    if let Some(n) = name_ending(doc, s, k) {
        // "a senator from Ohio, who said": a name inside a phrase of place is not who
        // speaks; the whole phrase is.
        // "Friends of Mr. Clinton's who": past a title the name may lack.
        let mut b = n.first;
        while b > 0 && crate::extract::people::is_title(ws[b - 1].str(text)) {
            b -= 1;
        }
        let inner = b > 0
            && INNER_PREPOSITION_SET.contains(ws[b - 1].str(text))
            && !broken(doc, s, b - 1, b);
        if !inner {
            return Some(n);
        }
    }
    phrase_ending(doc, s, k).map(|p| Phrase { last: k, ..p })
}

/// The most words the object of a participle in a reduced relative clause may run to.
const MAX_REDUCED_OBJECT: usize = 4;

/// When phrase `p` is the object of a participle that modifies the noun before it, that noun's
/// phrase: "Another intelligence source speaking to Fox News [said]", "Two officials speaking
/// on condition of anonymity [said]", "A spokesman reached by telephone [said]" (a reduced
/// relative clause: the source is who speaks, not whom they speak to).
pub fn reduced(doc: &Doc<'_>, s: usize, p: Phrase) -> Option<Phrase> {
    let (text, ws) = (doc.text, &doc.words[s]);
    let prep = p.first.checked_sub(1)?;
    let participle = prep.checked_sub(1)?;
    let noun = participle.checked_sub(1)?;
    // A short phrase, on one line: "Bath faced with Tindall ultimatum  Mike Tindall's agent
    // has warned" is a headline run into the sentence, not a clause.
    let one_line = (noun..p.last).all(|k| text[ws[k].end..ws[k + 1].start].len() < 3);
    if p.last - p.first >= MAX_REDUCED_OBJECT
        || !one_line
        || !PREPOSITION_SET.contains(ws[prep].str(text))
        || !is_participle(ws[participle].str(text))
        || is_finite(ws[noun].str(text))
        || is_participle(ws[noun].str(text))
        || is_opener(ws[noun].str(text))
        || (noun..p.first).any(|k| broken(doc, s, k, k + 1))
    {
        return None;
    }
    // "Fifa award  Fifa president Sepp Blatter hopes": a phrase ending on a person's name is
    // who speaks (here after a headline), not whom someone speaks to.
    let (from, end) = (ws[p.first].start, ws[p.last].end);
    let k = doc.names.partition_point(|n| n.start < end);
    if k > 0 && doc.names[k - 1].end == end && doc.names[k - 1].start >= from {
        return None;
    }
    // The noun before the participle heads a phrase of its own ("officials", not "said").
    let before = phrase_ending(doc, s, noun)?;
    let w = ws[before.last].str(text);
    // "a source", "a person": the singulars of nouns for people that speak only in groups.
    // A document speaks for its author ("figures released by Continental Research show"):
    // the author stays.
    let singular = w.strip_suffix('s').unwrap_or(w);
    let document = super::lexicon::DOCUMENT_SET.contains(singular)
        || ["figure", "data", "statistic", "research"]
            .iter()
            .any(|d| singular.eq_ignore_ascii_case(d));
    let speaker = w.starts_with(char::is_uppercase)
        || super::lexicon::is_common_speaker(w)
        || matches!(w, "source" | "person");
    (speaker && !document).then_some(before)
}
