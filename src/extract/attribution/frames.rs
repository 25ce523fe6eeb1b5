//! The frames around a reporting verb: active ("X said (that) Y", "X told Z Y"), inverted
//! or parenthetical ("Y, X said", "Y, said X", "“Y,” he said"), and participles that take
//! the clause's subject ("..., adding that Y").

use std::sync::LazyLock;

use super::content::{self, Span};
use super::cues::Frame;
use super::function_words::TIME_SET;
use super::quotes::Quote;
use super::source::{self, Phrase, broken};
use super::verb_uses as uses;
use crate::extract::claims::Doc;
use crate::extract::word_table::WordSet;

/// Who a frame names as its source: a phrase of the sentence, or the source of an earlier
/// frame ("X said ..., adding that ...").
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Src {
    Phrase(Phrase),
    Earlier,
}

/// One frame found around a reporting verb.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Found {
    pub source: Src,
    pub content: Span,
}

/// Words before a participle that keep it in its clause ("began by saying").
const PARTICIPLE_LEADS: &[&str] = &["by", "while", "after", "before", "when", "in", "as", "and"];
static LEAD_SET: LazyLock<WordSet> = LazyLock::new(|| WordSet::of(PARTICIPLE_LEADS));

/// The frame of the reporting verb at word `v` of sentence `s`, if it reports something.
pub fn verb(doc: &Doc<'_>, s: usize, v: usize, frame: Frame, quotes: &[Quote]) -> Option<Found> {
    let (text, ws) = (doc.text, &doc.words[s]);
    // A bracket closing before the verb ("Feinstein (D-Calif.) said") is not a clause break.
    // "Having announced that ...": a perfect participle, led and opening as "-ing" forms are.
    let perfect = v > 0 && ws[v - 1].is(text, "having");
    let participle = perfect || ws[v].str(text).ends_with("ing");
    // Where the participle's words start: at "having" for a perfect one.
    let at = v - usize::from(perfect);
    let punct_before =
        at > 0 && broken(doc, s, at - 1, at) && text[ws[at - 1].end..ws[at].start].trim() != ")";
    // "X has expressed concerns but has said ...": "and" or "but", maybe before "has".
    let c = if v > 1 && ws[v - 1].is_any(text, &["has", "have", "had"]) {
        v - 1
    } else {
        v
    };
    let coordinated = c > 0 && ws[c - 1].is_any(text, &["and", "but"]) && !participle;
    let led = participle && at > 0 && (punct_before || LEAD_SET.contains(ws[at - 1].str(text)));
    let to = infinitive(doc, s, v);
    if led || coordinated || (to && (speaks(ws[v].str(text), frame) || after_aspect(doc, s, v))) {
        return subordinate(doc, s, v, frame, quotes);
    }
    if participle && opens_sentence(doc, s, at) {
        return opening_participle(doc, s, v, frame, quotes);
    }
    // "a statement saying that ...", "its third profits warning in nine months": an "-ing"
    // form after a noun reports only what "that", a quote or a plain clause marks; not so
    // in an absolute clause ("with Senator McCain telling reporters he ...").
    let absolute = || {
        source::before(doc, s, v).is_some_and(|p| p.first > 0 && ws[p.first - 1].is(text, "with"))
    };
    let narrowed =
        participle && frame != Frame::Quote && !source::progressive(doc, s, v) && !absolute();
    let frame = if narrowed { Frame::That } else { frame };
    if punct_before
        && frame != Frame::Object
        && inverts(ws[v].str(text))
        && let Some(f) = inverted(doc, s, v, frame, quotes)
    {
        return Some(f);
    }
    if uses::is_noun_use(doc, s, v)
        || (frame == Frame::Quote && uses::names_without_object(doc, s, v))
    {
        // "the vain hope that", "a rare note of": a noun, not a verb; "a man often referred
        // to as “...”": a label in a passive participle, said by nobody in particular.
        return None;
    }
    let p = source::before(doc, s, v)?;
    let p = if participle {
        super::subject::sender(doc, s, p).unwrap_or(p)
    } else {
        p
    };
    subject_first(doc, s, v, p, frame, quotes)
}

