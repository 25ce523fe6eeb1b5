//! Attribution: who the article reports as saying or believing what. For each sentence, the
//! frames of news reporting ("X said (that) Y", "Y, X said", "according to X, Y", "X:
//! “...”") with the source resolved to a named person or body, the cue, and the content.

mod adjacent;
mod antecedent;
mod appositive;
mod attitude;
mod bounds;
mod clause;
mod content;
mod cues;
#[cfg(test)]
mod edge_tests;
mod frames;
mod function_words;
mod given_names;
mod lexicon;
mod noun_frames;
pub mod quotes;
mod relative;
mod resolve;
mod source;
#[cfg(test)]
mod source_tests;
mod stance;
#[cfg(test)]
mod stance_tests;
mod subject;
#[cfg(test)]
mod tests;
mod that;
mod verb_uses;
mod voices;

use antecedent::Memory;
pub use cues::is_cue;
use frames::{Found, Src};
pub use quotes::Quote;
pub use voices::Voice;

use crate::extract::claims::Doc;

/// One attribution: `source` (the words naming who) says or believes `content`, as the cue
/// word says; `claimer` is the source resolved to a name where the article gives one, and
/// `None` when the writer speaks ("“I am not shy,” I said").
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Attribution {
    /// The sentence where the content starts.
    pub sentence: usize,
    pub source: (usize, usize),
    pub claimer: Option<String>,
    pub cue: (usize, usize),
    pub content: (usize, usize),
    /// Whether the content is a direct quote.
    pub quote: bool,
    /// Whether the cue is a stance ("criticized", "wants"): the article asserts the act, the
    /// source holds what it is about.
    pub act: bool,
}

/// The attributions and quoted passages of a document.
#[derive(Debug, Default)]
pub struct Attributions {
    pub quotes: Vec<Quote>,
    /// The speaker of each quote, in the order of `quotes`.
    pub voices: Vec<Voice>,
    /// In the order of their contents' starts (so also of their `sentence`).
    pub list: Vec<Attribution>,
}

/// How many attributions opening before a byte are searched for one holding it: contents
/// overlap only a few at a time, and an article may be megabytes long.
const NEAR: usize = 16;

/// The attributions of `list` (ordered by content start) whose content starts at or before
/// byte `at`, nearest first, at most `NEAR`.
pub fn near(list: &[Attribution], at: usize) -> impl Iterator<Item = &Attribution> {
    let k = list.partition_point(|a| a.content.0 <= at);
    list[k.saturating_sub(NEAR)..k].iter().rev()
}

impl Attributions {
    /// The attributions whose content opens in sentence `s`.
    pub fn in_sentence(&self, s: usize) -> &[Attribution] {
        let from = self.list.partition_point(|a| a.sentence < s);
        let to = self.list.partition_point(|a| a.sentence <= s);
        &self.list[from..to]
    }

    /// The index of the quote that holds byte `at`.
    pub fn quote_at(&self, at: usize) -> Option<usize> {
        let k = self.quotes.partition_point(|q| q.start <= at);
        k.checked_sub(1).filter(|&i| at < self.quotes[i].end)
    }

    /// Who the article reports as saying the words at byte `at`: the speaker of the quote
    /// holding them, else the source of the reported words holding them (not of what a
    /// stance is about: "Trump criticized the deal that freed 45 prisoners" counts nobody's).
    pub fn claimer_at(&self, at: usize) -> Option<&str> {
        if let Some(k) = self.quote_at(at) {
            return self.voices[k].speaker.as_deref();
        }
        near(&self.list, at)
            .find(|a| at < a.content.1 && !a.act)
            .and_then(|a| a.claimer.as_deref())
    }
}

/// Every attribution in `doc`.
pub fn find(doc: &Doc<'_>) -> Attributions {
    let quotes = quotes::find(doc.text);
    let mut memory = Memory::new(&quotes);
    let mut list = Vec::new();
    for s in 0..doc.sentences.len() {
        let first = list.len();
        sentence(doc, s, &quotes, &mut memory, &mut list);
        if list.len() == first
            && let Some(a) = noun_frames::colon(doc, s, &quotes)
                .or_else(|| noun_frames::perspective(doc, s))
                .or_else(|| noun_frames::introduced(doc, s, &quotes))
                .and_then(|f| attribute(doc, s, f, None, &mut memory, None))
        {
            list.push(a);
        }
        if let Some(a) = fragment(doc, s, &mut memory) {
            list.push(a);
        }
    }
    list.sort_by_key(|a| a.content.0);
    let voices = voices::find(doc, &quotes, &list);
    Attributions {
        quotes,
        voices,
        list,
    }
}

