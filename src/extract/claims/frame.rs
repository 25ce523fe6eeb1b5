//! Attribution frames around an assertion: "X said (that) ...", "According to X, ...",
//! "..., officials said." A simple strip that leaves the asserted words; the claimer finder
//! names who made them.

use std::sync::LazyLock;

use super::{Doc, verbs};
use crate::extract::word_table::WordSet;

/// Verbs that report what someone said, thought or found.
#[rustfmt::skip]
const REPORTING: &[&str] = &[
    "acknowledged", "added", "adds", "admitted", "announced", "argued", "argues", "believe",
    "believed", "believes", "claim", "claimed", "claims", "concluded", "confirmed", "continued", "denied",
    "denies", "emphasised", "emphasized", "estimated", "estimates", "explained", "explains",
    "found", "insisted", "insists", "maintained", "maintains", "noted", "notes", "predicted",
    "predicts", "reported", "reports", "revealed", "said", "say", "says", "showed", "shows",
    "stated", "states", "stressed", "suggested", "suggests", "tell", "tells", "think", "thinks",
    "thought", "told", "tweeted", "warn", "warned", "warns", "wrote", "writes",
];
static REPORTING_SET: LazyLock<WordSet> = LazyLock::new(|| WordSet::of(REPORTING));

/// Reporting verbs whose content may follow with no "that" ("The minister said the plant
/// will close"); the others ("told", "found", "showed") take an object first.
#[rustfmt::skip]
const DIRECT: &[&str] = &[
    "added", "argued", "argues", "believe", "believed", "believes", "claim", "claimed", "claims",
    "denied", "denies", "estimated", "estimates", "insisted", "insists", "predicted", "predicts",
    "said", "say", "says", "suggested", "suggests", "think", "thinks", "thought", "warned",
    "warns", "wrote", "writes",
];
static DIRECT_SET: LazyLock<WordSet> = LazyLock::new(|| WordSet::of(DIRECT));

/// The most words a leading frame ("The health minister told reporters on Monday that") runs
/// to before its verb.
const MAX_LEAD: usize = 10;
/// Words that open an adverbial before the subject of a clause.
#[rustfmt::skip]
const OPENERS: &[&str] = &[
    "additionally", "after", "against", "again", "also", "although", "amid", "among", "as",
    "at", "because", "before", "by", "despite", "during", "earlier", "elsewhere", "finally",
    "first", "following", "for", "from", "given", "here", "however", "if", "in", "instead",
    "last", "later", "like", "meanwhile", "nevertheless", "nonetheless", "not", "now", "on",
    "over", "overall", "second", "separately", "since", "so", "still", "then", "third",
    "though", "through", "today", "tomorrow", "tonight", "under", "unless", "unlike", "until",
    "when", "whereas", "while", "with", "within", "without", "yesterday", "yet",
];
static OPENER_SET: LazyLock<WordSet> = LazyLock::new(|| WordSet::of(OPENERS));
/// Words that open a clause a frame cannot stand in ("Although it was predicted that ...").
#[rustfmt::skip]
const SUBORDINATORS: &[&str] = &[
    "after", "although", "as", "because", "before", "if", "once", "since", "though", "unless",
    "until", "when", "whether", "while",
];
/// Words that open an indirect question after a reporting verb.
const QUESTION_WORDS: &[&str] = &[
    "how", "if", "what", "when", "whether", "which", "who", "why",
];
/// Words that open an aside about the speaker after a trailing frame (", said Jan Novak, the
/// mayor", ", who added ...").
const ASIDES: &[&str] = &["a", "adding", "an", "saying", "the", "who", "whose"];
/// How far into a trailing frame its verb may come (", the health minister, Jan Novak, said").
const MAX_TRAIL_VERB: usize = 8;
/// How far after its verb a leading frame's "that" may come ("said on Monday that").
const MAX_TO_THAT: usize = 4;

/// Whether word `i` of sentence `s` is a reporting verb.
pub fn is_reporting(doc: &Doc<'_>, s: usize, i: usize) -> bool {
    REPORTING_SET.contains(doc.words[s][i].str(doc.text))
}

/// Words `from..to` of sentence `s` without its attribution frame: what is asserted.
/// The attribution finder (claimer) replaces this when it knows the frame.
pub fn asserted_words(doc: &Doc<'_>, s: usize) -> (usize, usize) {
    let n = doc.words[s].len();
    let from = lead_end(doc, s).unwrap_or(0);
    let to = trail_start(doc, s, from).unwrap_or(n);
    if from < to { (from, to) } else { (0, n) }
}

