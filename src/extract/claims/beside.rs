//! A sentence's own assertion beside the words it reports: the sentence without the frame
//! and content of an attribution or an attributed quote that opens or closes it ("Acme filed
//! objections, and the board has said that Y" asserts "Acme filed objections"; Y is the board's).

use super::{Doc, verbs};
use crate::extract::attribution::Attribution;

/// How far before its cue a source may end and still be part of the frame ("the board has
/// said", "Mike Ryan, the WHO’s top expert, said").
const SOURCE_REACH: usize = 60;
/// How many words before a reported part a clause break may stand to end the assertion
/// there ("..., and the board has said").
const BREAK_REACH: usize = 3;

/// The bytes an attribution takes in its sentence: its content and cue, and its source when
/// it stands next to the cue (not one carried from an earlier clause, "X did Z, saying Y").
fn region(text: &str, a: &Attribution) -> (usize, usize) {
    let (mut start, mut end) = (a.content.0.min(a.cue.0), a.content.1.max(a.cue.1));
    let before = a.source.1 <= a.cue.0
        && a.cue.0 - a.source.1 <= SOURCE_REACH
        && !text[a.source.1..a.cue.0].contains(['.', ';']);
    let after = a.source.0 >= a.cue.1 && a.source.0 - a.cue.1 <= 3;
    if before || after {
        start = start.min(a.source.0);
        end = end.max(a.source.1);
    }
    (start, end)
}

/// Words `from..to` of sentence `s` without a reported part at either end: the frames and
/// contents of its attributions with a claimer and of its quotes with a speaker. Returns
/// `None` when nothing of the sentence's own is left.
pub fn own_words(doc: &Doc<'_>, s: usize, from: usize, to: usize) -> Option<(usize, usize)> {
    let attributions = doc.attributions();
    let span = doc.sentences[s];
    let framed = attributions
        .in_sentence(s)
        .iter()
        .filter(|a| a.claimer.is_some() && !a.act)
        .map(|a| region(doc.text, a));
    let first = attributions.quotes.partition_point(|q| q.end <= span.start);
    let quoted = attributions.quotes[first..]
        .iter()
        .enumerate()
        .take_while(|(_, q)| q.start < span.end)
        .filter(|(k, _)| attributions.voices[first + k].speaker.is_some())
        .map(|(_, q)| (q.start, q.end));
    let (mut from, mut to) = (from, to);
    let mut cut = false;
    for (start, end) in framed.chain(quoted) {
        let (rf, rt) = (doc.word_at(s, start), doc.word_at(s, end));
        // ", said Jan Novak, the party's leader.": what follows with no verb of its own is
        // part of the frame; so is an opening phrase before it ("In Iowa, ...").
        let verbless = |a: usize, b: usize| verbs::first_finite(doc, s, a, b).is_none();
        let (rf, rt) = match (rf > from && verbless(from, rf), rt < to && verbless(rt, to)) {
            (false, true) => (rf, to),
            (true, false) => (from, rt),
            _ => (rf, rt),
        };
        if rt >= to && rf < to {
            to = rf.max(from);
            cut = true;
        } else if rf <= from && rt > from && !predicate_at(doc, s, rt, to) {
            from = rt.min(to);
        }
    }
    if cut {
        to = back_to_break(doc, s, from, to);
    }
    (from < to).then_some((from, to))
}

/// Whether a predicate opens at word `k` (before `to`), a verb or "and" and a verb: it takes
/// the source of the frame before it as its subject ("The US government, apparently
/// convinced that Y, traded ...", "The mayor called it “a disgrace” and vowed ..."), so the
/// sentence keeps the frame.
fn predicate_at(doc: &Doc<'_>, s: usize, k: usize, to: usize) -> bool {
    let ws = &doc.words[s];
    let k = if k + 1 < to && ws[k].is_any(doc.text, &["and", "but"]) {
        k + 1
    } else {
        k
    };
    k < to && verbs::is_finite(doc, s, k)
}

/// `to` moved back to a clause break among the last few words before it, over a connective
/// ("disbelief, with [some even declaring]" ends at "disbelief").
fn back_to_break(doc: &Doc<'_>, s: usize, from: usize, to: usize) -> usize {
    let (text, ws) = (doc.text, &doc.words[s]);
    let lowest = to.saturating_sub(BREAK_REACH).max(from + 1);
    (lowest..=to)
        .rev()
        .find(|&k| k < ws.len() && text[ws[k - 1].end..ws[k].start].contains([',', ';', '—', ':']))
        .unwrap_or(to)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keeps_only_the_sentences_own_words() {
        #[rustfmt::skip]
        let cases: &[(&str, Option<&str>)] = &[
            ("Acme filed objections to the vote, and the board has said that the firm broke the law.",
             Some("Acme filed objections to the vote")),
            ("The prisoners celebrated with joy, with some even declaring, “Never give up.”",
             Some("The prisoners celebrated with joy")),
            ("The minister said the plan would fail.", None),
            ("Ms. Novak is “not a fighter,” said Mr. Kral, but she has won every vote.",
             Some("but she has won every vote.")),
            ("The tax “will hurt families,” said Jan Kral, the party’s leader.", None),
            ("The board, convinced that the firm broke the law, fined it heavily.",
             Some("The board, convinced that the firm broke the law, fined it heavily.")),
            ("The bridge was closed after the flood.", Some("The bridge was closed after the flood.")),
        ];
        for &(text, want) in cases {
            let doc = Doc::new(text);
            let n = doc.words[0].len();
            let got = own_words(&doc, 0, 0, n).map(|(a, b)| {
                let ws = &doc.words[0];
                let end = if b == n {
                    doc.sentences[0].end
                } else {
                    ws[b - 1].end
                };
                &text[ws[a].start..end]
            });
            assert_eq!(got, want, "{text:?}");
        }
    }
}
