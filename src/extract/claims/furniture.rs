//! Page furniture: the parts of a news page that are not the article's claims. Whole lines
//! (bylines, edit stamps, photo credits, share and read-more links, a reference list) and
//! marks inside a sentence (URLs, citation marks such as "[186]" or "[citation needed]", an
//! embedded post's signature) yield no claim of any kind.

use std::sync::LazyLock;

use super::{Doc, verbs};
use crate::extract::quantity::QuantityKind;
use crate::extract::word_table::WordSet;

/// The most words a furniture line runs to.
const MAX_LINE_WORDS: usize = 15;
/// The most words an author's biography line runs to.
const MAX_BIO_WORDS: usize = 25;
/// The longest bracketed text read as a citation mark.
const MAX_MARK: usize = 40;

/// Line openings, lower case, word by word: edit stamps, credits, links.
#[rustfmt::skip]
const OPENINGS: &[&[&str]] = &[
    &["additional", "reporting"], &["advertisement"], &["also", "read"], &["back", "to", "top"],
    &["caption"], &["click", "here"], &["compiled", "by"], &["continue", "reading"],
    &["copyright"], &["credit"], &["edited", "by"], &["editing", "by"], &["first", "published"],
    &["follow", "us"], &["illustration"], &["image"], &["last", "modified"], &["last", "reviewed"],
    &["last", "updated"], &["leave", "a", "comment"], &["leave", "a", "reply"], &["media", "caption"],
    &["modified"], &["more", "on", "this", "story"], &["most", "read"], &["photo"], &["photograph"],
    &["photos"], &["picture"], &["posted"], &["published"], &["read", "more"], &["read", "next"],
    &["read", "the", "full"], &["related"], &["reporting", "by"], &["see", "also"], &["share", "on"],
    &["share", "this"], &["share", "via"], &["sign", "up"], &["skip", "to"], &["story", "continues"],
    &["subscribe"], &["top", "stories"], &["updated"], &["written", "by"], &["you", "can", "follow"],
];
/// Openings that are furniture only as the whole line or before a colon ("Image: Reuters",
/// "Related: ..."), since running text may start with them ("Image quality improved").
#[rustfmt::skip]
const NEEDS_COLON: &[&str] = &[
    "caption", "copyright", "credit", "illustration", "image", "modified", "photo", "photograph",
    "photos", "picture", "posted", "published", "related", "updated",
];
/// Words after such an opening that make it furniture without a colon.
#[rustfmt::skip]
const CREDIT_NEXT: &[&str] = &[
    "at", "by", "caption", "copyright", "courtesy", "credit", "on", "source", "stories",
];
/// Agencies and picture libraries that end a photo credit.
#[rustfmt::skip]
const AGENCIES: &[&str] = &[
    "afp", "alamy", "ap", "epa", "getty", "images", "pa", "reuters", "shutterstock",
];
/// Job titles of a writer's biography line.
#[rustfmt::skip]
const JOURNALISTS: &[&str] = &[
    "columnist", "contributor", "correspondent", "editor", "journalist", "presenter", "reporter",
    "writer",
];
/// Headings that open a reference list: everything after them is citations.
#[rustfmt::skip]
const REFERENCE_HEADINGS: &[&str] = &[
    "bibliography", "citations", "external links", "further reading", "references", "sources",
    "works cited",
];
/// Wikipedia's inline maintenance tags, read as citation marks in brackets.
#[rustfmt::skip]
const TAGS: &[&str] = &[
    "according to whom", "better source needed", "by whom", "citation needed",
    "clarification needed", "dead link", "dubious", "failed verification", "full citation needed",
    "needs update", "original research", "page needed", "update", "vague", "verification needed",
    "when", "where", "which", "who",
];

/// A web address without a scheme ("www.example.com").
static WWW: LazyLock<memchr::memmem::Finder<'static>> =
    LazyLock::new(|| memchr::memmem::Finder::new(b"www."));
/// The first word of every opening, to rule most lines out with one look-up.
static FIRST_WORDS: LazyLock<WordSet> = LazyLock::new(|| {
    let firsts: Vec<&'static str> = OPENINGS.iter().map(|o| o[0]).collect();
    WordSet::of(&firsts)
});
static AGENCY_SET: LazyLock<WordSet> = LazyLock::new(|| WordSet::of(AGENCIES));
static JOURNALIST_SET: LazyLock<WordSet> = LazyLock::new(|| WordSet::of(JOURNALISTS));
static COLON_SET: LazyLock<WordSet> = LazyLock::new(|| WordSet::of(NEEDS_COLON));
static CREDIT_NEXT_SET: LazyLock<WordSet> = LazyLock::new(|| WordSet::of(CREDIT_NEXT));