/// The first asserted word after a leading frame, which may follow an opening adverbial
/// ("In an interview, Sir John said ...").
fn lead_end(doc: &Doc<'_>, s: usize) -> Option<usize> {
    let (text, ws) = (doc.text, &doc.words[s]);
    if ws.len() > 2 && ws[0].is(text, "according") && ws[1].is(text, "to") {
        return (2..ws.len().min(2 + MAX_LEAD))
            .find(|&i| gap(doc, s, i).contains(','))
            .filter(|&i| i + 2 < ws.len());
    }
    let open = opening_adverbial(doc, s);
    let v = (open + 1..ws.len().min(open + MAX_LEAD + 1)).find(|&i| is_reporting(doc, s, i))?;
    if !speaker_before(doc, s, open, v) {
        return None;
    }
    if let Some(that) = (v + 1..ws.len().min(v + 1 + MAX_TO_THAT)).find(|&i| ws[i].is(text, "that"))
    {
        return (that + 2 < ws.len()).then_some(that + 1);
    }
    // "X told the BBC: ...", "X said in a statement: ...".
    let colon =
        (v + 1..ws.len().min(v + 1 + MAX_TO_THAT + 2)).find(|&i| gap(doc, s, i).contains(':'));
    if let Some(after) = colon {
        return (after + 2 < ws.len()).then_some(after);
    }
    let before = &text[ws[open].start..ws[v].start];
    // "Its leader, Jan Novak, has said ...": an aside closes right before the verb group.
    let group = (open + 1..=v)
        .rev()
        .take_while(|&k| k == v || verbs::is_auxiliary(doc, s, k))
        .last();
    let aside_closes = group.is_some_and(|k| gap(doc, s, k).contains(','));
    let plain = !before.contains(['“', '"'])
        && (!before.contains(',') || aside_closes)
        && DIRECT_SET.contains(ws[v].str(text));
    let next = v + 1;
    // "refused to say whether ...", "is thought to be ...": no assertion follows.
    let blocked = ws
        .get(next)
        .is_some_and(|w| w.is_any(text, QUESTION_WORDS) || w.is(text, "to"));
    let joined = gap(doc, s, next).trim().is_empty();
    (plain && joined && !blocked && next + 2 < ws.len()).then_some(next)
}

/// The first word after an opening adverbial and its comma ("Nevertheless, ...", "In an
/// interview with the paper, ..."), or 0.
fn opening_adverbial(doc: &Doc<'_>, s: usize) -> usize {
    let ws = &doc.words[s];
    let Some(first) = ws.first().map(|w| w.str(doc.text)) else {
        return 0;
    };
    let comma = (1..ws.len().min(MAX_LEAD)).find(|&i| gap(doc, s, i).contains(','));
    let adverbial = is_opener(first) || first.ends_with("ly") || first.ends_with("ing");
    comma.filter(|_| adverbial).unwrap_or(0)
}

/// Whether `word` opens an adverbial before a subject ("In 2019, ...", "Since then, ...").
pub fn is_opener(word: &str) -> bool {
    OPENER_SET.contains(word)
}

/// Whether the words `open..v` before the reporting verb at `v` can be its speaker: no
/// subordinator opens them ("As soon as he had added ...") and no other finite verb stands
/// among them ("The upgrade closed loopholes and added features that ..."), bar the verb's
/// auxiliaries and an aside between commas ("Dr Gibbons, who was a GP, said").
fn speaker_before(doc: &Doc<'_>, s: usize, open: usize, v: usize) -> bool {
    let (text, ws) = (doc.text, &doc.words[s]);
    let mut end = v;
    while end > open && verbs::is_auxiliary(doc, s, end - 1) {
        end -= 1;
    }
    let mut aside = false;
    for (k, word) in ws.iter().enumerate().take(end).skip(open) {
        if gap(doc, s, k).contains(',') {
            aside = word.is_any(text, ASIDES) || word.is_any(text, &["which", "whose"]);
        }
        if !aside && verbs::is_finite(doc, s, k) {
            return false;
        }
    }
    !ws[open].is_any(text, SUBORDINATORS)
}