/// The frames of the reporting verbs of sentence `s`.
fn sentence(
    doc: &Doc<'_>,
    s: usize,
    quotes: &[Quote],
    memory: &mut Memory<'_>,
    out: &mut Vec<Attribution>,
) {
    let first = out.len();
    let clause_end = subordinate_end(doc, s);
    for v in 0..doc.words[s].len() {
        let Some((found, cue, act)) = frame_at(doc, s, v, quotes) else {
            continue;
        };
        if let Src::Phrase(p) = found.source
            && found.content.start > cue.0
            && !act
        {
            // "Although Reynolds says that A, others argue that B": A ends before "others".
            bounds::end_before(doc, s, &mut out[first..], p.first);
        }
        if found.source == Src::Earlier && v > 0 && !act {
            // "X said that A, adding that B": A ends at the comma before the participle (a
            // stance's "-ing" form may still be what is reported: "said he would try, offering").
            bounds::end_before(doc, s, &mut out[first..], v);
        }
        let mine = &out[first..];
        if act && nested(mine, cue.0) {
            // "Obama said Republicans want to cut taxes": what they want is Obama's claim.
            continue;
        }
        // "X did Z, saying Y": the source of the clause's own frame, not of one inside what
        // another frame reports.
        // Not a frame of an opening subordinate clause ("When Maddow pointed out that ...,
        // Clinton seized upon it, repeating ...": Clinton repeats).
        let main = if found.source == Src::Earlier {
            doc.words[s][subject::main_clause_start(doc, s, found.content.start)].start
        } else {
            0
        };
        let earlier = mine
            .iter()
            .rev()
            .find(|a| !nested(mine, a.cue.0) && a.source.0 >= main);
        if let Some(mut a) = attribute(doc, s, found, Some(cue), memory, earlier) {
            // "When Maddow pointed out that A, Clinton seized upon it": what a frame of an
            // opening subordinate clause reports ends with the clause.
            if let Some((main, end)) = clause_end
                && a.cue.1 <= main
                && a.content.0 < end
                && a.content.1 > main
                && !a.quote
            {
                a.content.1 = end;
            }
            out.push(Attribution { act, ..a });
        }
    }
    // "Republicans want to cut taxes, Obama said": a stance inside reported words is theirs.
    let mine = &out[first..];
    if mine.iter().any(|a| a.act) && mine.iter().any(|a| !a.act) {
        let tail: Vec<Attribution> = out.drain(first..).collect();
        let keep: Vec<bool> = tail
            .iter()
            .map(|a| !a.act || !nested(&tail, a.cue.0))
            .collect();
        out.extend(
            tail.into_iter()
                .zip(keep)
                .filter_map(|(a, k)| k.then_some(a)),
        );
    }
}

/// Where the opening subordinate clause of sentence `s` ends, if it has one: the byte its
/// main clause starts at, and the end of the clause's last word (with a quote closing on it:
/// "said he would “protect them,”").
fn subordinate_end(doc: &Doc<'_>, s: usize) -> Option<(usize, usize)> {
    let ws = &doc.words[s];
    let k = subject::main_clause_start(doc, s, ws.last()?.start);
    if k == 0 {
        return None;
    }
    let (main, mut end) = (ws[k].start, ws[k - 1].end);
    if let Some(q) = doc.text[end..main].rfind(['”', '"']) {
        end += q + doc.text[end + q..].chars().next().map_or(1, char::len_utf8);
    }
    Some((main, end))
}

/// Whether byte `at` lies inside what a speech frame of `list` reports.
fn nested(list: &[Attribution], at: usize) -> bool {
    list.iter()
        .any(|a| !a.act && a.content.0 <= at && at < a.content.1)
}

/// The frame whose cue is word `v` ("said", "according to", "the claim that"), with the
/// cue's span; words inside a quote report nothing of their own here.
fn frame_at(
    doc: &Doc<'_>,
    s: usize,
    v: usize,
    quotes: &[Quote],
) -> Option<(Found, (usize, usize), bool)> {
    let (text, ws) = (doc.text, &doc.words[s]);
    let w = &ws[v];
    // No cue is shorter than three letters ("say", "add", "ask"): most words are let go
    // without a look-up.
    if w.end - w.start < 3 {
        return None;
    }
    let bits = cues::cues(w.str(text));
    if bits == 0 {
        return None;
    }
    if bits & cues::Cue::ACCORDING != 0 {
        let cue = (w.start, ws.get(v + 1).map_or(w.end, |t| t.end));
        return noun_frames::according(doc, s, v, quotes).map(|f| (f, cue, false));
    }
    let noun = bits & cues::Cue::NOUN != 0;
    if inside_quote(quotes, w.start) {
        return None;
    }
    let found = match cues::frame_of(bits) {
        Some(frame) => frames::verb(doc, s, v, frame, quotes)
            .or_else(|| noun.then(|| noun_frames::noun(doc, s, v)).flatten()),
        None if noun => noun_frames::noun(doc, s, v),
        None => None,
    };
    let cue = (w.start, w.end);
    if let Some(f) = found {
        return Some((f, cue, false));
    }
    if bits & cues::Cue::ATTITUDE != 0 {
        return attitude::frame(doc, s, v).map(|(f, act)| (f, cue, act));
    }
    // A stance verb with a "that" clause reports speech ("pointed out that X": X is theirs,
    // no act of the article's beside it).
    (bits & cues::Cue::STANCE != 0)
        .then(|| stance::frame(doc, s, v))
        .flatten()
        .map(|f| (f, cue, !after_that(doc, s, f.content.start)))
}

