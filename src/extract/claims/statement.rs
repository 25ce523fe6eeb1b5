//! Statements: a sentence that asserts something checkable, where no specific rule applied,
//! yields one claim of its asserted words (the sentence without its attribution frame), with
//! the subject (the noun phrase before the main verb) and the Full Fact type.
//! Which sentences qualify: [`qualifies`].

use std::sync::LazyLock;

#[cfg(test)]
use super::furniture;
use super::{Claim, ClaimKind, Doc, assertion, frame, typology, verbs};
use crate::extract::score::{OPINION_SUGGEST, STATEMENT_MIN_CHECK};
use crate::extract::words::WordSet;

/// Connectives that open a sentence but are not part of what it asserts.
#[rustfmt::skip]
const CONNECTIVES: &[&str] = &[
    "and", "but", "furthermore", "however", "meanwhile", "moreover", "or", "yet",
];
/// Words that open an adverbial before the subject ("In 2019, ...", "Since then, ...").
#[rustfmt::skip]
const ADVERBIAL: &[&str] = &[
    "after", "against", "although", "amid", "among", "as", "at", "because", "before", "by",
    "despite", "during", "following", "for", "from", "given", "however", "if", "in", "instead",
    "last", "like", "meanwhile", "not", "now", "on", "over", "since", "so", "still", "then",
    "though", "through", "under", "unless", "unlike", "until", "when", "whereas", "while",
    "with", "within", "without", "yet",
];
/// Adverbs between a subject and its verb ("The US just paid").
#[rustfmt::skip]
const ADVERBS: &[&str] = &[
    "actually", "allegedly", "already", "also", "always", "apparently", "clearly", "even",
    "finally", "just", "never", "not", "now", "often", "only", "probably", "really",
    "recently", "reportedly", "simply", "still", "then", "undoubtedly", "usually",
];
/// Words that end a subject's head ("The man who ...", "The decision to ...").
#[rustfmt::skip]
const HEAD_ENDS: &[&str] = &[
    "about", "at", "by", "for", "from", "in", "of", "on", "that", "to", "which", "who", "whom",
    "whose", "with",
];
/// Pronouns that name nobody in particular.
#[rustfmt::skip]
const VAGUE: &[&str] = &[
    "all", "anyone", "everyone", "here", "i", "it", "many", "most", "nothing", "one", "others",
    "some", "someone", "something", "that", "there", "these", "they", "this", "those", "we",
    "what", "which", "who", "you",
];
/// The most words a subject keeps.
const MAX_SUBJECT: usize = 6;

struct Sets {
    connectives: WordSet,
    adverbial: WordSet,
    adverbs: WordSet,
    head_ends: WordSet,
    vague: WordSet,
}

static SETS: LazyLock<Sets> = LazyLock::new(|| Sets {
    connectives: WordSet::new(CONNECTIVES),
    adverbial: WordSet::new(ADVERBIAL),
    adverbs: WordSet::new(ADVERBS),
    head_ends: WordSet::new(HEAD_ENDS),
    vague: WordSet::new(VAGUE),
});

/// Whether sentence `s` is a statement: check-worthy enough (`STATEMENT_MIN_CHECK`), not an
/// opinion review would suggest (`OPINION_SUGGEST`), and an assertion (a clause, not a
/// question, a command or a pure evaluation).
pub fn qualifies(doc: &Doc<'_>, s: usize) -> bool {
    let scores = doc.scores[s];
    scores.checkworthiness >= STATEMENT_MIN_CHECK
        && scores.opinion < OPINION_SUGGEST
        && assertion::asserts(doc, s)
}

/// Pushes the statement of sentence `s` if it qualifies (call when no other rule found a
/// claim in it); `marks` are its furniture marks.
pub fn find(doc: &Doc<'_>, s: usize, marks: &[(usize, usize)], out: &mut Vec<Claim>) {
    if qualifies(doc, s) {
        out.extend(statement(doc, s, marks));
    }
}

/// The statement claim of sentence `s`, whatever its scores.
fn statement(doc: &Doc<'_>, s: usize, marks: &[(usize, usize)]) -> Option<Claim> {
    let (from, to) = asserted(doc, s, marks)?;
    let ws = &doc.words[s];
    let mut claim = Claim::new(ClaimKind::Statement, s, ws[from].start, ws[to - 1].end);
    claim.subject = subject(doc, s, from, to);
    claim.claim_type = Some(typology::classify(doc, s, from, to));
    Some(claim)
}

/// The asserted words `from..to`: the frame stripped, then an opening connective and any
/// furniture marks at either end.
fn asserted(doc: &Doc<'_>, s: usize, marks: &[(usize, usize)]) -> Option<(usize, usize)> {
    let ws = &doc.words[s];
    let (mut from, mut to) = frame::asserted_words(doc, s);
    let marked = |i: usize| {
        marks
            .iter()
            .any(|&(a, b)| ws[i].start >= a && ws[i].end <= b)
    };
    while from < to
        && (marked(from) || from + 1 < to && SETS.connectives.contains(ws[from].str(doc.text)))
    {
        from += 1;
    }
    while to > from && marked(to - 1) {
        to -= 1;
    }
    (from < to).then_some((from, to))
}