/// Whether a verb of `frame` is one of saying itself ("to say", "to tell", "to add"), not
/// of finding or believing ("where to find it").
fn speaks(verb: &str, frame: Frame) -> bool {
    const SAYING: &[&str] = &[
        "add", "write", "note", "explain", "announce", "declare", "tweet",
    ];
    let clause = matches!(frame, Frame::Object) || verb.eq_ignore_ascii_case("say");
    clause || SAYING.iter().any(|w| verb.eq_ignore_ascii_case(w))
}

/// Verbs of aspect before an infinitive: "continued to insist", "began to argue".
const ASPECT: &[&str] = &[
    "continue",
    "continues",
    "continued",
    "continuing",
    "begin",
    "begins",
    "began",
    "beginning",
    "start",
    "starts",
    "started",
    "starting",
];

/// Whether the infinitive at `v` follows a verb of aspect ("is continuing to insist"), so
/// that any verb of saying or believing takes the clause's subject.
pub fn after_aspect(doc: &Doc<'_>, s: usize, v: usize) -> bool {
    v >= 2 && doc.words[s][v - 1].is(doc.text, "to") && doc.words[s][v - 2].is_any(doc.text, ASPECT)
}

/// Whether word `v` opens its sentence, maybe after a connective ("And noting that ...").
fn opens_sentence(doc: &Doc<'_>, s: usize, v: usize) -> bool {
    v == 0 || (v == 1 && doc.words[s][0].is_any(doc.text, &["and", "but", "also", "then"]))
}

/// "Noting that only Kirk voted no, Tester added ...": a participle opening the sentence
/// reports, up to its comma, for the subject of the main clause right after it.
fn opening_participle(
    doc: &Doc<'_>,
    s: usize,
    v: usize,
    frame: Frame,
    quotes: &[Quote],
) -> Option<Found> {
    let ws = &doc.words[s];
    let content = content::after(doc, s, v, frame, quotes)?;
    let cut = content::to_break(doc, s, content);
    let after = doc.word_at(s, cut.end);
    if after >= ws.len() || !doc.text[cut.end..ws[after].start].contains(',') {
        return None;
    }
    let verb = crate::extract::claims::verbs::first_finite(doc, s, after, ws.len())?;
    let p = source::before(doc, s, verb).filter(|p| p.first == after)?;
    Some(found(p, cut))
}

/// Words before "to say" that refuse to report ("declined to say whether ...").
const REFUSING: &[&str] = &[
    "declined",
    "declines",
    "refused",
    "refuses",
    "not",
    "never",
    "unwilling",
    "reluctant",
];

/// "went on to say", "tweeted on Friday to say": an infinitive of a verb whose subject
/// speaks, not one after an adjective ("It is hard to say") or a refusal.
fn infinitive(doc: &Doc<'_>, s: usize, v: usize) -> bool {
    let (text, ws) = (doc.text, &doc.words[s]);
    if v < 2 || !ws[v - 1].is(text, "to") {
        return false;
    }
    let before = (v - 1).saturating_sub(4)..v - 1;
    let refused = before.clone().any(|k| {
        let w = ws[k].str(text);
        ws[k].is_any(text, REFUSING) || w.ends_with("n't") || w.ends_with("n’t")
    });
    // A verb of its own, not a copula before an adjective ("It’s too soon to tell").
    let verbs = |k: usize| {
        crate::extract::claims::verbs::is_finite(doc, s, k)
            && !crate::extract::claims::verbs::is_auxiliary(doc, s, k)
    };
    !refused && before.into_iter().any(verbs)
}

/// Whether `verb` may come before its subject ("“...,” said Jane Doe"): English inverts
/// only a finite reporting verb, past or "-s" ("said", "says", "added"), and plural "say".
fn inverts(verb: &str) -> bool {
    let ends = |end: &str| {
        verb.len() >= end.len()
            && verb.as_bytes()[verb.len() - end.len()..].eq_ignore_ascii_case(end.as_bytes())
    };
    ends("ed")
        || ends("s")
        || ["say", "said", "told", "wrote", "thought", "began", "swore"]
            .iter()
            .any(|w| verb.eq_ignore_ascii_case(w))
}

/// "..., adding that Y" / "Clinton celebrated ... and said Y": the frame takes the clause's
/// subject.
fn subordinate(doc: &Doc<'_>, s: usize, v: usize, frame: Frame, quotes: &[Quote]) -> Option<Found> {
    let content = content::after(doc, s, v, frame, quotes)?;
    if frame == Frame::Quote && !content.quote {
        // "the new venture, called PodShow, is": a name, not a quote.
        return None;
    }
    Some(Found {
        source: Src::Earlier,
        content,
    })
}