/// Whether the word before byte `at` of sentence `s` is the complementiser "that".
fn after_that(doc: &Doc<'_>, s: usize, at: usize) -> bool {
    let k = doc.word_at(s, at);
    k > 0
        && doc.words[s][k - 1].is(doc.text, "that")
        && doc.words[s].get(k).is_some_and(|w| w.start == at)
}

/// Whether byte `at` lies inside a quoted passage.
fn inside_quote(quotes: &[Quote], at: usize) -> bool {
    let k = quotes.partition_point(|q| q.start <= at);
    quotes[..k].last().is_some_and(|q| at < q.end)
}

/// The attribution of a frame cued at `cue` (none for "Jane Doe: “...”", whose name is its
/// own cue), with its source resolved; `None` when the source names nobody or a participle
/// has no earlier source.
fn attribute(
    doc: &Doc<'_>,
    s: usize,
    found: Found,
    cue: Option<(usize, usize)>,
    memory: &mut Memory<'_>,
    earlier: Option<&Attribution>,
) -> Option<Attribution> {
    let ws = &doc.words[s];
    memory.reporting((found.content.start, found.content.end));
    let (source, claimer) = match found.source {
        Src::Phrase(p) => {
            let p = subject::issuer(doc, s, p).unwrap_or(p);
            let span = (ws[p.first].start, ws[p.last].end);
            if resolve::is_writer(doc, s, p) {
                (span, None)
            } else {
                let (claimer, kind) = resolve::claimer(doc, s, p, memory)?;
                memory.push(s, ws[p.first].start, &claimer, kind);
                (span, Some(claimer))
            }
        }
        Src::Earlier => earlier.map(|a| (a.source, a.claimer.clone())).or_else(|| {
            subject::opening_subject(doc, s, found.content.start, memory)
                .map(|(span, name)| (span, Some(name)))
        })?,
    };
    let span = quoted_clause(doc, s, found.content, cue);
    Some(Attribution {
        sentence: sentence_of(doc, span.start),
        source,
        claimer,
        cue: cue.unwrap_or(source),
        content: (span.start, span.end),
        quote: span.quote,
        act: false,
    })
}

/// The fewest words before a quote that make it the end of a reported clause.
const CLAUSE_LEAD: usize = 2;

/// "Clinton’s reaction to the rule “could be less about ethanol,” said X": a quote that a
/// frame after it reports, closing a clause that opened before it, is part of what is
/// reported; the whole clause is (from the sentence start or its last colon or semicolon).
fn quoted_clause(
    doc: &Doc<'_>,
    s: usize,
    c: content::Span,
    cue: Option<(usize, usize)>,
) -> content::Span {
    let span = doc.sentences[s];
    let after = cue.is_some_and(|(start, _)| start >= c.end);
    if !c.quote || !after || c.start <= span.start {
        return c;
    }
    let lead = &doc.text[span.start..c.start];
    let from = lead
        .char_indices()
        .rfind(|&(_, ch)| matches!(ch, ';' | ':' | '—'))
        .map_or(0, |(k, ch)| k + ch.len_utf8());
    let words = lead[from..].split_whitespace().count();
    let start = span.start + from + (lead[from..].len() - lead[from..].trim_start().len());
    if words < CLAUSE_LEAD {
        return c;
    }
    content::Span::new(start, c.end, false)
}

/// "The US rationale? The talks were aimed at ...": the next sentence is the source's view.
fn fragment(doc: &Doc<'_>, s: usize, memory: &mut Memory<'_>) -> Option<Attribution> {
    let (p, noun) = noun_frames::fragment(doc, s)?;
    let next = doc.sentences.get(s + 1)?;
    if doc.is_heading(s + 1) {
        return None;
    }
    let ws = &doc.words[s];
    let (claimer, kind) = resolve::claimer(doc, s, p, memory)?;
    memory.push(s, ws[p.first].start, &claimer, kind);
    Some(Attribution {
        sentence: s + 1,
        source: (ws[p.first].start, ws[p.last].end),
        claimer: Some(claimer),
        cue: (ws[noun].start, ws[noun].end),
        content: (next.start, content::trim_end(doc.text, next.end)),
        quote: false,
        act: false,
    })
}

/// The sentence holding byte `at`.
fn sentence_of(doc: &Doc<'_>, at: usize) -> usize {
    doc.sentences
        .partition_point(|s| s.end <= at)
        .min(doc.sentences.len().saturating_sub(1))
}