/// Whether the whole of sentence `s` is furniture; `marks` are its [`marks`].
pub fn is_furniture(doc: &Doc<'_>, s: usize, marks: &[(usize, usize)]) -> bool {
    let ws = &doc.words[s];
    if ws.is_empty() {
        return false;
    }
    s >= doc.references_from()
        || ws.len() <= MAX_LINE_WORDS && (opens_line(doc, s) || byline(doc, s) || credit(doc, s))
        || ws.len() <= MAX_BIO_WORDS && author_bio(doc, s)
        || only_marks(doc, s, marks)
}

/// A sentence whose words, bar one or two, lie inside marks (a URL on its own line).
fn only_marks(doc: &Doc<'_>, s: usize, marks: &[(usize, usize)]) -> bool {
    !marks.is_empty()
        && doc.words[s]
            .iter()
            .filter(|w| !marks.iter().any(|&(a, b)| w.start >= a && w.end <= b))
            .count()
            <= 2
}

/// The sentence index where a reference list starts (the sentence count if none does).
pub fn reference_list(doc: &Doc<'_>) -> usize {
    (0..doc.sentences.len())
        .find(|&s| {
            let t = doc.sentence_text(s).trim_end_matches(':');
            t.len() <= 20 && REFERENCE_HEADINGS.iter().any(|h| t.eq_ignore_ascii_case(h))
        })
        .map_or(doc.sentences.len(), |s| s + 1)
}

/// A line that opens with an edit stamp, a credit or a link phrase.
fn opens_line(doc: &Doc<'_>, s: usize) -> bool {
    let (text, ws) = (doc.text, &doc.words[s]);
    if !FIRST_WORDS.contains(ws[0].str(text)) {
        return false;
    }
    OPENINGS.iter().any(|opening| {
        let n = opening.len();
        let starts = ws.len() >= n && opening.iter().zip(ws.iter()).all(|(o, w)| w.is(text, o));
        if !starts {
            return false;
        }
        if n > 1 || !COLON_SET.contains(opening[0]) {
            return true;
        }
        let after = ws.get(1).map_or("", |w| &text[ws[0].end..w.start]);
        ws.len() == 1 || after.contains(':') || CREDIT_NEXT_SET.contains(ws[1].str(text))
    })
}

/// "By Jane Smith", "Jane Smith, BBC News": a name standing alone (capitalised words), with
/// at most an outlet or a job title after a comma, and no verb.
fn byline(doc: &Doc<'_>, s: usize) -> bool {
    let (text, ws) = (doc.text, &doc.words[s]);
    let by = ws[0].str(text) == "By";
    let at = usize::from(by);
    let run = (at..ws.len())
        .take_while(|&k| {
            let w = &ws[k];
            let joined = k == at || text[ws[k - 1].end..w.start].trim().is_empty();
            joined
                && (w.str(text).starts_with(char::is_uppercase)
                    || k > at && w.is_any(text, &["and", "de", "van", "von", "bin", "al"]))
        })
        .count();
    if run == 0 {
        return false;
    }
    let end = at + run;
    let breaks = end >= ws.len() || text[ws[end - 1].end..ws[end].start].contains([',', '|', '—']);
    let named = if by {
        run >= 1
    } else {
        (2..=3).contains(&run) && end < ws.len()
    };
    named && breaks && ws.len() - end <= 5 && verbs::first_finite(doc, s, 0, ws.len()).is_none()
}

/// "Clark Boyd is technology correspondent for The World": the writer's one-line biography,
/// a name, "is", and a journalist's title within a few words.
fn author_bio(doc: &Doc<'_>, s: usize) -> bool {
    let (text, ws) = (doc.text, &doc.words[s]);
    let name = ws
        .iter()
        .take(3)
        .take_while(|w| w.is_capitalized(text))
        .count();
    let is = ws.get(name).is_some_and(|w| w.is(text, "is"));
    let title =
        (name + 1..ws.len().min(name + 6)).any(|k| JOURNALIST_SET.contains(ws[k].str(text)));
    name >= 2 && is && title
}