/// The subject of the assertion in words `from..to`: the noun phrase before its first
/// finite verb, kept to its head, a pronoun resolved to the person it names.
fn subject(doc: &Doc<'_>, s: usize, from: usize, to: usize) -> Option<String> {
    let (text, ws) = (doc.text, &doc.words[s]);
    let sets = &*SETS;
    let v = verbs::first_finite(doc, s, from, to)?;
    let is_break = |&k: &usize| text[ws[k - 1].end..ws[k].start].contains([',', ':', ';', '—']);
    let breaks = [
        (from + 1..v).find(is_break),
        (from + 1..v).rev().find(is_break),
    ];
    // "In fact,", "Ultimately,", "Showing his strength,": not the subject.
    let opens_adverbial = |to: usize| {
        let first = ws[from].str(text);
        sets.adverbial.contains(first)
            || first.ends_with("ing")
            || ws[to - 1].str(text).ends_with("ly")
    };
    let (mut start, mut end) = match breaks {
        // "In fact, they ...", "Ultimately, the plan ...": the subject follows the adverbial.
        [Some(first), Some(last)] if opens_adverbial(first) => (last, v),
        // "Belarus, a close ally of Russia, allowed": the subject comes before the appositive.
        [Some(first), _] => (from, first),
        // "Because the talks failed ...": the subject is in a clause of its own.
        _ if sets.adverbial.contains(ws[from].str(text)) => return None,
        _ => (from, v),
    };
    if start == end {
        // "He’s running ...": the subject is inside the contracted verb.
        let word = ws[v].str(text);
        let head = word.split(['’', '\'']).next().unwrap_or(word);
        return (head != word && !sets.vague.contains(head))
            .then(|| person(doc, s, v).unwrap_or_else(|| head.to_string()));
    }
    while end > start && sets.adverbs.contains(ws[end - 1].str(text)) {
        end -= 1;
    }
    if let Some(cut) = (start + 1..end).find(|&k| sets.head_ends.contains(ws[k].str(text))) {
        end = if end - start > MAX_SUBJECT || !ws[cut].is_any(text, &["of"]) {
            cut
        } else {
            end
        };
    }
    // "Widely circulated articles": an adverb before the noun phrase is not part of it.
    while start < end
        && (ws[start].is_any(text, &["the", "a", "an"])
            || end - start > 1 && ws[start].str(text).ends_with("ly"))
    {
        start += 1;
    }
    // "Council of Mortgage Lenders (CML)": the name without the bracket.
    if let Some(open) = (start + 1..end).find(|&k| text[ws[k - 1].end..ws[k].start].contains('(')) {
        end = open;
    }
    if start >= end || end - start > MAX_SUBJECT {
        return None;
    }
    if end - start == 1 {
        if let Some(name) = person(doc, s, start) {
            return Some(name);
        }
        if sets.vague.contains(ws[start].base(text)) {
            return None;
        }
    }
    Some(doc.span_text(s, start, end).to_string())
}

/// The person a pronoun or name at word `i` refers to, when the words there are one.
fn person(doc: &Doc<'_>, s: usize, i: usize) -> Option<String> {
    doc.person_at(s, i).map(|(_, name)| name)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// (text, claim words, subject)
    #[test]
    fn statement_words_and_subject() {
        let cases: &[(&str, &str, Option<&str>)] = &[
            (
                "Belarus Releases Prisoners After US Sanctions Lifted",
                "Belarus Releases Prisoners After US Sanctions Lifted",
                Some("Belarus"),
            ),
            (
                "The ministry said that the virus was created in a lab.",
                "the virus was created in a lab",
                Some("virus"),
            ),
            (
                "But the new vaccine does not prevent infection, officials said.",
                "the new vaccine does not prevent infection",
                Some("new vaccine"),
            ),
            (
                "In fact, the sanctions hurt the steel industry badly.",
                "In fact, the sanctions hurt the steel industry badly",
                Some("sanctions"),
            ),
            (
                "Belarus, a close ally of Russia, allowed troops across its border.",
                "Belarus, a close ally of Russia, allowed troops across its border",
                Some("Belarus"),
            ),
            (
                "The decision to lift the sanctions was tied to the war in Ukraine.",
                "The decision to lift the sanctions was tied to the war in Ukraine",
                Some("decision"),
            ),
            (
                "There is no evidence that the virus came from a laboratory.",
                "There is no evidence that the virus came from a laboratory",
                None,
            ),
            (
                "The law was passed in haste.[12]",
                "The law was passed in haste",
                Some("law"),
            ),
        ];
        for &(text, words, subject) in cases {
            let doc = Doc::new(text);
            let marks = furniture::marks(&doc, 0);
            let Some(claim) = statement(&doc, 0, &marks) else {
                panic!("no statement in {text:?}");
            };
            assert_eq!(&text[claim.start..claim.end], words, "{text:?}");
            assert_eq!(claim.subject.as_deref(), subject, "subject of {text:?}");
        }
    }
}