/// "“...,” said Heizo Takenaka." / "..., said a spokesman for the ministry.": the source
/// after the verb. (After "told" comes the hearer, never the speaker.)
fn inverted(doc: &Doc<'_>, s: usize, v: usize, frame: Frame, quotes: &[Quote]) -> Option<Found> {
    let p = source::after(doc, s, v)?;
    // "said the candidate could be ...": a verb right after the phrase makes it the subject
    // of the reported clause, not the speaker.
    let (ws, next) = (&doc.words[s], p.last + 1);
    if next < ws.len()
        && doc.text[ws[p.last].end..ws[next].start].trim().is_empty()
        && crate::extract::claims::verbs::is_finite(doc, s, next)
    {
        return None;
    }
    // After a quote, what follows the source describes it or the occasion ("“...,” said
    // one Democrat familiar with the campaign, who requested anonymity").
    let after_quote = super::adjacent::quote_before(doc, doc.words[s][v].start, quotes).is_some();
    if !after_quote && !content::clause_ends(doc, s, p.last, frame) {
        return None;
    }
    let content = parenthetical_content(doc, s, v, p.last, quotes);
    content
        .filter(|c| {
            // ("The comments, said X of JPMorgan, were ...": a frame set inside the clause.)
            let inside = content::mid_sentence(doc, s, p.last);
            c.quote || (frame != Frame::Quote && (inside || is_clause(doc, s, *c)))
        })
        .map(|c| found(p, c))
}

/// Whether the words of `c` make a clause, with a finite verb: what an inverted frame
/// reports is one ("Murphy, though, said he is with Clinton" and "Polk County Chairman Will
/// Rogers, for example, said ..." are a subject and its aside, not reported words).
fn is_clause(doc: &Doc<'_>, s: usize, c: Span) -> bool {
    let (first, end) = (doc.word_at(s, c.start), doc.word_at(s, c.end));
    super::clause::holds_finite_verb(doc, s, first, end)
}