/// Where a trailing frame (", X said", ", said X, who ...", ", according to X") starts, as a
/// word index: a comma or dash, a reporting verb within a few words, and after the verb only
/// the speaker (no other finite verb before the next comma).
fn trail_start(doc: &Doc<'_>, s: usize, from: usize) -> Option<usize> {
    let (text, ws) = (doc.text, &doc.words[s]);
    let n = ws.len();
    let breaks = |i: usize| gap(doc, s, i).contains([',', '—']);
    (from + 1..n).find(|&i| {
        if !breaks(i) {
            return false;
        }
        let clause_end = (i + 1..n).find(|&k| breaks(k)).unwrap_or(n);
        let verb = (i..clause_end.min(i + MAX_TRAIL_VERB))
            .find(|&k| is_reporting(doc, s, k) || ws[k].is(text, "according") && k + 1 < n);
        // "..., says Mr Cox, the Mac mini is ...": a frame in the middle leaves the sentence whole.
        let ends = clause_end == n || aside_to_end(doc, s, clause_end);
        ends && verb.is_some_and(|v| {
            !(v + 1..clause_end).any(|k| verbs::is_finite(doc, s, k) && !is_reporting(doc, s, k))
        })
    })
}

/// Whether the words from `k` to the end are an aside about a speaker: a relative clause or
/// a participle ("who added ...", "adding ..."), or a noun phrase with no verb ("the mayor").
fn aside_to_end(doc: &Doc<'_>, s: usize, k: usize) -> bool {
    let (text, ws) = (doc.text, &doc.words[s]);
    ws[k].is_any(text, &["who", "whose", "which", "adding", "saying"])
        || ws[k].is_any(text, ASIDES) && verbs::first_finite(doc, s, k, ws.len()).is_none()
}

/// The text between word `i - 1` and word `i` of sentence `s` (empty for the first word).
fn gap<'a>(doc: &Doc<'a>, s: usize, i: usize) -> &'a str {
    let ws = &doc.words[s];
    match (i.checked_sub(1).and_then(|p| ws.get(p)), ws.get(i)) {
        (Some(a), Some(b)) => &doc.text[a.end..b.start],
        _ => "",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// (sentence, the asserted words)
    #[rustfmt::skip]
    const CASES: &[(&str, &str)] = &[
        ("The mayor said that the bridge will reopen in May.", "the bridge will reopen in May"),
        ("Officials told reporters on Monday that the border was closed.", "the border was closed"),
        ("According to the ministry, exports fell sharply last year.", "exports fell sharply last year"),
        ("Exports fell sharply last year, according to the ministry.", "Exports fell sharply last year"),
        ("The border was closed overnight, officials said.", "The border was closed overnight"),
        ("The plant will close, said Jan Novak, the mayor.", "The plant will close"),
        ("The minister said the plant will close.", "the plant will close"),
        ("The report said: vaccines are safe for children.", "vaccines are safe for children"),
        ("The dam burst after days of heavy rain.", "The dam burst after days of heavy rain"),
        ("He said nothing.", "He said nothing"),
        ("As talks began, the minister said the plan was ready.", "the plan was ready"),
        ("Mills could hardly stand, said a spokesman, who added he is resting.", "Mills could hardly stand"),
        ("By contrast, says the report, the new model is cheaper.", "By contrast, says the report, the new model is cheaper"),
        ("Nigel Jones told the Daily Mail: the deal is off.", "the deal is off"),
        ("Anna Novak, the mayor, said the bridge will reopen.", "the bridge will reopen"),
        ("Strikes could spread if ministers cut pensions, warn union leaders.", "Strikes could spread if ministers cut pensions"),
        ("As soon as he had added the title, I ran down the stairs.", "As soon as he had added the title, I ran down the stairs"),
        ("The upgrade closed loopholes and added features that made it safer.", "The upgrade closed loopholes and added features that made it safer"),
        ("Although it was widely predicted that prices would rise, they fell.", "Although it was widely predicted that prices would rise, they fell"),
        ("He refused to say whether the minister would stay on.", "He refused to say whether the minister would stay on"),
        ("The minister has said that the plant will close.", "the plant will close"),
        ("Four in ten voters distrust the police, a new poll for the paper suggests.", "Four in ten voters distrust the police"),
        ("And she continued: the deal is off.", "the deal is off"),
        ("Nevertheless, the minister said the rate must fall.", "the rate must fall"),
        ("In an interview with the paper, the chief said his officers need more evidence.", "his officers need more evidence"),
        ("The firm's head of sales, Jan Novak, said the plant will close.", "the plant will close"),
        ("Dr Novak, who was a doctor in Brno, said staff wanted a rest.", "staff wanted a rest"),
        ("There is thought to be wide support for the plan.", "There is thought to be wide support for the plan"),
        ("Its leader, Jan Novak, has said he is glad to leave.", "he is glad to leave"),
    ];

    #[test]
    fn strips_attribution_frames() {
        for &(text, want) in CASES {
            let doc = Doc::new(text);
            let (from, to) = asserted_words(&doc, 0);
            assert_eq!(doc.span_text(0, from, to), want, "{text:?}");
        }
    }
}