/// "Getty Images", "Reuters/Jane Smith": a short line ending with a picture agency, no verb.
fn credit(doc: &Doc<'_>, s: usize) -> bool {
    let (text, ws) = (doc.text, &doc.words[s]);
    ws.len() <= 6
        && ws.iter().any(|w| {
            AGENCY_SET.contains(w.str(text)) && w.str(text).starts_with(char::is_uppercase)
        })
        && verbs::first_finite(doc, s, 0, ws.len()).is_none()
}

/// Byte spans of the marks inside sentence `s`: URLs and e-mail addresses, citation marks in
/// brackets, an embedded post's "— Name (@handle) date" signature.
pub fn marks(doc: &Doc<'_>, s: usize) -> Vec<(usize, usize)> {
    let span = doc.sentences[s];
    let sentence = doc.sentence_text(s);
    let bytes = sentence.as_bytes();
    let mut out = Vec::new();
    // Most sentences hold no mark: three vectorised searches rule them out.
    let address = memchr::memchr2(b'/', b'@', bytes).is_some() || WWW.find(bytes).is_some();
    let bracket = memchr::memchr(b'[', bytes).is_some();
    if !address && !bracket {
        return out;
    }
    if bracket {
        citation_marks(sentence, span.start, &mut out);
    }
    if !address {
        return out;
    }
    let mut at = 0;
    for token in sentence.split(char::is_whitespace) {
        let start = at;
        at += token.len() + 1;
        let core = token.trim_end_matches(['.', ',', ';', ')', '”', '"', '—']);
        if is_address(core.trim_start_matches(['(', '“', '"'])) {
            out.push((span.start + start, span.start + start + core.len()));
        }
    }
    if let Some(sig) = signature(doc, s) {
        out.push(sig);
    }
    out.sort_unstable();
    out
}

/// A URL, a bare web address with a path ("t.co/abc"), or an e-mail address.
fn is_address(token: &str) -> bool {
    if token.starts_with("http://") || token.starts_with("https://") || token.starts_with("www.") {
        return true;
    }
    let host = token
        .split(['/', '@'])
        .nth(usize::from(token.contains('@')))
        .unwrap_or("");
    let tld = host.rsplit('.').next().unwrap_or("");
    (token.contains('/') || token.contains('@'))
        && host.contains('.')
        && host
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '.' || c == '-')
        && tld.len() >= 2
        && tld.chars().all(|c| c.is_ascii_lowercase())
}

/// Bracketed citation marks: "[186]", "[a]", "[note 3]", "[citation needed]".
fn citation_marks(sentence: &str, base: usize, out: &mut Vec<(usize, usize)>) {
    let mut from = 0;
    while let Some(open) = sentence[from..].find('[').map(|i| from + i) {
        let Some(close) = sentence[open..].find(']').map(|i| open + i) else {
            break;
        };
        from = close + 1;
        let inner = sentence[open + 1..close].trim().trim_end_matches('?');
        let lower = inner.to_ascii_lowercase();
        let numbered = !inner.is_empty() && inner.chars().all(|c| c.is_ascii_digit())
            || lower
                .strip_prefix("note ")
                .is_some_and(|n| n.chars().all(|c| c.is_ascii_alphanumeric()));
        let letter = inner.len() == 1 && inner.chars().all(|c| c.is_ascii_lowercase());
        let tag = TAGS.contains(&lower.as_str());
        if close - open <= MAX_MARK && (numbered || letter || tag) {
            out.push((base + open, base + close + 1));
        }
    }
}

/// "— Jane Smith (@jsmith) March 13, 2020": an embedded post's signature, from the dash to the
/// end of the sentence, when only a date follows the handle.
fn signature(doc: &Doc<'_>, s: usize) -> Option<(usize, usize)> {
    let span = doc.sentences[s];
    let sentence = doc.sentence_text(s);
    let handle = sentence.rfind("(@")?;
    let close = handle + sentence[handle..].find(')')?;
    let dash = sentence[..handle].rfind(['—', '–'])?;
    let tail = sentence[close + 1..].trim();
    let dated = tail.is_empty()
        || doc.quantities_in(s).iter().any(|q| {
            q.kind == QuantityKind::Date && q.start >= span.start + close && q.end >= span.end - 1
        });
    dated.then_some((span.start + dash, span.end))
}

#[cfg(test)]
#[path = "furniture_tests.rs"]
mod tests;