/// A frame whose source `p` stands before the verb at `v`: parenthetical ("The plan will
/// fail, the minister said."), after a quote split off as a sentence, or active ("X said
/// (that) Y").
fn subject_first(
    doc: &Doc<'_>,
    s: usize,
    v: usize,
    p: Phrase,
    frame: Frame,
    quotes: &[Quote],
) -> Option<Found> {
    let (text, ws) = (doc.text, &doc.words[s]);
    // A colon before the source opens a clause ("Truth: The WHO says, “...”").
    // The verb follows its source directly ("..., the minister said"), or after an
    // appositive; "Garden State - written, directed" is no frame.
    let inner_break = (p.first..p.last).any(|k| broken(doc, s, k, k + 1));
    // "..., Sen. Chuck Grassley (R-Iowa) told POLITICO.": a bracket between the two.
    let bracket = text[ws[p.last].end..ws[v].start].trim();
    let bracketed = bracket.starts_with('(') && bracket.ends_with(')');
    let adjacent = !broken(doc, s, p.last, p.last + 1) || inner_break || bracketed;
    let parenthetical = p.first > 0
        && adjacent
        && broken(doc, s, p.first - 1, p.first)
        && !text[ws[p.first - 1].end..ws[p.first].start].contains(':');
    let ends = content::clause_ends(doc, s, v, frame);
    // "Scottish Finance Minister, Tom McCabe, said: “...”": a quote right after the verb is
    // what it reports, whatever stands before the source.
    // So is one after a time ("said Wednesday, “...”"), or one that a colon opens past the
    // hearer ("told BBC Radio 4: “...”"); worked out only where it decides.
    let quote_next = || {
        let timed = (v + 1..ws.len().min(v + 3))
            .take_while(|&k| TIME_SET.contains(ws[k].str(text)) && !broken(doc, s, k - 1, k))
            .last()
            .unwrap_or(v);
        super::adjacent::quote_at(doc, ws[v].end, quotes).is_some()
            || (timed > v && super::adjacent::quote_at(doc, ws[timed].end, quotes).is_some())
            || super::adjacent::quote_within(doc, s, v + 1, quotes).is_some_and(|q| {
                text[..q.start].trim_end().ends_with(':') && !text[ws[v].end..q.start].contains(',')
            })
    };
    // A quote that opens the sentence and closes right before the source ("“...,” Jim
    // Bennett, 57, told a voter passing by"), as against a quoted term inside an opening
    // phrase ("Remarking upon Clinton's “genuine empathy,” Starr said, “...”").
    let opening_quote = || {
        let start = doc.sentences[s].start;
        // A quote that opened in an earlier sentence opens this one too.
        // It closes on a comma, a question or an exclamation, as a quote its frame follows
        // does ("“...,” she said"; not "... eight-horse race” Mr Fogg said consumers ...").
        let framed = |q: &Span| {
            let inner = text[..q.end].trim_end_matches(['”', '"', '\'', '’']);
            inner.ends_with([',', '?', '!']) || text[q.end..ws[p.first].start].contains(',')
        };
        super::adjacent::quote_before(doc, ws[p.first].start, quotes)
            .filter(|q| q.start <= start || text[start..q.start].trim().is_empty())
            .filter(framed)
    };
    if parenthetical && ends {
        // A verb of the manner of speaking reports only a quote ("“...,” she asked"); a quote
        // right after the verb is what it reports unless the one before opens the sentence.
        let content = parenthetical_content(doc, s, p.first, v, quotes).filter(|c| {
            if c.quote {
                !quote_next() || opening_quote().is_some()
            } else {
                frame != Frame::Quote && !quote_next()
            }
        });
        if let Some(c) = content {
            return Some(found(p, c));
        }
    }
    // "“...,” the Interfax news agency quoted Mr Khodorkovsky as saying": the words are the
    // one quoted's, not the verb's subject's.
    let relays = || {
        ws[v].is_any(
            text,
            &["quoted", "quotes", "quoting", "cited", "cites", "citing"],
        ) || (v + 1..ws.len().min(v + 12)).any(|k| {
            ws[k].is(text, "as")
                && ws
                    .get(k + 1)
                    .is_some_and(|w| w.is_any(text, &["saying", "telling", "writing"]))
        })
    };
    if parenthetical
        && !ends
        && !quote_next()
        && !relays()
        && let Some(q) = opening_quote()
    {
        // "“...,” X told a voter passing by who seemed confused": the quote, whatever the
        // verb's own phrase runs on to.
        return Some(found(p, q));
    }
    if p.first == 0 && ends && !quote_next() {
        // "“Is it true?” Sanders replied.": the sentence splits after the quote's question
        // mark, and the frame reports the quote that closes right before it.
        if let Some(q) = super::adjacent::quote_at_end_before(doc, s, quotes) {
            return Some(found(p, q));
        }
    }
    let mut content = content::after(doc, s, v, frame, quotes)?;
    if frame == Frame::Quote && !content.quote {
        return None;
    }
    if !adjacent && !content.quote {
        // "The US government, apparently convinced that Y, traded ...": the frame is set off
        // by commas and so is what it reports, when a verb of the source's follows.
        let cut = content::to_break(doc, s, content);
        let after = doc.word_at(s, cut.end);
        if cut != content
            && after < ws.len()
            && crate::extract::claims::verbs::is_finite(doc, s, after)
        {
            content = cut;
        }
    }
    Some(found(p, content))
}

/// What a parenthetical frame from word `first` to word `last` reports: the quote closing
/// before it, the whole sentence when the frame stands inside it, else the clause before it.
fn parenthetical_content(
    doc: &Doc<'_>,
    s: usize,
    first: usize,
    last: usize,
    quotes: &[Quote],
) -> Option<Span> {
    let before = content::before(doc, s, first, quotes);
    // "Time, Mr. Pence added, was on their side": one word before a frame inside the
    // sentence is enough.
    let opened = before.is_some() || first > 0;
    if !opened || before.is_some_and(|c| c.quote) || !content::mid_sentence(doc, s, last) {
        return before;
    }
    let span = doc.sentences[s];
    Some(Span::new(
        span.start,
        content::trim_end(doc.text, span.end),
        false,
    ))
}

pub fn found(p: Phrase, content: Span) -> Found {
    Found {
        source: Src::Phrase(p),
        content,
    }
}
